"""The Mini App's page: index.html with the few texts it needs before it knows who is asking
(why it cannot open), in every language, and its script and style from `static/`. Nothing is
fetched from elsewhere at run time except Telegram's own telegram-web-app.js."""

import json
from importlib import resources

from aiohttp import web

from rules.texts import LANGUAGES, Texts

_STATIC = resources.files("handlers.miniapp").joinpath("static")
_TYPES = {"app.js": "text/javascript", "dashboard.js": "text/javascript", "app.css": "text/css"}


class MiniAppPage:
    def __init__(self, texts: Texts) -> None:
        public = {
            language: texts.starting_with(language, "miniapp-error-")
            | texts.starting_with(language, "miniapp-title")
            | texts.starting_with(language, "miniapp-loading")
            for language in LANGUAGES
        }
        # JSON inside <script type="application/json">: "</" must not end the element.
        inline = json.dumps(public, ensure_ascii=False).replace("</", "<\\/")
        template = _STATIC.joinpath("index.html").read_text("utf-8")
        self._index = template.replace("__PUBLIC_TEXTS__", inline).encode("utf-8")
        self._files = {name: _STATIC.joinpath(name).read_bytes() for name in _TYPES}

    def routes(self) -> list[web.RouteDef]:
        return [web.get("/", self.index), web.get("/static/{name}", self.static)]

    async def index(self, request: web.Request) -> web.Response:
        return web.Response(
            body=self._index,
            content_type="text/html",
            charset="utf-8",
            headers={"Cache-Control": "no-cache"},
        )

    async def static(self, request: web.Request) -> web.Response:
        name = request.match_info["name"]
        if name not in self._files:
            raise web.HTTPNotFound()
        return web.Response(
            body=self._files[name],
            content_type=_TYPES[name],
            charset="utf-8",
            headers={"Cache-Control": "public, max-age=300"},
        )
