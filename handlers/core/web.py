"""The web front door, who is asking the Mini App's API: Telegram's raw initData in the header
X-Telegram-Init-Data, checked (rules/miniapp.py), then the person's memberships from the
database, as for an update: a WebContext. No cookies, no sessions. 401: no, wrong or expired
initData; 403: not a member (or not a coordinator where one is needed); 429: too many
requests. And the shape of every reply, and WebRoutes, the base of each feature's routes."""

import asyncio
import json
import time
from dataclasses import dataclass
from datetime import timedelta
from typing import Any, cast

from aiohttp import web
from telegram.ext import ExtBot

from handlers.core.context import SERVICES_KEY, BotApplication, Services, ServicesAccess
from handlers.core.identify import coordinated_coalitions, load_who
from rules.membership import Who
from rules.miniapp import (
    WRITE_MAX_AGE,
    InitDataChecker,
    MiniAppUser,
    NotAuthenticated,
    RequestLimit,
    is_fresh,
)
from rules.sending import Lane
from rules.texts import pick_language
from storage.coalitions import Coalition

INIT_DATA_HEADER = "X-Telegram-Init-Data"


class WebContext(ServicesAccess):
    """One web request whose initData was checked: what a chat handler's BotContext offers
    (`who`, `language`, `t`, `db`, `bot`, the services), without python-telegram-bot's
    per-update context. Shared code takes either as a `Context`."""

    def __init__(self, application: BotApplication, who: Who, language: str) -> None:
        self._application = application
        self.who = who
        self.language = language

    @property
    def bot(self) -> ExtBot[Lane]:
        return self._application.bot

    @property
    def services(self) -> Services:
        return cast(Services, self._application.bot_data[SERVICES_KEY])


@dataclass(frozen=True)
class Asking:
    """Who sent a request: Telegram's user, and the context handlers use (`context.who`,
    `context.t`, `context.db`)."""

    user: MiniAppUser
    context: WebContext


class WebAccess:
    """Checks every request of the Mini App's API; one for all features, so one rate limit."""

    def __init__(self, application: BotApplication, bot_token: str) -> None:
        self._application = application
        self._checker = InitDataChecker(bot_token)
        self._limit = RequestLimit()

    async def asking(self, request: web.Request, *, write: bool = False) -> Asking:
        services: Services = self._application.bot_data[SERVICES_KEY]
        now = services.clock.now()
        max_age = timedelta(hours=services.config.miniapp_auth_hours)
        try:
            user = self._checker.check(request.headers.get(INIT_DATA_HEADER), now, max_age)
        except NotAuthenticated as refused:
            raise refusal(web.HTTPUnauthorized, refused.problem.value) from None
        if write and not is_fresh(user.signed_at, now, WRITE_MAX_AGE):
            raise refusal(web.HTTPUnauthorized, "expired")
        if not self._limit.allow(user.user_id, time.monotonic()):
            raise refusal(web.HTTPTooManyRequests, "busy")
        db = services.open_db
        # Both at once: one trip through the event loop for the two lookups.
        who, person = await asyncio.gather(
            load_who(db, services.config.admin_ids, user.user_id), db.people.get(user.user_id)
        )
        if not who.memberships and not who.is_admin:
            raise refusal(web.HTTPForbidden, "stranger")
        language = pick_language(
            user.language_code, person.language if person else None, who.coalition_language
        )
        return Asking(user, WebContext(self._application, who, language))

    async def coordinating(self, request: web.Request) -> tuple[WebContext, list[Coalition]]:
        """The asker and the coalitions they coordinate (an admin: all); 403 for others."""
        context = (await self.asking(request)).context
        coalitions = await coordinated_coalitions(context)
        if not coalitions:
            raise refusal(web.HTTPForbidden, "coordinators")
        return context, coalitions


class WebRoutes:
    """A feature's part of the Mini App's API: its endpoints and `routes()`."""

    def __init__(self, access: WebAccess) -> None:
        self._access = access

    def routes(self) -> list[web.RouteDef]:
        raise NotImplementedError


async def json_body(request: web.Request) -> dict[str, Any]:
    try:
        body = await request.json()
    except ValueError:
        raise refusal(web.HTTPBadRequest, "invalid") from None
    if not isinstance(body, dict):
        raise refusal(web.HTTPBadRequest, "invalid")
    return body


def reply(data: dict[str, Any]) -> web.Response:
    return web.json_response(data, headers={"Cache-Control": "no-store"})


def refusal(kind: type[web.HTTPException], code: str, message: str = "") -> web.HTTPException:
    return kind(
        text=json.dumps({"error": code, "message": message}),
        content_type="application/json",
        headers={"Cache-Control": "no-store"},
    )
