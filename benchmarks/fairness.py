"""No one waits for anyone else: what 20 members who each ask one lookup see while others
flood the bot. The bot runs as its own process (`python -m bot`, default settings) against
the fake Bot API with Telegram's flood limits on.

Baseline, in the same run: the same 20 members ask once while nothing else happens.
Then, at once:
- an announcement to all 1,000+ members is being sent (bulk lane, SEND_RATE 25/s);
- one member sends 40 lookups in a burst;
- 40 strangers each send 50 odd updates at once (/start, chatter, /zoek, unknown commands,
  taps on buttons with made-up data);
- a linked group gets 30 commands in 30 seconds (Telegram allows 20 messages a minute);
- the 20 members each ask one lookup, spread over the first 15 seconds.
Prints the members' wait (their message → the bot's reply reaching the Bot API) p50, p95 and
max against the baseline, what the flooder and the strangers got, the 429s Telegram (the
fake) answered, the messages the bot gave up on, and the announcement's rate meanwhile.
Run: python -m benchmarks.fairness
"""

import argparse
import asyncio
import random
import statistics
import tempfile
import time
from pathlib import Path

from benchmarks.spawn import (
    COORDINATOR,
    FIRST_MEMBER,
    add_users,
    confirm_announcement,
    polling,
    prepare_coalition,
    spawn,
    stop,
)
from storage.db import Database
from tests.fake_telegram import Call, FakeTelegram, Sent, User
from tests.harness import FakeClock

AUDIENCE = 1_000
ANNOUNCEMENT = "Nieuw: de e-learning Kansrijke Start staat online."
ASKERS = 20
STRANGERS = 40
STRANGER_UPDATES = 50
FLOOD_BURST = 40
GROUP_COMMANDS = 30
STRANGER_FIRST = 5_000_000
QUERIES = ["vk venlo", "jgz", "wijkteam", "kraamzorg venlo", "huisarts", "schuldhulp"]


def replies_to(fake: FakeTelegram, chat_id: int, after: float = 0.0) -> list[Call]:
    """Messages the bot got through to a chat after a moment, announcements left out."""
    return [
        c
        for c in fake.calls
        if c.method == "sendmessage"
        and c.error is None
        and c.at >= after
        and c.params.get("chat_id") == str(chat_id)
        and ANNOUNCEMENT not in str(c.params.get("text", ""))
    ]


def announcements(fake: FakeTelegram) -> list[float]:
    """When each delivery of the announcement reached the Bot API."""
    return sorted(
        c.at
        for c in fake.calls
        if c.method == "sendmessage"
        and c.error is None
        and ANNOUNCEMENT in str(c.params.get("text", ""))
    )


async def ask_all(fake: FakeTelegram, askers: list[User], moments: list[float]) -> list[float]:
    """Each asker sends one lookup at its moment; returns the waits for the replies."""
    started = time.monotonic()
    asked: dict[int, float] = {}
    rng = random.Random(7)
    for user, moment in sorted(zip(askers, moments, strict=True), key=lambda p: p[1]):
        await asyncio.sleep(max(0.0, started + moment - time.monotonic()))
        asked[user.id] = time.monotonic()
        await fake.send_text(user, f"/zoek {rng.choice(QUERIES)}")
    await fake.wait_until(
        lambda: all(replies_to(fake, u.id, asked[u.id]) for u in askers), within=120
    )
    return [replies_to(fake, u.id, asked[u.id])[0].at - asked[u.id] for u in askers]


async def flood_by_strangers(fake: FakeTelegram, strangers: list[User]) -> None:
    for user in strangers:
        bogus = Sent("sendmessage", user.id, 900_000 + user.id % 1000, "oud", "oud", {})
        fake.sent.append(bogus)
        for n in range(STRANGER_UPDATES):
            kind = n % 5
            if kind == 4:
                await fake.press_button(user, bogus, f"zz:{n}:{'x' * (n % 30)}")
            else:
                text = ("/start", "hallo, wie ben jij?", "/zoek verloskundige", "/onbekend")[kind]
                await fake.send_text(user, text)


async def busy_group(fake: FakeTelegram, group_members: list[User], group_id: int) -> None:
    chat = fake.chats[group_id]
    for n in range(GROUP_COMMANDS):
        await fake.send_text(group_members[n % len(group_members)], "/help", chat=chat)
        await asyncio.sleep(1.0)


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def describe(label: str, waits: list[float]) -> str:
    p50, p95, top = statistics.median(waits), percentile(waits, 0.95), max(waits)
    return f"{label}: p50 {1000 * p50:.0f} ms, p95 {1000 * p95:.0f} ms, max {1000 * top:.0f} ms"


