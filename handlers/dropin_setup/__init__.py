"""/inloop_instellen (/dropin_setup): a coordinator schedules the weekly drop-in, changes it,
pauses or resumes it, skips one date (with a reason) or moves one date to another time.

Flow (dropin_setup.mmd beside this file): [coalition] → menu (when a schedule exists) → either
the questions weekday → time → duration → link → title → reminders → confirm (schedule.py), or
skip/move/undo of one date (one_date.py). /annuleren or "Stoppen" ends it at any step and
changes nothing. Buttons: "ds:<action>[:<value>]".
"""

from typing import Any

from telegram.ext import (
    CallbackQueryHandler,
    CommandHandler,
    ConversationHandler,
    MessageHandler,
    filters,
)

from handlers import commands
from handlers.context import BotApplication
from handlers.dropin_setup.common import (
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
from handlers.dropin_setup.menu import on_coalition, on_menu, start
from handlers.dropin_setup.one_date import (
    on_move_date,
    on_move_to,
    on_skip_date,
    on_skip_reason,
    on_undo,
)
from handlers.dropin_setup.schedule import (
    on_confirm,
    on_duration,
    on_link,
    on_reminders,
    on_start_time,
    on_title,
    on_weekday,
)


def register(application: BotApplication) -> None:
    typed = filters.TEXT & ~filters.COMMAND
    buttons = r"^ds:"

    def both(callback: Any) -> list[Any]:
        return [MessageHandler(typed, callback), CallbackQueryHandler(callback, pattern=buttons)]

    application.add_handler(
        ConversationHandler(
            entry_points=[CommandHandler(commands.DROPIN_SETUP.names, start)],
            states={
                COALITION: [CallbackQueryHandler(on_coalition, pattern=buttons)],
                MENU: [CallbackQueryHandler(on_menu, pattern=buttons)],
                WEEKDAY: both(on_weekday),
                START: both(on_start_time),
                DURATION: both(on_duration),
                LINK: both(on_link),
                TITLE: both(on_title),
                REMINDERS: both(on_reminders),
                CONFIRM: [CallbackQueryHandler(on_confirm, pattern=buttons)],
                SKIP_DATE: [CallbackQueryHandler(on_skip_date, pattern=buttons)],
                SKIP_REASON: both(on_skip_reason),
                MOVE_DATE: [CallbackQueryHandler(on_move_date, pattern=buttons)],
                MOVE_TO: [
                    MessageHandler(typed, on_move_to),
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
