"""Drop-in reminders at scale: 1,000 coalitions, each with a drop-in and a linked group, all
reminders due in the same minute, sent through the fake Bot API with its rate limits on.

Prints the time from the due moment to the last reminder handed to the Bot API, the messages
per second against the configured send rate, and how many 429s were provoked.
Run: python -m benchmarks.reminders [--coalitions N]
"""

import argparse
import asyncio
import logging
import tempfile
import time
from datetime import UTC, datetime, timedelta
from datetime import time as clock_time
from pathlib import Path

from rules.config import DEFAULT_SEND_RATE
from rules.dropin import Schedule
from tests.fake_telegram import FakeTelegram
from tests.harness import FakeClock, start_bot

CALL = datetime(2026, 11, 3, 11, 30, tzinfo=UTC)  # Tuesday 12:30 Amsterdam
DUE = CALL - timedelta(hours=24)


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--coalitions", type=int, default=1000)
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    fake = FakeTelegram()
    await fake.start()
    with tempfile.TemporaryDirectory() as workdir:
        clock = FakeClock(DUE - timedelta(hours=1))
        bot = await start_bot(fake, Path(workdir) / "bot.sqlite3", clock=clock)
        try:
            for n in range(args.coalitions):
                coalition = await bot.db.coalitions.add(
                    slug=f"c{n}",
                    name=f"Coalitie {n}",
                    municipalities=[],
                    timezone="Europe/Amsterdam",
                )
                schedule = Schedule(
                    weekday=1,
                    start=clock_time(12, 30),
                    duration_minutes=60,
                    timezone="Europe/Amsterdam",
                    title=f"Inloop {n}",
                    link=f"https://meet.jit.si/coalitie-{n}",
                )
                await bot.db.dropins.save(coalition.id, schedule)
                group = fake.group(f"Groep {n}")
                await bot.db.groups.link(group.id, coalition.id, group.title or "", 1)
            calls_before = len(fake.calls)
            started = time.monotonic()
            report = await bot.at(DUE)
            sends = [c for c in fake.calls[calls_before:] if c.method == "sendmessage"]
            delivered = [c for c in sends if c.error is None]
            refused = [c for c in sends if c.error is not None and c.error.code == 429]
            last = max(c.at for c in delivered) - started
            rate = (len(delivered) - 1) / (
                max(c.at for c in delivered) - min(c.at for c in delivered)
            )
        finally:
            await bot.stop()
            await fake.stop()
    print(f"coalitions: {args.coalitions}, reminders sent: {report.sent}, failed: {report.failed}")
    print(f"due → last reminder handed to the Bot API: {last:.1f} s")
    print(
        f"messages per second: {rate:.2f} (configured send rate {DEFAULT_SEND_RATE:.0f}/s,"
        f" {100 * rate / DEFAULT_SEND_RATE:.1f}%)"
    )
    print(f"429 responses provoked: {len(refused)}")


if __name__ == "__main__":
    asyncio.run(main())
