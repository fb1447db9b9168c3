"""The getUpdates connection (bot/inbox_request.py): a batch is kept before PTB sees it, and
PTB gets the batch as the inbox screened it, read from JSON once."""

import json
from typing import Any
from unittest import mock

from bot.inbox_request import InboxRequest
from tests.fake_telegram import FakeTelegram


async def test_ptb_gets_the_screened_batch_without_reading_its_json_again(
    fake: FakeTelegram,
) -> None:
    anna, ben = fake.user("Anna"), fake.user("Ben")
    await fake.send_text(anna, "/help")
    await fake.send_text(ben, "/zoek")
    kept: list[list[dict[str, Any]]] = []

    async def keep(updates: list[dict[str, Any]]) -> list[dict[str, Any]]:
        kept.append(updates)
        return [updates[0], {"update_id": updates[1]["update_id"]}]  # Ben's: its id alone

    request = InboxRequest()
    await request.initialize()
    request.on_updates = keep
    try:
        with mock.patch("json.loads", side_effect=json.loads) as loads:
            result = await request.post(f"{fake.url}/bot{fake.token}/getUpdates")
    finally:
        await request.shutdown()
    assert [len(batch) for batch in kept] == [2]
    assert isinstance(result, list)
    assert result[0]["message"]["text"] == "/help"
    assert result[1] == {"update_id": kept[0][1]["update_id"]}
    assert loads.call_count == 1


async def test_an_answer_that_is_no_batch_is_read_as_ptb_reads_it(fake: FakeTelegram) -> None:
    request = InboxRequest()
    await request.initialize()
    try:
        me = await request.post(f"{fake.url}/bot{fake.token}/getMe")
    finally:
        await request.shutdown()
    assert isinstance(me, dict) and me["is_bot"] is True
