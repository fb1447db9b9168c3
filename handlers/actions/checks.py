"""What the agenda's chat handlers share: whether a typed text may be kept."""

from handlers.core.context import BotContext
from handlers.core.screening import found_words
from rules.actions import title_problem
from rules.screening import screen


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
