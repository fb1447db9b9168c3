"""Feedback: answering (one tap 1 to 5, then one optional sentence), /feedback, /evenement (a
link and QR code for a one-off meeting) and /rapport (coordinators: summary, trend chart,
CSV). Buttons: "fb:<session>:<rating>", "fs:<session>" (skip the comment), "ev:<coalition>",
"rp:<action>:<coalition>"."""

import logging
import re
from datetime import time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, InputFile, Update
from telegram.ext import (
    CallbackQueryHandler,
    CommandHandler,
    ConversationHandler,
    MessageHandler,
    filters,
)

from handlers import commands
from handlers.coalition_choice import coalition_buttons, coalitions_to_coordinate
from handlers.context import BotApplication, BotContext
from handlers.dropin_view import day_text
from handlers.feedback_view import (
    SessionReport,
    average_text,
    deep_link,
    feedback_csv,
    qr_png,
    session_lines,
    trend_png,
)
from handlers.identify import coordinated_coalitions
from rules.dropin import MAX_TITLE_LENGTH, at_local
from rules.feedback import (
    DEFAULT_OPEN_DAYS,
    MAX_COMMENT_LENGTH,
    RATINGS,
    comment_problem,
    parse_event_date,
    parse_rating,
    rating_data,
    respondent_key,
    summarise,
)
from rules.screening import contains_bsn
from rules.texts import Catalogue
from storage.coalitions import Coalition
from storage.feedback import FeedbackSession

logger = logging.getLogger(__name__)

COMMENT = 0
EVENT_COALITION, EVENT_TITLE, EVENT_DATE = range(3)
SESSION_KEY = "feedback_session"
COMMENT_WAIT_SECONDS = 3600
EVENT_KEY = "feedback_event"
REPORT_DROPINS = 12
MAX_MESSAGE = 3800  # below Telegram's 4096, room for the markup
_SKIP = re.compile(r"^fs:(\d{1,12})$")
_EVENT_COALITION = re.compile(r"^ev:(\d{1,12})$")
_REPORT = re.compile(r"^rp:([tc]):(\d{1,12})$")


# ---- asking and answering -------------------------------------------------------------------


def rating_buttons(session_id: int) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(str(r), callback_data=rating_data(session_id, r)) for r in RATINGS]]
    )


def ask_text(session: FeedbackSession, t: Catalogue) -> str:
    return t("feedback-ask", title=session.title, date=day_text(session.held_on, t.language),
             question=session.question)  # fmt: skip


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
    await context.db.feedback.comment(session.id, await _respondent(context, session.id),
                                      text.strip())  # fmt: skip
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


# ---- /evenement -----------------------------------------------------------------------------


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
        coalition.id, "event", draft["title"], held_on, context.t("feedback-default-question"),
        now, closes_at, created_by=context.who.user_id,
    )  # fmt: skip
    context.user_data.pop(EVENT_KEY, None)
    link = deep_link(context.bot.username, session.code)
    closes = day_text(held_on + timedelta(days=DEFAULT_OPEN_DAYS), context.language)
    await message.reply_text(context.t("event-created", title=session.title,
                                       date=day_text(held_on, context.language), closes=closes,
                                       link=link))  # fmt: skip
    caption = context.t("event-qr-caption", title=session.title)
    await message.reply_photo(InputFile(qr_png(link), filename="feedback-qr.png"), caption=caption)
    return ConversationHandler.END


async def event_cancel(update: Update, context: BotContext) -> int:
    assert context.user_data is not None and update.effective_message is not None
    context.user_data.pop(EVENT_KEY, None)
    await update.effective_message.reply_text(context.t("setup-cancelled"))
    return ConversationHandler.END


# ---- /rapport -------------------------------------------------------------------------------


async def report_command(update: Update, context: BotContext) -> None:
    message = update.effective_message
    assert message is not None
    coalitions = await coordinated_coalitions(context)
    if not coalitions:
        await message.reply_text(context.t("report-not-coordinator"))
        return
    for coalition in coalitions[:5]:
        parts = await report_parts(context, coalition)
        buttons = InlineKeyboardMarkup([[
            InlineKeyboardButton(context.t("button-trend"), callback_data=f"rp:t:{coalition.id}"),
            InlineKeyboardButton(context.t("button-csv"), callback_data=f"rp:c:{coalition.id}"),
        ]])  # fmt: skip
        for number, part in enumerate(parts, 1):
            await message.reply_text(part, reply_markup=buttons if number == len(parts) else None)


async def _session_report(context: BotContext, session: FeedbackSession) -> SessionReport:
    responses = await context.db.feedback.responses(session.id)
    summary = summarise([r.rating for r in responses], session.invited)
    comments = [r.comment for r in responses if r.comment]
    return SessionReport(session.title, session.held_on, summary, session.invited, comments)


