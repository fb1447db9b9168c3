"""/privacy, /mijngegevens (everything stored about you) and /vergeetmij (delete it all,
after a confirmation button). Buttons: "fm:yes", "fm:no"."""

import logging

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import CallbackQueryHandler, CommandHandler

from handlers.core import commands
from handlers.core.context import BotApplication, BotContext
from rules.day_names import short_day_text
from rules.retention import DEFAULT_COMMENT_DAYS
from rules.texts import LANGUAGES
from storage.privacy import PersonalRecord

logger = logging.getLogger(__name__)


async def show_privacy(update: Update, context: BotContext) -> None:
    assert update.effective_message is not None
    retention = context.config.retention
    periods = [
        await context.db.coalitions.comment_retention_days(m.coalition_id)
        for m in context.who.memberships
    ]
    await update.effective_message.reply_text(
        context.t(
            "privacy-text",
            registrations=retention.pending_registrations,
            invites=retention.expired_invites,
            deliveries=retention.deliveries,
            rsvps=retention.rsvps,
            audit=retention.audit,
            network=retention.network_questions,
            comments=min(periods, default=DEFAULT_COMMENT_DAYS),
        )
    )


async def show_my_data(update: Update, context: BotContext) -> None:
    assert update.effective_message is not None
    record = await context.db.privacy.personal_record(context.who.user_id)
    t = context.t
    none = t("mydata-none")
    memberships = ", ".join(f"{name} ({t(f'role-{role}')})" for name, role in record.memberships)
    listings = ", ".join(
        f"{name}, {coalition} ({t(f'partners-status-{status}')})"
        for coalition, name, status in record.listings
    )
    introductions, history = await _introductions(context)
    await update.effective_message.reply_text(
        t(
            "mydata-text",
            name=record.first_name or none,
            preferred=_language(context, record),
            memberships=memberships or none,
            listings=listings or none,
            reminders=", ".join(record.reminders_in) or none,
            rsvps=record.rsvps,
            questions="; ".join(record.questions) or none,
            announcements=t("mydata-off" if record.announcements_off else "mydata-on"),
            introductions=introductions,
            history=history,
            network_questions="; ".join(record.network_questions) or none,
            network_answers="; ".join(
                t(f"mydata-answer-{a}") if a in ("can_help", "knows_someone") else a
                for a in record.network_answers
            )
            or none,
            network=t("mydata-off" if record.network_questions_off else "mydata-on"),
            actions="; ".join(record.actions) or none,
            action_updates="; ".join(record.action_updates) or none,
        )[:4096]
    )


def _language(context: BotContext, record: PersonalRecord) -> str:
    """The language they read, and whether they chose it or it came from elsewhere."""
    t = context.t
    key = "mydata-language-chosen" if record.language in LANGUAGES else "mydata-language-auto"
    telegram = record.telegram_language or t("mydata-none")
    return t(key, current=t("language-name"), telegram=telegram)


async def _introductions(context: BotContext) -> tuple[str, str]:
    """Where they take part (how often), and whom they were introduced to, when."""
    t = context.t
    user_id = context.who.user_id
    taking_part = []
    for membership in context.who.memberships:
        found = await context.db.introductions.participation(membership.coalition_id, user_id)
        if found is not None:
            taking_part.append(
                t("mydata-intro-in", coalition=membership.coalition_name, weeks=found.every_weeks)
            )
    past = await context.db.introduction_outbox.history(user_id)
    names = await context.db.people.names([u for p in past for u in p.others])
    history = [
        t(
            "mydata-intro-history",
            date=short_day_text(p.round_at.date(), t.language),
            names=", ".join(names.get(u, "?") for u in p.others),
        )
        for p in past
    ]
    return (
        ", ".join(taking_part) or t("mydata-intro-none"),
        "; ".join(history) or t("mydata-none"),
    )


async def ask_forget(update: Update, context: BotContext) -> None:
    assert update.effective_message is not None
    t = context.t
    rows = [
        [
            InlineKeyboardButton(t("button-forget-yes"), callback_data="fm:yes"),
            InlineKeyboardButton(t("button-cancel"), callback_data="fm:no"),
        ]
    ]
    await update.effective_message.reply_text(
        t("forget-confirm"), reply_markup=InlineKeyboardMarkup(rows)
    )


async def on_forget_button(update: Update, context: BotContext) -> None:
    query = update.callback_query
    assert query is not None
    await query.answer()
    if query.data != "fm:yes":
        await query.edit_message_text(context.t("forget-cancelled"))
        return
    # Only the person who presses is forgotten, whoever's message it is.
    await context.db.privacy.forget_person(context.who.user_id)
    logger.info("Forgot user %s at their request", context.who.user_id)
    await query.edit_message_text(context.t("forget-done"))
    await commands.forget_menu(context.bot, context.who.user_id)  # their language choice too


def register(application: BotApplication) -> None:
    application.add_handler(CommandHandler(commands.PRIVACY.names, show_privacy))
    application.add_handler(CommandHandler(commands.MYDATA.names, show_my_data))
    application.add_handler(CommandHandler(commands.FORGET.names, ask_forget))
    application.add_handler(CallbackQueryHandler(on_forget_button, pattern=r"^fm:(yes|no)$"))
