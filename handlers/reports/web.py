"""The dashboard's reports and audit trail, for a coalition's coordinators and admins: per
drop-in and event the answers, average, distribution and the response before and after the
reminder (comments from 3 answers, as in chat); "Ik doe mee" per week; the introductions
per round and per municipality; the announcements; the network questions per week; and who
changed what. Every chart is a
table (rules/reports.py), shown as its text alternative and downloadable as CSV."""

from dataclasses import dataclass
from datetime import timedelta
from typing import Any
from zoneinfo import ZoneInfo

from aiohttp import web
from telegram import InputFile
from telegram.error import BadRequest, Forbidden

from handlers.core.web import WebContext, WebRoutes, json_body, refusal, reply
from handlers.reports import session_reports
from handlers.reports.introductions import introduction_header
from rules.clock import iso_week
from rules.day_names import day_text
from rules.introductions import by_municipality, met_share_per_round
from rules.municipalities import gazetteer
from rules.network_questions import per_week
from rules.reports import ReportTable, cell_text, extremes, table_csv
from rules.texts import format_number, plain_text
from storage.coalitions import Coalition

REPORT_DAYS = 730  # two years back
SESSIONS_SHOWN = 120  # per kind: two years of weekly drop-ins fit
ROUNDS_SHOWN = 52
ANNOUNCEMENTS_SHOWN = 52
AUDIT_PAGE = 50


class ReportEndpoints(WebRoutes):
    def routes(self) -> list[web.RouteDef]:
        return [
            web.get("/api/reports", self.reports),
            web.get("/api/reports/csv", self.report_csv),
            web.post("/api/reports/send", self.send_report_csv),
            web.get("/api/audit", self.audit),
        ]

    async def _coordinated(
        self, request: web.Request
    ) -> tuple[WebContext, Coalition, list[Coalition]]:
        """The coalition asked for (?coalitionId=, else the first) among those this person
        coordinates; 403 for others."""
        context, coalitions = await self._access.coordinating(request)
        wanted = request.query.get("coalitionId", "")
        chosen = next((c for c in coalitions if str(c.id) == wanted), None)
        if wanted and chosen is None:
            raise refusal(web.HTTPForbidden, "coordinators")
        return context, chosen or coalitions[0], coalitions

    async def reports(self, request: web.Request) -> web.Response:
        context, coalition, coalitions = await self._coordinated(request)
        report = await report_tables(context, coalition)
        return reply(
            {
                "coalitionId": coalition.id,
                "coalitions": [{"id": c.id, "name": c.name} for c in coalitions],
                "introductions": [plain_text(report.introductions)],
                "charts": [_chart(table, context) for table in report.tables],
                "comments": report.comments,
            }
        )

    async def report_csv(self, request: web.Request) -> web.Response:
        """One chart's numbers, as the chart shows them."""
        context, coalition, _ = await self._coordinated(request)
        tables = (await report_tables(context, coalition)).tables
        table = next((t for t in tables if t.key == request.query.get("chart")), None)
        if table is None:
            raise refusal(web.HTTPNotFound, "invalid")
        return web.Response(
            body=table_csv(table, context.language),
            content_type="text/csv",
            charset="utf-8",
            headers={
                "Cache-Control": "no-store",
                "Content-Disposition": f'attachment; filename="{coalition.slug}-{table.key}.csv"',
            },
        )

    async def send_report_csv(self, request: web.Request) -> web.Response:
        """One chart's numbers as a CSV file in the coordinator's chat with the bot: a page
        inside Telegram cannot save a file."""
        context = (await self._access.asking(request, write=True)).context
        body = await json_body(request)
        coalition_id = body.get("coalitionId")
        coalition = (
            await context.db.coalitions.get(coalition_id) if isinstance(coalition_id, int) else None
        )
        if coalition is None or not context.who.is_coordinator(coalition.id):
            raise refusal(web.HTTPForbidden, "coordinators")
        tables = (await report_tables(context, coalition)).tables
        table = next((t for t in tables if t.key == body.get("chart")), None)
        if table is None:
            raise refusal(web.HTTPBadRequest, "invalid")
        document = InputFile(
            table_csv(table, context.language), filename=f"{coalition.slug}-{table.key}.csv"
        )
        try:
            await context.bot.send_document(context.who.user_id, document, caption=table.title)
        except (Forbidden, BadRequest):  # blocked the bot, or never started a chat
            raise refusal(web.HTTPConflict, "chat", context.t("miniapp-start-chat-first")) from None
        return reply({"message": context.t("miniapp-csv-sent")})

    async def audit(self, request: web.Request) -> web.Response:
        """Who changed what, newest first, for the coalitions this person coordinates."""
        context, coalitions = await self._access.coordinating(request)
        before = request.query.get("before", "")
        names = {c.id: c.name for c in coalitions}
        zones = {c.id: ZoneInfo(c.timezone) for c in coalitions}
        entries = await context.db.audit.recent(
            tuple(names), AUDIT_PAGE, int(before) if before.isdigit() else None
        )
        t = context.t
        return reply(
            {
                "entries": [
                    {
                        "id": e.id,
                        "coalition": names[e.coalition_id],
                        "at": e.at.astimezone(zones[e.coalition_id]).strftime("%Y-%m-%d %H:%M"),
                        "who": e.actor_name
                        or t(
                            "miniapp-audit-nobody"
                            if e.actor_id is None
                            else "miniapp-audit-someone"
                        ),
                        "what": t(
                            f"audit-{e.action}",
                            subject=e.subject or "-",
                            detail=_detail(context, e.action, e.detail),
                        ),
                    }
                    for e in entries
                ],
                "more": len(entries) == AUDIT_PAGE,
                "retentionDays": context.config.retention.audit,
            }
        )


