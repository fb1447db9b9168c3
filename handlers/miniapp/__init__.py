"""The Mini App: the partner directory as a web page inside Telegram, and the coordinators'
dashboard. `page.py` serves the page from `static/`; `api.py` gathers the routes each feature
declares (directory, dropin, partners, reports: their `web.py`) behind one access check
(core/web.py)."""
