"""Introductions (een kopje koffie, issue 14): when a coalition's round is, who is due in it,
and who meets whom.

Who meets whom is a maximum-weight matching, in stages that keep each graph small:
1. per municipality, medical x social: a bipartite assignment (scipy's linear_sum_assignment);
2. across the coalition's municipalities, the medical and social people still free;
3. per municipality, everyone still free (networkx max_weight_matching);
4. across the coalition, everyone still free (networkx, again);
5. one person left over joins the pair that suits them best (a trio); alone, they wait and go
   first next time.
Stages 1 to 3 only make pairs who never met; stage 4 may repeat a pair, the longest ago first,
rather than leave someone out. The stages can miss a set of only new pairs that a matching
over everyone would find: a round of up to EXACT_UP_TO people that ends with a repeat is
matched once more, at once (for larger rounds that would take seconds).
The weights put, in this order: a new pair, medical x social, the same municipality, the
longest since they last met, a different organisation, who waited.
"""

import random
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

FREQUENCIES = (1, 2, 4)  # weeks between someone's introductions
DEFAULT_EVERY_WEEKS = 2
DEFAULT_WEEKDAY = 1  # Tuesday (Monday is 0)
DEFAULT_TIME = time(9, 0)
CHECK_BACK_AFTER = timedelta(days=7)
CATCH_UP = timedelta(hours=12)  # a round missed by longer (the bot was down) is left out
PAUSE = timedelta(days=30)
TALK_MINUTES = 20
SLOT_TIME = time(10, 0)
_DUE_MARGIN = timedelta(hours=12)  # a round at 09:05 after one at 09:00 two weeks ago counts

# Weights: each level outweighs everything below it together.
NEW_PAIR = 10**8
CROSS_DOMAIN = 10**7
SAME_MUNICIPALITY = 10**6
DAYS_APART = 2_000  # per day since they last met, up to a year: below 10**6
OTHER_ORGANISATION = 1_000
WAITED = 200
_NOISE = 100  # random tie-break, so equal choices differ from round to round
_REPEAT_IN_ASSIGNMENT = -(10**12)
DENSE_UP_TO = 60  # people in one matching with every candidate pair as an edge
EXACT_UP_TO = 60  # a round this small is matched at once when the stages repeat a pair
KEEP_BEST = 6  # a pair that met is never taken in stages 1 and 2


class Domain(StrEnum):
    MEDICAL = "medical"
    SOCIAL = "social"
    OTHER = "other"


@dataclass(frozen=True)
class Participant:
    user_id: int
    domain: Domain
    municipality: str = ""  # municipality key; "" when not known
    organisation: str = ""  # folded; "" when not known
    waited: bool = False  # left over in the previous round: goes first this time


@dataclass(frozen=True)
class Plan:
    groups: list[tuple[int, ...]] = field(default_factory=list)  # pairs, at most one trio
    waiting: list[int] = field(default_factory=list)


def is_cross_domain(domains: Iterable[Domain]) -> bool:
    found = set(domains)
    return Domain.MEDICAL in found and Domain.SOCIAL in found


def pair_key(first: int, second: int) -> tuple[int, int]:
    return (first, second) if first < second else (second, first)


class _Weights:
    def __init__(self, last_met: Mapping[tuple[int, int], date], today: date, seed: int) -> None:
        self._last_met = last_met
        self._today = today
        self._random = random.Random(seed)
        self.seed = seed
        self.met_by: dict[int, list[int]] = defaultdict(list)  # who each person met
        for a, b in last_met:
            self.met_by[a].append(b)
            self.met_by[b].append(a)

    def is_new(self, a: Participant, b: Participant) -> bool:
        return pair_key(a.user_id, b.user_id) not in self._last_met

    def __call__(self, a: Participant, b: Participant) -> int:
        met = self._last_met.get(pair_key(a.user_id, b.user_id))
        weight = self._random.randrange(_NOISE)
        if met is None:
            weight += NEW_PAIR
        else:
            weight += DAYS_APART * min(max((self._today - met).days, 0), 365)
        if is_cross_domain((a.domain, b.domain)):
            weight += CROSS_DOMAIN
        if a.municipality and a.municipality == b.municipality:
            weight += SAME_MUNICIPALITY
        if not (a.organisation and a.organisation == b.organisation):
            weight += OTHER_ORGANISATION
        return weight + WAITED * (a.waited + b.waited)


