"""LOG_FORMAT=json through a whole scenario: every line is a JSON object that says which
update or job it belongs to, and nothing a person typed, no contact detail and no feedback
comment ever reaches the log."""

import io
import json
import logging
from datetime import timedelta

from bot.logs import make_handler
from tests.fake_telegram import FakeTelegram
from tests.harness import RunningBot
from tests.kit.announcements import write_announcement
from tests.kit.directory import directory, join

SECRETS = (
    "077 351 2345",
    "+31773512345",
    "0773512345",
    "zoe@vk-venlo.nl",
    "06-12345678",
    "verloskundige blerick",
    "Warme overdracht was leerzaam",
    "Regiodag Noord",
    "Nieuws uit de coalitie",
    "mijn eigen zin",
)


async def test_json_log_of_a_scenario_holds_no_texts_or_contacts(
    running: RunningBot, fake: FakeTelegram
) -> None:
    stream = io.StringIO()
    handler = make_handler("json", stream)
    root = logging.getLogger()
    root.addHandler(handler)
    try:
        nml, _ = await directory(running)
        member = await join(running, fake, nml, "Mo")
        found = await fake.ask(member, "/zoek verloskundige blerick")
        assert "Zoë Hendriks" in found.text
        await fake.send_text(member, "mijn eigen zin")
        await fake.send_text(member, "/onbekend commando")
        await running.idle()

        coordinator = await join(running, fake, nml, "Coby")
        await running.db.members.set_role(nml, coordinator.id, "coordinator")
        await fake.ask(coordinator, "/evenement")
        await fake.ask(coordinator, "Regiodag Noord")
        created = await fake.ask(coordinator, "vandaag")
        code = next(w for w in created.text.split() if "start=fb_" in w).split("start=")[1]
        await fake.wait_until(
            lambda: any(m.method == "sendphoto" for m in fake.messages_to(coordinator.id))
        )  # the QR code
        question = await fake.ask(member, f"/start {code}")
        await fake.tap(member, question, "4")
        await fake.wait_until(lambda: "Je gaf een 4" in question.text)
        assert "Dank je wel" in (await fake.ask(member, "Warme overdracht was leerzaam")).text

        confirm = await write_announcement(fake, coordinator, "Nieuws uit de coalitie")
        await fake.tap(coordinator, confirm, "Versturen")
        await fake.wait_until(lambda: "Aankondiging verstuurd" in confirm.text)
        await running.at(running.clock.now() + timedelta(minutes=1))  # a reminder job's turn
        await running.idle()
        assert any("Nieuws uit de coalitie" in m.text for m in fake.messages_to(member.id))
    finally:
        root.removeHandler(handler)

    lines = [line for line in stream.getvalue().splitlines() if line.strip()]
    assert len(lines) >= 5, lines
    records = [json.loads(line) for line in lines]
    assert all({"time", "level", "name", "message", "job", "update_id"} <= set(r) for r in records)
    assert all(r["update_id"] is not None or r["job"] for r in records)
    assert any(isinstance(r["update_id"], int) for r in records)
    assert any(r["job"].startswith("announcement-") for r in records)
    text = stream.getvalue()
    leaked = [secret for secret in SECRETS if secret.lower() in text.lower()]
    assert leaked == []


def test_the_token_is_redacted_even_from_a_librarys_traceback() -> None:
    """python-telegram-bot names a refused token in its error; the bot's log never does."""
    from telegram.error import InvalidToken

    from tests.conftest import secrets_in
    from tests.fake_telegram import TEST_TOKEN

    for log_format in ("text", "json"):
        stream = io.StringIO()
        handler = make_handler(log_format, stream, secrets=(TEST_TOKEN, None))
        record_logger = logging.getLogger("redaction-test")
        record_logger.addHandler(handler)
        record_logger.propagate = False
        try:
            try:
                raise InvalidToken(f"The token `{TEST_TOKEN}` was rejected by the server.")
            except InvalidToken:
                record_logger.exception("calling %s failed", f"/bot{TEST_TOKEN}/getMe")
            record_logger.warning("secret part alone: %s", TEST_TOKEN.split(":")[1])
        finally:
            record_logger.removeHandler(handler)
            record_logger.propagate = True
        written = stream.getvalue()
        assert "InvalidToken" in written and "[redacted]" in written
        assert secrets_in(written, TEST_TOKEN) == []
    assert secrets_in(f"https://x/bot{TEST_TOKEN}/getMe", TEST_TOKEN) == [
        TEST_TOKEN,
        TEST_TOKEN.split(":")[1],
    ]
