"""/instellingen (/settings): announcements off or on again, and the language a person reads
(Nederlands, English, Frysk), network questions off or on. Buttons: "st:a" (announcements),
"st:n" (network questions), "st:l:<language>"."""

import re

from telegram import BotCommandScopeChat, InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import CallbackQueryHandler, CommandHandler

from handlers.core import commands
from handlers.core.context import BotApplication, BotContext
from rules.texts import LANGUAGES

_LANGUAGE_BUTTON = re.compile(r"^st:l:([a-z]{2})$")


async def settings_card(context: BotContext) -> tuple[str, InlineKeyboardMarkup]:
    person = await context.db.people.get(context.who.user_id)
    on = person is None or not person.announcements_off
    t = context.t
    state = t("settings-announcements-on" if on else "settings-announcements-off")
    button = InlineKeyboardButton(
        t("button-announcements-off" if on else "button-announcements-on"), callback_data="st:a"
    )
    # Each language is named in itself, so a person who cannot read this one finds their own.
    languages = [
        InlineKeyboardButton(
            ("✓ " if language == t.language else "") + context.texts.get(language, "language-name"),
            callback_data=f"st:l:{language}",
        )
        for language in LANGUAGES
    ]
    # The introductions have their own card (handlers/introductions/): "ik:open:0" opens it.
    meet = InlineKeyboardButton(t("button-settings-meet"), callback_data="ik:open:0")
    network_on = person is None or not person.network_questions_off
    network = InlineKeyboardButton(
        t("button-network-off" if network_on else "button-network-on"), callback_data="st:n"
    )
    network_state = t("settings-network-on" if network_on else "settings-network-off")
    text = t(
        "settings-text", announcements=state, current=t("language-name"), network=network_state
    )
    return text, InlineKeyboardMarkup([[button], [network], languages, [meet]])


async def show_settings(update: Update, context: BotContext) -> None:
    assert update.effective_message is not None
    text, markup = await settings_card(context)
    await update.effective_message.reply_text(text, reply_markup=markup)


async def toggle(update: Update, context: BotContext) -> None:
    """ "st:a" announcements, "st:n" network questions: on when it was off, else off."""
    query = update.callback_query
    assert query is not None
    user_id = context.who.user_id
    person = await context.db.people.get(user_id)
    if query.data == "st:n":
        on = person is not None and person.network_questions_off
        await context.db.people.set_network_questions(user_id, on)
    else:
        on = person is not None and person.announcements_off
        await context.db.people.set_announcements(user_id, on)
    await query.answer()
    text, markup = await settings_card(context)
    await query.edit_message_text(text, reply_markup=markup)


async def choose_language(update: Update, context: BotContext) -> None:
    """Their own choice wins over Telegram's language, from this reply on; their command menu
    follows (a menu for their chat alone)."""
    query = update.callback_query
    assert query is not None
    match = _LANGUAGE_BUTTON.match(query.data or "")
    if match is None or match.group(1) not in LANGUAGES:
        await query.answer(context.t("button-stale"), show_alert=True)
        return
    language = match.group(1)
    user_id = context.who.user_id
    await context.db.people.set_language(user_id, language)
    context.language = language
    await query.answer(context.t("settings-language-saved"))
    text, markup = await settings_card(context)
    await query.edit_message_text(text, reply_markup=markup)
    coordinator = context.who.coordinates_any or context.who.is_admin
    await commands.set_menu_for_scope(
        context.bot,
        context.texts,
        BotCommandScopeChat(user_id),
        coordinator=coordinator,
        chosen=language,
    )


def register(application: BotApplication) -> None:
    application.add_handler(CommandHandler(commands.SETTINGS.names, show_settings))
    application.add_handler(CallbackQueryHandler(toggle, pattern=r"^st:[an]$"))
    application.add_handler(CallbackQueryHandler(choose_language, pattern=r"^st:l:"))
