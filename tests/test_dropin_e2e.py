"""End to end: the weekly drop-in through the real Application, the fake Bot API and a clock
the test moves. Schedule: Tuesdays 12:30 Amsterdam (11:30 UTC in November)."""

import logging
from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from tests.conftest import ADMIN_ID
from tests.fake_telegram import FakeTelegram, Sent, User
from tests.harness import FakeClock, RunningBot, start_bot
from tests.kit.directory import join
from tests.kit.dropin import (
    CALL,
    DAY_BEFORE,
    LINK,
    coalition_with_coordinator,
    coalition_with_dropin,
    coordinator_with_group,
)

QUARTER_BEFORE = CALL - timedelta(minutes=15)


async def subscribed_member(running: RunningBot, fake: FakeTelegram, coalition_id: int) -> User:
    member = await join(running, fake, coalition_id, "Mo")
    card = await fake.ask(member, "/inloop")
    assert "Inloop NML" in card.text and "Zoom" in card.text and "12:30" in card.text
    await fake.tap(member, card, "Herinneringen aanzetten")
    await fake.wait_until(lambda: card.edits > 0)
    return member


def reminders_in(fake: FakeTelegram, chat_id: int) -> list[Sent]:
    """Reminders, not /inloop cards: they say how soon the call is."""
    soon = ("is morgen", "begint over", "is over")
    return [
        m
        for m in fake.messages_to(chat_id)
        if LINK in m.raw and any(word in m.text for word in soon)
    ]


async def test_group_and_subscriber_get_each_reminder_once(
    running: RunningBot, fake: FakeTelegram
) -> None:
    coalition_id = await coalition_with_dropin(running)
    _, group = await coordinator_with_group(running, fake, coalition_id)
    member = await subscribed_member(running, fake, coalition_id)
    await fake.ask(member, "/vraag Hoe verwijs ik naar schuldhulp?")

    report = await running.at(DAY_BEFORE - timedelta(minutes=1))
    assert report.sent == 0 and report.next_moment == DAY_BEFORE
    # The JobQueue will wake the sender at that moment: one minute from (the test's) now.
    assert running.application.job_queue is not None
    (job,) = running.application.job_queue.get_jobs_by_name("dropin_next")
    assert job.next_t is not None
    wait = (job.next_t - datetime.now(UTC)).total_seconds()
    assert 50 < wait <= 60, wait
    assert reminders_in(fake, group.id) == [] and reminders_in(fake, member.id) == []

    await running.at(DAY_BEFORE)
    for chat_id in (group.id, member.id):
        (reminder,) = reminders_in(fake, chat_id)
        assert "is morgen" in reminder.text and "dinsdag 3 november, 12:30–13:30" in reminder.text
        assert "Hoe verwijs ik naar schuldhulp?" in reminder.text
        assert reminder.button("Ik doe mee (0)") and reminder.button("Zet in agenda")
    await running.at(DAY_BEFORE + timedelta(minutes=5))  # a later wake-up sends nothing again
    assert len(reminders_in(fake, group.id)) == 1 and len(reminders_in(fake, member.id)) == 1

    await running.at(QUARTER_BEFORE)
    await running.at(QUARTER_BEFORE + timedelta(minutes=1))
    for chat_id in (group.id, member.id):
        _, second = reminders_in(fake, chat_id)
        assert "begint over 15 minuten" in second.text
    # After the call: no more reminders, only the feedback prompt in the group (issue 5).
    report = await running.at(CALL + timedelta(hours=2))
    assert report.next_moment == DAY_BEFORE + timedelta(days=7)
    assert len(reminders_in(fake, group.id)) == 2 and len(reminders_in(fake, member.id)) == 2
    (prompt,) = [m for m in fake.messages_to(group.id) if "Hoe was" in m.text]
    assert prompt.button("Geef feedback")["url"].startswith(
        "https://t.me/kansrijke_test_bot?start=fb_"
    )
    assert not [m for m in fake.messages_to(member.id) if "Hoe waardevol" in m.text]  # no RSVP


