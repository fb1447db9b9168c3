"""The drop-in's pure rules: parsing, occurrences across daylight saving, reminders, catch-up."""

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from rules.dropin import (
    Change,
    Decision,
    Schedule,
    check_move,
    check_skip,
    decide,
    next_occurrence,
    occurrences,
    reminder_moment,
    reminders_for,
)
from rules.dropin_input import (
    LinkProblem,
    VideoLink,
    check_video_link,
    format_reminders,
    parse_clock_time,
    parse_day_and_time,
    parse_duration,
    parse_reminders,
    parse_weekday,
    question_problem,
)

AMS = ZoneInfo("Europe/Amsterdam")


def schedule(weekday: int = 1, start: time = time(12, 30), **kwargs: object) -> Schedule:
    values: dict[str, object] = {
        "weekday": weekday,
        "start": start,
        "duration_minutes": 60,
        "timezone": "Europe/Amsterdam",
        "title": "Inloop",
        "link": "https://meet.jit.si/ks-venlo",
    }
    values.update(kwargs)
    return Schedule(**values)  # type: ignore[arg-type]


def local(moment: datetime) -> tuple[date, time]:
    shown = moment.astimezone(AMS)
    return shown.date(), shown.time()


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("di", 1),
        ("Dinsdag", 1),
        ("tue", 1),
        ("Tuesday", 1),
        ("DINSDAG.", 1),
        ("ma", 0),
        ("wo", 2),
        ("donderdag", 3),
        ("thu", 3),
        ("vr", 4),
        ("Sat", 5),
        ("zo", 6),
        ("sunday", 6),
        ("moandei", 0),
        ("ti", 1),
        ("Tiisdei", 1),
        ("woansdei", 2),
        ("to", 3),
        ("tongersdei", 3),
        ("freed", 4),
        ("sneon", 5),
        ("snein", 6),
    ],
)
def test_weekdays_in_dutch_english_and_frysk(text: str, day: int) -> None:
    assert parse_weekday(text) == day


def test_not_a_weekday() -> None:
    assert parse_weekday("morgen") is None
    assert parse_weekday("") is None


def test_clock_times() -> None:
    assert parse_clock_time("12:30") == time(12, 30)
    assert parse_clock_time("9.05") == time(9, 5)
    assert parse_clock_time("14:00 uur") == time(14, 0)
    assert parse_clock_time("14:00 oere") == time(14, 0)
    for wrong in ("25:00", "12:60", "1230", "half een", "", "24:00"):
        assert parse_clock_time(wrong) is None, wrong


def test_reminder_offsets() -> None:
    assert parse_reminders("24h,15m") == (1440, 15)
    assert parse_reminders("15 min; 1 dag") == (1440, 15)
    assert parse_reminders("2u en 30 minuten") == (120, 30)
    assert parse_reminders("1d, 1d") == (1440,)
    assert parse_reminders("1 dei, 2 oere") == (1440, 120)  # Frysk
    for wrong in ("", "soon", "0m", "8d", "1h,2h,3h,4h,5h", "15"):
        assert parse_reminders(wrong) is None, wrong
    assert format_reminders((1440, 90, 15)) == "24h,90m,15m"
    assert parse_reminders(format_reminders((1440, 90, 15))) == (1440, 90, 15)


def test_durations() -> None:
    assert parse_duration("60") == 60
    assert parse_duration("45 min") == 45
    assert parse_duration("1,5 uur") == 90
    assert parse_duration("1,5 oere") == 90
    assert parse_duration("2h") == 120
    assert parse_duration("0") is None
    assert parse_duration("9 uur") is None
    assert parse_duration("lang") is None


@pytest.mark.parametrize(
    ("url", "kind"),
    [
        ("https://teams.microsoft.com/l/meetup-join/19%3a", "teams"),
        ("https://us02web.zoom.us/j/123?pwd=x", "zoom"),
        ("https://meet.jit.si/ks-venlo", "jitsi"),
        ("https://jitsi.ggd-limburg.nl/inloop", "jitsi"),
        ("https://whereby.com/kansrijk", "whereby"),
        ("https://example.org/call", "other"),
        ("https://notzoom.us.example.org/x", "other"),
    ],
)
def test_video_link_kind(url: str, kind: str) -> None:
    assert check_video_link(url) == VideoLink(url, kind)


