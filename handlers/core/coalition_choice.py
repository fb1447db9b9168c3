"""Choosing a coalition at the start of a conversation, the same way in /inloop_instellen,
/omroep, /evenement and /aanmelden: asked in a private chat, skipped when there is only one
coalition to choose, otherwise one button per coalition."""

from collections.abc import Iterable

from telegram import InlineKeyboardButton, Update
from telegram.constants import ChatType

from handlers.core.context import BotContext
from handlers.core.identify import coordinated_coalitions
from storage.coalitions import Coalition


async def coalitions_to_coordinate(
    update: Update, context: BotContext, *, private_only: str, not_coordinator: str
) -> list[Coalition]:
    """The coalitions a coordinator's conversation may act on; empty, after saying why (the
    texts `private_only` or `not_coordinator`), in a group or for someone who coordinates none."""
    message = update.effective_message
    assert message is not None and update.effective_chat is not None
    if update.effective_chat.type != ChatType.PRIVATE:
        await message.reply_text(context.t(private_only))
        return []
    coalitions = await coordinated_coalitions(context)
    if not coalitions:
        await message.reply_text(context.t(not_coordinator))
    return coalitions


def coalition_buttons(
    choices: Iterable[tuple[int, str]], prefix: str
) -> list[list[InlineKeyboardButton]]:
    """One row per (id, name); a tap sends "<prefix><id>"."""
    return [[InlineKeyboardButton(name, callback_data=f"{prefix}{id_}")] for id_, name in choices]
