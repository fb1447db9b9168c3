"""The drop-in as an iCalendar file (RFC 5545) made with `icalendar`, in the call's own time
zone (with its VTIMEZONE), so any calendar shows it at the right local time."""

from datetime import datetime

from rules.dropin import Occurrence, Schedule

PRODUCT_ID = "-//Kansrijke Start coalitiebot//NL"


def dropin_event(schedule: Schedule, occurrence: Occurrence, coalition_slug: str,
                 now: datetime) -> bytes:  # fmt: skip
    # Imported here: a calendar file is asked for now and then; start-up stays fast.
    from icalendar import Calendar, Event

    zone = schedule.zone
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("method", "PUBLISH")
    event = Event()
    event.add("uid", f"inloop-{coalition_slug}-{occurrence.key:%Y%m%d}@kansrijke-start")
    event.add("dtstamp", now)
    event.add("dtstart", occurrence.starts_at.astimezone(zone))
    event.add("dtend", occurrence.ends_at.astimezone(zone))
    event.add("summary", schedule.title)
    event.add("location", schedule.link)
    event.add("url", schedule.link)
    event.add("description", schedule.link)
    calendar.add_component(event)
    calendar.add_missing_timezones()
    return bytes(calendar.to_ical())


def calendar_file_name(occurrence: Occurrence) -> str:
    return f"inloop-{occurrence.key:%Y-%m-%d}.ics"
