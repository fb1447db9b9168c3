"""Rules of the weekly drop-in call: when the call is, and when each reminder is due (what
people type about it is parsed in dropin_input.py). Pure functions; the time zone rules come
from zoneinfo.

An occurrence is known by its regular date (`key`), also when it was moved to another time,
so reminders, RSVPs and questions stay with it.
"""

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from enum import Enum
from zoneinfo import ZoneInfo

from rules.dropin_input import DAY_MINUTES, VideoLink, check_video_link

DEFAULT_DURATION_MINUTES = 60
DEFAULT_REMINDER_MINUTES: tuple[int, ...] = (24 * 60, 15)
MAX_MOVE_DAYS = 6
MAX_TITLE_LENGTH = 80


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
