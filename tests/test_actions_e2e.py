"""End to end over HTTP: the action agenda in chat (issue 35). Workgroups joined with a
button, an action proposed, a second owner, statuses and news by one owner seen by the
other, the stand van zaken of a period, the screen on every text, forged and foreign
buttons, and /vergeetmij."""

import io
from datetime import UTC, date, datetime, timedelta
from typing import Any

from pypdf import PdfReader

from handlers.actions.rounds import ROUNDS_KEY, ActionRounds
from storage.actions import Action
from tests.fake_telegram import FakeTelegram, Sent, User
from tests.harness import RunningBot
from tests.kit.directory import join
from tests.kit.dropin import CALL, coalition_with_dropin


async def nml_with_people(running: RunningBot, fake: FakeTelegram) -> tuple[int, User, User, User]:
    """Noord-Limburg with a coordinator and two members; Heumen with one of its own."""
    nml = await running.db.coalitions.add(
        slug="nml", name="Noord-Limburg", municipalities=["Venlo"], timezone="Europe/Amsterdam"
    )
    coordinator = await join(running, fake, nml.id, "Coby")
    await running.db.members.set_role(nml.id, coordinator.id, "coordinator")
    return (
        nml.id,
        coordinator,
        await join(running, fake, nml.id, "Anna"),
        await join(running, fake, nml.id, "Ben"),
    )


async def replies(fake: FakeTelegram, user: User, text: str, count: int) -> list[Sent]:
    """Send `text` and wait for `count` messages back."""
    before = len(fake.messages_to(user.id))
    await fake.send_text(user, text)
    await fake.wait_until(lambda: len(fake.messages_to(user.id)) >= before + count)
    return fake.messages_to(user.id)[before:]


def pdf_text(document: bytes) -> str:
    """The text of a PDF, as a reader (or a screen reader) gets it out."""
    reader = PdfReader(io.BytesIO(document))
    return "\n".join(page.extract_text() for page in reader.pages)


async def tapped(fake: FakeTelegram, user: User, message: Sent, data: str) -> dict[str, Any]:
    """Press a button with this data (forged or not) and wait for the bot's answer to it."""
    query_id = await fake.press_button(user, message, data)
    answer: dict[str, Any] = await fake.wait_until(lambda: fake.callback_answers.get(query_id))
    return answer


async def current(running: RunningBot, action_id: int) -> Action:
    found = await running.db.actions.get(action_id)
    assert found is not None
    return found


async def test_workgroups_are_started_by_a_coordinator_and_joined_with_a_button(
    running: RunningBot, fake: FakeTelegram
) -> None:
    nml, coordinator, anna, _ = await nml_with_people(running, fake)
    refused = await fake.ask(anna, "/werkgroepen nieuw Hechting: ouders en baby")
    assert "Alleen een coördinator" in refused.text
    added = await fake.ask(coordinator, "/werkgroepen nieuw Hechting: het thema hechting oppakken")
    assert "Werkgroep Hechting van Noord-Limburg staat erin" in added.text
    again = await fake.ask(coordinator, "/werkgroepen nieuw hechting: nog een keer")
    assert "heeft al een werkgroep" in again.text
    listing = await fake.ask(anna, "/werkgroepen")
    assert "Hechting" in listing.text and "1 lid" in listing.text
    assert "het thema hechting oppakken" in listing.text
    await fake.tap(anna, listing, "Meedoen met Hechting")
    await fake.wait_until(lambda: listing.edits == 1)
    assert "2 leden" in listing.text and "Jij doet mee" in listing.text
    (group,) = await running.db.actions.workgroups(nml)
    assert group.members == tuple(sorted((coordinator.id, anna.id)))
    await fake.tap(anna, listing, "Stoppen met Hechting")
    await fake.wait_until(lambda: listing.edits == 2)
    assert (await running.db.actions.workgroups(nml))[0].members == (coordinator.id,)
    trail = [e.action for e in await running.db.audit.recent((nml,), 10)]
    assert trail == ["workgroup-leave", "workgroup-join", "workgroup-add"]


