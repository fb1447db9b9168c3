"""Introduction rounds: 5,000 opted-in members in 30 municipalities of one coalition, 26
weekly rounds, planned the way the bot does it (`db.introductions.plan`: read who is due and
who met whom from SQLite, match, store the round with its outbox rows).

Prints per round the planning time, the share of introductions across the medical and social
domain against the most that population allows, the share within one municipality, and the
pairs that met before; then the same for a hand-made greedy pass over the same people (the
baseline the issue asks to beat). Run: python -m benchmarks.introductions [--members N]
"""

import argparse
import asyncio
import random
import statistics
import tempfile
import time
from collections import Counter
from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from rules.clock import to_iso
from rules.introductions import Domain, Participant, Plan, is_cross_domain, pair_key
from rules.roles_vocabulary import role_vocabulary
from storage.db import Database
from tests.harness import FakeClock

FIRST_ROUND = datetime(2026, 1, 6, 8, 0, tzinfo=UTC)  # a Tuesday, 09:00 in Amsterdam
ROUNDS = 26


def population(members: int, places: int, rng: random.Random) -> list[Participant]:
    """Members spread unevenly over the municipalities (a city and villages), roles drawn from
    the vocabulary, so the domains come out as the role list has them; ~8 organisations per
    municipality."""
    roles = role_vocabulary().roles
    weights = [1 / (rank + 1) ** 0.8 for rank in range(places)]
    people = []
    for user_id in range(1, members + 1):
        place = rng.choices(range(places), weights)[0]
        role = rng.choice(roles)
        people.append(
            Participant(
                user_id,
                role.domain or Domain.OTHER,
                f"gemeente{place}",
                f"org{place}-{rng.randrange(8)}",
            )
        )
    return people


def most_cross_domain(people: Sequence[Participant]) -> int:
    """Pairs across the domains that this population allows at most in one round."""
    count = Counter(p.domain for p in people)
    return min(count[Domain.MEDICAL], count[Domain.SOCIAL])


def greedy_round(
    people: Sequence[Participant], met: set[tuple[int, int]], rng: random.Random
) -> Plan:
    """The baseline: shuffle, then each free person takes the first free one from the other
    domain in their municipality they never met, else anyone new, else anyone."""
    order = list(people)
    rng.shuffle(order)
    free = {p.user_id: p for p in order}
    groups: list[tuple[int, ...]] = []
    for person in order:
        if person.user_id not in free:
            continue
        del free[person.user_id]
        others = list(free.values())
        choice = (
            next(
                (
                    o
                    for o in others
                    if is_cross_domain((person.domain, o.domain))
                    and o.municipality == person.municipality
                    and pair_key(person.user_id, o.user_id) not in met
                ),
                None,
            )
            or next((o for o in others if pair_key(person.user_id, o.user_id) not in met), None)
            or (others[0] if others else None)
        )
        if choice is None:
            return Plan(groups, [person.user_id])
        del free[choice.user_id]
        groups.append(pair_key(person.user_id, choice.user_id))
    return Plan(groups, [])


def score(
    plan: Plan, people: dict[int, Participant], met: dict[tuple[int, int], date], day: date
) -> tuple[int, int, int]:
    """(groups across domains, groups within one municipality, pairs that met before); and
    the round's pairs are added to `met`."""
    cross = local = repeats = 0
    for group in plan.groups:
        members = [people[u] for u in group]
        cross += is_cross_domain(p.domain for p in members)
        local += len({p.municipality for p in members}) == 1
        for index, a in enumerate(group):
            for b in group[index + 1 :]:
                repeats += pair_key(a, b) in met
                met[pair_key(a, b)] = day
    return cross, local, repeats


async def fill(db: Database, people: list[Participant]) -> int:
    coalition = await db.coalitions.add(
        slug="regio", name="Regio", municipalities=[], timezone="Europe/Amsterdam"
    )
    now = to_iso(FIRST_ROUND)
    async with db.transaction() as conn:
        await conn.executemany(
            "INSERT INTO members (coalition_id, user_id, role, joined_at)"
            " VALUES (?, ?, 'member', ?)",
            [(coalition.id, p.user_id, now) for p in people],
        )
        await conn.executemany(
            "INSERT INTO introduction_participants (coalition_id, user_id, domain, municipality,"
            " every_weeks, joined_at) VALUES (?, ?, ?, ?, 1, ?)",
            [(coalition.id, p.user_id, p.domain.value, p.municipality, now) for p in people],
        )
    return coalition.id


