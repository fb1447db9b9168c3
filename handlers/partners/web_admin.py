"""The dashboard's directory for coordinators: search over every listing of their coalitions
(pending, listed, hidden, rejected), edit one (checked as in chat, refused when it changed
meanwhile), the CSV import with the chat's preview (nothing changes until confirmed) and the
export. Hiding, showing and approving are in web.py."""

import asyncio
import logging
from dataclasses import asdict
from typing import Any, get_args

from aiohttp import web
from telegram.error import BadRequest, Forbidden

from handlers.core.web import WebContext, WebRoutes, refusal, reply
from handlers.directory.web import domain_labels, listing_row
from handlers.partners.csv_import import preview_parts, summary
from handlers.partners.listings import send_export
from handlers.partners.review import EDITABLE_FIELDS
from handlers.partners.web import managed_listing, problem_text
from rules.contacts import tappable_phone
from rules.introductions import Domain
from rules.miniapp import MAX_QUERY_CHARS
from rules.partner_csv import MAX_FILE_BYTES, MAX_LENGTH, CsvFileError, check_partner, parse_csv
from rules.texts import plain_text
from storage.coalitions import Coalition
from storage.partners.rows import Partner, Status

logger = logging.getLogger(__name__)

MANAGED_SHOWN = 50
IMPORT_PATH = "/api/manage/import"
_STATUSES: tuple[str, ...] = get_args(Status)


