"""The Mini App's part of the directory's upkeep: a member's own listing (through the same
approval as /aanmelden), and for coordinators (the dashboard) self-registrations waiting for
approval, listings not checked for 12 months, and the coverage of the network. Every endpoint
decides the role on the server; changes need initData from the last hour."""

import logging
from dataclasses import asdict
from typing import Any

from aiohttp import web

from handlers.core.web import WebAccess, WebContext, WebRoutes, json_body, refusal, reply
from handlers.directory.web import domain_labels, listing_row
from handlers.partners.cards import (
    LISTING_ACTIONS,
    change_listing,
    decide_registration,
    tell_coordinators,
)
from handlers.partners.coverage import coalition_coverage, gap_lines
from handlers.partners.listings import STALE_AFTER
from handlers.partners.review import MAX_REASON
from rules.contacts import tappable_phone
from rules.partner_csv import MAX_LENGTH, Problem, check_partner
from rules.roles_vocabulary import role_vocabulary
from rules.texts import Catalogue
from storage.partners.rows import Partner

logger = logging.getLogger(__name__)

_LISTING_FIELDS = ("name", "organisation", "role", "municipality", "phone", "email", "experience")


class PartnerEndpoints(WebRoutes):
    def routes(self) -> list[web.RouteDef]:
        return [
            web.get("/api/listing", self.listing),
            web.post("/api/listing", self.save_listing),
            # coordinators and admins only
            web.get("/api/coverage", self.coverage),
            web.get("/api/pending", self.pending),
            web.post("/api/review", self.review),
            web.get("/api/stale", self.stale),
            web.post("/api/listing-action", self.listing_action),
        ]

    # ---- a member's own listing -------------------------------------------------------------

    async def listing(self, request: web.Request) -> web.Response:
        asking = await self._access.asking(request)
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
        asking = await self._access.asking(request, write=True)
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

    # ---- for coordinators ---------------------------------------------------------------------

    async def coverage(self, request: web.Request) -> web.Response:
        """Municipalities x roles of the medical and social domain, listed partners per cell,
        gaps marked: for the coalitions this person coordinates (an admin: all)."""
        context, coalitions = await self._access.coordinating(request)
        language = context.language
        found = []
        for coalition in coalitions:
            covered = await coalition_coverage(context.db, coalition)
            found.append(
                {
                    "coalition": coalition.name,
                    "roles": [
                        {
                            "value": r.key,
                            "label": r.name_in(language),
                            "domain": r.domain.value if r.domain else "",
                            "domainLabel": context.t(f"intro-domain-{r.domain.value}")
                            if r.domain
                            else "",
                        }
                        for r in covered.roles
                    ],
                    "rows": [
                        {
                            "municipality": name,
                            "cells": [
                                {"role": c.role.key, "listed": c.listed, "gap": c.gap}
                                for c in covered.row(key)
                            ],
                        }
                        for key, name in covered.municipalities
                    ],
                    "gaps": gap_lines(covered, context.t)[1:],
                }
            )
        return reply({"coalitions": found})

    async def pending(self, request: web.Request) -> web.Response:
        """Self-registrations waiting for this coordinator's approval."""
        context, coalitions = await self._access.coordinating(request)
        domains = domain_labels(context.t)
        waiting = []
        for coalition in coalitions:
            for partner in await context.db.partners.with_status(coalition.id, "pending"):
                row = listing_row(partner, context.language, domains)
                row["phoneShown"] = tappable_phone(row["phone"]) if row["phone"] else ""
                waiting.append({**row, "coalition": coalition.name})
        return reply({"pending": waiting})

    async def review(self, request: web.Request) -> web.Response:
        """Approve or reject (with a reason) as from the chat's buttons: the person hears it."""
        context, body, partner = await managed_listing(self._access, request)
        decision = body.get("decision")
        if decision not in ("approve", "reject"):
            raise refusal(web.HTTPBadRequest, "invalid")
        reason = str(body.get("reason") or "").strip()[:MAX_REASON] or None
        if not await decide_registration(
            context, partner, approved=decision == "approve", reason=reason
        ):
            raise refusal(web.HTTPConflict, "decided", context.t("review-already-done"))
        logger.info(
            "Mini App: coordinator %s decided listing %s: %s",
            context.who.user_id,
            partner.id,
            decision,
        )
        key = "review-approved" if decision == "approve" else "review-rejected"
        return reply(
            {"status": "listed" if decision == "approve" else "rejected", "message": context.t(key)}
        )

    async def stale(self, request: web.Request) -> web.Response:
        """Listings not checked for 12 months, as /partners counts them."""
        context, coalitions = await self._access.coordinating(request)
        domains = domain_labels(context.t)
        before = context.clock.now() - STALE_AFTER
        found = []
        for coalition in coalitions:
            for partner in await context.db.partners.not_checked_since(coalition.id, before):
                row = listing_row(partner, context.language, domains)
                found.append(
                    {
                        **row,
                        "coalition": coalition.name,
                        "checked": partner.last_checked_at.date().isoformat(),
                    }
                )
        return reply({"stale": found})

    async def listing_action(self, request: web.Request) -> web.Response:
        """Mark a listing checked, hide it or show it again, as the chat's buttons do."""
        context, body, partner = await managed_listing(self._access, request)
        action = str(body.get("action"))
        if action not in LISTING_ACTIONS or not await change_listing(context, partner, action):
            raise refusal(web.HTTPBadRequest, "invalid")
        key = LISTING_ACTIONS[action]
        logger.info(
            "Mini App: coordinator %s: listing %s %s", context.who.user_id, partner.id, action
        )
        return reply({"message": context.t(key)})


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


async def managed_listing(
    access: WebAccess, request: web.Request
) -> tuple[WebContext, dict[str, Any], Partner]:
    """A change to one listing: fresh initData, and a coordinator of its coalition."""
    context = (await access.asking(request, write=True)).context
    body = await json_body(request)
    partner_id = body.get("partnerId")
    partner = await context.db.partners.get(partner_id) if isinstance(partner_id, int) else None
    if partner is None or not context.who.is_coordinator(partner.coalition_id):
        raise refusal(web.HTTPForbidden, "coordinators")
    return context, body, partner
