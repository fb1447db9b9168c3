"""The update inbox (migration 0010): each update from getUpdates is written before the next
getUpdates confirms it to Telegram, and marked handled after its handlers ran; then only its
id stays (a day, to recognise a resend)."""

import json
from datetime import datetime
from typing import Any

from rules.clock import to_iso
from storage.connection import SharedConnection


class InboxRepository:
    def __init__(self, db: SharedConnection) -> None:
        self._db = db

    async def receive(self, updates: list[dict[str, Any]]) -> set[int]:
        """Keep a batch from getUpdates, in one transaction; returns the ids among them that
        were handled already (Telegram sent them again): the processor skips those."""
        if not updates:
            return set()
        now = to_iso(self._db.clock.now())
        ids = [int(u["update_id"]) for u in updates]
        marks = ",".join("?" * len(ids))
        async with self._db.transaction() as conn:
            handled = await conn.execute_fetchall(
                f"SELECT update_id FROM update_inbox WHERE update_id IN ({marks})"
                " AND handled_at IS NOT NULL",
                ids,
            )
            await conn.executemany(
                "INSERT OR IGNORE INTO update_inbox (update_id, body, received_at)"
                " VALUES (?, ?, ?)",
                [
                    (i, json.dumps(u, ensure_ascii=False), now)
                    for i, u in zip(ids, updates, strict=True)
                ],
            )
        return {int(row[0]) for row in handled}

    async def handled(self, update_ids: list[int]) -> None:
        """Keep the ids (to recognise a resend), not the updates: their texts may hold
        anything, and the database has secure_delete on, so they are overwritten. Many in
        one transaction: the processor marks what finished meanwhile together."""
        now = to_iso(self._db.clock.now())
        async with self._db.transaction() as conn:
            await conn.executemany(
                "UPDATE update_inbox SET handled_at = ?, body = '' WHERE update_id = ?",
                [(now, update_id) for update_id in update_ids],
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
