"""End to end over HTTP: one screen (rules/screening.screen) for every free text others read.
A network question, an answer, a feedback comment and a drop-in question that point to a
client are each held with every word found and its kind, and nothing of them is stored."""

from tests.fake_telegram import FakeTelegram
from tests.harness import RunningBot
from tests.kit.directory import join
from tests.kit.dropin import CALL, coalition_with_dropin
from tests.kit.feedback import rsvp_member_asked


async def test_a_network_question_and_an_answer_are_held_with_every_word_and_kind(
    running: RunningBot, fake: FakeTelegram
) -> None:
    nml = await running.db.coalitions.add(
        slug="nml", name="Noord-Limburg", municipalities=["Venlo"], timezone="UTC"
    )
    asker = await join(running, fake, nml.id, "Asker")
    writer = await join(running, fake, nml.id, "Writer")
    await fake.ask(asker, "/netwerkvraag")
    held = await fake.ask(asker, "De moeder, 28, is bereikbaar op 06 12 34 56 78. Wie belt?")
    assert "“28” (leeftijd)" in held.text and "“06 12 34 56 78” (mobiel nummer)" in held.text
    assert not held.buttons()  # no "this is a colleague" for an age or a number
    assert await running.db.network_questions.of_asker(asker.id) == []

    choices = await fake.ask(asker, "Wie in Venlo weet hoe je een tolk regelt voor een gesprek?")
    await fake.tap(asker, choices, "Iedereen")
    await fake.wait_until(lambda: choices.edits == 1)
    await fake.tap(asker, choices, "Versturen")
    incoming = await fake.next_message(writer.id)
    ask_answer = await fake.tap_and_wait(writer, incoming, "Antwoord schrijven")
    assert "Typ je antwoord" in ask_answer.text
    warning = await fake.ask(writer, "Kuipers belde vanochtend, zij woont op de Parade 14.")
    assert "“Kuipers” (naam)" in warning.text and "“Parade 14” (adres)" in warning.text
    assert not warning.buttons()  # a name with an address: not waved through as a colleague
    question = (await running.db.network_questions.of_asker(asker.id))[0]
    assert await running.db.network_questions.answers(question.id) == []
    assert not any("Parade" in m.text for m in fake.messages_to(asker.id))


async def test_a_feedback_comment_naming_a_client_is_refused_and_not_kept(
    running: RunningBot, fake: FakeTelegram
) -> None:
    _, member, question = await rsvp_member_asked(running, fake)
    await fake.tap(member, question, "4")
    await fake.wait_until(lambda: "Je gaf een 4" in question.text)
    refused = await fake.ask(member, "Jammer dat Noor Bakker (19) er niet was")
    assert "“Noor Bakker” (naam)" in refused.text and "“19” (leeftijd)" in refused.text
    assert "niets bewaard" in refused.text
    comments = await running.db.connection.execute_fetchall(
        "SELECT comment FROM feedback_responses WHERE comment IS NOT NULL"
    )
    assert list(comments) == []
    thanks = await fake.ask(member, "Leerzaam, vooral over de warme overdracht")  # still asked
    assert "Dank je wel" in thanks.text


async def test_a_dropin_question_with_an_address_is_refused(
    running: RunningBot, fake: FakeTelegram
) -> None:
    coalition_id = await coalition_with_dropin(running)
    member = await join(running, fake, coalition_id, "Mo")
    refused = await fake.ask(member, "/vraag Het gezin op Kade 3 heeft geen huisarts, wie helpt?")
    assert "“Kade 3” (adres)" in refused.text and "/vraag" in refused.text
    assert await running.db.dropins.questions(coalition_id, CALL.date()) == []
    added = await fake.ask(member, "/vraag Wie kent een huisarts die nieuwe gezinnen aanneemt?")
    assert "3 november" in added.text
