"""End to end: joining with invite links, /help by role, refused codes, errors survived."""

import logging
import re
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from telegram import Update
from telegram.ext import CommandHandler

from handlers.core.context import BotContext
from storage.coalitions import Coalition
from tests.conftest import ADMIN_ID
from tests.fake_telegram import FakeTelegram, User
from tests.harness import RunningBot

LINK = re.compile(r"https://t\.me/kansrijke_test_bot\?start=(join_[A-Za-z0-9_-]+)")


async def make_coalition(
    running: RunningBot, slug: str = "nml", name: str = "Noord-Limburg"
) -> Coalition:
    return await running.db.coalitions.add(
        slug=slug, name=name, municipalities=["Venlo", "Beesel"], timezone="Europe/Amsterdam"
    )


async def coordinator_invite(running: RunningBot, coalition_id: int, uses: int = 1) -> str:
    invite = await running.db.invites.create(
        coalition_id,
        role="coordinator",
        max_uses=uses,
        valid_for=timedelta(days=7),
        created_by=ADMIN_ID,
    )
    return f"join_{invite.code}"


async def test_admin_invite_then_coordinator_invites_member(
    running: RunningBot, fake: FakeTelegram
) -> None:
    coalition = await make_coalition(running)
    admin = fake.user("Beheer")
    admin.id = ADMIN_ID
    fake.chats[ADMIN_ID] = admin.chat

    # The admin makes a coordinator invite in the bot: one coalition, so no buttons.
    reply = await fake.ask(admin, "/uitnodigen")
    assert "Noord-Limburg" in reply.text
    member_payload = LINK.search(reply.text)
    assert member_payload is not None

    # A coordinator joins with a coordinator invite (as the CLI would print it).
    coordinator = fake.user("Carla")
    payload = await coordinator_invite(running, coalition.id)
    reply = await fake.ask(coordinator, f"/start {payload}")
    assert "Welkom bij Noord-Limburg" in reply.text
    assert "coördinator" in reply.text
    assert (await running.db.members.of_user(coordinator.id))[0].role == "coordinator"
    # Her private chat now has the coordinator menu.
    scope = {"type": "chat", "chat_id": coordinator.id}
    await fake.wait_until(lambda: "uitnodigen" in fake.menu(scope))

    # The coordinator's /uitnodigen link lets a professional join as member.
    reply = await fake.ask(coordinator, "/uitnodigen")
    match = LINK.search(reply.text)
    assert match is not None
    member = fake.user("Mo")
    reply = await fake.ask(member, f"/start {match.group(1)}")
    assert "Welkom bij Noord-Limburg" in reply.text and "lid" in reply.text
    memberships = await running.db.members.of_user(member.id)
    assert [(m.coalition_slug, m.role) for m in memberships] == [("nml", "member")]

    # /help differs by role.
    member_help = (await fake.ask(member, "/help")).text
    coordinator_help = (await fake.ask(coordinator, "/help")).text
    assert "/uitnodigen" not in member_help and "/partners" not in member_help
    assert "/uitnodigen" in coordinator_help and "/partners" in coordinator_help
    assert "/aanmelden" in member_help
    assert "Noord-Limburg" in member_help


async def test_english_user_gets_english(running: RunningBot, fake: FakeTelegram) -> None:
    coalition = await make_coalition(running)
    payload = await coordinator_invite(running, coalition.id)
    user = fake.user("Emma", language_code="en-GB")
    reply = await fake.ask(user, f"/start {payload}")
    assert "Welcome to Noord-Limburg" in reply.text
    assert "coordinator" in reply.text
    scope = {"type": "chat", "chat_id": user.id}
    await fake.wait_until(lambda: "invite" in fake.menu(scope, "en"))
    reply = await fake.ask(user, "/invite")  # the English alias works too
    assert LINK.search(reply.text)


async def test_wrong_expired_and_used_up_codes_are_refused(
    running: RunningBot, fake: FakeTelegram
) -> None:
    coalition = await make_coalition(running)
    first, second, third = fake.user("Een"), fake.user("Twee"), fake.user("Drie")

    reply = await fake.ask(first, "/start join_AAAAAAAAAAAAAAAA")
    assert "ken ik niet" in reply.text
    reply = await fake.ask(first, "/start join_<script>")
    assert "ken ik niet" in reply.text

    payload = await coordinator_invite(running, coalition.id, uses=1)
    assert "Welkom" in (await fake.ask(first, f"/start {payload}")).text
    reply = await fake.ask(second, f"/start {payload}")
    assert "al zo vaak gebruikt" in reply.text

    expiring = await coordinator_invite(running, coalition.id, uses=5)
    running.clock.advance(timedelta(days=8))
    reply = await fake.ask(third, f"/start {expiring}")
    assert "verlopen" in reply.text

    assert await running.db.members.of_user(second.id) == []
    assert await running.db.members.of_user(third.id) == []
    invite = await running.db.invites.get(expiring.removeprefix("join_"))
    assert invite is not None and invite.uses == 0


