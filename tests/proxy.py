"""A reverse proxy as an IT department puts one in front of the bot: it publishes the bot
under a path of an existing host (`/kansrijkestart/`) and passes that path on to the bot, or
strips it (nginx's `proxy_pass http://bot:8443/;`, Caddy's `handle_path`). Requests outside
the path get the proxy's own 404, as another site on that host would answer."""

import aiohttp
from aiohttp import web

# Headers that belong to one connection, not to the request or answer passed on.
HOP_BY_HOP = {
    "connection",
    "keep-alive",
    "transfer-encoding",
    "content-length",
    "host",
    "upgrade",
    "content-encoding",
}


class PathProxy:
    def __init__(self, target: str, prefix: str, *, strip: bool) -> None:
        self.target = target.rstrip("/")
        self.prefix = prefix.rstrip("/")
        self.strip = strip
        self.url = ""
        self.forwarded: list[str] = []  # the paths the bot was asked for
        self._runner: web.AppRunner | None = None
        self._session: aiohttp.ClientSession | None = None

    async def start(self) -> str:
        self._session = aiohttp.ClientSession(auto_decompress=False)
        app = web.Application(client_max_size=8 * 1024 * 1024)
        app.router.add_route("*", "/{path:.*}", self._forward)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        self.url = f"http://127.0.0.1:{port}"
        return self.url

    async def stop(self) -> None:
        if self._session is not None:
            await self._session.close()
        if self._runner is not None:
            await self._runner.cleanup()

    async def _forward(self, request: web.Request) -> web.Response:
        path = request.rel_url.path
        if not path.startswith(self.prefix + "/"):
            return web.Response(status=404, text="not this site")
        upstream = path[len(self.prefix) :] if self.strip else path
        self.forwarded.append(upstream)
        headers = {k: v for k, v in request.headers.items() if k.lower() not in HOP_BY_HOP}
        assert self._session is not None
        async with self._session.request(
            request.method,
            self.target + upstream,
            params=request.rel_url.query,
            headers=headers,
            data=await request.read(),
            allow_redirects=False,
        ) as answer:
            body = await answer.read()
            passed = {k: v for k, v in answer.headers.items() if k.lower() not in HOP_BY_HOP}
            return web.Response(status=answer.status, body=body, headers=passed)
