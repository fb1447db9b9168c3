"""The drop-in: /inloop (the next call: time, link, RSVP, calendar file, personal reminders,
questions) and /vraag (a question for the next call) here; the reminder sender (reminders.py),
/inloop_instellen (setup/), how it looks (view.py) and the Mini App's drop-in tab (web.py).
Buttons: "di:…" (view.py), "dq:<id>" (which coalition a question is for)."""

import asyncio
import logging
import re
from datetime import date

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, InputFile, Update
from telegram.constants import ChatType
from telegram.error import Forbidden
from telegram.ext import CallbackQueryHandler, CommandHandler

from handlers.core import commands
from handlers.core.context import BotApplication, BotContext, Context
from handlers.core.identify import member_coalitions
from handlers.core.screening import found_words
from handlers.dropin import setup
from handlers.dropin.view import (
    DropinButton,
    button_data,
    dropin_buttons,
    next_call_text,
    parse_button,
    questions_text,
)
from rules.calendar_file import calendar_file_name, dropin_event
from rules.day_names import day_text
from rules.dropin import Occurrence, Schedule, changes_since, next_occurrence, occurrence_on
from rules.dropin_input import MAX_QUESTION_LENGTH, question_problem
from rules.screening import screen
from rules.texts import Html
from storage.coalitions import Coalition

logger = logging.getLogger(__name__)

QUESTION_KEY = "pending_question"
_QUESTION_CHOICE = re.compile(r"^dq:(\d{1,12})$")


async def schedule_and_next(
    context: Context, coalition_id: int
) -> tuple[Schedule, Occurrence | None, Occurrence | None] | None:
    """(schedule, the next call that is held, the very next date when it is skipped)."""
    schedule = await context.db.dropins.get(coalition_id)
    if schedule is None:
        return None
    now = context.clock.now()
    changes = await context.db.dropins.changes(coalition_id, since=changes_since(now))
    held = next_occurrence(schedule, changes, now, held_only=True)
    first = next_occurrence(schedule, changes, now)
    skipped = first if first is not None and first.skipped else None
    return schedule, held, skipped


async def dropin_card(
    context: BotContext, coalition: Coalition, user_id: int
) -> tuple[str, InlineKeyboardMarkup | None]:
    """What /inloop shows one member for one coalition."""
    t = context.t
    found = await schedule_and_next(context, coalition.id)
    if found is None:
        coordinator = context.who.is_coordinator(coalition.id)
        key = "dropin-none-coordinator" if coordinator else "dropin-none"
        return t(key, coalition=coalition.name), None
    schedule, held, skipped = found
    if not schedule.active or held is None:
        return t("dropin-paused", coalition=coalition.name), None
    db = context.db
    rsvps = await db.dropins.rsvps(coalition.id, held.key)
    joined = user_id in rsvps
    rsvp = t("dropin-you-join" if joined else "dropin-you-not", count=len(rsvps))
    text = next_call_text(schedule, held, coalition.name, rsvp, t)
    if skipped is not None:
        reason = t("dropin-reason", reason=skipped.reason) if skipped.reason else ""
        text += "\n" + t(
            "dropin-skipped-first", date=day_text(skipped.key, t.language), reason=Html(reason)
        )
    questions = await db.dropins.questions(coalition.id, held.key)
    text += "\n\n" + questions_text([q.text for q in questions], t)
    subscribed = await db.dropins.is_subscribed(coalition.id, user_id)
    text += "\n\n" + t("dropin-reminders-state-on" if subscribed else "dropin-reminders-state-off")
    rows = [
        [
            InlineKeyboardButton(
                t("button-rsvp-leave" if joined else "button-rsvp-join"),
                callback_data=button_data("j", coalition.id, held.key),
            ),
            InlineKeyboardButton(
                t("button-calendar"), callback_data=button_data("c", coalition.id, held.key)
            ),
        ],
        [
            InlineKeyboardButton(
                t("button-reminders-turn-off" if subscribed else "button-reminders-turn-on"),
                callback_data=button_data("s", coalition.id),
            )
        ],
    ]
    if context.who.is_coordinator(coalition.id):
        rows += [
            [
                InlineKeyboardButton(
                    t("button-remove-question", number=n),
                    callback_data=button_data("q", coalition.id, question_id=q.id),
                )
            ]
            for n, q in enumerate(questions, 1)
        ]
    return text, InlineKeyboardMarkup(rows)


async def show_dropin(update: Update, context: BotContext) -> None:
    message = update.effective_message
    chat = update.effective_chat
    assert message is not None and chat is not None
    if chat.type != ChatType.PRIVATE:
        await _show_in_group(update, context)
        return
    coalitions = await member_coalitions(context)
    if not coalitions:
        await message.reply_text(context.t("dropin-not-member"))
        return
    for coalition in coalitions:
        text, markup = await dropin_card(context, coalition, context.who.user_id)
        await message.reply_text(text, reply_markup=markup)


