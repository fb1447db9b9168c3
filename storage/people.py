"""People: what the bot remembers of a Telegram user (name and language), nothing more."""

from dataclasses import dataclass
from typing import TYPE_CHECKING

from bot.clock import to_iso

if TYPE_CHECKING:
    from storage.db import Database


@dataclass(frozen=True)
class Person:
    user_id: int
    first_name: str
    language_code: str | None
    language: str | None


class PeopleRepository:
    def __init__(self, db: "Database") -> None:
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
            "SELECT user_id, first_name, language_code, language FROM people WHERE user_id = ?",
            (user_id,),
        ) as cursor:
            row = await cursor.fetchone()
        return Person(row[0], row[1], row[2], row[3]) if row else None
