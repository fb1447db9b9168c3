"""End to end: everyone reads their own language (Dutch, English, Frysk): chosen in
/instellingen, from Telegram's language, or from their coalition; groups read their
coalition's language."""

import json
from datetime import timedelta
from typing import Any

from tests.fake_telegram import FakeTelegram, User
from tests.harness import RunningBot
from tests.kit.directory import join
from tests.kit.dropin import CALL, DAY_BEFORE, LINK, coalition_with_dropin

PRIVATE_MENU_NL = [
    "zoek",
    "netwerkvraag",
    "inloop",
    "vraag",
    "feedback",
    "acties",
    "actie",
    "werkgroepen",
    "stand",
    "voorbeelden",
    "kennismaken",
    "aanmelden",
    "instellingen",
    "start",
    "help",
    "privacy",
    "mijngegevens",
    "vergeetmij",
]
PRIVATE_MENU_EN = [
    "search",
    "ask",
    "dropin",
    "question",
    "feedback",
    "actions",
    "action",
    "workgroups",
    "progress",
    "examples",
    "meet",
    "register",
    "settings",
    "start",
    "help",
    "privacy",
    "mydata",
    "forgetme",
]


def chat_menu(fake: FakeTelegram, user: User) -> dict[str | None, list[str]]:
    """The menu set for this person's own chat, per app language (None: any other)."""
    scope = {"type": "chat", "chat_id": user.id}
    return {code: fake.menu(scope, code) for code in (None, "en", "fy")}


def menu_descriptions(fake: FakeTelegram, scope: dict[str, Any], code: str | None) -> list[str]:
    for (raw_scope, language), commands in fake.commands.items():
        if json.loads(raw_scope) == scope and language == code:
            return [c["description"] for c in commands]
    return []


async def test_a_member_switches_to_english_then_to_frysk(
    running: RunningBot, fake: FakeTelegram
) -> None:
    coalition_id = await coalition_with_dropin(running)
    member = await join(running, fake, coalition_id, "Mo")  # a Dutch Telegram app
    card = await fake.ask(member, "/instellingen")
    assert "Instellingen" in card.text and "Taal: Nederlands" in card.text
    assert card.button("✓ Nederlands") and card.button("English") and card.button("Frysk")

    answer = await fake.tap(member, card, "English")
    await fake.wait_until(lambda: "Settings" in card.text)
    assert fake.callback_answers[answer]["text"] == "Your language has been saved."
    assert "Language: English" in card.text and card.button("✓ English")
    assert card.button("Turn announcements off")
    # Their own menu in English whatever language their app is set to.
    english = {code: PRIVATE_MENU_EN for code in (None, "en", "fy")}
    await fake.wait_until(lambda: chat_menu(fake, member) == english)
    assert "What can you do?" in (await fake.ask(member, "/help")).text
    dropin = await fake.ask(member, "/inloop")
    assert dropin.button("I'll join") and "Tuesday 3 November" in dropin.text
    assert await running.db.people.get(member.id) is not None

    answer = await fake.tap(member, card, "Frysk")
    await fake.wait_until(lambda: "Ynstellings" in card.text)
    assert fake.callback_answers[answer]["text"] == "Dyn taal is bewarre."
    assert card.button("✓ Frysk") and card.button("Oankundigings útsette")
    # Frysk keeps the Dutch command names (PRODUCT.md), with Frisian descriptions.
    frysk = {code: PRIVATE_MENU_NL for code in (None, "en", "fy")}
    await fake.wait_until(lambda: chat_menu(fake, member) == frysk)
    own = {"type": "chat", "chat_id": member.id}
    assert "Sykje in partner: rol, gemeente of namme" in menu_descriptions(fake, own, "en")
    assert "Wat kinst dwaan?" in (await fake.ask(member, "/help")).text
    dropin = await fake.ask(member, "/inloop")
    assert dropin.button("Ik doch mei") and "tiisdei 3 Novimber" in dropin.text
    mine = await fake.ask(member, "/mijngegevens")
    assert "Taal: Frysk (dyn eigen kar)" in mine.text

    # /vergeetmij removes the choice and their own menu: Telegram's language decides again.
    confirm = await fake.ask(member, "/vergeetmij")
    await fake.tap(member, confirm, "smyt alles fuort")
    await fake.wait_until(lambda: chat_menu(fake, member) == {None: [], "en": [], "fy": []})
    assert await running.db.people.get(member.id) is None
    assert "Je bent nog geen lid" in (await fake.ask(member, "/start")).text
    assert "Taal: Nederlands (niet zelf gekozen" in (await fake.ask(member, "/mijngegevens")).text


async def test_telegram_in_frysk_gets_frysk_without_asking(
    running: RunningBot, fake: FakeTelegram
) -> None:
    stranger = fake.user("Sjoukje", language_code="fy")
    assert "Do bist noch gjin lid" in (await fake.ask(stranger, "/start")).text
    english = fake.user("Ann", language_code="en-GB")
    assert "You are not a member" in (await fake.ask(english, "/start")).text
    # The command menu for Frisian apps is Frisian.
    private = {"type": "all_private_chats"}
    assert fake.menu(private) == PRIVATE_MENU_NL and fake.menu(private, "en") == PRIVATE_MENU_EN
    assert fake.menu(private, "fy") == PRIVATE_MENU_NL
    assert "Wolkom en dyn koalysjes" in menu_descriptions(fake, private, "fy")
    assert "Welkom en je coalities" in menu_descriptions(fake, private, None)


async def test_a_frysk_coalition_speaks_frysk_to_its_group_and_new_members(
    running: RunningBot, fake: FakeTelegram
) -> None:
    coalition_id = await coalition_with_dropin(running)
    await running.db.coalitions.set_language(coalition_id, "fy")
    coordinator = await join(running, fake, coalition_id, "Coby")  # Dutch app, no choice
    await running.db.members.set_role(coalition_id, coordinator.id, "coordinator")
    group = fake.group("Kansrike Start", admins=[coordinator])
    await fake.add_bot_to_group(coordinator, group)
    assert "Keppele!" in (await fake.ask(coordinator, "/koppel", chat=group)).text
    english = fake.user("Ann", language_code="en")
    invite = await running.db.invites.create(
        coalition_id, role="member", max_uses=1, valid_for=timedelta(days=1), created_by=0
    )
    joined = await fake.ask(english, f"/start join_{invite.code}")
    assert "You are now" in joined.text  # an English app outranks the coalition's language

    await running.at(DAY_BEFORE)
    (reminder,) = [m for m in fake.messages_to(group.id) if LINK in m.raw]
    assert "is moarn" in reminder.text and "tiisdei 3 Novimber, 12:30–13:30 oere" in reminder.text
    assert reminder.button("Ik doch mei (0)") and reminder.button("Set yn aginda")
    # The count under the group's reminder stays Frysk, whoever taps it.
    await fake.tap(english, reminder, "Ik doch mei")
    await fake.wait_until(lambda: "Ik doch mei (1)" in str(reminder.reply_markup))
    # After the call the group is asked for feedback in Frysk.
    await running.at(CALL + timedelta(hours=2))
    assert [m for m in fake.messages_to(group.id) if "Hoe wie" in m.text]