async def _show_in_group(update: Update, context: BotContext) -> None:
    """In a linked group: the next call with the same buttons as a reminder."""
    assert update.effective_message is not None and update.effective_chat is not None
    group = await context.db.groups.get(update.effective_chat.id)
    if group is None:
        await update.effective_message.reply_text(context.t("dropin-group-not-linked"))
        return
    found = await schedule_and_next(context, group.coalition_id)
    coalition = await context.db.coalitions.get(group.coalition_id)
    if found is None or coalition is None or found[1] is None or not found[0].active:
        name = coalition.name if coalition else ""
        await update.effective_message.reply_text(context.t("dropin-none", coalition=name))
        return
    schedule, held, _ = found
    assert held is not None
    t = context.texts.bound(coalition.language)  # a group reads its coalition's language
    count = len(await context.db.dropins.rsvps(coalition.id, held.key))
    text = next_call_text(schedule, held, coalition.name, "", t)
    await update.effective_message.reply_text(
        text, reply_markup=dropin_buttons(t, coalition.id, held.key, count)
    )


# ---- buttons --------------------------------------------------------------------------------


async def on_button(update: Update, context: BotContext) -> None:
    query = update.callback_query
    assert query is not None
    button = parse_button(query.data)
    coalition = await context.db.coalitions.get(button.coalition_id) if button else None
    # The button's data is never trusted for rights: check the sender again.
    if button is None or coalition is None:
        await query.answer(context.t("button-stale"), show_alert=True)
        return
    if not context.who.is_member(coalition.id):
        await query.answer(context.t("dropin-members-only"), show_alert=True)
        return
    if button.action in "rj":
        await _rsvp(update, context, coalition, button)
    elif button.action == "c":
        await _calendar(update, context, coalition, button)
    elif button.action == "s":
        await _toggle_reminders(update, context, coalition)
    elif button.action == "q":
        await _remove_question(update, context, coalition, button)


async def held_occurrence(context: Context, coalition_id: int, key: date) -> Occurrence | None:
    """The occurrence a button is about, while it has not ended and is held."""
    schedule = await context.db.dropins.get(coalition_id)
    if schedule is None or key.weekday() != schedule.weekday:
        return None
    changes = await context.db.dropins.changes(coalition_id, since=key)
    occurrence = occurrence_on(schedule, key, changes.get(key))
    if occurrence.skipped or occurrence.ends_at <= context.clock.now():
        return None
    return occurrence


async def _rsvp(
    update: Update, context: BotContext, coalition: Coalition, button: DropinButton
) -> None:
    query = update.callback_query
    assert query is not None and button.occurrence is not None
    occurrence = await held_occurrence(context, coalition.id, button.occurrence)
    if occurrence is None:
        await query.answer(context.t("dropin-over"), show_alert=True)
        return
    user_id = context.who.user_id
    joined = await context.db.dropins.toggle_rsvp(coalition.id, occurrence.key, user_id)
    await query.answer(context.t("dropin-rsvp-yes" if joined else "dropin-rsvp-no"))
    if button.action == "j":
        text, markup = await dropin_card(context, coalition, user_id)
        await query.edit_message_text(text, reply_markup=markup)
        return
    # Under a reminder: the count on the button changes for everyone who sees the message.
    chat = update.effective_chat
    group = chat is None or chat.id < 0
    t = context.texts.bound(coalition.language) if group else context.t
    count = len(await context.db.dropins.rsvps(coalition.id, occurrence.key))
    await query.edit_message_reply_markup(dropin_buttons(t, coalition.id, occurrence.key, count))


async def _calendar(
    update: Update, context: BotContext, coalition: Coalition, button: DropinButton
) -> None:
    query = update.callback_query
    assert query is not None and button.occurrence is not None
    problem = await send_calendar_file(context, coalition, button.occurrence)
    if problem is not None:
        await query.answer(context.t(problem), show_alert=True)
        return
    chat = update.effective_chat
    in_private = chat is not None and chat.type == ChatType.PRIVATE
    await query.answer(None if in_private else context.t("dropin-ics-sent"))


async def send_calendar_file(context: Context, coalition: Coalition, key: date) -> str | None:
    """The call on `key` as a calendar file in the asker's private chat (from a button here
    or in the Mini App); else the text key that says why not."""
    occurrence = await held_occurrence(context, coalition.id, key)
    schedule = await context.db.dropins.get(coalition.id)
    if occurrence is None or schedule is None:
        return "dropin-over"
    # icalendar is imported at the first file: off the event loop
    now = context.clock.now()
    data = await asyncio.to_thread(dropin_event, schedule, occurrence, coalition.slug, now)
    document = InputFile(data, filename=calendar_file_name(occurrence))
    try:
        await context.bot.send_document(
            context.who.user_id, document, caption=context.t("dropin-ics-caption")
        )
    except Forbidden:
        return "dropin-ics-start-first"
    return None


