"""/inloop_instellen (/dropin_setup): a coordinator schedules the weekly drop-in, changes it,
pauses or resumes it, skips one date (with a reason) or moves one date to another time.

Flow: [coalition] → menu (when a schedule exists) → either the questions weekday → time →
duration → link → title → reminders → confirm, or skip/move/undo of one date. /annuleren or
"Stoppen" ends it at any step and changes nothing. Buttons: "ds:<action>[:<value>]".
"""

import re
from dataclasses import replace
from datetime import date, datetime
from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.constants import ChatType
from telegram.ext import (
    CallbackQueryHandler,
    CommandHandler,
    ConversationHandler,
    MessageHandler,
    filters,
)

from handlers import commands
from handlers.context import BotApplication, BotContext
from handlers.dropin_view import day_text, schedule_summary, short_day_text, weekday_name, when_text
from handlers.identify import coordinated_coalitions
from rules.dropin import (
    DEFAULT_REMINDER_MINUTES,
    MAX_MOVE_DAYS,
    MAX_TITLE_LENGTH,
    Change,
    LinkProblem,
    Schedule,
    changes_since,
    check_move,
    check_skip,
    check_video_link,
    next_occurrence,
    occurrence_on,
    occurrences,
    parse_clock_time,
    parse_day_and_time,
    parse_duration,
    parse_reminders,
    parse_weekday,
)
from rules.screening import contains_bsn
from rules.texts import Html

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


def _draft(context: BotContext) -> dict[str, Any]:
    assert context.user_data is not None
    value: dict[str, Any] = context.user_data.setdefault(DRAFT_KEY, {})
    return value


def _button(update: Update) -> tuple[str, int | None] | None:
    query = update.callback_query
    match = _BUTTON.match(query.data or "") if query else None
    if match is None:
        return None
    return match.group(1), int(match.group(2)) if match.group(2) else None


def _stop_row(context: BotContext) -> list[InlineKeyboardButton]:
    return [InlineKeyboardButton(context.t("button-stop"), callback_data="ds:stop")]


async def _say(
    update: Update,
    context: BotContext,
    text: str,
    rows: list[list[InlineKeyboardButton]] | None = None,
) -> None:
    """A new message with the given buttons and always a stop button."""
    assert update.effective_chat is not None
    if update.callback_query is not None:
        await update.callback_query.answer()
    markup = InlineKeyboardMarkup([*(rows or []), _stop_row(context)])
    await context.bot.send_message(update.effective_chat.id, text, reply_markup=markup)


async def _end(update: Update, context: BotContext, text: str) -> int:
    assert context.user_data is not None and update.effective_chat is not None
    context.user_data.pop(DRAFT_KEY, None)
    if update.callback_query is not None:
        await update.callback_query.answer()
    await context.bot.send_message(update.effective_chat.id, text)
    return ConversationHandler.END


async def cancel(update: Update, context: BotContext) -> int:
    return await _end(update, context, context.t("setup-cancelled"))


async def start(update: Update, context: BotContext) -> int:
    message = update.effective_message
    assert message is not None and update.effective_chat is not None
    if update.effective_chat.type != ChatType.PRIVATE:
        await message.reply_text(context.t("setup-private-only"))
        return ConversationHandler.END
    coalitions = await coordinated_coalitions(context)
    if not coalitions:
        await message.reply_text(context.t("setup-not-coordinator"))
        return ConversationHandler.END
    assert context.user_data is not None
    context.user_data[DRAFT_KEY] = {}
    if len(coalitions) == 1:
        return await _enter(update, context, coalitions[0].id)
    rows = [[InlineKeyboardButton(c.name, callback_data=f"ds:c:{c.id}")] for c in coalitions]
    await _say(update, context, context.t("setup-choose-coalition"), rows)
    return COALITION


async def on_coalition(update: Update, context: BotContext) -> int:
    button = _button(update)
    if button is None or button[0] != "c" or button[1] is None:
        return await cancel(update, context)
    return await _enter(update, context, button[1])


