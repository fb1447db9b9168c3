"""The Mini App for coordinators (the dashboard): self-registrations waiting for approval,
listings not checked for 12 months, and the coverage of the network. Every endpoint decides
the role on the server; changes need initData from the last hour."""

import logging

from aiohttp import web

from handlers.coverage import coalition_coverage, gap_lines
from handlers.miniapp.access import MiniAppAccess, refusal, reply
from handlers.miniapp.members import domain_labels, listing_row
from handlers.partners_admin.cards import LISTING_ACTIONS, change_listing, decide_registration
from handlers.partners_admin.listings import STALE_AFTER
from handlers.partners_admin.review import MAX_REASON
from rules.contacts import tappable_phone

logger = logging.getLogger(__name__)


class CoordinatorEndpoints(MiniAppAccess):
    async def coverage(self, request: web.Request) -> web.Response:
        """Municipalities x roles of the medical and social domain, listed partners per cell,
        gaps marked: for the coalitions this person coordinates (an admin: all)."""
        context, coalitions = await self._coordinating(request)
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
        context, coalitions = await self._coordinating(request)
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
        context, body, partner = await self._managed_listing(request)
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
        context, coalitions = await self._coordinating(request)
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
        context, body, partner = await self._managed_listing(request)
        action = str(body.get("action"))
        if action not in LISTING_ACTIONS or not await change_listing(context, partner, action):
            raise refusal(web.HTTPBadRequest, "invalid")
        key = LISTING_ACTIONS[action]
        logger.info(
            "Mini App: coordinator %s: listing %s %s", context.who.user_id, partner.id, action
        )
        return reply({"message": context.t(key)})
