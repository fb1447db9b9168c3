"""How updates are run: concurrently between chats, in arrival order within one chat.

The ordering guarantee, in one place:

- Updates that share an *order key* run one after another, in the order Telegram numbered
  them; the next starts only when the previous one's handlers have all finished. The order
  key is the chat (so every conversation, which PTB keys by chat and user, sees its updates
  in order), or the user for updates without a chat (inline queries, taps on inline
  messages).
- Updates with different order keys run concurrently, at most `max_running` at once. An
  update waiting for its chat's turn does not take one of those places, so a chat with a
  long queue cannot crowd out the others. When the places are taken, the next free one
  goes to the waiting update whose chat has the fewest updates queued, then whose sender
  sent the least in the last minute (FairSlots): someone's one message goes before the next
  of another person's thirty. Handlers are mostly CPU
  in this process, so a few dozen at once are as fast as more, and each is done sooner.
- The updates admitted and not yet handled are counted per chat (`backlog`); the rate
  limiter lets chats with a long queue go last.
- Before any of that, each update from a person passes the flood rule (rules/flood.py) at the
  moment it arrives: over the limit, the update is not run; the first one instead runs
  `on_flood` (one friendly notice), in the same chat order.

Waits inside a handler (a slow query, a send paced by the rate limiter) therefore only hold
up later updates of the same chat.
"""

import asyncio
import heapq
import itertools
import logging
import time
from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable, Coroutine
from contextlib import asynccontextmanager
from typing import Any, Protocol

from telegram import Update
from telegram.ext import BaseUpdateProcessor

from rules import log_context
from rules.flood import TAP_WEIGHT, FloodWindow, Verdict, raw_sender
from rules.sending import Backlog

logger = logging.getLogger(__name__)

DEFAULT_MAX_RUNNING = 32
# Update ids handled in this run that are recognised without asking the inbox.
RECENT_KEPT = 10_000
# PTB's own bound on updates in the processor; ours (max_running) applies once an update's
# turn has come, so this one only has to be out of the way.
_NO_OUTER_BOUND = 1_000_000

OrderKey = tuple[str, int]


def order_key(update: object) -> OrderKey | None:
    """The chat of an update, else its user; None for updates that need no order."""
    if not isinstance(update, Update):
        return None
    if update.effective_chat is not None:
        return ("chat", update.effective_chat.id)
    if update.effective_user is not None:
        return ("user", update.effective_user.id)
    return None


def flood_weight(update: Update) -> float:
    """Typed things weigh 1; taps and inline queries (one per keystroke) a quarter."""
    if update.callback_query is not None or update.inline_query is not None:
        return TAP_WEIGHT
    return 1.0


# (priority when last asked, arrival, how to ask it again, the turn to give)
_Waiter = tuple[float, int, Callable[[], float], "asyncio.Future[None]"]


class FairSlots:
    """At most `size` holders at once; a freed place goes to the waiter whose priority is
    lowest (then the one that came first), not simply to the first in line. Priorities can
    change while waiting (a chat's queue grows): when a place frees, the RECHECKED waiters
    that looked best are asked again and the best of them goes. That keeps a release cheap
    however many wait (a heap, not a scan of everyone)."""

    RECHECKED = 8

    def __init__(self, size: int) -> None:
        self._free = size
        self._waiting: list[_Waiter] = []
        self._arrivals = itertools.count()

    async def acquire(self, priority: Callable[[], float]) -> None:
        if self._free > 0 and not self._waiting:
            self._free -= 1
            return
        turn: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        heapq.heappush(self._waiting, (priority(), next(self._arrivals), priority, turn))
        try:
            await turn
        except asyncio.CancelledError:
            if turn.done() and not turn.cancelled():  # given the place just as it was cancelled
                self.release()
            raise

    def release(self) -> None:
        candidates: list[_Waiter] = []
        while self._waiting and len(candidates) < self.RECHECKED:
            _, arrival, priority, turn = heapq.heappop(self._waiting)
            if not turn.done():  # (a cancelled waiter is dropped here)
                candidates.append((priority(), arrival, priority, turn))
        if not candidates:
            self._free += 1
            return
        candidates.sort(key=lambda c: (c[0], c[1]))
        for waiter in candidates[1:]:
            heapq.heappush(self._waiting, waiter)
        candidates[0][3].set_result(None)

    @asynccontextmanager
    async def place(self, priority: Callable[[], float]) -> AsyncIterator[None]:
        await self.acquire(priority)
        try:
            yield
        finally:
            self.release()