async def test_an_action_proposed_owned_by_two_changed_and_in_the_stand(
    running: RunningBot, fake: FakeTelegram
) -> None:
    nml, coordinator, anna, ben = await nml_with_people(running, fake)
    await fake.ask(
        coordinator, "/werkgroepen nieuw Zwangerschap: CenteringPregnancy op meer plekken"
    )
    card = await fake.ask(
        anna, "/actie CenteringPregnancy starten in Venray #zwanger tot 31-03-2027"
    )
    assert "op de actieagenda van Noord-Limburg" in card.text
    assert "Werkgroep: Zwangerschap" in card.text and "31 maart" in card.text
    (action,) = await running.db.actions.of_coalition(nml)
    assert action.owners == (anna.id,) and action.status == "idea"

    # Ben sees it in the whole agenda and takes part; then he is an owner too.
    shown = await replies(fake, ben, "/acties alle", 2)
    assert "Actieagenda van Noord-Limburg" in shown[0].text and "💡 idee 1" in shown[0].text
    other_card = shown[1]
    assert [b["text"] for b in other_card.buttons()] == ["🙋 Ik trek mee"]
    await fake.tap(ben, other_card, "Ik trek mee")
    await fake.wait_until(lambda: other_card.edits == 1)
    assert (await current(running, action.id)).owners == tuple(sorted((anna.id, ben.id)))

    # Anna sets it going and writes news; Ben sees both in his /acties.
    await fake.tap(anna, card, "bezig")
    await fake.wait_until(lambda: card.edits == 1)
    assert "Status: 🔧 bezig" in card.text
    prompt = await fake.tap_and_wait(anna, card, "Nieuws toevoegen")
    assert "Wat is het nieuws" in prompt.text
    held = await fake.ask(anna, "Mevrouw Jansen doet mee als eerste")
    assert "“Mevrouw Jansen” (naam)" in held.text  # screened; still asked for the news
    kept = await fake.ask(anna, "Eerste groep start in februari, zes zwangeren aangemeld")
    assert "je nieuws staat bij de actie" in kept.text
    mine = await replies(fake, ben, "/acties", 2)
    assert "🔧 bezig" in mine[1].text and "Eerste groep start in februari" in mine[1].text
    updates = await running.db.actions.updates(action.id)
    assert [(u.status, u.text) for u in updates][-1] == (
        "in_progress",
        "Eerste groep start in februari, zes zwangeren aangemeld",
    )
    assert not any("Mevrouw Jansen" in u.text for u in updates)

    # A second action, done in December; then the stand since 1 January holds only what
    # was done since.
    second = await fake.ask(ben, "/actie Folder over hechting vertalen")
    await fake.tap(ben, second, "klaar")
    await fake.wait_until(lambda: second.edits == 1)
    running.clock.advance(timedelta(days=40))
    third = await fake.ask(ben, "/actie Wijknetwerk opzetten in Blerick")
    await fake.tap(ben, third, "vast")
    await fake.wait_until(lambda: third.edits == 1)
    await fake.tap(ben, third, "klaar")
    await fake.wait_until(lambda: third.edits == 2)
    today = running.clock.now().date()
    since = today - timedelta(days=10)
    stand = await fake.ask(coordinator, f"/stand {since:%d-%m-%Y}")
    assert "Stand van zaken van Noord-Limburg" in stand.text
    assert "Klaar (1)" in stand.text and "Wijknetwerk opzetten in Blerick" in stand.text
    assert "Folder over hechting vertalen" not in stand.text  # done before the period
    assert "Bezig (1)" in stand.text and "CenteringPregnancy starten in Venray" in stand.text
    assert "Eerste groep start in februari" in stand.text  # the latest news with it
    assert "✅ klaar 2" in stand.text and "🔧 bezig 1" in stand.text

    # One workgroup's stand: only its actions.
    zwanger = await fake.ask(ben, f"/stand #zwanger {since:%d-%m-%Y}")
    assert "Stand van zaken van Zwangerschap (Noord-Limburg)" in zwanger.text
    assert "CenteringPregnancy" in zwanger.text and "Wijknetwerk" not in zwanger.text
    assert "Ik ken geen werkgroep" in (await fake.ask(ben, "/stand #onbekend")).text

    # The same as a document for the steering group: coordinators only, holding exactly it.
    refused = await fake.ask(ben, "/stand pdf")
    assert "voor coördinatoren" in refused.text
    sent = await fake.ask(coordinator, f"/stand pdf {since:%d-%m-%Y}", within=30)
    assert sent.method == "senddocument"
    assert (sent.document_name or "").startswith("stand-van-zaken-nml-")
    text = pdf_text(sent.document or b"")
    assert "Stand van zaken Noord-Limburg" in text and "Klaar in deze periode (1)" in text
    assert "Wijknetwerk opzetten in Blerick" in text
    assert "Folder over hechting vertalen" not in text
    assert "CenteringPregnancy starten in Venray" in text and "Zwangerschap" in text
    assert "Eerste groep start in februari" in text


