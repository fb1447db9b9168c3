"""The Mini App's API: each request carries Telegram's raw initData (header
X-Telegram-Init-Data); the person is taken from it and their memberships from the database,
as for an update, and the answer comes from the same storage and rules as /zoek, /inloop and
/aanmelden. No cookies, no sessions. 401: no, wrong or expired initData; 403: not a member;
429: too many requests."""

import asyncio
import logging
import time
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from aiohttp import web

from handlers.context import SERVICES_KEY, BotApplication, BotContext, Services
from handlers.coverage import coalition_coverage, gap_lines
from handlers.directory import role_shown, searchable_coalitions
from handlers.dropin import held_occurrence, schedule_and_next, send_calendar_file
from handlers.dropin_view import when_text
from handlers.identify import coordinated_coalitions, load_who
from handlers.partners_admin.cards import decide_registration, tell_coordinators
from handlers.partners_admin.listings import STALE_AFTER
from handlers.partners_admin.review import MAX_REASON
from rules.contacts import tappable_phone
from rules.introductions import Domain
from rules.miniapp import (
    MAX_QUERY_CHARS,
    WRITE_MAX_AGE,
    InitDataChecker,
    MiniAppUser,
    NotAuthenticated,
    RequestLimit,
    facet_counts,
    is_fresh,
)
from rules.partner_csv import check_partner
from rules.roles_vocabulary import role_vocabulary
from rules.texts import pick_language
from storage.coalitions import Coalition
from storage.partner_rows import Partner
from storage.partner_search import SEARCH_LIMIT

logger = logging.getLogger(__name__)

INIT_DATA_HEADER = "X-Telegram-Init-Data"
SHOWN = 50  # listings in one answer; the counts cover all matches
_LISTING_FIELDS = ("name", "organisation", "role", "municipality", "phone", "email")


@dataclass(frozen=True)
class Asking:
    """Who sent a request, as a handler's context: `context.who`, `context.t`, `context.db`."""

    user: MiniAppUser
    context: BotContext


