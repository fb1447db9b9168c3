"""Rules of meeting feedback (issue 5): who a respondent is without storing who they are,
what a valid rating button and comment are, and how a report sums up the answers."""

import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

RATINGS = range(1, 6)
MAX_COMMENT_LENGTH = 500
MIN_RESPONSES_FOR_DISTRIBUTION = 3
DEFAULT_OPEN_DAYS = 7
SECRET_BYTES = 32
BAR_WIDTH = 10
_RATING_DATA = re.compile(r"^fb:(\d{1,12}):(\d)$")


def new_secret() -> str:
    return secrets.token_hex(SECRET_BYTES)


def respondent_key(secret: str, user_id: int, session_id: int) -> str:
    """A keyed hash of person and session: the same person answering again is recognised,
    but without the secret nobody can tell who answered, nor link answers across sessions."""
    message = f"{session_id}:{user_id}".encode()
    return hmac.new(secret.encode(), message, hashlib.sha256).hexdigest()


def rating_data(session_id: int, rating: int) -> str:
    return f"fb:{session_id}:{rating}"


def parse_rating(data: str | None) -> tuple[int, int] | None:
    """(session id, rating) from a rating button; None for anything forged or out of range."""
    match = _RATING_DATA.match(data or "")
    if not match or int(match.group(2)) not in RATINGS:
        return None
    return int(match.group(1)), int(match.group(2))


def comment_problem(text: str) -> str | None:
    """Why a comment cannot be stored for its form (a text key), or None. What it says is
    screened next (rules/screening.screen), as every text others read."""
    cleaned = text.strip()
    if not any(c.isalnum() for c in cleaned):
        return "feedback-comment-empty"
    if len(cleaned) > MAX_COMMENT_LENGTH:
        return "feedback-comment-too-long"
    return None


@dataclass(frozen=True)
class Summary:
    responses: int
    average: float | None
    distribution: tuple[int, ...] | None  # counts for 1..5; None below the anonymity minimum
    response_rate: float | None  # of those who said they would come, when known


def summarise(ratings: list[int], invited: int | None) -> Summary:
    if not ratings:
        return Summary(0, None, None, 0.0 if invited else None)
    counts = tuple(ratings.count(r) for r in RATINGS)
    shown = counts if len(ratings) >= MIN_RESPONSES_FOR_DISTRIBUTION else None
    rate = min(1.0, len(ratings) / invited) if invited else None
    return Summary(len(ratings), sum(ratings) / len(ratings), shown, rate)


def bar_chart(distribution: tuple[int, ...]) -> list[str]:
    """'5 ★ ██████░░░░ 6' lines, highest rating first, bars relative to the largest count."""
    top = max(distribution) or 1
    lines = []
    for rating in reversed(RATINGS):
        count = distribution[rating - 1]
        filled = round(BAR_WIDTH * count / top)
        lines.append(f"{rating} ★ {'█' * filled}{'░' * (BAR_WIDTH - filled)} {count}")
    return lines


def feedback_ask_id(key: date, starts_at: datetime) -> str:
    """The outbox name of the question asked after a drop-in (next to its reminders')."""
    return f"{key.isoformat()} {starts_at.astimezone(UTC):%Y-%m-%dT%H:%MZ} feedback"


def feedback_reminder_id(ask_id: str) -> str:
    """The outbox name of the one reminder after a drop-in's feedback question."""
    return f"{ask_id} again"


@dataclass(frozen=True)
class ReminderTiming:
    """When the one reminder goes to who has not answered: the next morning at a local time,
    or some hours after the meeting ended; neither: no reminder (FEEDBACK_REMINDER=off)."""

    morning_at: time | None = time(9, 0)
    after: timedelta | None = None

    def moment(self, ends_at: datetime, zone: ZoneInfo) -> datetime | None:
        if self.after is not None:
            return ends_at + self.after
        if self.morning_at is None:
            return None
        next_day = ends_at.astimezone(zone).date() + timedelta(days=1)
        return datetime.combine(next_day, self.morning_at, tzinfo=zone)


MAX_REMINDER_HOURS = 36


def parse_reminder_timing(text: str) -> ReminderTiming | None:
    """'' (the next morning at 09:00), 'off', '08:30' (the next morning then) or '4h'
    (hours after the meeting); None when it is none of these."""
    cleaned = text.strip().lower()
    if not cleaned:
        return ReminderTiming()
    if cleaned == "off":
        return ReminderTiming(morning_at=None)
    hours = re.fullmatch(r"(\d{1,3})\s*h", cleaned)
    if hours:
        count = int(hours.group(1))
        return (
            ReminderTiming(None, timedelta(hours=count))
            if 0 < count <= MAX_REMINDER_HOURS
            else None
        )
    clock = re.fullmatch(r"([01]?\d|2[0-3])[:.]([0-5]\d)", cleaned)
    if clock:
        return ReminderTiming(time(int(clock.group(1)), int(clock.group(2))))
    return None


def comments_shown(comments: list[str], responses: int) -> list[str]:
    """Comments are shown from the same number of answers as the distribution: with fewer,
    a comment could point to who wrote it."""
    return comments if responses >= MIN_RESPONSES_FOR_DISTRIBUTION else []


def response_rates(answered_before: int, answered: int, asked: int) -> tuple[int, int] | None:
    """Percent of those asked who had answered before the reminder, and who have now."""
    if asked <= 0:
        return None
    return round(100 * min(1.0, answered_before / asked)), round(100 * min(1.0, answered / asked))


def feedback_closes(ends_at: datetime) -> datetime:
    return ends_at + timedelta(days=DEFAULT_OPEN_DAYS)


def parse_event_date(text: str, today: date) -> date | None:
    """'vandaag'/'today'/'hjoed', 'morgen'/'tomorrow'/'moarn', '26-11-2026', '26-11'; at most
    31 days back."""
    cleaned = text.strip().lower()
    words = {
        "vandaag": 0,
        "today": 0,
        "hjoed": 0,
        "morgen": 1,
        "tomorrow": 1,
        "moarn": 1,
        "gisteren": -1,
        "yesterday": -1,
        "juster": -1,
    }
    if cleaned in words:
        return today + timedelta(days=words[cleaned])
    match = re.fullmatch(r"(\d{1,2})[-/.](\d{1,2})(?:[-/.](\d{4}))?", cleaned)
    if not match:
        return None
    try:
        day = date(int(match.group(3) or today.year), int(match.group(2)), int(match.group(1)))
    except ValueError:
        return None
    return day if day >= today - timedelta(days=31) else None
