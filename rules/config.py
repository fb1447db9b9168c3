"""Configuration from environment variables (and a `.env` file), validated once at start."""

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import SplitResult, urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from dotenv import dotenv_values

from rules.feedback import ReminderTiming, parse_reminder_timing
from rules.retention import RETENTION_VARIABLES, Retention

DEFAULT_API_URL = "https://api.telegram.org"
DEFAULT_DATABASE_PATH = "data/bot.sqlite3"
DEFAULT_TIMEZONE = "Europe/Amsterdam"


DEFAULT_SEND_RATE = 25.0
MAX_SEND_RATE = 1000.0  # Telegram's ceiling for paid broadcasts
MIN_SECRET_LENGTH = 32
DEFAULT_FLOOD_LIMIT = 20
MAX_FLOOD_LIMIT = 1000


DEFAULT_REMINDER = ReminderTiming()  # the next morning at 09:00
DEFAULT_WEB_LISTEN = "0.0.0.0"  # inside a container, behind the HTTPS proxy
DEFAULT_WEB_PORT = 8443
DEFAULT_MINIAPP_AUTH_HOURS = 24  # initData older than this is refused
LOG_FORMATS = ("text", "json")
_SECRET_TOKEN = re.compile(r"^[A-Za-z0-9_-]{16,256}$")  # Telegram's secret_token alphabet
DEFAULT_RETENTION = Retention()


class ConfigError(Exception):
    """A configuration value is missing or malformed; the message names the variable."""


@dataclass(frozen=True)
class Config:
    bot_token: str | None
    bot_api_url: str
    database_path: Path
    admin_ids: frozenset[int]
    timezone: str
    # Messages per second to Telegram over all chats; Telegram's own limit is about 30.
    send_rate: float = DEFAULT_SEND_RATE
    # Key of the anonymous feedback hashes; None: made on first start, kept in the database.
    feedback_secret: str | None = None
    # Updates one person may send per minute before the bot ignores them for a while; 0: off.
    flood_limit: int = DEFAULT_FLOOD_LIMIT
    # When the one feedback reminder goes out (FEEDBACK_REMINDER).
    feedback_reminder: ReminderTiming = DEFAULT_REMINDER
    # Webhook mode instead of long polling when a URL is set (the secret is then required).
    webhook_url: str | None = None
    webhook_secret: str | None = None
    # The bot's one web server (the webhook and the Mini App): WEB_LISTEN, WEB_PORT.
    web_listen: str = DEFAULT_WEB_LISTEN
    web_port: int = DEFAULT_WEB_PORT
    # The public https:// address of the Mini App; None: no Mini App.
    miniapp_url: str | None = None
    miniapp_auth_hours: int = DEFAULT_MINIAPP_AUTH_HOURS
    log_format: str = "text"  # or "json"
    retention: Retention = DEFAULT_RETENTION

    @property
    def mode(self) -> str:
        return "webhook" if self.webhook_url else "polling"

    def require_token(self) -> str:
        if not self.bot_token:
            raise ConfigError(
                "BOT_TOKEN is not set. Talk to @BotFather in Telegram, send /newbot, and put "
                "the token it gives you in BOT_TOKEN (environment or .env file)."
            )
        return self.bot_token

    @property
    def api_base_url(self) -> str:
        """Root for method calls; python-telegram-bot appends the token."""
        return f"{self.bot_api_url}/bot"

    @property
    def file_base_url(self) -> str:
        return f"{self.bot_api_url}/file/bot"


def parse_admin_ids(raw: str) -> frozenset[int]:
    ids: set[int] = set()
    for part in raw.split(","):
        part = part.strip()
        if not part:
            continue
        if not part.lstrip("-").isdigit():
            raise ConfigError(
                f"ADMIN_IDS must be comma-separated Telegram user ids (numbers), "
                f"like ADMIN_IDS=12345,67890; {part!r} is not a number."
            )
        ids.add(int(part))
    return frozenset(ids)


def parse_timezone(raw: str) -> str:
    try:
        ZoneInfo(raw)
    except (ZoneInfoNotFoundError, ValueError):
        raise ConfigError(
            f"TIMEZONE {raw!r} is not a known time zone; use an IANA name like Europe/Amsterdam."
        ) from None
    return raw


