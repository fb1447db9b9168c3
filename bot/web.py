"""The bot's one web server (aiohttp, in the bot's own event loop): the Mini App's page and API,
`/healthz` for the proxy, and in webhook mode with a Mini App the webhook too. Hardened as a
page inside Telegram should be: a Content-Security-Policy without inline script that lets
only Telegram's web clients frame it, no caching of API answers, small request bodies, 404
for unknown routes, and never a traceback, a search text or initData in a log or a reply.

aiohttp because it runs in the event loop python-telegram-bot already has (no second
thread, no ASGI server), has request-size limits and middlewares built in, and its client
is already what the tests' fake Bot API is built on."""

import hmac
import logging
from collections.abc import Awaitable, Callable

from aiohttp import web
from multidict import CIMultiDict
from telegram import Update

from bot.health import health
from handlers.core.context import SERVICES_KEY, BotApplication, Services
from handlers.miniapp.api import api_routes, body_limit
from handlers.miniapp.page import MiniAppPage
from rules.config import miniapp_path

logger = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
# Telegram's web clients frame Mini Apps; the apps open them in their own web view.
FRAME_ANCESTORS = "https://web.telegram.org https://*.telegram.org"
CONTENT_SECURITY_POLICY = (
    "default-src 'none'; script-src 'self' https://telegram.org; style-src 'self'; "
    "img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; "
    f"frame-ancestors {FRAME_ANCESTORS}"
)
WEBHOOK_MAX_BYTES = 1024 * 1024  # an update with a long caption or many entities

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


PREFIX_KEY = web.AppKey("prefix", str)


def local_path(path: str, prefix: str) -> str:
    """A request's path as the bot's routes name it: without the Mini App's public path
    (`prefix`, like "/kansrijkestart") when the proxy passed it on."""
    if prefix and (path == prefix or path.startswith(prefix + "/")):
        return path[len(prefix) :] or "/"
    return path


def prefixed(routes: list[web.RouteDef], prefix: str) -> list[web.RouteDef]:
    """Each route at its own path and under `prefix`: a proxy that publishes the bot under a
    path may pass that path on or strip it, and both reach the same handler."""
    if not prefix:
        return routes
    under = [web.RouteDef(r.method, prefix + r.path, r.handler, r.kwargs) for r in routes]
    return routes + under


@web.middleware
async def hardening(request: web.Request, handler: Handler) -> web.StreamResponse:
    try:
        response = await handler(request)
    except web.HTTPException as refusal:  # 401, 404, 413, 429, ...: as they are, made safe
        _secure(request, refusal.headers)
        raise
    except Exception:
        # The path only: its query may hold a search text.
        logger.exception("Web request %s %s failed", request.method, request.path)
        response = web.json_response({"error": "generic"}, status=500)
    _secure(request, response.headers)
    return response


def _secure(request: web.Request, headers: "CIMultiDict[str]") -> None:
    headers["Content-Security-Policy"] = CONTENT_SECURITY_POLICY
    headers["X-Content-Type-Options"] = "nosniff"
    headers["Referrer-Policy"] = "no-referrer"
    if local_path(request.path, request.app[PREFIX_KEY]).startswith("/api/"):
        headers["Cache-Control"] = "no-store"


@web.middleware
async def small_bodies(request: web.Request, handler: Handler) -> web.StreamResponse:
    """The API reads small bodies (a CSV import a file); only the webhook takes more."""
    path = local_path(request.path, request.app[PREFIX_KEY])
    limit = body_limit(path)
    if path.startswith("/api/") and (request.content_length or 0) > limit:
        raise web.HTTPRequestEntityTooLarge(limit, request.content_length or 0)
    return await handler(request)


class WebServer:
    def __init__(self, application: BotApplication, webhook_path: str | None = None) -> None:
        self._application = application
        services = self._services
        self._runner: web.AppRunner | None = None
        app = web.Application(
            client_max_size=WEBHOOK_MAX_BYTES, middlewares=[hardening, small_bodies]
        )
        config = services.config
        prefix = miniapp_path(config.miniapp_url) if config.miniapp_url else ""
        app[PREFIX_KEY] = prefix
        routes = [web.get("/healthz", self.healthz)]
        if config.miniapp_url is not None:
            token = config.require_token()
            routes += api_routes(application, token)
            routes += MiniAppPage(services.texts).routes()
        if webhook_path is not None:
            routes.append(web.post(local_path("/" + webhook_path, prefix), self.webhook))
        app.add_routes(prefixed(routes, prefix))
        if prefix:  # the address without its last "/": the page's own links need it
            app.router.add_get(prefix, self.to_page)
        self._app = app

    @property
    def _services(self) -> Services:
        services: Services = self._application.bot_data[SERVICES_KEY]
        return services

    async def start(self) -> None:
        config = self._services.config
        # No access log: a request line can hold a search text.
        self._runner = web.AppRunner(self._app, access_log=None, shutdown_timeout=1.0)
        await self._runner.setup()
        site = web.TCPSite(self._runner, config.web_listen, config.web_port)
        await site.start()
        logger.info("Web server listening on %s:%s", config.web_listen, config.web_port)

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def to_page(self, request: web.Request) -> web.Response:
        raise web.HTTPMovedPermanently(request.path + "/")

    async def healthz(self, request: web.Request) -> web.Response:
        """The same checks as `python -m bot health`."""
        found = await health(self._services.config)
        return web.json_response(
            {"healthy": found.healthy, "reason": found.reason}, status=200 if found.healthy else 503
        )

    async def webhook(self, request: web.Request) -> web.Response:
        """An update from Telegram: only with the secret set in setWebhook."""
        secret = self._services.config.webhook_secret or ""
        given = request.headers.get(SECRET_HEADER, "")
        if not secret or not hmac.compare_digest(given.encode(), secret.encode()):
            raise web.HTTPForbidden()
        try:
            update = Update.de_json(await request.json(), self._application.bot)
        except ValueError:
            raise web.HTTPBadRequest() from None
        await self._application.update_queue.put(update)
        return web.Response()
