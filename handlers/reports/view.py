"""How reports are shown: a session's lines, the trend and line-and-bars charts (matplotlib)
and the feedback CSV export. Rules live in rules/feedback.py and rules/reports.py."""

import csv
import html
import io
import threading
from dataclasses import dataclass
from datetime import date, datetime
from typing import Literal

from rules.feedback import Summary, bar_chart
from rules.reports import spreadsheet_safe
from rules.texts import Catalogue, format_number

ChartKind = Literal["png", "svg"]
_DRAWING = threading.Lock()
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


def trend_png(
    points: list[tuple[date, float, int]], title: str, t: Catalogue, kind: ChartKind = "png"
) -> bytes:
    """Average rating per drop-in (line) with the number of answers (bars), its axes in the
    reader's language."""
    return line_and_bars_png(points, title, t("chart-average"), (1, 5), t("chart-answers"), kind)


def line_and_bars_png(
    points: list[tuple[date, float, int]],
    title: str,
    line_label: str,
    line_limits: tuple[float, float],
    bars_label: str,
    kind: ChartKind = "png",
) -> bytes:
    """A value per date (line, left axis) over a count per date (bars, right axis), as a PNG
    for the chat or an SVG whose labels stay text (readable by a screen reader). Takes a
    tenth of a second or more: callers run it off the event loop (asyncio.to_thread); pyplot
    keeps global state, so one chart is drawn at a time."""
    with _DRAWING:
        import matplotlib

        matplotlib.use("Agg")
        from matplotlib import pyplot

        figure, values = pyplot.subplots(figsize=(8, 4.5), dpi=120)
        try:
            labels = [f"{day:%d-%m}" for day, _, _ in points]
            counts = values.twinx()
            counts.bar(labels, [n for _, _, n in points], color="#d9e6f2", zorder=1)
            counts.set_ylabel(bars_label)
            values.set_zorder(counts.get_zorder() + 1)
            values.patch.set_visible(False)
            values.plot(labels, [value for _, value, _ in points], marker="o", color="#1f5f99")
            values.set_ylim(*line_limits)
            values.set_ylabel(line_label)
            values.set_title(title)
            values.grid(axis="y", alpha=0.3)
            figure.tight_layout()
            buffer = io.BytesIO()
            with matplotlib.rc_context({"svg.fonttype": "none"}):
                figure.savefig(buffer, format=kind)
        finally:
            pyplot.close(figure)
    return buffer.getvalue()


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
