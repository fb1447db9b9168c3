"""End to end: introductions (issue 14) through the real Application, the fake Bot API and a
controlled clock: joining with /kennismaken, a coordinator's rounds, who meets whom, the
answers, the check-back, the report, /mijngegevens, and exactly once across a restart."""

import asyncio
from datetime import timedelta
from pathlib import Path

import aiosqlite

from rules.introductions import Domain
from rules.partner_csv import PartnerData
from tests.conftest import ADMIN_ID
from tests.fake_telegram import FakeTelegram, Sent, User
from tests.harness import FakeClock, RunningBot, start_bot
from tests.kit.directory import join
from tests.kit.introductions import TUESDAY, WEEK, coalition, introductions_to, rounds_on


async def listed(
    running: RunningBot,
    fake: FakeTelegram,
    coalition_id: int,
    name: str,
    role: str,
    place: str,
    organisation: str = "",
    phone: str = "",
) -> User:
    """A member with an approved listing of their own."""
    user = await join(running, fake, coalition_id, name)
    data = PartnerData(
        name=f"{name} Jansen", organisation=organisation, role=role, municipality=place, phone=phone
    )
    partner_id, _ = await running.db.partners.register(coalition_id, user.id, data)
    await running.db.partners.set_status(partner_id, "listed")
    return user


async def take_part(fake: FakeTelegram, user: User, every: str = "Elke week") -> Sent:
    card = await fake.ask(user, "/kennismaken")
    await fake.tap(user, card, every)
    await fake.wait_until(lambda: "Je doet mee" in card.text)
    return card


async def test_a_round_pairs_across_domains_and_the_answers_count(
    running: RunningBot, fake: FakeTelegram
) -> None:
    nml = await coalition(running)
    coordinator = await join(running, fake, nml, "Coby")
    await running.db.members.set_role(nml, coordinator.id, "coordinator")
    vera = await listed(
        running, fake, nml, "Vera", "verloskundige", "Venlo", "De Wieg", "+31771234567"
    )
    huub = await listed(running, fake, nml, "Huub", "huisarts", "Horst aan de Maas", "HAP")
    sam = await listed(running, fake, nml, "Sam", "schuldhulp", "Horst aan de Maas", "Gemeente")
    mo = await join(running, fake, nml, "Mo")  # no listing: asked for domain and place
    for user in (vera, huub, sam):
        await take_part(fake, user)
    card = await fake.ask(mo, "/kennismaken")
    assert "Je doet nog niet mee" in card.text and "nog niet aangezet" in card.text
    await fake.tap(mo, card, "Elke 2 weken")
    await fake.wait_until(lambda: "Bij welk domein" in card.text)
    await fake.tap(mo, card, "Sociaal")
    await fake.wait_until(lambda: "In welke gemeente" in card.text)
    await fake.tap(mo, card, "Venlo")
    await fake.wait_until(lambda: "Je doet mee: elke 2 weken" in card.text)
    stranger = fake.user("Sterre")
    assert "leden van een coalitie" in (await fake.ask(stranger, "/meet")).text

    assert (await running.rounds_at(TUESDAY)).planned == 0  # the rounds are not on yet
    running.clock.moment = TUESDAY - timedelta(days=1)  # turned on the day before
    await rounds_on(fake, coordinator)
    first_round = await running.rounds_at(TUESDAY)
    assert (first_round.planned, first_round.introductions, first_round.sent) == (1, 2, 4)
    assert (await running.rounds_at(TUESDAY + timedelta(minutes=1))).planned == 0

    # Medical x social in the same municipality: Vera (Venlo) with Mo (Venlo), Huub with Sam.
    (to_vera,) = introductions_to(fake, vera)
    assert "Mo" in to_vera.text and "Sociaal domein · Venlo" in to_vera.text
    (to_mo,) = introductions_to(fake, mo)
    assert "Vera Jansen — De Wieg" in to_mo.text and "+31 77 123 4567" in to_mo.text
    assert "donderdag 5 november 10:00" in to_mo.text  # the proposed slot, local time
    (to_huub,) = introductions_to(fake, huub)
    assert "Sam Jansen — Gemeente" in to_huub.text
    assert f'href="tg://user?id={sam.id}"' in to_huub.raw

    # The buttons: planned, not this time (the other hears of it), the calendar file.
    answer = await fake.tap(mo, to_mo, "Gepland")
    assert "Fijn" in (await fake.wait_until(lambda: fake.callback_answers.get(answer)))["text"]
    before = len(fake.messages_to(huub.id))
    await fake.tap(sam, introductions_to(fake, sam)[0], "Lukt deze keer niet")
    notice = await fake.next_message(huub.id, after=before)
    assert "Sam kan deze keer niet" in notice.text
    again = await fake.tap(sam, introductions_to(fake, sam)[0], "Lukt deze keer niet")
    await fake.wait_until(lambda: fake.callback_answers.get(again))
    await running.idle()
    assert len(fake.messages_to(huub.id)) == before + 1  # told once
    ics = await fake.tap_and_wait(vera, to_vera, "agenda")
    assert ics.document is not None and b"DTSTART;TZID=Europe/Amsterdam:20261105T100000" in (
        ics.document
    )
    forged = await fake.press_button(stranger, to_mo, to_mo.button("Gepland")["callback_data"])
    answer_forged = await fake.wait_until(lambda: fake.callback_answers.get(forged))
    assert "iemand anders" in answer_forged["text"]

    # A week later each is asked once whether they met; the answers only count.
    second_round = await running.rounds_at(TUESDAY + WEEK + timedelta(minutes=5))
    assert second_round.check_backs == 4
    assert second_round.planned == 1  # Vera, Huub and Sam come every week; Mo every 2 weeks
    assert (await running.rounds_at(TUESDAY + WEEK + timedelta(minutes=6))).check_backs == 0
    asked = [m for m in fake.messages_to(mo.id) if "Hebben jullie elkaar gesproken?" in m.text]
    assert len(asked) == 1 and "Vera" in asked[0].text
    await fake.tap(mo, asked[0], "Ja")
    await fake.wait_until(lambda: "Mooi" in asked[0].text)
    (asked_sam,) = [m for m in fake.messages_to(sam.id) if "gesproken?" in m.text]
    await fake.tap(sam, asked_sam, "Nee")
    await fake.wait_until(lambda: "Misschien" in asked_sam.text)

    report = await fake.ask(coordinator, "/rapport")
    chart = await fake.tap_and_wait(coordinator, report, "Kennismaken als plaatje")
    assert chart.method == "sendphoto" and (chart.document or b"").startswith(b"\x89PNG")
    report_text = report.text
    # Round 1: Vera-Mo (met), Huub-Sam (did not); round 2: Vera, Huub and Sam as a trio.
    assert "Kennismaken: 2 rondes, 3 kennismakingen, 100% tussen medisch en sociaal" in (
        report_text
    )
    assert "33% heeft elkaar gesproken (2 gaven antwoord)" in report_text
    assert "Venlo: 1 kennismakingen, 100% tussen de domeinen, 100% gesproken" in report_text
    assert "Horst aan de Maas: 1 kennismakingen, 100% tussen de domeinen, 0% gesproken" in (
        report_text
    )
    assert "Mo" not in report_text and "Sam" not in report_text

    mine = (await fake.ask(mo, "/mijngegevens")).text
    assert "Kennismaken: Noord-Limburg: elke 2 weken" in mine
    assert "Kennismakingen: di 3 nov met Vera" in mine


