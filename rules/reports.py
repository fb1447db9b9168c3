"""The dashboard's reports as tables: each chart is drawn from one table, shown as its text
alternative and downloadable as CSV with exactly these numbers. Pure: tests call it directly."""

import csv
import io
from dataclasses import dataclass, field

from rules.texts import format_number

Cell = str | int | float | None


@dataclass(frozen=True)
class ReportTable:
    key: str  # feedback, attendance, rounds, places, announcements
    title: str
    columns: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    label_column: int  # what names a bar
    value_column: int  # what its height is
    maximum: float | None = None  # the scale's top (5 for a rating, 100 for a percent)
    percent_columns: tuple[int, ...] = field(default=())
    # What names a row in words, for the text alternative (a session: its title and date;
    # two sessions on one day differ by title); the label column when none are given.
    name_columns: tuple[int, ...] = field(default=())

    def values(self) -> list[tuple[str, float]]:
        """(label, value) per row that has a value: the bars."""
        return [(str(row[self.label_column]), value) for row, value in self._valued()]

    def named_values(self) -> list[tuple[str, float]]:
        """(name, value) per row that has a value, as the text alternative names them."""
        columns = self.name_columns or (self.label_column,)
        return [
            (", ".join(str(row[c]) for c in columns if row[c] not in (None, "")), value)
            for row, value in self._valued()
        ]

    def _valued(self) -> list[tuple[tuple[Cell, ...], float]]:
        return [
            (row, float(value))
            for row in self.rows
            if isinstance(value := row[self.value_column], (int, float))
        ]


def extremes(table: ReportTable) -> tuple[tuple[str, float], tuple[str, float]] | None:
    """The highest and the lowest bar by name (the first of equals), for the text
    alternative."""
    bars = table.named_values()
    if not bars:
        return None
    return max(bars, key=lambda bar: bar[1]), min(bars, key=lambda bar: bar[1])


def cell_text(value: Cell, language: str) -> str:
    """A cell as a reader (and Dutch Excel) reads it: `4,3` in Dutch, empty for nothing."""
    if value is None:
        return ""
    if isinstance(value, float):
        return format_number(value, language)
    return str(value)


def spreadsheet_safe(text: str) -> str:
    """Free text that a spreadsheet would run as a formula gets a leading quote."""
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text


def table_csv(table: ReportTable, language: str) -> bytes:
    """`;` and a BOM, as Dutch Excel expects; numbers in the reader's language."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(table.columns)
    for row in table.rows:
        writer.writerow(
            [spreadsheet_safe(v) if isinstance(v, str) else cell_text(v, language) for v in row]
        )
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")
