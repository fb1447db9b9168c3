"""Rules of the weekly drop-in call: parsing what coordinators type, when the call is, and
when each reminder is due. Pure functions; the time zone rules come from zoneinfo.

An occurrence is known by its regular date (`key`), also when it was moved to another time,
so reminders, RSVPs and questions stay with it.
"""

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from enum import Enum
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from rules.screening import contains_bsn

DEFAULT_DURATION_MINUTES = 60
DEFAULT_REMINDER_MINUTES: tuple[int, ...] = (24 * 60, 15)
MAX_REMINDERS = 4
MAX_REMINDER_MINUTES = 7 * 24 * 60
MAX_DURATION_MINUTES = 8 * 60
MAX_MOVE_DAYS = 6
MAX_TITLE_LENGTH = 80
MAX_LINK_LENGTH = 500
MAX_QUESTION_LENGTH = 300
DAY_MINUTES = 24 * 60

# Monday is 0, as in date.weekday(). Dutch and English, full and short, as people type them.
_WEEKDAY_NAMES = (
    ("ma", "maa", "maan", "maandag", "mo", "mon", "monday"),
    ("di", "din", "dins", "dinsdag", "tu", "tue", "tues", "tuesday"),
    ("wo", "woe", "woens", "woensdag", "we", "wed", "wednesday"),
    ("do", "don", "donder", "donderdag", "th", "thu", "thur", "thurs", "thursday"),
    ("vr", "vrij", "vrijdag", "fr", "fri", "friday"),
    ("za", "zat", "zaterdag", "sa", "sat", "saturday"),
    ("zo", "zon", "zondag", "su", "sun", "sunday"),
)
WEEKDAYS: dict[str, int] = {name: day for day, names in enumerate(_WEEKDAY_NAMES) for name in names}
_TIME = re.compile(r"^\s*(\d{1,2})[:.](\d{2})\s*(?:uur|u)?\s*$")
_OFFSET = re.compile(
    r"^(\d{1,4})\s*(d|dag|dagen|day|days|h|u|uur|hour|hours|m|min|minuten|minutes)$"
)
_UNIT_MINUTES = {"d": DAY_MINUTES, "h": 60, "u": 60, "m": 1}


def parse_weekday(text: str) -> int | None:
    """'di', 'Dinsdag', 'tue', 'Tuesday.' → 1; None when it is no weekday."""
    return WEEKDAYS.get(text.strip().strip(".").lower())


def parse_clock_time(text: str) -> time | None:
    """'12:30', '9.05', '14:00 uur' → a time; '25:00' or '12:60' → None."""
    match = _TIME.match(text)
    if not match:
        return None
    hour, minute = int(match.group(1)), int(match.group(2))
    if hour > 23 or minute > 59:
        return None
    return time(hour, minute)


def parse_reminders(text: str) -> tuple[int, ...] | None:
    """'24h,15m', '1 dag, 30 min', '2u' → minutes before the start, largest first.

    None when a part is not understood, is zero, longer than a week, or there are too many.
    """
    parts = [p.strip().lower() for p in re.split(r"[,;]| en | and ", text) if p.strip()]
    minutes: set[int] = set()
    for part in parts:
        match = _OFFSET.match(part)
        if not match:
            return None
        amount = int(match.group(1)) * _UNIT_MINUTES[match.group(2)[0]]
        if not 0 < amount <= MAX_REMINDER_MINUTES:
            return None
        minutes.add(amount)
    if not minutes or len(minutes) > MAX_REMINDERS:
        return None
    return tuple(sorted(minutes, reverse=True))


def format_reminders(minutes: tuple[int, ...]) -> str:
    """(1440, 15) → '24h,15m': the form `parse_reminders` and the command line read."""
    return ",".join(f"{m // 60}h" if m % 60 == 0 else f"{m}m" for m in minutes)


def parse_duration(text: str) -> int | None:
    """Minutes: '60', '45 min', '1u', '1,5 uur' → 90; None outside 5 minutes .. 8 hours."""
    cleaned = text.strip().lower().replace(",", ".")
    match = re.match(r"^(\d+(?:\.\d+)?)\s*(min|minuten|minutes|m|u|uur|h|hour|hours)?$", cleaned)
    if not match:
        return None
    amount = float(match.group(1))
    unit = match.group(2) or "m"
    minutes = round(amount * (60 if unit[0] in "uh" else 1))
    return minutes if 5 <= minutes <= MAX_DURATION_MINUTES else None


class LinkProblem(Enum):
    NOT_HTTPS = "not-https"
    MALFORMED = "malformed"


@dataclass(frozen=True)
class VideoLink:
    url: str
    kind: str  # teams, zoom, jitsi, whereby, other


