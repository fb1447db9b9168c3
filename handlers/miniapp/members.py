"""The Mini App for members: the directory (the same search as /zoek, filters with counts),
the drop-in (the same RSVP and calendar file as /inloop) and the person's own listing (through
the same approval as /aanmelden)."""

import logging
from dataclasses import asdict
from datetime import date
from typing import Any

from aiohttp import web

from handlers.directory import role_shown, searchable_coalitions
from handlers.dropin import held_occurrence, schedule_and_next, send_calendar_file
from handlers.dropin_view import when_text
from handlers.identify import coordinated_coalitions
from handlers.miniapp.access import Asking, MiniAppAccess, json_body, refusal, reply
from handlers.partners_admin.cards import tell_coordinators
from rules.contacts import tappable_phone
from rules.experience_vocabulary import experience_vocabulary
from rules.introductions import Domain
from rules.miniapp import MAX_QUERY_CHARS, facet_counts
from rules.partner_csv import MAX_LENGTH, Problem, check_partner
from rules.roles_vocabulary import role_vocabulary
from rules.texts import Catalogue
from storage.partner_rows import Partner
from storage.partner_search import SEARCH_LIMIT

logger = logging.getLogger(__name__)

SHOWN = 50  # listings in one answer; the counts cover all matches
_LISTING_FIELDS = ("name", "organisation", "role", "municipality", "phone", "email", "experience")


class MemberEndpoints(MiniAppAccess):
    async def me(self, request: web.Request) -> web.Response:
        asking = await self._asking(request)
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

    async def search(self, request: web.Request) -> web.Response:
        """The same search as /zoek over the listed partners of the person's coalitions; with
        no text, every listing. Filters narrow what is shown; the counts beside each filter
        are of the matches before that filter."""
        asking = await self._asking(request)
        context = asking.context
        text = request.query.get("q", "").strip()[:MAX_QUERY_CHARS]
        coalitions = await searchable_coalitions(context)
        language = context.language
        domains = domain_labels(context.t)
        suggestion = None
        if text:
            found = await context.db.partner_search.find(coalitions, text)
            suggestion = found.did_you_mean
            full = {p.id: listing_row(p, language, domains) for p in found.partners}
            rows = list(full.values())
        else:  # everything: count on light rows, read whole ones only for what is shown
            full = {}
            rows = [
                _facet_row(k, language, domains)
                for k in await context.db.partners.listed_keys(coalitions)
            ]
        chosen = {k: request.query.get(k, "") for k in ("role", "domain", "municipality")}
        facets = {}
        for key in chosen:
            others = [r for r in rows if _passes(r, chosen, skip=key)]
            labels = {r[key]: r[f"{key}Label"] for r in others}
            facets[key] = [
                {"value": value, "label": labels[value], "count": count}
                for value, count in facet_counts(r[key] for r in others)
            ]
        matching = [r["id"] for r in rows if _passes(r, chosen)]
        if not text:
            wanted = await context.db.partners.get_many(matching[:SHOWN])
            full = {p.id: listing_row(p, language, domains) for p in wanted}
        shown = [full[i] for i in matching[:SHOWN] if i in full]
        for row in shown:  # formatting a number costs: only for what is shown
            row["phoneShown"] = tappable_phone(row["phone"]) if row["phone"] else ""
        return reply(
            {
                "count": len(matching),
                "results": shown,
                "facets": facets,
                "limited": bool(text) and len(rows) >= SEARCH_LIMIT,
                "didYouMean": suggestion,
            }
        )

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
        asking = await self._asking(request, write=True)
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
        asking = await self._asking(request, write=True)
        context = asking.context
        coalition_id, key = await _occurrence_in(request, asking)
        coalition = await context.db.coalitions.get(coalition_id)
        assert coalition is not None
        problem = await send_calendar_file(context, coalition, key)
        if problem is not None:
            raise refusal(web.HTTPConflict, problem, context.t(problem))
        return reply({"sent": True})

    # ---- the person's own listing -----------------------------------------------------------

    async def listing(self, request: web.Request) -> web.Response:
        asking = await self._asking(request)
        context = asking.context
        own = {p.coalition_id: p for p in await context.db.partners.of_user(context.who.user_id)}
        entries = []
        for membership in context.who.memberships:
            coalition = await context.db.coalitions.get(membership.coalition_id)
            partner = own.get(membership.coalition_id)
            entries.append(
                {
                    "coalitionId": membership.coalition_id,
                    "coalition": membership.coalition_name,
                    "municipalities": list(coalition.municipalities) if coalition else [],
                    "status": partner.status if partner else None,
                    "statusLabel": context.t(f"partners-status-{partner.status}")
                    if partner
                    else "",
                    "values": {f: getattr(partner.data, f) for f in _LISTING_FIELDS}
                    if partner
                    else {f: "" for f in _LISTING_FIELDS},
                }
            )
        roles = [
            {"value": r.key, "label": r.name_in(context.language)} for r in role_vocabulary().roles
        ]
        return reply({"listings": entries, "roles": roles})

    async def save_listing(self, request: web.Request) -> web.Response:
        """As /aanmelden: checked like an import row, waits for a coordinator's approval,
        and the coordinators hear of it in chat."""
        asking = await self._asking(request, write=True)
        context = asking.context
        body = await json_body(request)
        coalition_id = body.get("coalitionId")
        if not isinstance(coalition_id, int) or context.who.role_in(coalition_id) is None:
            raise refusal(web.HTTPForbidden, "stranger")
        if body.get("consent") is not True:
            raise refusal(
                web.HTTPBadRequest, "consent", context.t("miniapp-listing-consent-needed")
            )
        # What the page does not show (wijk, website, keywords) stays as it is.
        existing = next(
            (
                p
                for p in await context.db.partners.of_user(context.who.user_id)
                if p.coalition_id == coalition_id
            ),
            None,
        )
        values = {k: str(v or "") for k, v in asdict(existing.data).items()} if existing else {}
        values.update({f: str(body.get(f, ""))[: MAX_LENGTH[f] + 1] for f in _LISTING_FIELDS})
        partner, problems = check_partner(values)
        if partner is None:
            raise refusal(web.HTTPBadRequest, "invalid", problem_text(context.t, problems))
        partner_id, _ = await context.db.partners.register(
            coalition_id, context.who.user_id, partner
        )
        await tell_coordinators(context, coalition_id, partner_id)
        logger.info(
            "Mini App: user %s sent their listing %s for approval", context.who.user_id, partner_id
        )
        return reply({"status": "pending", "statusLabel": context.t("partners-status-pending")})


