"""/netwerkvraag (/ask): a member's own open questions (solved, on the drop-in's agenda), and
a new question: [coalition] → the question (screened: a BSN refused, client details shown to
edit) → whom to ask, with how many people that is → send. /annuleren ends it, storing nothing.
"""

import html
from dataclasses import replace
from typing import Any
from zoneinfo import ZoneInfo

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.constants import ChatType
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler, ConversationHandler

from handlers.core import commands
from handlers.core.coalition_choice import coalition_buttons
from handlers.core.context import BotContext
from handlers.core.conversation_steps import typed_or_tapped
from handlers.dropin import schedule_and_next
from handlers.network_questions.view import (
    Draft,
    own_question_buttons,
    parse_asking,
    short,
)
from handlers.network_questions.writing import passes_screen, typed_text
from rules.actions import shared_topics
from rules.day_names import day_text
from rules.dropin_input import MAX_QUESTION_LENGTH
from rules.experience_vocabulary import experience_vocabulary
from rules.network_questions import (
    MAX_QUESTION_CHARS,
    MIN_QUESTION_CHARS,
    Audience,
    AudienceChoices,
    audience_choices,
    next_question_at,
    recipients,
    week_of,
)
from rules.texts import Catalogue

COALITION, TEXT, AUDIENCE, CONFIRM = range(4)
DRAFT_KEY = "network_question"
EXAMPLES_SHOWN = 3  # practice examples on the same topic, under the "sent" message
BUTTONS = r"^nv:(c|a|ok|no|col)"


def _draft(context: BotContext) -> Draft:
    assert context.user_data is not None
    draft = context.user_data.get(DRAFT_KEY)
    if not isinstance(draft, Draft):
        draft = context.user_data[DRAFT_KEY] = Draft()
    return draft


async def start(update: Update, context: BotContext) -> int:
    message = update.effective_message
    assert message is not None and update.effective_chat is not None
    t = context.t
    if update.effective_chat.type != ChatType.PRIVATE:
        await message.reply_text(t("network-private-only"))
        return ConversationHandler.END
    memberships = context.who.memberships
    if not memberships:
        await message.reply_text(t("network-not-member"))
        return ConversationHandler.END
    await _show_own_questions(update, context)
    last = await context.db.network_questions.last_asked_at(context.who.user_id)
    again = next_question_at(last, context.clock.now())
    if again is not None:
        local = again.astimezone(ZoneInfo(context.config.timezone))
        await message.reply_text(
            t(
                "network-one-a-day",
                time=local.strftime("%H:%M"),
                date=day_text(local.date(), context.language),
            )
        )
        return ConversationHandler.END
    assert context.user_data is not None
    context.user_data[DRAFT_KEY] = Draft()
    if len(memberships) == 1:
        return await _chosen_coalition(update, context, memberships[0].coalition_id)
    buttons = coalition_buttons(((m.coalition_id, m.coalition_name) for m in memberships), "nv:c:")
    await message.reply_text(
        t("network-choose-coalition"), reply_markup=InlineKeyboardMarkup(buttons)
    )
    return COALITION


async def _show_own_questions(update: Update, context: BotContext) -> None:
    message = update.effective_message
    assert message is not None
    for question in await context.db.network_questions.of_asker(context.who.user_id):
        counts = await context.db.network_questions.counts(question.id)
        await message.reply_text(
            context.t(
                "network-own-question",
                question=short(question.text, 200),
                sent=counts.sent,
                waiting=counts.waiting,
                answers=counts.answers,
            ),
            reply_markup=own_question_buttons(context.t, question),
        )


async def on_coalition(update: Update, context: BotContext) -> int:
    query = update.callback_query
    assert query is not None
    await query.answer()
    parsed = parse_asking(query.data)
    if parsed is None or parsed[0] != "c" or not parsed[1].isdigit():
        return COALITION
    return await _chosen_coalition(update, context, int(parsed[1]))


async def _chosen_coalition(update: Update, context: BotContext, coalition_id: int) -> int:
    if not context.who.is_member(coalition_id):
        return await cancel(update, context)
    _draft(context).coalition_id = coalition_id
    assert update.effective_chat is not None
    text = context.t("network-ask-text", max=MAX_QUESTION_CHARS)
    await context.bot.send_message(update.effective_chat.id, text)
    return TEXT