_KINDS = (("teams", ("teams.microsoft.com", "teams.live.com")), ("zoom", ("zoom.us",)),
          ("jitsi", ("meet.jit.si", "jitsi.")), ("whereby", ("whereby.com",)))  # fmt: skip


def video_kind(host: str) -> str:
    """'teams.microsoft.com' → teams, 'us02web.zoom.us' → zoom, 'jitsi.ggd.nl' → jitsi."""
    for kind, domains in _KINDS:
        for domain in domains:
            if domain.endswith(".") and (host.startswith(domain) or "." + domain in host):
                return kind
            if host == domain or host.endswith("." + domain):
                return kind
    return "other"


def check_video_link(text: str) -> VideoLink | LinkProblem:
    """Only https links with a real host; the kind (Teams, Zoom…) is read from the host."""
    url = text.strip()
    if any(c.isspace() for c in url) or len(url) > MAX_LINK_LENGTH:
        return LinkProblem.MALFORMED
    try:
        parts = urlsplit(url)
    except ValueError:
        return LinkProblem.MALFORMED
    if parts.scheme.lower() != "https":
        return LinkProblem.NOT_HTTPS
    host = (parts.hostname or "").lower()
    if "." not in host or host.startswith(".") or host.endswith("."):
        return LinkProblem.MALFORMED
    return VideoLink(url, video_kind(host))


@dataclass(frozen=True)
class Schedule:
    weekday: int
    start: time
    duration_minutes: int
    timezone: str
    title: str
    link: str
    reminder_minutes: tuple[int, ...] = DEFAULT_REMINDER_MINUTES
    active: bool = True

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    @property
    def link_kind(self) -> str:
        checked = check_video_link(self.link)
        return checked.kind if isinstance(checked, VideoLink) else "other"


@dataclass(frozen=True)
class Change:
    """A skipped date, or a one-off move of that date's call to another local date and time."""

    key: date
    skipped: bool
    reason: str | None = None
    moved_to: datetime | None = None  # naive local date and time


@dataclass(frozen=True)
class Occurrence:
    key: date
    starts_at: datetime  # aware, UTC
    ends_at: datetime
    skipped: bool = False
    reason: str | None = None
    moved: bool = False

    def local_start(self, zone: ZoneInfo) -> datetime:
        return self.starts_at.astimezone(zone)


def at_local(day: date, clock_time: time, zone: ZoneInfo) -> datetime:
    """The moment (UTC) when the clock on the wall in `zone` shows `day clock_time`.

    A time that does not exist (02:30 on the night clocks go forward) lands an hour later.
    """
    return datetime.combine(day, clock_time, tzinfo=zone).astimezone(UTC)


def occurrence_on(schedule: Schedule, key: date, change: Change | None) -> Occurrence:
    zone = schedule.zone
    duration = timedelta(minutes=schedule.duration_minutes)
    starts_at = at_local(key, schedule.start, zone)
    if change is not None and change.skipped:
        return Occurrence(key, starts_at, starts_at + duration, skipped=True, reason=change.reason)
    if change is not None and change.moved_to is not None:
        moved = at_local(change.moved_to.date(), change.moved_to.time(), zone)
        return Occurrence(key, moved, moved + duration, moved=True)
    return Occurrence(key, starts_at, starts_at + duration)


def occurrences(
    schedule: Schedule, changes: dict[date, Change], after: datetime, count: int
) -> list[Occurrence]:
    """The next `count` occurrences that have not ended at `after` (skipped ones included),
    in the order they happen."""
    # A call moves at most MAX_MOVE_DAYS, so start a week early and look a few weeks ahead.
    day = after.astimezone(schedule.zone).date() - timedelta(days=7)
    day += timedelta(days=(schedule.weekday - day.weekday()) % 7)
    found: list[Occurrence] = []
    for week in range(count + 3):
        key = day + timedelta(weeks=week)
        occurrence = occurrence_on(schedule, key, changes.get(key))
        if occurrence.ends_at > after:
            found.append(occurrence)
    found.sort(key=lambda o: o.starts_at)
    return found[:count]


def next_occurrence(
    schedule: Schedule, changes: dict[date, Change], now: datetime, *, held_only: bool = False
) -> Occurrence | None:
    """The first occurrence that has not ended; with held_only, the first not skipped."""
    for occurrence in occurrences(schedule, changes, now, 8):
        if not (held_only and occurrence.skipped):
            return occurrence
    return None


@dataclass(frozen=True)
class Reminder:
    occurrence: Occurrence
    minutes_before: int
    moment: datetime  # UTC

    @property
    def notice(self) -> bool:
        """A skipped week gets one notice instead of its reminders."""
        return self.occurrence.skipped


