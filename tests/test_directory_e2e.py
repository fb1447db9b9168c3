"""End to end: /zoek through the real Application and the fake Bot API."""

import json

from rules.partner_csv import parse_csv
from tests.fake_telegram import FakeTelegram
from tests.harness import RunningBot
from tests.kit.directory import directory, join


async def test_member_finds_with_typo_accent_abbreviation(
    running: RunningBot, fake: FakeTelegram
) -> None:
    nml, _ = await directory(running)
    member = await join(running, fake, nml, "Mo")
    reply = await fake.ask(member, "/zoek vk venlo")
    assert "Zoë Hendriks" in reply.text and "+31 77 351 2345" in reply.text
    # Sent without python-telegram-bot's Message (handlers/core/sending.py): still as HTML, bold
    # names, no link previews.
    assert reply.params["parse_mode"] == "HTML" and "<b>Zoë Hendriks</b>" in reply.raw
    assert json.loads(reply.params["link_preview_options"]) == {"is_disabled": True}
    assert "zoe@vk-venlo.nl" in reply.text
    assert reply.text.index("Zoë Hendriks") < reply.text.index("Marieke Gerrits")
    assert "Zoë Hendriks" in (await fake.ask(member, "/zoek verloskundge")).text
    assert "Zoë Hendriks" in (await fake.ask(member, "/search zoe")).text
    assert "Fatima el Amrani" in (await fake.ask(member, "/zoek consultatiebureau VENLO")).text

    # The contact card button sends a real contact.
    card_reply = await fake.ask(member, "/zoek ha beesel")
    contact = await fake.tap_and_wait(member, card_reply, "📇 1")
    assert contact.method == "sendcontact"
    assert contact.params["phone_number"] == "+31774741234"
    assert "ORG:Huisartsenpraktijk Beesel" in contact.params["vcard"]


async def test_non_members_and_other_coalitions_see_nothing(
    running: RunningBot, fake: FakeTelegram
) -> None:
    nml, other = await directory(running)
    outsider = fake.user("Buiten")
    reply = await fake.ask(outsider, "/zoek verloskundige venlo")
    assert "lid bent" in reply.text and "077" not in reply.text
    neighbour = await join(running, fake, other, "Buur")
    reply = await fake.ask(neighbour, "/zoek verloskundige venlo")
    assert "Zoë" not in reply.text and "077" not in reply.text

    # A forged contact button for a listing of another coalition is refused.
    zoe = next(p for p in await running.db.partners.listed(nml) if p.data.name == "Zoë Hendriks")
    query_id = await fake.press_button(neighbour, reply, f"zc:{zoe.id}")
    answer = await fake.wait_until(lambda: fake.callback_answers.get(query_id))
    assert answer.get("show_alert") == "true"
    assert all(m.method != "sendcontact" for m in fake.messages_to(neighbour.id))

    # Inline mode: nothing for an outsider, results for a member.
    query_id = await fake.inline_query(outsider, "verloskundige")
    answer = await fake.wait_until(lambda: fake.inline_answers.get(query_id))
    assert answer["results"] == [] and answer["is_personal"] == "true"
    member = await join(running, fake, nml, "Lid")
    query_id = await fake.inline_query(member, "verloskundige venlo")
    answer = await fake.wait_until(lambda: fake.inline_answers.get(query_id))
    assert answer["results"][0]["title"] == "Zoë Hendriks"
    assert answer["is_personal"] == "true"


async def test_search_in_a_group_is_refused(running: RunningBot, fake: FakeTelegram) -> None:
    nml, _ = await directory(running)
    member = await join(running, fake, nml, "Groep")
    group = fake.group()
    reply = await fake.ask(member, "/zoek verloskundige", chat=group)
    assert "privégesprek" in reply.text and "077" not in reply.text


async def test_pagination(running: RunningBot, fake: FakeTelegram) -> None:
    nml, _ = await directory(running)
    csv = "naam;rol;gemeente;telefoon\n" + "".join(
        f"Verloskundige {i:02d};Verloskundige;Horst aan de Maas;06 1234 56{i:02d}\n"
        for i in range(12)
    )
    rows = [p for _, p in parse_csv(csv.encode()).rows]
    await running.db.partner_import.import_rows(nml, rows, added_by=None)
    member = await join(running, fake, nml, "Pagina")
    reply = await fake.ask(member, "/zoek vk horst aan de maas")
    assert "12 gevonden" in reply.text and "pagina 1 van 3" in reply.text
    assert "eerste" not in reply.text  # no "be more precise" below the search limit
    assert "Verloskundige 00" in reply.text and "Verloskundige 05" not in reply.text
    await fake.tap(member, reply, "Volgende")
    await fake.wait_until(lambda: reply.edits == 1)
    assert "pagina 2 van 3" in reply.text and "Verloskundige 05" in reply.text
    await fake.tap(member, reply, "Volgende")
    await fake.wait_until(lambda: reply.edits == 2)
    assert "Verloskundige 11" in reply.text and "Volgende" not in str(reply.buttons())
    await fake.tap(member, reply, "Vorige")
    await fake.wait_until(lambda: reply.edits == 3)
    assert "pagina 2 van 3" in reply.text


async def test_too_many_results_ask_for_a_more_precise_search(
    running: RunningBot, fake: FakeTelegram
) -> None:
    nml, _ = await directory(running)
    csv = "naam;rol;gemeente;email\n" + "".join(
        f"Huisarts {i:02d};Huisarts;Venray;ha{i}@venray.nl\n" for i in range(60)
    )
    rows = [p for _, p in parse_csv(csv.encode()).rows]
    await running.db.partner_import.import_rows(nml, rows, added_by=None)
    member = await join(running, fake, nml, "Veel")
    reply = await fake.ask(member, "/zoek huisarts venray")
    assert "50 gevonden" in reply.text and "pagina 1 van 10" in reply.text
    assert "alleen de eerste 50" in reply.text


async def test_no_results_suggests_and_guided_search(
    running: RunningBot, fake: FakeTelegram
) -> None:
    nml, _ = await directory(running)
    member = await join(running, fake, nml, "Gids")
    reply = await fake.ask(member, "/zoek kraamzorgg xyz")
    assert "Ik vond niemand" in reply.text and "Bedoelde je" in reply.text
    for text in ['/zoek "', "/zoek *", "/zoek NEAR OR", "/zoek 🙂", "/zoek ' OR 1=1 --"]:
        answer = await fake.ask(member, text)
        assert "Ik vond niemand" in answer.text or "gevonden" in answer.text
    long_reply = await fake.ask(member, "/zoek " + "verloskundige " * 40)
    assert "te lang" in long_reply.text

    guided = await fake.ask(member, "/zoek")
    assert "Welke rol" in guided.text
    places = await fake.tap_and_wait(member, guided, "Verloskundige")
    assert "In welke gemeente" in places.text
    await fake.tap(member, places, "Peel en Maas")
    await fake.wait_until(lambda: places.edits == 1)
    assert "Ingrid Smeets" in places.text and "Zoë" not in places.text
