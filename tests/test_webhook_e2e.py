"""Webhook mode end to end: the bot sets its webhook with the secret, the fake Bot API posts
updates to it (as Telegram does through the proxy), a request without the secret or with
another gets 403 and reaches no handler; back to polling, the webhook is deleted. /status
tells an admin how the bot is doing."""

import socket
from pathlib import Path

from tests.conftest import ADMIN_ID
from tests.fake_telegram import FakeTelegram, User
from tests.harness import FakeClock, start_bot

SECRET = "s3cret-token_for-the-webhook-0123456789"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


async def test_webhook_with_secret_then_back_to_polling(
    fake: FakeTelegram, database_path: Path
) -> None:
    port = free_port()
    environ = {
        "WEBHOOK_URL": "https://bot.gemeente.example/kansrijke/telegram",
        "WEBHOOK_SECRET": SECRET,
        "WEBHOOK_LISTEN": "127.0.0.1",
        "WEBHOOK_PORT": str(port),
    }
    bot = await start_bot(
        fake, database_path, admin_ids=(ADMIN_ID,), clock=FakeClock(), environ=environ
    )
    try:
        assert fake.webhook is not None
        assert fake.webhook["url"] == "https://bot.gemeente.example/kansrijke/telegram"
        assert fake.webhook["secret_token"] == SECRET
        assert {"message", "callback_query", "inline_query"} <= set(fake.webhook["allowed_updates"])
        fake.webhook_target = f"http://127.0.0.1:{port}/kansrijke/telegram"

        member = fake.user("Wim")
        reply = await fake.ask(member, "/help")
        assert "Wat kan deze bot?" in reply.text
        assert fake.webhook_statuses[-1] == 200

        intruder = fake.user("Indringer")
        for secret in (None, "wrong-secret-0123456789"):
            answer = await fake.post_update(fake.forged_update(intruder, "/help"), secret)
            assert answer == 403
        await bot.idle()
        assert fake.messages_to(intruder.id) == []
        assert await bot.db.people.get(intruder.id) is None  # no handler saw it

        admin = User(ADMIN_ID, "Beheer")
        fake.chats[ADMIN_ID] = admin.chat
        shown = (await fake.ask(admin, "/status")).text
        assert "Modus: webhook" in shown and "429-antwoorden in het afgelopen uur: 0" in shown
        assert "Coalities: 0, leden: 0" in shown and "Laatste onverwachte fout: nooit" in shown
        assert "Langste hapering sinds de start: " in shown  # the event loop's probe
        assert "Laatste antwoord van de Bot API: 0:00:00 geleden" in shown
        refused = await fake.ask(member, "/status")
        assert "voor de beheerders" in refused.text
    finally:
        await bot.stop()

    fake.webhook_target = None
    polling = await start_bot(fake, database_path, admin_ids=(ADMIN_ID,), clock=FakeClock())
    try:
        assert fake.webhook is None  # deleted when polling started
        assert "deletewebhook" in [call.method for call in fake.calls]
        assert "Hoi Pol!" in (await fake.ask(fake.user("Pol"), "/start")).text
    finally:
        await polling.stop()