async def test_strangers_and_forged_buttons_change_nothing(
    running: RunningBot, fake: FakeTelegram
) -> None:
    nml, coordinator, anna, ben = await nml_with_people(running, fake)
    heumen = await running.db.coalitions.add(
        slug="heumen", name="Heumen", municipalities=["Heumen"], timezone="Europe/Amsterdam"
    )
    outsider = await join(running, fake, heumen.id, "Olga")
    card = await fake.ask(anna, "/actie Inloop voor vaders beginnen tot 1-2")
    (action,) = await running.db.actions.of_coalition(nml)
    assert action.due_on == date(2027, 2, 1)
    # Heumen's member sees nothing of Noord-Limburg's agenda.
    theirs = await replies(fake, outsider, "/acties alle", 1)
    assert "Heumen" in theirs[0].text and "vaders" not in theirs[0].text
    stand = await fake.ask(outsider, "/stand")
    assert "vaders" not in stand.text
    # A forged status tap from Heumen, and from Ben who owns nothing: refused, unchanged.
    for user in (outsider, ben):
        answer = await tapped(fake, user, card, f"ac:s:{action.id}:done")
        assert answer.get("show_alert") == "true"
    assert (await current(running, action.id)).status == "idea"
    await tapped(fake, outsider, card, f"ac:o:{action.id}")
    assert (await current(running, action.id)).owners == (anna.id,)
    for data in ("ac:s:999:done", "ac:s:1:bogus", "wg:j:999", "ac:c:999"):
        assert "werkt niet meer" in (await tapped(fake, anna, card, data)).get("text", "")
    # A coordinator may change any action of the coalition.
    await tapped(fake, coordinator, card, f"ac:s:{action.id}:stopped")
    assert (await current(running, action.id)).status == "stopped"
    # Client details never reach the agenda.
    held = await fake.ask(anna, "/actie Gezin op Kade 3 bellen")
    assert "“Kade 3” (adres)" in held.text
    assert len(await running.db.actions.of_coalition(nml)) == 1


async def test_forget_me_removes_the_owner_and_the_words_of_their_news(
    running: RunningBot, fake: FakeTelegram
) -> None:
    nml, _, anna, ben = await nml_with_people(running, fake)
    card = await fake.ask(anna, "/actie Taalcafé voor zwangeren")
    (action,) = await running.db.actions.of_coalition(nml)
    await running.db.actions.add_owner(action, ben.id, ben.id)
    await fake.tap_and_wait(anna, card, "Nieuws toevoegen")
    await fake.ask(anna, "Bibliotheek wil een ruimte geven")
    assert "Taalcafé voor zwangeren" in (await fake.ask(anna, "/mijngegevens")).text
    confirm = await fake.ask(anna, "/vergeetmij")
    await fake.tap(anna, confirm, "Ja, verwijder alles")
    await fake.wait_until(lambda: confirm.edits == 1)
    kept = await running.db.actions.get(action.id)
    assert kept is not None and kept.owners == (ben.id,) and kept.proposed_by is None
    assert kept.news == ""  # their words were the action's latest news
    updates = await running.db.actions.updates(action.id)
    assert all(u.user_id != anna.id for u in updates)
    assert not any("Bibliotheek" in u.text for u in updates)


