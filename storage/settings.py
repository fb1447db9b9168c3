"""Bot-wide values in the `settings` table: key and text."""

from storage.connection import SharedConnection

LAST_API_ANSWER = "last_api_answer"  # written by the running bot, read by `python -m bot health`


class SettingsRepository:
    def __init__(self, db: SharedConnection) -> None:
        self._db = db

    async def get(self, key: str) -> str | None:
        rows = await self._db.connection.execute_fetchall(
            "SELECT value FROM settings WHERE key = ?", (key,)
        )
        return next((str(row[0]) for row in rows), None)

    async def put(self, key: str, value: str) -> None:
        async with self._db.transaction() as conn:
            await conn.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?)"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, value),
            )