async def _toggle_reminders(update: Update, context: BotContext, coalition: Coalition) -> None:
    query = update.callback_query
    assert query is not None
    user_id = context.who.user_id
    if context.who.role_in(coalition.id) is None:  # an admin who is no member has no row
        await query.answer(context.t("dropin-members-only"), show_alert=True)
        return
    on = not await context.db.dropins.is_subscribed(coalition.id, user_id)
    await context.db.dropins.set_subscribed(coalition.id, user_id, on)
    context.dropin_changed()
    await query.answer(context.t("dropin-reminders-on" if on else "dropin-reminders-off"))
    text, markup = await dropin_card(context, coalition, user_id)
    await query.edit_message_text(text, reply_markup=markup)


async def _remove_question(
    update: Update, context: BotContext, coalition: Coalition, button: DropinButton
) -> None:
    query = update.callback_query
    assert query is not None and button.question_id is not None
    if not context.who.is_coordinator(coalition.id):
        await query.answer(context.t("button-stale"), show_alert=True)
        return
    removed = await context.db.dropins.remove_question(coalition.id, button.question_id)
    await query.answer(context.t("question-removed" if removed else "question-gone"))
    text, markup = await dropin_card(context, coalition, context.who.user_id)
    await query.edit_message_text(text, reply_markup=markup)


# ---- /vraag ---------------------------------------------------------------------------------


async def ask_question(update: Update, context: BotContext) -> None:
    message = update.effective_message
    assert message is not None
    text = " ".join(context.args or [])
    if not context.who.memberships:
        await message.reply_text(context.t("dropin-not-member"))
        return
    if not text.strip():
        await message.reply_text(context.t("question-usage"))
        return
    if problem := question_problem(text):
        await message.reply_text(context.t(problem, max=MAX_QUESTION_LENGTH))
        return
    screening = screen(text.strip(), context.clock.now().date())
    if screening.bsn:
        await message.reply_text(context.t("question-bsn"))
        return
    if screening.details:
        words = found_words(context.t, screening.details)
        await message.reply_text(context.t("question-details", words=words))
        return
    options: list[tuple[Coalition, Occurrence]] = []
    for coalition in await member_coalitions(context):
        found = await schedule_and_next(context, coalition.id)
        if found is not None and found[0].active and found[1] is not None:
            options.append((coalition, found[1]))
    if not options:
        await message.reply_text(context.t("question-no-dropin"))
        return
    if len(options) == 1:
        coalition, occurrence = options[0]
        await _store_question(context, coalition.id, occurrence, text)
        await message.reply_text(
            context.t("question-added", date=day_text(occurrence.key, context.language))
        )
        return
    assert context.user_data is not None
    context.user_data[QUESTION_KEY] = text.strip()
    keyboard = [[InlineKeyboardButton(c.name, callback_data=f"dq:{c.id}")] for c, _ in options]
    await message.reply_text(
        context.t("question-choose-coalition"), reply_markup=InlineKeyboardMarkup(keyboard)
    )


async def _store_question(
    context: BotContext, coalition_id: int, occurrence: Occurrence, text: str
) -> None:
    await context.db.dropins.add_question(
        coalition_id, occurrence.key, context.who.user_id, text.strip()
    )


async def question_coalition_chosen(update: Update, context: BotContext) -> None:
    query = update.callback_query
    assert query is not None and context.user_data is not None
    match = _QUESTION_CHOICE.match(query.data or "")
    text = context.user_data.get(QUESTION_KEY)
    coalition_id = int(match.group(1)) if match else 0
    found = await schedule_and_next(context, coalition_id) if match else None
    if (
        not text
        or not context.who.is_member(coalition_id)
        or found is None
        or found[1] is None
        or not found[0].active
    ):
        await query.answer(context.t("button-stale"), show_alert=True)
        return
    occurrence = found[1]
    await _store_question(context, coalition_id, occurrence, text)
    del context.user_data[QUESTION_KEY]
    await query.answer()
    await query.edit_message_text(
        context.t("question-added", date=day_text(occurrence.key, context.language))
    )


def register(application: BotApplication) -> None:
    setup.register(application)
    application.add_handler(CommandHandler(commands.DROPIN.names, show_dropin))
    application.add_handler(CommandHandler(commands.QUESTION.names, ask_question))
    application.add_handler(CallbackQueryHandler(on_button, pattern=r"^di:"))
    application.add_handler(CallbackQueryHandler(question_coalition_chosen, pattern=r"^dq:"))
