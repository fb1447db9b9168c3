"""What /status and the health check know about the running bot: since when it runs, how,
its last answer from the Bot API, the 429s of the last hour, its last unexpected error and the
longest the event loop was late (bot/loop_watch.py)."""

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from rules.sending import LimiterStats

HOUR_SECONDS = 3600


@dataclass
class Vitals:
    started_at: datetime
    mode: str  # "polling" or "webhook"
    stats: LimiterStats = field(default_factory=LimiterStats)
    monotonic: Callable[[], float] = time.monotonic
    last_error_at: datetime | None = None
    longest_stall: float = 0.0  # seconds the event loop was late at the most, since the start

    def loop_was_late(self, seconds: float) -> None:
        self.longest_stall = max(self.longest_stall, seconds)

    def last_api_answer(self, now: datetime) -> datetime | None:
        """The wall-clock moment of the last answer from the Bot API (the rate limiter keeps
        it as a monotonic moment)."""
        if self.stats.last_answer_at is None:
            return None
        return now - timedelta(seconds=self.monotonic() - self.stats.last_answer_at)

    def refusals_last_hour(self) -> int:
        return self.stats.refusals_since(self.monotonic() - HOUR_SECONDS)