async def test_pause_skip_stop_and_no_repeats(running: RunningBot, fake: FakeTelegram) -> None:
    nml = await coalition(running)
    coordinator = await join(running, fake, nml, "Coby")
    await running.db.members.set_role(nml, coordinator.id, "coordinator")
    medical = [
        await listed(running, fake, nml, f"Med{n}", "verloskundige", "Venlo") for n in range(4)
    ]
    social = [await listed(running, fake, nml, f"Soc{n}", "wijkteam", "Venlo") for n in range(4)]
    cards = {u.id: await take_part(fake, u) for u in medical + social}
    await rounds_on(fake, coordinator)
    skipper, pauser, stopper = medical[0], medical[1], social[0]
    await fake.tap(skipper, cards[skipper.id], "Sla de volgende ronde over")
    await fake.wait_until(lambda: "pauze tot" in cards[skipper.id].text)
    await fake.tap(pauser, cards[pauser.id], "Pauzeer een maand")
    await fake.wait_until(lambda: "pauze tot" in cards[pauser.id].text)
    await fake.tap(stopper, cards[stopper.id], "Stoppen")
    await fake.wait_until(lambda: "Je doet nog niet mee" in cards[stopper.id].text)

    seen: set[frozenset[int]] = set()
    in_round: list[set[int]] = []
    for week in range(4):
        await running.rounds_at(TUESDAY + week * WEEK)
        groups = await groups_of_round(running, week + 1)
        in_round.append({u for g in groups for u in g})
        for group in groups:
            pairs = {frozenset((a, b)) for a in group for b in group if a < b}
            assert not pairs & seen, f"a pair met twice in week {week}"
            seen |= pairs
    assert skipper.id not in in_round[0] and skipper.id in in_round[1]
    assert all(pauser.id not in people for people in in_round)  # a month: 4 rounds
    assert all(stopper.id not in people for people in in_round)
    assert len(in_round[0]) == 5  # 3 medical (not the skipper... nor the pauser) + 3 social
    # A member who leaves the coalition is never introduced again.
    await running.db.connection.execute("DELETE FROM members WHERE user_id = ?", (medical[2].id,))
    await running.rounds_at(TUESDAY + 4 * WEEK)
    assert medical[2].id not in {u for g in await groups_of_round(running, 5) for u in g}


