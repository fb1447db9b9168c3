"""End to end over HTTP: /netwerkvraag asked, screened, delivered within the weekly cap, and
answered in three ways; solved, closed after 14 days, forgotten (issue 23)."""

import logging
from datetime import timedelta
from functools import partial

import pytest

from rules.partner_csv import PartnerData
from tests.fake_telegram import FakeTelegram, Sent, User
from tests.harness import RunningBot
from tests.kit.directory import join
from tests.kit.dropin import coalition_with_dropin

QUESTION = "Wie heeft ervaring met praten over schulden tijdens de zwangerschap?"


async def listed(
    running: RunningBot,
    coalition_id: int,
    user: User,
    municipality: str,
    role: str = "Wijkteam",
    experience: str = "",
) -> None:
    """The member's own listing, approved."""
    data = PartnerData(
        name=f"{user.first_name} Test",
        organisation="Team",
        role=role,
        municipality=municipality,
        email=f"u{user.id}@team.nl",
        experience=experience,
    )
    partner_id, _ = await running.db.partners.register(coalition_id, user.id, data)
    await running.db.partners.set_status(partner_id, "listed")


async def ask(fake: FakeTelegram, asker: User, text: str, audience: str) -> Sent:
    """/netwerkvraag through to "Versturen": the message that says where it went."""
    prompt = await fake.ask(asker, "/netwerkvraag")
    assert "Typ je vraag" in prompt.text
    choices = await fake.ask(asker, text)
    assert "Aan wie" in choices.text, choices.text
    await fake.tap(asker, choices, audience)
    await fake.wait_until(lambda: choices.edits == 1)
    assert "Versturen?" in choices.text
    await fake.tap(asker, choices, "Versturen")
    await fake.wait_until(lambda: choices.edits == 2)
    return choices


