"""Group chats linked to a coalition: where drop-in reminders (and announcements) are posted."""

from dataclasses import dataclass

from rules.clock import to_iso
from storage.connection import SharedConnection


@dataclass(frozen=True)
class LinkedGroup:
    chat_id: int
    coalition_id: int
    title: str


class GroupRepository:
    def __init__(self, db: SharedConnection) -> None:
        self._db = db

    async def get(self, chat_id: int) -> LinkedGroup | None:
        async with self._db.connection.execute(
            "SELECT chat_id, coalition_id, title FROM linked_groups WHERE chat_id = ?", (chat_id,)
        ) as cursor:
            row = await cursor.fetchone()
        return LinkedGroup(int(row[0]), int(row[1]), str(row[2])) if row else None

    async def language_of(self, chat_id: int) -> str | None:
        """The language of the coalition the group is linked to; None when it is not linked."""
        return (await self.languages_of([chat_id])).get(chat_id)

    async def languages_of(self, chat_ids: list[int]) -> dict[int, str]:
        """`language_of` for many groups in one query (those not linked are left out)."""
        if not chat_ids:
            return {}
        marks = ",".join("?" * len(chat_ids))
        rows = await self._db.connection.execute_fetchall(
            "SELECT g.chat_id, c.language FROM linked_groups g"
            f" JOIN coalitions c ON c.id = g.coalition_id WHERE g.chat_id IN ({marks})",
            chat_ids,
        )
        return {int(row[0]): str(row[1]) for row in rows}

    async def of_coalition(self, coalition_id: int) -> list[LinkedGroup]:
        rows = await self._db.connection.execute_fetchall(
            "SELECT chat_id, coalition_id, title FROM linked_groups WHERE coalition_id = ?"
            " ORDER BY chat_id",
            (coalition_id,),
        )
        return [LinkedGroup(int(r[0]), int(r[1]), str(r[2])) for r in rows]

    async def link(self, chat_id: int, coalition_id: int, title: str, linked_by: int) -> None:
        """A group belongs to one coalition; linking it again moves it."""
        async with self._db.transaction() as conn:
            await conn.execute(
                "INSERT OR REPLACE INTO linked_groups"
                " (chat_id, coalition_id, title, linked_by, linked_at) VALUES (?, ?, ?, ?, ?)",
                (chat_id, coalition_id, title, linked_by, to_iso(self._db.clock.now())),
            )

    async def unlink(self, chat_id: int) -> bool:
        async with self._db.transaction() as conn:
            cursor = await conn.execute("DELETE FROM linked_groups WHERE chat_id = ?", (chat_id,))
            return cursor.rowcount > 0

    async def moved(self, old_chat_id: int, new_chat_id: int) -> None:
        """A group became a supergroup and got a new id."""
        async with self._db.transaction() as conn:
            await conn.execute(
                "UPDATE linked_groups SET chat_id = ? WHERE chat_id = ?", (new_chat_id, old_chat_id)
            )