class UpdateJournal(Protocol):
    """storage/inbox.py's InboxRepository, as the processor uses it."""

    async def handled(self, update_ids: list[int]) -> None: ...


class ChatOrderedUpdateProcessor(BaseUpdateProcessor):
    def __init__(
        self,
        max_running: int = DEFAULT_MAX_RUNNING,
        *,
        flood: FloodWindow | None = None,
        on_flood: Callable[[Update], Awaitable[None]] | None = None,
        backlog: Backlog | None = None,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(_NO_OUTER_BOUND)
        self.backlog = backlog if backlog is not None else Backlog()
        self.max_running = max_running
        self._running = FairSlots(max_running)
        self._flood = flood
        self.on_flood = on_flood
        self._monotonic = monotonic
        # The last update of each order key that is waiting or running: the next one of that
        # key waits for it. Removed when the key's queue empties, so idle chats cost nothing.
        self._tails: dict[OrderKey, asyncio.Future[None]] = {}
        # Set once the database is open (bot/app.py): where handled updates are marked.
        self.journal: UpdateJournal | None = None
        # Updates being handled or handled in this run (the last RECENT_KEPT), and those the
        # inbox said were handled before (Telegram sent them again).
        self._seen: set[int] = set()
        self._seen_order: deque[int] = deque()
        self._handled_before: set[int] = set()
        self._unmarked: list[int] = []
        # Flood verdicts decided on the raw batch (screen_raw), by update id, until handled.
        self._decided: dict[int, Verdict] = {}
        self._marking: asyncio.Task[None] | None = None

    async def initialize(self) -> None:
        """Nothing to open: the state is in memory."""

    async def shutdown(self) -> None:
        """PTB waits for the running updates before it calls this: mark the last ones."""
        await self.marks_written()

    async def marks_written(self) -> None:
        """Until every handled update is marked in the journal."""
        while self._marking is not None and not self._marking.done():
            await self._marking

    def handled_before(self, update_ids: set[int]) -> None:
        """From the inbox, as a batch arrives: these were handled in an earlier run."""
        self._handled_before |= update_ids

    def screen_raw(
        self, updates: list[dict[str, Any]]
    ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        """The flood rule on a batch from getUpdates before anything is stored or parsed:
        (the batch for PTB, with what the rule drops left as its id alone so that the offset
        goes on; the updates to keep in the inbox). The verdicts count once, here; a dropped
        update is later discarded unseen."""
        if self._flood is None:
            return updates, updates
        now = self._monotonic()
        screened, kept = [], []
        for raw in updates:
            sender = raw_sender(raw)
            update_id = raw.get("update_id")
            verdict = Verdict.PROCESS
            if sender is not None and isinstance(update_id, int):
                verdict = self._flood.admit(sender[0], sender[1], now)
                self._decided[update_id] = verdict
            if verdict is Verdict.IGNORE:
                screened.append({"update_id": update_id})
            else:
                screened.append(raw)
                kept.append(raw)
        if len(kept) == len(updates):
            return updates, updates
        return screened, kept

    @property
    def waiting_chats(self) -> int:
        """Order keys with an update waiting or running (for tests and /status)."""
        return len(self._tails)

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        log_context.set_update(update.update_id if isinstance(update, Update) else None)
        journal = self.journal if isinstance(update, Update) else None
        if journal is None or not isinstance(update, Update):
            await self._process(update, coroutine)
            return
        update_id = update.update_id
        if self._decided.get(update_id) is Verdict.IGNORE:  # flooded: not even in the inbox
            del self._decided[update_id]
            _discard(coroutine)
            return
        if update_id in self._seen or update_id in self._handled_before:
            # Telegram sent it again (it was not confirmed before a restart), or the inbox
            # replayed it: handled once already.
            self._handled_before.discard(update_id)
            logger.info("Update %s came again; it is handled once", update_id)
            _discard(coroutine)
            return
        self._seen.add(update_id)
        self._seen_order.append(update_id)
        if len(self._seen_order) > RECENT_KEPT:
            self._seen.discard(self._seen_order.popleft())
        try:
            await self._process(update, coroutine)
        finally:
            self._mark(journal, update_id)

    def _mark(self, journal: UpdateJournal, update_id: int) -> None:
        """Marked handled at once when the journal is free, else with the others that finish
        while it writes: one transaction for many under load."""
        self._unmarked.append(update_id)
        if self._marking is None or self._marking.done():
            self._marking = asyncio.get_running_loop().create_task(self._write_marks(journal))

    async def _write_marks(self, journal: UpdateJournal) -> None:
        while self._unmarked:
            batch, self._unmarked = self._unmarked, []
            try:
                await journal.handled(batch)
            except Exception:
                logger.exception("Could not mark %d handled updates in the inbox", len(batch))

    async def _process(self, update: object, coroutine: Awaitable[Any]) -> None:
        work = self._screen(update, coroutine)
        if work is None:
            return
        key = order_key(update)
        if key is None:
            async with self._running.place(lambda: self._priority(update, None)):
                await work
            return
        before = self._tails.get(key)
        mine: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._tails[key] = mine
        chat_id = key[1] if key[0] == "chat" else None
        if chat_id is not None:
            self.backlog.add(chat_id)
        try:
            if before is not None:
                await asyncio.shield(before)
            async with self._running.place(lambda: self._priority(update, chat_id)):
                await work
        finally:
            if chat_id is not None:
                self.backlog.done(chat_id)
            self._release(key, mine, before)

    def _priority(self, update: object, chat_id: int | None) -> float:
        """When its turn in the chat has come: how many updates of the chat wait (this one
        included), then how much the sender sent in the last minute. A chat with one update
        goes before one with thirty queued, whoever came first."""
        waiting = self.backlog[chat_id] if chat_id is not None else 1
        user = update.effective_user if isinstance(update, Update) else None
        if self._flood is None or user is None:
            return float(waiting)
        return waiting + min(self._flood.recent(user.id, self._monotonic()), 999.0) / 1000

    def _release(
        self, key: OrderKey, mine: asyncio.Future[None], before: asyncio.Future[None] | None
    ) -> None:
        """Let the next update of this key go; if this one was cancelled while waiting, only
        once the one before it has finished too."""
        if before is not None and not before.done():
            before.add_done_callback(lambda _: self._release(key, mine, None))
            return
        mine.set_result(None)
        if self._tails.get(key) is mine:
            del self._tails[key]

    def _screen(self, update: object, coroutine: Awaitable[Any]) -> Awaitable[Any] | None:
        """The flood rule, at arrival: the update itself, its notice instead, or nothing."""
        if self._flood is None or not isinstance(update, Update):
            return coroutine
        user = update.effective_user
        if user is None:
            return coroutine
        verdict = self._decided.pop(update.update_id, None)
        if verdict is None:  # not seen raw (a webhook, a replay from the inbox)
            verdict = self._flood.admit(user.id, flood_weight(update), self._monotonic())
        if verdict is Verdict.PROCESS:
            return coroutine
        _discard(coroutine)
        if verdict is Verdict.IGNORE or self.on_flood is None:
            return None
        logger.info(
            "Flood limit: user %s is ignored for a while (update %s)", user.id, update.update_id
        )
        return self._notify(update, self.on_flood)

    async def _notify(self, update: Update, on_flood: Callable[[Update], Awaitable[None]]) -> None:
        try:
            await on_flood(update)
        except Exception:
            logger.exception("Flood notice for update %s failed", update.update_id)


def _discard(coroutine: Awaitable[Any]) -> None:
    """Close a coroutine that will never run (no "never awaited" warning)."""
    if isinstance(coroutine, Coroutine):
        coroutine.close()