async def run(log_path: Path) -> None:
    fake = FakeTelegram()
    await fake.start()
    members = add_users(fake, FIRST_MEMBER, AUDIENCE + ASKERS + 1)
    askers, flooder = members[AUDIENCE : AUDIENCE + ASKERS], members[-1]
    strangers = add_users(fake, STRANGER_FIRST, STRANGERS, "Vreemde")
    coordinator = User(COORDINATOR, "Coby")
    fake.chats[coordinator.id] = coordinator.chat
    group = fake.group("Kansrijke Start Regio", admins=[coordinator])
    with tempfile.TemporaryDirectory() as workdir:
        database = Path(workdir) / "bot.sqlite3"
        coalition_id = await prepare_coalition(database, len(members), directory=500)
        db = await Database.open(database, FakeClock())
        await db.groups.link(group.id, coalition_id, "Kansrijke Start Regio", COORDINATOR)
        await db.close()
        process = await spawn(fake, database, log=log_path)
        try:
            await polling(fake)
            quiet = await ask_all(fake, askers, [0.2 * n for n in range(ASKERS)])

            confirm = await confirm_announcement(fake, coordinator, ANNOUNCEMENT)
            await fake.wait_until(lambda: len(announcements(fake)) >= 50, within=60)
            load_started = time.monotonic()
            for _ in range(FLOOD_BURST):
                await fake.send_text(flooder, f"/zoek {random.choice(QUERIES)}")
            await flood_by_strangers(fake, strangers)
            group_task = asyncio.create_task(busy_group(fake, members[:5], group.id))
            moments = [random.Random(n).uniform(0, 15) for n in range(ASKERS)]
            loaded = await ask_all(fake, askers, moments)
            await group_task
            await fake.wait_until(
                lambda: len(replies_to(fake, group.id)) >= GROUP_COMMANDS, within=120
            )
            await fake.wait_until(
                lambda: "Bezorgd:" in confirm.text and "van" in confirm.text, within=300
            )
            await asyncio.sleep(2)  # the last flood notices and replies
        finally:
            await stop(process)
            await fake.stop()
    report(fake, quiet, loaded, flooder, strangers, group.id, load_started, log_path)


def report(
    fake: FakeTelegram,
    quiet: list[float],
    loaded: list[float],
    flooder: User,
    strangers: list[User],
    group_id: int,
    load_started: float,
    log_path: Path,
) -> None:
    print(describe(f"{ASKERS} members, one lookup each, bot otherwise idle", quiet))
    print(describe(f"{ASKERS} members, one lookup each, during the floods", loaded))
    print(f"ratio p95 loaded / idle: {percentile(loaded, 0.95) / percentile(quiet, 0.95):.1f}x")
    flooder_got = replies_to(fake, flooder.id, load_started)
    print(
        f"flooder: {FLOOD_BURST} lookups at once, {len(flooder_got)} messages back"
        f" (limit {20} replies + 1 notice)"
    )
    per_stranger = [len(replies_to(fake, s.id)) for s in strangers]
    notices = sum(
        1
        for s in strangers
        for c in replies_to(fake, s.id)
        if "rustig aan" in str(c.params.get("text", ""))
    )
    print(
        f"strangers: {STRANGERS} x {STRANGER_UPDATES} updates, messages back per stranger"
        f" min {min(per_stranger)} max {max(per_stranger)}, flood notices {notices}"
    )
    group_calls = replies_to(fake, group_id)
    print(
        f"group: {GROUP_COMMANDS} commands in {GROUP_COMMANDS} s, {len(group_calls)} replies,"
        f" last {group_calls[-1].at - group_calls[0].at:.0f} s after the first,"
        f" 429s for the group {len(fake.flood_refusals(group_id))}"
    )
    refused = fake.flood_refusals()
    gave_up = sum(1 for line in log_path.read_text().splitlines() if "not sent:" in line)
    print(f"429 answers from the fake: {len(refused)}; messages the bot gave up on: {gave_up}")
    deliveries = announcements(fake)
    during = [t for t in deliveries if load_started <= t < load_started + 20]
    overall = (len(deliveries) - 1) / (deliveries[-1] - deliveries[0])
    print(
        f"announcement: {len(deliveries)} delivered, {len(during) / 20:.1f}/s in the first"
        f" 20 s of the floods, {overall:.1f}/s overall (SEND_RATE 25)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--log",
        type=lambda p: Path(p).resolve(),
        default=Path("fairness-bot.log").resolve(),
        help="where the bot's log goes",
    )
    args = parser.parse_args()
    asyncio.run(run(args.log))


if __name__ == "__main__":
    main()