def plan_round(
    participants: Iterable[Participant],
    last_met: Mapping[tuple[int, int], date],
    today: date,
    seed: int = 0,
) -> Plan:
    """Pairs (and at most one trio) for one coalition's round. `last_met`: the date each pair
    (smaller id first) last met."""
    people = sorted({p.user_id: p for p in participants}.values(), key=lambda p: p.user_id)
    weights = _Weights(last_met, today, seed)
    pairs: list[tuple[Participant, Participant]] = []
    free = list(people)

    def places_of(group: list[Participant]) -> list[list[Participant]]:
        places: dict[str, list[Participant]] = defaultdict(list)
        for person in group:
            places[person.municipality].append(person)
        return [places[key] for key in sorted(places)]

    for place in places_of(free):  # 1
        pairs += _cross_domain_assignment(place, weights)
    free = _unpaired(people, pairs)
    pairs += _cross_domain_assignment(free, weights)  # 2
    free = _unpaired(people, pairs)
    for place in places_of(free):  # 3
        pairs += _general_matching(place, weights, new_only=True)
    free = _unpaired(people, pairs)
    pairs += _general_matching(free, weights, new_only=False)  # 4
    if len(people) <= EXACT_UP_TO and any(not weights.is_new(a, b) for a, b in pairs):
        # The stages chose a repeat; one matching over everyone may find only new pairs.
        pairs = _general_matching(people, weights, new_only=False)
    free = _unpaired(people, pairs)
    groups: list[tuple[int, ...]] = [(a.user_id, b.user_id) for a, b in pairs]
    if free and pairs:  # 5
        (odd,) = free
        best = max(
            range(len(pairs)), key=lambda i: weights(odd, pairs[i][0]) + weights(odd, pairs[i][1])
        )
        groups[best] = (*groups[best], odd.user_id)
        free = []
    return Plan(groups=sorted(tuple(sorted(g)) for g in groups), waiting=[p.user_id for p in free])


def _unpaired(
    people: list[Participant], pairs: list[tuple[Participant, Participant]]
) -> list[Participant]:
    taken = {p.user_id for pair in pairs for p in pair}
    return [p for p in people if p.user_id not in taken]


def _cross_domain_assignment(
    group: list[Participant], weights: _Weights
) -> list[tuple[Participant, Participant]]:
    """The best medical x social pairs of new people to each other, as an assignment."""
    medical = [p for p in group if p.domain is Domain.MEDICAL]
    social = [p for p in group if p.domain is Domain.SOCIAL]
    if not medical or not social:
        return []
    # Imported here: only a round needs them, start-up stays fast.
    import numpy
    from scipy.optimize import linear_sum_assignment

    # The same weights as _Weights.__call__ for new cross-domain pairs, a column at a time.
    def column(values: list[str | bool], of: list[Participant]) -> numpy.ndarray:
        return numpy.array(values, dtype=object).reshape(len(of), 1)

    m_place = column([p.municipality for p in medical], medical)
    s_place = column([p.municipality for p in social], social).T
    m_org = column([p.organisation for p in medical], medical)
    s_org = column([p.organisation for p in social], social).T
    noise = numpy.random.default_rng(weights.seed).integers(0, _NOISE, (len(medical), len(social)))
    matrix = (NEW_PAIR + CROSS_DOMAIN + noise).astype(numpy.float64)
    matrix += SAME_MUNICIPALITY * ((m_place == s_place) & (m_place != "")).astype(numpy.float64)
    matrix += OTHER_ORGANISATION * ~((m_org == s_org) & (m_org != "")).astype(bool)
    m_waited = numpy.array([[p.waited] for p in medical], dtype=numpy.float64)
    s_waited = numpy.array([[p.waited for p in social]], dtype=numpy.float64)
    matrix += WAITED * (m_waited + s_waited)
    column_of = {p.user_id: index for index, p in enumerate(social)}
    for row, person in enumerate(medical):  # a pair that met is never taken here
        for other in weights.met_by.get(person.user_id, ()):
            if other in column_of:
                matrix[row, column_of[other]] = _REPEAT_IN_ASSIGNMENT
    rows, columns = linear_sum_assignment(matrix, maximize=True)
    return [(medical[r], social[c]) for r, c in zip(rows, columns, strict=True) if matrix[r, c] > 0]


def _general_matching(
    group: list[Participant], weights: _Weights, *, new_only: bool
) -> list[tuple[Participant, Participant]]:
    """A maximum-weight matching with as many pairs as possible. Above DENSE_UP_TO people
    each keeps only their KEEP_BEST best candidates (the matching's time grows with the
    edges); whoever that leaves out is matched again among themselves."""
    import networkx

    pairs: list[tuple[Participant, Participant]] = []
    while len(group) >= 2:
        by_id = {p.user_id: p for p in group}
        candidates: dict[tuple[int, int], int] = {}
        for index, a in enumerate(group):
            mine = [
                (weights(a, b), b.user_id)
                for b in group[:index] + group[index + 1 :]
                if not new_only or weights.is_new(a, b)
            ]
            if len(group) > DENSE_UP_TO:
                mine = sorted(mine, reverse=True)[:KEEP_BEST]
            for weight, other in mine:
                candidates[pair_key(a.user_id, other)] = weight
        graph: networkx.Graph[int] = networkx.Graph()
        graph.add_weighted_edges_from((a, b, w) for (a, b), w in candidates.items())
        matching = networkx.max_weight_matching(graph, maxcardinality=True)
        found = [(by_id[a], by_id[b]) for a, b in sorted(pair_key(a, b) for a, b in matching)]
        if not found:
            break
        pairs += found
        group = _unpaired(group, found)
    return pairs


