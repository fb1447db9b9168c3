"""A network question to 5,000 members, the bot as its own process (`python -m bot`) against
the fake Bot API with its flood limits on (30/s overall, 1/s per chat) and SEND_RATE 25: the
asker writes, chooses "everyone" and sends through Telegram, while 20 members look up in turn
(two lookups a second). Prints the delivery rate (share of SEND_RATE), 429s, chats that got it
twice, the lookups' wait (p50, p95, max), and the bot's peak memory; then, as the baseline in
the same run, an announcement to the same 5,000 (benchmarks.broadcast's run 2).

Run: python -m benchmarks.network_questions [--recipients 5000] [--no-baseline]
"""

import argparse
import asyncio
import tempfile
import time
from collections import Counter
from pathlib import Path

from benchmarks.broadcast import ASKERS, normal_use, one_run
from benchmarks.spawn import (
    COORDINATOR,
    FIRST_MEMBER,
    add_users,
    memory_mib,
    polling,
    prepare_coalition,
    spawn,
    stop,
)
from tests.fake_telegram import FakeTelegram, User

QUESTION = "Wie heeft ervaring met praten over schulden tijdens de zwangerschap?"
SEND_RATE = 25


async def ask_everyone(fake: FakeTelegram, asker: User) -> None:
    """/netwerkvraag, the question, "Iedereen", "Versturen"."""
    await fake.ask(asker, "/netwerkvraag", within=30)
    choices = await fake.ask(asker, QUESTION, within=30)
    await fake.tap(asker, choices, "Iedereen")
    await fake.wait_until(lambda: choices.edits == 1, within=30)
    await fake.tap(asker, choices, "Versturen")


def delivered(fake: FakeTelegram, calls_before: int) -> list[float]:
    return [
        c.at
        for c in fake.calls[calls_before:]
        if c.method == "sendmessage"
        and c.error is None
        and int(c.params["chat_id"]) >= FIRST_MEMBER
        and QUESTION in str(c.params.get("text"))
    ]


async def question_run(recipients: int) -> dict[str, float]:
    fake = FakeTelegram()
    fake.rate_limits = True
    await fake.start()
    asker = User(COORDINATOR, "Coby")
    fake.chats[asker.id] = asker.chat
    members = add_users(fake, FIRST_MEMBER, recipients)
    waits: list[float] = []
    done = asyncio.Event()
    with tempfile.TemporaryDirectory() as workdir:
        database = Path(workdir) / "bot.sqlite3"
        await prepare_coalition(database, recipients, directory=300)
        process = await spawn(fake, database, env={"SEND_RATE": str(SEND_RATE)})
        try:
            await polling(fake)
            calls_before = len(fake.calls)
            await ask_everyone(fake, asker)
            use = asyncio.create_task(
                normal_use(fake, members[:ASKERS], waits, done, bulk_text=QUESTION)
            )
            await fake.wait_until(
                lambda: len(delivered(fake, calls_before)) >= recipients, within=3600
            )
            done.set()
            await use
            memory = memory_mib(process.pid, "VmHWM")
        finally:
            await stop(process)
            await fake.stop()
    times = delivered(fake, calls_before)
    sends = [
        c
        for c in fake.calls[calls_before:]
        if c.method == "sendmessage" and QUESTION in str(c.params.get("text"))
    ]
    chats = Counter(c.params["chat_id"] for c in sends if c.error is None)
    waits.sort()
    return {
        "delivered": len(times),
        "seconds": max(times) - min(times),
        "rate": (len(times) - 1) / (max(times) - min(times)),
        "flooded": sum(1 for c in sends if c.error is not None and c.error.code == 429),
        "doubled": sum(1 for n in chats.values() if n > 1),
        "memory": memory,
        "lookups": len(waits),
        "p50": waits[len(waits) // 2] if waits else 0.0,
        "p95": waits[int(0.95 * (len(waits) - 1))] if waits else 0.0,
        "max": waits[-1] if waits else 0.0,
    }


def line(label: str, result: dict[str, float]) -> str:
    return (
        f"{label}: {result['delivered']:.0f} delivered in {result['seconds']:.1f} s,"
        f" {result['rate']:.1f} messages/s ({100 * result['rate'] / SEND_RATE:.1f}% of"
        f" SEND_RATE), 429s: {result['flooded']:.0f}, twice: {result['doubled']:.0f},"
        f" peak RSS {result['memory']:.0f} MiB; {result['lookups']:.0f} lookups meanwhile,"
        f" wait p50 {1000 * result['p50']:.0f} ms, p95 {1000 * result['p95']:.0f} ms,"
        f" max {1000 * result['max']:.0f} ms"
    )


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--recipients", type=int, default=5_000)
    parser.add_argument("--no-baseline", action="store_true")
    args = parser.parse_args()
    started = time.monotonic()
    question = await question_run(args.recipients)
    print(
        line("network question to everyone", question)
        + f" (run took {time.monotonic() - started:.0f} s)"
    )
    if not args.no_baseline:
        announcement = await one_run(args.recipients, SEND_RATE, True, with_use=True)
        print(line("baseline: an announcement to the same members", announcement))
        print(
            f"ratio question / announcement: rate {question['rate'] / announcement['rate']:.2f}x,"
            f" lookup p95 {question['p95'] / max(announcement['p95'], 1e-9):.2f}x"
        )


if __name__ == "__main__":
    asyncio.run(main())
