"""The Mini App's rules: who is asking (Telegram's signed initData, checked with the bot token
by telegram-webapp-auth, its age against our own clock), how many requests a person may make,
and the counts beside each filter. Pure: the caller passes the token, the time and the rows."""

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import Enum

from telegram_webapp_auth.auth import TelegramAuthenticator, generate_secret_key
from telegram_webapp_auth.errors import BaseTWAError

from rules.flood import FloodWindow, Verdict

# Search as you type sends a request per pause in typing: 10 in any 2 seconds is plenty.
REQUESTS_PER_WINDOW = 10
REQUEST_WINDOW_SECONDS = 2.0
MAX_REQUEST_BYTES = 16 * 1024  # the largest body the API reads (a listing edit)
MAX_QUERY_CHARS = 100  # as /zoek
WRITE_MAX_AGE = timedelta(hours=1)  # changes need a fresh initData


class AuthProblem(Enum):
    MISSING = "missing"
    INVALID = "invalid"  # wrong signature, another bot's, or malformed
    EXPIRED = "expired"


class NotAuthenticated(Exception):
    def __init__(self, problem: AuthProblem) -> None:
        super().__init__(problem.value)
        self.problem = problem


@dataclass(frozen=True)
class MiniAppUser:
    user_id: int
    first_name: str
    language_code: str | None
    signed_at: datetime


class InitDataChecker:
    """Checks Telegram's initData as Telegram documents it (HMAC-SHA-256 with a key derived
    from the bot token); the key is derived once."""

    def __init__(self, bot_token: str) -> None:
        self._authenticator = TelegramAuthenticator(generate_secret_key(bot_token))

    def check(self, raw: str | None, now: datetime, max_age: timedelta) -> MiniAppUser:
        if not raw:
            raise NotAuthenticated(AuthProblem.MISSING)
        try:
            data = self._authenticator.validate(raw)
        except (BaseTWAError, ValueError, TypeError, KeyError):
            raise NotAuthenticated(AuthProblem.INVALID) from None
        if data.user is None:
            raise NotAuthenticated(AuthProblem.INVALID)
        signed_at = datetime.fromtimestamp(data.auth_date, tz=UTC)
        if not is_fresh(signed_at, now, max_age):
            raise NotAuthenticated(AuthProblem.EXPIRED)
        user = data.user
        return MiniAppUser(int(user.id), user.first_name or "", user.language_code, signed_at)


def is_fresh(signed_at: datetime, now: datetime, max_age: timedelta) -> bool:
    """Signed no longer than `max_age` ago (and not more than a minute in the future)."""
    return now - max_age <= signed_at <= now + timedelta(minutes=1)


class RequestLimit:
    """At most REQUESTS_PER_WINDOW requests per person in any REQUEST_WINDOW_SECONDS."""

    def __init__(self) -> None:
        self._window = FloodWindow(REQUESTS_PER_WINDOW, REQUEST_WINDOW_SECONDS)

    def allow(self, user_id: int, now: float) -> bool:
        return self._window.admit(user_id, 1.0, now) is Verdict.PROCESS


def facet_counts(values: Iterable[str]) -> list[tuple[str, int]]:
    """Each value with how often it occurs, most first, then by name; empty values left out."""
    counts = Counter(value for value in values if value)
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))
