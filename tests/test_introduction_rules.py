"""The pure rules of introductions: who meets whom, when a round is, who is due, the counts."""

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from rules.introductions import (
    Domain,
    Outcome,
    Participant,
    by_municipality,
    is_cross_domain,
    is_due,
    latest_round_at,
    met_share_per_round,
    next_round_at,
    pair_key,
    plan_round,
    proposed_slot,
    settle,
    totals,
)
from rules.roles_vocabulary import role_vocabulary

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
TODAY = date(2026, 11, 3)
MED, SOC, OTHER = Domain.MEDICAL, Domain.SOCIAL, Domain.OTHER


def person(user_id: int, domain: Domain, place: str = "venlo", org: str = "") -> Participant:
    return Participant(user_id, domain, place, org)


def test_pairs_cross_domain_within_each_municipality_first() -> None:
    people = [
        person(1, MED),
        person(2, MED),
        person(3, SOC),
        person(4, SOC),
        person(5, MED, "horst"),
        person(6, SOC, "horst"),
    ]
    plan = plan_round(people, {}, TODAY)
    assert plan.waiting == []
    assert {g for g in plan.groups if 5 in g or 6 in g} == {(5, 6)}
    assert all(is_cross_domain(people[u - 1].domain for u in g) for g in plan.groups)


def test_a_new_pair_outweighs_the_domain_rule_and_the_municipality() -> None:
    people = [person(1, MED), person(2, SOC), person(3, MED, "horst"), person(4, SOC, "horst")]
    met = {pair_key(1, 2): TODAY - timedelta(days=14), pair_key(3, 4): TODAY - timedelta(days=7)}
    plan = plan_round(people, met, TODAY)
    assert plan.groups == [(1, 4), (2, 3)]  # across municipalities, but new and cross-domain


def test_not_from_the_same_organisation_when_there_is_a_choice() -> None:
    people = [
        person(1, MED, org="ggd"),
        person(2, MED, org="wieg"),
        person(3, SOC, org="ggd"),
        person(4, SOC, org="wieg"),
    ]
    for seed in range(10):
        assert plan_round(people, {}, TODAY, seed=seed).groups == [(1, 4), (2, 3)]


def test_longest_ago_is_repeated_when_every_pair_met() -> None:
    people = [person(1, MED), person(2, SOC), person(3, MED), person(4, SOC)]
    ago = {(1, 2): 7, (3, 4): 7, (1, 4): 70, (2, 3): 70, (1, 3): 14, (2, 4): 14}
    met = {pair: TODAY - timedelta(days=days) for pair, days in ago.items()}
    assert plan_round(people, met, TODAY).groups == [(1, 4), (2, 3)]


def test_an_odd_person_joins_a_trio_and_someone_alone_waits() -> None:
    plan = plan_round([person(1, MED), person(2, SOC), person(3, SOC)], {}, TODAY)
    assert plan.groups == [(1, 2, 3)] and plan.waiting == []
    alone = plan_round([person(7, MED)], {}, TODAY)
    assert alone.groups == [] and alone.waiting == [7]
    assert plan_round([], {}, TODAY).groups == []


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(list(Domain)),
            st.sampled_from(["venlo", "horst", ""]),
            st.sampled_from(["", "a", "b"]),
        ),
        max_size=40,
    ),
    st.integers(0, 1000),
)
def test_everyone_is_placed_once_and_cross_domain_pairs_are_as_many_as_possible(
    rows: list[tuple[Domain, str, str]], seed: int
) -> None:
    people = [Participant(n + 1, d, place, org) for n, (d, place, org) in enumerate(rows)]
    plan = plan_round(people, {}, TODAY, seed=seed)
    placed = [u for g in plan.groups for u in g] + plan.waiting
    assert sorted(placed) == [p.user_id for p in people]
    assert sum(len(g) == 3 for g in plan.groups) <= 1
    assert all(len(g) in (2, 3) for g in plan.groups)
    assert len(plan.waiting) == (1 if len(people) == 1 else 0)
    domains = {p.user_id: p.domain for p in people}
    cross = sum(is_cross_domain(domains[u] for u in g) for g in plan.groups)
    medical = sum(p.domain is MED for p in people)
    assert cross == min(medical, sum(p.domain is SOC for p in people))


def test_no_pair_meets_twice_in_26_weekly_rounds_while_new_pairs_exist() -> None:
    people = [person(n, MED if n % 2 else SOC, "venlo" if n < 20 else "horst") for n in range(28)]
    met: dict[tuple[int, int], date] = {}
    day = TODAY
    for _ in range(26):
        plan = plan_round(people, met, day, seed=day.toordinal())
        for group in plan.groups:
            for index, a in enumerate(group):
                for b in group[index + 1 :]:
                    assert pair_key(a, b) not in met, f"{a} and {b} met before"
                    met[pair_key(a, b)] = day
        day += timedelta(days=7)
    assert len(met) == 26 * 14


