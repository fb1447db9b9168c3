"""A colleague answers a network question: "Ik kan helpen" (after a confirm the asker gets
their contact card), "Ik ken iemand" (a colleague from the directory) or a short written answer
(screened as the question was). Only the asker sees an answer; every button is checked again:
the question must be open and have been sent to this person."""

import html
from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import BaseHandler, CallbackQueryHandler, ConversationHandler, MessageHandler

from handlers.core.context import BotContext
from handlers.core.conversation_steps import TYPED, typed_or_tapped
from handlers.directory.view import card
from handlers.network_questions.view import (
    Draft,
    parse_answering,
    short,
    solved_button,
)
from handlers.network_questions.writing import passes_screen, typed_text
from rules.network_questions import MAX_ANSWER_CHARS
from rules.roles_vocabulary import role_vocabulary
from rules.search import MAX_QUERY_CHARS
from rules.texts import Catalogue, Html
from storage.network_questions import NetworkQuestion
from storage.partners.rows import Partner

FIND, PICK, WRITE = range(10, 13)  # after asking.py's states: one conversation holds both
ANSWER_KEY = "network_answer"
BUTTONS = r"^nv:col$"
PICKED = r"^na:p:"
SHOWN = 5


async def _question_for(context: BotContext, question_id: int) -> NetworkQuestion | None:
    """The question when this person may answer it now (it was sent to them, it is open and
    they are still in its coalition); None otherwise."""
    question = await context.db.network_questions.get(question_id)
    if question is None or question.status != "open":
        return None
    if not context.who.is_member(question.coalition_id):
        return None
    status = await context.db.network_questions.delivery_status(question_id, context.who.user_id)
    return question if status == "sent" else None


async def _listing_in(context: BotContext, user_id: int, coalition_id: int) -> Partner | None:
    return next(
        (
            p
            for p in await context.db.partners.of_user(user_id)
            if p.coalition_id == coalition_id and p.status == "listed"
        ),
        None,
    )


def _first_name(update: Update) -> str:
    user = update.effective_user
    return user.first_name if user is not None else ""


async def _who_answers(
    context: BotContext, question: NetworkQuestion, t: Catalogue, name: str
) -> str:
    """The answerer as the asker sees them: their card when listed, else a link to a chat."""
    user_id = context.who.user_id
    listing = await _listing_in(context, user_id, question.coalition_id)
    if listing is not None:
        role = role_vocabulary().display(listing.role_key, t.language, listing.data.role)
        return card(listing.data, role, t)
    return f'<a href="tg://user?id={user_id}">{html.escape(name or str(user_id))}</a>'


async def _tell_asker(
    update: Update, context: BotContext, question: NetworkQuestion, key: str, **args: str | Html
) -> None:
    t = await context.t_for(question.asker_id)
    name = _first_name(update)
    who = await _who_answers(context, question, t, name)
    await context.bot.send_message(
        question.asker_id,
        t(key, question=short(question.text), who=Html(who), **args),
        reply_markup=solved_button(t, question.id, context.who.user_id, name),
    )


async def on_button(update: Update, context: BotContext) -> int | None:
    """na:h (can help: asks to confirm), na:y (confirmed), na:n (not after all), and the
    entries of the two conversations: na:k (knows someone), na:w (writes an answer)."""
    query = update.callback_query
    assert query is not None
    parsed = parse_answering(query.data)
    if parsed is not None and parsed[0] == "p":  # a colleague picked from an older list
        return await on_pick(update, context)
    t = context.t
    question = await _question_for(context, parsed[1]) if parsed else None
    if parsed is None or question is None:
        await query.answer(t("network-answer-closed"), show_alert=True)
        return ConversationHandler.END
    action = parsed[0]
    await query.answer()
    chat_id = query.from_user.id
    if action == "h":
        buttons = InlineKeyboardMarkup(
            [
                [
                    InlineKeyboardButton(
                        t("button-network-share-yes"), callback_data=f"na:y:{question.id}"
                    )
                ],
                [
                    InlineKeyboardButton(
                        t("button-network-share-no"), callback_data=f"na:n:{question.id}"
                    )
                ],
            ]
        )
        await context.bot.send_message(chat_id, t("network-share-confirm"), reply_markup=buttons)
        return None
    if action == "n":
        await query.edit_message_text(t("network-share-not"))
        return None
    if action == "y":
        stored = await context.db.network_questions.answer(question.id, chat_id, "can_help")
        if stored is None:
            await query.edit_message_text(t("network-share-already"))
            return None
        await _tell_asker(update, context, question, "network-answer-can-help")
        await query.edit_message_text(t("network-share-done"))
        return None
    assert context.user_data is not None
    context.user_data[ANSWER_KEY] = Draft(
        coalition_id=question.coalition_id, question_id=question.id
    )
    if action == "k":
        await context.bot.send_message(chat_id, t("network-knows-ask"))
        return FIND
    await context.bot.send_message(chat_id, t("network-write-ask", max=MAX_ANSWER_CHARS))
    return WRITE


