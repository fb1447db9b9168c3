"""The update inbox (migration 0010): each update from getUpdates is written before the next
getUpdates confirms it to Telegram, and marked handled after its handlers ran; then only its
id stays (a day, to recognise a resend)."""

import json
from datetime import datetime
from typing import Any

from rules.clock import to_iso
from storage.connection import SharedConnection

_CHUNK = 500  # ids in one statement: well below SQLite's limit on parameters


class InboxRepository:
    def __init__(self, db: SharedConnection) -> None:
        self._db = db
        self._newest_handled_before: int | None = None  # read once, at the first batch

    async def receive(self, updates: list[dict[str, Any]]) -> set[int]:
        """Keep a batch from getUpdates; returns the ids among them that were handled already
        (Telegram sent them again after a restart): the processor skips those. It is on the
        way of every getUpdates, so it is one statement in the common case: only ids up to
        the newest handled before this run can be a resend."""
        if not updates:
            return set()
        now = to_iso(self._db.clock.now())
        ids = [int(u["update_id"]) for u in updates]
        marks = ",".join("?" * len(ids))
        if self._newest_handled_before is None:
            found = await self._db.connection.execute_fetchall(
                "SELECT COALESCE(MAX(update_id), -1) FROM update_inbox WHERE handled_at IS NOT NULL"
            )
            self._newest_handled_before = int(next(iter(found))[0])
        handled: set[int] = set()
        if min(ids) <= self._newest_handled_before:
            rows = await self._db.connection.execute_fetchall(
                f"SELECT update_id FROM update_inbox WHERE update_id IN ({marks})"
                " AND handled_at IS NOT NULL",
                ids,
            )
            handled = {int(row[0]) for row in rows}
        values = ",".join(["(?, ?, ?)"] * len(ids))
        await self._db.write(
            f"INSERT OR IGNORE INTO update_inbox (update_id, body, received_at) VALUES {values}",
            [
                value
                for update_id, update in zip(ids, updates, strict=True)
                for value in (update_id, json.dumps(update, ensure_ascii=False), now)
            ],
        )
        return handled

    async def handled(self, update_ids: list[int]) -> None:
        """Keep the ids (to recognise a resend), not the updates: their texts may hold
        anything, and the database has secure_delete on, so they are overwritten. Many in
        one statement: the processor marks what finished meanwhile together."""
        for start in range(0, len(update_ids), _CHUNK):
            chunk = update_ids[start : start + _CHUNK]
            marks = ",".join("?" * len(chunk))
            await self._db.write(
                f"UPDATE update_inbox SET handled_at = ?, body = '' WHERE update_id IN ({marks})",
                [to_iso(self._db.clock.now()), *chunk],
            )

    async def unhandled(self) -> list[dict[str, Any]]:
        """What a previous run received but did not finish, oldest first."""
        rows = await self._db.connection.execute_fetchall(
            "SELECT body FROM update_inbox WHERE handled_at IS NULL ORDER BY update_id"
        )
        return [json.loads(str(row[0])) for row in rows]

    async def forget_before(self, moment: datetime) -> int:
        """Handled updates older than `moment` (the daily purge): their texts go too."""
        async with self._db.transaction() as conn:
            cursor = await conn.execute(
                "DELETE FROM update_inbox WHERE handled_at IS NOT NULL AND handled_at < ?",
                (to_iso(moment),),
            )
            return cursor.rowcount