def test_rounds_stay_at_local_time_through_summer_and_winter_time() -> None:
    nine = time(9, 0)
    summer = latest_round_at(datetime(2026, 10, 21, 12, tzinfo=UTC), 1, nine, AMSTERDAM)
    winter = latest_round_at(datetime(2026, 10, 28, 12, tzinfo=UTC), 1, nine, AMSTERDAM)
    assert summer == datetime(2026, 10, 20, 7, tzinfo=UTC)  # 09:00 CEST
    assert winter == datetime(2026, 10, 27, 8, tzinfo=UTC)  # 09:00 CET
    assert next_round_at(summer, 1, nine, AMSTERDAM) == winter
    # At the moment itself the round is due; a second before, the previous one is the latest.
    assert latest_round_at(winter, 1, nine, AMSTERDAM) == winter
    assert latest_round_at(winter - timedelta(seconds=1), 1, nine, AMSTERDAM) == summer


def test_who_is_due() -> None:
    round_at = datetime(2026, 11, 17, 8, tzinfo=UTC)
    two_weeks_ago = round_at - timedelta(weeks=2)
    assert is_due(round_at, 2, None, None)
    assert is_due(round_at, 2, two_weeks_ago + timedelta(minutes=5), None)  # a late round
    assert not is_due(round_at, 2, round_at - timedelta(weeks=1), None)
    assert is_due(round_at, 1, round_at - timedelta(weeks=1), None)
    assert not is_due(round_at, 4, two_weeks_ago, None)
    assert not is_due(round_at, 1, None, round_at + timedelta(hours=1))  # skipping this one
    assert is_due(round_at, 1, None, round_at - timedelta(days=1))  # the pause is over


def test_the_proposed_slot_is_the_second_working_day_at_ten() -> None:
    tuesday = datetime(2026, 11, 3, 8, tzinfo=UTC)
    friday = datetime(2026, 11, 6, 8, tzinfo=UTC)
    assert proposed_slot(tuesday, AMSTERDAM) == datetime(2026, 11, 5, 10, tzinfo=AMSTERDAM)
    assert proposed_slot(friday, AMSTERDAM) == datetime(2026, 11, 10, 10, tzinfo=AMSTERDAM)


def test_counts_for_the_report() -> None:
    first, second = datetime(2026, 11, 3, 8, tzinfo=UTC), datetime(2026, 11, 10, 8, tzinfo=UTC)
    outcomes = [
        Outcome(first, "venlo", cross_domain=True, met=True, answered=True),
        Outcome(first, "horst", cross_domain=True, met=False, answered=True),
        Outcome(second, "venlo", cross_domain=False, met=False, answered=False),
        Outcome(second, "venlo", cross_domain=True, met=True, answered=True),
    ]
    overall = totals(outcomes)
    assert (overall.rounds, overall.introductions, overall.cross_domain, overall.met) == (
        2,
        4,
        3,
        2,
    )
    assert overall.met_share == 0.5 and overall.cross_share == 0.75
    places = by_municipality(outcomes)
    assert list(places) == ["horst", "venlo"] and places["venlo"].met == 2
    assert met_share_per_round(outcomes) == [(first, 0.5, 2), (second, 0.5, 2)]
    assert totals([]).met_share is None


def test_the_role_vocabulary_says_the_domain() -> None:
    vocabulary = role_vocabulary()
    assert vocabulary.domain_of("verloskundige") is MED
    assert vocabulary.domain_of(vocabulary.key_for("consultatiebureau")) is MED
    assert vocabulary.domain_of(vocabulary.key_for("sociaal wijkteam")) is SOC
    assert vocabulary.domain_of(vocabulary.key_for("schuldhulp")) is SOC
    assert vocabulary.domain_of("ervaringsdeskundige") is OTHER
    assert vocabulary.domain_of("bakker") is None


def test_settling_an_introduction_that_lost_someone() -> None:
    # A pair whose other could not be reached: void, the one who got it is told and needs a
    # new partner.
    pair = settle({1: "sent", 2: "unreachable"})
    assert (pair.void, pair.told, pair.partnerless) == (True, (1,), (1,))
    # Their message never went out (the other was known lost first): nobody to tell.
    quiet = settle({1: "cancelled", 2: "unreachable"})
    assert (quiet.void, quiet.told, quiet.partnerless) == (True, (), (1,))
    # A trio keeps two who got it: they stay introduced and are told.
    trio = settle({1: "sent", 2: "unreachable", 3: "sent"})
    assert (trio.void, trio.told, trio.partnerless) == (False, (1, 3), ())
    # Two of a trio lost: the third is alone.
    alone = settle({1: "unreachable", 2: "sent", 3: "unreachable"})
    assert (alone.void, alone.told, alone.partnerless) == (True, (2,), (2,))
    # Forgotten meanwhile (their row is gone) and the other's message cancelled.
    assert settle({4: "cancelled"}).partnerless == (4,)
