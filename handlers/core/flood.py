"""The one notice for someone over the flood limit (the rule: rules/flood.py; where it is
applied: bot/update_processor.py). Their update itself is not processed."""

from telegram import Update

from handlers.core.context import SERVICES_KEY, BotApplication, Services
from rules.texts import pick_language


async def send_flood_notice(application: BotApplication, update: Update) -> None:
    """A button tap gets the notice as a pop-up, a message a reply in the same chat; an
    inline query gets nothing (Telegram shows no text there)."""
    user = update.effective_user
    chat = update.effective_chat
    if user is None:
        return
    services: Services = application.bot_data[SERVICES_KEY]
    chosen, coalition = None, None
    if services.db is not None:
        chosen, _, coalition = await services.db.people.language_facts(user.id)
    language = pick_language(user.language_code, chosen, coalition)
    text = services.texts.get(language, "flood-notice")
    if update.callback_query is not None:
        await update.callback_query.answer(text, show_alert=True)
    elif chat is not None:
        await application.bot.send_message(chat.id, text)
