"""Charts for the reports: a value per date over a count per date. Drawn with matplotlib in
the worker process (rules/worker_process.py): the library and the garbage each figure
leaves stay out of the bot's own memory."""

import io
from datetime import date
from typing import Literal

ChartKind = Literal["png", "svg"]


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
    tenth of a second or more: callers run it in the worker process."""
    import matplotlib
    from matplotlib.figure import Figure  # no pyplot: no global list of figures to close

    figure = Figure(figsize=(8, 4.5), dpi=120)
    values = figure.subplots()
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
    return buffer.getvalue()
