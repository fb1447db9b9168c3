"""Work that is heavy on the CPU and on memory, done in one worker process beside the bot:
drawing charts (matplotlib) and planning introductions (scipy, networkx).

A thread is not enough for these: it shares the interpreter's lock with the event loop, and
the libraries it imports stay in the bot's memory, where every full garbage collection walks
their tens of thousands of objects again (bot/loop_watch.py saw 60 to 80 ms stalls after the
first chart). In a process of its own, the work costs the person who asked for it time, not
everyone else. The process starts at the first such task (a second, with its imports) and
stays until the bot exits; one that died is replaced and the task tried once more. Tasks
are module-level functions whose arguments and result can be pickled."""

import asyncio
import functools
import logging
import multiprocessing
import os
import threading
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import ParamSpec, TypeVar

logger = logging.getLogger(__name__)

P = ParamSpec("P")
T = TypeVar("T")

PARENT_CHECK_SECONDS = 1.0

_pool: ProcessPoolExecutor | None = None


async def run_in_worker_process(function: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
    """`function(*args, **kwargs)` in the worker process, one task at a time; the event loop
    goes on meanwhile."""
    loop = asyncio.get_running_loop()
    task = functools.partial(function, *args, **kwargs)
    try:
        return await loop.run_in_executor(_the_pool(), task)
    except BrokenProcessPool:
        logger.warning("The worker process stopped; starting a new one for %s", function.__name__)
        _forget_pool()
        return await loop.run_in_executor(_the_pool(), task)


def _the_pool() -> ProcessPoolExecutor:
    global _pool
    if _pool is None:
        # spawn: a fresh interpreter, which inherits none of the bot's threads, event loop
        # or open connections (forking a process that has them is unsafe)
        _pool = ProcessPoolExecutor(
            max_workers=1,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_leave_with,
            initargs=(os.getpid(),),
        )
    return _pool


def _leave_with(bot: int) -> None:
    """In the worker: exit when the bot has gone, also after a kill -9 (which leaves the
    worker waiting for tasks forever, as it holds its end of the task queue itself)."""

    def watch() -> None:
        while os.getppid() == bot:
            time.sleep(PARENT_CHECK_SECONDS)
        os._exit(0)

    threading.Thread(target=watch, name="leave_with_the_bot", daemon=True).start()


def _forget_pool() -> None:
    global _pool
    if _pool is not None:
        _pool.shutdown(wait=False, cancel_futures=True)
        _pool = None
