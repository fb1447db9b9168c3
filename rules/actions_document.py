"""The stand van zaken as a document for the steering group: a PDF laid out for print (A4,
fpdf2), with the numbers per status and per workgroup, a chart of the actions done per month,
and what was done, is under way, is stuck and comes next. Made in the worker process
(rules/worker_process.py): fpdf2 and matplotlib stay out of the bot's memory. Every text it
shows comes in `labels`, already in the reader's language."""

import io
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from rules.actions import ActionFacts, ActionStatus, Stand

if TYPE_CHECKING:  # fpdf2 is imported where the document is made, in the worker process
    from fpdf import FPDF


@dataclass(frozen=True)
class StandDocument:
    coalition: str
    stand: Stand
    today: date
    labels: dict[str, str]  # title, since, made, counts, workgroup, none, each status, sections
    done_per_month: list[tuple[str, int]]  # ("2026-11", 3), oldest first


def stand_pdf(document: StandDocument) -> bytes:
    from fpdf import FPDF
    from fpdf.enums import XPos, YPos

    labels, stand = document.labels, document.stand
    pdf = FPDF(format="A4")
    pdf.set_margins(18, 18, 18)
    pdf.set_auto_page_break(auto=True, margin=18)
    font = _font_folder()
    pdf.add_font("DejaVu", "", str(font / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(font / "DejaVuSans-Bold.ttf"))
    pdf.add_font("DejaVu", "I", str(font / "DejaVuSans-Oblique.ttf"))
    pdf.set_title(f"{labels['title']} {document.coalition}")
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 18)
    pdf.multi_cell(
        0, 9, f"{labels['title']} {document.coalition}", new_x=XPos.LMARGIN, new_y=YPos.NEXT
    )
    pdf.set_font("DejaVu", "", 10)
    pdf.set_text_color(80, 80, 80)
    pdf.multi_cell(
        0, 6, f"{labels['since']} · {labels['made']}", new_x=XPos.LMARGIN, new_y=YPos.NEXT
    )
    pdf.set_text_color(0, 0, 0)
    pdf.ln(3)

    # The numbers: per status, then per workgroup.
    pdf.set_font("DejaVu", "B", 12)
    pdf.cell(0, 8, labels["counts"], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    statuses = list(ActionStatus)
    columns = [labels["workgroup"], *(labels[s.value] for s in statuses)]
    rows = [
        [name or labels["none"], *(str(counts.get(s, 0)) for s in statuses)]
        for name, counts in stand.per_workgroup.items()
    ]
    rows.append([labels["all"], *(str(stand.per_status.get(s, 0)) for s in statuses)])
    pdf.set_font("DejaVu", "", 9)
    with pdf.table(
        col_widths=(46, *(20 for _ in statuses)),
        text_align=("LEFT", *("RIGHT" for _ in statuses)),
        line_height=6,
    ) as table:
        for values in (columns, *rows):
            row = table.row()
            for value in values:
                row.cell(value)
    pdf.ln(4)

    if document.done_per_month:
        pdf.set_font("DejaVu", "B", 12)
        pdf.cell(0, 8, labels["chart"], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.image(_chart_png(document.done_per_month), w=174)
        pdf.ln(2)

    for key, actions in (
        ("done", stand.done),
        ("under_way", stand.under_way),
        ("stuck", stand.stuck),
        ("next", stand.next),
    ):
        pdf.set_font("DejaVu", "B", 12)
        pdf.cell(
            0,
            8,
            f"{labels['section_' + key]} ({len(actions)})",
            new_x=XPos.LMARGIN,
            new_y=YPos.NEXT,
        )
        if not actions:
            pdf.set_font("DejaVu", "I", 10)
            pdf.multi_cell(0, 6, labels["nothing"], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(1)
            continue
        overdue = {a.id for a in stand.overdue}
        for action in actions:
            _action_lines(pdf, action, labels, action.id in overdue)
        pdf.ln(1)
    return bytes(pdf.output())


def _action_lines(pdf: "FPDF", action: ActionFacts, labels: dict[str, str], overdue: bool) -> None:
    pdf.set_font("DejaVu", "B", 10)
    _line(pdf, 5.5, "• " + action.title + (f"  ({labels['late']})" if overdue else ""))
    details = [d for d in (action.workgroup, _due(action, labels)) if d]
    pdf.set_font("DejaVu", "", 9)
    if details:
        _line(pdf, 5, "   " + " · ".join(details))
    if action.last_update:
        pdf.set_font("DejaVu", "I", 9)
        _line(pdf, 5, "   " + action.last_update)
    pdf.ln(1)


def _line(pdf: "FPDF", height: float, text: str) -> None:
    """One line of text, wrapped only when it does not fit (a plain cell is several times
    faster to lay out than a wrapping one: it counts at 2,000 actions)."""
    from fpdf.enums import XPos, YPos

    if pdf.get_string_width(text) < pdf.epw:
        pdf.cell(pdf.epw, height, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    else:
        pdf.multi_cell(0, height, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)


def _due(action: ActionFacts, labels: dict[str, str]) -> str:
    return f"{labels['due']} {action.due_on:%d-%m-%Y}" if action.due_on else ""


def _chart_png(done_per_month: list[tuple[str, int]]) -> io.BytesIO:
    import matplotlib
    from matplotlib.figure import Figure
    from matplotlib.ticker import MaxNLocator

    figure = Figure(figsize=(8, 2.4), dpi=150)
    axes = figure.subplots()
    months = [month for month, _ in done_per_month]
    axes.bar(months, [count for _, count in done_per_month], color="#1f5f99")
    axes.tick_params(axis="x", labelrotation=45, labelsize=7)
    axes.tick_params(axis="y", labelsize=7)
    axes.yaxis.set_major_locator(MaxNLocator(integer=True))
    axes.spines[["top", "right"]].set_visible(False)
    figure.tight_layout()
    buffer = io.BytesIO()
    with matplotlib.rc_context({"font.family": "DejaVu Sans"}):
        figure.savefig(buffer, format="png")
    buffer.seek(0)
    return buffer


def _font_folder() -> Path:
    """DejaVu Sans as matplotlib ships it: every letter of Dutch, Frisian and English."""
    import matplotlib

    return Path(matplotlib.get_data_path()) / "fonts" / "ttf"


def done_per_month(
    actions: list[ActionFacts], today: date, months: int = 12
) -> list[tuple[str, int]]:
    """Actions done per calendar month, the last `months` months up to `today`, oldest first."""
    keys = []
    year, month = today.year, today.month
    for _ in range(months):
        keys.append(f"{year:04d}-{month:02d}")
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    counts = dict.fromkeys(reversed(keys), 0)
    for action in actions:
        key = f"{action.changed_at:%Y-%m}"
        if action.status is ActionStatus.DONE and key in counts:
            counts[key] += 1
    return list(counts.items())