def test_only_https_links() -> None:
    assert check_video_link("http://zoom.us/j/1") is LinkProblem.NOT_HTTPS
    assert check_video_link("javascript:alert(1)") is LinkProblem.NOT_HTTPS
    assert check_video_link("zoom.us/j/1") is LinkProblem.NOT_HTTPS
    assert check_video_link("https://localhost/x") is LinkProblem.MALFORMED
    assert check_video_link("https://zoom.us/j/1 extra") is LinkProblem.MALFORMED


def test_next_occurrences_keep_local_time_across_both_dst_changes() -> None:
    # Tuesdays 12:30 Amsterdam, from mid-March to mid-November 2026.
    found = occurrences(schedule(), {}, datetime(2026, 3, 15, tzinfo=UTC), 35)
    assert all(local(o.starts_at)[1] == time(12, 30) for o in found)
    march = {o.key: o.starts_at for o in found}
    # 24 March: winter time (UTC+1); 31 March, after the change on the 29th: summer (UTC+2).
    assert march[date(2026, 3, 24)] == datetime(2026, 3, 24, 11, 30, tzinfo=UTC)
    assert march[date(2026, 3, 31)] == datetime(2026, 3, 31, 10, 30, tzinfo=UTC)
    # Back to winter time on 25 October.
    assert march[date(2026, 10, 20)] == datetime(2026, 10, 20, 10, 30, tzinfo=UTC)
    assert march[date(2026, 10, 27)] == datetime(2026, 10, 27, 11, 30, tzinfo=UTC)
    assert [o.key for o in found] == sorted(o.key for o in found)
    assert {o.key.weekday() for o in found} == {1}


def test_a_call_on_the_day_of_the_change() -> None:
    sunday = schedule(weekday=6, start=time(12, 30))
    found = occurrences(sunday, {}, datetime(2026, 3, 27, tzinfo=UTC), 1)
    assert found[0].starts_at == datetime(2026, 3, 29, 10, 30, tzinfo=UTC)  # 12:30 CEST


def test_ongoing_call_is_still_next_and_ended_call_is_not() -> None:
    tuesday = schedule()
    during = datetime(2026, 11, 24, 11, 45, tzinfo=UTC)  # 12:45 local
    assert next_occurrence(tuesday, {}, during).key == date(2026, 11, 24)  # type: ignore[union-attr]
    after = datetime(2026, 11, 24, 12, 31, tzinfo=UTC)
    assert next_occurrence(tuesday, {}, after).key == date(2026, 12, 1)  # type: ignore[union-attr]


def test_skipped_and_moved_dates() -> None:
    changes = {
        date(2026, 12, 1): Change(date(2026, 12, 1), skipped=True, reason="Sinterklaas"),
        date(2026, 12, 8): Change(
            date(2026, 12, 8), skipped=False, moved_to=datetime(2026, 12, 10, 15, 0)
        ),
    }
    found = occurrences(schedule(), changes, datetime(2026, 11, 25, tzinfo=UTC), 3)
    assert [o.key for o in found] == [date(2026, 12, 1), date(2026, 12, 8), date(2026, 12, 15)]
    skipped, moved, regular = found
    assert skipped.skipped and skipped.reason == "Sinterklaas"
    assert moved.moved and local(moved.starts_at) == (date(2026, 12, 10), time(15, 0))
    assert not regular.skipped and not regular.moved
    held = next_occurrence(schedule(), changes, datetime(2026, 11, 25, tzinfo=UTC), held_only=True)
    assert held is not None and held.key == date(2026, 12, 8)


def test_a_call_moved_earlier_comes_before_the_week_before_it() -> None:
    changes = {
        date(2026, 12, 8): Change(
            date(2026, 12, 8), skipped=False, moved_to=datetime(2026, 12, 2, 9, 0)
        )
    }
    found = occurrences(schedule(), changes, datetime(2026, 11, 30, tzinfo=UTC), 3)
    assert [o.key for o in found] == [date(2026, 12, 1), date(2026, 12, 8), date(2026, 12, 15)]
    assert local(found[1].starts_at) == (date(2026, 12, 2), time(9, 0))


def test_reminder_offsets_across_midnight() -> None:
    early = schedule(start=time(0, 10))
    occurrence = occurrences(early, {}, datetime(2026, 11, 20, tzinfo=UTC), 1)[0]
    moments = [local(r.moment) for r in reminders_for(early, occurrence)]
    assert moments == [(date(2026, 11, 23), time(0, 10)), (date(2026, 11, 23), time(23, 55))]


