"""The coalition's action agenda: workgroups, actions and their status, and the *stand van
zaken* that is written from them. Pure functions; storage/actions/ keeps the agenda,
handlers/actions/ shows and changes it."""

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from enum import StrEnum

from rules.experience_vocabulary import experience_vocabulary
from rules.normalize import fold


class ActionStatus(StrEnum):
    IDEA = "idea"  # idee
    IN_PROGRESS = "in_progress"  # bezig
    STUCK = "stuck"  # vast
    DONE = "done"  # klaar
    STOPPED = "stopped"  # gestopt


OPEN_STATUSES = (ActionStatus.IDEA, ActionStatus.IN_PROGRESS, ActionStatus.STUCK)
MAX_TITLE_CHARS = 120
MAX_UPDATE_CHARS = 280
MAX_WORKGROUP_NAME_CHARS = 60
MAX_GOAL_CHARS = 300


def title_problem(text: str, limit: int = MAX_TITLE_CHARS) -> str | None:
    """Why a title (of an action or a workgroup) cannot be kept for its form (a text key), or
    None. What it says is screened next (rules/screening.screen)."""
    cleaned = " ".join(text.split())
    if not any(c.isalnum() for c in cleaned):
        return "actions-title-empty"
    if len(cleaned) > limit:
        return "actions-title-too-long"
    return None


@dataclass(frozen=True)
class ActionFacts:
    """What the stand van zaken reads of an action."""

    id: int
    title: str
    status: ActionStatus
    workgroup: str  # "" when the action belongs to no workgroup
    due_on: date | None
    changed_at: datetime  # when the status was last set
    last_update: str = ""  # the latest update's sentence, if any


def is_overdue(action: ActionFacts, today: date) -> bool:
    return action.status in OPEN_STATUSES and action.due_on is not None and action.due_on < today


def agenda_statuses(wanted: str, *, overdue: bool = False) -> tuple[ActionStatus, ...] | None:
    """The statuses an agenda filter asks for: "" every one, "open" the open ones, or one
    status; only open ones when it asks for overdue actions. None: no action can match (an
    unknown status, or a closed one that is overdue)."""
    if wanted in ("", "open"):
        return OPEN_STATUSES if wanted == "open" or overdue else tuple(ActionStatus)
    if wanted not in {s.value for s in ActionStatus}:
        return None
    status = ActionStatus(wanted)
    return None if overdue and status not in OPEN_STATUSES else (status,)


@dataclass(frozen=True)
class Stand:
    """The stand van zaken of a coalition or a workgroup since a date: what was done, what is
    under way, what is stuck and what is next, and the numbers."""

    since: date
    done: list[ActionFacts] = field(default_factory=list)  # done since `since`
    under_way: list[ActionFacts] = field(default_factory=list)
    stuck: list[ActionFacts] = field(default_factory=list)
    next: list[ActionFacts] = field(default_factory=list)  # ideas, soonest due first
    overdue: list[ActionFacts] = field(default_factory=list)
    per_status: dict[ActionStatus, int] = field(default_factory=dict)
    per_workgroup: dict[str, dict[ActionStatus, int]] = field(default_factory=dict)


def stand_van_zaken(actions: Iterable[ActionFacts], since: date, today: date) -> Stand:
    """Done means done since `since` (by the time its status was set); everything open is
    listed, whenever it started; stopped actions only count."""
    every = sorted(actions, key=lambda a: (a.due_on or date.max, a.id))
    per_workgroup: dict[str, Counter[ActionStatus]] = {}
    for action in every:
        per_workgroup.setdefault(action.workgroup, Counter())[action.status] += 1
    return Stand(
        since=since,
        done=[a for a in every if a.status is ActionStatus.DONE and a.changed_at.date() >= since],
        under_way=[a for a in every if a.status is ActionStatus.IN_PROGRESS],
        stuck=[a for a in every if a.status is ActionStatus.STUCK],
        next=[a for a in every if a.status is ActionStatus.IDEA],
        overdue=[a for a in every if is_overdue(a, today)],
        per_status=dict(Counter(a.status for a in every)),
        per_workgroup={name: dict(counts) for name, counts in sorted(per_workgroup.items())},
    )


