"""Coordinators keep the directory: /partners (listings.py), CSV upload with preview
(csv_import.py), approvals, rejections with a reason and edits (review.py), and how a listing
looks to them (cards.py).

Callback data: see ADMIN_ACTIONS in handlers/directory_view.py. Every button is checked against
the sender's rights again; an uploaded file waits in user_data as a draft until confirmed.
"""

from telegram.ext import (
    CallbackQueryHandler,
    CommandHandler,
    ConversationHandler,
    MessageHandler,
    filters,
)

from handlers import commands
from handlers.context import BotApplication
from handlers.partners_admin.csv_import import on_document
from handlers.partners_admin.listings import on_admin_button, overview
from handlers.partners_admin.review import (
    EDIT_VALUE,
    REJECT_REASON,
    cancel_edit,
    cancel_reject,
    finish_edit,
    finish_reject,
    start_edit,
    start_reject,
)


def register(application: BotApplication) -> None:
    application.add_handler(CommandHandler(commands.PARTNERS.names, overview))
    application.add_handler(
        ConversationHandler(
            entry_points=[CallbackQueryHandler(start_reject, pattern=r"^pr:")],
            states={
                REJECT_REASON: [
                    MessageHandler(filters.TEXT & ~filters.COMMAND, finish_reject),
                    CommandHandler(["overslaan", "skip"], finish_reject),
                ]
            },
            fallbacks=[CommandHandler(list(commands.CANCEL.names), cancel_reject)],
            name="reject_partner",
        )
    )
    application.add_handler(
        ConversationHandler(
            entry_points=[CallbackQueryHandler(start_edit, pattern=r"^pg:")],
            states={EDIT_VALUE: [MessageHandler(filters.TEXT & ~filters.COMMAND, finish_edit)]},
            fallbacks=[CommandHandler(list(commands.CANCEL.names), cancel_edit)],
            name="edit_partner",
        )
    )
    application.add_handler(CallbackQueryHandler(on_admin_button, pattern=r"^p[vetikxacshf]:"))
    application.add_handler(
        MessageHandler(filters.Document.ALL & filters.ChatType.PRIVATE, on_document)
    )
