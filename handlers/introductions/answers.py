"""The buttons under an introduction ("Gepland 👍", "Lukt deze keer niet", the calendar file)
and under the check-back a week later ("Hebben jullie elkaar gesproken?"). Only the people in
the introduction may press them; the answers only count (the report shows no names)."""

from datetime import timedelta
from zoneinfo import ZoneInfo

from telegram import InputFile, Update
from telegram.error import TelegramError

from handlers.core.context import BotContext
from handlers.introductions.view import Button
from rules.calendar_file import calendar_event
from rules.introductions import TALK_MINUTES, proposed_slot
from rules.sending import Lane
from storage.introduction_outbox import Introduction, Met

ACTIONS = {"plan", "nn", "cal", "met"}
_MET: dict[str, Met] = {"yes": "yes", "no": "no", "not_yet": "not_yet"}


async def on_answer(update: Update, context: BotContext, button: Button) -> None:
    query = update.callback_query
    assert query is not None
    number = button.number(0)
    introduction = await context.db.introduction_outbox.get(number) if number is not None else None
    # Never trust the data: only someone in this introduction may answer for it.
    if introduction is None or context.who.user_id not in introduction.members:
        await query.answer(context.t("intro-not-yours"), show_alert=True)
        return
    user_id = context.who.user_id
    outbox = context.db.introduction_outbox
    if button.action == "plan":
        await outbox.answer(introduction.id, user_id, "planned")
        await query.answer(context.t("intro-planned-thanks"))
    elif button.action == "nn":
        changed = await outbox.answer(introduction.id, user_id, "not_now")
        await query.answer(context.t("intro-not-now-thanks"), show_alert=True)
        if changed:  # tapped again: the others heard it already
            await _tell_the_others(context, introduction)
    elif button.action == "cal":
        await _send_calendar(update, context, introduction)
    else:
        met = _MET.get(button.values[1] if len(button.values) > 1 else "")
        if met is None:
            await query.answer(context.t("button-stale"), show_alert=True)
            return
        await outbox.met(introduction.id, user_id, met)
        await query.answer()
        await query.edit_message_text(context.t(f"intro-met-thanks-{met}"))


async def _tell_the_others(context: BotContext, introduction: Introduction) -> None:
    """ "Lukt deze keer niet": no penalty, but the others should not wait for a message."""
    name = (await context.db.people.names([context.who.user_id])).get(context.who.user_id, "")
    for other in introduction.others(context.who.user_id):
        t = await context.t_for(other)
        try:
            await context.bot.send_message(
                other, t("intro-other-not-now", name=name), rate_limit_args=Lane.BULK
            )
        except TelegramError:
            continue  # they blocked the bot meanwhile: nothing to tell


async def _send_calendar(update: Update, context: BotContext, introduction: Introduction) -> None:
    query = update.callback_query
    assert query is not None
    coalition = await context.db.coalitions.get(introduction.coalition_id)
    zone = ZoneInfo(coalition.timezone if coalition else "Europe/Amsterdam")
    names = await context.db.people.names(list(introduction.members))
    others = [names.get(u, "?") for u in introduction.others(context.who.user_id)]
    slot = proposed_slot(introduction.round_at, zone)
    title = context.t("intro-ics-title", names=", ".join(others))
    ends = slot + timedelta(minutes=TALK_MINUTES)
    data = calendar_event(
        f"kennismaken-{introduction.id}", title, slot, ends, zone, context.clock.now()
    )
    await query.answer()
    await context.bot.send_document(
        context.who.user_id,
        InputFile(data, filename=f"kennismaken-{slot:%Y-%m-%d}.ics"),
        caption=context.t("intro-ics-caption"),
    )
