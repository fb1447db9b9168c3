"""`/acties ritme maandelijks` or `/acties ritme 15-03-2027`: a coordinator sets when the
status round (rounds.py) asks the owners of open actions how it goes."""

from telegram import Update

from handlers.core.context import BotContext
from rules.actions import parse_rhythm
from rules.day_names import day_text
from storage.coalitions import Coalition


async def set_rhythm(
    update: Update, context: BotContext, coalitions: list[Coalition], text: str
) -> None:
    """`/acties ritme maandelijks` or `/acties ritme 15-03-2027`: when owners are asked."""
    message = update.effective_message
    assert message is not None
    coordinated = [c for c in coalitions if context.who.is_coordinator(c.id)]
    if not coordinated:
        await message.reply_text(context.t("actions-rhythm-coordinators-only"))
        return
    rhythm = parse_rhythm(text, context.clock.now().date())
    if rhythm is None:
        await message.reply_text(context.t("actions-rhythm-usage"))
        return
    for coalition in coordinated:
        await context.db.action_rounds.set_rhythm(coalition.id, rhythm, context.who.user_id)
    names = ", ".join(c.name for c in coordinated)
    if rhythm.meeting_on is None:
        await message.reply_text(context.t("actions-rhythm-monthly", coalitions=names))
    else:
        day = day_text(rhythm.meeting_on, context.language)
        await message.reply_text(context.t("actions-rhythm-meeting", coalitions=names, date=day))