async def _enter(update: Update, context: BotContext, coalition_id: int) -> int:
    coalition = await context.db.coalitions.get(coalition_id)
    if coalition is None or not context.who.is_coordinator(coalition_id):
        return await _end(update, context, context.t("setup-not-coordinator"))
    draft = _draft(context)
    draft.update(coalition_id=coalition.id, timezone=coalition.timezone, values={})
    schedule = await context.db.dropins.get(coalition.id)
    if schedule is None:
        return await _ask_weekday(update, context)
    draft["timezone"] = schedule.timezone
    draft["current"] = schedule
    t = context.t
    pause = ("button-pause", "pause") if schedule.active else ("button-resume", "resume")
    rows = [
        [
            InlineKeyboardButton(t("button-change"), callback_data="ds:change"),
            InlineKeyboardButton(t(pause[0]), callback_data=f"ds:{pause[1]}"),
        ],
        [
            InlineKeyboardButton(t("button-skip"), callback_data="ds:skip"),
            InlineKeyboardButton(t("button-move"), callback_data="ds:move"),
        ],
    ]
    changes = await _future_changes(context, schedule, coalition.id)
    text = t("setup-menu", coalition=coalition.name, summary=Html(schedule_summary(schedule, t)))
    if changes:
        rows.append([InlineKeyboardButton(t("button-undo"), callback_data="ds:undo")])
        text += "\n\n" + _changes_text(context, schedule, changes)
    await _say(update, context, text, rows)
    return MENU


