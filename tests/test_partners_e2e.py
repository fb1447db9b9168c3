"""End to end: a coordinator imports a spreadsheet; a professional registers and is approved."""

from datetime import timedelta

from tests.fake_telegram import FakeTelegram, User
from tests.harness import RunningBot
from tests.kit.directory import join

WINDOWS_CSV = (
    "Naam;Organisatie;Rol;Gemeente;Wijk;Telefoon;E-mail;Website;Trefwoorden;Ervaring\r\n"
    "Zoë Hendriks;Verloskundigen Venlo;Verloskundige;Venlo;Blerick;077-3512345;zoe@vk.nl;;;\r\n"
    'Anke Coenen;Kraamzorg Noord;Kraamverzorgende;Venlo;;06-23456789;;;;"voorzorg; armoede"\r\n'
    "René Müller;JGZ Limburg-Noord;Jeugdarts;Beesel;;;rene@jgz.nl;;;\r\n"
).encode("cp1252")


async def coordinator(running: RunningBot, fake: FakeTelegram, coalition_id: int) -> User:
    invite = await running.db.invites.create(
        coalition_id, role="coordinator", max_uses=1, valid_for=timedelta(days=1), created_by=None
    )
    user = fake.user("Coördinator")
    await fake.ask(user, f"/start join_{invite.code}")
    return user


async def upload(fake: FakeTelegram, user: User, name: str, content: bytes) -> None:
    mime = "image/jpeg" if name.endswith(".jpg") else "text/csv"
    await fake.send_document(user, name, content, mime)


async def test_import_windows_1252_then_search_and_round_trip(
    running: RunningBot, fake: FakeTelegram
) -> None:
    coalition = await running.db.coalitions.add(
        slug="nml", name="Noord-Limburg", municipalities=["Venlo", "Beesel"], timezone="UTC"
    )
    boss = await coordinator(running, fake, coalition.id)
    before = len(fake.messages_to(boss.id))
    await upload(fake, boss, "partners.csv", WINDOWS_CSV)
    preview = await fake.next_message(boss.id, after=before)
    assert "3 nieuw, 0 gewijzigd, 0 ongewijzigd, 0 rijen met fouten" in preview.text
    assert await running.db.partners.listed(coalition.id) == []  # nothing before confirming
    await fake.tap(boss, preview, "Importeren")
    await fake.wait_until(lambda: preview.edits == 1)
    assert "Import klaar" in preview.text
    # Confirming twice imports nothing twice.
    query_id = await fake.tap(boss, preview, "Importeren") if preview.buttons() else None
    if query_id:
        await fake.wait_until(lambda: fake.callback_answers.get(query_id))
    assert len(await running.db.partners.listed(coalition.id)) == 3

    member = await join(running, fake, coalition.id, "Lid")
    assert "René Müller" in (await fake.ask(member, "/zoek jeugdarts beesel")).text
    assert "René Müller" in (await fake.ask(member, "/zoek rene muller")).text
    assert "Anke Coenen" in (await fake.ask(member, "/zoek kraam")).text
    anke = await fake.ask(member, "/zoek voorzorg venlo")  # the spreadsheet's experience
    assert "Anke Coenen" in anke.text and "Ervaring: VoorZorg, armoede" in anke.text
    assert "Zoë" not in anke.text

    # Export from /partners, then import that export: nothing changes.
    overview = await fake.ask(boss, "/partners")
    assert "3 vermeld" in overview.text
    export = await fake.tap_and_wait(boss, overview, "CSV exporteren")
    assert export.method == "senddocument" and export.document is not None
    before = len(fake.messages_to(boss.id))
    await upload(fake, boss, "export.csv", export.document)
    again = await fake.next_message(boss.id, after=before)
    assert "0 nieuw, 0 gewijzigd, 3 ongewijzigd" in again.text