def load_config(environ: Mapping[str, str] | None = None, env_file: Path | None = None) -> Config:
    """Build the configuration; real environment variables win over the `.env` file."""
    values: dict[str, str] = {}
    dotenv_path = env_file if env_file is not None else Path.cwd() / ".env"
    if dotenv_path.is_file():
        values.update({k: v for k, v in dotenv_values(dotenv_path).items() if v is not None})
    values.update(os.environ if environ is None else environ)

    api_url = (values.get("BOT_API_URL") or DEFAULT_API_URL).strip().rstrip("/")
    if not api_url.startswith(("http://", "https://")):
        raise ConfigError(
            f"BOT_API_URL must start with http:// or https://, got {api_url!r}; "
            f"leave it empty to use {DEFAULT_API_URL}."
        )
    return Config(
        bot_token=(values.get("BOT_TOKEN") or "").strip() or None,
        bot_api_url=api_url,
        database_path=Path(values.get("DATABASE_PATH") or DEFAULT_DATABASE_PATH),
        admin_ids=parse_admin_ids(values.get("ADMIN_IDS", "")),
        timezone=parse_timezone((values.get("TIMEZONE") or DEFAULT_TIMEZONE).strip()),
        feedback_secret=parse_feedback_secret(values.get("FEEDBACK_SECRET", "")),
        send_rate=parse_send_rate(values.get("SEND_RATE", "")),
        flood_limit=parse_flood_limit(values.get("FLOOD_LIMIT", "")),
        feedback_reminder=parse_feedback_reminder(values.get("FEEDBACK_REMINDER", "")),
        **parse_webhook(values),
        **parse_web_server(values),
        miniapp_url=parse_miniapp_url(values.get("MINIAPP_URL", "")),
        miniapp_auth_hours=parse_miniapp_auth_hours(values.get("MINIAPP_AUTH_MAX_AGE_HOURS", "")),
        log_format=parse_log_format(values.get("LOG_FORMAT", "")),
        retention=parse_retention(values),
    )


def parse_webhook(values: Mapping[str, str]) -> dict[str, Any]:
    url = (values.get("WEBHOOK_URL") or "").strip()
    secret = (values.get("WEBHOOK_SECRET") or "").strip()
    if not url:
        return {}
    if not url.startswith("https://"):
        raise ConfigError(
            f"WEBHOOK_URL must start with https:// (Telegram requires it), got {url!r}"
        )
    if not _SECRET_TOKEN.match(secret):
        raise ConfigError(
            "WEBHOOK_SECRET is required with WEBHOOK_URL: 16 to 256 characters of A-Z, a-z, 0-9,"
            " _ and -; make one with: python -c 'import secrets; print(secrets.token_urlsafe(32))'"
        )
    return {"webhook_url": url, "webhook_secret": secret}


def parse_web_server(values: Mapping[str, str]) -> dict[str, Any]:
    """WEB_LISTEN and WEB_PORT; the older WEBHOOK_LISTEN and WEBHOOK_PORT still count."""
    name = "WEB_PORT" if values.get("WEB_PORT") else "WEBHOOK_PORT"
    port = (values.get(name) or str(DEFAULT_WEB_PORT)).strip()
    if not port.isdigit() or not 1 <= int(port) <= 65535:
        raise ConfigError(f"{name} must be a port number (1-65535), got {port!r}")
    listen = values.get("WEB_LISTEN") or values.get("WEBHOOK_LISTEN") or DEFAULT_WEB_LISTEN
    return {"web_listen": listen.strip(), "web_port": int(port)}


# What a path segment of MINIAPP_URL may hold: RFC 3986's unreserved and sub-delims, ':' and
# '@', and percent escapes. Anything else a proxy would pass on differently from what the page
# asks for.
_PATH_SEGMENT = re.compile(r"^(?:[A-Za-z0-9._~!$&'()*+,;=:@-]|%[0-9A-Fa-f]{2})+$")


def parse_miniapp_url(raw: str) -> str | None:
    """The address Telegram opens: https, a host, and optionally a path under which a proxy
    publishes the bot (`https://apps.venlo.nl/kansrijkestart/`). A path always ends in `/`,
    because the page asks for its script and its API relative to its own address."""
    url = raw.strip()
    if not url:
        return None
    if not url.startswith("https://"):
        raise ConfigError(
            f"MINIAPP_URL must start with https:// (Telegram opens Mini Apps only over HTTPS),"
            f" got {url!r}; leave it empty for no Mini App."
        )
    parts = urlsplit(url)
    problem = _miniapp_url_problem(url, parts)
    if problem:
        raise ConfigError(f"MINIAPP_URL {url!r} cannot be served: {problem}.")
    path = parts.path.strip("/")
    return f"https://{parts.netloc}" + (f"/{path}/" if path else "")


