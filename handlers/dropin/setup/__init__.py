"""/inloop_instellen (/dropin_setup): a coordinator schedules the weekly drop-in, changes it,
pauses or resumes it, skips one date (with a reason) or moves one date to another time.

Flow (dropin_setup.mmd beside this file): [coalition] → menu (when a schedule exists) → either
the questions weekday → time → duration → link → title → reminders → confirm (schedule.py), or
skip/move/undo of one date (one_date.py). /annuleren or "Stoppen" ends it at any step and
changes nothing. Buttons: "ds:<action>[:<value>]".
"""

from telegram.ext import CallbackQueryHandler, CommandHandler, ConversationHandler, MessageHandler

from handlers.core import commands
from handlers.core.context import BotApplication
from handlers.core.conversation_steps import TYPED, typed_or_tapped
from handlers.dropin.setup.common import (
    COALITION,
    CONFIRM,
    DURATION,
    LINK,
    MENU,
    MOVE_DATE,
    MOVE_TO,
    REMINDERS,
    SKIP_DATE,
    SKIP_REASON,
    START,
    TITLE,
    UNDO,
    WEEKDAY,
    cancel,
)
from handlers.dropin.setup.menu import on_coalition, on_menu, start
from handlers.dropin.setup.one_date import (
    on_move_date,
    on_move_to,
    on_skip_date,
    on_skip_reason,
    on_undo,
)
from handlers.dropin.setup.schedule import (
    on_confirm,
    on_duration,
    on_link,
    on_reminders,
    on_start_time,
    on_title,
    on_weekday,
)


def register(application: BotApplication) -> None:
    buttons = r"^ds:"

    application.add_handler(
        ConversationHandler(
            entry_points=[CommandHandler(commands.DROPIN_SETUP.names, start)],
            states={
                COALITION: [CallbackQueryHandler(on_coalition, pattern=buttons)],
                MENU: [CallbackQueryHandler(on_menu, pattern=buttons)],
                WEEKDAY: typed_or_tapped(on_weekday, buttons),
                START: typed_or_tapped(on_start_time, buttons),
                DURATION: typed_or_tapped(on_duration, buttons),
                LINK: typed_or_tapped(on_link, buttons),
                TITLE: typed_or_tapped(on_title, buttons),
                REMINDERS: typed_or_tapped(on_reminders, buttons),
                CONFIRM: [CallbackQueryHandler(on_confirm, pattern=buttons)],
                SKIP_DATE: [CallbackQueryHandler(on_skip_date, pattern=buttons)],
                SKIP_REASON: typed_or_tapped(on_skip_reason, buttons),
                MOVE_DATE: [CallbackQueryHandler(on_move_date, pattern=buttons)],
                MOVE_TO: [
                    MessageHandler(TYPED, on_move_to),
                    CallbackQueryHandler(cancel, pattern=r"^ds:stop$"),
                ],
                UNDO: [CallbackQueryHandler(on_undo, pattern=buttons)],
            },
            fallbacks=[
                CommandHandler(commands.CANCEL.names, cancel),
                CallbackQueryHandler(cancel, pattern=r"^ds:stop$"),
            ],
            name="dropin_setup",
        )
    )
