"""What coordinators and members type about the drop-in call, checked and parsed: weekday,
clock time, duration, reminders, the video link, a day and time for one moved call, and a
/vraag question. Pure functions."""

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import Enum
from urllib.parse import urlsplit

MAX_REMINDERS = 4
MAX_REMINDER_MINUTES = 7 * 24 * 60
MAX_DURATION_MINUTES = 8 * 60
MAX_LINK_LENGTH = 500
MAX_QUESTION_LENGTH = 300
DAY_MINUTES = 24 * 60

# Monday is 0, as in date.weekday(). Dutch, English and Frysk, full and short, as people type
# them (Frysk "so" and "si" are left out: a Dutch reader takes them for zondag).
_WEEKDAY_NAMES = (
    ("ma", "maa", "maan", "maandag", "mo", "mon", "monday", "moandei"),
    ("di", "din", "dins", "dinsdag", "tu", "tue", "tues", "tuesday", "ti", "tiisdei"),
    ("wo", "woe", "woens", "woensdag", "we", "wed", "wednesday", "woansdei"),
    (
        "do",
        "don",
        "donder",
        "donderdag",
        "th",
        "thu",
        "thur",
        "thurs",
        "thursday",
        "to",
        "tongersdei",
    ),
    ("vr", "vrij", "vrijdag", "fr", "fri", "friday", "freed"),
    ("za", "zat", "zaterdag", "sa", "sat", "saturday", "sneon"),
    ("zo", "zon", "zondag", "su", "sun", "sunday", "snein"),
)


WEEKDAYS: dict[str, int] = {name: day for day, names in enumerate(_WEEKDAY_NAMES) for name in names}


_TIME = re.compile(r"^\s*(\d{1,2})[:.](\d{2})\s*(?:uur|u|oere)?\s*$")


_OFFSET = re.compile(
    r"^(\d{1,4})\s*(d|dag|dagen|dei|day|days|h|u|uur|oere|oeren|hour|hours|m|min|minuten|minutes)$"
)


_UNIT_MINUTES = {"d": DAY_MINUTES, "h": 60, "u": 60, "o": 60, "m": 1}


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
    match = re.match(
        r"^(\d+(?:\.\d+)?)\s*(min|minuten|minutes|m|u|uur|oere|oeren|h|hour|hours)?$", cleaned
    )
    if not match:
        return None
    amount = float(match.group(1))
    unit = match.group(2) or "m"
    minutes = round(amount * (60 if unit[0] in "uho" else 1))
    return minutes if 5 <= minutes <= MAX_DURATION_MINUTES else None


class LinkProblem(Enum):
    NOT_HTTPS = "not-https"
    MALFORMED = "malformed"


@dataclass(frozen=True)
class VideoLink:
    url: str
    kind: str  # teams, zoom, jitsi, whereby, other


_KINDS = (
    ("teams", ("teams.microsoft.com", "teams.live.com")),
    ("zoom", ("zoom.us",)),
    ("jitsi", ("meet.jit.si", "jitsi.")),
    ("whereby", ("whereby.com",)),
)


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
    """Why a /vraag text cannot be stored for its form (a text key), or None. What it says
    is screened next (rules/screening.screen), as every text others read."""
    cleaned = text.strip()
    if not cleaned or not any(c.isalnum() for c in cleaned):
        return "question-empty"
    if len(cleaned) > MAX_QUESTION_LENGTH:
        return "question-too-long"
    return None
