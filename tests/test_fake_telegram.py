"""The fake Bot API is strict like Telegram; checked with the real python-telegram-bot client."""

from collections.abc import AsyncIterator

import pytest
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup
from telegram.constants import ParseMode
from telegram.error import BadRequest, EndPointNotFound, Forbidden, RetryAfter

from tests.fake_telegram import FakeTelegram, plain_text

needs_spec = pytest.mark.skipif(
    FakeTelegram().spec is None, reason="../shared/telegram-bot-api/api.min.json is absent"
)


@pytest.fixture
async def bot(fake: FakeTelegram) -> AsyncIterator[Bot]:
    client = Bot(fake.token, base_url=f"{fake.url}/bot", base_file_url=f"{fake.url}/file/bot")
    async with client:
        yield client


async def test_unknown_method_is_not_found(bot: Bot) -> None:
    with pytest.raises(EndPointNotFound):
        await bot.do_api_request("sendTelepathy", api_kwargs={"chat_id": 1})


@needs_spec
async def test_unknown_and_missing_parameters_are_refused(bot: Bot, fake: FakeTelegram) -> None:
    user = fake.user()
    with pytest.raises(BadRequest, match=r"(?i)unknown parameter colour"):
        await bot.send_message(user.id, "hoi", api_kwargs={"colour": "red"})
    with pytest.raises(BadRequest, match=r"(?i)text is empty"):
        await bot.do_api_request("sendMessage", api_kwargs={"chat_id": user.id})
    with pytest.raises(BadRequest, match=r"(?i)wrong type of parameter message_id"):
        await bot.do_api_request(
            "editMessageText", api_kwargs={"chat_id": user.id, "message_id": "x", "text": "a"}
        )


async def test_text_length_and_html(bot: Bot, fake: FakeTelegram) -> None:
    user = fake.user()
    await bot.send_message(user.id, "x" * 4096)
    with pytest.raises(BadRequest, match=r"(?i)too long"):
        await bot.send_message(user.id, "x" * 4097)
    with pytest.raises(BadRequest, match=r"(?i)can't parse entities"):
        await bot.send_message(user.id, "<b>vet", parse_mode=ParseMode.HTML)
    with pytest.raises(BadRequest, match=r"(?i)can't parse entities"):
        await bot.send_message(user.id, "1 < 2 <script>", parse_mode=ParseMode.HTML)
    with pytest.raises(BadRequest, match=r"(?i)empty"):
        await bot.send_message(user.id, "<b> </b>", parse_mode=ParseMode.HTML)
    # Escaped text counts after parsing: 4096 visible characters pass.
    await bot.send_message(user.id, "&amp;" * 4096, parse_mode=ParseMode.HTML)
    assert fake.sent[-1].text == "&" * 4096


def test_plain_text_reads_entities() -> None:
    assert plain_text('<a href="https://x.nl">x</a> &lt;3 &#233;', "HTML") == "x <3 é"


async def test_callback_data_limit_and_not_modified(bot: Bot, fake: FakeTelegram) -> None:
    user = fake.user()
    too_long = InlineKeyboardMarkup([[InlineKeyboardButton("a", callback_data="x" * 65)]])
    with pytest.raises(BadRequest, match=r"(?i)BUTTON_DATA_INVALID"):
        await bot.send_message(user.id, "hoi", reply_markup=too_long)
    message = await bot.send_message(user.id, "hoi")
    with pytest.raises(BadRequest, match=r"(?i)message is not modified"):
        await bot.edit_message_text("hoi", user.id, message.message_id)
    await bot.edit_message_text("hallo", user.id, message.message_id)
    assert fake.messages_to(user.id)[-1].text == "hallo"


async def test_blocked_user_and_unknown_chat(bot: Bot, fake: FakeTelegram) -> None:
    user = fake.user()
    fake.blocked.add(user.id)
    with pytest.raises(Forbidden, match=r"(?i)blocked"):
        await bot.send_message(user.id, "hoi")
    with pytest.raises(BadRequest, match=r"(?i)chat not found"):
        await bot.send_message(987654321, "hoi")
    await fake.send_text(user, "ik ben terug")  # writing again unblocks, as in Telegram
    await bot.send_message(user.id, "welkom terug")


async def test_flood_control(bot: Bot, fake: FakeTelegram) -> None:
    user = fake.user()
    for _ in range(3):
        await bot.send_message(user.id, "snel")
    with pytest.raises(RetryAfter):
        await bot.send_message(user.id, "te snel")

    group = fake.group()
    for _ in range(20):
        await bot.send_message(group.id, "groep")
    with pytest.raises(RetryAfter) as raised:
        await bot.send_message(group.id, "te veel")
    assert 1 <= int(raised.value.retry_after) <= 61  # type: ignore[arg-type]

    users = [fake.user() for _ in range(40)]
    results = []
    for other in users:
        try:
            await bot.send_message(other.id, "iedereen")
            results.append(True)
        except RetryAfter:
            results.append(False)
    assert results.count(True) <= 30 and False in results


async def test_unauthorized_token(fake: FakeTelegram) -> None:
    from telegram.error import InvalidToken

    with pytest.raises(InvalidToken):
        async with Bot("999:wrong", base_url=f"{fake.url}/bot"):
            pass


async def test_user_actions_arrive_as_proper_updates(bot: Bot, fake: FakeTelegram) -> None:
    user = fake.user("Anna")
    group = fake.group("Coalitie NML", admins=[user])
    await fake.send_text(user, "/zoek vk venlo")
    await fake.send_text(user, "/koppel@kansrijke_test_bot", chat=group)
    sent = await bot.send_message(
        user.id,
        "kies",
        reply_markup=InlineKeyboardMarkup([[InlineKeyboardButton("Ja", callback_data="yes")]]),
    )
    await fake.press_button(user, fake.messages_to(user.id)[-1], "yes")
    await fake.inline_query(user, "verloskundige")
    document = await fake.send_document(user, "partners.csv", b"naam;rol\nA;vk\n")
    await fake.add_bot_to_group(user, group)

    updates = await bot.get_updates(timeout=0)
    assert [u.update_id for u in updates] == sorted(u.update_id for u in updates)
    command, group_command, press, inline, upload, added = updates
    assert command.message is not None and command.message.text == "/zoek vk venlo"
    assert command.message.entities[0].type == "bot_command"
    assert group_command.effective_chat is not None and group_command.effective_chat.id == group.id
    assert press.callback_query is not None and press.callback_query.data == "yes"
    assert press.callback_query.message is not None
    assert press.callback_query.message.message_id == sent.message_id
    assert inline.inline_query is not None and inline.inline_query.query == "verloskundige"
    assert upload.message is not None and upload.message.document is not None
    file = await bot.get_file(document["document"]["file_id"])
    assert bytes(await file.download_as_bytearray()) == b"naam;rol\nA;vk\n"
    assert added.my_chat_member is not None
    assert added.my_chat_member.new_chat_member.status == "member"
    member = await bot.get_chat_member(group.id, user.id)
    assert member.status == "administrator"
