"""End to end: an introduction to someone the bot cannot reach (issue 24). The others are told
once, introduced again in the same round when someone is free (else they go first next
round), and never asked about the colleague they could not meet. And every job logs under
its own name, even when a person's update scheduled it."""

import io
import json
import logging
from datetime import timedelta

from bot.logs import make_handler
from rules.introductions import Domain
from tests.conftest import ADMIN_ID
from tests.fake_telegram import FakeTelegram, Sent, User
from tests.harness import RunningBot
from tests.kit.directory import join
from tests.kit.introductions import TUESDAY, WEEK, coalition, introductions_to, rounds_on


async def participants(
    running: RunningBot, fake: FakeTelegram, nml: int, people: dict[str, Domain]
) -> dict[str, User]:
    """Members who take part every week, all in Venlo, with rounds on Tuesdays 09:00."""
    users = {}
    for name, domain in people.items():
        users[name] = await join(running, fake, nml, name)
        await running.db.introductions.join(nml, users[name].id, domain, "venlo", 1)
    await running.db.introductions.set_schedule(nml, 1, TUESDAY.time(), True, ADMIN_ID)
    return users


def lost_notices(fake: FakeTelegram, user: User) -> list[Sent]:
    return [m for m in fake.messages_to(user.id) if "niet te bereiken via de bot" in m.text]


def check_backs(fake: FakeTelegram, user: User) -> list[Sent]:
    return [m for m in fake.messages_to(user.id) if "Hebben jullie elkaar gesproken?" in m.text]


async def test_partners_of_blocked_colleagues_are_told_and_introduced_again(
    running: RunningBot, fake: FakeTelegram
) -> None:
    nml = await coalition(running)
    # Two medical members blocked the bot without it hearing of it; each is paired with one
    # of the two social members (medical x social comes first).
    users = await participants(
        running,
        fake,
        nml,
        {"Bea": Domain.SOCIAL, "Bob": Domain.SOCIAL, "Jan": Domain.MEDICAL, "Jet": Domain.MEDICAL},
    )
    bea, bob, jan, jet = users["Bea"], users["Bob"], users["Jan"], users["Jet"]
    fake.blocked |= {jan.id, jet.id}

    report = await running.rounds_at(TUESDAY)
    assert (report.planned, report.introductions) == (1, 2)
    assert (report.settled, report.introduced_again) == (2, 2)
    for person in (bea, bob):
        shown = introductions_to(fake, person)
        assert len(shown) == 2, [m.text for m in fake.messages_to(person.id)]
        assert "Jan" in shown[0].text or "Jet" in shown[0].text  # sent before the refusal
        (notice,) = lost_notices(fake, person)
        assert "Ik zoek iemand anders voor je" in notice.text
    # The new introduction: Bea and Bob, in the same round.
    assert "Bob" in introductions_to(fake, bea)[1].text
    assert "Bea" in introductions_to(fake, bob)[1].text
    people = await running.db.people.get(jan.id)
    assert people is not None and people.unreachable

    # Told once: a later wake-up sends nothing more.
    again = await running.rounds_at(TUESDAY + timedelta(minutes=1))
    assert (again.sent, again.settled) == (0, 0)
    assert len(lost_notices(fake, bea)) == 1 and len(introductions_to(fake, bea)) == 2

    # A week later: asked about each other only, never about Jan or Jet.
    await running.rounds_at(TUESDAY + WEEK + timedelta(minutes=5))
    for person, other in ((bea, "Bob"), (bob, "Bea")):
        (asked,) = check_backs(fake, person)
        assert other in asked.text and "Jan" not in asked.text and "Jet" not in asked.text
    assert check_backs(fake, jan) == [] and check_backs(fake, jet) == []
    mine = (await fake.ask(bea, "/mijngegevens")).text
    assert "met Bob" in mine and "Jan" not in mine and "Jet" not in mine


