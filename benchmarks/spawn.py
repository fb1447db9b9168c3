"""What the benchmarks share: a bot as its own process against the fake Bot API, its memory,
and a coalition with members (and optionally a directory) written straight into a database."""

import os
import random
from dataclasses import replace
from pathlib import Path

from benchmarks.search import listings
from storage.db import Database
from tests.harness import FakeClock
from tests.kit.process import (
    COORDINATOR,
    FIRST_MEMBER,
    ROOT,
    add_users,
    confirm_announcement,
    members_in,
    polling,
    spawn,
    stop,
)

__all__ = [
    "COORDINATOR",
    "FIRST_MEMBER",
    "ROOT",
    "add_users",
    "confirm_announcement",
    "cpu_seconds",
    "memory_mib",
    "polling",
    "prepare_coalition",
    "spawn",
    "stop",
]


def cpu_seconds(pid: int) -> float:
    """User and system CPU time the process has used so far: on a shared machine a steadier
    measure of cost than the time on the clock."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def memory_mib(pid: int, field: str = "VmRSS") -> float:
    """VmRSS (now) or VmHWM (peak) of a process."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(f"{field}:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError(f"no {field}")


async def prepare_coalition(
    database: Path, members: int, *, directory: int = 0, first_member: int = FIRST_MEMBER
) -> int:
    """A coalition "regio" with `members` members from `first_member` on, a coordinator
    (COORDINATOR) and `directory` listings in Venlo; returns the coalition id."""
    db = await Database.open(database, FakeClock())
    try:
        coalition = await db.coalitions.add(
            slug="regio", name="Regio", municipalities=["Venlo"], timezone="Europe/Amsterdam"
        )
        await members_in(db, coalition.id, members, first_member)
        if directory:
            made = listings(directory, random.Random(11))
            half_in_venlo = [replace(r, municipality="Venlo") for r in made[: directory // 2]]
            directory_rows = half_in_venlo + made[directory // 2 :]
            await db.partner_import.import_rows(coalition.id, directory_rows, added_by=None)
        return coalition.id
    finally:
        await db.close()
