"""Running the bot and looking after it: `run` (long polling or webhook), `health` (the Docker
HEALTHCHECK), `backup` and `restore`. One copy of the bot runs on a database at a time: `run`
holds a lock file beside it, and `restore` refuses while that lock is held."""

import asyncio
import fcntl
import os
import shutil
import signal
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any
from urllib.parse import urlsplit

from telegram import Update
from telegram.error import InvalidToken

from bot.health import Health, health
from handlers.context import BotApplication
from rules.config import Config, ConfigError
from storage.db import DatabaseRefused, check_file


class BotIsRunning(Exception):
    """Another process holds the database's run lock."""


def lock_path(database_path: Path) -> Path:
    return database_path.with_name(database_path.name + ".lock")


@contextmanager
def run_lock(database_path: Path) -> Iterator[IO[str]]:
    """Held while the bot runs; the operating system lets go of it when the process ends, also
    after a kill -9."""
    path = lock_path(database_path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a+") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise BotIsRunning(f"the bot is running on {database_path} (pid in {path})") from None
        handle.seek(0)
        handle.truncate()
        handle.write(f"{os.getpid()}\n")
        handle.flush()
        try:
            yield handle
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def run(config: Config) -> int:
    from bot.app import build_application

    try:  # before anything talks to Telegram; Database.open checks once more (~0.1 s at 45 MiB)
        asyncio.run(check_file(config.database_path))
    except DatabaseRefused as error:
        raise ConfigError(str(error)) from None
    try:
        with run_lock(config.database_path):
            application = build_application(config)
            _run_until_stopped(application, config)
    except BotIsRunning as error:
        raise ConfigError(f"{error}; stop it first, one copy per database") from None
    except InvalidToken:
        raise ConfigError(
            "BOT_TOKEN was refused by Telegram. Check it with @BotFather (/mybots → API Token)."
        ) from None
    return 0


def _run_until_stopped(application: BotApplication, config: Config) -> None:
    """Both stop cleanly on SIGINT/SIGTERM: the update in hand finishes first. Polling deletes
    a webhook set before (so switching back just works); webhook mode sets the webhook with
    the secret, which Telegram sends back in X-Telegram-Bot-Api-Secret-Token: a request
    without it, or with another, gets 403 and reaches no handler."""
    from bot.app import serves_webhook

    if config.webhook_url is None:
        application.run_polling(allowed_updates=Update.ALL_TYPES)
        return
    if serves_webhook(config):  # with a Mini App: the bot's own web server takes the webhook
        asyncio.run(_run_on_own_web_server(application))
        return
    application.run_webhook(**webhook_arguments(config))


async def _run_on_own_web_server(application: BotApplication) -> None:
    """What run_webhook does, without python-telegram-bot's web server: post_init starts ours
    (Mini App and webhook on one port) and sets the webhook; SIGINT/SIGTERM stop cleanly."""
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signal_number in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signal_number, stop.set)
    await application.initialize()
    try:
        if application.post_init is not None:
            await application.post_init(application)
        await application.start()
        await stop.wait()
        await application.stop()
        if application.post_stop is not None:
            await application.post_stop(application)
    finally:
        await application.shutdown()
        if application.post_shutdown is not None:
            await application.post_shutdown(application)


def webhook_arguments(config: Config) -> dict[str, Any]:
    """For PTB's run_webhook/start_webhook: listen on WEBHOOK_LISTEN:WEBHOOK_PORT at the path
    of WEBHOOK_URL, and call setWebhook with that URL, the secret and every update type."""
    assert config.webhook_url is not None
    return {"listen": config.web_listen, "port": config.web_port,
            "url_path": webhook_path(config.webhook_url), "webhook_url": config.webhook_url,
            "secret_token": config.webhook_secret,
            "allowed_updates": Update.ALL_TYPES}  # fmt: skip


def webhook_path(url: str) -> str:
    """The path the bot listens on: the path of WEBHOOK_URL (the proxy passes it on)."""
    return urlsplit(url).path.strip("/")


__all__ = ["Health", "health", "restore", "run", "run_lock", "webhook_arguments"]


def restore(config: Config, source: Path) -> str:
    """Put a backup in place of the database; the database that was there is kept beside it.
    Refused while the bot runs, and for a file that is no backup this version can use."""
    target = config.database_path
    if not source.is_file():
        raise ConfigError(f"{source} is not a file")
    try:
        version = asyncio.run(check_file(source))
    except DatabaseRefused as error:
        raise ConfigError(f"not restored: {error}") from None
    if version == 0:
        raise ConfigError(f"not restored: {source} holds no bot database (no migrations)")
    try:
        with run_lock(target):
            kept = _set_aside(target)
            _copy_database(source, target)
    except BotIsRunning as error:
        raise ConfigError(f"not restored: {error}; stop the bot first") from None
    note = f"; the database that was there is kept as {kept}" if kept else ""
    return f"Restored {source} to {target} (schema {version}){note}"


def _set_aside(target: Path) -> Path | None:
    if not target.exists():
        return None
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    kept = target.with_name(f"{target.name}.before-restore-{stamp}")
    _copy_database(target, kept)  # includes what is still in its -wal file
    for suffix in ("", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    return kept


def _copy_database(source: Path, target: Path) -> None:
    """SQLite's own backup: a consistent copy, WAL included."""
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    reader = sqlite3.connect(f"file:{source.resolve()}?mode=ro", uri=True)
    writer = sqlite3.connect(partial)
    try:
        reader.backup(writer)
    finally:
        writer.close()
        reader.close()
    shutil.move(partial, target)