async def test_alone_after_a_blocked_colleague_goes_first_in_the_next_round(
    running: RunningBot, fake: FakeTelegram
) -> None:
    nml = await coalition(running)
    users = await participants(running, fake, nml, {"Bea": Domain.SOCIAL, "Jan": Domain.MEDICAL})
    bea, jan = users["Bea"], users["Jan"]
    fake.blocked.add(jan.id)

    report = await running.rounds_at(TUESDAY)
    assert (report.settled, report.introduced_again) == (1, 0)
    (notice,) = lost_notices(fake, bea)
    assert "Jan is nu niet te bereiken" in notice.text and "als eerste" in notice.text
    # The introduction that could not happen counts for nobody's turn, and Bea goes first.
    (candidate,) = await running.db.introductions.candidates(nml)
    assert candidate.participant.user_id == bea.id
    assert candidate.participant.waited and candidate.last_introduced_at is None
    # No check-back about Jan a week later, and the report leaves the introduction out.
    await running.rounds_at(TUESDAY + WEEK + timedelta(minutes=5))
    assert check_backs(fake, bea) == []
    outcomes = await running.db.introduction_outbox.outcomes(nml, 12)
    assert [o for o in outcomes if o.round_at.date() == TUESDAY.date()] == []
    # A new colleague joins: Bea is introduced in the next round.
    cas = await join(running, fake, nml, "Cas")
    await running.db.introductions.join(nml, cas.id, Domain.MEDICAL, "venlo", 1)
    await running.rounds_at(TUESDAY + 2 * WEEK)
    assert "Cas" in introductions_to(fake, bea)[-1].text


async def test_a_trio_that_loses_one_stays_introduced(
    running: RunningBot, fake: FakeTelegram
) -> None:
    nml = await coalition(running)
    users = await participants(
        running, fake, nml, {"Ada": Domain.MEDICAL, "Cor": Domain.SOCIAL, "Jan": Domain.SOCIAL}
    )
    ada, cor, jan = users["Ada"], users["Cor"], users["Jan"]
    fake.blocked.add(jan.id)

    report = await running.rounds_at(TUESDAY)
    assert (report.introductions, report.settled, report.introduced_again) == (1, 1, 0)
    for person, other in ((ada, "Cor"), (cor, "Ada")):
        (shown,) = introductions_to(fake, person)
        assert other in shown.text
        (notice,) = lost_notices(fake, person)
        assert "Jan is nu niet te bereiken" in notice.text
        assert "gaat gewoon door met z'n tweeën" in notice.text
    await running.rounds_at(TUESDAY + WEEK + timedelta(minutes=5))
    for person, other in ((ada, "Cor"), (cor, "Ada")):
        (asked,) = check_backs(fake, person)
        assert other in asked.text and "Jan" not in asked.text
    outcomes = await running.db.introduction_outbox.outcomes(nml, 12)
    # It counts in the report.
    (first,) = [o for o in outcomes if o.round_at.date() == TUESDAY.date()]
    assert first.cross_domain


async def test_a_member_who_left_after_planning_leaves_the_other_waiting_first(
    running: RunningBot, fake: FakeTelegram
) -> None:
    nml = await coalition(running)
    users = await participants(running, fake, nml, {"Ann": Domain.MEDICAL, "Bas": Domain.SOCIAL})
    ann, bas = users["Ann"], users["Bas"]
    running.clock.moment = TUESDAY
    assert await running.db.introductions.plan(nml, TUESDAY) is not None  # planned, not sent
    await running.db.connection.execute("DELETE FROM members WHERE user_id = ?", (ann.id,))
    report = await running.rounds_at(TUESDAY + timedelta(minutes=1))
    assert (report.sent, report.cancelled, report.settled) == (0, 1, 1)
    assert introductions_to(fake, bas) == [] and introductions_to(fake, ann) == []
    assert lost_notices(fake, bas) == []  # Bas never heard of Ann: nothing to take back
    (candidate,) = await running.db.introductions.candidates(nml)
    assert candidate.participant.user_id == bas.id and candidate.last_introduced_at is None
    assert candidate.participant.waited


async def test_jobs_woken_by_an_update_log_under_their_own_name(
    running: RunningBot, fake: FakeTelegram
) -> None:
    stream = io.StringIO()
    handler = make_handler("json", stream)
    root = logging.getLogger()
    root.addHandler(handler)
    try:
        nml = await coalition(running)
        coordinator = await join(running, fake, nml, "Coby")
        await running.db.members.set_role(nml, coordinator.id, "coordinator")
        for name, domain in (("Ada", Domain.MEDICAL), ("Bob", Domain.SOCIAL)):
            user = await join(running, fake, nml, name)
            await running.db.introductions.join(nml, user.id, domain, "venlo", 1)
        running.clock.moment = TUESDAY
        # The coordinator's tap wakes the round job from inside their update.
        await rounds_on(fake, coordinator)
        await fake.wait_until(lambda: "Introduction round of coalition" in stream.getvalue())
        await running.idle()
    finally:
        root.removeHandler(handler)
    records = [json.loads(line) for line in stream.getvalue().splitlines() if line.strip()]
    rounds = [r for r in records if r["name"] == "handlers.introductions.rounds"]
    assert rounds, records
    assert all(r["update_id"] is None and r["job"] == "introductions" for r in rounds), rounds
    assert any(isinstance(r["update_id"], int) for r in records)  # the tap itself