async def test_joining_twice_changes_nothing(running: RunningBot, fake: FakeTelegram) -> None:
    coalition = await make_coalition(running)
    payload = await coordinator_invite(running, coalition.id, uses=3)
    user = fake.user("Dubbel")
    await fake.ask(user, f"/start {payload}")
    reply = await fake.ask(user, f"/start {payload}")
    assert "al coördinator" in reply.text
    invite = await running.db.invites.get(payload.removeprefix("join_"))
    assert invite is not None and invite.uses == 1


async def test_member_cannot_invite_and_stranger_is_told_how_to_join(
    running: RunningBot, fake: FakeTelegram
) -> None:
    stranger = fake.user("Vreemd")
    assert "uitnodigingslink" in (await fake.ask(stranger, "/start")).text
    assert "Alleen een coördinator" in (await fake.ask(stranger, "/uitnodigen")).text
    assert "nog geen lid" in (await fake.ask(stranger, "/help")).text


async def test_coordinator_of_two_coalitions_chooses_with_buttons(
    running: RunningBot, fake: FakeTelegram
) -> None:
    one = await make_coalition(running, "nml", "Noord-Limburg")
    two = await make_coalition(running, "heumen", "Heumen")
    coordinator = fake.user("Twee Petten")
    for coalition in (one, two):
        await fake.ask(coordinator, f"/start {await coordinator_invite(running, coalition.id)}")
    question = await fake.ask(coordinator, "/uitnodigen")
    assert [b["text"] for b in question.buttons()] == ["Heumen", "Noord-Limburg"]
    await fake.tap(coordinator, question, "Heumen")
    await fake.wait_until(lambda: question.edits == 1)
    assert "Heumen" in question.text and LINK.search(question.text)

    # A forged button for a coalition she does not coordinate creates nothing.
    other = await make_coalition(running, "utrecht", "Utrecht")
    query_id = await fake.press_button(coordinator, question, f"inv:{other.id}")
    answer = await fake.wait_until(lambda: fake.callback_answers.get(query_id))
    assert answer.get("show_alert") == "true"
    assert question.edits == 1


async def test_handler_exception_is_logged_and_bot_keeps_answering(
    running: RunningBot, fake: FakeTelegram, caplog: pytest.LogCaptureFixture
) -> None:
    async def explode(update: Update, context: BotContext) -> None:
        raise RuntimeError("kapot")

    running.application.add_handler(CommandHandler("kapot", explode), group=-1)
    user = fake.user("Pech")
    with caplog.at_level(logging.ERROR, logger="handlers.core.errors"):
        reply = await fake.ask(user, "/kapot geheime tekst")
    assert "er ging iets mis" in reply.text
    record = next(r for r in caplog.records if r.name == "handlers.core.errors")
    assert record.exc_info is not None and "kapot" in str(record.exc_info[1])
    assert f"user={user.id}" in record.getMessage() and "kind=message" in record.getMessage()
    assert "geheime tekst" not in caplog.text
    # The next update is answered as usual.
    assert "uitnodigingslink" in (await fake.ask(user, "/start")).text


async def test_menus_set_per_language_and_scope(running: RunningBot, fake: FakeTelegram) -> None:
    private = {"type": "all_private_chats"}
    assert fake.menu(private) == [
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
    assert fake.menu(private, "en") == [
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
    admin = {"type": "chat", "chat_id": ADMIN_ID}
    assert fake.menu(admin)[-7:] == [
        "uitnodigen",
        "partners",
        "inloop_instellen",
        "koppel",
        "evenement",
        "rapport",
        "omroep",
    ]
    assert fake.menu(admin, "en")[-7:] == [
        "invite",
        "partners",
        "dropin_setup",
        "link",
        "event",
        "report",
        "broadcast",
    ]


async def test_refused_menu_is_a_warning_not_a_crash(
    fake: FakeTelegram, database_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    from tests.harness import start_bot

    async def refuse(params: dict[str, Any]) -> Any:
        from tests.fake_telegram import ApiError

        raise ApiError(400, "Bad Request: BOT_COMMAND_INVALID")

    fake._api_setmycommands = refuse  # type: ignore[method-assign]
    with caplog.at_level(logging.WARNING, logger="handlers.core.commands"):
        bot = await start_bot(fake, database_path)
    try:
        assert "refused the command menu" in caplog.text
        user: User = fake.user("Na")
        assert "uitnodigingslink" in (await fake.ask(user, "/start")).text
    finally:
        await bot.stop()