def problem_text(t: Catalogue, problems: list[Problem]) -> str:
    """What is wrong with a listing typed in the page, one line per kind of problem."""
    known = {"csv-problem-bsn": "register-bsn", "csv-problem-no-contact": "miniapp-no-contact"}
    lines = [
        t(known[p.key])
        if p.key in known
        else t("miniapp-listing-problem", field=t(f"field-{p.field}"))
        for p in problems
    ]
    return "\n".join(dict.fromkeys(lines))


def domain_labels(t: Catalogue) -> dict[Domain, str]:
    """The domains' names in the reader's language, once per request (listing_row reads them)."""
    return {d: t(f"intro-domain-{d.value}") for d in Domain}


def listing_row(partner: Partner, language: str, domains: dict[Domain, str]) -> dict[str, Any]:
    data = partner.data
    domain = role_vocabulary().domain_of(partner.role_key)
    return {
        "id": partner.id,
        "name": data.name,
        "organisation": data.organisation,
        "role": partner.role_key,
        "roleLabel": role_shown(partner, language),
        "domain": domain.value if domain else "",
        "domainLabel": domains[domain] if domain else "",
        "municipality": data.municipality,
        "municipalityLabel": data.municipality,
        "neighbourhood": data.neighbourhood,
        "phone": data.phone,
        "email": data.email,
        "website": data.website,
        "experience": experience_vocabulary().shown(data.experience, language),
    }


def _facet_row(
    key: tuple[int, str, str, str], language: str, domains: dict[Domain, str]
) -> dict[str, Any]:
    partner_id, role_key, role, municipality = key
    domain = role_vocabulary().domain_of(role_key)
    return {
        "id": partner_id,
        "role": role_key,
        "roleLabel": role_vocabulary().display(role_key, language, role),
        "domain": domain.value if domain else "",
        "domainLabel": domains[domain] if domain else "",
        "municipality": municipality,
        "municipalityLabel": municipality,
    }


def _passes(row: dict[str, Any], chosen: dict[str, str], skip: str = "") -> bool:
    return all(not value or key == skip or row[key] == value for key, value in chosen.items())


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