class MiniAppApi:
    def __init__(self, application: BotApplication, bot_token: str) -> None:
        self._application = application
        self._checker = InitDataChecker(bot_token)
        self._limit = RequestLimit()

    @property
    def _services(self) -> Services:
        services: Services = self._application.bot_data[SERVICES_KEY]
        return services

    def routes(self) -> list[web.RouteDef]:
        return [
            web.get("/api/me", self.me),
            web.get("/api/search", self.search),
            web.get("/api/dropin", self.dropins),
            web.post("/api/dropin/rsvp", self.rsvp),
            web.post("/api/dropin/calendar", self.calendar),
            web.get("/api/coverage", self.coverage),
            web.get("/api/pending", self.pending),
            web.post("/api/review", self.review),
            web.get("/api/stale", self.stale),
            web.post("/api/listing-action", self.listing_action),
            web.get("/api/listing", self.listing),
            web.post("/api/listing", self.save_listing),
        ]

    # ---- who is asking --------------------------------------------------------------------

    async def _asking(self, request: web.Request, *, write: bool = False) -> Asking:
        services = self._services
        max_age = timedelta(hours=services.config.miniapp_auth_hours)
        try:
            user = self._checker.check(
                request.headers.get(INIT_DATA_HEADER), services.clock.now(), max_age
            )
        except NotAuthenticated as refused:
            raise _error(web.HTTPUnauthorized, refused.problem.value) from None
        if write and not is_fresh(user.signed_at, services.clock.now(), WRITE_MAX_AGE):
            raise _error(web.HTTPUnauthorized, "expired")
        if not self._limit.allow(user.user_id, time.monotonic()):
            raise _error(web.HTTPTooManyRequests, "busy")
        context = BotContext(self._application, user_id=user.user_id)
        # Both at once: one trip through the event loop for the two lookups.
        context.who, person = await asyncio.gather(
            load_who(context, user.user_id), context.db.people.get(user.user_id)
        )
        if not context.who.memberships and not context.who.is_admin:
            raise _error(web.HTTPForbidden, "stranger")
        context.language = pick_language(
            user.language_code, person.language if person else None,
            context.who.coalition_language,
        )  # fmt: skip
        return Asking(user, context)

    # ---- the directory --------------------------------------------------------------------

    async def me(self, request: web.Request) -> web.Response:
        asking = await self._asking(request)
        context = asking.context
        return _json({
            "name": asking.user.first_name,
            "language": context.language,
            "texts": context.texts.starting_with(context.language, "miniapp-"),
            "coalitions": [{"id": m.coalition_id, "name": m.coalition_name}
                           for m in context.who.memberships],
            "coordinator": context.who.is_admin or bool(context.who.coordinated),
            "botUsername": context.bot.username,
        })  # fmt: skip

    async def search(self, request: web.Request) -> web.Response:
        """The same search as /zoek over the listed partners of the person's coalitions; with
        no text, every listing. Filters narrow what is shown; the counts beside each filter
        are of the matches before that filter."""
        asking = await self._asking(request)
        context = asking.context
        text = request.query.get("q", "").strip()[:MAX_QUERY_CHARS]
        coalitions = await searchable_coalitions(context)
        language = context.language
        domains = {d: context.t(f"intro-domain-{d.value}") for d in Domain}
        suggestion = None
        if text:
            found = await context.db.partner_search.find(coalitions, text)
            suggestion = found.did_you_mean
            full = {p.id: _row(p, language, domains) for p in found.partners}
            rows = list(full.values())
        else:  # everything: count on light rows, read whole ones only for what is shown
            full = {}
            rows = [_facet_row(k, language, domains)
                    for k in await context.db.partners.listed_keys(coalitions)]  # fmt: skip
        chosen = {k: request.query.get(k, "") for k in ("role", "domain", "municipality")}
        facets = {}
        for key in chosen:
            others = [r for r in rows if _passes(r, chosen, skip=key)]
            labels = {r[key]: r[f"{key}Label"] for r in others}
            facets[key] = [{"value": value, "label": labels[value], "count": count}
                           for value, count in facet_counts(r[key] for r in others)]  # fmt: skip
        matching = [r["id"] for r in rows if _passes(r, chosen)]
        if not text:
            wanted = await context.db.partners.get_many(matching[:SHOWN])
            full = {p.id: _row(p, language, domains) for p in wanted}
        shown = [full[i] for i in matching[:SHOWN] if i in full]
        for row in shown:  # formatting a number costs: only for what is shown
            row["phoneShown"] = tappable_phone(row["phone"]) if row["phone"] else ""
        return _json({"count": len(matching), "results": shown, "facets": facets,
                      "limited": bool(text) and len(rows) >= SEARCH_LIMIT,
                      "didYouMean": suggestion})  # fmt: skip

    # ---- the drop-in ----------------------------------------------------------------------

    async def dropins(self, request: web.Request) -> web.Response:
        asking = await self._asking(request)
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
            calls.append({
                "coalition": coalition.name, "coalitionId": coalition.id,
                "occurrence": held.key.isoformat(), "title": schedule.title,
                "when": str(when_text(held, schedule.zone, t)),
                "kind": t(f"dropin-kind-{schedule.link_kind}"), "link": schedule.link,
                "count": len(rsvps), "joined": context.who.user_id in rsvps,
            })  # fmt: skip
        return _json({"calls": calls})

    async def rsvp(self, request: web.Request) -> web.Response:
        asking = await self._asking(request, write=True)
        context = asking.context
        coalition_id, key = await _occurrence_in(request, asking)
        occurrence = await held_occurrence(context, coalition_id, key)
        if occurrence is None:
            raise _error(web.HTTPConflict, "over", context.t("dropin-over"))
        joined = await context.db.dropins.toggle_rsvp(coalition_id, key, context.who.user_id)
        count = len(await context.db.dropins.rsvps(coalition_id, key))
        return _json({"joined": joined, "count": count})

    async def calendar(self, request: web.Request) -> web.Response:
        """The calendar file goes to the person's chat with the bot, as from the chat's
        button: a page inside Telegram cannot save a file."""
        asking = await self._asking(request, write=True)
        context = asking.context
        coalition_id, key = await _occurrence_in(request, asking)
        coalition = await context.db.coalitions.get(coalition_id)
        assert coalition is not None
        problem = await send_calendar_file(context, coalition, key)
        if problem is not None:
            raise _error(web.HTTPConflict, problem, context.t(problem))
        return _json({"sent": True})

    # ---- the coordinator's view -------------------------------------------------------------

    async def _coordinating(self, request: web.Request) -> tuple[BotContext, list[Coalition]]:
        """The asker and the coalitions they coordinate (an admin: all); 403 for others."""
        context = (await self._asking(request)).context
        coalitions = await coordinated_coalitions(context)
        if not coalitions:
            raise _error(web.HTTPForbidden, "coordinators")
        return context, coalitions

    async def _managed_listing(
        self, request: web.Request
    ) -> tuple[BotContext, dict[str, Any], Partner]:
        """A change to one listing: fresh initData, and a coordinator of its coalition."""
        context = (await self._asking(request, write=True)).context
        body = await _body(request)
        partner_id = body.get("partnerId")
        partner = await context.db.partners.get(partner_id) if isinstance(partner_id, int) else None
        if partner is None or not context.who.is_coordinator(partner.coalition_id):
            raise _error(web.HTTPForbidden, "coordinators")
        return context, body, partner

    async def coverage(self, request: web.Request) -> web.Response:
        """Municipalities x roles of the medical and social domain, listed partners per cell,
        gaps marked: for the coalitions this person coordinates (an admin: all)."""
        context, coalitions = await self._coordinating(request)
        language = context.language
        found = []
        for coalition in coalitions:
            covered = await coalition_coverage(context.db, coalition)
            found.append({
                "coalition": coalition.name,
                "roles": [{"value": r.key, "label": r.name_in(language),
                           "domain": r.domain.value if r.domain else "",
                           "domainLabel": context.t(f"intro-domain-{r.domain.value}")
                           if r.domain else ""} for r in covered.roles],
                "rows": [{"municipality": name,
                          "cells": [{"role": c.role.key, "listed": c.listed, "gap": c.gap}
                                    for c in covered.row(key)]}
                         for key, name in covered.municipalities],
                "gaps": gap_lines(covered, context.t)[1:],
            })  # fmt: skip
        return _json({"coalitions": found})

    async def pending(self, request: web.Request) -> web.Response:
        """Self-registrations waiting for this coordinator's approval."""
        context, coalitions = await self._coordinating(request)
        domains = {d: context.t(f"intro-domain-{d.value}") for d in Domain}
        waiting = []
        for coalition in coalitions:
            for partner in await context.db.partners.with_status(coalition.id, "pending"):
                row = _row(partner, context.language, domains)
                row["phoneShown"] = tappable_phone(row["phone"]) if row["phone"] else ""
                waiting.append({**row, "coalition": coalition.name})
        return _json({"pending": waiting})

    async def review(self, request: web.Request) -> web.Response:
        """Approve or reject (with a reason) as from the chat's buttons: the person hears it."""
        context, body, partner = await self._managed_listing(request)
        decision = body.get("decision")
        if decision not in ("approve", "reject"):
            raise _error(web.HTTPBadRequest, "invalid")
        reason = str(body.get("reason") or "").strip()[:MAX_REASON] or None
        if not await decide_registration(context, partner, approved=decision == "approve",
                                         reason=reason):  # fmt: skip
            raise _error(web.HTTPConflict, "decided", context.t("review-already-done"))
        logger.info("Mini App: coordinator %s decided listing %s: %s", context.who.user_id,
                    partner.id, decision)  # fmt: skip
        key = "review-approved" if decision == "approve" else "review-rejected"
        return _json({"status": "listed" if decision == "approve" else "rejected",
                      "message": context.t(key)})  # fmt: skip

    async def stale(self, request: web.Request) -> web.Response:
        """Listings not checked for 12 months, as /partners counts them."""
        context, coalitions = await self._coordinating(request)
        domains = {d: context.t(f"intro-domain-{d.value}") for d in Domain}
        before = context.clock.now() - STALE_AFTER
        found = []
        for coalition in coalitions:
            for partner in await context.db.partners.not_checked_since(coalition.id, before):
                row = _row(partner, context.language, domains)
                found.append({**row, "coalition": coalition.name,
                              "checked": partner.last_checked_at.date().isoformat()})  # fmt: skip
        return _json({"stale": found})

    async def listing_action(self, request: web.Request) -> web.Response:
        """Mark a listing checked, hide it or show it again, as the chat's buttons do."""
        context, body, partner = await self._managed_listing(request)
        action = body.get("action")
        if action == "checked":
            await context.db.partners.mark_checked(partner.id)
            key = "partners-checked"
        elif action == "hide" and partner.status == "listed":
            await context.db.partners.set_status(partner.id, "hidden")
            key = "partners-hidden"
        elif action == "show" and partner.status == "hidden":
            await context.db.partners.set_status(partner.id, "listed")
            key = "partners-shown"
        else:
            raise _error(web.HTTPBadRequest, "invalid")
        logger.info("Mini App: coordinator %s: listing %s %s", context.who.user_id, partner.id,
                    action)  # fmt: skip
        return _json({"message": context.t(key)})

    # ---- the person's own listing -----------------------------------------------------------

    async def listing(self, request: web.Request) -> web.Response:
        asking = await self._asking(request)
        context = asking.context
        own = {p.coalition_id: p for p in await context.db.partners.of_user(context.who.user_id)}
        entries = []
        for membership in context.who.memberships:
            coalition = await context.db.coalitions.get(membership.coalition_id)
            partner = own.get(membership.coalition_id)
            entries.append({
                "coalitionId": membership.coalition_id, "coalition": membership.coalition_name,
                "municipalities": list(coalition.municipalities) if coalition else [],
                "status": partner.status if partner else None,
                "statusLabel": context.t(f"partners-status-{partner.status}") if partner else "",
                "values": {f: getattr(partner.data, f) for f in _LISTING_FIELDS}
                if partner else {f: "" for f in _LISTING_FIELDS},
            })  # fmt: skip
        roles = [{"value": r.key, "label": r.name_in(context.language)}
                 for r in role_vocabulary().roles]  # fmt: skip
        return _json({"listings": entries, "roles": roles})

    async def save_listing(self, request: web.Request) -> web.Response:
        """As /aanmelden: checked like an import row, waits for a coordinator's approval,
        and the coordinators hear of it in chat."""
        asking = await self._asking(request, write=True)
        context = asking.context
        body = await _body(request)
        coalition_id = body.get("coalitionId")
        if not isinstance(coalition_id, int) or context.who.role_in(coalition_id) is None:
            raise _error(web.HTTPForbidden, "stranger")
        if body.get("consent") is not True:
            raise _error(web.HTTPBadRequest, "consent", context.t("miniapp-listing-consent-needed"))
        values = {f: str(body.get(f, ""))[:200] for f in _LISTING_FIELDS}
        partner, problems = check_partner(values)
        if partner is None:
            t = context.t
            described = [t("register-bsn") if p.key == "csv-problem-bsn"
                         else t("miniapp-listing-problem", field=t(f"field-{p.field}"))
                         for p in problems]  # fmt: skip
            raise _error(web.HTTPBadRequest, "invalid", "\n".join(dict.fromkeys(described)))
        partner_id, _ = await context.db.partners.register(
            coalition_id, context.who.user_id, partner
        )
        await tell_coordinators(context, coalition_id, partner_id)
        logger.info("Mini App: user %s sent their listing %s for approval",
                    context.who.user_id, partner_id)  # fmt: skip
        return _json({"status": "pending", "statusLabel": context.t("partners-status-pending")})


