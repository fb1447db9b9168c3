"""End to end: /privacy, /mijngegevens and /vergeetmij remove everything about a person."""

from rules.partner_csv import PartnerData
from tests.fake_telegram import FakeTelegram
from tests.harness import RunningBot
from tests.kit.directory import join
from tests.kit.dropin import CALL, coalition_with_dropin


async def test_my_data_and_forget_me(running: RunningBot, fake: FakeTelegram) -> None:
    coalition_id = await coalition_with_dropin(running)
    member = await join(running, fake, coalition_id, "Mo")
    card = await fake.ask(member, "/inloop")
    await fake.tap(member, card, "Ik doe mee")
    await fake.wait_until(lambda: card.edits > 0)
    await fake.tap(member, card, "Herinneringen aanzetten")
    await fake.wait_until(lambda: card.edits > 1)
    await fake.ask(member, "/vraag Wie kent een taalcoach?")
    listing = PartnerData(
        name="Mo Bakker",
        organisation="Wijkteam Venlo",
        role="wijkteam",
        municipality="Venlo",
        email="mo@wijkteam.nl",
    )
    await running.db.partner_import.import_rows(coalition_id, [listing], added_by=None)
    await running.db.connection.execute(
        "UPDATE partners SET user_id = ? WHERE name = 'Mo Bakker'", (member.id,)
    )

    assert "nooit gegevens over ouders" in (await fake.ask(member, "/privacy")).text
    mine = await fake.ask(member, "/mijngegevens")
    assert "Naam: Mo" in mine.text and "Noord-Limburg (lid)" in mine.text
    assert "Mo Bakker, Noord-Limburg (👁 Vermeld)" in mine.text
    assert "Herinneringen voor de inloop: Noord-Limburg" in mine.text
    assert "Aanmeldingen voor een inloop: 1" in mine.text and "taalcoach" in mine.text

    confirm = await fake.ask(member, "/vergeetmij")
    await fake.tap(member, confirm, "Annuleren")
    await fake.wait_until(lambda: "niets verwijderd" in confirm.text)
    assert await running.db.people.get(member.id) is not None
    confirm = await fake.ask(member, "/vergeetmij")
    await fake.tap(member, confirm, "verwijder alles")
    await fake.wait_until(lambda: "alles over jou is verwijderd" in confirm.text)

    db = running.db
    assert await db.people.get(member.id) is None
    assert await db.members.of_user(member.id) == []
    assert await db.partners.of_user(member.id) == []
    assert await db.dropins.rsvps(coalition_id, CALL.date()) == []
    assert await db.dropins.questions(coalition_id, CALL.date()) == []
    assert await db.dropins.subscribers(coalition_id) == []
    found = await db.partner_search.find((coalition_id,), "Mo Bakker")
    assert found.partners == []  # gone from the search index too
