"""Announcements as an outbox: a draft; on confirmation, in one transaction, a delivery row
per recipient; then each row is taken before sending and marked with Telegram's message id
(or why not) after. Rules in rules/announcements.py."""

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from rules.clock import from_iso, to_iso
from storage.audit import record
from storage.connection import SharedConnection

Status = Literal["draft", "sending", "stopped", "done"]
DeliveryStatus = Literal["pending", "sending", "sent", "unreachable", "failed", "stopped"]
_COLUMNS = (
    "id, created_by, coalition_ids, audience, with_groups, parts, media_kind, media_file_id,"
    " status, progress_chat_id, progress_message_id"
)


@dataclass(frozen=True)
class Announcement:
    id: int
    created_by: int
    coalition_ids: tuple[int, ...]
    audience: str
    with_groups: bool
    parts: tuple[str, ...]
    media_kind: str | None
    media_file_id: str | None
    status: Status
    progress_chat_id: int | None
    progress_message_id: int | None


@dataclass(frozen=True)
class Counts:
    pending: int = 0
    sent: int = 0
    unreachable: int = 0
    failed: int = 0
    stopped: int = 0

    @property
    def total(self) -> int:
        return self.pending + self.sent + self.unreachable + self.failed + self.stopped


def _announcement(row: tuple[object, ...]) -> Announcement:
    status: Status = row[8]  # type: ignore[assignment]
    return Announcement(
        id=int(str(row[0])),
        created_by=int(str(row[1])),
        coalition_ids=tuple(json.loads(str(row[2]))),
        audience=str(row[3]),
        with_groups=bool(row[4]),
        parts=tuple(json.loads(str(row[5]))),
        media_kind=str(row[6]) if row[6] is not None else None,
        media_file_id=str(row[7]) if row[7] is not None else None,
        status=status,
        progress_chat_id=int(str(row[9])) if row[9] is not None else None,
        progress_message_id=int(str(row[10])) if row[10] is not None else None,
    )


def _recipients_sql(
    coalition_ids: tuple[int, ...], audience: str, author: int
) -> tuple[str, list[object]]:
    """Members of the coalitions in the audience who can and want to get announcements; not
    the author, who has the preview already."""
    marks = ",".join("?" * len(coalition_ids))
    sql = (
        "SELECT DISTINCT m.user_id FROM members m LEFT JOIN people p ON p.user_id = m.user_id"
        f" WHERE m.coalition_id IN ({marks}) AND COALESCE(p.announcements_off, 0) = 0"
        " AND p.unreachable_since IS NULL AND m.user_id != ?"
    )
    args: list[object] = [*coalition_ids, author]
    if audience == "coordinators":
        sql += " AND m.role = 'coordinator'"
    elif audience.startswith(("role:", "place:")):
        column = "role_key" if audience.startswith("role:") else "municipality_key"
        sql += (
            " AND EXISTS (SELECT 1 FROM partners l WHERE l.user_id = m.user_id"
            f" AND l.coalition_id = m.coalition_id AND l.{column} = ?)"
        )
        args.append(audience.split(":", 1)[1])
    return sql + " ORDER BY m.user_id", args


