"""End to end: no one waits for anyone else. The real Application against the fake Bot API
with Telegram's limits on; the fake holds or refuses one chat's answers where a test needs a
chat to be slow. Checks read the order of what the bot sent, not clocks, except for lower
bounds (a wait that must at least last a window)."""

import asyncio
from dataclasses import replace
from datetime import time
from pathlib import Path

from bot.rate_limiter import TelegramRateLimiter
from bot.update_processor import ChatOrderedUpdateProcessor
from rules.partner_csv import MAX_FILE_BYTES, MAX_ROWS
from rules.sending import ChatLimits
from rules.texts import Texts
from tests.fake_telegram import FakeTelegram
from tests.harness import RunningBot, start_bot
from tests.kit.announcements import coalition_with_members, received, write_announcement
from tests.kit.directory import spreadsheet
from tests.kit.dropin import coalition_with_coordinator

HELP = "Wat kan deze bot?"
PRIVACY = "Ik bewaar alleen wat nodig is"


async def test_two_updates_of_one_chat_are_handled_in_order_when_the_first_waits(
    running: RunningBot, fake: FakeTelegram
) -> None:
    anna = fake.user("Anna")
    fake.delay_next[anna.id] = 1.0  # the answer to /help is slow; the one to /privacy not
    await fake.send_text(anna, "/help")
    await fake.send_text(anna, "/privacy")
    await fake.wait_until(lambda: len(fake.messages_to(anna.id)) >= 2)
    first, second = fake.messages_to(anna.id)[:2]
    assert HELP in first.text and PRIVACY in second.text


async def test_a_slow_chat_does_not_delay_another(running: RunningBot, fake: FakeTelegram) -> None:
    anna, bert = fake.user("Anna"), fake.user("Bert")
    fake.delay_next[anna.id] = 3.0
    await fake.send_text(anna, "/help")
    await fake.send_text(bert, "/help")
    reply = await fake.next_message(bert.id, after=0, within=2.5)
    assert HELP in reply.text
    assert fake.messages_to(anna.id) == []  # Anna's answer is still on its way
    assert HELP in (await fake.next_message(anna.id, after=0, within=5)).text


async def test_a_429_for_one_chat_does_not_delay_a_reply_to_another(
    running: RunningBot, fake: FakeTelegram
) -> None:
    anna, bert = fake.user("Anna"), fake.user("Bert")
    fake.refuse_next[anna.id] = 3  # Telegram asks the bot to wait 3 s with Anna's chat
    await fake.send_text(anna, "/help")
    await fake.wait_until(lambda: fake.flood_refusals(anna.id))
    await fake.send_text(bert, "/help")
    assert HELP in (await fake.next_message(bert.id, after=0, within=2)).text
    assert fake.messages_to(anna.id) == []
    # Anna's reply is sent again once her wait is over, once.
    assert HELP in (await fake.next_message(anna.id, after=0, within=6)).text
    await running.idle()
    assert len(fake.messages_to(anna.id)) == 1
    assert len(fake.flood_refusals()) == 1


async def test_a_full_group_waits_for_its_window_instead_of_drawing_a_429(
    fake: FakeTelegram, tmp_path: Path
) -> None:
    # Telegram's 20 a minute, shrunk to 5 in 2 s so the test is quick; the bot keeps a
    # slightly longer window, as it does for the real minute.
    fake.limits.group_per_window, fake.limits.group_window_seconds = 5, 2.0
    limits = ChatLimits(group_per_window=5, group_window_seconds=2.2)
    bot = await start_bot(fake, tmp_path / "bot.sqlite3", limits=limits)
    try:
        users = [fake.user(f"Lid {n}") for n in range(7)]
        group = fake.group("Coalitie NML", admins=users[:1])
        for user in users:
            await fake.send_text(user, "/help", chat=group)
        await fake.wait_until(lambda: len(fake.messages_to(group.id)) == 7, within=15)
        await bot.idle()
        assert fake.flood_refusals() == []
        sends = [c.at for c in fake.calls if c.method == "sendmessage" and c.error is None]
        assert len(sends) == 7
        assert sends[5] - sends[0] >= 2.0  # the sixth waited for the window
    finally:
        await bot.stop()


async def test_a_quiet_member_goes_before_the_tail_of_a_chat_with_200_queued(
    fake: FakeTelegram, tmp_path: Path
) -> None:
    # The busy chat's pace lifted (the bot's and the fake's), so only the handling of its
    # updates can hold anyone up.
    fake.rate_limits = False
    unpaced = replace(
        ChatLimits(),
        overall_per_second=10_000,
        overall_burst=10_000,
        private_per_second=10_000,
        private_burst=10_000,
    )
    bot = await start_bot(
        fake, tmp_path / "bot.sqlite3", limits=unpaced, environ={"FLOOD_LIMIT": "0"}
    )
    try:
        busy, quiet = fake.user("Bert"), fake.user("Quinten")
        for number in range(200):
            await fake.send_text(busy, f"/zoek {number}")
        await fake.send_text(quiet, "/help")  # the 201st update
        reply = await fake.next_message(quiet.id, after=0, within=30)
        await bot.idle(within=60)
        busy_replies = fake.messages_to(busy.id)
        assert len(busy_replies) == 200
        before = [m for m in fake.sent[: fake.sent.index(reply)] if m.chat_id == busy.id]
        assert len(before) < 100  # not behind the busy chat's tail (it came 201st)
        assert HELP in reply.text
    finally:
        await bot.stop()