async def _future_changes(
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


def _changes_text(context: BotContext, schedule: Schedule, changes: list[Change]) -> str:
    t = context.t
    lines = [t("setup-changes-header")]
    for change in changes:
        day = day_text(change.key, t.language)
        if change.skipped:
            reason = f" ({change.reason})" if change.reason else ""
            lines.append(t("setup-change-skipped", date=day, reason=reason))
        elif change.moved_to is not None:
            moved = f"{day_text(change.moved_to.date(), t.language)} {change.moved_to:%H:%M}"
            lines.append(t("setup-change-moved", date=day, when=moved))
    return "\n".join(lines)


async def on_menu(update: Update, context: BotContext) -> int:
    button = _button(update)
    action = button[0] if button else "stop"
    draft = _draft(context)
    schedule: Schedule | None = draft.get("current")
    if action == "stop" or schedule is None:
        return await cancel(update, context)
    if action == "change":
        return await _ask_weekday(update, context)
    if action in ("pause", "resume"):
        return await _set_active(update, context, schedule, action == "resume")
    if action in ("skip", "move"):
        return await _ask_date(update, context, schedule, action)
    if action == "undo":
        changes = await _future_changes(context, schedule, draft["coalition_id"])
        rows = [
            [
                InlineKeyboardButton(
                    short_day_text(c.key, context.language), callback_data=f"ds:d:{c.key:%Y%m%d}"
                )
            ]
            for c in changes
        ]
        await _say(update, context, context.t("setup-ask-undo"), rows)
        return UNDO
    assert update.callback_query is not None
    await update.callback_query.answer(context.t("button-stale"), show_alert=True)
    return MENU


async def _set_active(update: Update, context: BotContext, schedule: Schedule, on: bool) -> int:
    coalition_id = _draft(context)["coalition_id"]
    updated = replace(schedule, active=on)
    await context.db.dropins.save(coalition_id, updated)
    context.dropin_changed()
    if not on:
        return await _end(update, context, context.t("setup-paused"))
    return await _end(update, context, context.t("setup-resumed", next=await _next_text(context)))


async def _next_text(context: BotContext) -> str:
    coalition_id = _draft(context)["coalition_id"]
    schedule = await context.db.dropins.get(coalition_id)
    if schedule is None:
        return "-"
    now = context.clock.now()
    changes = await context.db.dropins.changes(coalition_id, since=changes_since(now))
    held = next_occurrence(schedule, changes, now, held_only=True)
    return when_text(held, schedule.zone, context.t) if held else "-"


# ---- the schedule questions -----------------------------------------------------------------


def _keep_row(context: BotContext, field: str, shown: str) -> list[list[InlineKeyboardButton]]:
    """When changing a schedule: a button that keeps the current value."""
    if _draft(context).get("current") is None:
        return []
    label = f"{context.t('button-keep')}: {shown}"[:60]
    return [[InlineKeyboardButton(label, callback_data=f"ds:keep{field}")]]


async def _ask_weekday(update: Update, context: BotContext) -> int:
    language = context.language
    days = [
        InlineKeyboardButton(weekday_name(d, language)[:2], callback_data=f"ds:wd:{d}")
        for d in range(7)
    ]
    current: Schedule | None = _draft(context).get("current")
    keep = _keep_row(context, "a", weekday_name(current.weekday, language)) if current else []
    await _say(update, context, context.t("setup-ask-weekday"), [days[:4], days[4:], *keep])
    return WEEKDAY


async def on_weekday(update: Update, context: BotContext) -> int:
    values = _draft(context)["values"]
    current: Schedule | None = _draft(context).get("current")
    button = _button(update)
    if button is not None:
        if button[0] == "stop":
            return await cancel(update, context)
        if button[0] == "keepa" and current:
            values["weekday"] = current.weekday
        elif button[0] == "wd" and button[1] is not None and 0 <= button[1] <= 6:
            values["weekday"] = button[1]
        else:
            assert update.callback_query is not None
            await update.callback_query.answer(context.t("button-stale"), show_alert=True)
            return WEEKDAY
    else:
        weekday = parse_weekday(_typed(update))
        if weekday is None:
            await _say(update, context, context.t("setup-bad-weekday"))
            return WEEKDAY
        values["weekday"] = weekday
    keep = _keep_row(context, "b", f"{current.start:%H:%M}") if current else []
    await _say(update, context, context.t("setup-ask-time"), keep)
    return START


def _typed(update: Update) -> str:
    message = update.effective_message
    return (message.text or "") if message else ""


async def on_start_time(update: Update, context: BotContext) -> int:
    values = _draft(context)["values"]
    current: Schedule | None = _draft(context).get("current")
    button = _button(update)
    if button is not None:
        if button[0] != "keepb" or current is None:
            return await cancel(update, context)
        values["start"] = current.start
    else:
        start_time = parse_clock_time(_typed(update))
        if start_time is None:
            await _say(update, context, context.t("setup-bad-time"))
            return START
        values["start"] = start_time
    rows = [
        [InlineKeyboardButton(f"{m} min", callback_data=f"ds:du:{m}") for m in DURATION_BUTTONS]
    ]
    keep = _keep_row(context, "c", f"{current.duration_minutes} min") if current else []
    await _say(update, context, context.t("setup-ask-duration"), rows + keep)
    return DURATION


async def on_duration(update: Update, context: BotContext) -> int:
    values = _draft(context)["values"]
    current: Schedule | None = _draft(context).get("current")
    button = _button(update)
    if button is not None:
        if button[0] == "keepc" and current:
            values["duration_minutes"] = current.duration_minutes
        elif button[0] == "du" and button[1] in DURATION_BUTTONS:
            values["duration_minutes"] = button[1]
        else:
            return await cancel(update, context)
    else:
        minutes = parse_duration(_typed(update))
        if minutes is None:
            await _say(update, context, context.t("setup-bad-duration"))
            return DURATION
        values["duration_minutes"] = minutes
    keep = _keep_row(context, "d", current.link) if current else []
    await _say(update, context, context.t("setup-ask-link"), keep)
    return LINK


async def on_link(update: Update, context: BotContext) -> int:
    values = _draft(context)["values"]
    current: Schedule | None = _draft(context).get("current")
    button = _button(update)
    if button is not None:
        if button[0] != "keepd" or current is None:
            return await cancel(update, context)
        values["link"] = current.link
    else:
        checked = check_video_link(_typed(update))
        if isinstance(checked, LinkProblem):
            key = (
                "setup-link-not-https"
                if checked is LinkProblem.NOT_HTTPS
                else "setup-link-malformed"
            )
            await _say(update, context, context.t(key))
            return LINK
        values["link"] = checked.url
    default = context.t("setup-default-title")
    rows = [[InlineKeyboardButton(default, callback_data="ds:title")]]
    keep = _keep_row(context, "e", current.title) if current else []
    await _say(update, context, context.t("setup-ask-title"), rows + keep)
    return TITLE


async def on_title(update: Update, context: BotContext) -> int:
    values = _draft(context)["values"]
    current: Schedule | None = _draft(context).get("current")
    button = _button(update)
    if button is not None:
        if button[0] == "title":
            values["title"] = context.t("setup-default-title")
        elif button[0] == "keepe" and current:
            values["title"] = current.title
        else:
            return await cancel(update, context)
    else:
        title = " ".join(_typed(update).split())
        if not title or len(title) > MAX_TITLE_LENGTH or contains_bsn(title):
            await _say(update, context, context.t("setup-bad-title", max=MAX_TITLE_LENGTH))
            return TITLE
        values["title"] = title
    rows = [[InlineKeyboardButton(context.t("button-default-reminders"), callback_data="ds:rem")]]
    await _say(update, context, context.t("setup-ask-reminders"), rows)
    return REMINDERS


async def on_reminders(update: Update, context: BotContext) -> int:
    draft = _draft(context)
    values = draft["values"]
    button = _button(update)
    if button is not None:
        if button[0] != "rem":
            return await cancel(update, context)
        values["reminder_minutes"] = DEFAULT_REMINDER_MINUTES
    else:
        minutes = parse_reminders(_typed(update))
        if minutes is None:
            await _say(update, context, context.t("setup-bad-reminders"))
            return REMINDERS
        values["reminder_minutes"] = minutes
    current: Schedule | None = draft.get("current")
    schedule = Schedule(
        timezone=draft["timezone"], active=current.active if current else True, **values
    )
    draft["new"] = schedule
    rows = [[InlineKeyboardButton(context.t("button-save"), callback_data="ds:save")]]
    summary = Html(schedule_summary(schedule, context.t))
    await _say(update, context, context.t("setup-confirm", summary=summary), rows)
    return CONFIRM


async def on_confirm(update: Update, context: BotContext) -> int:
    button = _button(update)
    draft = _draft(context)
    schedule: Schedule | None = draft.get("new")
    if button is None or button[0] != "save" or schedule is None:
        return await cancel(update, context)
    await context.db.dropins.save(draft["coalition_id"], schedule)
    context.dropin_changed()
    return await _end(update, context, context.t("setup-saved", next=await _next_text(context)))


# ---- one date: skip, move, undo -------------------------------------------------------------


async def _ask_date(update: Update, context: BotContext, schedule: Schedule, action: str) -> int:
    draft = _draft(context)
    now = context.clock.now()
    changes = await context.db.dropins.changes(draft["coalition_id"], since=changes_since(now))
    upcoming = [
        o for o in occurrences(schedule, changes, now, 6) if not o.skipped and o.starts_at > now
    ][:4]
    rows = [
        [
            InlineKeyboardButton(
                short_day_text(o.key, context.language), callback_data=f"ds:d:{o.key:%Y%m%d}"
            )
        ]
        for o in upcoming
    ]
    key = "setup-ask-skip-date" if action == "skip" else "setup-ask-move-date"
    await _say(update, context, context.t(key), rows)
    return SKIP_DATE if action == "skip" else MOVE_DATE


def _chosen_date(update: Update) -> date | None:
    button = _button(update)
    if button is None or button[0] != "d" or button[1] is None:
        return None
    try:
        return datetime.strptime(str(button[1]), "%Y%m%d").date()
    except ValueError:
        return None


async def on_skip_date(update: Update, context: BotContext) -> int:
    return await _on_date(update, context, "skip")


async def on_move_date(update: Update, context: BotContext) -> int:
    return await _on_date(update, context, "move")


async def _on_date(update: Update, context: BotContext, action: str) -> int:
    draft = _draft(context)
    key = _chosen_date(update)
    schedule: Schedule | None = draft.get("current")
    if key is None or schedule is None:
        return await cancel(update, context)
    if not check_skip(schedule, key, context.clock.now()):
        await _say(update, context, context.t("setup-date-past"))
        return SKIP_DATE if action == "skip" else MOVE_DATE
    draft["date"] = key
    if action == "skip":
        rows = [[InlineKeyboardButton(context.t("button-no-reason"), callback_data="ds:noreason")]]
        await _say(update, context, context.t("setup-ask-skip-reason"), rows)
        return SKIP_REASON
    await _say(update, context, context.t("setup-ask-move-to"))
    return MOVE_TO


async def on_skip_reason(update: Update, context: BotContext) -> int:
    draft = _draft(context)
    button = _button(update)
    reason: str | None = None
    if button is not None:
        if button[0] != "noreason":
            return await cancel(update, context)
    else:
        reason = " ".join(_typed(update).split())
        if len(reason) > MAX_REASON_LENGTH or contains_bsn(reason):
            await _say(update, context, context.t("setup-reason-too-long", max=MAX_REASON_LENGTH))
            return SKIP_REASON
    key: date = draft["date"]
    schedule: Schedule = draft["current"]
    if not check_skip(schedule, key, context.clock.now()):
        return await _end(update, context, context.t("setup-date-past"))
    change = Change(key, skipped=True, reason=reason or None)
    await context.db.dropins.set_change(draft["coalition_id"], change, context.who.user_id)
    context.dropin_changed()
    return await _end(
        update, context, context.t("setup-skipped", date=day_text(key, context.language))
    )


async def on_move_to(update: Update, context: BotContext) -> int:
    draft = _draft(context)
    key: date = draft["date"]
    schedule: Schedule = draft["current"]
    moved_to = parse_day_and_time(_typed(update), key)
    if moved_to is None or not check_move(schedule, key, moved_to, context.clock.now()):
        await _say(update, context, context.t("setup-bad-move", days=MAX_MOVE_DAYS))
        return MOVE_TO
    change = Change(key, skipped=False, moved_to=moved_to)
    await context.db.dropins.set_change(draft["coalition_id"], change, context.who.user_id)
    context.dropin_changed()
    when = f"{day_text(moved_to.date(), context.language)} {moved_to:%H:%M}"
    return await _end(
        update, context, context.t("setup-moved", date=day_text(key, context.language), when=when)
    )


async def on_undo(update: Update, context: BotContext) -> int:
    draft = _draft(context)
    key = _chosen_date(update)
    if key is None:
        return await cancel(update, context)
    await context.db.dropins.remove_change(draft["coalition_id"], key)
    context.dropin_changed()
    return await _end(
        update, context, context.t("setup-undone", date=day_text(key, context.language))
    )


def register(application: BotApplication) -> None:
    typed = filters.TEXT & ~filters.COMMAND
    buttons = r"^ds:"

    def both(callback: Any) -> list[Any]:
        return [MessageHandler(typed, callback), CallbackQueryHandler(callback, pattern=buttons)]

    application.add_handler(
        ConversationHandler(
            entry_points=[CommandHandler(commands.DROPIN_SETUP.names, start)],
            states={
                COALITION: [CallbackQueryHandler(on_coalition, pattern=buttons)],
                MENU: [CallbackQueryHandler(on_menu, pattern=buttons)],
                WEEKDAY: both(on_weekday),
                START: both(on_start_time),
                DURATION: both(on_duration),
                LINK: both(on_link),
                TITLE: both(on_title),
                REMINDERS: both(on_reminders),
                CONFIRM: [CallbackQueryHandler(on_confirm, pattern=buttons)],
                SKIP_DATE: [CallbackQueryHandler(on_skip_date, pattern=buttons)],
                SKIP_REASON: both(on_skip_reason),
                MOVE_DATE: [CallbackQueryHandler(on_move_date, pattern=buttons)],
                MOVE_TO: [
                    MessageHandler(typed, on_move_to),
                    CallbackQueryHandler(cancel, pattern=r"^ds:stop$"),
                ],
                UNDO: [CallbackQueryHandler(on_undo, pattern=buttons)],
            },
            fallbacks=[
                CommandHandler(commands.CANCEL.names, cancel),
                CallbackQueryHandler(cancel, pattern=r"^ds:stop$"),
            ],
            name="dropin_setup",
        )
    )
