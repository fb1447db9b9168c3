"""How updates are run: concurrently between chats, in arrival order within one chat.

The ordering guarantee, in one place:

- Updates that share an *order key* run one after another, in the order Telegram numbered
  them; the next starts only when the previous one's handlers have all finished. The order
  key is the chat (so every conversation, which PTB keys by chat and user, sees its updates
  in order), or the user for updates without a chat (inline queries, taps on inline
  messages).
- Updates with different order keys run concurrently, at most `max_running` at once. An
  update waiting for its chat's turn does not take one of those places, so a chat with a
  long queue cannot crowd out the others.
- The updates admitted and not yet handled are counted per chat (`backlog`); the rate
  limiter lets chats with a long queue go last.
- Before any of that, each update from a person passes the flood rule (rules/flood.py) at the
  moment it arrives: over the limit, the update is not run; the first one instead runs
  `on_flood` (one friendly notice), in the same chat order.

Waits inside a handler (a slow query, a send paced by the rate limiter) therefore only hold
up later updates of the same chat.
"""

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any, Protocol

from telegram import Update
from telegram.ext import BaseUpdateProcessor

from rules import log_context
from rules.flood import TAP_WEIGHT, FloodWindow, Verdict
from rules.sending import Backlog

logger = logging.getLogger(__name__)

DEFAULT_MAX_RUNNING = 256
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


class UpdateJournal(Protocol):
    """storage/inbox.py's InboxRepository, as the processor uses it."""

    async def was_handled(self, update_id: int) -> bool: ...

    async def handled(self, update_id: int) -> None: ...


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
        self._running = asyncio.Semaphore(max_running)
        self._flood = flood
        self.on_flood = on_flood
        self._monotonic = monotonic
        # The last update of each order key that is waiting or running: the next one of that
        # key waits for it. Removed when the key's queue empties, so idle chats cost nothing.
        self._tails: dict[OrderKey, asyncio.Future[None]] = {}
        # Set once the database is open (bot/app.py): which updates were handled already.
        self.journal: UpdateJournal | None = None
        self._in_progress: set[int] = set()

    async def initialize(self) -> None:
        """Nothing to open: the state is in memory."""

    async def shutdown(self) -> None:
        """Nothing to close: PTB waits for the running updates before it calls this."""

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
        if update_id in self._in_progress or await journal.was_handled(update_id):
            # Telegram sent it again (it was not confirmed before a restart), or the inbox
            # replayed it: handled once already.
            logger.info("Update %s came again; it is handled once", update_id)
            _discard(coroutine)
            return
        self._in_progress.add(update_id)
        try:
            await self._process(update, coroutine)
        finally:
            await journal.handled(update_id)
            self._in_progress.discard(update_id)

    async def _process(self, update: object, coroutine: Awaitable[Any]) -> None:
        work = self._screen(update, coroutine)
        if work is None:
            return
        key = order_key(update)
        if key is None:
            async with self._running:
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
            async with self._running:
                await work
        finally:
            if chat_id is not None:
                self.backlog.done(chat_id)
            self._release(key, mine, before)

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
        verdict = self._flood.admit(user.id, flood_weight(update), self._monotonic())
        if verdict is Verdict.PROCESS:
            return coroutine
        _discard(coroutine)
        if verdict is Verdict.IGNORE or self.on_flood is None:
            return None
        logger.info("Flood limit: user %s is ignored for a while (update %s)",
                    user.id, update.update_id)  # fmt: skip
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
