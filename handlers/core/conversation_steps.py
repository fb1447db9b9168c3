"""What the multi-step conversations share in how they are wired."""

from typing import Any

from telegram.ext import BaseHandler, CallbackQueryHandler, MessageHandler, filters

TYPED = filters.TEXT & ~filters.COMMAND


def typed_or_tapped(callback: Any, buttons: str) -> list[BaseHandler[Any, Any, Any]]:
    """A step that takes a typed answer or a tap on one of its buttons (`buttons`: the
    pattern of the conversation's callback data)."""
    return [MessageHandler(TYPED, callback), CallbackQueryHandler(callback, pattern=buttons)]