async def run(members: int, places: int, seed: int) -> None:
    rng = random.Random(seed)
    people = population(members, places, rng)
    by_id = {p.user_id: p for p in people}
    domains = Counter(p.domain for p in people)
    print(
        f"{members} members in {places} municipalities: {domains[Domain.MEDICAL]} medical,"
        f" {domains[Domain.SOCIAL]} social, {domains[Domain.OTHER]} other; {ROUNDS} weekly"
        f" rounds"
    )
    most = most_cross_domain(people)
    with tempfile.TemporaryDirectory() as folder:
        clock = FakeClock(FIRST_ROUND)
        db = await Database.open(Path(folder) / "bench.sqlite3", clock)
        try:
            coalition_id = await fill(db, people)
            ours = await simulate_ours(db, coalition_id, clock, by_id)
        finally:
            await db.close()
    theirs = simulate_greedy(people, by_id, random.Random(seed))
    print(
        f"{'':28} {'plan p50':>9} {'plan max':>9} {'across':>8} {'of most':>8} {'local':>7}"
        f" {'repeats':>8}"
    )
    results = (("bot (SQLite + matching)", ours), ("greedy pass (baseline)", theirs))
    for name, (times, cross, local, repeats, groups) in results:
        print(
            f"{name:28} {statistics.median(times) * 1000:7.0f}ms {max(times) * 1000:7.0f}ms"
            f" {100 * cross / groups:7.1f}% {100 * cross / (most * ROUNDS):7.1f}%"
            f" {100 * local / groups:6.1f}% {repeats:8d}"
        )
    print(
        f"most pairs across domains per round: {most} of {members // 2}"
        f" ({100 * most / (members // 2):.1f}% of the pairs)"
    )
    ratio = statistics.median(ours[0]) / statistics.median(theirs[0])
    print(f"planning time, bot / greedy (p50): {ratio:.1f}x")


Results = tuple[list[float], int, int, int, int]  # times, across, local, repeats, groups


async def simulate_ours(
    db: Database, coalition_id: int, clock: FakeClock, by_id: dict[int, Participant]
) -> Results:
    met: dict[tuple[int, int], date] = {}
    times: list[float] = []
    cross = local = repeats = groups = 0
    for number in range(ROUNDS):
        due = FIRST_ROUND + timedelta(weeks=number)
        clock.moment = due
        started = time.perf_counter()
        plan = await db.introductions.plan(coalition_id, due)
        times.append(time.perf_counter() - started)
        assert plan is not None
        found = score(plan, by_id, met, due.date())
        cross, local, repeats = cross + found[0], local + found[1], repeats + found[2]
        groups += len(plan.groups)
        # As if every introduction went out: the outbox rows are marked sent.
        await db.connection.execute("UPDATE introduction_members SET status = 'sent'")
    return times, cross, local, repeats, groups


def simulate_greedy(
    people: list[Participant], by_id: dict[int, Participant], rng: random.Random
) -> Results:
    met: dict[tuple[int, int], date] = {}
    times: list[float] = []
    cross = local = repeats = groups = 0
    for number in range(ROUNDS):
        day = (FIRST_ROUND + timedelta(weeks=number)).date()
        started = time.perf_counter()
        plan = greedy_round(people, set(met), rng)
        times.append(time.perf_counter() - started)
        found = score(plan, by_id, met, day)
        cross, local, repeats = cross + found[0], local + found[1], repeats + found[2]
        groups += len(plan.groups)
    return times, cross, local, repeats, groups


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--members", type=int, default=5000)
    parser.add_argument("--municipalities", type=int, default=30)
    parser.add_argument("--seed", type=int, default=14)
    arguments = parser.parse_args()
    asyncio.run(run(arguments.members, arguments.municipalities, arguments.seed))


if __name__ == "__main__":
    main()
