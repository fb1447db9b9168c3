"""Every request to Telegram passes here: Telegram's three flood limits, kept per chat, with
fair turns between chats and answers to people before bulk sends.

Why our own and not PTB's AIORateLimiter: that one stops *all* requests for retry_after
after any 429, and its group limiter is a leaky bucket that lets the 21st group message go
3 s after the 20th, while Telegram counts 20 in any 60 s. aiolimiter (which it uses) is a
single leaky bucket and knows neither chats nor lanes.

The rules:
- Overall: a bucket of `overall_burst` tokens refilled at `overall_per_second`
  (SEND_RATE). Messages and edits take a token; other calls (answering a button, getting
  updates, setting the menu) do not.
- Per group (and channel): at most `group_per_window` new messages in any
  `group_window_seconds`, a sliding window, so the 21st waits for the window instead of
  drawing a 429.
- Per private chat: a bucket of `private_burst` messages refilled at `private_per_second`.
- Lanes: a request is in the REPLY lane unless the caller says `rate_limit_args=Lane.BULK`
  (announcements, reminders, feedback requests). A free token goes to a ready reply first;
  bulk gets what replies leave.
- At most `max_in_flight` requests are under way at once (getUpdates apart); at most
  `overall_window_cap` messages and edits leave in any second, counted as they leave.
- One budget across a restart: the moment of the last send is kept (the run lock file's
  time); the next run sends nothing until a second after it and fills its buckets from it.
- Fair turns: within a lane, the ready chat with the least load goes first: the messages
  it received in the last minute plus its updates still waiting to be handled (the update
  processor counts them in a Backlog). Ties: who asked first. So one question among 40
  floods is answered next, and a chat with 50 updates waiting goes last.
- Within one chat and lane, requests go in the order they were made.
- A 429 holds only its own chat for retry_after; a 429 for a request without a chat, or
  429s for `flood_chats` different chats within a second (an overall flood), hold everyone
  for retry_after. A request is tried at most 1 + `max_retries` times; then the RetryAfter
  is raised to the caller and logged with its chat.
"""

import asyncio
import logging
import time
from collections import deque
from collections.abc import Callable, Coroutine
from dataclasses import dataclass, field
from typing import Any

from telegram.error import BadRequest, NetworkError, RetryAfter, TelegramError, TimedOut
from telegram.ext import BaseRateLimiter

from handlers.core.delivery import wait_seconds
from rules.sending import (
    EDITING,
    POSTING,
    USAGE_WINDOW_SECONDS,
    Backlog,
    ChatKey,
    ChatLimits,
    JSONResult,
    Lane,
    LimiterStats,
    PreviousRun,
    SendWindow,
    chat_key,
)

logger = logging.getLogger(__name__)

MARK_EVERY_SECONDS = 0.1  # how often the moment of the last send is kept for the next run


@dataclass(eq=False)
class _Ticket:
    seq: int
    posts: bool
    granted: asyncio.Future[None]


@dataclass
class _Chat:
    key: ChatKey
    is_group: bool
    queues: dict[Lane, deque[_Ticket]] = field(
        default_factory=lambda: {lane: deque() for lane in Lane}
    )
    grants: deque[float] = field(default_factory=deque)  # every message or edit, last minute
    posts: deque[float] = field(default_factory=deque)  # new messages (groups: the window)
    tokens: float = 0.0  # private chats
    tokens_at: float = 0.0
    held_until: float = 0.0

    def waiting(self) -> bool:
        return any(self.queues.values())


