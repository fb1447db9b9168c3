"""Who is asking the Mini App's API: Telegram's raw initData in the header X-Telegram-Init-Data,
checked (rules/miniapp.py), then the person's memberships from the database, as for an update.
No cookies, no sessions. 401: no, wrong or expired initData; 403: not a member (or not a
coordinator where one is needed); 429: too many requests. And the shape of every reply."""

import asyncio
import json
import time
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from aiohttp import web

from handlers.context import SERVICES_KEY, BotApplication, BotContext, Services
from handlers.identify import coordinated_coalitions, load_who
from rules.miniapp import (
    WRITE_MAX_AGE,
    InitDataChecker,
    MiniAppUser,
    NotAuthenticated,
    RequestLimit,
    is_fresh,
)
from rules.texts import pick_language
from storage.coalitions import Coalition
from storage.partner_rows import Partner

INIT_DATA_HEADER = "X-Telegram-Init-Data"


@dataclass(frozen=True)
class Asking:
    """Who sent a request, as a handler's context: `context.who`, `context.t`, `context.db`."""

    user: MiniAppUser
    context: BotContext


class MiniAppAccess:
    def __init__(self, application: BotApplication, bot_token: str) -> None:
        self._application = application
        self._checker = InitDataChecker(bot_token)
        self._limit = RequestLimit()

    @property
    def _services(self) -> Services:
        services: Services = self._application.bot_data[SERVICES_KEY]
        return services

    async def _asking(self, request: web.Request, *, write: bool = False) -> Asking:
        services = self._services
        max_age = timedelta(hours=services.config.miniapp_auth_hours)
        try:
            user = self._checker.check(
                request.headers.get(INIT_DATA_HEADER), services.clock.now(), max_age
            )
        except NotAuthenticated as refused:
            raise refusal(web.HTTPUnauthorized, refused.problem.value) from None
        if write and not is_fresh(user.signed_at, services.clock.now(), WRITE_MAX_AGE):
            raise refusal(web.HTTPUnauthorized, "expired")
        if not self._limit.allow(user.user_id, time.monotonic()):
            raise refusal(web.HTTPTooManyRequests, "busy")
        context = BotContext(self._application, user_id=user.user_id)
        # Both at once: one trip through the event loop for the two lookups.
        context.who, person = await asyncio.gather(
            load_who(context, user.user_id), context.db.people.get(user.user_id)
        )
        if not context.who.memberships and not context.who.is_admin:
            raise refusal(web.HTTPForbidden, "stranger")
        context.language = pick_language(
            user.language_code,
            person.language if person else None,
            context.who.coalition_language,
        )
        return Asking(user, context)

    async def _coordinating(self, request: web.Request) -> tuple[BotContext, list[Coalition]]:
        """The asker and the coalitions they coordinate (an admin: all); 403 for others."""
        context = (await self._asking(request)).context
        coalitions = await coordinated_coalitions(context)
        if not coalitions:
            raise refusal(web.HTTPForbidden, "coordinators")
        return context, coalitions

    async def _managed_listing(
        self, request: web.Request
    ) -> tuple[BotContext, dict[str, Any], Partner]:
        """A change to one listing: fresh initData, and a coordinator of its coalition."""
        context = (await self._asking(request, write=True)).context
        body = await json_body(request)
        partner_id = body.get("partnerId")
        partner = await context.db.partners.get(partner_id) if isinstance(partner_id, int) else None
        if partner is None or not context.who.is_coordinator(partner.coalition_id):
            raise refusal(web.HTTPForbidden, "coordinators")
        return context, body, partner


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
