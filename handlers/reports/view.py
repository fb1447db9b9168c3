"""How reports are shown: a session's lines, the trend chart (rules/charts.py, drawn in the
worker process) and the feedback CSV export. Rules live in rules/feedback.py and
rules/reports.py."""

import csv
import html
import io
from dataclasses import dataclass
from datetime import date, datetime

from rules.charts import ChartKind, line_and_bars_png
from rules.feedback import Summary, bar_chart
from rules.reports import spreadsheet_safe
from rules.texts import Catalogue, format_number
from rules.worker_process import run_in_worker_process

CSV_COLUMNS = ("session", "kind", "title", "date", "rating", "comment", "answered_at")


def average_text(average: float | None, language: str) -> str:
    if average is None:
        return "-"
    return format_number(average, language)


@dataclass(frozen=True)
class SessionReport:
    title: str
    held_on: date
    summary: Summary
    invited: int | None
    comments: list[str]
    reminder_rates: tuple[int, int] | None = None  # percent answered before, and since


def session_lines(report: SessionReport, t: Catalogue, day: str) -> list[str]:
    summary = report.summary
    rate = ""
    if summary.response_rate is not None and report.invited:
        percent = round(100 * summary.response_rate)
        rate = t("report-rate", percent=percent, invited=report.invited)
    if report.reminder_rates is not None:
        before, after = report.reminder_rates
        rate += t("report-reminder", before=before, after=after)
    lines = [
        t(
            "report-session",
            title=report.title,
            date=day,
            responses=summary.responses,
            rate=rate,
            average=average_text(summary.average, t.language),
        )
    ]
    if summary.distribution is not None:
        lines += ["<code>" + line + "</code>" for line in bar_chart(summary.distribution)]
    elif summary.responses:
        lines.append(t("report-too-few"))
    if report.comments:
        lines.append(t("report-comments"))
        lines += [f"• {html.escape(comment)}" for comment in report.comments]
    return lines


async def trend_png(
    points: list[tuple[date, float, int]], title: str, t: Catalogue, kind: ChartKind = "png"
) -> bytes:
    """Average rating per drop-in (line) with the number of answers (bars), its axes in the
    reader's language; drawn in the worker process."""
    return await run_in_worker_process(
        line_and_bars_png, points, title, t("chart-average"), (1, 5), t("chart-answers"), kind
    )


def feedback_csv(rows: list[tuple[int, str, str, date, int, str | None, datetime]]) -> bytes:
    """One row per response: session, kind, title, date, rating, comment, answered at (UTC).
    No user ids or respondent keys. `;` and a BOM, as Dutch Excel expects."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for session, kind, title, day, rating, comment, answered in rows:
        writer.writerow(
            (
                session,
                kind,
                spreadsheet_safe(title),
                day.isoformat(),
                rating,
                spreadsheet_safe(comment or ""),
                answered.isoformat(timespec="seconds"),
            )
        )
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")
