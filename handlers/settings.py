"""/instellingen (/settings): a member turns announcements off or on again. Button: "st:a"."""

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import CallbackQueryHandler, CommandHandler

from handlers import commands
from handlers.context import BotApplication, BotContext


async def settings_card(context: BotContext) -> tuple[str, InlineKeyboardMarkup]:
    person = await context.db.people.get(context.who.user_id)
    on = person is None or not person.announcements_off
    t = context.t
    state = t("settings-announcements-on" if on else "settings-announcements-off")
    button = InlineKeyboardButton(
        t("button-announcements-off" if on else "button-announcements-on"), callback_data="st:a"
    )
    # The introductions have their own card (handlers/introductions.py): "ik:open:0" opens it.
    meet = InlineKeyboardButton(t("button-settings-meet"), callback_data="ik:open:0")
    return t("settings-text", announcements=state), InlineKeyboardMarkup([[button], [meet]])


async def show_settings(update: Update, context: BotContext) -> None:
    assert update.effective_message is not None
    text, markup = await settings_card(context)
    await update.effective_message.reply_text(text, reply_markup=markup)


async def toggle_announcements(update: Update, context: BotContext) -> None:
    query = update.callback_query
    assert query is not None
    person = await context.db.people.get(context.who.user_id)
    on = person is not None and person.announcements_off  # turn on when it was off
    await context.db.people.set_announcements(context.who.user_id, on)
    await query.answer()
    text, markup = await settings_card(context)
    await query.edit_message_text(text, reply_markup=markup)


def register(application: BotApplication) -> None:
    application.add_handler(CommandHandler(commands.SETTINGS.names, show_settings))
    application.add_handler(CallbackQueryHandler(toggle_announcements, pattern=r"^st:a$"))
