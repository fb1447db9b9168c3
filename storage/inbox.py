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

    async def receive(self, updates: list[dict[str, Any]]) -> None:
        if not updates:
            return
        now = to_iso(self._db.clock.now())
        async with self._db.transaction() as conn:
            await conn.executemany(
                "INSERT OR IGNORE INTO update_inbox (update_id, body, received_at)"
                " VALUES (?, ?, ?)",
                [(int(u["update_id"]), json.dumps(u, ensure_ascii=False), now) for u in updates],
            )

    async def handled(self, update_id: int) -> None:
        """Keep the id (to recognise a resend), not the update: its texts may hold anything,
        and the database has secure_delete on, so they are overwritten."""
        async with self._db.transaction() as conn:
            await conn.execute(
                "UPDATE update_inbox SET handled_at = ?, body = '' WHERE update_id = ?",
                (to_iso(self._db.clock.now()), update_id),
            )

    async def was_handled(self, update_id: int) -> bool:
        rows = await self._db.connection.execute_fetchall(
            "SELECT 1 FROM update_inbox WHERE update_id = ? AND handled_at IS NOT NULL",
            (update_id,),
        )
        return bool(rows)

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
