"""Members: who belongs to which coalition, and in which role."""

from rules.clock import to_iso
from rules.membership import Membership, Role
from storage.connection import SharedConnection


class MemberRepository:
    def __init__(self, db: SharedConnection) -> None:
        self._db = db

    async def of_user(self, user_id: int) -> list[Membership]:
        async with self._db.connection.execute(
            "SELECT m.coalition_id, c.slug, c.name, m.user_id, m.role, c.language"
            " FROM members m JOIN coalitions c ON c.id = m.coalition_id"
            " WHERE m.user_id = ? ORDER BY c.name COLLATE NOCASE",
            (user_id,),
        ) as cursor:
            rows = await cursor.fetchall()
        return [Membership(r[0], r[1], r[2], r[3], r[4], r[5]) for r in rows]

    async def coordinator_ids(self) -> list[int]:
        """Everyone who coordinates at least one coalition."""
        async with self._db.connection.execute(
            "SELECT DISTINCT user_id FROM members WHERE role = 'coordinator' ORDER BY user_id"
        ) as cursor:
            rows = await cursor.fetchall()
        return [int(r[0]) for r in rows]

    async def coordinators_of(self, coalition_id: int) -> list[int]:
        async with self._db.connection.execute(
            "SELECT user_id FROM members WHERE coalition_id = ? AND role = 'coordinator'"
            " ORDER BY user_id",
            (coalition_id,),
        ) as cursor:
            rows = await cursor.fetchall()
        return [int(r[0]) for r in rows]

    async def count(self, coalition_id: int) -> int:
        async with self._db.connection.execute(
            "SELECT COUNT(*) FROM members WHERE coalition_id = ?", (coalition_id,)
        ) as cursor:
            row = await cursor.fetchone()
        return int(row[0]) if row else 0

    async def set_role(self, coalition_id: int, user_id: int, role: Role) -> None:
        async with self._db.transaction() as conn:
            await conn.execute(
                "INSERT INTO members (coalition_id, user_id, role, joined_at) VALUES (?, ?, ?, ?)"
                " ON CONFLICT (coalition_id, user_id) DO UPDATE SET role = excluded.role",
                (coalition_id, user_id, role, to_iso(self._db.clock.now())),
            )
