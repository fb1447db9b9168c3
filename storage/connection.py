"""The one aiosqlite connection every repository shares: its clock, one write lock, and
transaction(). Repositories import this module only; storage/db.py composes them."""

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import aiosqlite

from rules.clock import Clock


class SharedConnection:
    """One aiosqlite connection in autocommit mode; writes that belong together: transaction()."""

    def __init__(self, connection: aiosqlite.Connection, clock: Clock) -> None:
        self.connection = connection
        self.clock = clock
        self._write_lock = asyncio.Lock()

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
