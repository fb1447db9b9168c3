"""/kennismaken (/meet): a member joins the introductions, chooses how often, skips a round,
pauses a month or stops; a coordinator turns the coalition's rounds on or off and picks the
day and hour. All with buttons on one card (callback data in view.py); the
rounds themselves: rounds.py; answers to an introduction: answers.py; the report: report.py.
"""

from datetime import time, timedelta
from zoneinfo import ZoneInfo

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.constants import ChatType
from telegram.ext import CallbackQueryHandler, CommandHandler

from handlers.core import commands
from handlers.core.coalition_choice import coalition_buttons
from handlers.core.context import BotApplication, BotContext
from handlers.core.identify import member_coalitions
from handlers.introductions import answers as introduction_answers
from handlers.introductions.view import Button, button_data, parse_button, round_text
from rules.day_names import day_text, weekday_name
from rules.introductions import (
    DEFAULT_TIME,
    DEFAULT_WEEKDAY,
    FREQUENCIES,
    PAUSE,
    Domain,
    next_round_at,
)
from rules.municipalities import gazetteer
from rules.roles_vocabulary import role_vocabulary
from storage.coalitions import Coalition
from storage.introductions import RoundSchedule

HOURS = range(8, 18)
NO_PLACE = 99
_MEMBER_ACTIONS = {"join", "dom", "place", "skip", "pause", "stop"}
_COORDINATOR_ACTIONS = {"on", "off", "day", "at"}


async def show_introductions(update: Update, context: BotContext) -> None:
    message = update.effective_message
    assert message is not None and update.effective_chat is not None
    if update.effective_chat.type != ChatType.PRIVATE:
        await message.reply_text(context.t("intro-private-only"))
        return
    text, markup = await _start(context)
    await message.reply_text(text, reply_markup=markup)


async def _start(context: BotContext) -> tuple[str, InlineKeyboardMarkup | None]:
    coalitions = await member_coalitions(context)
    if not coalitions:
        return context.t("intro-not-member"), None
    if len(coalitions) == 1:
        return await intro_card(context, coalitions[0])
    rows = coalition_buttons(((c.id, c.name) for c in coalitions), "ik:open:")
    return context.t("intro-choose"), InlineKeyboardMarkup(rows)


async def intro_card(context: BotContext, coalition: Coalition) -> tuple[str, InlineKeyboardMarkup]:
    t = context.t
    db = context.db
    now = context.clock.now()
    participation = await db.introductions.participation(coalition.id, context.who.user_id)
    schedule = await _schedule(context, coalition.id)
    zone = ZoneInfo(coalition.timezone)
    lines = [t("intro-card-header", coalition=coalition.name), t("intro-explain")]
    if participation is None:
        lines.append(t("intro-status-out"))
    elif participation.paused_until is not None and participation.paused_until > now:
        until = participation.paused_until.astimezone(zone).date()
        lines.append(
            t(
                "intro-status-paused",
                weeks=participation.every_weeks,
                until=day_text(until, t.language),
            )
        )
    else:
        lines.append(t("intro-status-in", weeks=participation.every_weeks))
    when = round_text(schedule.weekday, f"{schedule.at:%H:%M}", t)
    if schedule.active:
        upcoming = next_round_at(now, schedule.weekday, schedule.at, zone).astimezone(zone)
        upcoming_text = f"{day_text(upcoming.date(), t.language)} {upcoming:%H:%M}"
        lines.append(t("intro-rounds-on", when=when, next=upcoming_text))
    else:
        lines.append(t("intro-rounds-off"))
    rows: list[list[InlineKeyboardButton]] = [
        [
            InlineKeyboardButton(
                ("✓ " if participation and participation.every_weeks == weeks else "")
                + t("button-intro-every", weeks=weeks),
                callback_data=button_data("join", coalition.id, weeks),
            )
            for weeks in FREQUENCIES
        ]
    ]
    if participation is not None:
        rows.append(
            [
                InlineKeyboardButton(
                    t("button-intro-skip"), callback_data=button_data("skip", coalition.id)
                ),
                InlineKeyboardButton(
                    t("button-intro-pause"), callback_data=button_data("pause", coalition.id)
                ),
            ]
        )
        stop = button_data("stop", coalition.id)
        rows.append([InlineKeyboardButton(t("button-intro-stop"), callback_data=stop)])
    if context.who.is_coordinator(coalition.id):
        lines.append(
            t(
                "intro-coordinator",
                participants=await db.introductions.participant_count(coalition.id),
            )
        )
        toggle = "off" if schedule.active else "on"
        rows.append(
            [
                InlineKeyboardButton(
                    t(f"button-intro-rounds-{toggle}"),
                    callback_data=button_data(toggle, coalition.id),
                ),
                InlineKeyboardButton(
                    t("button-intro-day"), callback_data=button_data("day", coalition.id)
                ),
            ]
        )
    return "\n\n".join(lines), InlineKeyboardMarkup(rows)