def _miniapp_url_problem(url: str, parts: SplitResult) -> str | None:
    if not parts.hostname:
        return "it names no host, like https://apps.venlo.nl/kansrijkestart/"
    if "@" in parts.netloc:
        return "it holds a user name or password; the page must be public"
    try:
        parts.port  # noqa: B018 -- raises ValueError for a port that is no number
    except ValueError:
        return "its port is no number"
    if "?" in url or "#" in url:
        return "it has a query (?) or a fragment (#); Telegram adds its own fragment"
    path = parts.path.strip("/")
    if "//" in path:
        return "its path has an empty part (//)"
    for segment in path.split("/") if path else []:
        if segment in (".", "..") or not _PATH_SEGMENT.match(segment):
            return f"its path part {segment!r} is not a plain name; use letters, digits and -"
    return None


def miniapp_path(miniapp_url: str) -> str:
    """The path of the Mini App's public address without its last `/`: "" at a host's root,
    "/kansrijkestart" under a path."""
    return urlsplit(miniapp_url).path.rstrip("/")


def parse_miniapp_auth_hours(raw: str) -> int:
    if not raw.strip():
        return DEFAULT_MINIAPP_AUTH_HOURS
    if not raw.strip().isdigit() or not 1 <= int(raw) <= 24 * 7:
        raise ConfigError(
            f"MINIAPP_AUTH_MAX_AGE_HOURS must be a whole number of hours from 1 to 168, got"
            f" {raw!r} (leave it empty for {DEFAULT_MINIAPP_AUTH_HOURS})."
        )
    return int(raw)


def parse_log_format(raw: str) -> str:
    value = raw.strip().lower() or "text"
    if value not in LOG_FORMATS:
        raise ConfigError(f"LOG_FORMAT must be text or json, got {raw!r}")
    return value


def parse_retention(values: Mapping[str, str]) -> Retention:
    days: dict[str, int] = {}
    for variable, name in RETENTION_VARIABLES.items():
        raw = (values.get(variable) or "").strip()
        if not raw:
            continue
        if not raw.isdigit() or not 1 <= int(raw) <= 36500:
            raise ConfigError(f"{variable} must be a number of days (1 or more), got {raw!r}")
        days[name] = int(raw)
    return Retention(**days)


def parse_feedback_reminder(raw: str) -> ReminderTiming:
    timing = parse_reminder_timing(raw)
    if timing is None:
        raise ConfigError(
            f"FEEDBACK_REMINDER must be a time for the next morning (like 09:00), a number of"
            f" hours after the meeting (like 4h, at most 36h) or off; got {raw!r} (leave it"
            " empty for 09:00 the next morning)."
        )
    return timing


def parse_send_rate(raw: str) -> float:
    if not raw.strip():
        return DEFAULT_SEND_RATE
    try:
        rate = float(raw)
    except ValueError:
        rate = 0.0
    if not 0 < rate <= MAX_SEND_RATE:
        raise ConfigError(
            f"SEND_RATE must be messages per second between 1 and {MAX_SEND_RATE:.0f}, got"
            f" {raw!r}; Telegram allows about 30 (leave it empty for {DEFAULT_SEND_RATE:.0f})."
        )
    return rate


def parse_flood_limit(raw: str) -> int:
    if not raw.strip():
        return DEFAULT_FLOOD_LIMIT
    if not raw.strip().isdigit() or int(raw) > MAX_FLOOD_LIMIT:
        raise ConfigError(
            f"FLOOD_LIMIT must be a whole number of updates per person per minute between 0"
            f" (no limit) and {MAX_FLOOD_LIMIT}, got {raw!r} (leave it empty for"
            f" {DEFAULT_FLOOD_LIMIT})."
        )
    return int(raw)


def parse_feedback_secret(raw: str) -> str | None:
    secret = raw.strip()
    if not secret:
        return None
    if len(secret) < MIN_SECRET_LENGTH:
        raise ConfigError(
            f"FEEDBACK_SECRET must be at least {MIN_SECRET_LENGTH} characters; make one with:"
            " python -c 'import secrets; print(secrets.token_hex(32))' (or leave it empty)."
        )
    return secret
