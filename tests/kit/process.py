"""The test kit: the bot as its own process (`python -m bot`) against the fake Bot API, as
people run it, and what tests and benchmarks do with it: users the fake knows, a coalition's
members written straight into the database, an announcement confirmed in Telegram."""

import asyncio
import contextlib
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from storage.db import Database
from tests.fake_telegram import FakeTelegram, Sent, User

ROOT = Path(__file__).resolve().parents[2]
COORDINATOR = 4242
FIRST_MEMBER = 1_000_000


async def spawn(
    fake: FakeTelegram,
    database: Path,
    *,
    module: Sequence[str] = ("bot",),
    env: dict[str, str] | None = None,
    python: Sequence[str] = (),
    log: Path | None = None,
) -> asyncio.subprocess.Process:
    """`python [python…] -m module…` in the database's folder, talking to `fake`; its log
    (stderr) goes to `log`, or nowhere."""
    environ = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "BOT_TOKEN": fake.token,
        "BOT_API_URL": fake.url,
        "DATABASE_PATH": str(database),
        **(env or {}),
    }
    with contextlib.ExitStack() as files:
        stderr = files.enter_context(log.open("wb")) if log else asyncio.subprocess.DEVNULL
        return await asyncio.create_subprocess_exec(
            sys.executable,
            *python,
            "-m",
            *module,
            cwd=database.parent,
            env=environ,
            stdout=asyncio.subprocess.DEVNULL,
            stderr=stderr,
        )


async def polling(fake: FakeTelegram, within: float = 60) -> None:
    """Until the spawned bot asks for updates."""
    await fake.wait_until(lambda: any(c.method == "getupdates" for c in fake.calls), within)


async def stop(process: asyncio.subprocess.Process) -> None:
    """SIGTERM, as `docker stop` sends: the bot finishes what it has in hand."""
    if process.returncode is None:
        process.terminate()
    await process.wait()


async def members_in(
    db: Database, coalition_id: int, members: int, first_member: int = FIRST_MEMBER
) -> None:
    """`members` members from `first_member` on, and the coordinator COORDINATOR."""
    async with db.transaction() as conn:
        rows = [(first_member + n, f"Lid {n}") for n in range(members)]
        rows.append((COORDINATOR, "Coby"))
        await conn.executemany(
            "INSERT INTO people (user_id, first_name, language_code, first_seen_at,"
            " last_seen_at) VALUES (?, ?, 'nl', '2026-11-01', '2026-11-01')",
            rows,
        )
        await conn.executemany(
            "INSERT INTO members (coalition_id, user_id, role, joined_at)"
            " VALUES (?, ?, ?, '2026-11-01')",
            [
                (coalition_id, user_id, "coordinator" if user_id == COORDINATOR else "member")
                for user_id, _ in rows
            ],
        )


def add_users(fake: FakeTelegram, first: int, count: int, name: str = "Lid") -> list[User]:
    """Users the fake knows (so the bot may write to them) with ids first, first + 1, …"""
    users = [User(first + n, f"{name} {n}") for n in range(count)]
    for user in users:
        fake.chats[user.id] = user.chat
    return users


async def confirm_announcement(fake: FakeTelegram, coordinator: User, text: str) -> Sent:
    """The coordinator writes an announcement to everyone (not to linked groups) and confirms
    it; returns the confirmation message (which then shows the progress and the report)."""
    await fake.ask(coordinator, "/omroep", within=30)
    audience = await fake.ask(coordinator, text, within=30)
    before = len(fake.messages_to(coordinator.id))
    await fake.tap(coordinator, audience, "Iedereen")

    def asking(prefix: str) -> Sent | None:
        found = [
            m
            for m in fake.messages_to(coordinator.id)[before:]
            if m.buttons() and m.buttons()[0]["callback_data"].startswith(prefix)
        ]
        return found[-1] if found else None

    step: Sent = await fake.wait_until(lambda: asking("om:ok") or asking("og:"), within=60)
    if step.buttons()[0]["callback_data"].startswith("og:"):  # there are linked groups
        await fake.press_button(coordinator, step, "og:0")
        step = await fake.wait_until(lambda: asking("om:ok"), within=60)
    await fake.tap(coordinator, step, "📣")
    return step