async def test_rsvp_count_updates_and_calendar_file_has_local_time(
    running: RunningBot, fake: FakeTelegram
) -> None:
    coalition_id = await coalition_with_dropin(running)
    coordinator, group = await coordinator_with_group(running, fake, coalition_id)
    member = await join(running, fake, coalition_id, "Mo")
    await running.at(DAY_BEFORE)
    (reminder,) = reminders_in(fake, group.id)

    await fake.tap(member, reminder, "Ik doe mee")
    await fake.wait_until(lambda: "(1)" in str(reminder.reply_markup))
    await fake.tap(coordinator, reminder, "Ik doe mee")
    await fake.wait_until(lambda: "(2)" in str(reminder.reply_markup))
    await fake.tap(member, reminder, "Ik doe mee")  # changes their mind
    await fake.wait_until(lambda: "(1)" in str(reminder.reply_markup))
    assert await running.db.dropins.rsvps(coalition_id, CALL.date()) == [coordinator.id]

    outsider = fake.user("Buiten")
    query = await fake.press_button(
        outsider, reminder, reminder.button("Ik doe mee")["callback_data"]
    )
    answer = await fake.wait_until(lambda: fake.callback_answers.get(query))
    assert "Alleen leden" in answer["text"]

    document = await fake.tap_and_wait(member, reminder, "Zet in agenda")
    assert document.method == "senddocument" and document.document_name == "inloop-2026-11-03.ics"
    assert document.document is not None
    event = next(iter(Calendar.from_ical(document.document).walk("VEVENT")))
    start = event.decoded("dtstart")
    assert start.tzinfo is not None and str(start.tzinfo) == "Europe/Amsterdam"
    assert (start.hour, start.minute) == (12, 30) and start == CALL
    assert event.decoded("dtend") == CALL + timedelta(hours=1)
    assert str(event["summary"]) == "Inloop NML" and str(event["location"]) == LINK
    assert b"BEGIN:VTIMEZONE" in document.document

    # After the call, the old button says so and changes nothing.
    await running.at(CALL + timedelta(hours=2))
    query = await fake.press_button(
        member, reminder, reminder.button("Ik doe mee")["callback_data"]
    )
    answer = await fake.wait_until(lambda: fake.callback_answers.get(query))
    assert "voorbij" in answer["text"]
    assert await running.db.dropins.rsvps(coalition_id, CALL.date()) == [coordinator.id]


async def test_restart_just_before_a_reminder_still_sends_it_once(
    fake: FakeTelegram, database_path: Path
) -> None:
    clock = FakeClock(DAY_BEFORE - timedelta(hours=1))
    first = await start_bot(fake, database_path, admin_ids=(ADMIN_ID,), clock=clock)
    coalition_id = await coalition_with_dropin(first)
    _, group = await coordinator_with_group(first, fake, coalition_id)
    await first.stop()  # down one minute before the reminder is due …

    clock.moment = DAY_BEFORE + timedelta(minutes=20)  # … and back twenty minutes later,
    second = await start_bot(fake, database_path, admin_ids=(ADMIN_ID,), clock=clock)
    third = await start_bot(fake, database_path, admin_ids=(ADMIN_ID,), clock=clock)  # twice
    try:
        await fake.wait_until(lambda: reminders_in(fake, group.id))
        await second.reminders.run_due()
        await third.reminders.run_due()
        assert len(reminders_in(fake, group.id)) == 1
        await second.at(QUARTER_BEFORE)
        await third.at(QUARTER_BEFORE)
        assert len(reminders_in(fake, group.id)) == 2
    finally:
        await third.stop()
        await second.stop()


