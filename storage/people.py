"""People: what the bot remembers of a Telegram user (name and language), nothing more."""

from dataclasses import dataclass

from rules.clock import to_iso
from storage.connection import SharedConnection


@dataclass(frozen=True)
class Person:
    user_id: int
    first_name: str
    language_code: str | None
    language: str | None
    announcements_off: bool = False
    unreachable: bool = False
    network_questions_off: bool = False


class PeopleRepository:
    def __init__(self, db: SharedConnection) -> None:
        self._db = db

    async def seen(self, user_id: int, first_name: str, language_code: str | None) -> None:
        """Record that the user wrote to the bot, keeping name and Telegram language fresh."""
        now = to_iso(self._db.clock.now())
        async with self._db.transaction() as conn:
            await conn.execute(
                "INSERT INTO people (user_id, first_name, language_code, first_seen_at,"
                " last_seen_at) VALUES (?, ?, ?, ?, ?)"
                " ON CONFLICT (user_id) DO UPDATE SET first_name = excluded.first_name,"
                " language_code = excluded.language_code, last_seen_at = excluded.last_seen_at",
                (user_id, first_name, language_code, now, now),
            )

    async def get(self, user_id: int) -> Person | None:
        async with self._db.connection.execute(
            "SELECT user_id, first_name, language_code, language, announcements_off,"
            " unreachable_since IS NOT NULL, network_questions_off FROM people WHERE user_id = ?",
            (user_id,),
        ) as cursor:
            row = await cursor.fetchone()
        if row is None:
            return None
        return Person(row[0], row[1], row[2], row[3], bool(row[4]), bool(row[5]), bool(row[6]))

    async def language_facts(self, user_id: int) -> tuple[str | None, str | None, str | None]:
        """What decides the language of a message to them: their own choice, their Telegram
        app's language (as last seen) and their first coalition's language (by name)."""
        return (await self.language_facts_of([user_id])).get(user_id, (None, None, None))

    async def language_facts_of(
        self, user_ids: list[int]
    ) -> dict[int, tuple[str | None, str | None, str | None]]:
        """`language_facts` for many people in one query (those unknown are left out)."""
        if not user_ids:
            return {}
        marks = ",".join("?" * len(user_ids))
        rows = await self._db.connection.execute_fetchall(
            "SELECT p.user_id, p.language, p.language_code, (SELECT c.language FROM members m"
            " JOIN coalitions c ON c.id = m.coalition_id WHERE m.user_id = p.user_id"
            f" ORDER BY c.name COLLATE NOCASE LIMIT 1) FROM people p WHERE p.user_id IN ({marks})",
            user_ids,
        )
        return {
            int(user_id): (chosen, telegram, coalition)
            for user_id, chosen, telegram, coalition in rows
        }

    async def chosen_languages(self, user_ids: list[int]) -> dict[int, str]:
        """The languages these people chose themselves (those who chose none are left out)."""
        if not user_ids:
            return {}
        marks = ",".join("?" * len(user_ids))
        rows = await self._db.connection.execute_fetchall(
            f"SELECT user_id, language FROM people WHERE language IS NOT NULL"
            f" AND user_id IN ({marks})",
            user_ids,
        )
        return {int(r[0]): str(r[1]) for r in rows}

    async def set_language(self, user_id: int, language: str) -> None:
        """Their own choice in /instellingen; it wins over Telegram's language."""
        async with self._db.transaction() as conn:
            await conn.execute(
                "UPDATE people SET language = ? WHERE user_id = ?", (language, user_id)
            )

    async def set_announcements(self, user_id: int, on: bool) -> None:
        async with self._db.transaction() as conn:
            await conn.execute(
                "UPDATE people SET announcements_off = ? WHERE user_id = ?", (int(not on), user_id)
            )

    async def set_network_questions(self, user_id: int, on: bool) -> None:
        async with self._db.transaction() as conn:
            await conn.execute(
                "UPDATE people SET network_questions_off = ? WHERE user_id = ?",
                (int(not on), user_id),
            )

    async def unreachable(self, user_id: int) -> None:
        """Telegram refused a message to them (blocked, deactivated, unknown chat)."""
        async with self._db.transaction() as conn:
            await conn.execute(
                "UPDATE people SET unreachable_since = COALESCE(unreachable_since, ?)"
                " WHERE user_id = ?",
                (to_iso(self._db.clock.now()), user_id),
            )

    async def reachable(self, user_id: int) -> None:
        """They wrote to the bot again."""
        async with self._db.transaction() as conn:
            await conn.execute(
                "UPDATE people SET unreachable_since = NULL WHERE user_id = ?", (user_id,)
            )

    async def names(self, user_ids: list[int]) -> dict[int, str]:
        if not user_ids:
            return {}
        marks = ",".join("?" * len(user_ids))
        rows = await self._db.connection.execute_fetchall(
            f"SELECT user_id, first_name FROM people WHERE user_id IN ({marks})", user_ids
        )
        return {int(r[0]): str(r[1]) for r in rows}
