"""The rules of asking the network: audiences, the weekly cap, one question a day, the
report's figures, the screen's exceptions, and the buttons' data."""

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from handlers.network_questions.view import parse_answering, parse_asking
from rules.network_questions import (
    Audience,
    MemberFacts,
    audience_choices,
    network_report,
    next_question_at,
    per_week,
    recipients,
    week_of,
    within_weekly_cap,
)
from rules.screening import fine_to_name, screen

MEMBERS = [
    MemberFacts(1, "verloskundige", "venlo", "Venlo", "CenteringPregnancy"),
    MemberFacts(2, "wijkteam", "venlo", "Venlo", "VoorZorg; schulden"),
    MemberFacts(3, "jgz", "beesel", "Beesel", "VoorZorg"),
    MemberFacts(4),  # a member without a listing: only "everyone" reaches them
]


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("all", [1, 2, 3, 4]),
        ("d:medical", [1, 3]),
        ("d:social", [2]),
        ("m:venlo", [1, 2]),
        ("e:voorzorg", [2, 3]),
        ("e:centering_pregnancy", [1]),
    ],
)
def test_each_audience_reaches_exactly_its_members(code: str, expected: list[int]) -> None:
    audience = Audience.parse(code)
    assert audience is not None and audience.code == code
    assert recipients(audience, MEMBERS) == expected


@pytest.mark.parametrize("code", ["", "x:y", "d:other", "e:no_such_method", "m:", "everyone"])
def test_a_forged_audience_is_refused(code: str) -> None:
    assert Audience.parse(code) is None


def test_the_choices_count_people_per_audience() -> None:
    choices = audience_choices(MEMBERS)
    assert choices.everyone == 4
    assert choices.domains == {"medical": 2, "social": 1}
    assert choices.municipalities == [("venlo", "Venlo", 2), ("beesel", "Beesel", 1)]
    assert choices.methods == [("voorzorg", 2), ("centering_pregnancy", 1)]


def test_the_weekly_cap_lets_three_through_per_member_and_keeps_the_order() -> None:
    waiting = [(1, 10, 0), (1, 11, 2), (2, 10, 0), (2, 11, 2), (3, 10, 0), (4, 10, 0)]
    assert within_weekly_cap(waiting, limit=100) == [(1, 10), (1, 11), (2, 10), (3, 10)]
    assert within_weekly_cap(waiting, limit=2) == [(1, 10), (1, 11)]


def test_the_week_is_local_monday_to_sunday() -> None:
    zone = ZoneInfo("Europe/Amsterdam")
    sunday_late_utc = datetime(2026, 11, 8, 23, 30, tzinfo=UTC)  # Monday 00:30 in Amsterdam
    assert week_of(sunday_late_utc, zone) == "2026-W46"
    assert week_of(sunday_late_utc - timedelta(hours=1), zone) == "2026-W45"  # Sunday 23:30


def test_one_question_a_day() -> None:
    now = datetime(2026, 12, 1, 12, tzinfo=UTC)
    assert next_question_at(None, now) is None
    assert next_question_at(now - timedelta(hours=25), now) is None
    assert next_question_at(now - timedelta(hours=2), now) == now + timedelta(hours=22)


def test_the_report_counts_and_takes_the_median_first_answer() -> None:
    asked = datetime(2026, 12, 1, 9, tzinfo=UTC)
    report = network_report(
        [
            ("Wie werkt met VoorZorg?", asked, asked + timedelta(hours=1), "solved"),
            ("Ervaring met VoorZorg en Samen Starten?", asked, asked + timedelta(hours=3), "open"),
            ("Hoe bespreek je armoede?", asked, None, "closed"),
        ]
    )
    assert (report.asked, report.answered, report.solved) == (3, 2, 1)
    assert report.median_first_answer == timedelta(hours=2)
    assert report.topics == [("voorzorg", 2), ("samen_starten", 1)]


def test_the_dashboard_counts_per_local_week() -> None:
    zone = ZoneInfo("Europe/Amsterdam")
    monday = datetime(2026, 11, 9, 8, tzinfo=UTC)
    questions = [
        ("a", monday, monday + timedelta(hours=1), "solved"),
        ("b", monday - timedelta(hours=8), None, "open"),  # Monday 01:00 local: the same week
        ("c", monday - timedelta(hours=10), None, "closed"),  # Sunday 23:00 local: week before
    ]
    assert per_week(questions, zone) == [("2026-W45", 1, 0, 0), ("2026-W46", 2, 1, 1)]


def test_places_methods_roles_and_confirmed_colleagues_may_be_named() -> None:
    assert fine_to_name("Venlo") and fine_to_name("Horst aan de Maas")
    assert fine_to_name("VoorZorg") and fine_to_name("wijkteam")
    assert not fine_to_name("Anna de Vries")
    assert fine_to_name("Anna de Vries", ["Anna de Vries"])
    assert fine_to_name("Vries", ["Anna de Vries"])  # a part of the confirmed name


def test_the_screen_refuses_a_bsn_and_shows_client_details() -> None:
    today = date(2026, 12, 1)
    assert screen("Wie in Venlo werkt met Samen Starten?", today).clean
    assert screen("Cliënt met BSN 111222333", today).bsn
    found = screen("Mevrouw de Boer is 19 jaar", today).details
    assert [(f.kind.value, f.words) for f in found] == [
        ("name", "Mevrouw de Boer"),
        ("age", "is 19 jaar"),
    ]


def test_button_data_is_parsed_strictly() -> None:
    assert parse_asking("nv:a:m:peel en maas") == ("a", "m:peel en maas", None)
    assert parse_asking("nv:s:12:34") == ("s", "12", 34)
    assert parse_asking("nv:s:12") == ("s", "12", None)
    assert parse_asking("nv:a:M:<b>") is None
    assert parse_answering("na:p:3:17") == ("p", 3, 17)
    assert parse_answering("na:h:3") == ("h", 3, None)
    assert parse_answering("na:x:3") is None and parse_answering("na:h:abc") is None
