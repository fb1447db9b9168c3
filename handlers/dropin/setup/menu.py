"""/inloop_instellen: choosing the coalition, and the menu for a schedule that exists
(change, pause or resume, skip or move one date, undo a change)."""

from dataclasses import replace

from telegram import InlineKeyboardButton, Update
from telegram.ext import ConversationHandler

from handlers.core.coalition_choice import coalition_buttons, coalitions_to_coordinate
from handlers.core.context import BotContext
from handlers.dropin.setup.common import (
    COALITION,
    DRAFT_KEY,
    MENU,
    UNDO,
    cancel,
    end,
    future_changes,
    next_text,
    pressed_button,
    say,
    setup_draft,
)
from handlers.dropin.setup.one_date import ask_date
from handlers.dropin.setup.schedule import ask_weekday
from handlers.dropin.view import schedule_summary
from rules.day_names import day_text, short_day_text
from rules.dropin import Change, Schedule
from rules.texts import Html


async def start(update: Update, context: BotContext) -> int:
    coalitions = await coalitions_to_coordinate(
        update, context, private_only="setup-private-only", not_coordinator="setup-not-coordinator"
    )
    if not coalitions:
        return ConversationHandler.END
    assert context.user_data is not None
    context.user_data[DRAFT_KEY] = {}
    if len(coalitions) == 1:
        return await enter(update, context, coalitions[0].id)
    rows = coalition_buttons(((c.id, c.name) for c in coalitions), "ds:c:")
    await say(update, context, context.t("setup-choose-coalition"), rows)
    return COALITION


async def on_coalition(update: Update, context: BotContext) -> int:
    button = pressed_button(update)
    if button is None or button[0] != "c" or button[1] is None:
        return await cancel(update, context)
    return await enter(update, context, button[1])


async def enter(update: Update, context: BotContext, coalition_id: int) -> int:
    coalition = await context.db.coalitions.get(coalition_id)
    if coalition is None or not context.who.is_coordinator(coalition_id):
        return await end(update, context, context.t("setup-not-coordinator"))
    draft = setup_draft(context)
    draft.update(coalition_id=coalition.id, timezone=coalition.timezone, values={})
    schedule = await context.db.dropins.get(coalition.id)
    if schedule is None:
        return await ask_weekday(update, context)
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
    changes = await future_changes(context, schedule, coalition.id)
    text = t("setup-menu", coalition=coalition.name, summary=Html(schedule_summary(schedule, t)))
    if changes:
        rows.append([InlineKeyboardButton(t("button-undo"), callback_data="ds:undo")])
        text += "\n\n" + _changes_text(context, schedule, changes)
    await say(update, context, text, rows)
    return MENU


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
    button = pressed_button(update)
    action = button[0] if button else "stop"
    draft = setup_draft(context)
    schedule: Schedule | None = draft.get("current")
    if action == "stop" or schedule is None:
        return await cancel(update, context)
    if action == "change":
        return await ask_weekday(update, context)
    if action in ("pause", "resume"):
        return await _set_active(update, context, schedule, action == "resume")
    if action in ("skip", "move"):
        return await ask_date(update, context, schedule, action)
    if action == "undo":
        changes = await future_changes(context, schedule, draft["coalition_id"])
        rows = [
            [
                InlineKeyboardButton(
                    short_day_text(c.key, context.language), callback_data=f"ds:d:{c.key:%Y%m%d}"
                )
            ]
            for c in changes
        ]
        await say(update, context, context.t("setup-ask-undo"), rows)
        return UNDO
    assert update.callback_query is not None
    await update.callback_query.answer(context.t("button-stale"), show_alert=True)
    return MENU


async def _set_active(update: Update, context: BotContext, schedule: Schedule, on: bool) -> int:
    coalition_id = setup_draft(context)["coalition_id"]
    updated = replace(schedule, active=on)
    await context.db.dropins.save(coalition_id, updated, by=context.who.user_id)
    context.dropin_changed()
    if not on:
        return await end(update, context, context.t("setup-paused"))
    return await end(update, context, context.t("setup-resumed", next=await next_text(context)))
