"""/inloop_instellen: the schedule questions, weekday → time → duration → link → title →
reminders → confirm. When changing a schedule, each question has a button to keep the value."""

from telegram import InlineKeyboardButton, Update

from handlers.core.context import BotContext
from handlers.dropin.setup.common import (
    CONFIRM,
    DURATION,
    DURATION_BUTTONS,
    LINK,
    REMINDERS,
    START,
    TITLE,
    WEEKDAY,
    cancel,
    end,
    next_text,
    pressed_button,
    say,
    setup_draft,
    typed_text,
)
from handlers.dropin.view import schedule_summary
from rules.day_names import weekday_name
from rules.dropin import DEFAULT_REMINDER_MINUTES, MAX_TITLE_LENGTH, Schedule
from rules.dropin_input import (
    LinkProblem,
    check_video_link,
    parse_clock_time,
    parse_duration,
    parse_reminders,
    parse_weekday,
)
from rules.screening import contains_bsn
from rules.texts import Html


def _keep_row(context: BotContext, field: str, shown: str) -> list[list[InlineKeyboardButton]]:
    """When changing a schedule: a button that keeps the current value."""
    if setup_draft(context).get("current") is None:
        return []
    label = f"{context.t('button-keep')}: {shown}"[:60]
    return [[InlineKeyboardButton(label, callback_data=f"ds:keep{field}")]]


async def ask_weekday(update: Update, context: BotContext) -> int:
    language = context.language
    days = [
        InlineKeyboardButton(weekday_name(d, language)[:2], callback_data=f"ds:wd:{d}")
        for d in range(7)
    ]
    current: Schedule | None = setup_draft(context).get("current")
    keep = _keep_row(context, "a", weekday_name(current.weekday, language)) if current else []
    await say(update, context, context.t("setup-ask-weekday"), [days[:4], days[4:], *keep])
    return WEEKDAY


async def on_weekday(update: Update, context: BotContext) -> int:
    values = setup_draft(context)["values"]
    current: Schedule | None = setup_draft(context).get("current")
    button = pressed_button(update)
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
        weekday = parse_weekday(typed_text(update))
        if weekday is None:
            await say(update, context, context.t("setup-bad-weekday"))
            return WEEKDAY
        values["weekday"] = weekday
    keep = _keep_row(context, "b", f"{current.start:%H:%M}") if current else []
    await say(update, context, context.t("setup-ask-time"), keep)
    return START


async def on_start_time(update: Update, context: BotContext) -> int:
    values = setup_draft(context)["values"]
    current: Schedule | None = setup_draft(context).get("current")
    button = pressed_button(update)
    if button is not None:
        if button[0] != "keepb" or current is None:
            return await cancel(update, context)
        values["start"] = current.start
    else:
        start_time = parse_clock_time(typed_text(update))
        if start_time is None:
            await say(update, context, context.t("setup-bad-time"))
            return START
        values["start"] = start_time
    rows = [
        [InlineKeyboardButton(f"{m} min", callback_data=f"ds:du:{m}") for m in DURATION_BUTTONS]
    ]
    keep = _keep_row(context, "c", f"{current.duration_minutes} min") if current else []
    await say(update, context, context.t("setup-ask-duration"), rows + keep)
    return DURATION


async def on_duration(update: Update, context: BotContext) -> int:
    values = setup_draft(context)["values"]
    current: Schedule | None = setup_draft(context).get("current")
    button = pressed_button(update)
    if button is not None:
        if button[0] == "keepc" and current:
            values["duration_minutes"] = current.duration_minutes
        elif button[0] == "du" and button[1] in DURATION_BUTTONS:
            values["duration_minutes"] = button[1]
        else:
            return await cancel(update, context)
    else:
        minutes = parse_duration(typed_text(update))
        if minutes is None:
            await say(update, context, context.t("setup-bad-duration"))
            return DURATION
        values["duration_minutes"] = minutes
    keep = _keep_row(context, "d", current.link) if current else []
    await say(update, context, context.t("setup-ask-link"), keep)
    return LINK


async def on_link(update: Update, context: BotContext) -> int:
    values = setup_draft(context)["values"]
    current: Schedule | None = setup_draft(context).get("current")
    button = pressed_button(update)
    if button is not None:
        if button[0] != "keepd" or current is None:
            return await cancel(update, context)
        values["link"] = current.link
    else:
        checked = check_video_link(typed_text(update))
        if isinstance(checked, LinkProblem):
            key = (
                "setup-link-not-https"
                if checked is LinkProblem.NOT_HTTPS
                else "setup-link-malformed"
            )
            await say(update, context, context.t(key))
            return LINK
        values["link"] = checked.url
    default = context.t("setup-default-title")
    rows = [[InlineKeyboardButton(default, callback_data="ds:title")]]
    keep = _keep_row(context, "e", current.title) if current else []
    await say(update, context, context.t("setup-ask-title"), rows + keep)
    return TITLE


async def on_title(update: Update, context: BotContext) -> int:
    values = setup_draft(context)["values"]
    current: Schedule | None = setup_draft(context).get("current")
    button = pressed_button(update)
    if button is not None:
        if button[0] == "title":
            values["title"] = context.t("setup-default-title")
        elif button[0] == "keepe" and current:
            values["title"] = current.title
        else:
            return await cancel(update, context)
    else:
        title = " ".join(typed_text(update).split())
        if not title or len(title) > MAX_TITLE_LENGTH or contains_bsn(title):
            await say(update, context, context.t("setup-bad-title", max=MAX_TITLE_LENGTH))
            return TITLE
        values["title"] = title
    rows = [[InlineKeyboardButton(context.t("button-default-reminders"), callback_data="ds:rem")]]
    await say(update, context, context.t("setup-ask-reminders"), rows)
    return REMINDERS


async def on_reminders(update: Update, context: BotContext) -> int:
    draft = setup_draft(context)
    values = draft["values"]
    button = pressed_button(update)
    if button is not None:
        if button[0] != "rem":
            return await cancel(update, context)
        values["reminder_minutes"] = DEFAULT_REMINDER_MINUTES
    else:
        minutes = parse_reminders(typed_text(update))
        if minutes is None:
            await say(update, context, context.t("setup-bad-reminders"))
            return REMINDERS
        values["reminder_minutes"] = minutes
    current: Schedule | None = draft.get("current")
    schedule = Schedule(
        timezone=draft["timezone"], active=current.active if current else True, **values
    )
    draft["new"] = schedule
    rows = [[InlineKeyboardButton(context.t("button-save"), callback_data="ds:save")]]
    summary = Html(schedule_summary(schedule, context.t))
    await say(update, context, context.t("setup-confirm", summary=summary), rows)
    return CONFIRM


async def on_confirm(update: Update, context: BotContext) -> int:
    button = pressed_button(update)
    draft = setup_draft(context)
    schedule: Schedule | None = draft.get("new")
    if button is None or button[0] != "save" or schedule is None:
        return await cancel(update, context)
    await context.db.dropins.save(draft["coalition_id"], schedule, by=context.who.user_id)
    context.dropin_changed()
    return await end(update, context, context.t("setup-saved", next=await next_text(context)))
