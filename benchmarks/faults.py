"""Faults: 200 members at once join with an invite link, search the directory and answer an
event's feedback, while every request to the (fake) Bot API takes 200 ms and 5 % of them lose
their connection after Telegram ran them; halfway, the bot is killed with SIGKILL and started
again. The bot runs as its own process (`python -m bot`).

Baseline, in the same run: the same 200 members on a fresh database with no faults and no
kill. Prints, for both: how long until everyone was done, each member's messages against the
baseline (missing ones, doubles, and doubles that Telegram's own redelivery explains: the bot
was killed before it confirmed those updates), the database's rows and `PRAGMA
integrity_check`, and the bot's memory. Run: python -m benchmarks.faults [--members N]
"""

import argparse
import asyncio
import contextlib
import random
import sqlite3
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path

from benchmarks.spawn import add_users, memory_mib, polling, prepare_coalition, spawn, stop
from storage.db import Database
from tests.fake_telegram import FakeTelegram, Faults, Sent, User
from tests.harness import FakeClock

FIRST = 3_000_000
QUERIES = ["vk venlo", "jgz", "wijkteam", "kraamzorg venlo", "huisarts", "schuldhulp"]
STEP_WITHIN = 90.0


@dataclass
class Run:
    seconds: float = 0.0
    done: int = 0
    messages: dict[int, int] = field(default_factory=dict)  # member -> messages from the bot
    members: int = 0
    responses: int = 0
    integrity: str = ""
    memory: list[float] = field(default_factory=list)
    killed_at: float | None = None
    injected: dict[str, int] = field(default_factory=dict)
    redelivered_to: set[int] = field(default_factory=set)
    stuck: Counter[str] = field(default_factory=Counter)
    in_flight_of: set[int] = field(default_factory=set)  # members with an update in flight


async def prepare(database: Path) -> tuple[str, str]:
    """The coalition with a directory, an invite for everyone and an event's feedback round."""
    coalition_id = await prepare_coalition(database, 0, directory=500)
    db = await Database.open(database, FakeClock())
    try:
        year = timedelta(days=400)
        invite = await db.invites.create(
            coalition_id, role="member", max_uses=10_000, valid_for=year, created_by=None
        )
        now = db.clock.now()
        session = await db.feedback.create(
            coalition_id, "event", "Regiodag", now.date(), "Hoe was het?", now, now + year
        )
        return invite.code, session.code
    finally:
        await db.close()


async def member(fake: FakeTelegram, user: User, invite: str, event: str, query: str) -> str:
    """Join, search, open the event's question and tap a rating; the step it got stuck at,
    or "done"."""
    step = "join"
    try:
        await fake.ask(user, f"/start join_{invite}", within=STEP_WITHIN)
        step = "search"
        await fake.ask(user, f"/zoek {query}", within=STEP_WITHIN)
        step = "question"
        question: Sent = await fake.ask(user, f"/start fb_{event}", within=STEP_WITHIN)
        step = "rating"
        await fake.tap(user, question, "4")
        await fake.wait_until(lambda: "Je gaf een 4" in question.text, within=STEP_WITHIN)
        return "done"
    except TimeoutError:
        return step


