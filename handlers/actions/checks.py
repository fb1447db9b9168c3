"""What the agenda's chat handlers share: whose agenda it is, and whether a typed text may
be kept."""

from telegram import Update

from handlers.core.context import BotContext
from handlers.core.identify import member_coalitions
from handlers.core.screening import found_words
from rules.actions import title_problem
from rules.screening import screen
from storage.coalitions import Coalition


async def agenda_coalitions(update: Update, context: BotContext) -> list[Coalition]:
    """The person's coalitions; none, after saying so, for someone in no coalition."""
    coalitions = await member_coalitions(context)
    if not coalitions:
        assert update.effective_message is not None
        await update.effective_message.reply_text(context.t("actions-not-member"))
    return coalitions


async def why_not_kept(context: BotContext, text: str, limit: int) -> str | None:
    """Why the text cannot be kept (a message), or None: its form, then the screen."""
    if problem := title_problem(text, limit):
        return context.t(problem, max=limit)
    screening = screen(text, context.clock.now().date())
    if screening.bsn:
        return context.t("actions-bsn")
    if screening.details:
        return context.t("actions-details", words=found_words(context.t, screening.details))
    return None
