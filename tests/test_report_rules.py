"""The dashboard's report tables (rules/reports.py): what names a bar in the text
alternative, and the CSV."""

from rules.reports import ReportTable, extremes, table_csv

SESSIONS = ReportTable(
    "feedback",
    "Gemiddeld cijfer",
    ("Datum", "Bijeenkomst", "Cijfer"),
    (
        ("2026-12-04", "Inloop", 4.5),
        ("2026-12-04", "Themamiddag", 3.7),
        ("2026-12-11", "Inloop", None),  # no answers: no bar
    ),
    label_column=0,
    value_column=2,
    maximum=5,
    name_columns=(1, 0),
)


def test_two_sessions_on_one_day_are_told_apart_by_title() -> None:
    assert SESSIONS.values() == [("2026-12-04", 4.5), ("2026-12-04", 3.7)]  # the bars' labels
    assert extremes(SESSIONS) == (("Inloop, 2026-12-04", 4.5), ("Themamiddag, 2026-12-04", 3.7))


def test_without_name_columns_the_label_names_the_row() -> None:
    weeks = ReportTable("attendance", "Ik doe mee", ("Week", "Aantal"), (("2026-W49", 3),), 0, 1)
    assert extremes(weeks) == (("2026-W49", 3.0), ("2026-W49", 3.0))
    empty = ReportTable("attendance", "Ik doe mee", ("Week", "Aantal"), (), 0, 1)
    assert extremes(empty) is None


def test_the_csv_has_the_tables_numbers_in_the_readers_language() -> None:
    text = table_csv(SESSIONS, "nl").decode("utf-8")
    assert text == (
        "\ufeffDatum;Bijeenkomst;Cijfer\r\n"
        "2026-12-04;Inloop;4,5\r\n"
        "2026-12-04;Themamiddag;3,7\r\n"
        "2026-12-11;Inloop;\r\n"
    )
