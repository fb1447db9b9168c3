"""What the rate limiter (bot/rate_limiter.py) works with: the lanes, Telegram's limits as
the bot keeps them, which methods post or edit, and the backlog of updates per chat that the
update processor counts for it."""

import math
from collections import deque
from dataclasses import dataclass, field
from datetime import timedelta
from enum import IntEnum
from typing import Any

JSONResult = bool | dict[str, Any] | list[dict[str, Any]]
ChatKey = int | str | None
USAGE_WINDOW_SECONDS = 60.0

# Methods that post a new message: they count per chat and overall.
POSTING = frozenset(
    {
        "sendMessage",
        "sendPhoto",
        "sendDocument",
        "sendContact",
        "sendVideo",
        "sendAudio",
        "sendVoice",
        "sendAnimation",
        "sendSticker",
        "sendVideoNote",
        "sendLocation",
        "sendVenue",
        "sendPoll",
        "sendDice",
        "sendMediaGroup",
        "sendInvoice",
        "sendPaidMedia",
        "copyMessage",
        "copyMessages",
        "forwardMessage",
        "forwardMessages",
    }
)
# Methods that change a message already there: they count overall only.
EDITING = frozenset(
    {
        "editMessageText",
        "editMessageCaption",
        "editMessageMedia",
        "editMessageReplyMarkup",
        "editMessageLiveLocation",
        "stopMessageLiveLocation",
        "stopPoll",
        "deleteMessage",
        "deleteMessages",
    }
)


class Lane(IntEnum):
    """Which requests go first when both wait: lower value first."""

    REPLY = 0  # answers to a person: replies, edits, contact cards
    BULK = 1  # announcements, reminders to members, feedback requests


# Telegram answers 429 to a bot that sends more than this many messages in any second.
TELEGRAM_OVERALL_PER_SECOND = 30


@dataclass(frozen=True)
class ChatLimits:
    overall_per_second: float = 25.0
    overall_burst: int = 4  # with 25/s: at most 29 in any second, Telegram counts above 30
    group_per_window: int = 20
    group_window_seconds: float = 60.5  # Telegram's minute, with room for network jitter
    private_burst: int = 2  # one below what Telegram allows: room for a message that left late
    private_per_second: float = 1.0
    flood_chats: int = 3
    # Requests under way at once. httpx's connection pool looks at every open connection for
    # every request, so many at once cost more CPU than they save; Telegram answers in about
    # 0.1 s, so this allows max_in_flight / 0.1 requests a second (see for_send_rate).
    max_in_flight: int = 8

    @property
    def overall_window_cap(self) -> int:
        """Messages and edits handed to the Bot API in any one second, at the most: below
        Telegram's 30 whenever the rate is below it, whatever the burst; a rate above it (a
        bot allowed paid broadcasts) gets what the rate and burst need."""
        if self.overall_per_second < TELEGRAM_OVERALL_PER_SECOND:
            return TELEGRAM_OVERALL_PER_SECOND - 1
        return math.ceil(self.overall_per_second) + self.overall_burst

    @classmethod
    def for_send_rate(cls, send_rate: float) -> "ChatLimits":
        """Telegram's limits, with `send_rate` overall and room in flight for that rate."""
        return cls(overall_per_second=send_rate, max_in_flight=max(8, math.ceil(send_rate / 8)))


# Deliveries under way at once in a bulk sender (announcements, reminders, introductions):
# at least this many, so a recipient who must wait (a group's 20-a-minute window, a chat told
# to wait by a 429) does not hold up everyone after them; more at a higher SEND_RATE.
BULK_IN_FLIGHT = 16


def bulk_in_flight(send_rate: float) -> int:
    """A bulk sender's deliveries under way at once: as many as may be in flight at that rate
    (ChatLimits.for_send_rate), so the rate limiter, not the sender, sets the pace."""
    return max(BULK_IN_FLIGHT, ChatLimits.for_send_rate(send_rate).max_in_flight)


REFUSALS_KEPT_SECONDS = 3600