def test_reminders_across_a_dst_change() -> None:
    start = datetime(2026, 3, 29, 10, 30, tzinfo=UTC)  # Sunday 12:30 CEST, first day of summer
    # A day before keeps the wall clock: Saturday 12:30 winter time, 23 real hours earlier.
    day_before = reminder_moment(start, 24 * 60, AMS)
    assert local(day_before) == (date(2026, 3, 28), time(12, 30))
    assert start - day_before == timedelta(hours=23)
    # Minutes are real minutes, also when the clock jumps in between (02:00 → 03:00).
    night = datetime(2026, 3, 29, 1, 15, tzinfo=UTC)  # 03:15 CEST
    assert local(reminder_moment(night, 30, AMS)) == (date(2026, 3, 29), time(1, 45))
    autumn = datetime(2026, 10, 25, 11, 30, tzinfo=UTC)  # Sunday 12:30 CET, first winter day
    assert local(reminder_moment(autumn, 24 * 60, AMS)) == (date(2026, 10, 24), time(12, 30))
    assert autumn - reminder_moment(autumn, 24 * 60, AMS) == timedelta(hours=25)


def test_a_skipped_week_gets_one_notice() -> None:
    key = date(2026, 12, 1)
    tuesday = schedule()
    found = occurrences(
        tuesday, {key: Change(key, skipped=True)}, datetime(2026, 11, 29, tzinfo=UTC), 1
    )
    reminders = reminders_for(tuesday, found[0])
    assert len(reminders) == 1 and reminders[0].notice and reminders[0].minutes_before == 1440


def test_catch_up_decision() -> None:
    occurrence = occurrences(schedule(), {}, datetime(2026, 11, 23, tzinfo=UTC), 1)[0]
    reminder = reminders_for(schedule(), occurrence)[1]  # 15 min before 12:30 local = 11:15 UTC
    assert decide(reminder, datetime(2026, 11, 24, 11, 0, tzinfo=UTC)) is Decision.WAIT
    assert decide(reminder, datetime(2026, 11, 24, 11, 15, tzinfo=UTC)) is Decision.SEND
    assert decide(reminder, datetime(2026, 11, 24, 11, 29, tzinfo=UTC)) is Decision.SEND  # late
    assert decide(reminder, datetime(2026, 11, 24, 11, 30, tzinfo=UTC)) is Decision.DROP


def test_skip_and_move_checks() -> None:
    tuesday = schedule()
    now = datetime(2026, 11, 25, tzinfo=UTC)
    assert check_skip(tuesday, date(2026, 12, 1), now)
    assert not check_skip(tuesday, date(2026, 11, 24), now)  # in the past
    assert not check_skip(tuesday, date(2026, 12, 2), now)  # not a Tuesday
    assert check_move(tuesday, date(2026, 12, 1), datetime(2026, 12, 3, 9, 0), now)
    assert not check_move(tuesday, date(2026, 12, 1), datetime(2026, 12, 9, 9, 0), now)
    assert not check_move(tuesday, date(2026, 12, 1), datetime(2026, 11, 24, 9, 0), now)


def test_day_and_time_for_a_move() -> None:
    around = date(2026, 12, 1)  # a Tuesday
    assert parse_day_and_time("14:00", around) == datetime(2026, 12, 1, 14, 0)
    assert parse_day_and_time("do 14:00", around) == datetime(2026, 12, 3, 14, 0)
    assert parse_day_and_time("maandag 9.30", around) == datetime(2026, 11, 30, 9, 30)
    assert parse_day_and_time("3-12 15:00", around) == datetime(2026, 12, 3, 15, 0)
    assert parse_day_and_time("3-1-2027 15:00", around) == datetime(2027, 1, 3, 15, 0)
    assert parse_day_and_time("2-1 10:00", around) == datetime(2027, 1, 2, 10, 0)
    for wrong in ("", "donderdag", "31-2 10:00", "do 25:00", "volgende week do 14:00"):
        assert parse_day_and_time(wrong, around) is None, wrong


def test_question_screen() -> None:
    assert question_problem("Hoe verwijs ik naar de schuldhulp?") is None
    assert question_problem("   ") == "question-empty"
    assert question_problem("🙂🙂") == "question-empty"
    assert question_problem("x" * 301) == "question-too-long"
    # what it says is screened by rules/screening.screen, end to end in test_screening_e2e.py
