"""The drop-in, or an introduction's proposed talk, as an iCalendar file (RFC 5545) made with
`icalendar`, in its own time zone (with its VTIMEZONE), so any calendar shows it at the right
local time."""

from datetime import datetime
from zoneinfo import ZoneInfo

from rules.dropin import Occurrence, Schedule

PRODUCT_ID = "-//Kansrijke Start coalitiebot//NL"


def dropin_event(
    schedule: Schedule, occurrence: Occurrence, coalition_slug: str, now: datetime
) -> bytes:
    return calendar_event(
        f"inloop-{coalition_slug}-{occurrence.key:%Y%m%d}",
        schedule.title,
        occurrence.starts_at,
        occurrence.ends_at,
        schedule.zone,
        now,
        link=schedule.link,
    )


def calendar_event(
    uid: str,
    title: str,
    starts_at: datetime,
    ends_at: datetime,
    zone: ZoneInfo,
    now: datetime,
    link: str | None = None,
) -> bytes:
    """One event in `zone`'s local time (with its VTIMEZONE)."""
    # Imported here: a calendar file is asked for now and then; start-up stays fast.
    from icalendar import Calendar, Event

    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("method", "PUBLISH")
    event = Event()
    event.add("uid", f"{uid}@kansrijke-start")
    event.add("dtstamp", now)
    event.add("dtstart", starts_at.astimezone(zone))
    event.add("dtend", ends_at.astimezone(zone))
    event.add("summary", title)
    if link:
        event.add("location", link)
        event.add("url", link)
        event.add("description", link)
    calendar.add_component(event)
    calendar.add_missing_timezones()
    return bytes(calendar.to_ical())


def calendar_file_name(occurrence: Occurrence) -> str:
    return f"inloop-{occurrence.key:%Y-%m-%d}.ics"