async def test_the_status_round_asks_each_owner_once_reminds_once_and_tells_overdue_once(
    running: RunningBot, fake: FakeTelegram
) -> None:
    nml, _, anna, ben = await nml_with_people(running, fake)
    carl = await join(running, fake, nml, "Carl")
    card = await fake.ask(anna, "/actie Voorlichting in de bibliotheek tot 20-11-2026")
    (action,) = await running.db.actions.of_coalition(nml)
    for owner in (ben, carl):
        await running.db.actions.add_owner(action, owner.id, owner.id)
    await running.db.connection.execute(  # Carl left the coalition
        "DELETE FROM members WHERE coalition_id = ? AND user_id = ?", (nml, carl.id)
    )
    rounds: ActionRounds = running.application.bot_data[ROUNDS_KEY]

    # 1 December, 10:05 in Amsterdam: the monthly round opens.
    running.clock.moment = datetime(2026, 12, 1, 9, 5, tzinfo=UTC)
    fresh = await fake.ask(anna, "/actie Een actie van vandaag")  # too new for this round
    counts = {u.id: len(fake.messages_to(u.id)) for u in (anna, ben, carl)}
    await rounds.run()
    await rounds.run()  # a second pass asks nobody again
    asked = {u.id: fake.messages_to(u.id)[counts[u.id] :] for u in (anna, ben, carl)}
    assert [len(asked[u.id]) for u in (anna, ben, carl)] == [1, 1, 0]
    question = asked[ben.id][0]
    assert "Hoe staat het met je actie?" in question.text
    assert "Voorlichting in de bibliotheek" in question.text and "(te laat)" in question.text
    assert "De einddatum is voorbij" in question.text  # overdue, said once
    assert "Een actie van vandaag" not in asked[anna.id][0].text

    # Ben answers with one tap; a week later only Anna is reminded, once.
    await fake.tap(ben, question, "bezig")
    await fake.wait_until(lambda: question.edits == 1)
    running.clock.advance(timedelta(days=7, minutes=1))
    counts = {u.id: len(fake.messages_to(u.id)) for u in (anna, ben)}
    await rounds.run()
    await rounds.run()
    reminded = {u.id: fake.messages_to(u.id)[counts[u.id] :] for u in (anna, ben)}
    assert [len(reminded[u.id]) for u in (anna, ben)] == [1, 0]
    assert "Een herinnering, de enige" in reminded[anna.id][0].text
    assert "De einddatum is voorbij" not in reminded[anna.id][0].text

    # January: a new round asks again (both actions now), the overdue note is not repeated.
    running.clock.moment = datetime(2027, 1, 1, 9, 30, tzinfo=UTC)
    counts = {u.id: len(fake.messages_to(u.id)) for u in (anna, ben)}
    await rounds.run()
    january = fake.messages_to(anna.id)[counts[anna.id] :]
    assert len(january) == 2 and not any("einddatum" in m.text for m in january)
    assert fresh.text and card.text


async def test_a_coordinator_sets_the_rhythm_to_the_week_before_a_meeting(
    running: RunningBot, fake: FakeTelegram
) -> None:
    _, coordinator, anna, _ = await nml_with_people(running, fake)
    assert "Alleen een coördinator" in (await fake.ask(anna, "/acties ritme maandelijks")).text
    assert "Zo stel je het in" in (await fake.ask(coordinator, "/acties ritme ooit")).text
    said = await fake.ask(coordinator, "/acties ritme 15-03-2027")
    assert "in de week voor maandag 15 maart" in said.text
    await fake.ask(anna, "/actie Werkconferentie voorbereiden")
    rounds: ActionRounds = running.application.bot_data[ROUNDS_KEY]
    before = len(fake.messages_to(anna.id))
    running.clock.moment = datetime(2027, 3, 1, 9, 5, tzinfo=UTC)  # no monthly round now
    await rounds.run()
    assert len(fake.messages_to(anna.id)) == before
    running.clock.moment = datetime(2027, 3, 8, 9, 5, tzinfo=UTC)  # a week before, 10:05
    await rounds.run()
    assert "Hoe staat het met je actie?" in fake.messages_to(anna.id)[-1].text


