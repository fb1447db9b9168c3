"""Lookups per second: 1,000 `/zoek` from 50 members, sent at once, with the fake's flood
limits off. Measured for our bot (`python -m benchmarks.bots unlimited`: the real bot with
its per-chat limits off and SEND_RATE=1000) and, in the same run on the same fake, for a bare
python-telegram-bot echo bot (`python -m benchmarks.bots echo`) that answers the same
messages. Prints replies per second of each and the ratio, for `--rounds` rounds one after
the other (a shared machine's speed changes from minute to minute), the median ratio, and the
ratio of CPU time per reply (the bot process's own user + system time: steadier there).

`--profile FILE` runs our bot under cProfile and prints where its time goes.
Run: python -m benchmarks.throughput [--lookups N] [--members N] [--rounds N] [--profile FILE]
"""

import argparse
import asyncio
import pstats
import random
import statistics
import tempfile
from pathlib import Path

from benchmarks.spawn import (
    FIRST_MEMBER,
    add_users,
    cpu_seconds,
    polling,
    prepare_coalition,
    spawn,
    stop,
)
from tests.fake_telegram import FakeTelegram

QUERIES = [
    "vk venlo",
    "verloskundige",
    "jgz",
    "wijkteam venlo",
    "kraamzorg",
    "cb",
    "huisarts venlo",
    "schuldhulp",
    "consultatiebureau",
    "jeugdarts",
    "borstvoeding",
    "verloskndige venlo",
]


async def one_run(
    module: list[str], lookups: int, members: int, profile: Path | None, command: str | None
) -> tuple[float, int, float]:
    """Replies per second, replies counted and CPU seconds per reply, for the bot started as
    `module`."""
    fake = FakeTelegram()
    fake.rate_limits = False
    await fake.start()
    users = add_users(fake, FIRST_MEMBER, members)
    rng = random.Random(3)
    with tempfile.TemporaryDirectory() as workdir:
        database = Path(workdir) / "bot.sqlite3"
        await prepare_coalition(database, members, directory=2_000)
        python = ["-m", "cProfile", "-o", str(profile)] if profile else []
        process = await spawn(
            fake,
            database,
            module=module,
            python=python,
            env={"SEND_RATE": "1000", "FLOOD_LIMIT": "0"},
        )
        try:
            await polling(fake)
            cpu_before = cpu_seconds(process.pid)
            for n in range(lookups):
                text = command or f"/zoek {rng.choice(QUERIES)}"
                await fake.send_text(users[n % members], text)

            def replies() -> int:
                return sum(1 for s in fake.sent if s.chat_id >= FIRST_MEMBER)

            await fake.wait_until(lambda: replies() >= lookups, within=600)
            cpu = (cpu_seconds(process.pid) - cpu_before) / lookups
        finally:
            await stop(process)
            await fake.stop()
    moments = [c.at for c in fake.calls if c.method == "sendmessage" and c.error is None]
    first_update = min(c.at for c in fake.calls if c.method == "getupdates")
    rate = (len(moments) - 1) / (max(moments) - min(moments, default=first_update))
    return rate, len(moments), cpu


def show_profile(path: Path) -> None:
    print(f"\nwhere our bot's time goes (cProfile, {path}), top 25 by cumulative time:")
    pstats.Stats(str(path)).sort_stats("cumulative").print_stats(25)
    print("top 20 by own time:")
    pstats.Stats(str(path)).sort_stats("tottime").print_stats(20)


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--lookups", type=int, default=1_000)
    parser.add_argument("--members", type=int, default=50)
    parser.add_argument("--profile", type=lambda p: Path(p).resolve())
    parser.add_argument(
        "--command",
        help="send this text instead of varied /zoek lookups,"
        " e.g. /help to see the cost of everything but the search",
    )
    parser.add_argument(
        "--rounds",
        type=int,
        default=3,
        help="ours then echo, this many times; the median ratio counts",
    )
    args = parser.parse_args()
    what = args.command or "/zoek"
    ratios, cpu_ratios = [], []
    for number in range(1, args.rounds + 1):
        ours, ours_count, ours_cpu = await one_run(
            ["benchmarks.bots", "unlimited"], args.lookups, args.members, args.profile, args.command
        )
        echo, echo_count, echo_cpu = await one_run(
            ["benchmarks.bots", "echo"], args.lookups, args.members, None, args.command
        )
        ratios.append(ours / echo)
        cpu_ratios.append(echo_cpu / ours_cpu)
        print(
            f"round {number}: our bot, {what}: {ours:6.1f} replies/s ({ours_count} replies,"
            f" {1000 * ours_cpu:.2f} ms CPU each); bare PTB echo bot: {echo:6.1f} replies/s"
            f" ({echo_count}, {1000 * echo_cpu:.2f} ms CPU each);"
            f" ratio {ours / echo:.2f}x"
        )
    print(
        f"ratio ours / echo, median of {args.rounds} rounds: {statistics.median(ratios):.2f}x"
        f" (range {min(ratios):.2f}-{max(ratios):.2f}x); by CPU per reply (echo's / ours):"
        f" {statistics.median(cpu_ratios):.2f}x"
    )
    if args.profile:
        show_profile(args.profile)


if __name__ == "__main__":
    asyncio.run(main())