# ---- when -------------------------------------------------------------------------------


def latest_round_at(now: datetime, weekday: int, at: time, zone: ZoneInfo) -> datetime:
    """The most recent scheduled moment at or before `now`, at local time in `zone` (so 09:00
    stays 09:00 through summer and winter time)."""
    local_today = now.astimezone(zone).date()
    for back in range(8):
        day = local_today - timedelta(days=back)
        if day.weekday() != weekday:
            continue
        moment = datetime.combine(day, at, tzinfo=zone)
        if moment <= now:
            return moment
    raise AssertionError("a weekday comes round within 8 days")  # pragma: no cover


def next_round_at(now: datetime, weekday: int, at: time, zone: ZoneInfo) -> datetime:
    latest = latest_round_at(now, weekday, at, zone)
    local = latest.astimezone(zone).date() + timedelta(days=7)
    return datetime.combine(local, at, tzinfo=zone)


def is_due(
    round_at: datetime,
    every_weeks: int,
    last_introduced_at: datetime | None,
    paused_until: datetime | None,
) -> bool:
    """Whether someone takes part in the round at `round_at`."""
    if paused_until is not None and paused_until > round_at:
        return False
    if last_introduced_at is None:
        return True
    return round_at - last_introduced_at >= timedelta(weeks=every_weeks) - _DUE_MARGIN


def proposed_slot(round_at: datetime, zone: ZoneInfo) -> datetime:
    """A suggestion for the talk: the second working day after the round, 10:00 local."""
    day = round_at.astimezone(zone).date()
    working_days = 0
    while working_days < 2:
        day += timedelta(days=1)
        if day.weekday() < 5:
            working_days += 1
    return datetime.combine(day, SLOT_TIME, tzinfo=zone)


def parse_time_of_day(text: str) -> time | None:
    """'09:00', '9:30', '14.00' → a time; None when it is not one."""
    cleaned = text.strip().replace(".", ":")
    hours, _, minutes = cleaned.partition(":")
    if not (hours.isdigit() and minutes.isdigit() and len(minutes) == 2 and len(hours) <= 2):
        return None
    if int(hours) > 23 or int(minutes) > 59:
        return None
    return time(int(hours), int(minutes))


# ---- when someone cannot be reached ---------------------------------------------------------


@dataclass(frozen=True)
class Settlement:
    """What becomes of an introduction in which someone could not be reached (blocked the
    bot, chat gone, left the coalition) once every message of it has been tried."""

    void: bool  # it cannot take place: it counts for nobody's turn and gets no check-back
    told: tuple[int, ...]  # got the introduction naming the lost colleague: told once
    partnerless: tuple[int, ...]  # to be introduced again (this round, or first in the next)


def settle(statuses: Mapping[int, str]) -> Settlement:
    """`statuses`: each remaining member's message status ("sent", "unreachable",
    "cancelled": not sent because too few were left). Two or more who got it stay introduced
    (a trio that lost one); one who is left alone needs a new partner."""
    sent = tuple(sorted(u for u, status in statuses.items() if status == "sent"))
    if len(sent) >= 2:
        return Settlement(void=False, told=sent, partnerless=())
    unsent = tuple(sorted(u for u, status in statuses.items() if status == "cancelled"))
    return Settlement(void=True, told=sent, partnerless=sent + unsent)


# ---- how it went --------------------------------------------------------------------------


@dataclass(frozen=True)
class Outcome:
    """One introduction as the report counts it: nothing about who said what."""

    round_at: datetime
    municipality: str
    cross_domain: bool
    met: bool  # someone in it said "yes, we spoke"
    answered: bool  # someone in it answered the check-back


@dataclass(frozen=True)
class Totals:
    rounds: int
    introductions: int
    cross_domain: int
    met: int
    answered: int

    @property
    def cross_share(self) -> float | None:
        return self.cross_domain / self.introductions if self.introductions else None

    @property
    def met_share(self) -> float | None:
        return self.met / self.introductions if self.introductions else None


def totals(outcomes: Iterable[Outcome]) -> Totals:
    items = list(outcomes)
    return Totals(
        rounds=len({o.round_at for o in items}),
        introductions=len(items),
        cross_domain=sum(o.cross_domain for o in items),
        met=sum(o.met for o in items),
        answered=sum(o.answered for o in items),
    )


def by_municipality(outcomes: Iterable[Outcome]) -> dict[str, Totals]:
    places: dict[str, list[Outcome]] = defaultdict(list)
    for outcome in outcomes:
        places[outcome.municipality].append(outcome)
    return {place: totals(items) for place, items in sorted(places.items())}


def met_share_per_round(outcomes: Iterable[Outcome]) -> list[tuple[datetime, float, int]]:
    """(round, share of its introductions that met, introductions), oldest first."""
    rounds: dict[datetime, list[Outcome]] = defaultdict(list)
    for outcome in outcomes:
        rounds[outcome.round_at].append(outcome)
    return [
        (moment, sum(o.met for o in items) / len(items), len(items))
        for moment, items in sorted(rounds.items())
    ]