async def test_a_question_to_one_municipality_and_the_three_answers(
    running: RunningBot, fake: FakeTelegram
) -> None:
    nml = await running.db.coalitions.add(
        slug="nml", name="Noord-Limburg", municipalities=["Venlo", "Beesel"], timezone="UTC"
    )
    other = await running.db.coalitions.add(
        slug="heumen", name="Heumen", municipalities=["Heumen"], timezone="UTC"
    )
    asker = await join(running, fake, nml.id, "Asker")
    helper = await join(running, fake, nml.id, "Helper")
    writer = await join(running, fake, nml.id, "Writer")
    muted = await join(running, fake, nml.id, "Muted")
    beesel = await join(running, fake, nml.id, "Beesel")
    stranger = await join(running, fake, other.id, "Stranger")
    for user, place in (
        (asker, "Venlo"),
        (helper, "Venlo"),
        (writer, "Venlo"),
        (muted, "Venlo"),
        (beesel, "Beesel"),
    ):
        await listed(running, nml.id, user, place)
    await listed(running, other.id, stranger, "Venlo")  # same place, other coalition
    settings = await fake.ask(muted, "/instellingen")
    assert "Je krijgt netwerkvragen" in settings.text
    await fake.tap(muted, settings, "Netwerkvragen uitzetten")
    await fake.wait_until(lambda: settings.edits == 1)
    assert "geen netwerkvragen" in settings.text

    counts = {
        user.id: len(fake.messages_to(user.id))
        for user in (helper, writer, muted, beesel, stranger, asker)
    }
    sent = await ask(fake, asker, QUESTION, "Venlo")
    assert "Verstuurd naar 2 collega's" in sent.text
    for user in (helper, writer):
        incoming = await fake.next_message(user.id, after=counts[user.id])
        assert "Vraag uit het netwerk van Noord-Limburg" in incoming.text
        assert QUESTION in incoming.text and "Asker Test" in incoming.text
    await running.services.network_questions.wait_idle()
    for user in (muted, beesel, stranger):
        assert len(fake.messages_to(user.id)) == counts[user.id], user.first_name
    question = (await running.db.network_questions.of_asker(asker.id))[0]
    assert question.audience == "m:venlo"

    # "Ik kan helpen": confirmed, then the asker gets the helper's card.
    incoming = fake.messages_to(helper.id)[-1]
    before = len(fake.messages_to(asker.id))
    confirm = await fake.tap_and_wait(helper, incoming, "Ik kan helpen")
    await fake.tap(helper, confirm, "Ja, stuur")
    can_help = await fake.next_message(asker.id, after=before)
    assert "Iemand kan helpen" in can_help.text and f"u{helper.id}@team.nl" in can_help.text

    # A written answer naming someone: held with the words shown, then confirmed a colleague.
    incoming = fake.messages_to(writer.id)[-1]
    ask_answer = await fake.tap_and_wait(writer, incoming, "Antwoord schrijven")
    assert "Typ je antwoord" in ask_answer.text
    warning = await fake.ask(writer, "Bel mevrouw Jansen van het wijkteam, zij weet hoe dat gaat.")
    assert "“mevrouw Jansen” (naam)" in warning.text
    assert len(await running.db.network_questions.answers(question.id)) == 1  # nothing yet
    before = len(fake.messages_to(asker.id))
    await fake.tap(writer, warning, "Dit is een collega")
    written = await fake.next_message(asker.id, after=before)
    assert "Antwoord" in written.text and "mevrouw Jansen" in written.text
    await fake.wait_until(lambda: "Doorgestuurd" in fake.messages_to(writer.id)[-1].text)

    # "Ik ken iemand": a colleague from the directory.
    tip_prompt = await fake.tap_and_wait(writer, incoming, "Ik ken iemand")
    assert "Wie ken je" in tip_prompt.text
    picks = await fake.ask(writer, "beesel")
    before = len(fake.messages_to(asker.id))
    await fake.tap(writer, picks, "Beesel Test")
    tip = await fake.next_message(asker.id, after=before)
    assert "Een tip" in tip.text and f"u{beesel.id}@team.nl" in tip.text

    # Recipients never see each other's answers.
    assert not any("mevrouw Jansen" in m.text for m in fake.messages_to(helper.id))
    assert not any(f"u{helper.id}@team.nl" in m.text for m in fake.messages_to(writer.id))

    # Forged buttons change nothing: not sent to them, or another coalition's member.
    for user, data in (
        (beesel, f"na:h:{question.id}"),
        (stranger, f"na:y:{question.id}"),
        (stranger, f"na:w:{question.id}"),
        (stranger, f"nv:s:{question.id}"),
        (muted, f"na:p:{question.id}:1"),
    ):
        last = fake.messages_to(user.id)[-1]
        query_id = await fake.press_button(user, last, data)
        answer = await fake.wait_until(partial(fake.callback_answers.get, query_id))
        assert answer.get("show_alert"), data
    assert len(await running.db.network_questions.answers(question.id)) == 3
    assert (await running.db.network_questions.get(question.id)).status == "open"  # type: ignore[union-attr]

    # Solved: the helper is named and thanked.
    before = len(fake.messages_to(helper.id))
    await fake.tap(asker, can_help, "Opgelost: Helper hielp")
    thanks = await fake.next_message(helper.id, after=before)
    assert "Dank je" in thanks.text
    solved = await running.db.network_questions.get(question.id)
    assert solved is not None and solved.status == "solved" and solved.helped_by == helper.id
    # Closed now: answer buttons are refused.
    query_id = await fake.press_button(writer, incoming, f"na:w:{question.id}")
    answer = await fake.wait_until(lambda: fake.callback_answers.get(query_id))
    assert "gesloten" in answer["text"]


