"""Running the bot and looking after it: `run` (long polling or webhook), `health` (the Docker
HEALTHCHECK), `backup` and `restore`. One copy of the bot runs on a database at a time: `run`
holds a lock file beside it, and `restore` refuses while that lock is held."""

import asyncio
import contextlib
import fcntl
import functools
import itertools
import logging
import os
import shutil
import signal
import sqlite3
import time
from collections.abc import Awaitable, Callable, Coroutine, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any
from urllib.parse import urlsplit

from telegram import Update
from telegram.error import InvalidToken, NetworkError, RetryAfter, TelegramError, TimedOut

from bot.health import Health, health
from bot.rate_limiter import TelegramRateLimiter
from handlers.core.context import BotApplication
from rules.config import Config, ConfigError
from storage.db import DatabaseRefused, check_file

logger = logging.getLogger(__name__)


class BotIsRunning(Exception):
    """Another process holds the database's run lock."""


def lock_path(database_path: Path) -> Path:
    return database_path.with_name(database_path.name + ".lock")


def last_send_of_previous_run(database_path: Path) -> float:
    """When the previous run last sent a message (the rate limiter touches the lock file as
    it sends, see begin_after_previous_run); 0 when no run left a lock file."""
    try:
        return lock_path(database_path).stat().st_mtime
    except FileNotFoundError:
        return 0.0


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


# Waiting for the Bot API at start: after 1, 2, 4 s, then every 8 s until it answers.
FIRST_RETRY_SECONDS = 1.0
MAX_RETRY_SECONDS = 8.0


def run(config: Config) -> int:
    """Checks first, creates later: the configuration and the database file are checked
    before anything is written, the token before the lock file and the database are made."""
    from bot.app import build_application

    config.require_token()
    try:  # before anything talks to Telegram; Database.open checks once more (~0.1 s at 45 MiB)
        asyncio.run(check_file(config.database_path))
    except DatabaseRefused as error:
        raise ConfigError(str(error)) from None
    application = build_application(config)
    try:
        asyncio.run(serve(application, config))
    except BotIsRunning as error:
        raise ConfigError(f"{error}; stop it first, one copy per database") from None
    except InvalidToken:  # its message names the token: not shown
        raise ConfigError(
            f"BOT_TOKEN was refused by the Bot API at {config.bot_api_url}. Check it with"
            " @BotFather (/mybots → API Token)."
        ) from None
    return 0


async def serve(application: BotApplication, config: Config) -> None:
    """Run until SIGINT or SIGTERM (docker stop), then stop cleanly: the update in hand
    finishes first. In order: wait for the Bot API (a server may boot before its network),
    take the run lock, open the database and start the services (post_init), then fetch
    updates: long polling (deleting a webhook set before), python-telegram-bot's webhook
    server, or with a Mini App our own web server, which takes the webhook on the same port.
    Telegram sends the webhook secret back in X-Telegram-Bot-Api-Secret-Token: a request
    without it, or with another, gets 403 and reaches no handler."""
    from bot.app import close_connections, serves_webhook

    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signal_number in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signal_number, stop.set)
    reached = False
    try:
        reached = await _until_stopped(wait_for_bot_api(application, config), stop)
    finally:
        if not reached:  # PTB's shutdown does nothing before initialize succeeded
            await close_connections(application)
    if not reached:
        return
    last_sent = last_send_of_previous_run(config.database_path)
    with run_lock(config.database_path):
        limiter = application.bot.rate_limiter
        if isinstance(limiter, TelegramRateLimiter):  # the run before is gone now
            limiter.begin_after_previous_run(
                seconds_since_last_send=max(0.0, time.time() - last_sent),
                on_sent=functools.partial(os.utime, lock_path(config.database_path)),
            )
        try:
            if application.post_init is not None:
                await application.post_init(application)
            updater = application.updater
            assert updater is not None
            if config.webhook_url is None:
                await updater.start_polling(
                    allowed_updates=Update.ALL_TYPES,
                    bootstrap_retries=-1,
                    error_callback=_fetching_failed,
                )
            elif not serves_webhook(config):
                await updater.start_webhook(**webhook_arguments(config), bootstrap_retries=-1)
            await application.start()
            logger.info("Running (%s); stop with SIGTERM or Ctrl+C", config.mode)
            await stop.wait()
        finally:
            await stop_application(application)


async def stop_application(application: BotApplication) -> None:
    """Stop in python-telegram-bot's order, as run_polling does: fetching updates, the
    application (the update in hand finishes), post_stop (also after a failed start), then
    shutdown and post_shutdown (the database is closed there)."""
    if application.updater is not None and application.updater.running:
        await application.updater.stop()
    if application.running:
        await application.stop()
    if application.post_stop is not None:
        await application.post_stop(application)
    await application.shutdown()
    if application.post_shutdown is not None:
        await application.post_shutdown(application)


async def wait_for_bot_api(
    application: BotApplication,
    config: Config,
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
) -> None:
    """Initialize the application (getMe) until the Bot API answers, one log line a try and
    no traceback; a refused token (InvalidToken) ends the wait at once."""
    delay = FIRST_RETRY_SECONDS
    for attempt in itertools.count(1):
        try:
            await application.initialize()
            if attempt > 1:
                logger.info("The Bot API at %s answers now", config.bot_api_url)
            return
        except (NetworkError, RetryAfter) as error:  # a refused token is no NetworkError
            logger.warning(
                "The Bot API at %s did not answer (try %d: %s); trying again in %.0f s",
                *(config.bot_api_url, attempt, _describe(error), delay),
            )
        await sleep(delay)
        delay = min(delay * 2, MAX_RETRY_SECONDS)


def _describe(error: TelegramError) -> str:
    cause = error.__cause__
    if isinstance(error, TimedOut) and cause is not None:
        return f"timed out: {type(cause).__name__}"
    return f"{type(error).__name__}: {error.message}"


def _fetching_failed(error: TelegramError) -> None:
    """While polling: one line for a failed getUpdates (PTB retries with growing pauses)."""
    logger.warning("Fetching updates failed (%s); trying again", _describe(error))


async def _until_stopped(work: Coroutine[Any, Any, None], stop: asyncio.Event) -> bool:
    """Run `work` unless `stop` is set first; True when the work finished."""
    task = asyncio.ensure_future(work)
    stopping = asyncio.ensure_future(stop.wait())
    done, _ = await asyncio.wait({task, stopping}, return_when=asyncio.FIRST_COMPLETED)
    stopping.cancel()
    if task in done:
        task.result()
        return True
    task.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await task
    return False


def webhook_arguments(config: Config) -> dict[str, Any]:
    """For PTB's run_webhook/start_webhook: listen on WEBHOOK_LISTEN:WEBHOOK_PORT at the path
    of WEBHOOK_URL, and call setWebhook with that URL, the secret and every update type."""
    assert config.webhook_url is not None
    return {
        "listen": config.web_listen,
        "port": config.web_port,
        "url_path": webhook_path(config.webhook_url),
        "webhook_url": config.webhook_url,
        "secret_token": config.webhook_secret,
        "allowed_updates": Update.ALL_TYPES,
    }


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