class TelegramRateLimiter(BaseRateLimiter[Lane]):
    def __init__(
        self,
        limits: ChatLimits | None = None,
        *,
        max_retries: int = 3,
        backlog: Backlog | None = None,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self.limits = limits or ChatLimits()
        self.backlog = backlog if backlog is not None else Backlog()
        self.max_retries = max_retries
        self.stats = LimiterStats()
        self._now = monotonic
        self._chats: dict[ChatKey, _Chat] = {}
        self._waiting: dict[ChatKey, _Chat] = {}  # chats with a ticket in a queue
        self._tokens = float(self.limits.overall_burst)
        self._tokens_at = monotonic()
        self._held_until = 0.0  # everyone, after an overall flood
        self._recent_waits: deque[tuple[float, ChatKey]] = deque()
        self._seq = 0
        self._timer: asyncio.TimerHandle | None = None
        self._last_sweep = monotonic()
        self._in_flight = asyncio.Semaphore(self.limits.max_in_flight)
        self._window = SendWindow(self.limits.overall_window_cap)
        self._paced_from = 0.0  # no message or edit before (begin_after_previous_run)
        self._previous: PreviousRun | None = None
        self._on_sent: Callable[[], None] | None = None
        self._marked_at = 0.0

    def begin_after_previous_run(
        self, seconds_since_last_send: float = 0.0, on_sent: Callable[[], None] | None = None
    ) -> None:
        """Telegram still counts the previous run's last second: nothing paced leaves until it
        is over, and every bucket fills from then. `on_sent` keeps the moment of sending (at
        most every tenth of a second, so the last send may be that much later)."""
        now = self._now()
        since = max(0.0, seconds_since_last_send) - MARK_EVERY_SECONDS
        self._previous = previous = PreviousRun(now - since)
        self._paced_from = previous.sends_from
        limits = self.limits
        filled = previous.filled(now, limits.overall_burst, limits.overall_per_second)
        self._tokens, self._tokens_at = filled, now
        for chat in self._chats.values():
            chat.tokens, chat.tokens_at = self._chat_tokens_at_start(now), now
        self._on_sent = on_sent

    def _chat_tokens_at_start(self, now: float) -> float:
        burst, per_second = self.limits.private_burst, self.limits.private_per_second
        return previous.filled(now, burst, per_second) if (previous := self._previous) else burst

    async def initialize(self) -> None:
        """Nothing to open."""

    async def shutdown(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, JSONResult]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: Lane | None,
    ) -> JSONResult:
        lane = rate_limit_args if rate_limit_args is not None else Lane.REPLY
        key = chat_key(data)
        paced = endpoint in POSTING or endpoint in EDITING
        for attempt in range(self.max_retries + 1):
            if paced:
                await self._turn(key, lane, posts=endpoint in POSTING)
            else:
                await self._until_not_held(key)
            try:
                # (getUpdates never comes here: PTB sends it past the rate limiter.)
                async with self._in_flight:
                    if paced:
                        await self._leave()
                    result = await callback(*args, **kwargs)
                self.stats.answered(self._now())
                return result
            except RetryAfter as error:
                self.stats.answered(self._now())
                seconds = wait_seconds(error)
                self._told_to_wait(key, seconds)
                if attempt == self.max_retries:
                    self.stats.gave_up += 1
                    logger.warning(
                        "%s to chat %s not sent: Telegram still asks to wait %.0f s after %d tries",
                        endpoint,
                        key,
                        seconds,
                        attempt + 1,
                    )
                    raise
                logger.info("%s to chat %s: Telegram asks to wait %.0f s", endpoint, key, seconds)
            except TelegramError as error:
                if not isinstance(error, TimedOut) and type(error) is not NetworkError:
                    self.stats.answered(self._now())  # refused, but Telegram answered
                if endpoint == "answerCallbackQuery" and _courtesy_failed(error):
                    # Answering a tap only stops its spinner: when that fails (a tap from before
                    # a restart is too old for Telegram, or the answer was lost on the way), the
                    # handler goes on to do what the tap asked.
                    logger.info("Tap not answered (%s); handled anyway", error)
                    return True
                raise
        raise AssertionError("unreachable: the last attempt returns or raises")

    # ---- waiting for a turn ----------------------------------------------------------------

    async def _turn(self, key: ChatKey, lane: Lane, *, posts: bool) -> None:
        chat = self._chat(key)
        self._seq += 1
        ticket = _Ticket(self._seq, posts, asyncio.get_running_loop().create_future())
        chat.queues[lane].append(ticket)
        self._waiting[key] = chat
        self._pump()
        try:
            await ticket.granted
        except asyncio.CancelledError:
            if ticket in chat.queues[lane]:  # cancelled before its turn: leave the queue
                chat.queues[lane].remove(ticket)
                if not chat.waiting():
                    self._waiting.pop(key, None)
                self._pump()
            raise

    async def _leave(self) -> None:
        """Until a message or edit may leave without `overall_window_cap` in one second."""
        while True:
            wait = self._window.wait(self._now())
            if wait <= 0:
                break
            await asyncio.sleep(wait)
        if self._on_sent is not None and self._now() - self._marked_at >= MARK_EVERY_SECONDS:
            self._marked_at = self._now()
            self._on_sent()

    async def _until_not_held(self, key: ChatKey) -> None:
        chat = self._chats.get(key)
        until = max(self._held_until, chat.held_until if chat else 0.0)
        wait = until - self._now()
        if wait > 0:
            await asyncio.sleep(wait)

    def _chat(self, key: ChatKey) -> _Chat:
        chat = self._chats.get(key)
        if chat is None:
            is_group = isinstance(key, str) or (isinstance(key, int) and key < 0)
            now = self._now()
            chat = _Chat(key, is_group, tokens=self._chat_tokens_at_start(now), tokens_at=now)
            self._chats[key] = chat
        return chat

    # ---- handing out turns -----------------------------------------------------------------

    def _pump(self) -> None:
        """Grant every turn that may go now; set a timer for when the next one may."""
        now = self._now()
        self._refill(now)
        while self._tokens >= 1 and now >= max(self._held_until, self._paced_from):
            best = self._best_ready(now)
            if best is None:
                break
            chat, lane = best
            self._grant(chat, lane, now)
        self._sweep(now)
        self._arm_timer(now)

    def _refill(self, now: float) -> None:
        limits = self.limits
        self._tokens = min(
            float(limits.overall_burst),
            self._tokens + (now - self._tokens_at) * limits.overall_per_second,
        )
        self._tokens_at = now

    def _best_ready(self, now: float) -> tuple[_Chat, Lane] | None:
        for lane in Lane:
            best: _Chat | None = None
            best_rank: tuple[int, int] = (0, 0)
            for chat in self._waiting.values():
                queue = chat.queues[lane]
                if not queue or self._ready_at(chat, queue[0], now) > now:
                    continue
                _expire(chat.grants, now, USAGE_WINDOW_SECONDS)
                rank = (len(chat.grants) + self.backlog[chat.key], queue[0].seq)
                if best is None or rank < best_rank:
                    best, best_rank = chat, rank
            if best is not None:
                return best, lane
        return None

    def _ready_at(self, chat: _Chat, ticket: _Ticket, now: float) -> float:
        """When this chat's limits let the ticket go (now or earlier: it may go)."""
        limits = self.limits
        ready = chat.held_until
        if not ticket.posts or chat.key is None:
            return ready
        if chat.is_group:
            _expire(chat.posts, now, limits.group_window_seconds)
            if len(chat.posts) >= limits.group_per_window:
                ready = max(ready, chat.posts[0] + limits.group_window_seconds)
        else:
            tokens = min(
                float(limits.private_burst),
                chat.tokens + (now - chat.tokens_at) * limits.private_per_second,
            )
            if tokens < 1:
                ready = max(ready, now + (1 - tokens) / limits.private_per_second)
        return ready

    def _grant(self, chat: _Chat, lane: Lane, now: float) -> None:
        ticket = chat.queues[lane].popleft()
        if not chat.waiting():
            self._waiting.pop(chat.key, None)
        self._tokens -= 1
        _expire(chat.grants, now, USAGE_WINDOW_SECONDS)
        chat.grants.append(now)
        if ticket.posts:
            chat.posts.append(now)
            if not chat.is_group:
                limits = self.limits
                chat.tokens = (
                    min(
                        float(limits.private_burst),
                        chat.tokens + (now - chat.tokens_at) * limits.private_per_second,
                    )
                    - 1
                )
                chat.tokens_at = now
        self.stats.granted[lane] += 1
        ticket.granted.set_result(None)

    def _arm_timer(self, now: float) -> None:
        """Wake up when the first waiting request may go: its chat is ready, a token is
        there and no overall hold is on."""
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        if not self._waiting:
            return
        chat_ready = min(
            self._ready_at(chat, queue[0], now)
            for chat in self._waiting.values()
            for queue in chat.queues.values()
            if queue
        )
        token_ready = now + max(0.0, 1 - self._tokens) / self.limits.overall_per_second
        moment = max(chat_ready, token_ready, self._held_until, self._paced_from)
        delay = max(0.001, moment - now)
        self._timer = asyncio.get_running_loop().call_later(delay, self._pump)

    def _sweep(self, now: float) -> None:
        """Forget chats that have been quiet for a minute, so memory does not grow."""
        if now - self._last_sweep < USAGE_WINDOW_SECONDS:
            return
        self._last_sweep = now
        horizon = max(USAGE_WINDOW_SECONDS, self.limits.group_window_seconds)
        for key in list(self._chats):
            chat = self._chats[key]
            last = max(chat.grants[-1] if chat.grants else 0.0, chat.held_until)
            if key not in self._waiting and now - last >= horizon:
                del self._chats[key]

    # ---- 429 -------------------------------------------------------------------------------

    def _told_to_wait(self, key: ChatKey, seconds: float) -> None:
        now = self._now()
        self.stats.refused(self._now())
        until = now + seconds
        if key is None:
            self._hold_everyone(until)
            return
        chat = self._chat(key)
        chat.held_until = max(chat.held_until, until)
        self._recent_waits.append((now, key))
        while self._recent_waits and now - self._recent_waits[0][0] >= 1.0:
            self._recent_waits.popleft()
        if len({k for _, k in self._recent_waits}) >= self.limits.flood_chats:
            self.stats.overall_floods += 1
            logger.warning(
                "Telegram asks %d chats to wait within a second: an overall flood,"
                " everyone waits %.0f s",
                self.limits.flood_chats,
                seconds,
            )
            self._recent_waits.clear()
            self._hold_everyone(until)
        self._pump()

    def _hold_everyone(self, until: float) -> None:
        self._held_until = max(self._held_until, until)
        self._tokens = min(self._tokens, 0.0)


def _expire(moments: deque[float], now: float, window: float) -> None:
    while moments and now - moments[0] >= window:
        moments.popleft()


def _courtesy_failed(error: TelegramError) -> bool:
    if isinstance(error, BadRequest):
        return "query is too old" in error.message.lower() or "query id is invalid" in (
            error.message.lower()
        )
    return isinstance(error, NetworkError)