def reminder_moment(starts_at: datetime, minutes_before: int, zone: ZoneInfo) -> datetime:
    """Whole days before keep the wall-clock time (24 h before a 12:30 call is 12:30 the day
    before, also across a daylight-saving change); the rest is counted in real minutes."""
    days, minutes = divmod(minutes_before, DAY_MINUTES)
    local = starts_at.astimezone(zone)
    day_earlier = datetime.combine(local.date() - timedelta(days=days), local.time(), zone)
    return day_earlier.astimezone(UTC) - timedelta(minutes=minutes)


def reminders_for(schedule: Schedule, occurrence: Occurrence) -> list[Reminder]:
    zone = schedule.zone
    if occurrence.skipped:
        first = max(schedule.reminder_minutes)
        return [Reminder(occurrence, first, reminder_moment(occurrence.starts_at, first, zone))]
    return [
        Reminder(occurrence, m, reminder_moment(occurrence.starts_at, m, zone))
        for m in schedule.reminder_minutes
    ]


class Decision(Enum):
    WAIT = "wait"
    SEND = "send"
    DROP = "drop"


def decide(reminder: Reminder, now: datetime) -> Decision:
    """Not yet due: wait. Due and the call has not started: send (also late, after downtime).
    Due but the call already started: drop."""
    if reminder.moment > now:
        return Decision.WAIT
    return Decision.SEND if now < reminder.occurrence.starts_at else Decision.DROP


def check_skip(schedule: Schedule, key: date, now: datetime) -> bool:
    """A date can be skipped when it is one of the schedule's dates and has not started."""
    return key.weekday() == schedule.weekday and at_local(key, schedule.start, schedule.zone) > now


def check_move(schedule: Schedule, key: date, moved_to: datetime, now: datetime) -> bool:
    """A move stays within MAX_MOVE_DAYS of its date and lies in the future."""
    if not check_skip(schedule, key, now):
        return False
    if abs((moved_to.date() - key).days) > MAX_MOVE_DAYS:
        return False
    return at_local(moved_to.date(), moved_to.time(), schedule.zone) > now


def parse_day_and_time(text: str, around: date) -> datetime | None:
    """'do 14:00', 'donderdag 14.00', '26-11 14:00', '14:00' (same day) → naive local datetime
    near `around`; None when not understood."""
    parts = text.strip().split()
    if not parts:
        return None
    clock_time = parse_clock_time(parts[-1])
    if clock_time is None:
        return None
    if len(parts) == 1:
        return datetime.combine(around, clock_time)
    if len(parts) != 2:
        return None
    weekday = parse_weekday(parts[0])
    if weekday is not None:
        # The date with that weekday closest to `around`.
        delta = (weekday - around.weekday()) % 7
        day = around + timedelta(days=delta if delta <= 3 else delta - 7)
        return datetime.combine(day, clock_time)
    match = re.match(r"^(\d{1,2})[-/.](\d{1,2})(?:[-/.](\d{4}))?$", parts[0])
    if not match:
        return None
    year = int(match.group(3)) if match.group(3) else around.year
    try:
        day = date(year, int(match.group(2)), int(match.group(1)))
    except ValueError:
        return None
    if not match.group(3) and abs((day - around).days) > 180:
        try:  # '2-1' typed in December means January next year
            day = day.replace(year=year + (1 if day < around else -1))
        except ValueError:  # 29 February
            return None
    return datetime.combine(day, clock_time)


def question_problem(text: str) -> str | None:
    """Why a /vraag text cannot be stored (a text key), or None when it is fine."""
    cleaned = text.strip()
    if not cleaned or not any(c.isalnum() for c in cleaned):
        return "question-empty"
    if len(cleaned) > MAX_QUESTION_LENGTH:
        return "question-too-long"
    if contains_bsn(cleaned):
        return "question-bsn"
    return None


def reminder_id(reminder: Reminder) -> str:
    """What makes a reminder itself: its occurrence, that occurrence's start (a moved call gets
    fresh reminders), the minutes before, and whether it is a skip notice."""
    occurrence = reminder.occurrence
    kind = "notice" if reminder.notice else "reminder"
    return (
        f"{occurrence.key.isoformat()} {occurrence.starts_at.astimezone(UTC):%Y-%m-%dT%H:%MZ}"
        f" {reminder.minutes_before}m {kind}"
    )


def changes_since(now: datetime) -> date:
    """The oldest date whose one-off change can still matter: a call moves at most
    MAX_MOVE_DAYS, so an older date's call is over."""
    return (now - timedelta(days=MAX_MOVE_DAYS + 1)).date()
