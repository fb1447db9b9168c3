"""The event loop's probe (bot/loop_watch.py): how late the loop was, and what held it."""

import asyncio
import contextlib
import gc
import logging
import time
from collections.abc import Callable
from datetime import UTC, datetime

import pytest

from bot.loop_watch import LoopWatch
from rules.vitals import Vitals


def collect() -> None:
    gc.collect()


def hold_the_loop(seconds: float) -> None:
    time.sleep(seconds)  # as CPU-bound work on the loop would: nothing else runs


async def watched(block: Callable[[], None], caplog: pytest.LogCaptureFixture) -> Vitals:
    vitals = Vitals(started_at=datetime.now(UTC), mode="polling")
    watch = asyncio.create_task(LoopWatch(vitals).run())
    await asyncio.sleep(0.1)
    with caplog.at_level(logging.INFO, logger="bot.loop_watch"):
        block()
        await asyncio.sleep(0.1)  # the probe wakes, late, and tells
    watch.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await watch
    return vitals


async def test_a_blocked_loop_is_measured_and_what_held_it_named(
    caplog: pytest.LogCaptureFixture,
) -> None:
    vitals = await watched(lambda: hold_the_loop(0.3), caplog)
    assert 0.25 <= vitals.longest_stall < 1.0
    lines = [r.getMessage() for r in caplog.records if "blocked" in r.getMessage()]
    assert len(lines) == 1, lines
    assert "hold_the_loop" in lines[0] and "test_loop_watch.py" in lines[0]


async def test_a_full_garbage_collection_is_named(caplog: pytest.LogCaptureFixture) -> None:
    """A collection holds the GIL: the watcher cannot look meanwhile, the probe names it."""
    many: list[list[int]] = [[] for _ in range(3_000_000)]  # for the collector (~0.1 s)
    try:
        await watched(collect, caplog)
    finally:
        del many
    lines = [r.getMessage() for r in caplog.records if "blocked" in r.getMessage()]
    assert lines and all("a full garbage collection" in line for line in lines), lines


async def test_a_loop_that_keeps_up_reports_no_stall(caplog: pytest.LogCaptureFixture) -> None:
    vitals = await watched(lambda: None, caplog)
    assert vitals.longest_stall < 0.05
    assert not [r for r in caplog.records if "blocked" in r.getMessage()]
