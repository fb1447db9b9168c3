"""Ask the network (issue 23): /netwerkvraag, the answers, and the sender that delivers the
questions within the weekly cap (sender.py). Asking and answering are one conversation, so a
person is in one of them at a time: starting the one ends the other."""

from telegram import Update
from telegram.ext import CallbackQueryHandler, CommandHandler, ConversationHandler

from handlers.core import commands
from handlers.core.context import BotApplication, BotContext
from handlers.network_questions import answering, asking


async def cancel(update: Update, context: BotContext) -> int:
    """/annuleren: whatever was being written is dropped, nothing sent."""
    assert context.user_data is not None
    context.user_data.pop(asking.DRAFT_KEY, None)
    context.user_data.pop(answering.ANSWER_KEY, None)
    if update.effective_message is not None:
        await update.effective_message.reply_text(context.t("network-cancelled"))
    return ConversationHandler.END


def register(application: BotApplication) -> None:
    application.add_handler(
        ConversationHandler(
            entry_points=[asking.entry(), answering.entry()],
            states={**asking.states(), **answering.states()},
            fallbacks=[CommandHandler(commands.CANCEL.names, cancel)],
            name="network_questions",
            allow_reentry=True,
        )
    )
    application.add_handler(CallbackQueryHandler(asking.on_own_question, pattern=r"^nv:[sg]:"))
