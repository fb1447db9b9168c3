"""The partners who make up the directory: a professional lists themselves with /aanmelden
(registration.py); coordinators keep the directory with /partners (listings.py), CSV upload
with preview (csv_import.py), approvals, rejections with a reason and edits (review.py), how a
listing looks to them (cards.py) and the coverage of roles per municipality (coverage.py); the
Mini App's own-listing tab and the dashboard's approvals, coverage and directory management
(web.py, web_admin.py).

Callback data: see ADMIN_ACTIONS in cards.py. Every button is checked against the sender's
rights again; an uploaded file waits in user_data as a draft until confirmed.
"""

from telegram.ext import (
    CallbackQueryHandler,
    CommandHandler,
    ConversationHandler,
    MessageHandler,
    filters,
)

from handlers.core import commands
from handlers.core.context import BotApplication
from handlers.partners import registration
from handlers.partners.csv_import import on_document
from handlers.partners.listings import on_admin_button, overview
from handlers.partners.review import (
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
    registration.register(application)
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
