"""Telegram handlers and the Mini App's routes, one package per feature over a shared core
(core/); each feature exposes register(application), and those with web pages a web.py whose
routes miniapp/api.py gathers. ARCHITECTURE.md draws the layout and the allowed ties."""