@dataclass
class LimiterStats:
    """Counts since start, for tests, benchmarks and logs."""

    granted: dict[Lane, int] = field(default_factory=lambda: {lane: 0 for lane in Lane})
    told_to_wait: int = 0  # 429 answers received
    overall_floods: int = 0
    gave_up: int = 0  # requests that still got a 429 after max_retries
    # Monotonic moments: the last answer from the Bot API (any answer but a network failure),
    # and the 429s of the last hour (for /status).
    last_answer_at: float | None = None
    recent_refusals: deque[float] = field(default_factory=deque)

    def answered(self, moment: float) -> None:
        self.last_answer_at = moment

    def refused(self, moment: float) -> None:
        self.told_to_wait += 1
        self.recent_refusals.append(moment)
        while self.recent_refusals and self.recent_refusals[0] < moment - REFUSALS_KEPT_SECONDS:
            self.recent_refusals.popleft()

    def refusals_since(self, moment: float) -> int:
        return sum(1 for refused in self.recent_refusals if refused >= moment)


def chat_key(data: dict[str, Any]) -> ChatKey:
    raw = data.get("chat_id")
    if raw is None:
        return None
    if isinstance(raw, int):
        return raw
    text = str(raw)
    return int(text) if text.lstrip("-").isdigit() else text


def retry_seconds(retry_after: float | timedelta) -> float:
    """RetryAfter's wait in seconds: a number in PTB 22, a timedelta in PTB 23."""
    return retry_after.total_seconds() if isinstance(retry_after, timedelta) else retry_after


class Backlog:
    """Updates of each chat that were admitted and are not handled yet: the update processor
    counts them, the rate limiter ranks chats with them."""

    def __init__(self) -> None:
        self._counts: dict[int, int] = {}

    def add(self, chat_id: int) -> None:
        self._counts[chat_id] = self._counts.get(chat_id, 0) + 1

    def done(self, chat_id: int) -> None:
        left = self._counts.get(chat_id, 0) - 1
        if left > 0:
            self._counts[chat_id] = left
        else:
            self._counts.pop(chat_id, None)

    def __getitem__(self, chat_id: ChatKey) -> int:
        return self._counts.get(chat_id, 0) if isinstance(chat_id, int) else 0

    def __len__(self) -> int:
        return len(self._counts)


def retry_is_safe(error_kind: str, message: str, cause: str | None) -> bool:
    """Whether sending again cannot deliver a message twice, for a network-level failure.
    Safe: the request never left (connecting failed, no free connection), or Telegram answered
    with an error of its own (a 5xx: it did not run the method). Not safe: the connection broke
    or timed out after the request went out, since Telegram may have sent the message.
    `error_kind` is "timeout" or "network"; `cause` the name of the HTTP library's error
    (aiohttp's, bot/aiohttp_request.py; httpx's names are known too)."""
    if cause in _NEVER_SENT:
        return True
    if error_kind == "timeout":
        return "not* sent" in message
    return not message.startswith(("aiohttp.", "httpx."))


# The HTTP libraries' errors for a request that never left: no connection could be made, or
# none was free.
_NEVER_SENT = (
    "ConnectError",
    "ConnectTimeout",
    "PoolTimeout",
    "ClientConnectorError",
    "ClientConnectorDNSError",
    "ConnectionTimeoutError",
)


class SendWindow:
    """Messages leaving, counted over the last second: `wait(now)` is 0 and counts one when
    one more may leave now, else the seconds until it may (Telegram's overall limit counts
    any one second, so the count is of when messages leave, not when they were allowed)."""

    SECONDS = 1.0

    def __init__(self, cap: int) -> None:
        self.cap = cap
        self._left: deque[float] = deque()

    def wait(self, now: float) -> float:
        while self._left and now - self._left[0] >= self.SECONDS:
            self._left.popleft()
        if len(self._left) < self.cap:
            self._left.append(now)
            return 0.0
        return self._left[0] + self.SECONDS - now


@dataclass(frozen=True)
class PreviousRun:
    """The run of the bot before this one, as Telegram still counts it: `last_send` is the
    (monotonic) moment its last message may have left."""

    last_send: float

    @property
    def sends_from(self) -> float:
        """Nothing leaves before: the second of the last send is over."""
        return self.last_send + SendWindow.SECONDS

    def filled(self, now: float, burst: int, per_second: float) -> float:
        """A bucket emptied at the last send, refilled since."""
        return min(float(burst), max(0.0, now - self.last_send) * per_second)
