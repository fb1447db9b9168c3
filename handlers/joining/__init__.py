"""Joining: /start (and joining with an invite link), /help and /uitnodigen for coordinators
here; groups linked to a coalition (groups.py: /koppel, the bot added or removed)."""

from datetime import timedelta

from telegram import BotCommandScopeChat, InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import CallbackQueryHandler, CommandHandler

from handlers.core import commands
from handlers.core.coalition_choice import coalitions_to_coordinate
from handlers.core.context import BotApplication, BotContext
from handlers.core.identify import know_who
from handlers.directory.view import open_directory_row
from handlers.feedback.answering import open_link
from handlers.joining import groups
from rules.invites import (
    DEFAULT_INVITE_DAYS,
    DEFAULT_MEMBER_INVITE_USES,
    INVITE_CALLBACK_PREFIX,
    InviteStatus,
    invite_callback_data,
    invite_link,
    parse_invite_callback,
    parse_join_payload,
)
from rules.texts import Catalogue
from storage.coalitions import Coalition

_JOIN_REPLY = {
    InviteStatus.JOINED: "join-joined",
    InviteStatus.PROMOTED: "join-promoted",
    InviteStatus.ALREADY_MEMBER: "join-already",
    InviteStatus.UNKNOWN: "join-unknown",
    InviteStatus.EXPIRED: "join-expired",
    InviteStatus.USED_UP: "join-used-up",
}


def _coalition_names(names: list[str]) -> str:
    return ", ".join(names)


async def start(update: Update, context: BotContext) -> None:
    assert update.message is not None and update.effective_user is not None
    payload = context.args[0] if context.args else ""
    if payload.startswith("join_"):
        await join(update, context, payload)
        return
    if payload.startswith("fb_"):
        await open_link(update, context, payload.removeprefix("fb_"))
        return
    who = context.who
    name = update.effective_user.first_name
    if who.memberships:
        names = _coalition_names([m.coalition_name for m in who.memberships])
        await update.message.reply_text(context.t("start-known", name=name, coalitions=names))
    elif who.is_admin:
        await update.message.reply_text(context.t("start-admin", name=name))
    else:
        await update.message.reply_text(context.t("start-stranger", name=name))


async def join(update: Update, context: BotContext, payload: str) -> None:
    assert update.message is not None
    code = parse_join_payload(payload)
    user_id = context.who.user_id
    redemption = await context.db.invites.redeem(code, user_id) if code else None
    status = redemption.status if redemption else InviteStatus.UNKNOWN
    coalition = (
        await context.db.coalitions.get(redemption.coalition_id)
        if redemption and redemption.coalition_id is not None
        else None
    )
    role = redemption.role if redemption and redemption.role else "member"
    joined = status in (InviteStatus.JOINED, InviteStatus.PROMOTED)
    if joined:  # their rights, and their language if their new coalition speaks another
        person = await context.db.people.get(user_id)
        telegram_language = update.effective_user.language_code if update.effective_user else None
        await know_who(context, user_id, telegram_language, person.language if person else None)
    await update.message.reply_text(
        context.t(
            _JOIN_REPLY[status],
            coalition=coalition.name if coalition else "",
            role=context.t(f"role-{role}"),
        )
    )
    if joined and role == "coordinator":
        person = await context.db.people.get(user_id)
        chosen = person.language if person else None
        scope = BotCommandScopeChat(user_id)
        await commands.set_menu_for_scope(
            context.bot, context.texts, scope, coordinator=True, chosen=chosen
        )


def help_text(context: BotContext) -> str:
    who = context.who
    t = context.t
    if not who.memberships and not who.is_admin:
        return t("help-stranger")
    parts: list[str] = []
    if who.memberships:
        names = _coalition_names([m.coalition_name for m in who.memberships])
        parts.append(t("help-member", coalitions=names, bot=context.bot.username))
    if who.coordinated:
        names = _coalition_names([m.coalition_name for m in who.coordinated])
        parts.append(t("help-coordinator", coalitions=names))
    if who.is_admin:
        parts.append(t("help-admin"))
    return "\n\n".join(parts)


async def show_help(update: Update, context: BotContext) -> None:
    assert update.message is not None
    private = update.effective_chat is not None and update.effective_chat.id > 0
    member = bool(context.who.memberships) or context.who.is_admin
    guide = open_directory_row(context.t, context.config.miniapp_url) if private and member else []
    markup = InlineKeyboardMarkup([guide]) if guide else None
    await update.message.reply_text(help_text(context), reply_markup=markup)


async def make_invite(context: BotContext, coalition: Coalition, t: Catalogue) -> str:
    invite = await context.db.invites.create(
        coalition.id,
        role="member",
        max_uses=DEFAULT_MEMBER_INVITE_USES,
        valid_for=timedelta(days=DEFAULT_INVITE_DAYS),
        created_by=context.who.user_id,
    )
    return t(
        "invite-created",
        coalition=coalition.name,
        role=t("role-member"),
        link=invite_link(context.bot.username, invite.code),
        days=DEFAULT_INVITE_DAYS,
        uses=DEFAULT_MEMBER_INVITE_USES,
    )


async def invite(update: Update, context: BotContext) -> None:
    assert update.message is not None
    coalitions = await coalitions_to_coordinate(
        update,
        context,
        private_only="invite-private-only",
        not_coordinator="invite-no-coalitions" if context.who.is_admin else "invite-not-allowed",
    )
    if not coalitions:
        return
    if len(coalitions) == 1:
        await update.message.reply_text(await make_invite(context, coalitions[0], context.t))
        return
    keyboard = [
        [InlineKeyboardButton(c.name, callback_data=invite_callback_data(c.id))] for c in coalitions
    ]
    await update.message.reply_text(
        context.t("invite-choose-coalition"), reply_markup=InlineKeyboardMarkup(keyboard)
    )


async def invite_chosen(update: Update, context: BotContext) -> None:
    query = update.callback_query
    assert query is not None
    coalition_id = parse_invite_callback(query.data)
    coalition = await context.db.coalitions.get(coalition_id) if coalition_id else None
    # The button's data is never trusted for rights: check the sender again.
    if coalition is None or not context.who.is_coordinator(coalition.id):
        await query.answer(context.t("button-stale"), show_alert=True)
        return
    await query.answer()
    await query.edit_message_text(await make_invite(context, coalition, context.t))


def register(application: BotApplication) -> None:
    groups.register(application)
    application.add_handler(CommandHandler(commands.START.names, start))
    application.add_handler(CommandHandler(commands.HELP.names, show_help))
    application.add_handler(CommandHandler(commands.INVITE.names, invite))
    application.add_handler(
        CallbackQueryHandler(invite_chosen, pattern=f"^{INVITE_CALLBACK_PREFIX}")
    )
