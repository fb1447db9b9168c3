"""Ask the network (issue 23): /netwerkvraag, the answers, /instellingen' switch, and the
sender that delivers questions within the weekly cap."""

from telegram.ext import CallbackQueryHandler

from handlers.context import BotApplication
from handlers.network_questions import answering, asking


def register(application: BotApplication) -> None:
    application.add_handler(asking.conversation())
    application.add_handler(answering.conversation())
    application.add_handler(CallbackQueryHandler(asking.on_own_question, pattern=r"^nv:[sg]:"))
