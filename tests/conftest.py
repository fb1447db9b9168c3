"""Shared fixtures: the fake Bot API server and a running bot against it."""

import logging
import os
import socket
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings

from tests.fake_telegram import TEST_TOKEN, FakeTelegram
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


class SuiteLog(logging.Handler):
    """Every line the suite logs, tracebacks included, formatted as a log file would hold it."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(self.format(record))


SUITE_LOG = SuiteLog()


def secrets_in(text: str, token: str) -> list[str]:
    """What of a bot token a text gives away: the token, or its secret part after the colon
    (a URL or a message may carry either)."""
    secret_part = token.split(":", 1)[1]
    return [part for part in (token, secret_part) if part in text]


@pytest.fixture(autouse=True)
def _no_token_in_logs() -> Iterator[None]:
    """After every test: nothing it made the bot log, at any level, names the token."""
    root = logging.getLogger()
    root.addHandler(SUITE_LOG)
    first = len(SUITE_LOG.lines)
    yield
    root.removeHandler(SUITE_LOG)
    leaked = [line for line in SUITE_LOG.lines[first:] if secrets_in(line, TEST_TOKEN)]
    del SUITE_LOG.lines[first:]
    assert not leaked, f"the bot token reached the log: {leaked[0][:300]}"


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