async def test_the_flood_notice_comes_once_in_the_persons_language(
    fake: FakeTelegram, tmp_path: Path
) -> None:
    bot = await start_bot(fake, tmp_path / "bot.sqlite3", environ={"FLOOD_LIMIT": "5"})
    try:
        emma = fake.user("Emma", language_code="en")
        bert = fake.user("Bert")
        for _ in range(12):
            await fake.send_text(emma, "/help")
        await fake.send_text(bert, "/help")
        assert HELP in (await fake.next_message(bert.id, after=0)).text  # others go on
        await bot.idle(within=20)
        texts = [m.text for m in fake.messages_to(emma.id)]
        notice = Texts().get("en", "flood-notice")
        assert texts.count(notice) == 1 and len(texts) == 6
        assert all("What can this bot do?" in text for text in texts if text != notice)
        assert fake.flood_refusals() == []
        # What the rule dropped cost no write: only the 5 handled, the notice and Bert's
        # update are in the inbox, all marked handled.
        async with asyncio.timeout(5):  # the marks are written as the journal is free
            while True:
                stored = list(
                    await bot.db.connection.execute_fetchall("SELECT handled_at FROM update_inbox")
                )
                if all(row[0] is not None for row in stored):
                    break
                await asyncio.sleep(0.05)
        assert len(stored) == 7
    finally:
        await bot.stop()


async def test_a_conversation_typed_quickly_ends_in_the_right_state(
    running: RunningBot, fake: FakeTelegram
) -> None:
    coalition, coordinator = await coalition_with_coordinator(running, fake)
    before = len(fake.messages_to(coordinator.id))
    fake.delay_next[coordinator.id] = 1.0  # the first question is slow to arrive
    link = "https://us02web.zoom.us/j/8123456789"
    for text in ("/inloop_instellen", "woensdag", "9:15", "45", link, "Inloop NML", "1 dag"):
        await fake.send_text(coordinator, text)
    await fake.wait_until(lambda: len(fake.messages_to(coordinator.id)) >= before + 7, within=15)
    confirm = fake.messages_to(coordinator.id)[before + 6]
    assert "woensdag om 09:15" in confirm.text
    saved = await fake.tap_and_wait(coordinator, confirm, "Opslaan")
    assert "Opgeslagen" in saved.text
    schedule = await running.db.dropins.get(coalition.id)
    assert schedule is not None
    assert (schedule.weekday, schedule.start, schedule.duration_minutes) == (2, time(9, 15), 45)
    assert (schedule.title, schedule.link, schedule.reminder_minutes) == (
        "Inloop NML",
        link,
        (1440,),
    )


async def test_a_reply_goes_before_a_running_announcement(
    running: RunningBot, fake: FakeTelegram
) -> None:
    _, coordinator, members = await coalition_with_members(running, fake, 150)
    confirm = await write_announcement(fake, coordinator)
    await fake.tap(coordinator, confirm, "Versturen")
    await fake.wait_until(lambda: sum(received(fake, members).values()) >= 10, within=10)
    asker = fake.user("Vraagsteller")
    reply = await fake.ask(asker, "/help", within=3)
    assert HELP in reply.text
    # At 25 a second the announcement needs 6 s: the reply did not queue behind it.
    assert sum(received(fake, members).values()) < 120
    await fake.wait_until(lambda: "Aankondiging verstuurd" in confirm.text, within=20)
    assert set(received(fake, members).values()) == {1}
    assert fake.flood_refusals() == []


async def test_the_processor_and_the_rate_limiter_share_one_backlog(running: RunningBot) -> None:
    processor = running.application.update_processor
    limiter = running.application.bot.rate_limiter
    assert isinstance(processor, ChatOrderedUpdateProcessor)
    assert isinstance(limiter, TelegramRateLimiter)
    assert processor.backlog is limiter.backlog


async def test_a_member_is_answered_while_a_coordinator_uploads_a_large_csv(
    running: RunningBot, fake: FakeTelegram
) -> None:
    """Reading a large file takes seconds of CPU: it is the coordinator's time, not everyone's.
    The file has as many rows as the bot reads (20,000: a longer one is refused for its
    length before any row is checked); the member asks once the bot has fetched it, so while
    it is being read."""
    _, coordinator = await coalition_with_coordinator(running, fake)
    member = fake.user("Mia")
    content = spreadsheet(MAX_ROWS)
    assert len(content) <= MAX_FILE_BYTES  # a file the bot takes, and reads whole
    before = len(fake.sent)
    await fake.send_document(coordinator, "leden.csv", content)
    await fake.wait_until(lambda: fake.downloads, within=10)
    await fake.send_text(member, "/help")
    replies: list[int] = []

    def both_answered() -> bool:
        replies[:] = [m.chat_id for m in fake.sent[before:]]
        return member.id in replies and coordinator.id in replies

    await fake.wait_until(both_answered, within=60)
    assert replies[:2] == [member.id, coordinator.id], replies
    assert HELP in fake.messages_to(member.id)[0].text
    assert "20000 rijen" in fake.messages_to(coordinator.id)[-1].text.replace(".", "")
