"""End to end: feedback after a drop-in and for a one-off event, through the real Application,
the fake Bot API and a controlled clock; reports, exports, and what must never be stored."""

import asyncio
import csv
import io
import logging
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.fake_telegram import FakeTelegram, Sent, User
from tests.harness import RunningBot
from tests.kit.directory import join
from tests.kit.dropin import CALL, DAY_BEFORE, coalition_with_dropin, coordinator_with_group
from tests.kit.feedback import rsvp_member_asked

PNG = b"\x89PNG\r\n\x1a\n"


async def test_dropin_feedback_reaches_the_report(
    running: RunningBot, fake: FakeTelegram, caplog: pytest.LogCaptureFixture, database_path: Path
) -> None:
    coordinator, member, question = await rsvp_member_asked(running, fake)
    await fake.tap(member, question, "4")
    await fake.wait_until(lambda: "Je gaf een 4" in question.text)
    await fake.tap(member, question, "5")  # changes their mind: the last one counts
    await fake.wait_until(lambda: "Je gaf een 5" in question.text)

    # At the level the bot runs at (INFO; PTB's own DEBUG log would print whole updates).
    with caplog.at_level(logging.INFO):
        refused = await fake.ask(member, "Cliënt 111222333 kwam ook langs")
        assert "burgerservicenummer" in refused.text
        assert "te lang" in (await fake.ask(member, "x" * 501)).text
        assert "geen woorden" in (await fake.ask(member, "👍👍👍")).text
    assert "111222333" not in caplog.text
    thanks = await fake.ask(member, "Leerzaam, vooral de warme overdracht")
    assert "Dank je wel" in thanks.text

    before = len(fake.messages_to(coordinator.id))
    await fake.send_text(coordinator, "/rapport")
    await fake.wait_until(lambda: len(fake.messages_to(coordinator.id)) > before)
    report = fake.messages_to(coordinator.id)[before]
    assert "Feedback van Noord-Limburg" in report.text
    assert "1 antwoorden (100% van 1 aanmeldingen), gemiddeld 5,0" in report.text
    # No distribution and no comments below three answers: they could point to the writer.
    assert "te weinig antwoorden om de verdeling en de opmerkingen" in report.text
    assert "Leerzaam, vooral de warme overdracht" not in report.text

    # The CSV holds the answer and no user ids; the trend is a PNG.
    export = await fake.tap_and_wait(coordinator, report, "CSV")
    assert export.document is not None
    rows = list(csv.reader(io.StringIO(export.document.decode("utf-8-sig")), delimiter=";"))
    assert rows[0] == ["session", "kind", "title", "date", "rating", "comment", "answered_at"]
    assert rows[1][1:6] == [
        "dropin",
        "Inloop NML",
        "2026-11-03",
        "5",
        "Leerzaam, vooral de warme overdracht",
    ]
    assert str(member.id) not in export.document.decode()
    trend = await fake.tap_and_wait(coordinator, report, "Trend")
    assert trend.method == "sendphoto" and (trend.document or b"").startswith(PNG)

    # Nowhere in the database: the refused comment, nor the member's user id with an answer.
    await running.db.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert b"111222333" not in await asyncio.to_thread(database_path.read_bytes)
    rows_db = await running.db.connection.execute_fetchall(
        "SELECT respondent, rating, comment FROM feedback_responses"
    )
    assert [(r[1], r[2]) for r in rows_db] == [(5, "Leerzaam, vooral de warme overdracht")]
    assert all(str(member.id) not in str(r[0]) for r in rows_db)

    # After the round closes, an old button only says so.
    await running.at(CALL + timedelta(days=8))
    query = await fake.press_button(member, question, question.button("3")["callback_data"])
    answer = await fake.wait_until(lambda: fake.callback_answers.get(query))
    assert "gesloten" in answer["text"]
    (response,) = await running.db.feedback.responses(1)
    assert response.rating == 5


async def test_event_link_answered_by_a_non_member(running: RunningBot, fake: FakeTelegram) -> None:
    coalition = await running.db.coalitions.add(
        slug="nml", name="Noord-Limburg", municipalities=["Venlo"], timezone="Europe/Amsterdam"
    )
    coordinator = await join(running, fake, coalition.id, "Coby")
    await running.db.members.set_role(coalition.id, coordinator.id, "coordinator")
    member = await join(running, fake, coalition.id, "Mo")
    assert "Alleen coördinatoren" in (await fake.ask(member, "/evenement")).text

    await fake.ask(coordinator, "/evenement")
    await fake.ask(coordinator, "Regiodag Kansrijke Start")
    assert "begrijp ik niet" in (await fake.ask(coordinator, "31-02-2026")).text
    created = await fake.ask(coordinator, "vandaag")
    assert "staat open tot maandag 9 november" in created.text
    link = next(w for w in created.text.split() if w.startswith("https://t.me/"))
    position = fake.messages_to(coordinator.id).index(created)
    qr = await fake.next_message(coordinator.id, after=position + 1)
    assert qr.method == "sendphoto" and (qr.document or b"").startswith(PNG)

    visitor = fake.user("Gast")  # not a member of any coalition
    question = await fake.ask(visitor, "/start " + link.split("start=")[1])
    assert "Regiodag Kansrijke Start" in question.text
    await fake.tap(visitor, question, "3")
    await fake.wait_until(lambda: "Je gaf een 3" in question.text)
    await fake.tap(visitor, question, "Overslaan")
    await fake.wait_until(lambda: "Dank je wel" in question.text)
    assert "ken ik niet" in (await fake.ask(visitor, "/start fb_bestaatniet")).text

    session = await running.db.feedback.by_code(link.split("fb_")[1])
    assert session is not None
    (response,) = await running.db.feedback.responses(session.id)
    assert (response.rating, response.comment) == (3, None)