@dataclass(frozen=True)
class Report:
    tables: list[ReportTable]
    comments: list[dict[str, Any]]  # per session with enough answers: title, date, comments
    introductions: str  # the totals line of /rapport (the places are a table here)


async def report_tables(context: WebContext, coalition: Coalition) -> Report:
    """The charts' tables, the comments, the introductions' totals."""
    t, language = context.t, context.language
    db = context.db
    since = (context.clock.now() - timedelta(days=REPORT_DAYS)).date()
    sessions = [
        s
        for kind in ("dropin", "event")
        for s in await db.feedback.recent(coalition.id, kind, SESSIONS_SHOWN)
        if s.held_on >= since
    ]
    sessions.sort(key=lambda s: (s.held_on, s.id))
    reports = await session_reports(context, sessions)
    feedback_rows = []
    comments = []
    for session, report in zip(sessions, reports, strict=True):
        summary = report.summary
        before, after = report.reminder_rates or (None, None)
        spread = summary.distribution or (None,) * 5
        response = (
            round(100 * summary.response_rate)
            if summary.response_rate is not None and report.invited
            else None
        )
        feedback_rows.append(
            (
                session.held_on.isoformat(),
                session.title,
                t(f"miniapp-kind-{session.kind}"),
                report.invited,
                summary.responses,
                response,
                round(summary.average, 1) if summary.average else None,
                before,
                after,
                *spread,
            )
        )
        if report.comments:
            comments.append(
                {
                    "title": session.title,
                    "date": day_text(session.held_on, language),
                    "comments": report.comments,
                }
            )
    attendance = [
        (iso_week(day), day.isoformat(), count)
        for day, count in await db.dropins.rsvp_counts(coalition.id, since)
    ]
    outcomes = await db.introduction_outbox.outcomes(coalition.id, ROUNDS_SHOWN)
    rounds = [
        (moment.date().isoformat(), count, round(100 * share))
        for moment, share, count in met_share_per_round(outcomes)
    ]
    official = gazetteer().official
    places = [
        (
            official.get(key, key) if key else t("report-place-unknown"),
            found.introductions,
            round(100 * (found.cross_share or 0)),
            round(100 * (found.met_share or 0)),
        )
        for key, found in by_municipality(outcomes).items()
    ]
    announcements = [
        (
            when.date().isoformat(),
            " ".join(text.split())[:60],
            counts.total,
            counts.sent,
            counts.unreachable,
            counts.failed,
        )
        for _, when, text, counts in await db.announcements.sent_in(
            coalition.id, ANNOUNCEMENTS_SHOWN
        )
    ]
    announcements.reverse()  # oldest first, as the other charts
    kept_since = context.clock.now() - timedelta(days=context.config.retention.network_questions)
    network = per_week(
        await db.network_questions.for_report(coalition.id, kept_since),
        ZoneInfo(coalition.timezone),
    )

    def c(key: str) -> str:
        return t(f"miniapp-col-{key}")

    tables = [
        ReportTable(
            "feedback",
            t("miniapp-chart-feedback"),
            (
                c("date"),
                c("session"),
                c("kind"),
                c("invited"),
                c("answers"),
                c("response"),
                c("average"),
                c("before-reminder"),
                c("after-reminder"),
                "1",
                "2",
                "3",
                "4",
                "5",
            ),
            tuple(feedback_rows),
            0,
            6,
            5,
            (5, 7, 8),
            name_columns=(1, 0),
        ),
        ReportTable(
            "attendance",
            t("miniapp-chart-attendance"),
            (c("week"), c("date"), c("joined")),
            tuple(attendance),
            0,
            2,
        ),
        ReportTable(
            "rounds",
            t("miniapp-chart-rounds"),
            (c("round"), c("introductions"), c("met")),
            tuple(rounds),
            0,
            2,
            100,
            (2,),
        ),
        ReportTable(
            "places",
            t("miniapp-chart-places"),
            (c("municipality"), c("introductions"), c("cross"), c("met")),
            tuple(places),
            0,
            1,
            None,
            (2, 3),
        ),
        ReportTable(
            "announcements",
            t("miniapp-chart-announcements"),
            (
                c("date"),
                c("announcement"),
                c("recipients"),
                c("reached"),
                c("unreachable"),
                c("failed"),
            ),
            tuple(announcements),
            0,
            3,
            name_columns=(1, 0),
        ),
        ReportTable(
            "network",
            t("miniapp-chart-network"),
            (c("week"), c("asked"), c("answered"), c("solved")),
            tuple(network),
            0,
            1,
        ),
    ]
    return Report(tables, comments, introduction_header(t, outcomes))


