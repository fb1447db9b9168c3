"""The Mini App's API: one access check for every request (core/web.py: Telegram's signed
initData, then the memberships from the database) and the routes each feature declares; the
answers come from the same storage and rules as the chat's handlers."""

from aiohttp import web

from handlers.actions.web import ActionEndpoints
from handlers.core.context import BotApplication
from handlers.core.identify import coordinated_coalitions
from handlers.core.web import WebAccess, WebRoutes, reply
from handlers.directory.web import DirectoryEndpoints
from handlers.dropin.web import DropinEndpoints
from handlers.partners.web import PartnerEndpoints
from handlers.partners.web_admin import IMPORT_PATH, DirectoryAdminEndpoints
from handlers.reports.web import ReportEndpoints
from rules.miniapp import MAX_REQUEST_BYTES
from rules.partner_csv import MAX_FILE_BYTES

# The most a request body may hold, per path: only the CSV import takes a file.
BODY_LIMITS = {IMPORT_PATH: MAX_FILE_BYTES}

FEATURES: tuple[type[WebRoutes], ...] = (
    DirectoryEndpoints,
    DropinEndpoints,
    PartnerEndpoints,
    DirectoryAdminEndpoints,
    ReportEndpoints,
    ActionEndpoints,
)


def body_limit(path: str) -> int:
    return BODY_LIMITS.get(path, MAX_REQUEST_BYTES)


def api_routes(application: BotApplication, bot_token: str) -> list[web.RouteDef]:
    """Every feature's routes, all checked by one WebAccess (one rate limit per person)."""
    access = WebAccess(application, bot_token)
    routes = Me(access).routes()
    for feature in FEATURES:
        routes += feature(access).routes()
    return routes


class Me(WebRoutes):
    """Who the page is for: name, language, texts, coalitions, whether they coordinate."""

    def routes(self) -> list[web.RouteDef]:
        return [web.get("/api/me", self.me)]

    async def me(self, request: web.Request) -> web.Response:
        asking = await self._access.asking(request)
        context = asking.context
        coordinating = context.who.is_admin or bool(context.who.coordinated)
        coordinated = await coordinated_coalitions(context) if coordinating else []
        return reply(
            {
                "name": asking.user.first_name,
                "language": context.language,
                "texts": context.texts.starting_with(context.language, "miniapp-"),
                "coalitions": [
                    {"id": m.coalition_id, "name": m.coalition_name}
                    for m in context.who.memberships
                ],
                "coordinator": coordinating,
                "coordinated": [{"id": c.id, "name": c.name} for c in coordinated],
                "botUsername": context.bot.username,
            }
        )