async def run_once(folder: Path, members: int, faults: Faults | None, seed: int) -> Run:
    database = folder / "bot.sqlite3"
    invite, event = await prepare(database)
    fake = FakeTelegram()
    await fake.start()
    result = Run()
    try:
        users = add_users(fake, FIRST, members)
        process = await spawn(fake, database, log=folder / "bot.log")
        await polling(fake)
        if faults is not None:
            fake.faults = faults
        rng = random.Random(seed)
        started = time.monotonic()
        tasks = [
            asyncio.create_task(member(fake, u, invite, event, rng.choice(QUERIES))) for u in users
        ]
        sampler = asyncio.create_task(sample_memory(lambda: process.pid, result.memory))
        if faults is not None:  # kill -9 when about half the steps are done
            await fake.wait_until(lambda: taps(fake) >= members // 2, within=300)
            process.kill()
            await process.wait()
            result.killed_at = time.monotonic() - started
            result.in_flight_of = in_flight(database, fake)
            process = await spawn(fake, database, log=folder / "bot-after-kill.log")
        outcomes = await asyncio.gather(*tasks)
        result.seconds = time.monotonic() - started
        result.done = outcomes.count("done")
        result.stuck = Counter(o for o in outcomes if o != "done")
        await asyncio.sleep(2)  # anything still under way
        sampler.cancel()
        result.messages = {u.id: len(fake.messages_to(u.id)) for u in users}
        result.injected = dict(fake.injected)
        result.redelivered_to = {
            fake.pushed_by[u] for u, n in fake.delivered.items() if n > 1 and u in fake.pushed_by
        }
        await stop(process)
    finally:
        await fake.stop()
    connection = sqlite3.connect(database)
    try:
        result.members = connection.execute("SELECT COUNT(*) FROM members").fetchone()[0]
        result.responses = connection.execute("SELECT COUNT(*) FROM feedback_responses").fetchone()[
            0
        ]
        result.integrity = connection.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        connection.close()
    return result


def in_flight(database: Path, fake: FakeTelegram) -> set[int]:
    """The members whose updates the killed bot had received but not finished: the next start
    handles them (again, for those whose reply had gone out)."""
    connection = sqlite3.connect(database)
    try:
        rows = connection.execute(
            "SELECT update_id FROM update_inbox WHERE handled_at IS NULL"
        ).fetchall()
    finally:
        connection.close()
    return {fake.pushed_by[r[0]] for r in rows if r[0] in fake.pushed_by}


def taps(fake: FakeTelegram) -> int:
    return sum(1 for call in fake.calls if call.method == "answercallbackquery")


async def sample_memory(pid: Callable[[], int], into: list[float]) -> None:
    while True:
        with contextlib.suppress(OSError, RuntimeError):  # between kill and restart
            into.append(memory_mib(pid()))
        await asyncio.sleep(1)


def report(name: str, run: Run, baseline: Run) -> None:
    extra: Counter[str] = Counter()
    for user_id, count in run.messages.items():
        expected = baseline.messages.get(user_id, 0)
        if count < expected:
            extra["missing"] += expected - count
        elif count > expected:
            if user_id in run.in_flight_of:
                kind = "in flight"
            elif user_id in run.redelivered_to:
                kind = "redelivered"
            else:
                kind = "doubled"
            extra[kind] += count - expected
    memory = (
        f"{run.memory[0]:.0f} → {max(run.memory):.0f} → {run.memory[-1]:.0f} MiB"
        if (run.memory)
        else "-"
    )
    print(
        f"{name:26} {run.seconds:6.1f}s  done {run.done:3d}  members {run.members:3d}"
        f"  answers {run.responses:3d}  missing {extra['missing']:2d}"
        f"  doubled: unexplained {extra['doubled']:2d}, in flight at the kill"
        f" {extra['in flight']:2d}, Telegram resent {extra['redelivered']:2d}"
        f"  integrity {run.integrity}  memory {memory}"
    )


async def main_async(members: int, seed: int, keep: Path | None) -> None:
    with tempfile.TemporaryDirectory() as first, tempfile.TemporaryDirectory() as second:
        folders = (keep / "baseline", keep / "faults") if keep else (Path(first), Path(second))
        for folder in folders:
            folder.mkdir(parents=True, exist_ok=True)
        baseline = await run_once(folders[0], members, None, seed)
        faults = Faults(latency=0.2, drop_rate=0.05, seed=seed)
        faulty = await run_once(folders[1], members, faults, seed)
    # The baseline's users have the same ids: same FIRST and count.
    print(
        f"{members} members: join, /zoek, feedback; the fake answers every request after"
        f" 200 ms and drops 5 % of the connections after running the method"
    )
    report("baseline (no faults)", baseline, baseline)
    report("faults + kill -9 + restart", faulty, baseline)
    print(f"members who waited longer than {STEP_WITHIN:.0f} s for a step: {dict(faulty.stuck)}")
    print(
        f"injected: {faulty.injected}; killed after {faulty.killed_at or 0:.1f} s;"
        f" time with faults / baseline: {faulty.seconds / baseline.seconds:.1f}x"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--members", type=int, default=200)
    parser.add_argument("--seed", type=int, default=15)
    parser.add_argument("--keep", type=Path, help="keep databases and bot logs in this folder")
    arguments = parser.parse_args()
    asyncio.run(main_async(arguments.members, arguments.seed, arguments.keep))


if __name__ == "__main__":
    main()