def _chart(table: ReportTable, context: WebContext) -> dict[str, Any]:
    language = context.language
    found = extremes(table)
    if found is None:
        summary = context.t("miniapp-chart-empty")
    else:
        (high_label, high), (low_label, low) = found
        summary = context.t(
            "miniapp-chart-summary",
            count=len(table.rows),
            high=format_number(high, language, 1 if high % 1 else 0),
            high_label=high_label,
            low_label=low_label,
            low=format_number(low, language, 1 if low % 1 else 0),
        )
    return {
        "key": table.key,
        "title": table.title,
        "summary": summary,
        "columns": list(table.columns),
        "rows": [[cell_text(v, language) for v in row] for row in table.rows],
        "bars": [{"label": label, "value": value} for label, value in table.values()],
        "maximum": table.maximum,
    }


def _detail(context: WebContext, action: str, detail: str) -> str:
    """An audit line's detail in the reader's words."""
    t = context.t
    if action == "edit":
        return ", ".join(t(f"field-{name}") for name in detail.split(",") if name) or "-"
    if action == "import":
        new, changed, unchanged = ([*detail.split("/"), "0", "0", "0"])[:3]
        return t("miniapp-audit-import-counts", new=new, changed=changed, unchanged=unchanged)
    if action == "schedule":
        return t("miniapp-audit-paused") if detail == "paused" else ""
    return detail
