"""Announcements at scale: 10,000 recipients, the bot as its own process (`python -m bot`)
against the fake Bot API; the coordinator writes, previews and confirms through Telegram.

Run 1: the default send rate (25/s) with the fake's flood limits on (30/s overall, 1/s per
chat, 20/min per group): messages per second, 429s provoked, the bot's peak memory (VmHWM).
Run 2: the same while members use the bot normally: 20 of them ask a lookup in turn, two a
second in all; prints the announcement's rate and the lookups' wait (p50, p95, max).
Run 4: as run 2, and the bot is killed (SIGKILL) halfway and started again at once: 429s
(Telegram counts the last second of the killed run with the first of the new one), chats
that got it twice (only deliveries in flight at the kill can), the rate over the whole run.
Run 3: SEND_RATE=1000 (Telegram's paid-broadcast ceiling) with the limits off: where the bot
itself tops out, beside a bare python-telegram-bot bot (`python -m benchmarks.bots broadcast`)
sending the same text to the same chats, as many at once, on the same fake.
Run: python -m benchmarks.broadcast [--recipients N] [--runs 1,2,3,4]
"""

import argparse
import asyncio
import tempfile
import time
from collections import Counter
from pathlib import Path

from benchmarks.spawn import (
    COORDINATOR,
    FIRST_MEMBER,
    add_users,
    confirm_announcement,
    memory_mib,
    polling,
    prepare_coalition,
    spawn,
    stop,
)
from tests.fake_telegram import FakeTelegram, User

TEXT = "De e-learning staat online!"
ASKERS = 20


async def normal_use(
    fake: FakeTelegram,
    askers: list[User],
    waits: list[float],
    done: asyncio.Event,
    bulk_text: str = TEXT,
) -> None:
    """Two lookups a second, each asker in turn, until `done`; their waits go to `waits`
    (a message holding `bulk_text` is the bulk send, not the answer)."""
    pending: dict[int, float] = {}
    turn = 0
    while not done.is_set():
        user = askers[turn % len(askers)]
        turn += 1
        if user.id not in pending:
            pending[user.id] = time.monotonic()
            await fake.send_text(user, "/zoek vk venlo")
        await asyncio.sleep(0.5)
        for chat_id, asked in list(pending.items()):
            replies = [
                c.at
                for c in fake.calls
                if c.method == "sendmessage"
                and c.error is None
                and c.at >= asked
                and c.params.get("chat_id") == str(chat_id)
                and bulk_text not in str(c.params.get("text"))
            ]
            if replies:
                waits.append(replies[0] - asked)
                del pending[chat_id]


