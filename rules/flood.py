"""The per-person flood rule: how much one person may send in a minute before the bot ignores
them for a while. Pure: the caller passes the time, so tests need no clock.

Updates weigh by kind. A typed message, command or file weighs 1; a button tap or an inline
query (Telegram sends one per keystroke) weighs a quarter, so a coordinator who taps through
approvals or a conversation does not trip the limit in normal use.
"""

from collections import deque
from dataclasses import dataclass, field
from enum import Enum

WINDOW_SECONDS = 60.0
TAP_WEIGHT = 0.25
# Old windows of people who went quiet are forgotten at most this often.
SWEEP_EVERY_SECONDS = 300.0


class Verdict(Enum):
    PROCESS = "process"
    NOTIFY = "notify"  # over the limit: tell them once, do not process this update
    IGNORE = "ignore"  # over the limit and told already


@dataclass
class _Person:
    moments: deque[tuple[float, float]] = field(default_factory=deque)  # (time, weight)
    total: float = 0.0
    notified: bool = False


class FloodWindow:
    """A sliding window of `limit` weight units per person per minute. `limit` 0: no limit."""

    def __init__(self, limit: int, window_seconds: float = WINDOW_SECONDS) -> None:
        self.limit = limit
        self.window_seconds = window_seconds
        self._people: dict[int, _Person] = {}
        self._last_sweep = 0.0

    def admit(self, user_id: int, weight: float, now: float) -> Verdict:
        """Count an update from `user_id` at `now` (seconds) and say what to do with it."""
        if self.limit <= 0:
            return Verdict.PROCESS
        self._sweep(now)
        person = self._people.setdefault(user_id, _Person())
        self._expire(person, now)
        if person.total + weight > self.limit + 1e-9:
            # Ignored updates do not count: the window clears a minute after the last
            # accepted one, however long the flood goes on.
            if person.notified:
                return Verdict.IGNORE
            person.notified = True
            return Verdict.NOTIFY
        person.moments.append((now, weight))
        person.total += weight
        return Verdict.PROCESS

    def recent(self, user_id: int, now: float) -> float:
        """The weight `user_id` sent in the last minute (0 for someone quiet)."""
        person = self._people.get(user_id)
        if person is None:
            return 0.0
        self._expire(person, now)
        return person.total

    def _expire(self, person: _Person, now: float) -> None:
        while person.moments and now - person.moments[0][0] >= self.window_seconds:
            _, weight = person.moments.popleft()
            person.total -= weight
        if not person.moments:
            person.total = 0.0
            person.notified = False

    def _sweep(self, now: float) -> None:
        if now - self._last_sweep < SWEEP_EVERY_SECONDS:
            return
        self._last_sweep = now
        for user_id in list(self._people):
            person = self._people[user_id]
            self._expire(person, now)
            if not person.moments:
                del self._people[user_id]

    def __len__(self) -> int:
        """People with updates in their window (for tests: memory does not grow)."""
        return len(self._people)


# The kinds of update whose sender counts, and what they weigh (as Update.effective_user).
_SENDER_KINDS = {
    "message": 1.0,
    "edited_message": 1.0,
    "business_message": 1.0,
    "edited_business_message": 1.0,
    "callback_query": TAP_WEIGHT,
    "inline_query": TAP_WEIGHT,
    "chosen_inline_result": 1.0,
    "shipping_query": 1.0,
    "pre_checkout_query": 1.0,
    "poll_answer": 1.0,
    "my_chat_member": 1.0,
    "chat_member": 1.0,
    "chat_join_request": 1.0,
    "message_reaction": 1.0,
}


def raw_sender(update: dict[str, object]) -> tuple[int, float] | None:
    """Who sent an update as Telegram's JSON has it, and its weight; None when no person did
    (a channel post). Read before the update is parsed, so a dropped one costs nothing."""
    for kind, weight in _SENDER_KINDS.items():
        payload = update.get(kind)
        if isinstance(payload, dict):
            sender = payload.get("from") or payload.get("user")
            if isinstance(sender, dict) and isinstance(sender.get("id"), int):
                return int(sender["id"]), weight
            return None
    return None
