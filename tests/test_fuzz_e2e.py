"""Fuzzing through the real Application and the fake Bot API (issue 15): random and odd
updates — texts in any script, commands with odd arguments, edited messages, channel posts,
messages without a sender, documents of any size and encoding, callback data of any form,
inline queries — from strangers and a member. Nothing may raise past the error handler, and
nothing may be written but what such people can write (their `people` row).

Short in CI; HYPOTHESIS_PROFILE=long runs many more examples (tests/conftest.py)."""

import asyncio
import itertools
import logging
import tempfile
import time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from handlers.core.commands import ALL_COMMANDS, CANCEL, STATUS
from rules.sending import ChatLimits
from tests.fake_telegram import Chat, FakeTelegram, User
from tests.harness import FakeClock, RunningBot, start_bot
from tests.kit.database import database_state

FAST = ChatLimits(
    overall_per_second=1000,
    overall_burst=1000,
    private_burst=1000,
    private_per_second=1000,
    group_per_window=100_000,
)
COMMANDS = sorted({n for c in (*ALL_COMMANDS, STATUS, CANCEL) for n in c.names})
PREFIXES = [
    "zk:",
    "zc:",
    "zr:",
    "di:r:",
    "di:c:",
    "dq:",
    "ds:",
    "ev:",
    "fb:",
    "fs:",
    "fm:",
    "ik:",
    "ik:plan:",
    "ik:met:",
    "lk:",
    "om:ok:",
    "om:stop:",
    "ov:",
    "oc:",
    "pv:",
    "pi:",
    "px:",
    "pr:",
    "pg:",
    "rp:c:",
    "st:a",
    "ar:r:",
    "",
]

any_text = st.text(min_size=0, max_size=300)
texts = st.one_of(
    any_text,
    st.builds(lambda c, rest: f"/{c} {rest}", st.sampled_from(COMMANDS), any_text),
    st.builds(lambda c: f"/{c}@kansrijke_test_bot", st.sampled_from(COMMANDS)),
    st.sampled_from(
        [
            "/start join_",
            "/start fb_",
            "/start join_x" * 20,
            "/zoek " + "a" * 5000,
            "/start \u202e\u0000",
            "🙂" * 50,
            "١٢٣٤٥٦٧٨٩",
            "/vraag 123456782",
        ]
    ),
)
callback_data = st.one_of(
    st.text(max_size=64),
    st.builds(
        lambda p, rest: (p + rest)[:64],
        st.sampled_from(PREFIXES),
        st.text(alphabet="0123456789:-abcxyz", max_size=30),
    ),
)
documents = st.fixed_dictionaries(
    {
        "file_name": st.text(max_size=80),
        "mime_type": st.sampled_from(["text/csv", "application/pdf", "text/plain", ""]),
        "content": st.binary(max_size=2000),
        "claimed_size": st.one_of(st.none(), st.integers(0, 200 * 1024 * 1024)),
    }
)


@st.composite
def updates(draw: st.DrawFn) -> list[tuple[str, dict[str, Any]]]:
    kinds = st.sampled_from(
        [
            "message",
            "command",
            "edited",
            "channel",
            "nosender",
            "document",
            "callback",
            "inline",
            "group",
        ]
    )
    return [
        (
            draw(kinds),
            {
                "text": draw(texts),
                "data": draw(callback_data),
                "document": draw(documents),
                "who": draw(st.integers(0, 2)),
            },
        )
        for _ in range(draw(st.integers(1, 12)))
    ]


