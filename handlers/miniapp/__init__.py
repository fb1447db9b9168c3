"""The Mini App: the partner directory as a web page inside Telegram. `api.py` answers the
page's requests (who is asking from Telegram's signed initData, then the same storage and
rules as the chat's handlers); `page.py` serves the page itself from `static/`."""
