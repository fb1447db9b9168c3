"""Faults on the way to Telegram (issue 15): the fake answers slowly, with 502s, or runs a
method and then drops the connection. The bot never sends a message twice because of its
own retries, retries what surely did not arrive, and keeps running."""

import asyncio
import json
from pathlib import Path

import aiosqlite

from rules.sending import retry_is_safe
from tests.fake_telegram import FakeTelegram, Faults
from tests.harness import FakeClock, RunningBot, start_bot
from tests.kit.announcements import coalition_with_members, received, write_announcement


def test_which_failures_may_be_sent_again() -> None:
    assert retry_is_safe("network", "Bad Gateway", None)  # Telegram answered 502: not run
    assert retry_is_safe("network", "httpx.ConnectError: refused", "ConnectError")
    assert retry_is_safe("timeout", "Timed out", "ConnectTimeout")
    assert retry_is_safe("timeout", "Pool timeout: ... Request was *not* sent to Telegram.", None)
    assert not retry_is_safe("network", "httpx.RemoteProtocolError: closed", "RemoteProtocolError")
    assert not retry_is_safe("network", "httpx.ReadError: reset", "ReadError")
    assert not retry_is_safe("timeout", "Timed out", "ReadTimeout")
    # The names aiohttp gives the same cases (bot/aiohttp_request.py).
    assert retry_is_safe("network", "aiohttp.ClientConnectorError: refused", "ClientConnectorError")
    assert retry_is_safe("timeout", "Timed out", "ConnectionTimeoutError")
    assert retry_is_safe("timeout", "Pool timeout: ... *not* sent to Telegram.", "PoolTimeout")
    assert not retry_is_safe(
        "network", "aiohttp.ServerDisconnectedError: gone", "ServerDisconnectedError"
    )
    assert not retry_is_safe("network", "aiohttp.ClientPayloadError: cut", "ClientPayloadError")
    assert not retry_is_safe("timeout", "Timed out", "SocketTimeoutError")


async def test_an_announcement_through_502s_and_dropped_connections_reaches_nobody_twice(
    running: RunningBot, fake: FakeTelegram
) -> None:
    _, coordinator, members = await coalition_with_members(running, fake, 40)
    confirm = await write_announcement(fake, coordinator)
    fake.faults = Faults(error_rate=0.2, drop_rate=0.2, latency=0.01)
    await fake.tap(coordinator, confirm, "Versturen")
    ids = {str(m.id) for m in members}
    await fake.wait_until(lambda: any(c.params.get("chat_id") in ids for c in fake.calls))
    async with asyncio.timeout(60):
        await running.services.announcements.wait(1)
    found = await running.db.announcements.get(1)
    assert found is not None and found.status == "done"
    fake.faults = Faults()
    counts = received(fake, members)
    assert max(counts.values()) == 1, "a member got the announcement twice"
    assert fake.injected["502"] > 0 and fake.injected["dropped"] > 0
    stored = await running.db.announcements.counts(1)
    assert stored.pending == 0
    # What was refused with a 502 was sent again and arrived; what was dropped after Telegram
    # ran it arrived but is marked failed (the bot cannot know), and was not sent again.
    assert sum(counts.values()) >= stored.sent
    assert stored.sent + stored.failed == 40


async def test_an_update_received_before_a_kill_is_handled_once_after_the_restart(
    fake: FakeTelegram, database_path: Path
) -> None:
    first = await start_bot(fake, database_path, clock=FakeClock())
    user = fake.user("Kim")
    assert "Hoi Kim" in (await fake.ask(user, "/start")).text
    await first.idle()
    stored = await first.db.connection.execute_fetchall(
        "SELECT update_id, handled_at IS NOT NULL FROM update_inbox"
    )
    assert [tuple(r)[1] for r in stored] == [1]  # received, kept, handled
    await first.stop()
    # As a kill -9 leaves it: the bot had received the update (in the inbox) and confirmed it
    # to Telegram, but not handled it; and Telegram sends one more update again.
    update = fake.forged_update(user, "/help")
    update["message"]["entities"] = [{"type": "bot_command", "offset": 0, "length": 5}]
    async with aiosqlite.connect(database_path) as connection:
        await connection.execute(
            "INSERT INTO update_inbox (update_id, body, received_at) VALUES (?, ?, 'x')",
            (update["update_id"], json.dumps(update)),
        )
        await connection.commit()
    before = len(fake.messages_to(user.id))
    fake._updates.append(update)  # Telegram's own redelivery of the same update

    second = await start_bot(fake, database_path, clock=FakeClock())
    try:
        await second.idle()
        await fake.wait_until(lambda: len(fake.messages_to(user.id)) > before)
        await second.idle()
        replies = fake.messages_to(user.id)[before:]
        assert len(replies) == 1 and "Wat kan deze bot?" in replies[0].text
        assert not await second.db.inbox.unhandled()
    finally:
        await second.stop()


async def test_timed_out_sends_are_not_sent_again(running: RunningBot, fake: FakeTelegram) -> None:
    """Telegram ran the method but answered after the bot stopped waiting (PTB's 5 s read
    time-out): the bot cannot know, so it marks the delivery failed instead of risking a
    double."""
    _, coordinator, members = await coalition_with_members(running, fake, 6)
    confirm = await write_announcement(fake, coordinator)
    fake.faults = Faults(
        timeout_rate=0.5, timeout_seconds=6, seed=3, only=frozenset({"sendmessage"})
    )
    await fake.tap(coordinator, confirm, "Versturen")
    ids = {str(m.id) for m in members}
    await fake.wait_until(lambda: any(c.params.get("chat_id") in ids for c in fake.calls), 40)
    async with asyncio.timeout(50):
        await running.services.announcements.wait(1)
    fake.faults = Faults()
    assert fake.injected["timeout"] > 0
    counts = received(fake, members)
    assert max(counts.values()) == 1
    stored = await running.db.announcements.counts(1)
    assert stored.sent + stored.failed == 6 and stored.failed >= 1