async def on_text(update: Update, context: BotContext) -> int:
    """The question typed, or the names in it confirmed as colleagues."""
    draft = _draft(context)
    text = await typed_text(update, draft)
    if text is None:
        return TEXT
    assert update.effective_chat is not None
    chat_id = update.effective_chat.id
    t = context.t
    if not MIN_QUESTION_CHARS <= len(text) <= MAX_QUESTION_CHARS:
        await context.bot.send_message(
            chat_id, t("network-text-length", min=MIN_QUESTION_CHARS, max=MAX_QUESTION_CHARS)
        )
        return TEXT
    if not await passes_screen(context, chat_id, draft, text):
        return TEXT
    draft.text = text
    return await _ask_audience(update, context)


async def _ask_audience(update: Update, context: BotContext) -> int:
    draft = _draft(context)
    coalition_id = draft.coalition_id
    members = await context.db.network_questions.members_facts(coalition_id, context.who.user_id)
    assert update.effective_chat is not None
    if not members:
        await context.bot.send_message(update.effective_chat.id, context.t("network-nobody"))
        return await _end(context)
    choices = audience_choices(members)
    await context.bot.send_message(
        update.effective_chat.id,
        context.t("network-ask-audience"),
        reply_markup=_audience_buttons(context.t, choices),
    )
    return AUDIENCE


def _audience_buttons(t: Catalogue, choices: AudienceChoices) -> InlineKeyboardMarkup:
    vocabulary = experience_vocabulary()
    rows = [
        [
            InlineKeyboardButton(
                t("network-audience-all", count=choices.everyone), callback_data="nv:a:all"
            )
        ]
    ]
    for domain, count in choices.domains.items():
        if count:
            rows.append(
                [
                    InlineKeyboardButton(
                        t(f"network-audience-{domain}", count=count),
                        callback_data=f"nv:a:d:{domain}",
                    )
                ]
            )
    for key, name, count in choices.municipalities:
        data = f"nv:a:m:{key}"
        if len(data.encode()) <= 64:
            rows.append(
                [
                    InlineKeyboardButton(
                        t("network-audience-municipality", name=name, count=count),
                        callback_data=data,
                    )
                ]
            )
    for key, count in choices.methods:
        rows.append(
            [
                InlineKeyboardButton(
                    t(
                        "network-audience-method",
                        name=vocabulary.display(key, t.language),
                        count=count,
                    ),
                    callback_data=f"nv:a:e:{key}",
                )
            ]
        )
    return InlineKeyboardMarkup(rows)


async def on_audience(update: Update, context: BotContext) -> int:
    query = update.callback_query
    assert query is not None
    await query.answer()
    parsed = parse_asking(query.data)
    audience = Audience.parse(parsed[1]) if parsed and parsed[0] == "a" else None
    if audience is None:
        return AUDIENCE
    draft = _draft(context)
    coalition_id = draft.coalition_id
    members = await context.db.network_questions.members_facts(coalition_id, context.who.user_id)
    chosen = recipients(audience, members)
    if not chosen:
        await query.answer(context.t("network-audience-empty"), show_alert=True)
        return AUDIENCE
    week = week_of(context.clock.now(), ZoneInfo(context.config.timezone))
    later = await context.db.network_questions.over_cap(chosen, week)
    draft.audience = audience.code
    t = context.t
    text = t("network-confirm", question=draft.text, count=len(chosen))
    if later:
        text += "\n" + t("network-confirm-later", later=later)
    buttons = InlineKeyboardMarkup(
        [
            [InlineKeyboardButton(t("button-network-send"), callback_data="nv:ok")],
            [InlineKeyboardButton(t("button-network-dont-send"), callback_data="nv:no")],
        ]
    )
    await query.edit_message_text(text, reply_markup=buttons)
    return CONFIRM


