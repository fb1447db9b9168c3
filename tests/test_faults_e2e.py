"""Faults on the way to Telegram (issue 15): the fake answers slowly, with 502s, or runs a
method and then drops the connection. The bot never sends a message twice because of its
own retries, retries what surely did not arrive, and keeps running."""

import asyncio

from rules.sending import retry_is_safe
from tests.fake_telegram import FakeTelegram, Faults
from tests.harness import RunningBot
from tests.test_announcements_e2e import (
    coalition_with_members,
    received,
    write_announcement,
)


def test_which_failures_may_be_sent_again() -> None:
    assert retry_is_safe("network", "Bad Gateway", None)  # Telegram answered 502: not run
    assert retry_is_safe("network", "httpx.ConnectError: refused", "ConnectError")
    assert retry_is_safe("timeout", "Timed out", "ConnectTimeout")
    assert retry_is_safe("timeout", "Pool timeout: ... Request was *not* sent to Telegram.", None)
    assert not retry_is_safe("network", "httpx.RemoteProtocolError: closed", "RemoteProtocolError")
    assert not retry_is_safe("network", "httpx.ReadError: reset", "ReadError")
    assert not retry_is_safe("timeout", "Timed out", "ReadTimeout")


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