async def _schedule(context: BotContext, coalition_id: int) -> RoundSchedule:
    found = await context.db.introductions.schedule(coalition_id)
    return found or RoundSchedule(coalition_id, DEFAULT_WEEKDAY, DEFAULT_TIME, active=False)


# ---- buttons --------------------------------------------------------------------------------


async def on_button(update: Update, context: BotContext) -> None:
    query = update.callback_query
    assert query is not None
    button = parse_button(query.data)
    if button is None:
        await query.answer(context.t("button-stale"), show_alert=True)
        return
    if button.action in introduction_answers.ACTIONS:
        await introduction_answers.on_answer(update, context, button)
        return
    if button.action == "open" and button.number(0) == 0:  # from /instellingen
        await query.answer()
        text, markup = await _start(context)
        await query.edit_message_text(text, reply_markup=markup)
        return
    number = button.number(0)
    coalition = await context.db.coalitions.get(number) if number is not None else None
    # The button's data is never trusted for rights: check the sender again.
    if coalition is None or not context.who.is_member(coalition.id):
        await query.answer(context.t("intro-members-only"), show_alert=True)
        return
    if button.action in _COORDINATOR_ACTIONS and not context.who.is_coordinator(coalition.id):
        await query.answer(context.t("intro-coordinators-only"), show_alert=True)
        return
    if button.action in _MEMBER_ACTIONS:
        notice = await _member_choice(context, coalition, button)
    elif button.action in _COORDINATOR_ACTIONS:
        notice = await _coordinator_choice(context, coalition, button)
    else:
        notice = None
    if isinstance(notice, tuple):  # a question first: domain, municipality, day
        await query.answer()
        await query.edit_message_text(notice[0], reply_markup=notice[1])
        return
    await query.answer(notice)
    text, markup = await intro_card(context, coalition)
    await query.edit_message_text(text, reply_markup=markup)


Question = tuple[str, InlineKeyboardMarkup]


async def _member_choice(
    context: BotContext, coalition: Coalition, button: Button
) -> str | Question | None:
    db = context.db
    user_id = context.who.user_id
    t = context.t
    now = context.clock.now()
    if button.action == "stop":
        await db.introductions.leave(coalition.id, user_id)
        return t("intro-stopped")
    if button.action in ("skip", "pause"):
        schedule = await _schedule(context, coalition.id)
        if button.action == "skip":  # until just after the next round
            zone = ZoneInfo(coalition.timezone)
            until = next_round_at(now, schedule.weekday, schedule.at, zone) + timedelta(hours=1)
        else:
            until = now + PAUSE
        await db.introductions.pause(coalition.id, user_id, until)
        return t("intro-skipped" if button.action == "skip" else "intro-paused")
    weeks = button.number(1)
    if weeks not in FREQUENCIES:
        return t("button-stale")
    known = await db.introductions.participation(coalition.id, user_id)
    listing = next(
        (p for p in await db.partners.of_user(user_id) if p.coalition_id == coalition.id), None
    )
    domain = _domain(button) or (known.domain if known else None)
    if domain is None and listing is not None:
        domain = role_vocabulary().domain_of(listing.role_key)
    if domain is None:
        return _ask_domain(context, coalition, weeks)
    place: str | None = known.municipality if known else None
    if button.action == "place":
        index = button.number(3)
        names = coalition.municipalities
        place = (
            gazetteer().canonical_key(names[index])
            if index is not None and index < len(names)
            else ""
        )
    if place is None and listing is not None:
        place = gazetteer().canonical_key(listing.data.municipality)
    if place is None and len(coalition.municipalities) <= 1:
        names = coalition.municipalities
        place = gazetteer().canonical_key(names[0]) if names else ""
    if place is None:
        return _ask_place(context, coalition, weeks, domain)
    await db.introductions.join(coalition.id, user_id, domain, place, weeks)
    return t("intro-joined", weeks=weeks)


