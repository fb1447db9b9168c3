"""For the Mini App tests: a bot with MINIAPP_URL on a free port, initData signed as Telegram
signs it (with the test's bot token), and two coalitions with listings."""

import hashlib
import hmac
import json
import socket
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import aiohttp
import pytest

from rules.partner_csv import parse_csv
from tests.conftest import ADMIN_ID
from tests.fake_telegram import FakeTelegram, User
from tests.harness import FakeClock, RunningBot, start_bot
from tests.kit.directory import join

MINIAPP_URL = "https://gids.kansrijkestart.example"

VENRAY_CSV = (
    b"naam;organisatie;rol;gemeente;wijk;telefoon;email;website;trefwoorden;ervaring\n"
    b"Vera Jacobs;Verloskundigenpraktijk Venray;Verloskundige;Venray;Centrum;0478-581234;"
    b"vera@vk-venray.nl;www.vk-venray.nl;echo;centering, armoede\n"
    b"Wim Hermans;Wijkteam Venray;Wijkteam;Venray;;;wim@venray.nl;;\n"
    b"Sanne Kusters;Synthese;Schuldhulpverlener;Venray;;06-11223344;;;\n"
    b"Ruud Arts;Huisartsen Horst;Huisarts;Horst aan de Maas;;077-3981234;;;\n"
    b"Yvonne Peters;Kraamzorg Noord;Kraamzorg;Horst aan de Maas;;;info@kraamnoord.nl;;\n"
)
OTHER_CSV = (
    b"naam;organisatie;rol;gemeente;telefoon\n"
    b"Geheime Greet;Elders;Verloskundige;Heumen;024-1234567\n"
)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def sign_init_data(token: str, user: dict[str, Any], auth_date: int) -> str:
    """initData as Telegram makes it: the fields, and a hash over them keyed by the token."""
    fields = {
        "query_id": "AAHdF6IQAAAAAN0XohDhrOrc",
        "auth_date": str(auth_date),
        "user": json.dumps(user, separators=(",", ":"), ensure_ascii=False),
    }
    check = "\n".join(f"{key}={fields[key]}" for key in sorted(fields))
    secret = hmac.new(b"WebAppData", token.encode(), hashlib.sha256).digest()
    fields["hash"] = hmac.new(secret, check.encode(), hashlib.sha256).hexdigest()
    return urlencode(fields)


def user_json(user: User, language_code: str | None = "nl") -> dict[str, Any]:
    found: dict[str, Any] = {"id": user.id, "first_name": user.first_name}
    if language_code:
        found["language_code"] = language_code
    return found


@dataclass
class MiniApp:
    bot: RunningBot
    fake: FakeTelegram
    base: str
    coalition_a: int
    coalition_b: int
    member_a: User
    member_b: User
    http: aiohttp.ClientSession

    def init_data(
        self,
        user: User,
        language_code: str | None = "nl",
        age_seconds: int = 0,
        token: str | None = None,
    ) -> str:
        """Signed by Telegram `age_seconds` ago by the bot's clock (for another bot: `token`)."""
        signed = int(self.bot.clock.now().timestamp()) - age_seconds
        return sign_init_data(token or self.fake.token, user_json(user, language_code), signed)

    async def get(
        self, path: str, user: User | None = None, init_data: str | None = None, **params: str
    ) -> tuple[int, Any, aiohttp.ClientResponse]:
        headers = {}
        if user is not None or init_data is not None:
            headers["X-Telegram-Init-Data"] = init_data or self.init_data(user)  # type: ignore[arg-type]
        async with self.http.get(self.base + path, headers=headers, params=params) as response:
            json = response.content_type == "application/json"
            body = await response.json() if json else await response.text()
            return response.status, body, response

    async def post(
        self, path: str, user: User, body: Any, init_data: str | None = None
    ) -> tuple[int, Any]:
        headers = {"X-Telegram-Init-Data": init_data or self.init_data(user)}
        async with self.http.post(self.base + path, headers=headers, json=body) as response:
            return response.status, await response.json()

    async def post_file(self, path: str, user: User, data: bytes) -> tuple[int, Any]:
        """A file as the request body, as the dashboard's CSV import sends it."""
        headers = {"X-Telegram-Init-Data": self.init_data(user), "Content-Type": "text/csv"}
        async with self.http.post(self.base + path, headers=headers, data=data) as response:
            json = response.content_type == "application/json"
            return response.status, await response.json() if json else None


async def start_miniapp(
    fake: FakeTelegram, database_path: Path, clock: FakeClock, environ: dict[str, str] | None = None
) -> RunningBot:
    port = free_port()
    return await start_bot(
        fake,
        database_path,
        admin_ids=(ADMIN_ID,),
        clock=clock,
        environ={
            "MINIAPP_URL": MINIAPP_URL,
            "WEB_LISTEN": "127.0.0.1",
            "WEB_PORT": str(port),
            **(environ or {}),
        },
    )


def base_url(bot: RunningBot) -> str:
    return f"http://127.0.0.1:{bot.services.config.web_port}"


async def two_coalitions(bot: RunningBot, fake: FakeTelegram) -> tuple[int, int, User, User]:
    a = await bot.db.coalitions.add(
        slug="nml",
        name="Noord-Limburg",
        municipalities=["Venray", "Horst aan de Maas"],
        timezone="Europe/Amsterdam",
    )
    b = await bot.db.coalitions.add(
        slug="heumen", name="Heumen", municipalities=["Heumen"], timezone="Europe/Amsterdam"
    )
    for coalition, data in ((a, VENRAY_CSV), (b, OTHER_CSV)):
        rows = [p for _, p in parse_csv(data).rows]
        await bot.db.partner_import.import_rows(coalition.id, rows, added_by=None)
    return a.id, b.id, await join(bot, fake, a.id, "Mo"), await join(bot, fake, b.id, "Bo")


@pytest.fixture
async def miniapp(
    fake: FakeTelegram, database_path: Path, clock: FakeClock
) -> AsyncIterator[MiniApp]:
    bot = await start_miniapp(fake, database_path, clock)
    try:
        a, b, member_a, member_b = await two_coalitions(bot, fake)
        async with aiohttp.ClientSession() as http:
            yield MiniApp(bot, fake, base_url(bot), a, b, member_a, member_b, http)
    finally:
        await bot.stop()
