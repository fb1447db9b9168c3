"""The test kit: database helpers that tests and benchmarks share."""

from typing import Any

from tests.harness import RunningBot


async def database_state(bot: RunningBot) -> dict[str, list[tuple[Any, ...]]]:
    """Every table but the ones that change with every update or on their own (people's last
    seen, the update inbox, the heartbeat's settings row)."""
    db = bot.db
    names = [
        r[0]
        for r in await db.connection.execute_fetchall(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            " AND name NOT LIKE 'partner_fts%'"
            " AND name NOT IN ('people', 'settings', 'update_inbox')"
        )
    ]
    return {
        n: [
            tuple(r)
            for r in await db.connection.execute_fetchall(f"SELECT * FROM {n} ORDER BY 1, 2")
        ]
        for n in names
    }