def _domain(button: Button) -> Domain | None:
    if button.action in ("dom", "place") and len(button.values) > 2:
        value = button.values[2]
        return Domain(value) if value in Domain.__members__.values() else None
    return None


def _ask_domain(context: BotContext, coalition: Coalition, weeks: int) -> Question:
    t = context.t
    row = [
        InlineKeyboardButton(
            t(f"intro-domain-{d.value}"),
            callback_data=button_data("dom", coalition.id, weeks, d.value),
        )
        for d in Domain
    ]
    return t("intro-ask-domain"), InlineKeyboardMarkup([row])


def _ask_place(context: BotContext, coalition: Coalition, weeks: int, domain: Domain) -> Question:
    t = context.t
    rows = [
        [
            InlineKeyboardButton(
                name, callback_data=button_data("place", coalition.id, weeks, domain.value, n)
            )
        ]
        for n, name in enumerate(coalition.municipalities[:NO_PLACE])
    ]
    rows.append(
        [
            InlineKeyboardButton(
                t("intro-place-other"),
                callback_data=button_data("place", coalition.id, weeks, domain.value, NO_PLACE),
            )
        ]
    )
    return t("intro-ask-place", coalition=coalition.name), InlineKeyboardMarkup(rows)


async def _coordinator_choice(
    context: BotContext, coalition: Coalition, button: Button
) -> str | Question | None:
    t = context.t
    schedule = await _schedule(context, coalition.id)
    weekday, at, active = schedule.weekday, schedule.at, schedule.active
    if button.action == "day":
        chosen = button.number(1)
        if chosen is None or not 0 <= chosen <= 6:
            rows = [
                [
                    InlineKeyboardButton(
                        weekday_name(d, t.language),
                        callback_data=button_data("day", coalition.id, d),
                    )
                ]
                for d in range(5)
            ]
            return t("intro-ask-day"), InlineKeyboardMarkup(rows)
        hours = [
            InlineKeyboardButton(
                f"{h:02d}:00", callback_data=button_data("at", coalition.id, chosen, f"{h:02d}00")
            )
            for h in HOURS
        ]
        rows = [hours[i : i + 5] for i in range(0, len(hours), 5)]
        return t("intro-ask-hour", day=weekday_name(chosen, t.language)), InlineKeyboardMarkup(rows)
    if button.action == "at":
        chosen_day, hhmm = button.number(1), button.values[2] if len(button.values) > 2 else ""
        if chosen_day is None or not 0 <= chosen_day <= 6 or not hhmm.isdigit() or len(hhmm) != 4:
            return t("button-stale")
        if int(hhmm[:2]) > 23 or int(hhmm[2:]) > 59:
            return t("button-stale")
        weekday, at, active = chosen_day, time(int(hhmm[:2]), int(hhmm[2:])), True
    else:
        active = button.action == "on"
    await context.db.introductions.set_schedule(
        coalition.id, weekday, at, active, context.who.user_id
    )
    context.services.introductions.wake_soon()
    return t("intro-rounds-saved")


def register(application: BotApplication) -> None:
    application.add_handler(CommandHandler(commands.MEET.names, show_introductions))
    application.add_handler(CallbackQueryHandler(on_button, pattern=r"^ik:"))