async def groups_of_round(running: RunningBot, round_id: int) -> list[tuple[int, ...]]:
    rows = await running.db.connection.execute_fetchall(
        "SELECT i.id, m.user_id FROM introductions i JOIN introduction_members m"
        " ON m.introduction_id = i.id WHERE i.round_id = ? ORDER BY i.id, m.user_id",
        (round_id,),
    )
    groups: dict[int, list[int]] = {}
    for row in rows:
        groups.setdefault(int(row[0]), []).append(int(row[1]))
    return [tuple(g) for g in groups.values()]


async def test_a_restart_during_a_round_sends_each_introduction_once(
    fake: FakeTelegram, database_path: Path
) -> None:
    clock = FakeClock()
    first = await start_bot(fake, database_path, admin_ids=(ADMIN_ID,), clock=clock)
    nml = await coalition(first)
    people = [await join(first, fake, nml, f"P{n}") for n in range(40)]
    for number, person in enumerate(people):
        domain = "medical" if number % 2 else "social"
        await first.db.introductions.join(nml, person.id, Domain(domain), "venlo", 1)
    await first.db.introductions.set_schedule(nml, 1, TUESDAY.time(), True, ADMIN_ID)
    for person in people:
        fake.delay_next[person.id] = 0.5  # slow answers, so the stop comes mid-round
    clock.moment = TUESDAY
    round_task = asyncio.create_task(first.introductions.run_due())
    await fake.wait_until(lambda: sum(len(introductions_to(fake, p)) for p in people) >= 1)
    await first.stop()  # finishes the messages in hand, leaves the rest
    await round_task
    partway = sum(len(introductions_to(fake, p)) for p in people)
    assert 1 <= partway < 40
    # A kill -9 would leave a row taken but not marked: it is sent again at the next start.
    await _mark_one_in_flight(database_path)

    second = await start_bot(fake, database_path, admin_ids=(ADMIN_ID,), clock=clock)
    try:
        report = await second.rounds_at(TUESDAY + timedelta(minutes=1))
        assert report.planned == 0  # the round was stored before anything went out
    finally:
        await second.stop()
    assert [len(introductions_to(fake, p)) for p in people] == [1] * 40


async def _mark_one_in_flight(database_path: Path) -> None:
    async with aiosqlite.connect(database_path) as connection:
        await connection.execute(
            "UPDATE introduction_members SET status = 'sending' WHERE rowid ="
            " (SELECT MIN(rowid) FROM introduction_members WHERE status = 'pending')"
        )
        await connection.commit()


async def test_coordinator_picks_day_and_hour_members_cannot(
    running: RunningBot, fake: FakeTelegram
) -> None:
    nml = await coalition(running)
    coordinator = await join(running, fake, nml, "Coby")
    await running.db.members.set_role(nml, coordinator.id, "coordinator")
    member = await join(running, fake, nml, "Mo")
    card = await fake.ask(coordinator, "/kennismaken")
    await fake.tap(coordinator, card, "Dag en uur")
    await fake.wait_until(lambda: "Op welke dag" in card.text)
    await fake.tap(coordinator, card, "woensdag")
    await fake.wait_until(lambda: "Hoe laat op woensdag" in card.text)
    await fake.tap(coordinator, card, "14:00")
    await fake.wait_until(lambda: "Rondes: woensdag 14:00" in card.text)
    schedule = await running.db.introductions.schedule(nml)
    assert schedule is not None and (schedule.weekday, schedule.at.hour, schedule.active) == (
        2,
        14,
        True,
    )

    # A member's card has no coordinator buttons, and a forged one does nothing.
    settings = await fake.ask(member, "/instellingen")
    await fake.tap(member, settings, "Kennismaken")
    await fake.wait_until(lambda: "Kennismaken in Noord-Limburg" in settings.text)
    assert "Rondes uitzetten" not in str(settings.reply_markup)
    forged = await fake.press_button(member, settings, f"ik:off:{nml}")
    answer = await fake.wait_until(lambda: fake.callback_answers.get(forged))
    assert "Alleen coördinatoren" in answer["text"]
    stale = await fake.press_button(member, settings, "ik:join:99999:2")
    assert (
        "Alleen leden" in (await fake.wait_until(lambda: fake.callback_answers.get(stale)))["text"]
    )
    schedule = await running.db.introductions.schedule(nml)
    assert schedule is not None and schedule.active
    in_group = fake.group("Groep", admins=[coordinator])
    await fake.add_bot_to_group(coordinator, in_group)
    reply = await fake.ask(coordinator, "/kennismaken", chat=in_group)
    assert "privégesprek" in reply.text
