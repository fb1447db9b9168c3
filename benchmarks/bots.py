"""Bots for the throughput benchmark, each run as its own process against the fake Bot API:

- `python -m benchmarks.bots echo`: the baseline, a bare python-telegram-bot bot with its
  defaults that answers every text with the same text.
- `python -m benchmarks.bots unlimited`: our bot, exactly as `python -m bot` builds it, but
  with its rate limiter's overall and per-chat limits lifted (the fake's limits are off in
  that run too), to measure what the bot itself can do. Requests in flight stay bounded as
  in the default configuration (ChatLimits.max_in_flight).

Both read BOT_TOKEN and BOT_API_URL (and ours the rest of its configuration) from the
environment.
"""

import logging
import os
import sys
from dataclasses import replace

from telegram import Update
from telegram.ext import Application, ContextTypes, MessageHandler, filters

from bot.app import build_application
from rules.config import load_config
from rules.sending import ChatLimits

NO_CHAT_LIMITS = 10**9


async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    assert update.message is not None and update.message.text is not None
    await update.message.reply_text(update.message.text)


def run_echo() -> None:
    url = os.environ["BOT_API_URL"]
    application = (
        Application.builder()
        .token(os.environ["BOT_TOKEN"])
        .base_url(f"{url}/bot")
        .base_file_url(f"{url}/file/bot")
        .build()
    )
    application.add_handler(MessageHandler(filters.TEXT, echo))
    application.run_polling(allowed_updates=Update.ALL_TYPES)


def run_unlimited() -> None:
    config = load_config()
    # The overall rate and every per-chat limit lifted; requests in flight as by default.
    limits = replace(ChatLimits(), overall_per_second=NO_CHAT_LIMITS,
                     overall_burst=NO_CHAT_LIMITS, group_per_window=NO_CHAT_LIMITS,
                     private_burst=NO_CHAT_LIMITS)  # fmt: skip
    application = build_application(config, limits=limits)
    application.run_polling(allowed_updates=Update.ALL_TYPES)


if __name__ == "__main__":
    logging.basicConfig(level=logging.WARNING)
    {"echo": run_echo, "unlimited": run_unlimited}[sys.argv[1]]()
