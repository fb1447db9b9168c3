"""Announcements at scale: 10,000 recipients, the bot as its own process (`python -m bot`)
against the fake Bot API; the coordinator writes, previews and confirms through Telegram.

Run 1: the default send rate (25/s) with the fake's flood limits on (30/s overall, 1/s per
chat, 20/min per group): messages per second, 429s provoked, the bot's peak memory (VmHWM).
Run 2: SEND_RATE=1000 (Telegram's paid-broadcast ceiling) with the limits off: where the bot
itself tops out. Run: python -m benchmarks.broadcast [--recipients N]
"""

import argparse
import asyncio
import tempfile
import time
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


async def one_run(recipients: int, send_rate: int, limits: bool) -> dict[str, float]:
    fake = FakeTelegram()
    fake.rate_limits = limits
    await fake.start()
    coordinator = User(COORDINATOR, "Coby")
    fake.chats[coordinator.id] = coordinator.chat
    add_users(fake, FIRST_MEMBER, recipients)
    with tempfile.TemporaryDirectory() as workdir:
        database = Path(workdir) / "bot.sqlite3"
        await prepare_coalition(database, recipients)
        process = await spawn(fake, database, env={"SEND_RATE": str(send_rate)})
        try:
            await polling(fake)
            calls_before = len(fake.calls)
            confirm = await confirm_announcement(fake, coordinator, "De e-learning staat online!")
            await fake.wait_until(lambda: "Bezorgd:" in confirm.text and "van" in confirm.text,
                                  within=3600)  # fmt: skip
            memory = memory_mib(process.pid, "VmHWM")
        finally:
            await stop(process)
            await fake.stop()
    sends = [c for c in fake.calls[calls_before:]
             if c.method == "sendmessage" and int(c.params["chat_id"]) >= FIRST_MEMBER]  # fmt: skip
    delivered = [c for c in sends if c.error is None]
    flooded = sum(1 for c in sends if c.error is not None and c.error.code == 429)
    span = max(c.at for c in delivered) - min(c.at for c in delivered)
    return {"delivered": len(delivered), "rate": (len(delivered) - 1) / span,
            "flooded": flooded, "memory": memory, "seconds": span}  # fmt: skip


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--recipients", type=int, default=10_000)
    args = parser.parse_args()
    for label, rate, limits in (("send rate 25/s, flood limits on", 25, True),
                                ("send rate 1000/s, limits off", 1000, False)):  # fmt: skip
        started = time.monotonic()
        result = await one_run(args.recipients, rate, limits)
        print(f"{label}: {result['delivered']:.0f} delivered in {result['seconds']:.1f} s,"
              f" {result['rate']:.1f} messages/s ({100 * result['rate'] / rate:.1f}% of the"
              f" rate), 429s: {result['flooded']:.0f}, bot peak RSS {result['memory']:.0f} MiB"
              f" (run took {time.monotonic() - started:.0f} s)")  # fmt: skip


if __name__ == "__main__":
    asyncio.run(main())
