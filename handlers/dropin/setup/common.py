"""The /inloop_instellen conversation's states, its draft and the helpers every step uses."""

import re
from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import ConversationHandler

from handlers.core.context import BotContext
from handlers.dropin.view import when_text
from rules.dropin import Change, Schedule, changes_since, next_occurrence, occurrence_on

(
    COALITION,
    MENU,
    WEEKDAY,
    START,
    DURATION,
    LINK,
    TITLE,
    REMINDERS,
    CONFIRM,
    SKIP_DATE,
    SKIP_REASON,
    MOVE_DATE,
    MOVE_TO,
    UNDO,
) = range(14)
DRAFT_KEY = "dropin_setup"
MAX_REASON_LENGTH = 100
DURATION_BUTTONS = (30, 45, 60, 90)
_BUTTON = re.compile(r"^ds:([a-z]+)(?::(\d{1,12}))?$")


def setup_draft(context: BotContext) -> dict[str, Any]:
    assert context.user_data is not None
    value: dict[str, Any] = context.user_data.setdefault(DRAFT_KEY, {})
    return value


def pressed_button(update: Update) -> tuple[str, int | None] | None:
    query = update.callback_query
    match = _BUTTON.match(query.data or "") if query else None
    if match is None:
        return None
    return match.group(1), int(match.group(2)) if match.group(2) else None


def stop_row(context: BotContext) -> list[InlineKeyboardButton]:
    return [InlineKeyboardButton(context.t("button-stop"), callback_data="ds:stop")]


async def say(
    update: Update,
    context: BotContext,
    text: str,
    rows: list[list[InlineKeyboardButton]] | None = None,
) -> None:
    """A new message with the given buttons and always a stop button."""
    assert update.effective_chat is not None
    if update.callback_query is not None:
        await update.callback_query.answer()
    markup = InlineKeyboardMarkup([*(rows or []), stop_row(context)])
    await context.bot.send_message(update.effective_chat.id, text, reply_markup=markup)


async def end(update: Update, context: BotContext, text: str) -> int:
    assert context.user_data is not None and update.effective_chat is not None
    context.user_data.pop(DRAFT_KEY, None)
    if update.callback_query is not None:
        await update.callback_query.answer()
    await context.bot.send_message(update.effective_chat.id, text)
    return ConversationHandler.END


async def cancel(update: Update, context: BotContext) -> int:
    return await end(update, context, context.t("setup-cancelled"))


def typed_text(update: Update) -> str:
    message = update.effective_message
    return (message.text or "") if message else ""


async def future_changes(
    context: BotContext, schedule: Schedule, coalition_id: int
) -> list[Change]:
    now = context.clock.now()
    changes = await context.db.dropins.changes(coalition_id, since=changes_since(now))
    # Still ahead: a call moved from a past date to a later day counts too.
    return [
        c
        for c in sorted(changes.values(), key=lambda c: c.key)
        if occurrence_on(schedule, c.key, c).ends_at > now
    ]


async def next_text(context: BotContext) -> str:
    coalition_id = setup_draft(context)["coalition_id"]
    schedule = await context.db.dropins.get(coalition_id)
    if schedule is None:
        return "-"
    now = context.clock.now()
    changes = await context.db.dropins.changes(coalition_id, since=changes_since(now))
    held = next_occurrence(schedule, changes, now, held_only=True)
    return when_text(held, schedule.zone, context.t) if held else "-"
