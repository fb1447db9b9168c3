"""Shared fixtures: the fake Bot API server and a running bot against it."""

import logging
import os
import socket
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings

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


@pytest.fixture(autouse=True)
def _only_loopback(monkeypatch: pytest.MonkeyPatch) -> None:
    """Telegram is unreachable here, and no test may even try: name lookups fail loudly."""
    real_getaddrinfo = socket.getaddrinfo

    def loopback_only(host: Any, *args: Any, **kwargs: Any) -> Any:
        if host not in (None, "127.0.0.1", "localhost", "::1", b"127.0.0.1"):
            raise OSError(f"tests may only connect to 127.0.0.1, not {host!r}")
        return real_getaddrinfo(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", loopback_only)


# Hypothesis: a short profile for CI, a long one for a fuzzing session
# (HYPOTHESIS_PROFILE=long pytest tests/test_fuzz_e2e.py).
settings.register_profile("ci", max_examples=15, deadline=None)
settings.register_profile("long", max_examples=300, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
