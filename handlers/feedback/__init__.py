"""Feedback: answering (answering.py: one tap 1 to 5, then one optional sentence),
/feedback, /evenement (event.py: a link and QR code for a one-off meeting) and /rapport
(report.py: coordinators' summary, trend chart, CSV). Buttons: "fb:<session>:<rating>",
"fs:<session>" (skip the comment), "ev:<coalition>", "rp:<action>:<coalition>".
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
from handlers.feedback.answering import (
    COMMENT,
    COMMENT_WAIT_SECONDS,
    end_comment,
    latest,
    on_comment,
    on_rating,
    on_skip,
)
from handlers.feedback.event import (
    EVENT_COALITION,
    EVENT_DATE,
    EVENT_TITLE,
    event_cancel,
    event_coalition,
    event_date,
    event_start,
    event_title,
)


def register(application: BotApplication) -> None:
    private_text = filters.TEXT & ~filters.COMMAND & filters.ChatType.PRIVATE
    application.add_handler(
        ConversationHandler(
            entry_points=[CallbackQueryHandler(on_rating, pattern=r"^fb:")],
            states={
                COMMENT: [
                    MessageHandler(private_text, on_comment),
                    CallbackQueryHandler(on_skip, pattern=r"^fs:"),
                    CallbackQueryHandler(on_rating, pattern=r"^fb:"),
                ]
            },
            fallbacks=[CommandHandler(commands.CANCEL.names, end_comment)],
            name="feedback",
            allow_reentry=True,
            # A sentence typed hours later is not meant as a comment any more.
            conversation_timeout=COMMENT_WAIT_SECONDS,
        )
    )
    application.add_handler(CallbackQueryHandler(on_skip, pattern=r"^fs:"))
    application.add_handler(
        ConversationHandler(
            entry_points=[CommandHandler(commands.EVENT.names, event_start)],
            states={
                EVENT_COALITION: [CallbackQueryHandler(event_coalition, pattern=r"^ev:")],
                EVENT_TITLE: [MessageHandler(private_text, event_title)],
                EVENT_DATE: [MessageHandler(private_text, event_date)],
            },
            fallbacks=[CommandHandler(commands.CANCEL.names, event_cancel)],
            name="event",
        )
    )
    application.add_handler(CommandHandler(commands.FEEDBACK.names, latest))