async def test_a_coordinator_puts_an_action_on_the_next_dropins_agenda_once(
    running: RunningBot, fake: FakeTelegram
) -> None:
    coalition_id = await coalition_with_dropin(running)
    coordinator = await join(running, fake, coalition_id, "Coby")
    await running.db.members.set_role(coalition_id, coordinator.id, "coordinator")
    member = await join(running, fake, coalition_id, "Mo")
    card = await fake.ask(member, "/actie Warme overdracht verloskundige en JGZ afspreken")
    assert "Op de agenda" not in str(card.buttons())  # a member's card has no such button
    shown = await replies(fake, coordinator, "/acties alle", 2)
    agenda = shown[1].button("Op de agenda")["callback_data"]
    assert "3 november" in (await tapped(fake, coordinator, shown[1], agenda))["text"]
    again = await tapped(fake, coordinator, shown[1], agenda)
    assert "staat al op de agenda" in again["text"]
    questions = await running.db.dropins.questions(coalition_id, CALL.date())
    assert [q.text for q in questions] == [
        "Actie: Warme overdracht verloskundige en JGZ afspreken (💡 idee)"
    ]
    forged = await tapped(fake, member, card, agenda)
    assert forged.get("show_alert") == "true"


async def test_a_done_action_shared_by_all_its_owners_is_found_and_offered_to_askers(
    running: RunningBot, fake: FakeTelegram
) -> None:
    nml, _, anna, ben = await nml_with_people(running, fake)
    card = await fake.ask(anna, "/actie CenteringPregnancy in Venray #x")  # no such workgroup
    assert "Ik ken geen werkgroep" in card.text
    card = await fake.ask(anna, "/actie CenteringPregnancy starten in Venray")
    (action,) = await running.db.actions.of_coalition(nml)
    await running.db.actions.add_owner(action, ben.id, ben.id)
    assert "Delen als praktijkvoorbeeld" not in str(card.buttons())  # not done yet
    await fake.tap(anna, card, "klaar")
    await fake.wait_until(lambda: card.edits == 1)
    bens = await tapped(fake, ben, card, f"ac:p:{action.id}")
    assert "zodra alle eigenaren" in bens["text"]  # Ben agreed; Anna not yet
    assert (await current(running, action.id)).shared is False
    assert "Geen praktijkvoorbeelden" in (await fake.ask(ben, "/voorbeelden centering")).text
    answer = await tapped(fake, anna, card, f"ac:p:{action.id}")
    assert "Gedeeld" in answer["text"] and (await current(running, action.id)).shared
    found = await fake.ask(ben, "/voorbeelden centering")
    assert "Praktijkvoorbeelden" in found.text and "CenteringPregnancy starten" in found.text
    assert "Geen praktijkvoorbeelden" in (await fake.ask(ben, "/voorbeelden taalcafé")).text
    trail = [e.action for e in await running.db.audit.recent((nml,), 10)]
    assert "action-shared" in trail

    # Someone asks the network about the same method: the example is offered with the answer.
    await fake.ask(ben, "/netwerkvraag")
    choices = await fake.ask(
        ben, "Wie heeft ervaring met CenteringPregnancy in een kleine gemeente?"
    )
    await fake.tap(ben, choices, "Iedereen")
    await fake.wait_until(lambda: choices.edits == 1)
    await fake.tap(ben, choices, "Versturen")
    await fake.wait_until(lambda: choices.edits == 2)
    assert "Praktijkvoorbeelden uit je coalitie" in choices.text
    assert "CenteringPregnancy starten in Venray" in choices.text