async def test_bad_files_change_nothing(running: RunningBot, fake: FakeTelegram) -> None:
    coalition = await running.db.coalitions.add(
        slug="nml", name="Noord-Limburg", municipalities=["Venlo"], timezone="UTC"
    )
    boss = await coordinator(running, fake, coalition.id)

    async def reply_to(name: str, content: bytes) -> str:
        before = len(fake.messages_to(boss.id))
        await upload(fake, boss, name, content)
        return (await fake.next_message(boss.id, after=before)).text

    assert "kolommen ontbreken" in await reply_to("a.csv", b"voornaam;achternaam\nA;B\n")
    assert "kan ik niet lezen" in await reply_to("b.csv", b"\x89PNG\r\n\x1a\n\x00\x00binary")
    assert "te groot" in await reply_to("c.csv", b"naam;rol;gemeente\n" + b"x" * 3_000_000)
    assert "leeg" in await reply_to("d.csv", b"")
    assert "CSV-bestand" in await reply_to("foto.jpg", b"...")
    errors = (
        "naam;rol;gemeente;telefoon\nGoed;vk;Venlo;06 12345678\nZonder;vk;;06 12345679\n"
        + "Lang;vk;Venlo;06 12345670;"
        + "x" * 10_000
        + "\nKapot;vk;Venlo;12\n"
    )
    before = len(fake.messages_to(boss.id))
    await upload(fake, boss, "e.csv", errors.encode())
    preview = await fake.next_message(boss.id, after=before)
    assert "rij 3: gemeente ontbreekt" in preview.text
    assert "rij 5: het telefoonnummer klopt niet" in preview.text
    assert await running.db.partners.listed(coalition.id) == []
    await fake.tap(boss, preview, "Alleen goede rijen")
    await fake.wait_until(lambda: preview.edits == 1)
    assert [p.data.name for p in await running.db.partners.listed(coalition.id)] == ["Goed", "Lang"]

    member = await join(running, fake, coalition.id, "Niet-coördinator")
    before = len(fake.messages_to(member.id))
    await upload(fake, member, "f.csv", WINDOWS_CSV)
    assert "Alleen een coördinator" in (await fake.next_message(member.id, after=before)).text
    assert len(await running.db.partners.listed(coalition.id)) == 2


async def test_self_registration_approval_and_search(
    running: RunningBot, fake: FakeTelegram
) -> None:
    coalition = await running.db.coalitions.add(
        slug="nml", name="Noord-Limburg", municipalities=["Venlo", "Beesel"], timezone="UTC"
    )
    boss = await coordinator(running, fake, coalition.id)
    pro = await join(running, fake, coalition.id, "Sanne")
    colleague = await join(running, fake, coalition.id, "Collega")

    assert "zeven korte vragen" in (await fake.ask(pro, "/aanmelden")).text
    await fake.next_message(pro.id)  # 1/7 name
    assert "2/7" in (await fake.ask(pro, "Sanne de Wit")).text
    role_question = await fake.ask(pro, "Lactatiekundigenpraktijk De Wit")
    assert "3/7" in role_question.text
    municipality_question = await fake.ask(pro, "Lactatiekundige")
    assert "4/7" in municipality_question.text
    contact_question = await fake.tap_and_wait(pro, municipality_question, "Beesel")
    assert "5/7" in contact_question.text
    assert "geen geldig" in (await fake.ask(pro, "bel me maar")).text
    experience_question = await fake.ask(pro, "06-34567890 sanne@dewit.nl")
    assert "6/7" in experience_question.text and experience_question.button("Overslaan")
    assert "BSN" in (await fake.ask(pro, "cliënt 111222333")).text  # refused, asked again
    confirm = await fake.ask(pro, "Samen Starten 2.0, cp; schulden tijdens de zwangerschap")
    assert (
        "7/7" in confirm.text and "+31 6 34567890" in confirm.text and "toestemming" in confirm.text
    )
    assert (
        "Ervaring: SamenStarten, CenteringPregnancy, schulden tijdens de zwangerschap"
        in confirm.text
    )
    before_boss = len(fake.messages_to(boss.id))
    await fake.tap(pro, confirm, "Ja")
    review = await fake.next_message(boss.id, after=before_boss)
    assert "Nieuwe aanmelding" in review.text and "Sanne de Wit" in review.text
    # Pending: not found yet.
    assert "Sanne" not in (await fake.ask(colleague, "/zoek lactatiekundige")).text

    before_pro = len(fake.messages_to(pro.id))
    await fake.tap(boss, review, "Goedkeuren")
    outcome = await fake.next_message(pro.id, after=before_pro)
    assert "staat nu in de partnergids" in outcome.text
    found = await fake.ask(colleague, "/zoek borstvoeding beesel")
    assert "Sanne de Wit" in found.text and "sanne@dewit.nl" in found.text
    assert "Ervaring: SamenStarten" in found.text
    # Found by her experience: a method's name typed apart, an abbreviation, a free topic.
    for search in ("/zoek samen starten beesel", "/zoek centering", "/zoek ervaring schulden"):
        assert "Sanne de Wit" in (await fake.ask(colleague, search)).text, search
    # "ervaring" looks in experience only: her organisation's words do not count there.
    assert (
        "Sanne" not in (await fake.ask(colleague, "/zoek ervaring lactatiekundigenpraktijk")).text
    )


