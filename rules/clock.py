"""Where the bot gets the current time; tests swap in a clock they control."""

from datetime import UTC, date, datetime
from typing import Protocol


class Clock(Protocol):
    def now(self) -> datetime:
        """The current moment, timezone-aware in UTC."""
        ...


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)


def to_iso(moment: datetime) -> str:
    """Stored form of a moment: UTC ISO-8601 text, which sorts like time."""
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def from_iso(text: str) -> datetime:
    return datetime.fromisoformat(text).astimezone(UTC)


def iso_week(day: date) -> str:
    """ISO week, as a Dutch planner writes it: 2026-W48."""
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"