_DUE = re.compile(r"^(\d{1,2})[-/.](\d{1,2})(?:[-/.](\d{2}|\d{4}))?$|^(\d{4})-(\d{2})-(\d{2})$")


def parse_due(text: str, today: date) -> date | None:
    """A due date as people type it: 31-03-2027, 31/3, 2027-03-31. Without a year: the next
    such day from today. None for anything else or a day that does not exist."""
    found = _DUE.match(text.strip())
    if found is None:
        return None
    try:
        if found.group(4):
            return date(int(found.group(4)), int(found.group(5)), int(found.group(6)))
        day, month, year = int(found.group(1)), int(found.group(2)), found.group(3)
        if year:
            return date(int(year) + (2000 if len(year) == 2 else 0), month, day)
        due = date(today.year, month, day)
        return due if due >= today else date(today.year + 1, month, day)
    except ValueError:
        return None


@dataclass(frozen=True)
class Proposal:
    """`/actie <titel> [#werkgroep] [tot <datum>]` ("by", "until", "oant" too), read apart."""

    title: str
    workgroup: str  # "" for none
    due_text: str  # "" for none


_PROPOSAL = re.compile(
    r"^(?P<title>.*?)(?:\s+#(?P<group>[^#]+?))?(?:\s+(?:tot|by|until|oant)\s+(?P<due>\S+))?\s*$"
)


def parse_proposal(text: str) -> Proposal:
    found = _PROPOSAL.match(" ".join(text.split()))
    assert found is not None  # the pattern matches any text
    return Proposal(
        found.group("title").strip(),
        (found.group("group") or "").strip(),
        (found.group("due") or "").strip(),
    )


# ---- the status round ------------------------------------------------------------------------

ASK_AT = time(10, 0)  # local time: owners are asked in the morning
REMIND_AFTER = timedelta(days=7)  # one gentle reminder, a week after the question
MEETING_LEAD = timedelta(days=7)  # for a meeting: asked in the week before it


@dataclass(frozen=True)
class Rhythm:
    """How often owners are asked: each month, or in the week before `meeting_on`."""

    kind: str = "monthly"  # monthly or meeting
    meeting_on: date | None = None


@dataclass(frozen=True)
class Round:
    key: str  # "2026-12" for a month, "m-2027-03-15" for a meeting
    opens: datetime  # local time; actions changed by their owner since are not asked about


def due_round(rhythm: Rhythm, now: datetime) -> Round | None:
    """The status round that runs at `now` (aware, local time), or None: a monthly round from
    the 1st at 10:00 to the end of the month; a meeting's round from a week before it at 10:00
    to the meeting's day."""
    zone = now.tzinfo
    if rhythm.kind == "meeting":
        if rhythm.meeting_on is None:
            return None
        opens = datetime.combine(rhythm.meeting_on - MEETING_LEAD, ASK_AT, zone)
        if opens <= now and now.date() <= rhythm.meeting_on:
            return Round(f"m-{rhythm.meeting_on.isoformat()}", opens)
        return None
    opens = datetime.combine(now.date().replace(day=1), ASK_AT, zone)
    return Round(f"{now:%Y-%m}", opens) if opens <= now else None


def parse_rhythm(text: str, today: date) -> Rhythm | None:
    """`maandelijks` (monthly, maandelijk, moanliks) or a meeting's date still to come."""
    word = text.strip().lower()
    if word in ("maandelijks", "maandelijk", "monthly", "moanliks"):
        return Rhythm()
    meeting = parse_due(word, today)
    return Rhythm("meeting", meeting) if meeting is not None and meeting >= today else None


# ---- practice examples -----------------------------------------------------------------------


def example_matches(text: str, example: str) -> bool:
    """Whether a shared example (its title, workgroup and news) answers a search: every word
    typed is in it (folded: "Centering" finds "centeringpregnancy" only as a word start)."""
    wanted = fold(text).split()
    words = fold(example).split()
    return bool(wanted) and all(any(w.startswith(part) for w in words) for part in wanted)


def shared_topics(question: str, example: str) -> bool:
    """Whether a question to the network and a practice example name a method or topic in
    common (rules/experience_vocabulary.py)."""
    vocabulary = experience_vocabulary()
    return bool(set(vocabulary.keys_in(question)) & set(vocabulary.keys_in(example)))
