"""What asking and answering share while someone writes: the text typed (or, after *Dit is
een collega*, the text typed before), and the screen before anyone else sees it."""

from telegram import Update

from handlers.core.context import BotContext
from handlers.network_questions.view import Draft, details_warning, parse_asking
from rules.screening import screen


async def typed_text(update: Update, draft: Draft) -> str | None:
    """The text to screen: as typed, or the text held for its names when *Dit is een
    collega* was tapped (those names then count as colleagues); None for any other tap."""
    query = update.callback_query
    if query is None:
        assert update.message is not None
        return (update.message.text or "").strip()
    await query.answer()
    return draft.confirm_colleagues() if parse_asking(query.data) == ("col", "", None) else None


async def passes_screen(context: BotContext, chat_id: int, draft: Draft, text: str) -> bool:
    """True when nothing points to a client; otherwise the writer hears why (a BSN refused,
    or the words found, held in the draft for *Dit is een collega*) and nothing is kept."""
    screening = screen(text, context.clock.now().date(), draft.colleagues)
    if screening.bsn:
        await context.bot.send_message(chat_id, context.t("network-bsn"))
        return False
    if screening.details:
        draft.typed, draft.found = text, [f.words for f in screening.details]
        warning, markup = details_warning(context.t, list(screening.details))
        await context.bot.send_message(chat_id, warning, reply_markup=markup)
        return False
    return True