def _row(partner: Partner, language: str, domains: dict[Domain, str]) -> dict[str, Any]:
    data = partner.data
    domain = role_vocabulary().domain_of(partner.role_key)
    return {
        "id": partner.id, "name": data.name, "organisation": data.organisation,
        "role": partner.role_key, "roleLabel": role_shown(partner, language),
        "domain": domain.value if domain else "",
        "domainLabel": domains[domain] if domain else "",
        "municipality": data.municipality, "municipalityLabel": data.municipality,
        "neighbourhood": data.neighbourhood, "phone": data.phone,
        "email": data.email, "website": data.website,
    }  # fmt: skip


def _facet_row(
    key: tuple[int, str, str, str], language: str, domains: dict[Domain, str]
) -> dict[str, Any]:
    partner_id, role_key, role, municipality = key
    domain = role_vocabulary().domain_of(role_key)
    return {"id": partner_id, "role": role_key,
            "roleLabel": role_vocabulary().display(role_key, language, role),
            "domain": domain.value if domain else "",
            "domainLabel": domains[domain] if domain else "",
            "municipality": municipality, "municipalityLabel": municipality}  # fmt: skip


def _passes(row: dict[str, Any], chosen: dict[str, str], skip: str = "") -> bool:
    return all(not value or key == skip or row[key] == value for key, value in chosen.items())


async def _body(request: web.Request) -> dict[str, Any]:
    try:
        body = await request.json()
    except ValueError:
        raise _error(web.HTTPBadRequest, "invalid") from None
    if not isinstance(body, dict):
        raise _error(web.HTTPBadRequest, "invalid")
    return body


async def _occurrence_in(request: web.Request, asking: Asking) -> tuple[int, date]:
    body = await _body(request)
    coalition_id = body.get("coalitionId")
    try:
        key = date.fromisoformat(str(body.get("occurrence", "")))
    except ValueError:
        raise _error(web.HTTPBadRequest, "invalid") from None
    if not isinstance(coalition_id, int) or not asking.context.who.is_member(coalition_id):
        raise _error(web.HTTPForbidden, "stranger")
    return coalition_id, key


def _json(data: dict[str, Any]) -> web.Response:
    return web.json_response(data, headers={"Cache-Control": "no-store"})


def _error(kind: type[web.HTTPException], code: str, message: str = "") -> web.HTTPException:
    return kind(
        text=web.json_response({"error": code, "message": message}).text,
        content_type="application/json",
        headers={"Cache-Control": "no-store"},
    )