async def test_after_a_restart_past_the_start_the_reminder_is_dropped(
    fake: FakeTelegram, database_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    clock = FakeClock(DAY_BEFORE + timedelta(hours=1))
    first = await start_bot(fake, database_path, admin_ids=(ADMIN_ID,), clock=clock)
    coalition_id = await coalition_with_dropin(first)
    _, group = await coordinator_with_group(first, fake, coalition_id)
    await first.at(DAY_BEFORE + timedelta(hours=1))
    assert len(reminders_in(fake, group.id)) == 1
    await first.stop()

    clock.moment = CALL + timedelta(minutes=5)  # the 15-minute reminder was missed
    with caplog.at_level(logging.WARNING, logger="handlers.dropin.reminders"):
        second = await start_bot(fake, database_path, admin_ids=(ADMIN_ID,), clock=clock)
        try:
            report = await second.reminders.run_due()
        finally:
            await second.stop()
    assert len(reminders_in(fake, group.id)) == 1
    assert "Dropped drop-in reminder 2026-11-03" in caplog.text and "15m" in caplog.text
    assert report.sent == 0


async def test_coordinator_sets_up_the_dropin_by_conversation(
    running: RunningBot, fake: FakeTelegram
) -> None:
    coalition, coordinator = await coalition_with_coordinator(running, fake)
    member = await join(running, fake, coalition.id, "Mo")
    assert "Alleen coördinatoren" in (await fake.ask(member, "/inloop_instellen")).text

    assert "Op welke dag" in (await fake.ask(coordinator, "/inloop_instellen")).text
    assert "Die dag ken ik niet" in (await fake.ask(coordinator, "morgen")).text
    assert "Hoe laat" in (await fake.ask(coordinator, "Dinsdag")).text
    assert "geen tijd" in (await fake.ask(coordinator, "25:00")).text
    duration = await fake.ask(coordinator, "12.30")
    assert "https://" in (await fake.tap_and_wait(coordinator, duration, "60 min")).text
    assert "begint niet met https" in (await fake.ask(coordinator, "http://zoom.us/j/1")).text
    assert "begint niet met https" in (await fake.ask(coordinator, "javascript:alert(1)")).text
    title = await fake.ask(coordinator, LINK)
    reminders = await fake.tap_and_wait(coordinator, title, "Inloop Kansrijke Start")
    assert "begrijp ik niet" in (await fake.ask(coordinator, "vaak")).text
    confirm = await fake.ask(coordinator, "1 dag, 30 min")
    assert (
        "dinsdag om 12:30" in confirm.text and "Zoom" in confirm.text and "24h, 30m" in confirm.text
    )
    saved = await fake.tap_and_wait(coordinator, confirm, "Opslaan")
    assert "Opgeslagen" in saved.text and "dinsdag 3 november, 12:30–13:30" in saved.text
    assert reminders.text  # the reminders question was asked
    schedule = await running.db.dropins.get(coalition.id)
    assert schedule is not None
    assert (schedule.weekday, schedule.start, schedule.duration_minutes) == (1, time(12, 30), 60)
    assert schedule.reminder_minutes == (1440, 30) and schedule.link == LINK

    # Skip next week's call with a reason: the group gets one notice instead of reminders.
    group = fake.group("NML", admins=[coordinator])
    await fake.ask(coordinator, "/koppel", chat=group)
    menu = await fake.ask(coordinator, "/inloop_instellen")
    dates = await fake.tap_and_wait(coordinator, menu, "overslaan")
    await fake.tap_and_wait(coordinator, dates, "di 3 nov")
    skipped = await fake.ask(coordinator, "Studiedag")
    assert "gaat niet door" in skipped.text
    await running.at(DAY_BEFORE)
    await running.at(CALL - timedelta(minutes=30))
    notices = [m for m in fake.messages_to(group.id) if "niet door" in m.text]
    assert len(notices) == 1 and "Studiedag" in notices[0].text
    assert "dinsdag 10 november" in notices[0].text
    assert not reminders_in(fake, group.id)


async def test_moving_a_date_and_pausing(running: RunningBot, fake: FakeTelegram) -> None:
    coalition_id = await coalition_with_dropin(running)
    coordinator, group = await coordinator_with_group(running, fake, coalition_id)
    menu = await fake.ask(coordinator, "/inloop_instellen")
    dates = await fake.tap_and_wait(coordinator, menu, "verzetten")
    await fake.tap_and_wait(coordinator, dates, "di 3 nov")
    assert "gaat niet" in (await fake.ask(coordinator, "25-10 14:00")).text  # in the past
    moved = await fake.ask(coordinator, "do 14:00")
    assert "verzet naar donderdag 5 november 14:00" in moved.text
    await running.at(datetime(2026, 11, 4, 13, 0, tzinfo=UTC))  # Wed 14:00: 24 h before
    (reminder,) = reminders_in(fake, group.id)
    assert "donderdag 5 november, 14:00–15:00" in reminder.text and "andere dag" in reminder.text

    menu = await fake.ask(coordinator, "/inloop_instellen")
    assert "5 november" in menu.text  # the one-off change is listed
    assert "gepauzeerd" in (await fake.tap_and_wait(coordinator, menu, "Pauzeren")).text
    report = await running.at(datetime(2026, 11, 9, 11, 30, tzinfo=UTC))  # next Monday
    assert report.claimed == 0 and len(reminders_in(fake, group.id)) == 1


async def test_koppel_needs_a_coordinator_who_is_group_admin(
    running: RunningBot, fake: FakeTelegram
) -> None:
    coalition_id = await coalition_with_dropin(running)
    other = await running.db.coalitions.add(
        slug="heumen", name="Heumen", municipalities=["Heumen"], timezone="Europe/Amsterdam"
    )
    coordinator = await join(running, fake, coalition_id, "Coby")
    await running.db.members.set_role(coalition_id, coordinator.id, "coordinator")
    stranger_coordinator = await join(running, fake, other.id, "Hein")
    await running.db.members.set_role(other.id, stranger_coordinator.id, "coordinator")
    member = await join(running, fake, coalition_id, "Mo")
    group = fake.group("NML", admins=[member, stranger_coordinator])

    assert "Alleen een coördinator" in (await fake.ask(member, "/koppel", chat=group)).text
    assert "beheerder" in (await fake.ask(coordinator, "/koppel", chat=group)).text
    assert await running.db.groups.get(group.id) is None
    fake.group_admins[group.id].add(coordinator.id)
    assert "Gekoppeld" in (await fake.ask(coordinator, "/koppel", chat=group)).text
    # A coordinator of another coalition cannot take the group over or unlink it.
    assert (
        "Alleen een coördinator"
        in (await fake.ask(stranger_coordinator, "/koppel", chat=group)).text
    )
    linked = await fake.ask(coordinator, "/koppel", chat=group)
    assert "gekoppeld aan Noord-Limburg" in linked.text
    query = await fake.press_button(stranger_coordinator, linked, "lk:u")
    await fake.wait_until(lambda: fake.callback_answers.get(query))
    assert await running.db.groups.get(group.id) is not None
    assert "in een groep" in (await fake.ask(coordinator, "/koppel")).text

    await fake.remove_bot_from_group(coordinator, group)
    await fake.wait_until(lambda: fake.calls and fake.calls[-1].method == "getupdates")
    await fake.ask(coordinator, "/help")  # the next update is handled after the removal
    assert await running.db.groups.get(group.id) is None


async def test_questions_are_screened_and_coordinators_remove_them(
    running: RunningBot, fake: FakeTelegram
) -> None:
    coalition_id = await coalition_with_dropin(running)
    coordinator = await join(running, fake, coalition_id, "Coby")
    await running.db.members.set_role(coalition_id, coordinator.id, "coordinator")
    member = await join(running, fake, coalition_id, "Mo")
    assert "Typ je vraag" in (await fake.ask(member, "/vraag")).text
    refused = await fake.ask(member, "/vraag Cliënt 111222333 zoekt hulp")
    assert "burgerservicenummer" in refused.text
    assert "te lang" in (await fake.ask(member, "/vraag " + "lang " * 80)).text
    added = await fake.ask(member, "/vraag Wie weet een taalcoach in Tegelen?")
    assert "3 november" in added.text
    questions = await running.db.dropins.questions(coalition_id, CALL.date())
    assert [q.text for q in questions] == ["Wie weet een taalcoach in Tegelen?"]

    outsider = fake.user("Buiten")
    assert "leden van een coalitie" in (await fake.ask(outsider, "/vraag Mag ik ook?")).text
    card = await fake.ask(coordinator, "/inloop")
    assert "taalcoach" in card.text
    await fake.tap(coordinator, card, "Vraag 1 weghalen")
    await fake.wait_until(lambda: "taalcoach" not in card.text)
    assert await running.db.dropins.questions(coalition_id, CALL.date()) == []
    # A member's card has no remove buttons, and a forged one is refused.
    await fake.ask(member, "/vraag Nog een vraag")
    (question,) = await running.db.dropins.questions(coalition_id, CALL.date())
    member_card = await fake.ask(member, "/inloop")
    assert not [b for b in member_card.buttons() if "weghalen" in b["text"]]
    query = await fake.press_button(member, member_card, f"di:q:{coalition_id}:{question.id}")
    await fake.wait_until(lambda: fake.callback_answers.get(query))
    assert len(await running.db.dropins.questions(coalition_id, CALL.date())) == 1


def test_amsterdam_zone_is_known() -> None:
    assert ZoneInfo("Europe/Amsterdam").utcoffset(CALL.replace(tzinfo=None)) == timedelta(hours=1)


async def test_setup_refuses_other_coalitions_and_past_dates(
    running: RunningBot, fake: FakeTelegram
) -> None:
    coalition_id = await coalition_with_dropin(running)
    other = await running.db.coalitions.add(
        slug="heumen", name="Heumen", municipalities=["Heumen"], timezone="Europe/Amsterdam"
    )
    coordinator = await join(running, fake, coalition_id, "Coby")
    await running.db.members.set_role(coalition_id, coordinator.id, "coordinator")
    stranger = await join(running, fake, other.id, "Hein")
    await running.db.members.set_role(other.id, stranger.id, "coordinator")

    # Heumen's coordinator only gets Heumen (no schedule yet: the questions start) …
    assert "Op welke dag" in (await fake.ask(stranger, "/inloop_instellen")).text
    await fake.ask(stranger, "/annuleren")
    # … and a forged coalition button for Noord-Limburg changes nothing.
    menu = await fake.ask(stranger, "/inloop_instellen")
    query = await fake.press_button(stranger, menu, f"ds:c:{coalition_id}")
    answer = await fake.wait_until(lambda: fake.callback_answers.get(query))
    assert "werkt niet meer" in answer["text"]
    schedule = await running.db.dropins.get(coalition_id)
    assert schedule is not None and schedule.active

    # A skip button for a date that has started by the time it is pressed.
    menu = await fake.ask(coordinator, "/inloop_instellen")
    dates = await fake.tap_and_wait(coordinator, menu, "overslaan")
    running.clock.moment = CALL + timedelta(minutes=1)
    assert "al begonnen" in (await fake.tap_and_wait(coordinator, dates, "di 3 nov")).text
    assert await running.db.dropins.changes(coalition_id, since=CALL.date()) == {}


async def test_changing_keeps_what_the_coordinator_does_not_retype(
    running: RunningBot, fake: FakeTelegram
) -> None:
    coalition_id = await coalition_with_dropin(running)
    coordinator, group = await coordinator_with_group(running, fake, coalition_id)
    # /inloop in the linked group shows the call with the reminder buttons.
    shown = await fake.ask(coordinator, "/inloop", chat=group)
    assert "Inloop NML" in shown.text and shown.button("Ik doe mee (0)")

    menu = await fake.ask(coordinator, "/inloop_instellen")
    weekday = await fake.tap_and_wait(coordinator, menu, "Wijzigen")
    start = await fake.tap_and_wait(coordinator, weekday, "Zo laten: dinsdag")
    assert start.button("Zo laten: 12:30")
    duration = await fake.ask(coordinator, "13:00")  # the one thing that changes
    link = await fake.tap_and_wait(coordinator, duration, "Zo laten: 60 min")
    title = await fake.tap_and_wait(coordinator, link, "Zo laten")
    reminders = await fake.tap_and_wait(coordinator, title, "Zo laten: Inloop NML")
    confirm = await fake.tap_and_wait(coordinator, reminders, "24 uur en 15 minuten")
    assert "dinsdag om 13:00" in confirm.text and "Inloop NML" in confirm.text
    saved = await fake.tap_and_wait(coordinator, confirm, "Opslaan")
    assert "13:00–14:00" in saved.text
    schedule = await running.db.dropins.get(coalition_id)
    assert schedule is not None and schedule.start == time(13, 0) and schedule.link == LINK


async def test_a_group_is_unlinked_only_when_telegram_says_it_is_gone(
    running: RunningBot, fake: FakeTelegram
) -> None:
    """One rule for a failed delivery (handlers/core/delivery.py): a 400 about the message itself
    fails that reminder and keeps the group; "bot was kicked" unlinks it."""
    coalition_id = await coalition_with_dropin(running)
    _, group = await coordinator_with_group(running, fake, coalition_id)
    fake.fail_next[group.id] = (400, "Bad Request: message is too long")
    report = await running.at(DAY_BEFORE)
    assert report.failed == 1 and reminders_in(fake, group.id) == []
    assert await running.db.groups.get(group.id) is not None  # our fault: the link stays

    fake.fail_next[group.id] = (403, "Forbidden: bot was kicked from the group chat")
    report = await running.at(QUARTER_BEFORE)
    assert report.failed == 1 and reminders_in(fake, group.id) == []
    assert await running.db.groups.get(group.id) is None  # gone: unlinked


def test_what_a_failed_send_means() -> None:
    from datetime import timedelta

    from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TimedOut

    from handlers.core.delivery import group_is_gone, is_unreachable, safe_to_retry, wait_seconds

    too_long = BadRequest("Message is too long")
    kicked = Forbidden("Forbidden: bot was kicked from the group chat")
    missing = BadRequest("Chat not found")
    assert not is_unreachable(too_long) and not group_is_gone(too_long)
    assert is_unreachable(kicked) and group_is_gone(kicked)
    assert is_unreachable(missing) and group_is_gone(missing)
    assert not group_is_gone(BadRequest("Not enough rights to send text messages to the chat"))
    assert wait_seconds(RetryAfter(timedelta(seconds=7))) == 7
    assert wait_seconds(RetryAfter(3)) == 3
    assert not safe_to_retry(TimedOut())  # may have gone out: never risk a double
    import aiohttp

    never_left = NetworkError("aiohttp.ClientConnectorError: Cannot connect")
    never_left.__cause__ = aiohttp.ClientConnectorError.__new__(aiohttp.ClientConnectorError)
    assert safe_to_retry(never_left)
    broke = NetworkError("aiohttp.ServerDisconnectedError: Server disconnected")
    assert not safe_to_retry(broke)
    assert safe_to_retry(NetworkError("Bad Gateway"))  # Telegram's 5xx: it did not run it
