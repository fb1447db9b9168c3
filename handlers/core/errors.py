"""The one error handler: log with context first (never message text), then tell the user."""

import contextlib
import logging

from telegram import Update
from telegram.error import BadRequest, NetworkError, TelegramError

from handlers.core.context import BotApplication, BotContext
from handlers.core.delivery import already_shown

logger = logging.getLogger(__name__)


def update_kind(update: Update) -> str:
    """Which field of the update is set (message, callback_query, …)."""
    for name in (
        "message",
        "edited_message",
        "callback_query",
        "inline_query",
        "my_chat_member",
        "chat_member",
        "channel_post",
        "poll_answer",
    ):
        if getattr(update, name, None) is not None:
            return name
    return "other"


async def on_error(update: object, context: BotContext) -> None:
    if isinstance(context.error, TelegramError) and already_shown(context.error):
        # A button tapped twice: the message already shows what the tap asked for.
        logger.info("The message already showed that: %s", context.error)
        if isinstance(update, Update) and update.callback_query is not None:
            with contextlib.suppress(TelegramError):
                await update.callback_query.answer()  # stops the button's spinner
        return
    context.services.vitals.last_error_at = context.clock.now()
    if not isinstance(update, Update):
        logger.error("Unhandled error outside an update", exc_info=context.error)
        return
    chat_id = update.effective_chat.id if update.effective_chat else None
    user_id = update.effective_user.id if update.effective_user else None
    if isinstance(context.error, NetworkError) and not isinstance(context.error, BadRequest):
        # The way to Telegram failed (or its answer was lost): an apology would take the same
        # way, and the reply may even have arrived. Telegram resends what we did not confirm.
        logger.warning(
            "Network trouble in update %s (kind=%s chat=%s user=%s): %s",
            update.update_id,
            update_kind(update),
            chat_id,
            user_id,
            context.error,
        )
        return
    logger.error(
        "Unhandled error in update %s (kind=%s chat=%s user=%s)",
        update.update_id,
        update_kind(update),
        chat_id,
        user_id,
        exc_info=context.error,
    )
    if chat_id is None:
        return
    try:
        if update.callback_query is not None:
            await update.callback_query.answer()
        await context.bot.send_message(chat_id, context.t("error-generic"))
    except TelegramError as error:
        logger.warning("Could not tell chat %s about the error: %s", chat_id, error)


def register(application: BotApplication) -> None:
    application.add_error_handler(on_error)