class Pusher:
    """Puts raw updates in the fake's queue, as Telegram would send them."""

    def __init__(self, fake: FakeTelegram, users: list[User], group: Chat) -> None:
        self.fake, self.users, self.group = fake, users, group
        self.ids = itertools.count(50_000)

    def message(self, chat: dict[str, Any], sender: User | None, **fields: Any) -> dict[str, Any]:
        body = {"message_id": next(self.ids), "date": int(time.time()), "chat": chat, **fields}
        if sender is not None:
            body["from"] = sender.as_json()
        return body

    def push(self, kind: str, item: dict[str, Any]) -> None:
        user = self.users[item["who"]]
        text: str = item["text"]
        fake, private = self.fake, user.chat.as_json()
        entities = (
            [{"type": "bot_command", "offset": 0, "length": len(text.split()[0])}]
            if text.startswith("/") and text.split()
            else None
        )
        extra = {"entities": entities} if entities else {}
        if kind in ("message", "command"):
            fake._push("message", self.message(private, user, text=text or ".", **extra))
        elif kind == "group":
            fake._push(
                "message", self.message(self.group.as_json(), user, text=text or ".", **extra)
            )
        elif kind == "edited":
            body = self.message(private, user, text=text or ".", edit_date=int(time.time()))
            fake._push("edited_message", body)
        elif kind == "channel":
            channel = {"id": -100777, "type": "channel", "title": "Kanaal"}
            fake._push("channel_post", self.message(channel, None, text=text or "."))
        elif kind == "nosender":
            fake._push("message", self.message(self.group.as_json(), None, text=text or "."))
        elif kind == "document":
            self.document(user, item["document"])
        elif kind == "callback":
            fake._push(
                "callback_query",
                {
                    "id": f"fuzz-{next(self.ids)}",
                    "from": user.as_json(),
                    "chat_instance": str(user.id),
                    "data": item["data"],
                    "message": self.message(private, None, text="Een knop"),
                },
            )
        else:
            fake._push(
                "inline_query",
                {
                    "id": f"iq-{next(self.ids)}",
                    "from": user.as_json(),
                    "query": text[:256],
                    "offset": "",
                },
            )

    def document(self, user: User, document: dict[str, Any]) -> None:
        file_id = f"fuzz-file-{next(self.ids)}"
        self.fake.files[file_id] = (f"documents/{file_id}", document["content"])
        size = document["claimed_size"]
        body = {
            "file_id": file_id,
            "file_unique_id": f"u{file_id}",
            "file_name": document["file_name"],
            "mime_type": document["mime_type"],
        }
        if size is not None:
            body["file_size"] = size
        self.fake._push("message", self.message(user.chat.as_json(), user, document=body))


async def run_example(items: list[tuple[str, dict[str, Any]]]) -> None:
    fake = FakeTelegram()
    await fake.start()
    fake.rate_limits = False
    with tempfile.TemporaryDirectory() as folder:
        bot: RunningBot = await start_bot(
            fake,
            Path(folder) / "fuzz.sqlite3",
            clock=FakeClock(),
            limits=FAST,
            environ={"FLOOD_LIMIT": "0"},
        )
        try:
            coalition = await bot.db.coalitions.add(
                slug="nml", name="NML", municipalities=["Venlo"], timezone="Europe/Amsterdam"
            )
            member = fake.user("Lid")
            await bot.db.members.set_role(coalition.id, member.id, "member")
            users = [fake.user("Vreemde"), fake.user("Stranger", language_code="en"), member]
            group = fake.group("Groep")
            before = await database_state(bot)
            pusher = Pusher(fake, users, group)
            for kind, item in items:
                pusher.push(kind, item)
            await fake._notify()
            await bot.idle(within=30)
            after = await database_state(bot)
            changed = {n for n in before if before[n] != after[n]}
            assert changed == set(), f"written by odd updates: {changed}"
            check = await bot.db.connection.execute_fetchall("PRAGMA integrity_check")
            assert [r[0] for r in check] == ["ok"]
        finally:
            await bot.stop()
            await fake.stop()


class ErrorsSeen(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@pytest.mark.timeout(3600)  # the long profile runs for minutes
@given(updates())
def test_odd_updates_raise_nothing_and_write_nothing(
    items: list[tuple[str, dict[str, Any]]],
) -> None:
    seen = ErrorsSeen()
    logging.getLogger().addHandler(seen)
    try:
        asyncio.run(run_example(items))
    finally:
        logging.getLogger().removeHandler(seen)
    assert [r.getMessage() for r in seen.records] == []