class DirectoryAdminEndpoints(WebRoutes):
    def routes(self) -> list[web.RouteDef]:
        return [
            web.get("/api/manage/listings", self.manage_search),
            web.post("/api/manage/edit", self.edit_listing),
            web.post(IMPORT_PATH, self.import_csv),
            web.post("/api/manage/export", self.export_csv),
        ]

    async def manage_search(self, request: web.Request) -> web.Response:
        """Every listing of the coalitions this person coordinates whose name, organisation
        or municipality hold the typed words, in any status or the one chosen."""
        context, coalitions = await self._access.coordinating(request)
        text = request.query.get("q", "").strip()[:MAX_QUERY_CHARS]
        wanted = request.query.get("status", "")
        status: Status | None = wanted if wanted in _STATUSES else None  # type: ignore[assignment]
        names = {c.id: c.name for c in coalitions}
        found = await context.db.partners.lookup(tuple(names), text, MANAGED_SHOWN + 1, status)
        domains = domain_labels(context.t)
        return reply(
            {
                "results": [
                    managed_row(context, p, names[p.coalition_id], domains)
                    for p in found[:MANAGED_SHOWN]
                ],
                "more": len(found) > MANAGED_SHOWN,
                "status": status or "",
                "statuses": [
                    {"value": s, "label": context.t(f"partners-status-{s}")} for s in _STATUSES
                ],
            }
        )

    async def edit_listing(self, request: web.Request) -> web.Response:
        """A coordinator's correction, checked as the chat's edit. The page sends the version
        it showed: when someone changed the listing since, nothing is written and the answer
        (409 `changed`) holds the current values."""
        context, body, partner = await managed_listing(self._access, request)
        version, typed = body.get("version"), body.get("values")
        if not isinstance(version, int) or not isinstance(typed, dict):
            raise refusal(web.HTTPBadRequest, "invalid")
        values = {k: str(v or "") for k, v in asdict(partner.data).items()}
        values.update(
            {f: str(typed[f])[: MAX_LENGTH[f] + 1] for f in EDITABLE_FIELDS if f in typed}
        )
        data, problems = check_partner(values)
        if data is None:
            return _refused(
                web.HTTPBadRequest,
                "invalid",
                problem_text(context.t, problems),
                fields=sorted({p.field for p in problems}),
            )
        saved = await context.db.partners.edit(
            partner.id, data, by=context.who.user_id, version=version
        )
        current = await context.db.partners.get(partner.id)
        assert current is not None
        coalition = await context.db.coalitions.get(current.coalition_id)
        row = managed_row(
            context, current, coalition.name if coalition else "", domain_labels(context.t)
        )
        if not saved:
            return _refused(
                web.HTTPConflict, "changed", context.t("listing-changed-meanwhile"), current=row
            )
        logger.info("Mini App: coordinator %s edited listing %s", context.who.user_id, partner.id)
        return reply({"message": context.t("edit-saved"), "listing": row})

    async def import_csv(self, request: web.Request) -> web.Response:
        """The file as the request body (?coalitionId=). Without ?confirm=1 only the preview:
        counts, the new and changed listings by name, the bad rows; nothing changes. With it,
        the good rows are imported, as the chat's confirm button does."""
        context, coalition = await self._coordinator_of(request)
        data = await request.content.read(MAX_FILE_BYTES + 1)
        if len(data) > MAX_FILE_BYTES:
            raise refusal(
                web.HTTPRequestEntityTooLarge,
                "too-large",
                context.t("csv-file-too-large", detail=str(MAX_FILE_BYTES // (1024 * 1024))),
            )
        try:
            parsed = await asyncio.to_thread(parse_csv, data)  # seconds for a large file
        except CsvFileError as error:
            message = context.t(error.key, detail=error.detail)
            raise refusal(web.HTTPBadRequest, "invalid", message) from None
        rows = [p for _, p in parsed.rows]
        t = context.t
        error_rows = len({p.row for p in parsed.problems})
        if request.query.get("confirm") != "1":
            plan = await context.db.partner_import.plan_import(coalition.id, rows)
            confirm = "button-import-valid" if parsed.problems else "button-import"
            parts = [plain_text(part) for part in preview_parts(t, coalition, plan, parsed)]
            return reply(
                {
                    "preview": parts,
                    "consent": t("import-consent"),
                    "valid": len(rows),
                    "confirmLabel": t(confirm),
                    "cancelLabel": t("button-cancel"),
                    "cancelled": t("import-cancelled"),
                    "badRows": sorted({p.row for p in parsed.problems}),
                    "new": plan.new,
                    "changed": plan.changed,
                }
            )
        if not rows:
            raise refusal(web.HTTPBadRequest, "invalid", t("import-nothing-valid"))
        plan = await context.db.partner_import.import_rows(
            coalition.id, rows, added_by=context.who.user_id
        )
        logger.info(
            "Mini App: coordinator %s imported %d rows into coalition %s",
            context.who.user_id,
            len(rows),
            coalition.id,
        )
        done = t("import-done", coalition=coalition.name, summary=summary(t, plan, error_rows))
        return reply({"message": plain_text(done)})

    async def export_csv(self, request: web.Request) -> web.Response:
        """The coalition's listed partners as a CSV file in the coordinator's chat with the
        bot, as the chat's button sends it: a page inside Telegram cannot save a file."""
        context, coalition = await self._coordinator_of(request)
        try:
            count = await send_export(context, coalition, context.who.user_id)
        except (Forbidden, BadRequest):  # blocked the bot, or never started a chat
            raise refusal(web.HTTPConflict, "chat", context.t("miniapp-start-chat-first")) from None
        return reply({"message": context.t("miniapp-export-sent", count=count)})

    async def _coordinator_of(self, request: web.Request) -> tuple[WebContext, Coalition]:
        """A change to one coalition (?coalitionId=): fresh initData, and its coordinator."""
        context = (await self._access.asking(request, write=True)).context
        wanted = request.query.get("coalitionId", "")
        coalition = await context.db.coalitions.get(int(wanted)) if wanted.isdigit() else None
        if coalition is None or not context.who.is_coordinator(coalition.id):
            raise refusal(web.HTTPForbidden, "coordinators")
        return context, coalition


def managed_row(
    context: WebContext, partner: Partner, coalition: str, domains: dict[Domain, str]
) -> dict[str, Any]:
    """A listing as the coordinator's directory shows and edits it."""
    row = listing_row(partner, context.language, domains)
    row.update(
        coalition=coalition,
        coalitionId=partner.coalition_id,
        status=partner.status,
        statusLabel=context.t(f"partners-status-{partner.status}"),
        version=partner.version,
        checked=partner.last_checked_at.date().isoformat(),
        phoneShown=tappable_phone(partner.data.phone) if partner.data.phone else "",
        values={f: getattr(partner.data, f) or "" for f in EDITABLE_FIELDS},
    )
    return row


def _refused(kind: type[web.HTTPException], code: str, message: str, **extra: Any) -> web.Response:
    """A refusal that carries more than its message (the fields at fault, current values)."""
    return web.json_response(
        {"error": code, "message": message, **extra},
        status=kind.status_code,
        headers={"Cache-Control": "no-store"},
    )
