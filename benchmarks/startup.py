"""Start-up time and idle memory of `python -m bot` against the fake Bot API.

Prints, over several runs: time from process start to the first getUpdates call, and the
resident memory (VmRSS) of the idle bot a few seconds later. Run: python -m benchmarks.startup
"""

import argparse
import asyncio
import statistics
import tempfile
import time
from pathlib import Path

from benchmarks.spawn import memory_mib, polling, spawn, stop
from tests.fake_telegram import FakeTelegram


async def one_run(idle_seconds: float) -> tuple[float, float]:
    fake = FakeTelegram()
    await fake.start()
    with tempfile.TemporaryDirectory() as workdir:
        started = time.perf_counter()
        process = await spawn(fake, Path(workdir) / "bot.sqlite3")
        try:
            await polling(fake)
            to_polling = time.perf_counter() - started
            await asyncio.sleep(idle_seconds)  # let it settle into idle long polling
            memory = memory_mib(process.pid)
        finally:
            await stop(process)
            await fake.stop()
    return to_polling, memory


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--idle", type=float, default=3.0)
    args = parser.parse_args()
    results = [await one_run(args.idle) for _ in range(args.runs)]
    times = [r[0] * 1000 for r in results]
    memories = [r[1] for r in results]
    print(f"runs: {args.runs}")
    print(
        f"process start -> first getUpdates: median {statistics.median(times):.0f} ms "
        f"(min {min(times):.0f}, max {max(times):.0f})"
    )
    print(f"idle RSS after {args.idle:.0f} s: median {statistics.median(memories):.1f} MiB")


if __name__ == "__main__":
    asyncio.run(main())
