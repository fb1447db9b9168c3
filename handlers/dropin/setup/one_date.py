"""/inloop_instellen: one date skipped (with an optional reason), moved, or the change undone."""

from datetime import date, datetime

from telegram import InlineKeyboardButton, Update

from handlers.core.context import BotContext
from handlers.dropin.setup.common import (
    MAX_REASON_LENGTH,
    MOVE_DATE,
    MOVE_TO,
    SKIP_DATE,
    SKIP_REASON,
    cancel,
    end,
    pressed_button,
    say,
    setup_draft,
    typed_text,
)
from rules.day_names import day_text, short_day_text
from rules.dropin import (
    MAX_MOVE_DAYS,
    Change,
    Schedule,
    changes_since,
    check_move,
    check_skip,
    occurrences,
)
from rules.dropin_input import parse_day_and_time
from rules.screening import contains_bsn


async def ask_date(update: Update, context: BotContext, schedule: Schedule, action: str) -> int:
    draft = setup_draft(context)
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
    await say(update, context, context.t(key), rows)
    return SKIP_DATE if action == "skip" else MOVE_DATE


def _chosen_date(update: Update) -> date | None:
    button = pressed_button(update)
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
    draft = setup_draft(context)
    key = _chosen_date(update)
    schedule: Schedule | None = draft.get("current")
    if key is None or schedule is None:
        return await cancel(update, context)
    if not check_skip(schedule, key, context.clock.now()):
        await say(update, context, context.t("setup-date-past"))
        return SKIP_DATE if action == "skip" else MOVE_DATE
    draft["date"] = key
    if action == "skip":
        rows = [[InlineKeyboardButton(context.t("button-no-reason"), callback_data="ds:noreason")]]
        await say(update, context, context.t("setup-ask-skip-reason"), rows)
        return SKIP_REASON
    await say(update, context, context.t("setup-ask-move-to"))
    return MOVE_TO


async def on_skip_reason(update: Update, context: BotContext) -> int:
    draft = setup_draft(context)
    button = pressed_button(update)
    reason: str | None = None
    if button is not None:
        if button[0] != "noreason":
            return await cancel(update, context)
    else:
        reason = " ".join(typed_text(update).split())
        if len(reason) > MAX_REASON_LENGTH or contains_bsn(reason):
            await say(update, context, context.t("setup-reason-too-long", max=MAX_REASON_LENGTH))
            return SKIP_REASON
    key: date = draft["date"]
    schedule: Schedule = draft["current"]
    if not check_skip(schedule, key, context.clock.now()):
        return await end(update, context, context.t("setup-date-past"))
    change = Change(key, skipped=True, reason=reason or None)
    await context.db.dropins.set_change(draft["coalition_id"], change, context.who.user_id)
    context.dropin_changed()
    return await end(
        update, context, context.t("setup-skipped", date=day_text(key, context.language))
    )


async def on_move_to(update: Update, context: BotContext) -> int:
    draft = setup_draft(context)
    key: date = draft["date"]
    schedule: Schedule = draft["current"]
    moved_to = parse_day_and_time(typed_text(update), key)
    if moved_to is None or not check_move(schedule, key, moved_to, context.clock.now()):
        await say(update, context, context.t("setup-bad-move", days=MAX_MOVE_DAYS))
        return MOVE_TO
    change = Change(key, skipped=False, moved_to=moved_to)
    await context.db.dropins.set_change(draft["coalition_id"], change, context.who.user_id)
    context.dropin_changed()
    when = f"{day_text(moved_to.date(), context.language)} {moved_to:%H:%M}"
    return await end(
        update, context, context.t("setup-moved", date=day_text(key, context.language), when=when)
    )


async def on_undo(update: Update, context: BotContext) -> int:
    draft = setup_draft(context)
    key = _chosen_date(update)
    if key is None:
        return await cancel(update, context)
    await context.db.dropins.remove_change(draft["coalition_id"], key, by=context.who.user_id)
    context.dropin_changed()
    return await end(
        update, context, context.t("setup-undone", date=day_text(key, context.language))
    )