async def test_the_weekly_cap_queues_the_fourth_question_until_next_week(
    running: RunningBot, fake: FakeTelegram
) -> None:
    nml = await running.db.coalitions.add(
        slug="nml", name="Noord-Limburg", municipalities=["Venlo"], timezone="UTC"
    )
    reader = await join(running, fake, nml.id, "Reader")
    askers = [await join(running, fake, nml.id, f"Asker{n}") for n in range(5)]
    before = len(fake.messages_to(reader.id))
    for number, asker in enumerate(askers):
        sent = await ask(fake, asker, f"Vraag {number}: wie kent een goede training?", "Iedereen")
        if number < 3:
            assert "volgende week" not in sent.text
        else:  # the reader got 3 this week: this one waits for them, and the asker sees it
            assert "Verstuurd naar 5 collega's" in sent.text
            assert "volgende week" in sent.text
        if number == 3:  # the reader and Asker4 got questions 0, 1 and 2
            assert "2 van hen krijgen je vraag volgende week" in sent.text
        await running.services.network_questions.wait_idle()
    got = [m.text for m in fake.messages_to(reader.id)[before:]]
    assert len(got) == 3 and all("Vraag uit het netwerk" in text for text in got)
    # Every asker got the other four's questions within the cap: each at most 3 this week.
    for asker in askers:
        incoming = [m for m in fake.messages_to(asker.id) if "Vraag uit het netwerk" in m.text]
        assert len(incoming) <= 3

    # One question a day per asker.
    own = await fake.ask(askers[0], "/netwerkvraag")  # their open question first
    assert "Je open netwerkvraag" in own.text and "Vraag 0" in own.text
    await fake.wait_until(
        lambda: "één netwerkvraag per dag" in fake.messages_to(askers[0].id)[-1].text
    )

    running.clock.advance(timedelta(days=7))  # next Monday
    running.services.network_questions.wake_soon()
    await fake.wait_until(lambda: len(fake.messages_to(reader.id)) - before == 5)
    later = [m.text for m in fake.messages_to(reader.id)[before + 3 :]]
    assert any("Vraag 3" in text for text in later) and any("Vraag 4" in text for text in later)


async def test_a_client_is_held_a_bsn_refused_and_a_question_closes_after_14_days(
    running: RunningBot, fake: FakeTelegram
) -> None:
    nml = await running.db.coalitions.add(
        slug="nml", name="Noord-Limburg", municipalities=["Venlo"], timezone="UTC"
    )
    asker = await join(running, fake, nml.id, "Asker")
    reader = await join(running, fake, nml.id, "Reader")
    await fake.ask(asker, "/netwerkvraag")
    held = await fake.ask(asker, "Mijn cliënte Fatima Yilmaz (17) woont op de Kerkstraat 12.")
    assert "“Fatima Yilmaz” (naam)" in held.text and "“17” (leeftijd)" in held.text
    assert "“Kerkstraat 12” (adres)" in held.text
    assert not held.buttons()  # an age and an address cannot be waved through as a colleague
    refused = await fake.ask(asker, "Het gaat om BSN 111222333, wie weet raad?")
    assert "BSN" in refused.text
    assert await running.db.network_questions.of_asker(asker.id) == []
    choices = await fake.ask(asker, "Hoe begin je een gesprek over armoede met een zwangere?")
    assert "Aan wie" in choices.text
    await fake.tap(asker, choices, "Iedereen")
    await fake.wait_until(lambda: choices.edits == 1)
    await fake.tap(asker, choices, "Versturen")
    incoming = await fake.next_message(reader.id)
    assert "armoede" in incoming.text and "Fatima" not in incoming.text

    before = len(fake.messages_to(asker.id))
    running.clock.advance(timedelta(days=14, minutes=1))
    running.services.network_questions.wake_soon()
    closed = await fake.next_message(asker.id, after=before)
    assert "na 14 dagen gesloten" in closed.text
    question = (await running.db.network_questions.of_asker(asker.id, open_only=False))[0]
    assert question.status == "closed"
    query_id = await fake.press_button(reader, incoming, f"na:h:{question.id}")
    answer = await fake.wait_until(lambda: fake.callback_answers.get(query_id))
    assert "gesloten" in answer["text"]


