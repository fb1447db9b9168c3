"""/evenement (/event): a coordinator makes a feedback link and QR code for a one-off meeting:
[coalition] → title → date (feedback.mmd beside this file)."""

import asyncio
import re
from datetime import time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from telegram import InlineKeyboardMarkup, InputFile, Update
from telegram.ext import ConversationHandler

from handlers.core.coalition_choice import coalition_buttons, coalitions_to_coordinate
from handlers.core.context import BotContext
from handlers.feedback.view import deep_link, qr_png
from rules.day_names import day_text
from rules.dropin import MAX_TITLE_LENGTH, at_local
from rules.feedback import DEFAULT_OPEN_DAYS, parse_event_date
from rules.screening import contains_bsn

EVENT_COALITION, EVENT_TITLE, EVENT_DATE = range(3)
EVENT_KEY = "feedback_event"
_EVENT_COALITION = re.compile(r"^ev:(\d{1,12})$")


async def event_start(update: Update, context: BotContext) -> int:
    message = update.effective_message
    assert message is not None and context.user_data is not None
    coalitions = await coalitions_to_coordinate(
        update, context, private_only="event-private-only", not_coordinator="event-not-coordinator"
    )
    if not coalitions:
        return ConversationHandler.END
    context.user_data[EVENT_KEY] = {}
    if len(coalitions) == 1:
        context.user_data[EVENT_KEY]["coalition_id"] = coalitions[0].id
        await message.reply_text(context.t("event-ask-title"))
        return EVENT_TITLE
    keyboard = coalition_buttons(((c.id, c.name) for c in coalitions), "ev:")
    await message.reply_text(
        context.t("event-choose-coalition"), reply_markup=InlineKeyboardMarkup(keyboard)
    )
    return EVENT_COALITION


async def event_coalition(update: Update, context: BotContext) -> int:
    query = update.callback_query
    assert query is not None and context.user_data is not None
    match = _EVENT_COALITION.match(query.data or "")
    if match is None or not context.who.is_coordinator(int(match.group(1))):
        await query.answer(context.t("button-stale"), show_alert=True)
        return ConversationHandler.END
    await query.answer()
    context.user_data.setdefault(EVENT_KEY, {})["coalition_id"] = int(match.group(1))
    await query.edit_message_text(context.t("event-ask-title"))
    return EVENT_TITLE


async def event_title(update: Update, context: BotContext) -> int:
    message = update.effective_message
    assert message is not None and context.user_data is not None
    title = " ".join((message.text or "").split())
    if not title or len(title) > MAX_TITLE_LENGTH or contains_bsn(title):
        await message.reply_text(context.t("event-bad-title", max=MAX_TITLE_LENGTH))
        return EVENT_TITLE
    context.user_data[EVENT_KEY]["title"] = title
    await message.reply_text(context.t("event-ask-date"))
    return EVENT_DATE


async def event_date(update: Update, context: BotContext) -> int:
    message = update.effective_message
    assert message is not None and context.user_data is not None
    draft: dict[str, Any] = context.user_data[EVENT_KEY]
    coalition = await context.db.coalitions.get(draft["coalition_id"])
    if coalition is None or not context.who.is_coordinator(coalition.id):
        await message.reply_text(context.t("event-not-coordinator"))
        return ConversationHandler.END
    now = context.clock.now()
    zone = ZoneInfo(coalition.timezone)
    held_on = parse_event_date(message.text or "", now.astimezone(zone).date())
    if held_on is None:
        await message.reply_text(context.t("event-bad-date"))
        return EVENT_DATE
    # Open from now until the end of the last day: the meeting's day plus DEFAULT_OPEN_DAYS.
    closes_at = at_local(held_on + timedelta(days=DEFAULT_OPEN_DAYS + 1), time(0, 0), zone)
    session = await context.db.feedback.create(
        coalition.id,
        "event",
        draft["title"],
        held_on,
        context.t("feedback-default-question"),
        now,
        closes_at,
        created_by=context.who.user_id,
    )
    context.user_data.pop(EVENT_KEY, None)
    link = deep_link(context.bot.username, session.code)
    closes = day_text(held_on + timedelta(days=DEFAULT_OPEN_DAYS), context.language)
    await message.reply_text(
        context.t(
            "event-created",
            title=session.title,
            date=day_text(held_on, context.language),
            closes=closes,
            link=link,
        )
    )
    caption = context.t("event-qr-caption", title=session.title)
    picture = await asyncio.to_thread(qr_png, link)
    await message.reply_photo(InputFile(picture, filename="feedback-qr.png"), caption=caption)
    return ConversationHandler.END


async def event_cancel(update: Update, context: BotContext) -> int:
    assert context.user_data is not None and update.effective_message is not None
    context.user_data.pop(EVENT_KEY, None)
    await update.effective_message.reply_text(context.t("setup-cancelled"))
    return ConversationHandler.END
