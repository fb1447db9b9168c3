"""Announcements at scale: 10,000 recipients, the bot as its own process (`python -m bot`)
against the fake Bot API; the coordinator writes, previews and confirms through Telegram.

Run 1: the default send rate (25/s) with the fake's flood limits on (30/s overall, 1/s per
chat, 20/min per group): messages per second, 429s provoked, the bot's peak memory (VmHWM).
Run 2: SEND_RATE=1000 (Telegram's paid-broadcast ceiling) with the limits off: where the bot
itself tops out. Run: python -m benchmarks.broadcast [--recipients N]
"""

import argparse
import asyncio
import os
import sys
import tempfile
import time
from pathlib import Path

from storage.db import Database
from tests.fake_telegram import FakeTelegram, Sent, User
from tests.harness import FakeClock

ROOT = Path(__file__).resolve().parents[1]
COORDINATOR = 4242
FIRST_MEMBER = 1_000_000


def peak_rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmHWM")


async def prepare(database: Path, recipients: int) -> None:
    db = await Database.open(database, FakeClock())
    try:
        coalition = await db.coalitions.add(slug="regio", name="Regio", municipalities=[],
                                            timezone="Europe/Amsterdam")  # fmt: skip
        async with db.transaction() as conn:
            rows = [(FIRST_MEMBER + n, f"Lid {n}") for n in range(recipients)]
            await conn.executemany(
                "INSERT INTO people (user_id, first_name, language_code, first_seen_at,"
                " last_seen_at) VALUES (?, ?, 'nl', '2026-11-01', '2026-11-01')", rows
            )  # fmt: skip
            await conn.executemany(
                "INSERT INTO members (coalition_id, user_id, role, joined_at)"
                " VALUES (?, ?, 'member', '2026-11-01')",
                [(coalition.id, user_id) for user_id, _ in rows],
            )
            await conn.execute(
                "INSERT INTO members (coalition_id, user_id, role, joined_at)"
                " VALUES (?, ?, 'coordinator', '2026-11-01')",
                (coalition.id, COORDINATOR),
            )
    finally:
        await db.close()


async def one_run(recipients: int, send_rate: int, limits: bool) -> dict[str, float]:
    fake = FakeTelegram()
    fake.rate_limits = limits
    await fake.start()
    coordinator = User(COORDINATOR, "Coby")
    fake.chats[coordinator.id] = coordinator.chat
    for n in range(recipients):
        fake.chats[FIRST_MEMBER + n] = User(FIRST_MEMBER + n, f"Lid {n}").chat
    with tempfile.TemporaryDirectory() as workdir:
        database = Path(workdir) / "bot.sqlite3"
        await prepare(database, recipients)
        environ = dict(os.environ, PYTHONPATH=str(ROOT), BOT_TOKEN=fake.token,
                       BOT_API_URL=fake.url, DATABASE_PATH=str(database),
                       SEND_RATE=str(send_rate))  # fmt: skip
        process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", cwd=workdir, env=environ,
            stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.DEVNULL,
        )  # fmt: skip
        try:
            await fake.wait_until(lambda: any(c.method == "getupdates" for c in fake.calls), 60)
            await fake.ask(coordinator, "/omroep", within=30)
            audience = await fake.ask(coordinator, "De e-learning staat online!", within=30)
            before = len(fake.messages_to(coordinator.id))
            await fake.tap(coordinator, audience, "Iedereen")

            def confirmation() -> Sent | None:
                found = [m for m in fake.messages_to(coordinator.id)[before:]
                         if m.buttons() and "om:ok" in m.buttons()[0]["callback_data"]]  # fmt: skip
                return found[0] if found else None

            confirm: Sent = await fake.wait_until(confirmation, within=60)
            calls_before = len(fake.calls)
            await fake.tap(coordinator, confirm, "📣")
            await fake.wait_until(lambda: "Bezorgd:" in confirm.text and "van" in confirm.text,
                                  within=3600)  # fmt: skip
            memory = peak_rss_mib(process.pid)
        finally:
            process.terminate()
            await process.wait()
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
