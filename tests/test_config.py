"""Configuration: defaults, .env, and clear errors that name the variable."""

from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from rules.config import ConfigError, load_config, miniapp_path

NO_FILE = Path("/nonexistent/.env")


def test_defaults_match_product() -> None:
    config = load_config({}, env_file=NO_FILE)
    assert config.bot_token is None
    assert config.bot_api_url == "https://api.telegram.org"
    assert config.database_path == Path("data/bot.sqlite3")
    assert config.admin_ids == frozenset()
    assert config.timezone == "Europe/Amsterdam"
    assert config.api_base_url == "https://api.telegram.org/bot"
    assert config.file_base_url == "https://api.telegram.org/file/bot"


def test_values_are_read_and_trimmed() -> None:
    config = load_config(
        {
            "BOT_TOKEN": " 1:abc ",
            "BOT_API_URL": "http://127.0.0.1:8081/",
            "ADMIN_IDS": "1, 2,,3",
            "TIMEZONE": "Europe/Brussels",
            "DATABASE_PATH": "/tmp/x.sqlite3",
        },
        env_file=NO_FILE,
    )
    assert config.require_token() == "1:abc"
    assert config.api_base_url == "http://127.0.0.1:8081/bot"
    assert config.admin_ids == frozenset({1, 2, 3})
    assert config.timezone == "Europe/Brussels"
    assert config.database_path == Path("/tmp/x.sqlite3")


def test_env_file_is_read_and_environment_wins(tmp_path: Path) -> None:
    env_file = tmp_path / ".env"
    env_file.write_text("BOT_TOKEN=from-file\nADMIN_IDS=7\n")
    config = load_config({"ADMIN_IDS": "8"}, env_file=env_file)
    assert config.bot_token == "from-file"
    assert config.admin_ids == frozenset({8})


@pytest.mark.parametrize(
    ("environ", "variable"),
    [
        ({"ADMIN_IDS": "12,abc"}, "ADMIN_IDS"),
        ({"TIMEZONE": "Europe/Venlo"}, "TIMEZONE"),
        ({"BOT_API_URL": "api.telegram.org"}, "BOT_API_URL"),
        ({"FEEDBACK_SECRET": "short"}, "FEEDBACK_SECRET"),
        ({"SEND_RATE": "fast"}, "SEND_RATE"),
        ({"SEND_RATE": "0"}, "SEND_RATE"),
        ({"FEEDBACK_REMINDER": "tomorrow"}, "FEEDBACK_REMINDER"),
        ({"FEEDBACK_REMINDER": "99h"}, "FEEDBACK_REMINDER"),
        ({"FEEDBACK_REMINDER": "25:00"}, "FEEDBACK_REMINDER"),
    ],
)
def test_malformed_values_name_the_variable(environ: dict[str, str], variable: str) -> None:
    with pytest.raises(ConfigError, match=variable):
        load_config(environ, env_file=NO_FILE)


def test_missing_token_explains_botfather() -> None:
    with pytest.raises(ConfigError, match="@BotFather"):
        load_config({}, env_file=NO_FILE).require_token()


def test_feedback_secret_is_optional() -> None:
    assert load_config({}, env_file=NO_FILE).feedback_secret is None
    secret = "a" * 40
    assert load_config({"FEEDBACK_SECRET": secret}, env_file=NO_FILE).feedback_secret == secret


def test_send_rate() -> None:
    assert load_config({}, env_file=NO_FILE).send_rate == 25
    assert load_config({"SEND_RATE": "12.5"}, env_file=NO_FILE).send_rate == 12.5


def test_flood_limit_default_off_and_errors() -> None:
    assert load_config({}, env_file=NO_FILE).flood_limit == 20
    assert load_config({"FLOOD_LIMIT": "0"}, env_file=NO_FILE).flood_limit == 0
    assert load_config({"FLOOD_LIMIT": " 40 "}, env_file=NO_FILE).flood_limit == 40
    for bad in ("-1", "ten", "2.5", "5000"):
        with pytest.raises(ConfigError, match="FLOOD_LIMIT"):
            load_config({"FLOOD_LIMIT": bad}, env_file=NO_FILE)


