"""A restart in the middle of an announcement, with Telegram's limits on: the bot as people
run it (`python -m bot`, its own process), killed with SIGKILL while it delivers and started
again while members use it. Telegram counts what the killed run sent in its last second
together with what the new run sends in its first: the fake answers 429 beyond 30 in any
second, so a single one is a failure."""

from collections import Counter
from pathlib import Path

import pytest

from storage.db import Database
from tests.fake_telegram import FakeTelegram, User
from tests.harness import FakeClock
from tests.kit.process import (
    COORDINATOR,
    FIRST_MEMBER,
    add_users,
    confirm_announcement,
    members_in,
    polling,
    spawn,
    stop,
)

TEXT = "De e-learning staat online!"
MEMBERS = 300


def delivered(fake: FakeTelegram) -> Counter[int]:
    """The announcement per member (the coordinator's preview holds the text too)."""
    return Counter(s.chat_id for s in fake.sent if s.text == TEXT and s.chat_id != COORDINATOR)


@pytest.mark.timeout(180)
async def test_a_restart_in_the_middle_of_an_announcement_crosses_no_limit(
    tmp_path: Path, fake: FakeTelegram
) -> None:
    assert fake.rate_limits  # Telegram's limits, on
    members = add_users(fake, FIRST_MEMBER, MEMBERS)
    coordinator = User(COORDINATOR, "Coby")
    fake.chats[coordinator.id] = coordinator.chat
    database = tmp_path / "bot.sqlite3"
    db = await Database.open(database, FakeClock())
    try:
        coalition = await db.coalitions.add(
            slug="regio", name="Regio", municipalities=["Venlo"], timezone="Europe/Amsterdam"
        )
        await members_in(db, coalition.id, MEMBERS)
    finally:
        await db.close()
    env = {"SEND_RATE": "25"}
    first = await spawn(fake, database, env=env, log=tmp_path / "first.log")
    second = None
    try:
        await polling(fake)
        progress = await confirm_announcement(fake, coordinator, TEXT)
        await fake.wait_until(lambda: sum(delivered(fake).values()) >= 100, within=60)
        first.kill()  # SIGKILL: no goodbye, deliveries in flight
        await first.wait()
        second = await spawn(fake, database, env=env, log=tmp_path / "second.log")
        for member in members[:10]:  # people use the bot as it comes back
            await fake.send_text(member, "/zoek verloskundige")
        await fake.wait_until(lambda: f"Bezorgd: {MEMBERS} van" in progress.text, within=120)
        await fake.wait_until(  # and each of them got an answer
            lambda: all(any(s.text != TEXT for s in fake.messages_to(m.id)) for m in members[:10]),
            within=30,
        )
    finally:
        if first.returncode is None:
            first.kill()
        if second is not None:
            await stop(second)
    assert fake.flood_refusals() == []
    counts = delivered(fake)
    assert sorted(counts) == sorted(m.id for m in members)  # everyone
    twice = [chat for chat, count in counts.items() if count > 1]
    log = (tmp_path / "second.log").read_text()
    resent = [line for line in log.splitlines() if "sent again" in line]
    # Only a delivery the killed run had handed to Telegram but not yet marked can come
    # twice (the bot cannot know whether Telegram took it); the new run says how many.
    assert len(twice) <= sum(int(w) for line in resent for w in line.split() if w.isdigit()), (
        twice,
        resent,
    )
