"""How late the event loop is: a probe that sleeps a few milliseconds at a time and notes how
much later than asked it woke. Everything the bot does shares one loop, so this is how long
any update, reply or web request could not even be looked at. The longest is in /status.

A watcher thread looks at the probe's last beat; when the loop has not come round for 50 ms,
it notes where the loop's thread is (its innermost frames of our own code), and the probe
logs that with the stall once the loop is back: so work that should run off the loop is
found by name (INFO from 50 ms, WARNING from 0.5 s). A stall in C code that holds the GIL
leaves the watcher nothing to see; a full garbage collection, the usual one, is named."""

import asyncio
import gc
import logging
import sys
import threading
import time
import traceback
from types import FrameType

from rules.vitals import Vitals

logger = logging.getLogger(__name__)

PROBE_SECONDS = 0.02
NOTED_STALL_SECONDS = 0.05
WARNED_STALL_SECONDS = 0.5
OUR_CODE = ("/bot/", "/handlers/", "/storage/", "/rules/")


class LoopWatch:
    def __init__(self, vitals: Vitals, probe_seconds: float = PROBE_SECONDS) -> None:
        self._vitals = vitals
        self._probe_seconds = probe_seconds
        self._beat = time.monotonic()
        self._where: str | None = None
        self._stopped = threading.Event()
        self._loop_thread = threading.get_ident()

    async def run(self) -> None:
        """The probe, until cancelled; starts the watcher thread and stops it after."""
        self._loop_thread = threading.get_ident()
        watcher = threading.Thread(target=self._watch, name="loop_watch", daemon=True)
        watcher.start()
        loop = asyncio.get_running_loop()
        try:
            while True:
                self._beat = time.monotonic()
                full_collections = _full_collections()
                due = loop.time() + self._probe_seconds
                await asyncio.sleep(self._probe_seconds)
                late = loop.time() - due
                self._vitals.loop_was_late(late)
                if late >= NOTED_STALL_SECONDS:
                    self._tell(late, collected=_full_collections() > full_collections)
        finally:
            self._stopped.set()

    def _tell(self, late: float, *, collected: bool) -> None:
        where, self._where = self._where, None
        if collected:  # it holds the GIL: the watcher may not even have had a look
            where = "a full garbage collection" + (f", during {where}" if where else "")
        level = logging.WARNING if late >= WARNED_STALL_SECONDS else logging.INFO
        logger.log(level, "The event loop was blocked for %.0f ms in %s", late * 1000, where)

    def _watch(self) -> None:
        while not self._stopped.wait(self._probe_seconds):
            quiet = time.monotonic() - self._beat
            if quiet >= NOTED_STALL_SECONDS and self._where is None:
                frame = sys._current_frames().get(self._loop_thread)
                self._where = where_in_our_code(frame) if frame is not None else "?"


def _full_collections() -> int:
    """How many full (generation 2) garbage collections ran so far; cheap to ask, unlike a
    gc callback, which would run at every one of the many young collections."""
    return int(gc.get_stats()[2]["collections"])


def where_in_our_code(frame: FrameType) -> str:
    """The innermost frame of the stack, then the innermost two of the bot's own code:
    "file.py:line function < ...", innermost first."""
    stack = traceback.extract_stack(frame)
    ours = [f for f in stack[:-1] if any(part in f.filename for part in OUR_CODE)]
    shown = [*ours[-2:], stack[-1]]
    return " < ".join(
        f"{'/'.join(f.filename.rsplit('/', 2)[-2:])}:{f.lineno} {f.name}" for f in shown[::-1]
    )
