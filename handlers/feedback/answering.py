"""Answering feedback: one tap 1 to 5, then one optional sentence (the conversation in
feedback.mmd beside this file); /feedback asks about the latest drop-in or event again, and
a /start link from an event's QR code opens its question."""

import re

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import ConversationHandler

from handlers.core.context import BotContext
from handlers.core.screening import found_words
from rules.day_names import day_text
from rules.feedback import (
    MAX_COMMENT_LENGTH,
    RATINGS,
    comment_problem,
    parse_rating,
    rating_data,
    respondent_key,
)
from rules.screening import screen
from rules.texts import Catalogue
from storage.feedback import FeedbackSession

COMMENT = 0
SESSION_KEY = "feedback_session"
COMMENT_WAIT_SECONDS = 3600
_SKIP = re.compile(r"^fs:(\d{1,12})$")


def rating_buttons(session_id: int) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(str(r), callback_data=rating_data(session_id, r)) for r in RATINGS]]
    )


def ask_text(session: FeedbackSession, t: Catalogue) -> str:
    # The standard question is stored as written in one language: ask it in the reader's.
    question = session.question
    if question in t.texts.in_every_language("feedback-default-question"):
        question = t("feedback-default-question")
    return t(
        "feedback-ask",
        title=session.title,
        date=day_text(session.held_on, t.language),
        question=question,
    )


async def ask(update: Update, context: BotContext, session: FeedbackSession) -> None:
    message = update.effective_message
    assert message is not None
    if not session.is_open(context.clock.now()):
        await message.reply_text(context.t("feedback-closed"))
        return
    await message.reply_text(ask_text(session, context.t), reply_markup=rating_buttons(session.id))


async def open_link(update: Update, context: BotContext, code: str) -> None:
    """/start fb_<code>: anyone with the link may answer, member or not."""
    session = (
        await context.db.feedback.by_code(code) if re.fullmatch(r"[\w-]{1,40}", code) else None
    )
    if session is None:
        assert update.effective_message is not None
        await update.effective_message.reply_text(context.t("feedback-unknown"))
        return
    await ask(update, context, session)


async def latest(update: Update, context: BotContext) -> None:
    """/feedback: the newest open round of the person's coalitions."""
    message = update.effective_message
    assert message is not None
    now = context.clock.now()
    candidates: list[FeedbackSession] = []
    for membership in context.who.memberships:
        for kind in ("dropin", "event"):
            recent = await context.db.feedback.recent(membership.coalition_id, kind, 1)
            candidates += [s for s in recent if s.is_open(now)]
    if not candidates:
        await message.reply_text(context.t("feedback-none-open"))
        return
    await ask(update, context, max(candidates, key=lambda s: (s.held_on, s.id)))


async def _respondent(context: BotContext, session_id: int) -> str:
    secret = await context.db.feedback.secret(context.config.feedback_secret)
    return respondent_key(secret, context.who.user_id, session_id)


async def on_rating(update: Update, context: BotContext) -> int:
    query = update.callback_query
    assert query is not None and context.user_data is not None
    parsed = parse_rating(query.data)
    session = await context.db.feedback.get(parsed[0]) if parsed else None
    if parsed is None or session is None:
        await query.answer(context.t("button-stale"), show_alert=True)
        return ConversationHandler.END
    if not session.is_open(context.clock.now()):
        await query.answer(context.t("feedback-closed"), show_alert=True)
        return ConversationHandler.END
    rating = parsed[1]
    await context.db.feedback.answer(session.id, await _respondent(context, session.id), rating)
    context.user_data[SESSION_KEY] = session.id
    await query.answer()
    skip = InlineKeyboardButton(context.t("button-skip-comment"), callback_data=f"fs:{session.id}")
    markup = InlineKeyboardMarkup([*rating_buttons(session.id).inline_keyboard, [skip]])
    text = context.t("feedback-thanks-rating", rating=rating, max=MAX_COMMENT_LENGTH)
    await query.edit_message_text(ask_text(session, context.t) + "\n\n" + text, reply_markup=markup)
    return COMMENT


async def on_comment(update: Update, context: BotContext) -> int:
    message = update.effective_message
    assert message is not None and context.user_data is not None
    session_id = context.user_data.get(SESSION_KEY)
    session = await context.db.feedback.get(session_id) if session_id else None
    if session is None or not session.is_open(context.clock.now()):
        await message.reply_text(context.t("feedback-closed"))
        return ConversationHandler.END
    text = message.text or ""
    # Refused text is neither stored nor logged: only the kind of problem is known.
    if problem := comment_problem(text):
        await message.reply_text(context.t(problem, max=MAX_COMMENT_LENGTH))
        return COMMENT
    screening = screen(text.strip(), context.clock.now().date())
    if screening.bsn:
        await message.reply_text(context.t("feedback-comment-bsn"))
        return COMMENT
    if screening.details:
        words = found_words(context.t, screening.details)
        await message.reply_text(context.t("feedback-comment-details", words=words))
        return COMMENT
    await context.db.feedback.comment(
        session.id, await _respondent(context, session.id), text.strip()
    )
    context.user_data.pop(SESSION_KEY, None)
    await message.reply_text(context.t("feedback-thanks"))
    return ConversationHandler.END


async def on_skip(update: Update, context: BotContext) -> int:
    query = update.callback_query
    assert query is not None and context.user_data is not None
    context.user_data.pop(SESSION_KEY, None)
    await query.answer()
    if _SKIP.match(query.data or ""):
        await query.edit_message_text(context.t("feedback-thanks"))
    return ConversationHandler.END


async def end_comment(update: Update, context: BotContext) -> int:
    assert context.user_data is not None
    context.user_data.pop(SESSION_KEY, None)
    return ConversationHandler.END
