"""The Mini App: the partner directory as a web page inside Telegram, and the coordinators'
dashboard. `access.py` says who is asking (Telegram's signed initData, then the memberships
from the database); `members.py` and `coordinators.py` answer with the same storage and rules
as the chat's handlers; `api.py` gathers their routes; `page.py` serves the page from
`static/`."""
