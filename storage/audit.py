"""The audit trail: every change a coordinator makes, with who, what and when. Written inside
the transaction of the change itself (record()), so a change is never kept without its line;
read newest first for the dashboard; purged after RETENTION_AUDIT_DAYS (operations.py)."""

from dataclasses import dataclass
from datetime import datetime

import aiosqlite

from rules.clock import from_iso
from storage.connection import SharedConnection


@dataclass(frozen=True)
class AuditEntry:
    id: int
    coalition_id: int
    actor_id: int | None  # None: the command line, or a person who asked to be forgotten
    action: str  # approve, reject, hide, show, checked, edit, import, schedule, ...
    subject: str  # what it was about, as it was called then
    detail: str  # per action: the fields changed, an import's counts, a reason
    partner_id: int | None
    actor_name: str | None  # as the bot last saw them; None for the command line or forgotten
    at: datetime


async def record(
    conn: aiosqlite.Connection,
    coalition_id: int,
    actor_id: int | None,
    action: str,
    now: str,
    *,
    subject: str = "",
    detail: str = "",
    partner_id: int | None = None,
) -> None:
    """One line, inside the caller's transaction."""
    await conn.execute(
        "INSERT INTO audit_log (coalition_id, actor_id, action, subject, detail, partner_id, at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        (coalition_id, actor_id, action, subject[:200], detail[:500], partner_id, now),
    )


class AuditRepository:
    def __init__(self, db: SharedConnection) -> None:
        self._db = db

    async def recent(
        self, coalition_ids: tuple[int, ...], limit: int, before_id: int | None = None
    ) -> list[AuditEntry]:
        """Newest first; before_id pages further back."""
        if not coalition_ids:
            return []
        marks = ",".join("?" * len(coalition_ids))
        older = " AND a.id < ?" if before_id is not None else ""
        extra = (before_id,) if before_id is not None else ()
        rows = await self._db.connection.execute_fetchall(
            "SELECT a.id, a.coalition_id, a.actor_id, a.action, a.subject, a.detail,"
            " a.partner_id, a.at, p.first_name FROM audit_log a"
            " LEFT JOIN people p ON p.user_id = a.actor_id"
            f" WHERE a.coalition_id IN ({marks}){older} ORDER BY a.id DESC LIMIT ?",
            (*coalition_ids, *extra, limit),
        )
        return [
            AuditEntry(
                id=int(r[0]),
                coalition_id=int(r[1]),
                actor_id=r[2],
                action=str(r[3]),
                subject=str(r[4]),
                detail=str(r[5]),
                partner_id=r[6],
                actor_name=r[8],
                at=from_iso(str(r[7])),
            )
            for r in rows
        ]