def test_feedback_reminder_timing() -> None:
    zone = ZoneInfo("Europe/Amsterdam")
    ends = datetime(2026, 11, 3, 12, 30, tzinfo=UTC)  # 13:30 in Amsterdam
    default = load_config({}, env_file=NO_FILE).feedback_reminder
    assert default.moment(ends, zone) == datetime(2026, 11, 4, 9, 0, tzinfo=zone)
    early = load_config({"FEEDBACK_REMINDER": "8.30"}, env_file=NO_FILE).feedback_reminder
    assert early.moment(ends, zone) == datetime(2026, 11, 4, 8, 30, tzinfo=zone)
    hours = load_config({"FEEDBACK_REMINDER": "4h"}, env_file=NO_FILE).feedback_reminder
    assert hours.moment(ends, zone) == ends + timedelta(hours=4)
    off = load_config({"FEEDBACK_REMINDER": "off"}, env_file=NO_FILE).feedback_reminder
    assert off.moment(ends, zone) is None


@pytest.mark.parametrize(
    ("given", "kept"),
    [
        ("https://gids.example.nl", "https://gids.example.nl"),
        ("https://gids.example.nl/", "https://gids.example.nl"),
        ("https://apps.venlo.nl/kansrijkestart", "https://apps.venlo.nl/kansrijkestart/"),
        ("https://apps.venlo.nl/kansrijkestart/", "https://apps.venlo.nl/kansrijkestart/"),
        ("https://apps.venlo.nl:8443/zorg/ks/", "https://apps.venlo.nl:8443/zorg/ks/"),
    ],
)
def test_a_miniapp_url_may_have_a_path_which_ends_in_a_slash(given: str, kept: str) -> None:
    config = load_config({"MINIAPP_URL": given}, env_file=NO_FILE)
    assert config.miniapp_url == kept
    paths = {
        "https://gids.example.nl": "",
        "https://apps.venlo.nl/kansrijkestart/": "/kansrijkestart",
        "https://apps.venlo.nl:8443/zorg/ks/": "/zorg/ks",
    }
    assert miniapp_path(kept) == paths[kept]


@pytest.mark.parametrize(
    ("given", "why"),
    [
        ("http://apps.venlo.nl/ks/", "https://"),
        ("https://apps.venlo.nl/ks/?x=1", "query"),
        ("https://apps.venlo.nl/ks/#top", "fragment"),
        ("https://beheer:geheim@apps.venlo.nl/ks/", "user name"),
        ("https:///ks/", "no host"),
        ("https://apps.venlo.nl/ks/../beheer/", "'..'"),
        ("https://apps.venlo.nl/kansrijke start/", "'kansrijke start'"),
        ("https://apps.venlo.nl/ks//gids/", "empty part"),
        ("https://apps.venlo.nl:web/ks/", "port"),
    ],
)
def test_a_miniapp_url_the_bot_cannot_serve_is_refused_in_one_line(given: str, why: str) -> None:
    with pytest.raises(ConfigError) as refused:
        load_config({"MINIAPP_URL": given}, env_file=NO_FILE)
    message = str(refused.value)
    assert message.startswith("MINIAPP_URL") and why in message and "\n" not in message


def test_the_web_server_answers_under_the_path_and_without_it() -> None:
    from aiohttp import web

    from bot.web import local_path, prefixed

    assert local_path("/kansrijkestart/api/me", "/kansrijkestart") == "/api/me"
    assert local_path("/kansrijkestart", "/kansrijkestart") == "/"
    assert local_path("/kansrijkestartx/api/me", "/kansrijkestart") == "/kansrijkestartx/api/me"
    assert local_path("/api/me", "") == "/api/me"

    async def handler(request: web.Request) -> web.Response:
        return web.Response()

    routes = prefixed([web.get("/api/me", handler)], "/kansrijkestart")
    assert [route.path for route in routes] == ["/api/me", "/kansrijkestart/api/me"]
    assert prefixed([web.get("/", handler)], "") == [web.get("/", handler)]