async def one_run(
    recipients: int, send_rate: int, limits: bool, with_use: bool = False, restart: bool = False
) -> dict[str, float]:
    fake = FakeTelegram()
    fake.rate_limits = limits
    await fake.start()
    coordinator = User(COORDINATOR, "Coby")
    fake.chats[coordinator.id] = coordinator.chat
    members = add_users(fake, FIRST_MEMBER, recipients)
    waits: list[float] = []
    done = asyncio.Event()
    with tempfile.TemporaryDirectory() as workdir:
        database = Path(workdir) / "bot.sqlite3"
        await prepare_coalition(database, recipients, directory=300 if with_use else 0)
        process = await spawn(fake, database, env={"SEND_RATE": str(send_rate)})
        try:
            await polling(fake)
            calls_before = len(fake.calls)
            confirm = await confirm_announcement(fake, coordinator, TEXT)
            use = asyncio.create_task(normal_use(fake, members[:ASKERS], waits, done))
            if not with_use:
                done.set()
            if restart:  # kill -9 halfway, and start again at once
                half = recipients // 2
                await fake.wait_until(
                    lambda: deliveries_done(fake, calls_before, half), within=3600
                )
                process.kill()
                await process.wait()
                process = await spawn(fake, database, env={"SEND_RATE": str(send_rate)})
            await fake.wait_until(
                lambda: "Bezorgd:" in confirm.text and "van" in confirm.text, within=3600
            )
            done.set()
            await use
            memory = memory_mib(process.pid, "VmHWM")
        finally:
            await stop(process)
            await fake.stop()
    waits.sort()
    lookups = {
        "lookups": len(waits),
        "p50": waits[len(waits) // 2] if waits else 0.0,
        "p95": waits[int(0.95 * (len(waits) - 1))] if waits else 0.0,
        "max": waits[-1] if waits else 0.0,
    }
    refused = len(fake.flood_refusals())  # any 429, the lookups' replies included
    return {**deliveries(fake, calls_before), "memory": memory, "refused": refused, **lookups}


def deliveries(fake: FakeTelegram, calls_before: int) -> dict[str, float]:
    """The announcement's messages to members since `calls_before`: how many arrived, at
    what rate, how many were refused with a 429."""
    sends = [
        c
        for c in fake.calls[calls_before:]
        if c.method == "sendmessage"
        and int(c.params["chat_id"]) >= FIRST_MEMBER
        and TEXT in str(c.params.get("text"))
    ]
    delivered = [c for c in sends if c.error is None]
    flooded = sum(1 for c in sends if c.error is not None and c.error.code == 429)
    span = max(c.at for c in delivered) - min(c.at for c in delivered)
    chats = Counter(c.params["chat_id"] for c in delivered)
    return {
        "delivered": len(delivered),
        "rate": (len(delivered) - 1) / span,
        "flooded": flooded,
        "seconds": span,
        "doubled": sum(1 for n in chats.values() if n > 1),
    }


async def bare_run(recipients: int, send_rate: int) -> dict[str, float]:
    """The same announcement sent by a bare python-telegram-bot bot, limits off."""
    fake = FakeTelegram()
    fake.rate_limits = False
    await fake.start()
    coordinator = User(COORDINATOR, "Coby")
    fake.chats[coordinator.id] = coordinator.chat
    add_users(fake, FIRST_MEMBER, recipients)
    with tempfile.TemporaryDirectory() as workdir:
        process = await spawn(
            fake,
            Path(workdir) / "unused.sqlite3",
            module=("benchmarks.bots", "broadcast"),
            env={"SEND_RATE": str(send_rate)},
        )
        try:
            await polling(fake)
            calls_before = len(fake.calls)
            await fake.send_text(coordinator, f"/send {recipients} {FIRST_MEMBER} {TEXT}")
            await fake.wait_until(
                lambda: deliveries_done(fake, calls_before, recipients), within=3600
            )
        finally:
            await stop(process)
            await fake.stop()
    return deliveries(fake, calls_before)


def deliveries_done(fake: FakeTelegram, calls_before: int, recipients: int) -> bool:
    return (
        sum(
            1
            for c in fake.calls[calls_before:]
            if c.method == "sendmessage" and c.error is None and TEXT in str(c.params.get("text"))
        )
        >= recipients
    )


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--recipients", type=int, default=10_000)
    parser.add_argument("--runs", default="1,2,3,4", help="which runs, e.g. 3 or 1,4")
    args = parser.parse_args()
    runs = (
        ("send rate 25/s, flood limits on", 25, True, False),
        ("send rate 25/s, flood limits on, members looking up meanwhile", 25, True, True),
        ("send rate 1000/s, limits off", 1000, False, False),
        ("send rate 25/s, limits on, lookups, kill -9 halfway and restart", 25, True, True),
    )
    chosen = {int(number) for number in args.runs.split(",")}
    for number, (label, rate, limits, with_use) in enumerate(runs, start=1):
        if number not in chosen:
            continue
        started = time.monotonic()
        result = await one_run(args.recipients, rate, limits, with_use, restart=number == 4)
        print(
            f"{label}: {result['delivered']:.0f} delivered in {result['seconds']:.1f} s,"
            f" {result['rate']:.1f} messages/s ({100 * result['rate'] / rate:.1f}% of the"
            f" rate), 429s: {result['flooded']:.0f} ({result['refused']:.0f} in all), chats"
            f" that got it twice:"
            f" {result['doubled']:.0f}, bot peak RSS {result['memory']:.0f} MiB"
            f" (run took {time.monotonic() - started:.0f} s)"
        )
        if with_use:
            print(
                f"  {result['lookups']:.0f} lookups meanwhile, wait p50"
                f" {1000 * result['p50']:.0f} ms, p95 {1000 * result['p95']:.0f} ms,"
                f" max {1000 * result['max']:.0f} ms"
            )
        if not limits:
            bare = await bare_run(args.recipients, rate)
            print(
                f"  bare python-telegram-bot bot, same chats: {bare['rate']:.1f} messages/s;"
                f" ratio ours / bare: {result['rate'] / bare['rate']:.2f}x"
            )


if __name__ == "__main__":
    asyncio.run(main())