async def on_find(update: Update, context: BotContext) -> int:
    """The name, role or method of the colleague they know: up to five from the directory."""
    assert update.message is not None
    state = _state(context)
    question = await _question_for(context, state.question_id)
    if question is None:
        await update.message.reply_text(context.t("network-answer-closed"))
        return _end(context)
    text = (update.message.text or "")[:MAX_QUERY_CHARS]
    result = await context.db.partner_search.find(
        (question.coalition_id,), text, read=slice(0, SHOWN)
    )
    found = [p for p in result.partners if p.user_id != question.asker_id]
    if not found:
        await update.message.reply_text(context.t("network-knows-none"))
        return FIND
    rows = [
        [
            InlineKeyboardButton(
                short(" — ".join(x for x in (p.data.name, p.data.organisation) if x), 60),
                callback_data=f"na:p:{question.id}:{p.id}",
            )
        ]
        for p in found
    ]
    await update.message.reply_text(
        context.t("network-knows-pick"), reply_markup=InlineKeyboardMarkup(rows)
    )
    return PICK


async def on_pick(update: Update, context: BotContext) -> int:
    query = update.callback_query
    assert query is not None
    parsed = parse_answering(query.data)
    question = await _question_for(context, parsed[1]) if parsed and parsed[0] == "p" else None
    partner = await context.db.partners.get(parsed[2]) if parsed and parsed[2] else None
    if (
        question is None
        or partner is None
        or partner.coalition_id != question.coalition_id
        or partner.status != "listed"
    ):
        await query.answer(context.t("network-answer-closed"), show_alert=True)
        return PICK if question is not None else _end(context)
    await query.answer()
    stored = await context.db.network_questions.answer(
        question.id, context.who.user_id, "knows_someone", partner_id=partner.id
    )
    if stored is not None:
        t = await context.t_for(question.asker_id)
        role = role_vocabulary().display(partner.role_key, t.language, partner.data.role)
        await _tell_asker(
            update,
            context,
            question,
            "network-answer-knows",
            colleague=Html(card(partner.data, role, t)),
        )
    await query.edit_message_text(context.t("network-answer-passed-on"))
    return _end(context)


async def on_write(update: Update, context: BotContext) -> int:
    state = _state(context)
    text = await typed_text(update, state)
    if text is None:
        return WRITE
    assert update.effective_chat is not None
    chat_id = update.effective_chat.id
    t = context.t
    question = await _question_for(context, state.question_id)
    if question is None:
        await context.bot.send_message(chat_id, t("network-answer-closed"))
        return _end(context)
    if not text or len(text) > MAX_ANSWER_CHARS:
        await context.bot.send_message(chat_id, t("network-answer-length", max=MAX_ANSWER_CHARS))
        return WRITE
    if not await passes_screen(context, chat_id, state, text):
        return WRITE
    stored = await context.db.network_questions.answer(
        question.id, context.who.user_id, "text", text=text
    )
    if stored is not None:
        await _tell_asker(update, context, question, "network-answer-text", answer=text)
    await context.bot.send_message(chat_id, t("network-answer-passed-on"))
    return _end(context)


def _state(context: BotContext) -> Draft:
    assert context.user_data is not None
    state = context.user_data.get(ANSWER_KEY)
    if not isinstance(state, Draft):
        state = context.user_data[ANSWER_KEY] = Draft()
    return state


def _end(context: BotContext) -> int:
    assert context.user_data is not None
    context.user_data.pop(ANSWER_KEY, None)
    return ConversationHandler.END


def entry() -> CallbackQueryHandler[BotContext, object]:
    return CallbackQueryHandler(on_button, pattern=r"^na:[hynkwp]:")


def states() -> dict[object, list[BaseHandler[Any, Any, Any]]]:
    return {
        # A name typed (again) searches; a tap on one found picks.
        FIND: [MessageHandler(TYPED, on_find), CallbackQueryHandler(on_pick, pattern=PICKED)],
        PICK: [MessageHandler(TYPED, on_find), CallbackQueryHandler(on_pick, pattern=PICKED)],
        WRITE: typed_or_tapped(on_write, BUTTONS),
    }