async def test_forged_buttons_and_other_coalitions_reports_are_refused(
    running: RunningBot, fake: FakeTelegram
) -> None:
    _, member, question = await rsvp_member_asked(running, fake)
    other = await running.db.coalitions.add(
        slug="heumen", name="Heumen", municipalities=["Heumen"], timezone="Europe/Amsterdam"
    )
    stranger = await join(running, fake, other.id, "Hein")
    await running.db.members.set_role(other.id, stranger.id, "coordinator")

    for forged in ("fb:1:9", "fb:1:0", "fb:99:4", "fb:x:4"):
        query = await fake.press_button(member, question, forged)
        answer = await fake.wait_until(lambda: fake.callback_answers.get(query))  # noqa: B023
        assert "werkt niet meer" in answer["text"], forged
    assert await running.db.feedback.responses(1) == []

    assert "Alleen coördinatoren" in (await fake.ask(member, "/rapport")).text
    report = await fake.ask(stranger, "/rapport")
    assert "Heumen" in report.text and "Noord-Limburg" not in report.text
    query = await fake.press_button(stranger, report, "rp:c:1")  # Noord-Limburg's CSV
    answer = await fake.wait_until(lambda: fake.callback_answers.get(query))
    assert "Alleen coördinatoren" in answer["text"]
    assert not [m for m in fake.messages_to(stranger.id) if m.method == "senddocument"]


async def test_feedback_command_offers_the_newest_open_round(
    running: RunningBot, fake: FakeTelegram
) -> None:
    _, member, _ = await rsvp_member_asked(running, fake)
    offered = await fake.ask(member, "/feedback")
    assert "Inloop NML" in offered.text and offered.button("5")
    assert "3 november" in offered.text
    await running.at(CALL + timedelta(days=8))  # next week's call has ended: its round is newer
    assert "10 november" in (await fake.ask(member, "/feedback")).text
    assert "geen feedbackronde" in (await fake.ask(fake.user("Buiten"), "/feedback")).text


async def test_one_reminder_reaches_exactly_who_has_not_answered(
    running: RunningBot, fake: FakeTelegram
) -> None:
    coalition_id = await coalition_with_dropin(running)
    coordinator, group = await coordinator_with_group(running, fake, coalition_id)
    mo = await join(running, fake, coalition_id, "Mo")
    ann = fake.user("Ann", language_code="en")
    invite = await running.db.invites.create(
        coalition_id, role="member", max_uses=1, valid_for=timedelta(days=1), created_by=None
    )
    await fake.ask(ann, f"/start join_{invite.code}")
    bo = await join(running, fake, coalition_id, "Bo")
    await running.at(DAY_BEFORE)
    (reminder,) = [m for m in fake.messages_to(group.id) if "is morgen" in m.text]
    for member in (mo, ann, bo):
        await fake.tap(member, reminder, "Ik doe mee")
    await fake.wait_until(lambda: "(3)" in str(reminder.reply_markup))
    await running.at(CALL + timedelta(hours=1, minutes=1))  # asked after the call (13:30)
    (to_mo,) = [m for m in fake.messages_to(mo.id) if "Hoe waardevol" in m.text]
    await fake.tap(mo, to_mo, "4")
    await fake.wait_until(lambda: "Je gaf een 4" in to_mo.text)

    def reminders_to(user: User) -> list[Sent]:
        return [m for m in fake.messages_to(user.id) if m.text.startswith("🔔")]

    next_morning = datetime(2026, 11, 4, 8, 0, tzinfo=UTC)  # 09:00 in Amsterdam
    await running.at(next_morning - timedelta(minutes=1))
    assert not any(reminders_to(u) for u in (mo, ann, bo))
    await running.at(next_morning)
    await running.at(next_morning + timedelta(minutes=5))
    await running.at(next_morning + timedelta(days=1))
    assert reminders_to(mo) == [] and len(reminders_to(ann)) == 1 and len(reminders_to(bo)) == 1
    assert "One more thing" in reminders_to(ann)[0].text  # in their own language
    assert "Nog even dit" in reminders_to(bo)[0].text and "Inloop NML" in reminders_to(bo)[0].text
    assert not [m for m in fake.messages_to(group.id) if m.text.startswith("🔔")]

    (to_bo,) = reminders_to(bo)
    await fake.tap(bo, to_bo, "5")
    await fake.wait_until(lambda: "Je gaf een 5" in to_bo.text)
    report = (await fake.ask(coordinator, "/rapport")).text
    assert "2 antwoorden (67% van 3 aanmeldingen)" in report
    assert "Na de herinnering: 33% → 67% geantwoord" in report
    # Still no user id stored next to an answer.
    rows = await running.db.connection.execute_fetchall("SELECT * FROM feedback_responses")
    assert all(str(u.id) not in " ".join(map(str, tuple(r))) for r in rows for u in (mo, bo))