async def test_registration_cancel_and_rejection_with_reason(
    running: RunningBot, fake: FakeTelegram
) -> None:
    coalition = await running.db.coalitions.add(
        slug="nml", name="Noord-Limburg", municipalities=["Venlo"], timezone="UTC"
    )
    boss = await coordinator(running, fake, coalition.id)
    pro = await join(running, fake, coalition.id, "Tom")
    await fake.ask(pro, "/aanmelden")
    await fake.next_message(pro.id)
    await fake.ask(pro, "Tom")
    assert "niets opgeslagen" in (await fake.ask(pro, "/annuleren")).text
    assert await running.db.partners.of_user(pro.id) == []

    await fake.ask(pro, "/register")
    await fake.next_message(pro.id)
    for answer in ("Tom Bakker", "Bakker Budget", "Schuldhulpverlener", "Venlo"):
        await fake.ask(pro, answer)
    experience_question = await fake.ask(pro, "tom@bakker.nl")
    confirm = await fake.tap_and_wait(pro, experience_question, "Overslaan")
    assert "Ervaring" not in confirm.text
    before_boss = len(fake.messages_to(boss.id))
    await fake.tap(pro, confirm, "Ja")
    review = await fake.next_message(boss.id, after=before_boss)
    ask_reason = len(fake.messages_to(boss.id))
    await fake.tap(boss, review, "Afwijzen")
    assert "Waarom" in (await fake.next_message(boss.id, after=ask_reason)).text
    before_pro = len(fake.messages_to(pro.id))
    await fake.ask(boss, "Werkt niet in deze regio")
    outcome = await fake.next_message(pro.id, after=before_pro)
    assert "niet goedgekeurd" in outcome.text and "Werkt niet in deze regio" in outcome.text
    partner = (await running.db.partners.of_user(pro.id))[0]
    assert partner.status == "rejected"


async def test_coordinator_finds_edits_hides_and_shows_a_listing(
    running: RunningBot, fake: FakeTelegram
) -> None:
    coalition = await running.db.coalitions.add(
        slug="nml", name="Noord-Limburg", municipalities=["Venlo"], timezone="UTC"
    )
    boss = await coordinator(running, fake, coalition.id)
    await upload(fake, boss, "gids.csv", WINDOWS_CSV)
    preview = await fake.next_message(boss.id)
    await fake.tap(boss, preview, "Importeren")
    await fake.wait_until(lambda: preview.edits == 1)
    member = await join(running, fake, coalition.id, "Lid")

    found = await fake.ask(boss, "/partners zoe venlo")
    assert "Zoë Hendriks" in found.text and "Vermeld" in found.text
    fields = await fake.tap_and_wait(boss, found, "Bewerken")
    ask = await fake.tap_and_wait(boss, fields, "telefoonnummer")
    assert "+31773512345" in ask.text
    assert "klopt niet" in (await fake.ask(boss, "12")).text  # refused, still asking
    saved = await fake.ask(boss, "06-11112222")
    assert "Opgeslagen" in saved.text and "+31 6 11112222" in saved.text
    partner = (await running.db.partners.lookup((coalition.id,), "zoe", 5))[0]
    assert partner.data.phone == "+31611112222" and partner.status == "listed"
    assert "+31 6 11112222" in (await fake.ask(member, "/zoek zoe")).text

    # Emptying the only contact detail is refused; /annuleren keeps everything.
    await fake.tap(boss, fields, "telefoonnummer")
    await fake.next_message(boss.id)
    await fake.ask(boss, "-")  # the e-mail address remains, so this is allowed
    await fake.tap_and_wait(boss, fields, "e-mailadres")
    assert "telefoonnummer of e-mailadres" in (await fake.ask(boss, "-")).text
    assert "niets veranderd" in (await fake.ask(boss, "/annuleren")).text
    partner = (await running.db.partners.lookup((coalition.id,), "zoe", 5))[0]
    assert (partner.data.phone, partner.data.email) == ("", "zoe@vk.nl")

    await fake.tap(boss, saved, "Verbergen")
    await fake.wait_until(lambda: saved.edits == 1)
    assert "Ik vond niemand" in (await fake.ask(member, "/zoek zoe")).text
    hidden = await fake.ask(boss, "/partners hendriks")
    assert "Verborgen" in hidden.text
    await fake.tap(boss, hidden, "Weer tonen")
    await fake.wait_until(lambda: hidden.edits == 1)
    assert "Zoë Hendriks" in (await fake.ask(member, "/zoek zoe")).text

    # Members cannot edit, not even with hand-made button data.
    query_id = await fake.press_button(member, saved, f"pg:{partner.id}:0")
    answer = await fake.wait_until(lambda: fake.callback_answers.get(query_id))
    assert "Alleen een coördinator" in answer["text"]
    assert "geen vermelding" in (await fake.ask(boss, "/partners qqq")).text
