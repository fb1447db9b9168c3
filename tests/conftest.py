"""Shared fixtures: the fake Bot API server and a running bot against it."""

import logging
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from tests.fake_telegram import FakeTelegram
from tests.harness import FakeClock, RunningBot, start_bot

ADMIN_ID = 4242


@pytest.fixture
async def fake() -> AsyncIterator[FakeTelegram]:
    server = FakeTelegram()
    await server.start()
    yield server
    await server.stop()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def database_path(tmp_path: Path) -> Path:
    return tmp_path / "bot.sqlite3"


@pytest.fixture
async def running(
    fake: FakeTelegram, database_path: Path, clock: FakeClock
) -> AsyncIterator[RunningBot]:
    bot = await start_bot(fake, database_path, admin_ids=(ADMIN_ID,), clock=clock)
    yield bot
    await bot.stop()


@pytest.fixture(autouse=True)
def _quiet_http_logs() -> None:
    logging.getLogger("httpx").setLevel(logging.WARNING)
