"""The Mini App's drop-in tab: the next call of each of the person's coalitions, the same RSVP
and calendar file as /inloop."""

from datetime import date
from typing import Any

from aiohttp import web

from handlers.core.web import Asking, WebRoutes, json_body, refusal, reply
from handlers.dropin import held_occurrence, schedule_and_next, send_calendar_file
from handlers.dropin.view import when_text


class DropinEndpoints(WebRoutes):
    def routes(self) -> list[web.RouteDef]:
        return [
            web.get("/api/dropin", self.dropins),
            web.post("/api/dropin/rsvp", self.rsvp),
            web.post("/api/dropin/calendar", self.calendar),
        ]

    async def dropins(self, request: web.Request) -> web.Response:
        asking = await self._access.asking(request)
        context = asking.context
        t = context.t
        calls: list[dict[str, Any]] = []
        for membership in context.who.memberships:
            coalition = await context.db.coalitions.get(membership.coalition_id)
            found = await schedule_and_next(context, membership.coalition_id)
            if coalition is None or found is None or found[1] is None or not found[0].active:
                calls.append({"coalition": membership.coalition_name, "title": None})
                continue
            schedule, held, _ = found
            assert held is not None
            rsvps = await context.db.dropins.rsvps(coalition.id, held.key)
            calls.append(
                {
                    "coalition": coalition.name,
                    "coalitionId": coalition.id,
                    "occurrence": held.key.isoformat(),
                    "title": schedule.title,
                    "when": str(when_text(held, schedule.zone, t)),
                    "kind": t(f"dropin-kind-{schedule.link_kind}"),
                    "link": schedule.link,
                    "count": len(rsvps),
                    "joined": context.who.user_id in rsvps,
                }
            )
        return reply({"calls": calls})

    async def rsvp(self, request: web.Request) -> web.Response:
        asking = await self._access.asking(request, write=True)
        context = asking.context
        coalition_id, key = await _occurrence_in(request, asking)
        occurrence = await held_occurrence(context, coalition_id, key)
        if occurrence is None:
            raise refusal(web.HTTPConflict, "over", context.t("dropin-over"))
        joined = await context.db.dropins.toggle_rsvp(coalition_id, key, context.who.user_id)
        count = len(await context.db.dropins.rsvps(coalition_id, key))
        return reply({"joined": joined, "count": count})

    async def calendar(self, request: web.Request) -> web.Response:
        """The calendar file goes to the person's chat with the bot, as from the chat's
        button: a page inside Telegram cannot save a file."""
        asking = await self._access.asking(request, write=True)
        context = asking.context
        coalition_id, key = await _occurrence_in(request, asking)
        coalition = await context.db.coalitions.get(coalition_id)
        assert coalition is not None
        problem = await send_calendar_file(context, coalition, key)
        if problem is not None:
            raise refusal(web.HTTPConflict, problem, context.t(problem))
        return reply({"sent": True})


async def _occurrence_in(request: web.Request, asking: Asking) -> tuple[int, date]:
    body = await json_body(request)
    coalition_id = body.get("coalitionId")
    try:
        key = date.fromisoformat(str(body.get("occurrence", "")))
    except ValueError:
        raise refusal(web.HTTPBadRequest, "invalid") from None
    if not isinstance(coalition_id, int) or not asking.context.who.is_member(coalition_id):
        raise refusal(web.HTTPForbidden, "stranger")
    return coalition_id, key
