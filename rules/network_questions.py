"""Ask the network: whom a question goes to, how many a member gets in a week, how long a
question stays open, and the figures of the report. Pure functions; storage/network_questions.py
keeps the questions, handlers/network_questions/ asks and answers them."""

import statistics
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo

from rules.clock import iso_week
from rules.experience_vocabulary import experience_vocabulary
from rules.introductions import Domain
from rules.roles_vocabulary import role_vocabulary

WEEKLY_CAP = 3  # network questions one member gets in a calendar week, at most
OPEN_FOR = timedelta(days=14)  # then a question closes by itself
ASK_EVERY = timedelta(days=1)  # one question a day per asker
MAX_QUESTION_CHARS = 700
MAX_ANSWER_CHARS = 1000
MIN_QUESTION_CHARS = 15


@dataclass(frozen=True)
class Audience:
    """Whom a question goes to: everyone, one domain, one municipality (key) or people who
    name a method in their experience (method key)."""

    kind: str  # "all", "domain", "municipality", "experience"
    value: str = ""

    @property
    def code(self) -> str:
        """As stored and in button data: "all", "d:medical", "m:venlo", "e:voorzorg"."""
        return "all" if self.kind == "all" else f"{self.kind[0]}:{self.value}"

    @classmethod
    def parse(cls, code: str) -> "Audience | None":
        if code == "all":
            return cls("all")
        kinds = {"d": "domain", "m": "municipality", "e": "experience"}
        prefix, _, value = code.partition(":")
        if prefix not in kinds or not value:
            return None
        if prefix == "d" and value not in (Domain.MEDICAL, Domain.SOCIAL):
            return None
        if prefix == "e" and experience_vocabulary().get(value) is None:
            return None
        return cls(kinds[prefix], value)


@dataclass(frozen=True)
class MemberFacts:
    """What decides whether a member is in an audience: their listing in the coalition."""

    user_id: int
    role_key: str = ""  # "" when they have no listing
    municipality_key: str = ""
    municipality: str = ""
    experience: str = ""

    @property
    def domain(self) -> Domain | None:
        return role_vocabulary().domain_of(self.role_key) if self.role_key else None

    @property
    def methods(self) -> tuple[str, ...]:
        return experience_vocabulary().parse(self.experience).methods


def in_audience(audience: Audience, member: MemberFacts) -> bool:
    if audience.kind == "all":
        return True
    if audience.kind == "domain":
        return member.domain is not None and member.domain.value == audience.value
    if audience.kind == "municipality":
        return member.municipality_key == audience.value
    return audience.value in member.methods


def recipients(audience: Audience, members: Iterable[MemberFacts]) -> list[int]:
    return [m.user_id for m in members if in_audience(audience, m)]


@dataclass(frozen=True)
class AudienceChoices:
    """The choices shown to the asker, each with how many people it reaches."""

    everyone: int
    domains: dict[str, int]  # "medical" / "social" -> people
    municipalities: list[tuple[str, str, int]]  # (key, name, people), most people first
    methods: list[tuple[str, int]]  # (method key, people), most people first


def audience_choices(members: list[MemberFacts], shown: int = 10) -> AudienceChoices:
    domains = Counter(
        m.domain.value for m in members if m.domain in (Domain.MEDICAL, Domain.SOCIAL)
    )
    places: Counter[str] = Counter(m.municipality_key for m in members if m.municipality_key)
    names = {m.municipality_key: m.municipality for m in members}
    methods: Counter[str] = Counter(key for m in members for key in m.methods)
    return AudienceChoices(
        everyone=len(members),
        domains={d.value: domains.get(d.value, 0) for d in (Domain.MEDICAL, Domain.SOCIAL)},
        municipalities=[(k, names[k], n) for k, n in _most(places, shown)],
        methods=_most(methods, shown),
    )


def _most(counts: Counter[str], shown: int) -> list[tuple[str, int]]:
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:shown]


def week_of(moment: datetime, zone: tzinfo) -> str:
    """The calendar week the weekly cap counts in ("2026-W49"), Monday to Sunday, local."""
    return iso_week(moment.astimezone(zone).date())


def within_weekly_cap(
    waiting: Iterable[tuple[int, int, int]], limit: int, cap: int = WEEKLY_CAP
) -> list[tuple[int, int]]:
    """From (question, member, questions they got this week) in the order the questions were
    asked: the deliveries that may go now, at most `limit`; the rest waits for next week."""
    got: dict[int, int] = {}
    chosen: list[tuple[int, int]] = []
    for question_id, user_id, this_week in waiting:
        already = got.setdefault(user_id, this_week)
        if already >= cap:
            continue
        got[user_id] = already + 1
        chosen.append((question_id, user_id))
        if len(chosen) >= limit:
            break
    return chosen


def next_question_at(last_asked: datetime | None, now: datetime) -> datetime | None:
    """When the asker may ask again (None: now)."""
    if last_asked is None or now - last_asked >= ASK_EVERY:
        return None
    return last_asked + ASK_EVERY


@dataclass(frozen=True)
class NetworkReport:
    asked: int
    answered: int  # with at least one answer
    solved: int
    median_first_answer: timedelta | None
    topics: list[tuple[str, int]]  # method key -> questions naming it, most first


def network_report(
    questions: list[tuple[str, datetime, datetime | None, str]], shown: int = 5
) -> NetworkReport:
    """From (text, asked at, first answer at or None, status) per question."""
    waits = [first - asked for _, asked, first, _ in questions if first is not None]
    topics: Counter[str] = Counter(
        key for text, *_ in questions for key in experience_vocabulary().keys_in(text)
    )
    return NetworkReport(
        asked=len(questions),
        answered=sum(1 for _, _, first, _ in questions if first is not None),
        solved=sum(1 for *_, status in questions if status == "solved"),
        median_first_answer=(
            timedelta(seconds=statistics.median(w.total_seconds() for w in waits))
            if waits
            else None
        ),
        topics=_most(topics, shown),
    )


def per_week(
    questions: list[tuple[str, datetime, datetime | None, str]], zone: tzinfo
) -> list[tuple[str, int, int, int]]:
    """(week, asked, answered, solved) per calendar week the questions were asked in, oldest
    first: the dashboard's table."""
    weeks: dict[str, list[int]] = {}
    for _, asked, first, status in sorted(questions, key=lambda q: q[1]):
        counts = weeks.setdefault(week_of(asked, zone), [0, 0, 0])
        counts[0] += 1
        counts[1] += first is not None
        counts[2] += status == "solved"
    return [(week, c[0], c[1], c[2]) for week, c in weeks.items()]
