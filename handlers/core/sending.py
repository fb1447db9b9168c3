"""Sending a text when only the new message's id matters (a lookup's answer, an
announcement's parts).

python-telegram-bot turns every answer from Telegram into a `Message` (chat, sender, keyboard,
entities): for a lookup's answer with five cards and six buttons that took about a sixth of
the lookup's CPU, and the handler never reads it. `send_text` posts the same request through
the same bot (its rate limiter, its lanes, its errors) with the bot's own defaults (HTML, no
link previews), and returns the message id from the raw answer.
"""

import warnings

from telegram import InlineKeyboardMarkup
from telegram.ext import ExtBot
from telegram.warnings import PTBUserWarning

from rules.sending import Lane

# do_api_request asks for the named method instead; here the raw answer is the point.
warnings.filterwarnings(
    "ignore", message=r"Please use 'Bot\.send_message' instead", category=PTBUserWarning
)


async def send_text(
    bot: ExtBot[Lane],
    chat_id: int,
    text: str,
    markup: InlineKeyboardMarkup | None = None,
    lane: Lane = Lane.REPLY,
) -> int:
    """sendMessage as `bot.send_message` would send it; the new message's id."""
    request: dict[str, object] = {"chat_id": chat_id, "text": text}
    defaults = bot.defaults
    if defaults is not None:
        if defaults.parse_mode is not None:
            request["parse_mode"] = defaults.parse_mode
        if defaults.link_preview_options is not None:
            request["link_preview_options"] = defaults.link_preview_options
    if markup is not None:
        request["reply_markup"] = markup
    answer = await bot.do_api_request("send_message", api_kwargs=request, rate_limit_args=lane)
    return int(answer["message_id"])