async def test_forget_me_removes_questions_and_answers(
    running: RunningBot, fake: FakeTelegram
) -> None:
    nml = await running.db.coalitions.add(
        slug="nml", name="Noord-Limburg", municipalities=["Venlo"], timezone="UTC"
    )
    asker = await join(running, fake, nml.id, "Asker")
    reader = await join(running, fake, nml.id, "Reader")
    await ask(fake, asker, QUESTION, "Iedereen")
    incoming = await fake.next_message(reader.id)
    # Halfway through a question of their own, the reader answers this one instead: one
    # conversation at a time, so the typed text is the answer, not their question.
    assert "Typ je vraag" in (await fake.ask(reader, "/netwerkvraag")).text
    await fake.tap_and_wait(reader, incoming, "Antwoord schrijven")
    before = len(fake.messages_to(asker.id))
    await fake.ask(reader, "Begin met een open vraag over geldzorgen.")
    assert "geldzorgen" in (await fake.next_message(asker.id, after=before)).text
    assert await running.db.network_questions.of_asker(reader.id) == []
    mine = await fake.ask(asker, "/mijngegevens")
    assert QUESTION in mine.text
    assert "geldzorgen" in (await fake.ask(reader, "/mijngegevens")).text

    question = (await running.db.network_questions.of_asker(asker.id))[0]
    confirm = await fake.ask(reader, "/vergeetmij")
    await fake.tap(reader, confirm, "Ja, verwijder alles")
    await fake.wait_until(lambda: confirm.edits == 1)
    assert await running.db.network_questions.answers(question.id) == []
    confirm = await fake.ask(asker, "/vergeetmij")
    await fake.tap(asker, confirm, "Ja, verwijder alles")
    await fake.wait_until(lambda: confirm.edits == 1)
    assert await running.db.network_questions.get(question.id) is None
    rows = await running.db.connection.execute_fetchall(
        "SELECT COUNT(*) FROM network_question_deliveries"
    )
    assert next(iter(rows))[0] == 0


async def test_on_the_agenda_and_in_the_report(
    running: RunningBot, fake: FakeTelegram, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)  # as the bot logs; aiosqlite's DEBUG shows every parameter
    coalition_id = await coalition_with_dropin(running)
    coordinator = await join(running, fake, coalition_id, "Coby")
    await running.db.members.set_role(coalition_id, coordinator.id, "coordinator")
    asker = await join(running, fake, coalition_id, "Asker")
    reader = await join(running, fake, coalition_id, "Reader")
    sent = await ask(
        fake, asker, "Wie werkt met VoorZorg en wil vertellen hoe dat gaat?", "Iedereen"
    )
    incoming = await fake.next_message(reader.id)
    running.clock.advance(timedelta(hours=3))
    await fake.tap_and_wait(reader, incoming, "Antwoord schrijven")
    await fake.ask(reader, "Ik werk er al jaren mee, bel me gerust.")

    before = len(fake.messages_to(asker.id))
    await fake.tap(asker, sent, "Op de agenda")
    on_agenda = await fake.next_message(asker.id, after=before)
    assert "staat op de agenda van de inloop" in on_agenda.text
    dropin = await fake.ask(reader, "/inloop")
    assert "Wie werkt met VoorZorg" in dropin.text
    assert not any("agenda" in b["text"] for b in sent.buttons())  # not twice

    before = len(fake.messages_to(coordinator.id))
    await fake.send_text(coordinator, "/rapport")
    await fake.wait_until(
        lambda: any("Netwerkvragen" in m.text for m in fake.messages_to(coordinator.id)[before:])
    )
    report = next(
        m.text for m in fake.messages_to(coordinator.id)[before:] if "Netwerkvragen" in m.text
    )
    assert "1 gesteld, 1 met antwoord, 0 opgelost" in report
    assert "na 3,0 uur (mediaan)" in report and "Over: VoorZorg (1)" in report
    # No question or answer text in the logs.
    assert "Wie werkt met VoorZorg" not in caplog.text and "bel me gerust" not in caplog.text