async def report_parts(context: BotContext, coalition: Coalition) -> list[str]:
    """The report as messages below Telegram's length limit."""
    t = context.t
    dropins = await context.db.feedback.recent(coalition.id, "dropin", REPORT_DROPINS)
    events = await context.db.feedback.recent(coalition.id, "event", REPORT_DROPINS)
    lines = [t("report-header", coalition=coalition.name)]
    if not dropins and not events:
        return ["\n".join([*lines, t("report-none")])]
    blocks: list[list[str]] = []
    if dropins:
        reports = [await _session_report(context, s) for s in dropins]
        ratings = sum(r.summary.responses for r in reports)
        weighted = sum((r.summary.average or 0) * r.summary.responses for r in reports)
        average = average_text(weighted / ratings if ratings else None, t.language)
        lines.append(t("report-dropins-header", count=len(dropins), responses=ratings,
                       average=average))  # fmt: skip
        blocks += [session_lines(r, t, day_text(r.held_on, t.language)) for r in reports]
    if events:
        blocks.append([t("report-events-header")])
        for session in events:
            report = await _session_report(context, session)
            blocks.append(session_lines(report, t, day_text(report.held_on, t.language)))
    parts = ["\n".join(lines)]
    for block in blocks:
        text = "\n".join(block)[:MAX_MESSAGE]
        if len(parts[-1]) + len(text) + 2 > MAX_MESSAGE:
            parts.append(text)
        else:
            parts[-1] += "\n\n" + text
    return parts


async def report_button(update: Update, context: BotContext) -> None:
    query = update.callback_query
    assert query is not None and update.effective_chat is not None
    match = _REPORT.match(query.data or "")
    coalition = await context.db.coalitions.get(int(match.group(2))) if match else None
    # The button's data is never trusted: only this coalition's coordinators get its report.
    if match is None or coalition is None or not context.who.is_coordinator(coalition.id):
        await query.answer(context.t("report-not-coordinator"), show_alert=True)
        return
    await query.answer()
    chat_id = update.effective_chat.id
    if match.group(1) == "c":
        data = feedback_csv(await context.db.feedback.export_rows(coalition.id))
        await context.bot.send_document(
            chat_id, InputFile(data, filename=f"feedback-{coalition.slug}.csv"),
            caption=context.t("report-csv-caption", coalition=coalition.name),
        )  # fmt: skip
        return
    sessions = await context.db.feedback.recent(coalition.id, "dropin", REPORT_DROPINS)
    points = []
    for session in reversed(sessions):
        summary = summarise([r.rating for r in await context.db.feedback.responses(session.id)],
                            session.invited)  # fmt: skip
        if summary.average is not None:
            points.append((session.held_on, summary.average, summary.responses))
    if not points:
        await context.bot.send_message(chat_id, context.t("report-trend-empty"))
        return
    picture = trend_png(points, coalition.name)
    await context.bot.send_photo(
        chat_id, InputFile(picture, filename="trend.png"),
        caption=context.t("report-trend-caption", coalition=coalition.name),
    )  # fmt: skip


def register(application: BotApplication) -> None:
    private_text = filters.TEXT & ~filters.COMMAND & filters.ChatType.PRIVATE
    application.add_handler(
        ConversationHandler(
            entry_points=[CallbackQueryHandler(on_rating, pattern=r"^fb:")],
            states={
                COMMENT: [
                    MessageHandler(private_text, on_comment),
                    CallbackQueryHandler(on_skip, pattern=r"^fs:"),
                    CallbackQueryHandler(on_rating, pattern=r"^fb:"),
                ]
            },
            fallbacks=[CommandHandler(commands.CANCEL.names, end_comment)],
            name="feedback",
            allow_reentry=True,
            # A sentence typed hours later is not meant as a comment any more.
            conversation_timeout=COMMENT_WAIT_SECONDS,
        )
    )
    application.add_handler(CallbackQueryHandler(on_skip, pattern=r"^fs:"))
    application.add_handler(
        ConversationHandler(
            entry_points=[CommandHandler(commands.EVENT.names, event_start)],
            states={
                EVENT_COALITION: [CallbackQueryHandler(event_coalition, pattern=r"^ev:")],
                EVENT_TITLE: [MessageHandler(private_text, event_title)],
                EVENT_DATE: [MessageHandler(private_text, event_date)],
            },
            fallbacks=[CommandHandler(commands.CANCEL.names, event_cancel)],
            name="event",
        )
    )
    application.add_handler(CommandHandler(commands.FEEDBACK.names, latest))
    application.add_handler(CommandHandler(commands.REPORT.names, report_command))
    application.add_handler(CallbackQueryHandler(report_button, pattern=r"^rp:"))
