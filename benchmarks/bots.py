"""Bots for the throughput benchmark, each run as its own process against the fake Bot API:

- `python -m benchmarks.bots echo`: the baseline, a bare python-telegram-bot bot with its
  defaults that answers every text with the same text.
- `python -m benchmarks.bots broadcast`: the baseline for announcements, a bare
  python-telegram-bot bot that, told `/send N FIRST TEXT`, sends TEXT to the N private chats
  from FIRST on, as many at once as our bot allows in flight at SEND_RATE (its HTTP pool as
  large), with nothing stored and no pacing.
- `python -m benchmarks.bots unlimited`: our bot, exactly as `python -m bot` builds it, but
  with its rate limiter's overall and per-chat limits lifted (the fake's limits are off in
  that run too), to measure what the bot itself can do. Requests in flight stay bounded as
  in the default configuration (ChatLimits.max_in_flight).

Both read BOT_TOKEN and BOT_API_URL (and ours the rest of its configuration) from the
environment.
"""

import asyncio
import logging
import os
import sys
from dataclasses import replace
from typing import Any

from telegram import Update
from telegram.ext import (
    Application,
    ApplicationBuilder,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)
from telegram.request import HTTPXRequest

from bot.app import build_application
from rules.config import load_config
from rules.sending import ChatLimits

NO_CHAT_LIMITS = 10**9


async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    assert update.message is not None and update.message.text is not None
    await update.message.reply_text(update.message.text)


def bare_builder() -> ApplicationBuilder[Any, Any, Any, Any, Any, Any]:
    """python-telegram-bot's defaults, pointed at the fake Bot API of BOT_API_URL."""
    url = os.environ["BOT_API_URL"]
    return (
        Application.builder()
        .token(os.environ["BOT_TOKEN"])
        .base_url(f"{url}/bot")
        .base_file_url(f"{url}/file/bot")
    )


def run_echo() -> None:
    application = bare_builder().build()
    application.add_handler(MessageHandler(filters.TEXT, echo))
    application.run_polling(allowed_updates=Update.ALL_TYPES)


async def send_to_all(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    count, first, *words = context.args or []
    text = " ".join(words)
    free = asyncio.Semaphore(broadcast_in_flight())

    async def one(chat_id: int) -> None:
        async with free:
            await context.bot.send_message(chat_id, text)

    await asyncio.gather(*(one(int(first) + n) for n in range(int(count))))


def broadcast_in_flight() -> int:
    return ChatLimits.for_send_rate(load_config().send_rate).max_in_flight


def run_broadcast() -> None:
    application = (
        bare_builder()
        .request(HTTPXRequest(connection_pool_size=broadcast_in_flight() + 1))
        .concurrent_updates(True)
        .build()
    )
    application.add_handler(CommandHandler("send", send_to_all))
    application.run_polling(allowed_updates=Update.ALL_TYPES)


def run_unlimited() -> None:
    config = load_config()
    # The overall rate and every per-chat limit lifted; requests in flight as by default.
    limits = replace(
        ChatLimits(),
        overall_per_second=NO_CHAT_LIMITS,
        overall_burst=NO_CHAT_LIMITS,
        group_per_window=NO_CHAT_LIMITS,
        private_burst=NO_CHAT_LIMITS,
    )
    application = build_application(config, limits=limits)
    application.run_polling(allowed_updates=Update.ALL_TYPES)


if __name__ == "__main__":
    logging.basicConfig(level=logging.WARNING)
    {"echo": run_echo, "broadcast": run_broadcast, "unlimited": run_unlimited}[sys.argv[1]]()