class AnnouncementRepository:
    def __init__(self, db: SharedConnection) -> None:
        self._db = db

    async def draft(
        self,
        created_by: int,
        coalition_ids: tuple[int, ...],
        audience: str,
        with_groups: bool,
        parts: list[str],
        media_kind: str | None = None,
        media_file_id: str | None = None,
    ) -> Announcement:
        async with self._db.transaction() as conn:
            cursor = await conn.execute(
                "INSERT INTO announcements (created_by, coalition_ids, audience, with_groups,"
                " parts, media_kind, media_file_id, status, created_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, 'draft', ?)",
                (
                    created_by,
                    json.dumps(coalition_ids),
                    audience,
                    int(with_groups),
                    json.dumps(parts),
                    media_kind,
                    media_file_id,
                    to_iso(self._db.clock.now()),
                ),
            )
            announcement_id = int(cursor.lastrowid or 0)
        found = await self.get(announcement_id)
        assert found is not None
        return found

    async def get(self, announcement_id: int) -> Announcement | None:
        async with self._db.connection.execute(
            f"SELECT {_COLUMNS} FROM announcements WHERE id = ?", (announcement_id,)
        ) as cursor:
            row = await cursor.fetchone()
        return _announcement(tuple(row)) if row else None

    async def sending(self) -> list[Announcement]:
        rows = await self._db.connection.execute_fetchall(
            f"SELECT {_COLUMNS} FROM announcements WHERE status = 'sending' ORDER BY id"
        )
        return [_announcement(tuple(row)) for row in rows]

    async def recipients(
        self, coalition_ids: tuple[int, ...], audience: str, with_groups: bool, author: int
    ) -> list[int]:
        sql, args = _recipients_sql(coalition_ids, audience, author)
        rows = await self._db.connection.execute_fetchall(sql, args)
        chats = [int(row[0]) for row in rows]
        if with_groups:
            marks = ",".join("?" * len(coalition_ids))
            groups = await self._db.connection.execute_fetchall(
                f"SELECT chat_id FROM linked_groups WHERE coalition_id IN ({marks})"
                " ORDER BY chat_id",
                coalition_ids,
            )
            chats += [int(row[0]) for row in groups]
        return chats

    async def confirm(
        self, announcement: Announcement, progress_chat_id: int, progress_message_id: int
    ) -> int | None:
        """draft → sending with a delivery row per recipient, all in one transaction.
        None when it was not a draft any more (confirmed twice, or cancelled)."""
        now = to_iso(self._db.clock.now())
        sql, args = _recipients_sql(
            announcement.coalition_ids, announcement.audience, announcement.created_by
        )
        async with self._db.transaction() as conn:
            cursor = await conn.execute(
                "UPDATE announcements SET status = 'sending', progress_chat_id = ?,"
                " progress_message_id = ? WHERE id = ? AND status = 'draft'",
                (progress_chat_id, progress_message_id, announcement.id),
            )
            if cursor.rowcount == 0:
                return None
            await conn.execute(
                "INSERT OR IGNORE INTO announcement_deliveries"
                f" (announcement_id, chat_id, status, updated_at) SELECT ?, user_id, 'pending', ?"
                f" FROM ({sql})",
                [announcement.id, now, *args],
            )
            if announcement.with_groups:
                marks = ",".join("?" * len(announcement.coalition_ids))
                await conn.execute(
                    "INSERT OR IGNORE INTO announcement_deliveries"
                    " (announcement_id, chat_id, status, updated_at)"
                    f" SELECT ?, chat_id, 'pending', ? FROM linked_groups"
                    f" WHERE coalition_id IN ({marks})",
                    [announcement.id, now, *announcement.coalition_ids],
                )
            async with conn.execute(
                "SELECT COUNT(*) FROM announcement_deliveries WHERE announcement_id = ?",
                (announcement.id,),
            ) as counted:
                row = await counted.fetchone()
            total = int(row[0]) if row else 0
            subject = " ".join(" ".join(announcement.parts).split())[:80]
            for coalition_id in announcement.coalition_ids:
                await record(
                    conn,
                    coalition_id,
                    announcement.created_by,
                    "announce",
                    now,
                    subject=subject,
                    detail=str(total),
                )
        return total

    async def delete_draft(self, announcement_id: int) -> bool:
        async with self._db.transaction() as conn:
            cursor = await conn.execute(
                "DELETE FROM announcements WHERE id = ? AND status = 'draft'", (announcement_id,)
            )
            return cursor.rowcount > 0

    async def stop(self, announcement_id: int) -> bool:
        """sending → stopped: what was not sent stays unsent."""
        now = to_iso(self._db.clock.now())
        async with self._db.transaction() as conn:
            cursor = await conn.execute(
                "UPDATE announcements SET status = 'stopped', finished_at = ?"
                " WHERE id = ? AND status = 'sending'",
                (now, announcement_id),
            )
            if cursor.rowcount == 0:
                return False
            await conn.execute(
                "UPDATE announcement_deliveries SET status = 'stopped', updated_at = ?"
                " WHERE announcement_id = ? AND status = 'pending'",
                (now, announcement_id),
            )
            return True

    async def finish(self, announcement_id: int) -> None:
        async with self._db.transaction() as conn:
            await conn.execute(
                "UPDATE announcements SET status = 'done', finished_at = ?"
                " WHERE id = ? AND status = 'sending'",
                (to_iso(self._db.clock.now()), announcement_id),
            )

    async def resume_in_flight(self, announcement_id: int) -> int:
        """After a crash: rows taken but never marked go back to pending (sent again)."""
        async with self._db.transaction() as conn:
            cursor = await conn.execute(
                "UPDATE announcement_deliveries SET status = 'pending'"
                " WHERE announcement_id = ? AND status = 'sending'",
                (announcement_id,),
            )
            return cursor.rowcount

    async def take_next(self, announcement_id: int, limit: int) -> list[int]:
        """Up to `limit` pending chats, marked taken (`sending`) in one transaction, in chat
        order; a copy of the bot running beside this one cannot take them too."""
        now = to_iso(self._db.clock.now())
        async with self._db.transaction() as conn:
            cursor = await conn.execute(
                "UPDATE announcement_deliveries SET status = 'sending', updated_at = ?"
                " WHERE announcement_id = ? AND status = 'pending' AND chat_id IN"
                " (SELECT chat_id FROM announcement_deliveries WHERE announcement_id = ?"
                " AND status = 'pending' ORDER BY chat_id LIMIT ?) RETURNING chat_id",
                (now, announcement_id, announcement_id, limit),
            )
            taken = sorted(int(row[0]) for row in await cursor.fetchall())
        return taken

    async def give_back(
        self, announcement_id: int, chat_ids: list[int], status: DeliveryStatus
    ) -> None:
        """Chats taken but not sent to (the bot stops, or the coordinator did): `pending`
        again for the next start, or `stopped`."""
        marks = ",".join("?" * len(chat_ids))
        async with self._db.transaction() as conn:
            await conn.execute(
                f"UPDATE announcement_deliveries SET status = ?, updated_at = ?"
                f" WHERE announcement_id = ? AND status = 'sending' AND chat_id IN ({marks})",
                [status, to_iso(self._db.clock.now()), announcement_id, *chat_ids],
            )

    async def mark(
        self,
        announcement_id: int,
        chat_id: int,
        status: DeliveryStatus,
        message_id: int | None = None,
    ) -> None:
        async with self._db.transaction() as conn:
            await conn.execute(
                "UPDATE announcement_deliveries SET status = ?,"
                " message_id = COALESCE(?, message_id), attempts = attempts + ?,"
                " updated_at = ? WHERE announcement_id = ? AND chat_id = ?",
                (
                    status,
                    message_id,
                    int(status == "pending"),
                    to_iso(self._db.clock.now()),
                    announcement_id,
                    chat_id,
                ),
            )

    async def attempts(self, announcement_id: int, chat_id: int) -> int:
        rows = await self._db.connection.execute_fetchall(
            "SELECT attempts FROM announcement_deliveries WHERE announcement_id = ?"
            " AND chat_id = ?",
            (announcement_id, chat_id),
        )
        return int(next(iter(rows))[0]) if rows else 0

    async def sent_in(
        self, coalition_id: int, limit: int
    ) -> list[tuple[int, datetime, str, Counts]]:
        """The coalition's announcements that went out, newest first: (id, when, the start of
        its text, delivery counts)."""
        rows = await self._db.connection.execute_fetchall(
            "SELECT id, created_at, parts, delivery_counts FROM announcements"
            " WHERE status != 'draft' AND"
            " EXISTS (SELECT 1 FROM json_each(announcements.coalition_ids) WHERE value = ?)"
            " ORDER BY id DESC LIMIT ?",
            (coalition_id, limit),
        )
        found: dict[int, dict[str, int]] = {
            int(r[0]): {str(k): int(v) for k, v in json.loads(str(r[3])).items()}
            for r in rows
            if r[3] is not None
        }
        open_ids = [int(r[0]) for r in rows if r[3] is None]  # their rows not purged yet
        if open_ids:
            marks = ",".join("?" * len(open_ids))
            for announcement_id, status, count in await self._db.connection.execute_fetchall(
                "SELECT announcement_id, status, COUNT(*) FROM announcement_deliveries"
                f" WHERE announcement_id IN ({marks}) GROUP BY announcement_id, status",
                open_ids,
            ):
                found.setdefault(int(announcement_id), {})[str(status)] = int(count)
        return [
            (
                int(r[0]),
                from_iso(str(r[1])),
                " ".join(json.loads(str(r[2]))),
                _counts(found.get(int(r[0]), {})),
            )
            for r in rows
        ]

    async def counts(self, announcement_id: int) -> Counts:
        """Per status; from the counts kept on the announcement once its rows were purged."""
        kept = await self._db.connection.execute_fetchall(
            "SELECT delivery_counts FROM announcements WHERE id = ?", (announcement_id,)
        )
        stored = next((row[0] for row in kept if row[0] is not None), None)
        if stored is not None:
            found = {str(k): int(v) for k, v in json.loads(str(stored)).items()}
        else:
            rows = await self._db.connection.execute_fetchall(
                "SELECT status, COUNT(*) FROM announcement_deliveries WHERE announcement_id = ?"
                " GROUP BY status",
                (announcement_id,),
            )
            found = {str(r[0]): int(r[1]) for r in rows}
        return _counts(found)

    async def unreachable_chats(self, announcement_id: int) -> list[int]:
        rows = await self._db.connection.execute_fetchall(
            "SELECT chat_id FROM announcement_deliveries WHERE announcement_id = ?"
            " AND status = 'unreachable' ORDER BY chat_id",
            (announcement_id,),
        )
        return [int(row[0]) for row in rows]


def _counts(found: dict[str, int]) -> Counts:
    """Delivery rows per status as the report counts them."""
    return Counts(
        pending=found.get("pending", 0) + found.get("sending", 0),
        sent=found.get("sent", 0),
        unreachable=found.get("unreachable", 0),
        failed=found.get("failed", 0),
        stopped=found.get("stopped", 0),
    )
