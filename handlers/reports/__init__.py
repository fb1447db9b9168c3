"""Reports for coordinators: /rapport (/report), per coalition the feedback summary of the last
drop-ins and events, a trend chart and a CSV file, the introductions' and network questions'
figures (introductions.py, network_questions.py), and the dashboard's reports (web.py). The one
feature that reads the others. Buttons: "rp:<action>:<coalition>"."""

import asyncio
import re

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, InputFile, Update
from telegram.ext import CallbackQueryHandler, CommandHandler

from handlers.core import commands
from handlers.core.coalition_choice import coalitions_to_coordinate
from handlers.core.context import BotApplication, BotContext, Context
from handlers.partners.coverage import coalition_coverage, gap_lines
from handlers.reports.introductions import introduction_lines, met_share_chart
from handlers.reports.network_questions import network_lines
from handlers.reports.view import (
    SessionReport,
    average_text,
    feedback_csv,
    session_lines,
    trend_png,
)
from rules.day_names import day_text
from rules.feedback import comments_shown, response_rates, summarise
from storage.coalitions import Coalition
from storage.feedback import FeedbackSession, Response

REPORT_DROPINS = 12
MAX_MESSAGE = 3800  # below Telegram's 4096, room for the markup
_REPORT = re.compile(r"^rp:([tci]):(\d{1,12})$")


async def report_command(update: Update, context: BotContext) -> None:
    message = update.effective_message
    assert message is not None
    # Comments and figures are for the coordinator: never posted in a group.
    coalitions = await coalitions_to_coordinate(
        update,
        context,
        private_only="report-private-only",
        not_coordinator="report-not-coordinator",
    )
    for coalition in coalitions[:5]:
        parts = await report_parts(context, coalition)
        buttons = InlineKeyboardMarkup(
            [
                [
                    InlineKeyboardButton(
                        context.t("button-trend"), callback_data=f"rp:t:{coalition.id}"
                    ),
                    InlineKeyboardButton(
                        context.t("button-csv"), callback_data=f"rp:c:{coalition.id}"
                    ),
                ],
                [
                    InlineKeyboardButton(
                        context.t("button-intro-trend"), callback_data=f"rp:i:{coalition.id}"
                    ),
                ],
            ]
        )
        for number, part in enumerate(parts, 1):
            await message.reply_text(part, reply_markup=buttons if number == len(parts) else None)


async def session_reports(context: Context, sessions: list[FeedbackSession]) -> list[SessionReport]:
    """The summary of each session, its responses read in one query."""
    responses = await context.db.feedback.responses_of([s.id for s in sessions])
    return [session_report(s, responses[s.id]) for s in sessions]


def session_report(session: FeedbackSession, responses: list[Response]) -> SessionReport:
    summary = summarise([r.rating for r in responses], session.invited)
    comments = comments_shown([r.comment for r in responses if r.comment], len(responses))
    rates = None
    if session.reminded_at is not None:
        reminded = session.reminded_at
        before = sum(1 for r in responses if (r.first_answered_at or r.answered_at) < reminded)
        rates = response_rates(before, len(responses), session.invited or 0)
    return SessionReport(session.title, session.held_on, summary, session.invited, comments, rates)


async def report_parts(context: BotContext, coalition: Coalition) -> list[str]:
    """The report as messages below Telegram's length limit."""
    t = context.t
    dropins = await context.db.feedback.recent(coalition.id, "dropin", REPORT_DROPINS)
    events = await context.db.feedback.recent(coalition.id, "event", REPORT_DROPINS)
    lines = [t("report-header", coalition=coalition.name)]
    blocks: list[list[str]] = []
    if not dropins and not events:
        lines.append(t("report-none"))
    if dropins:
        reports = await session_reports(context, dropins)
        ratings = sum(r.summary.responses for r in reports)
        weighted = sum((r.summary.average or 0) * r.summary.responses for r in reports)
        average = average_text(weighted / ratings if ratings else None, t.language)
        lines.append(
            t("report-dropins-header", count=len(dropins), responses=ratings, average=average)
        )
        blocks += [session_lines(r, t, day_text(r.held_on, t.language)) for r in reports]
    if events:
        blocks.append([t("report-events-header")])
        for report in await session_reports(context, events):
            blocks.append(session_lines(report, t, day_text(report.held_on, t.language)))
    blocks.append(await introduction_lines(context, coalition))
    blocks.append(await network_lines(context, coalition))
    gaps = gap_lines(await coalition_coverage(context.db, coalition), t)
    if gaps:
        blocks.append(gaps)
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
    if match.group(1) == "i":
        chart = await met_share_chart(context, coalition)
        if chart is None:
            await context.bot.send_message(chat_id, context.t("report-intro-trend-empty"))
            return
        await context.bot.send_photo(
            chat_id,
            InputFile(chart, filename="kennismaken.png"),
            caption=context.t("report-intro-trend-caption", coalition=coalition.name),
        )
        return
    if match.group(1) == "c":
        rows = await context.db.feedback.export_rows(coalition.id)
        data = await asyncio.to_thread(feedback_csv, rows)
        await context.bot.send_document(
            chat_id,
            InputFile(data, filename=f"feedback-{coalition.slug}.csv"),
            caption=context.t("report-csv-caption", coalition=coalition.name),
        )
        return
    sessions = await context.db.feedback.recent(coalition.id, "dropin", REPORT_DROPINS)
    points = []
    for session in reversed(sessions):
        summary = summarise(
            [r.rating for r in await context.db.feedback.responses(session.id)], session.invited
        )
        if summary.average is not None:
            points.append((session.held_on, summary.average, summary.responses))
    if not points:
        await context.bot.send_message(chat_id, context.t("report-trend-empty"))
        return
    picture = await trend_png(points, coalition.name, context.t)
    await context.bot.send_photo(
        chat_id,
        InputFile(picture, filename="trend.png"),
        caption=context.t("report-trend-caption", coalition=coalition.name),
    )


def register(application: BotApplication) -> None:
    application.add_handler(CommandHandler(commands.REPORT.names, report_command))
    application.add_handler(CallbackQueryHandler(report_button, pattern=r"^rp:"))
