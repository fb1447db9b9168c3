"""Coalitions: one local Kansrijke Start network each, with its own slug and time zone."""

import json
import sqlite3
from dataclasses import dataclass

import aiosqlite

from rules.clock import to_iso
from rules.retention import DEFAULT_COMMENT_DAYS
from rules.texts import DEFAULT_LANGUAGE
from storage.connection import SharedConnection


@dataclass(frozen=True)
class Coalition:
    id: int
    slug: str
    name: str
    municipalities: tuple[str, ...]
    timezone: str
    language: str = "nl"  # what its groups read, and members who chose no language


class DuplicateSlugError(Exception):
    """Another coalition already uses this slug."""


def _from_row(row: aiosqlite.Row) -> Coalition:
    return Coalition(
        id=row["id"],
        slug=row["slug"],
        name=row["name"],
        municipalities=tuple(json.loads(row["municipalities"])),
        timezone=row["timezone"],
        language=row["language"],
    )


_COLUMNS = "id, slug, name, municipalities, timezone, language"


class CoalitionRepository:
    def __init__(self, db: SharedConnection) -> None:
        self._db = db

    async def add(
        self,
        *,
        slug: str,
        name: str,
        municipalities: list[str],
        timezone: str,
        language: str = DEFAULT_LANGUAGE,
    ) -> Coalition:
        try:
            async with self._db.transaction() as conn:
                cursor = await conn.execute(
                    "INSERT INTO coalitions (slug, name, municipalities, timezone, language,"
                    " created_at) VALUES (?, ?, ?, ?, ?, ?)",
                    (
                        slug,
                        name,
                        json.dumps(municipalities, ensure_ascii=False),
                        timezone,
                        language,
                        to_iso(self._db.clock.now()),
                    ),
                )
                coalition_id = cursor.lastrowid
        except sqlite3.IntegrityError as error:
            raise DuplicateSlugError(slug) from error
        assert coalition_id is not None
        return Coalition(coalition_id, slug, name, tuple(municipalities), timezone, language)

    async def set_language(self, coalition_id: int, language: str) -> None:
        async with self._db.transaction() as conn:
            await conn.execute(
                "UPDATE coalitions SET language = ? WHERE id = ?", (language, coalition_id)
            )

    async def get(self, coalition_id: int) -> Coalition | None:
        async with self._db.connection.execute(
            f"SELECT {_COLUMNS} FROM coalitions WHERE id = ?", (coalition_id,)
        ) as cursor:
            row = await cursor.fetchone()
        return _from_row(row) if row else None

    async def by_slug(self, slug: str) -> Coalition | None:
        async with self._db.connection.execute(
            f"SELECT {_COLUMNS} FROM coalitions WHERE slug = ?", (slug,)
        ) as cursor:
            row = await cursor.fetchone()
        return _from_row(row) if row else None

    async def comment_retention_days(self, coalition_id: int) -> int:
        rows = await self._db.connection.execute_fetchall(
            "SELECT comment_retention_days FROM coalitions WHERE id = ?", (coalition_id,)
        )
        return next((int(row[0]) for row in rows), DEFAULT_COMMENT_DAYS)

    async def set_comment_retention_days(self, coalition_id: int, days: int) -> None:
        async with self._db.transaction() as conn:
            await conn.execute(
                "UPDATE coalitions SET comment_retention_days = ? WHERE id = ?",
                (days, coalition_id),
            )

    async def all(self) -> list[Coalition]:
        async with self._db.connection.execute(
            f"SELECT {_COLUMNS} FROM coalitions ORDER BY name COLLATE NOCASE"
        ) as cursor:
            rows = await cursor.fetchall()
        return [_from_row(row) for row in rows]
