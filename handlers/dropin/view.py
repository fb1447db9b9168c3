"""How drop-in texts look: when a call is, in the reader's language (Babel), the reminder
message, the schedule summary, and the callback data of the drop-in buttons."""

import html
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from rules.day_names import day_text, weekday_name
from rules.dropin import Occurrence, Schedule
from rules.dropin_input import format_reminders
from rules.texts import Catalogue, Html


def when_text(occurrence: Occurrence, zone: ZoneInfo, t: Catalogue) -> Html:
    start = occurrence.starts_at.astimezone(zone)
    end = occurrence.ends_at.astimezone(zone)
    return Html(
        t(
            "dropin-when",
            date=day_text(start.date(), t.language),
            start=f"{start:%H:%M}",
            end=f"{end:%H:%M}",
        )
    )


def relative_text(starts_at: datetime, now: datetime, zone: ZoneInfo, t: Catalogue) -> Html:
    """'begint over 15 minuten', 'is morgen': how far off the call is when the reminder goes."""
    left = starts_at - now
    if left < timedelta(hours=1):
        return Html(t("dropin-in-minutes", minutes=max(1, round(left.total_seconds() / 60))))
    days = (starts_at.astimezone(zone).date() - now.astimezone(zone).date()).days
    if days == 0:
        return Html(t("dropin-in-hours", hours=round(left.total_seconds() / 3600)))
    return Html(t("dropin-tomorrow") if days == 1 else t("dropin-in-days", days=days))


def link_line(schedule: Schedule, t: Catalogue) -> tuple[Html, Html]:
    """(kind name, link as HTML anchor)."""
    link = Html(f'<a href="{html.escape(schedule.link)}">{html.escape(schedule.link)}</a>')
    return Html(t(f"dropin-kind-{schedule.link_kind}")), link


def next_call_text(
    schedule: Schedule, occurrence: Occurrence, coalition_name: str, rsvp: str, t: Catalogue
) -> str:
    """The /inloop heading: title, coalition, when, link, and a line about RSVPs."""
    kind, link = link_line(schedule, t)
    when = when_text(occurrence, schedule.zone, t)
    text = t(
        "dropin-next",
        title=schedule.title,
        coalition=coalition_name,
        when=when,
        kind=kind,
        link=link,
        rsvp=Html(rsvp),
    )
    return text.rstrip()


def questions_text(questions: list[str], t: Catalogue) -> Html:
    if not questions:
        return Html(t("dropin-no-questions"))
    lines = [t("dropin-questions-header")]
    lines += [f"{n}. {html.escape(q)}" for n, q in enumerate(questions, 1)]
    return Html("\n".join(lines))


def reminder_text(
    schedule: Schedule, occurrence: Occurrence, now: datetime, questions: list[str], t: Catalogue
) -> str:
    zone = schedule.zone
    kind, link = link_line(schedule, t)
    text = t(
        "dropin-reminder",
        title=schedule.title,
        relative=relative_text(occurrence.starts_at, now, zone, t),
        when=when_text(occurrence, zone, t),
        kind=kind,
        link=link,
    )
    if occurrence.moved:
        text += "\n" + t("dropin-moved-note")
    return text + "\n\n" + questions_text(questions, t)


def skip_notice_text(
    schedule: Schedule, occurrence: Occurrence, following: Occurrence | None, t: Catalogue
) -> str:
    zone = schedule.zone
    reason = t("dropin-reason", reason=occurrence.reason) if occurrence.reason else ""
    upcoming = when_text(following, zone, t) if following else "-"
    day = day_text(occurrence.key, t.language)
    return t(
        "dropin-skip-notice", title=schedule.title, date=day, reason=Html(reason), next=upcoming
    )


def schedule_summary(schedule: Schedule, t: Catalogue) -> str:
    kind, link = link_line(schedule, t)
    reminders = format_reminders(schedule.reminder_minutes).replace(",", ", ")
    status = Html(t("setup-status-active" if schedule.active else "setup-status-paused"))
    return t(
        "setup-summary",
        weekday=weekday_name(schedule.weekday, t.language),
        start=f"{schedule.start:%H:%M}",
        duration=schedule.duration_minutes,
        timezone=schedule.timezone,
        title=schedule.title,
        kind=kind,
        link=link,
        reminders=reminders,
        status=status,
    )


# ---- callback data: "di:<action>:<coalition>[:<YYYYMMDD or question id>]" ----------------

_DROPIN_DATA = re.compile(r"^di:([rjcsq]):(\d{1,12})(?::(\d{1,12}))?$")


@dataclass(frozen=True)
class DropinButton:
    action: str  # r/j: RSVP (reminder / /inloop), c: calendar, s: reminders, q: remove question
    coalition_id: int
    occurrence: date | None = None
    question_id: int | None = None


def button_data(
    action: str, coalition_id: int, occurrence: date | None = None, question_id: int | None = None
) -> str:
    tail = f":{occurrence:%Y%m%d}" if occurrence else f":{question_id}" if question_id else ""
    return f"di:{action}:{coalition_id}{tail}"


def parse_button(data: str | None) -> DropinButton | None:
    match = _DROPIN_DATA.match(data or "")
    if not match:
        return None
    action, coalition_id, tail = match.group(1), int(match.group(2)), match.group(3)
    if action in "rjc":
        if tail is None or len(tail) != 8:
            return None
        try:
            day = datetime.strptime(tail, "%Y%m%d").date()
        except ValueError:
            return None
        return DropinButton(action, coalition_id, occurrence=day)
    if action == "q":
        return DropinButton(action, coalition_id, question_id=int(tail)) if tail else None
    return DropinButton(action, coalition_id) if tail is None else None


def dropin_buttons(t: Catalogue, coalition_id: int, key: date, count: int) -> InlineKeyboardMarkup:
    """Under every reminder: RSVP with the count so far, and the calendar file."""
    return InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(
                    t("button-rsvp", count=count), callback_data=button_data("r", coalition_id, key)
                ),
                InlineKeyboardButton(
                    t("button-calendar"), callback_data=button_data("c", coalition_id, key)
                ),
            ]
        ]
    )