async def on_confirm(update: Update, context: BotContext) -> int:
    query = update.callback_query
    assert query is not None
    await query.answer()
    parsed = parse_asking(query.data)
    draft = _draft(context)
    if parsed is None or parsed[0] != "ok" or not draft.audience:
        await query.edit_message_reply_markup(None)
        return await cancel(update, context)
    coalition_id = draft.coalition_id
    audience = Audience.parse(draft.audience)
    user_id = context.who.user_id
    last = await context.db.network_questions.last_asked_at(user_id)
    if (
        audience is None
        or not context.who.is_member(coalition_id)
        or next_question_at(last, context.clock.now()) is not None
    ):
        await query.edit_message_reply_markup(None)
        return await cancel(update, context)
    members = await context.db.network_questions.members_facts(coalition_id, user_id)
    chosen = recipients(audience, members)
    text = draft.text
    question_id = await context.db.network_questions.ask(
        coalition_id, user_id, text, audience.code, chosen
    )
    week = week_of(context.clock.now(), ZoneInfo(context.config.timezone))
    later = await context.db.network_questions.over_cap(chosen, week)
    context.services.network_questions.wake_soon()
    t = context.t
    done = t("network-sent", count=len(chosen))
    if later:
        done += "\n" + t("network-sent-later", later=later)
    # Practice examples of the coalition on the same method or topic (the action agenda's).
    examples = [
        e
        for e in await context.db.actions.examples([coalition_id])
        if shared_topics(text, e.example_text)
    ][:EXAMPLES_SHOWN]
    if examples:
        done += (
            "\n\n"
            + t("network-examples")
            + "".join(
                f"\n• {html.escape(e.title)}"
                + (f": <i>{html.escape(e.news)}</i>" if e.news else "")
                for e in examples
            )
        )
    question = await context.db.network_questions.get(question_id)
    assert question is not None
    await query.edit_message_text(done, reply_markup=own_question_buttons(t, question))
    return await _end(context)


async def cancel(update: Update, context: BotContext) -> int:
    if update.effective_chat is not None:
        await context.bot.send_message(update.effective_chat.id, context.t("network-cancelled"))
    return await _end(context)


async def _end(context: BotContext) -> int:
    assert context.user_data is not None
    context.user_data.pop(DRAFT_KEY, None)
    return ConversationHandler.END


# ---- the asker's buttons: solved, on the agenda -------------------------------------------


async def on_own_question(update: Update, context: BotContext) -> None:
    query = update.callback_query
    assert query is not None
    parsed = parse_asking(query.data)
    t = context.t
    question = None
    if parsed is not None and parsed[0] in ("s", "g") and parsed[1].isdigit():
        question = await context.db.network_questions.get(int(parsed[1]))
    if parsed is None or question is None or question.asker_id != context.who.user_id:
        await query.answer(t("button-stale"), show_alert=True)
        return
    if question.status != "open":
        await query.answer(t("network-already-ended"), show_alert=True)
        return
    if parsed[0] == "s":
        helper = parsed[2]
        if helper is not None and not any(
            a.user_id == helper for a in await context.db.network_questions.answers(question.id)
        ):
            helper = None  # only someone who answered can be the one who helped
        await context.db.network_questions.solve(question.id, context.who.user_id, helper)
        await query.answer(t("network-solved"), show_alert=True)
        await query.edit_message_reply_markup(None)
        if helper is not None:
            names = await context.db.people.names([context.who.user_id])
            helper_t = await context.t_for(helper)
            await context.bot.send_message(
                helper,
                helper_t(
                    "network-you-helped",
                    asker=names.get(context.who.user_id, ""),
                    question=short(question.text),
                ),
            )
        return
    found = await schedule_and_next(context, question.coalition_id)
    if found is None or not found[0].active or found[1] is None:
        await query.answer(t("question-no-dropin"), show_alert=True)
        return
    if not await context.db.network_questions.put_on_agenda(question.id, context.who.user_id):
        await query.answer(t("network-already-on-agenda"), show_alert=True)
        return
    text = question.text
    if len(text) > MAX_QUESTION_LENGTH:
        text = text[: MAX_QUESTION_LENGTH - 1] + "…"
    await context.db.dropins.add_question(
        question.coalition_id, found[1].key, context.who.user_id, text
    )
    await query.answer()
    await query.edit_message_reply_markup(
        own_question_buttons(t, replace(question, on_agenda=True))
    )
    await context.bot.send_message(
        query.from_user.id, t("network-on-agenda", date=day_text(found[1].key, context.language))
    )


def entry() -> CommandHandler[BotContext, object]:
    return CommandHandler(commands.ASK_NETWORK.names, start)


def states() -> dict[object, list[BaseHandler[Any, Any, Any]]]:
    return {
        COALITION: [CallbackQueryHandler(on_coalition, pattern=BUTTONS)],
        TEXT: typed_or_tapped(on_text, BUTTONS),
        AUDIENCE: [CallbackQueryHandler(on_audience, pattern=BUTTONS)],
        CONFIRM: [CallbackQueryHandler(on_confirm, pattern=BUTTONS)],
    }
