"""The one aiosqlite connection every repository shares: its clock, one write lock, and
transaction(). Repositories import this module only; storage/db.py composes them."""

import asyncio
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager

import aiosqlite

from rules.clock import Clock


class SharedConnection:
    """One aiosqlite connection in autocommit mode; writes that belong together: transaction()."""

    def __init__(self, connection: aiosqlite.Connection, clock: Clock) -> None:
        self.connection = connection
        self.clock = clock
        self._write_lock = asyncio.Lock()

    async def write(self, sql: str, parameters: Sequence[object] = ()) -> int:
        """One statement, atomic on its own: a single trip to the database thread (a
        transaction takes three), never inside another task's transaction. Returns the rows
        it changed."""
        async with self._write_lock:
            cursor = await self.connection.execute(sql, parameters)
            return cursor.rowcount

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[aiosqlite.Connection]:
        """BEGIN IMMEDIATE … COMMIT, rolled back on any error; one writer at a time."""
        async with self._write_lock:
            await self.connection.execute("BEGIN IMMEDIATE")
            try:
                yield self.connection
            except BaseException:
                await self.connection.execute("ROLLBACK")
                raise
            await self.connection.execute("COMMIT")
