"""/koppel (/link) in a group: a coordinator of the coalition who is also an admin of the group
links it (drop-in reminders are posted there) or unlinks it. The bot removed from a group
unlinks it; a group that becomes a supergroup keeps its link. Buttons: "lk:<id>", "lk:u"."""

import logging
import re

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.constants import ChatMemberStatus, ChatType
from telegram.ext import (
    CallbackQueryHandler,
    ChatMemberHandler,
    CommandHandler,
    MessageHandler,
    filters,
)

from handlers.core import commands
from handlers.core.context import BotApplication, BotContext
from handlers.core.identify import coordinated_coalitions
from storage.coalitions import Coalition

logger = logging.getLogger(__name__)

_BUTTON = re.compile(r"^lk:(u|\d{1,12})$")
_GROUP_ADMIN = (ChatMemberStatus.ADMINISTRATOR, ChatMemberStatus.OWNER)


async def _is_group_admin(context: BotContext, chat_id: int, user_id: int) -> bool:
    member = await context.bot.get_chat_member(chat_id, user_id)
    return member.status in _GROUP_ADMIN


async def link_command(update: Update, context: BotContext) -> None:
    message = update.effective_message
    chat = update.effective_chat
    assert message is not None and chat is not None
    if chat.type not in (ChatType.GROUP, ChatType.SUPERGROUP):
        await message.reply_text(context.t("link-groups-only"))
        return
    linked = await context.db.groups.get(chat.id)
    coordinated = await coordinated_coalitions(context)
    allowed = [c for c in coordinated if linked is None or c.id == linked.coalition_id]
    if not allowed:
        await message.reply_text(context.t("link-not-coordinator"))
        return
    if not await _is_group_admin(context, chat.id, context.who.user_id):
        await message.reply_text(context.t("link-not-group-admin"))
        return
    if linked is not None:
        unlink = InlineKeyboardButton(context.t("button-unlink"), callback_data="lk:u")
        await message.reply_text(
            context.t("link-already", coalition=allowed[0].name),
            reply_markup=InlineKeyboardMarkup([[unlink]]),
        )
        return
    if len(allowed) == 1:
        await _link(update, context, allowed[0])
        await message.reply_text(context.t("link-done", coalition=allowed[0].name))
        return
    keyboard = [[InlineKeyboardButton(c.name, callback_data=f"lk:{c.id}")] for c in allowed]
    await message.reply_text(
        context.t("link-choose-coalition"), reply_markup=InlineKeyboardMarkup(keyboard)
    )


async def _link(update: Update, context: BotContext, coalition: Coalition) -> None:
    chat = update.effective_chat
    assert chat is not None
    await context.db.groups.link(chat.id, coalition.id, chat.title or "", context.who.user_id)
    logger.info("Group %s linked to coalition %s by %s", chat.id, coalition.id, context.who.user_id)
    context.dropin_changed()


async def link_button(update: Update, context: BotContext) -> None:
    query = update.callback_query
    chat = update.effective_chat
    assert query is not None and chat is not None
    match = _BUTTON.match(query.data or "")
    linked = await context.db.groups.get(chat.id)
    if match is None:
        await query.answer(context.t("button-stale"), show_alert=True)
        return
    unlinking = match.group(1) == "u"
    target = (linked.coalition_id if linked else None) if unlinking else int(match.group(1))
    coalition = await context.db.coalitions.get(target) if target else None
    if coalition is None or not context.who.is_coordinator(coalition.id):
        await query.answer(context.t("link-not-coordinator"), show_alert=True)
        return
    if not await _is_group_admin(context, chat.id, context.who.user_id):
        await query.answer(context.t("link-not-group-admin"), show_alert=True)
        return
    await query.answer()
    if unlinking:
        await context.db.groups.unlink(chat.id)
        context.dropin_changed()
        await query.edit_message_text(context.t("link-removed", coalition=coalition.name))
    else:
        await _link(update, context, coalition)
        await query.edit_message_text(context.t("link-done", coalition=coalition.name))


async def membership_changed(update: Update, context: BotContext) -> None:
    """The bot was removed from a group (or the group was deleted): unlink it. In a private
    chat: the person blocked the bot (unreachable) or unblocked it."""
    change = update.my_chat_member
    if change is None:
        return
    if change.chat.type == ChatType.PRIVATE:
        if change.new_chat_member.status == ChatMemberStatus.BANNED:
            await context.db.people.unreachable(change.chat.id)
        else:
            await context.db.people.reachable(change.chat.id)
        return
    removed = change.new_chat_member.status in (ChatMemberStatus.LEFT, ChatMemberStatus.BANNED)
    if removed and await context.db.groups.unlink(change.chat.id):
        logger.info("Group %s unlinked: the bot was removed", change.chat.id)
        context.dropin_changed()


async def group_migrated(update: Update, context: BotContext) -> None:
    message = update.effective_message
    if message is not None and message.migrate_to_chat_id:
        await context.db.groups.moved(message.chat.id, message.migrate_to_chat_id)


def register(application: BotApplication) -> None:
    application.add_handler(CommandHandler(commands.LINK.names, link_command))
    application.add_handler(CallbackQueryHandler(link_button, pattern=r"^lk:"))
    application.add_handler(ChatMemberHandler(membership_changed, ChatMemberHandler.MY_CHAT_MEMBER))
    application.add_handler(MessageHandler(filters.StatusUpdate.MIGRATE, group_migrated))
