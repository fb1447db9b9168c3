"""/omroep (/broadcast): a coordinator writes an announcement (formatting kept; a photo or
document may come with it), chooses the audience, sees a preview exactly as recipients will
and the recipient count, then sends or cancels. /instellingen (/settings): announcements on
or off. Buttons: "oc:<coalition|all>", "oa:<audience>", "ov:<role|place>:<key>", "og:<0|1>"
in the conversation; "om:ok|no|stop:<id>" and "om:mute" after it; "st:a" in settings."""

import logging
import re
from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.error import BadRequest
from telegram.ext import (
    CallbackQueryHandler,
    CommandHandler,
    ConversationHandler,
    MessageHandler,
    filters,
)

from handlers.announcements.sender import send_announcement
from handlers.core import commands
from handlers.core.coalition_choice import coalition_buttons, coalitions_to_coordinate
from handlers.core.context import BotApplication, BotContext
from handlers.core.identify import coordinated_coalitions
from rules.announcements import (
    MAX_CAPTION,
    MAX_PARTS,
    MAX_TEXT,
    parse_button,
    split_paragraphs,
    valid_audience,
)
from storage.announcements import Announcement

logger = logging.getLogger(__name__)

COALITION, TEXT, AUDIENCE, AUDIENCE_VALUE, GROUPS = range(5)
DRAFT_KEY = "announcement"
_CHOICE = re.compile(r"^o([cagv]):([\w:-]{1,80})$")


def _draft(context: BotContext) -> dict[str, Any]:
    assert context.user_data is not None
    value: dict[str, Any] = context.user_data.setdefault(DRAFT_KEY, {})
    return value


def _choice(update: Update) -> tuple[str, str] | None:
    query = update.callback_query
    match = _CHOICE.match(query.data or "") if query else None
    return (match.group(1), match.group(2)) if match else None


async def _say(
    update: Update,
    context: BotContext,
    text: str,
    rows: list[list[InlineKeyboardButton]] | None = None,
) -> None:
    assert update.effective_chat is not None
    if update.callback_query is not None:
        await update.callback_query.answer()
    markup = InlineKeyboardMarkup(rows) if rows else None
    await context.bot.send_message(update.effective_chat.id, text, reply_markup=markup)


async def start(update: Update, context: BotContext) -> int:
    assert context.user_data is not None
    coalitions = await coalitions_to_coordinate(
        update,
        context,
        private_only="announce-private-only",
        not_coordinator="announce-not-coordinator",
    )
    if not coalitions:
        return ConversationHandler.END
    context.user_data[DRAFT_KEY] = {}
    if len(coalitions) == 1:
        _draft(context)["coalitions"] = (coalitions[0].id,)
        await _say(update, context, context.t("announce-ask-text"))
        return TEXT
    rows = coalition_buttons(((c.id, c.name) for c in coalitions), "oc:")
    if context.who.is_admin:
        rows.append(
            [InlineKeyboardButton(context.t("button-all-coalitions"), callback_data="oc:all")]
        )
    await _say(update, context, context.t("announce-choose-coalition"), rows)
    return COALITION


async def on_coalition(update: Update, context: BotContext) -> int:
    choice = _choice(update)
    allowed = {c.id for c in await coordinated_coalitions(context)}
    if choice is None or choice[0] != "c":
        return await cancel(update, context)
    if choice[1] == "all" and context.who.is_admin:
        chosen = tuple(sorted(allowed))
    elif choice[1].isdigit() and int(choice[1]) in allowed:
        chosen = (int(choice[1]),)
    else:
        return await cancel(update, context)
    _draft(context)["coalitions"] = chosen
    await _say(update, context, context.t("announce-ask-text"))
    return TEXT


async def on_text(update: Update, context: BotContext) -> int:
    message = update.effective_message
    assert message is not None
    draft = _draft(context)
    media_kind: str | None = None
    media_file_id: str | None = None
    if message.photo:
        media_kind, media_file_id = "photo", message.photo[-1].file_id
    elif message.document:
        media_kind, media_file_id = "document", message.document.file_id
    html = (message.caption_html if media_kind else message.text_html) or ""
    if not media_kind and not any(c.isalnum() for c in html):
        await message.reply_text(context.t("announce-empty"))
        return TEXT
    if media_kind and len(message.caption or "") > MAX_CAPTION:
        await message.reply_text(
            context.t(
                "announce-caption-too-long", max=MAX_CAPTION, length=len(message.caption or "")
            )
        )
        return TEXT
    parts = [html] if media_kind else split_paragraphs(html)
    if parts is None:
        await message.reply_text(
            context.t(
                "announce-too-long", length=len(message.text or ""), parts=MAX_PARTS, max=MAX_TEXT
            )
        )
        return TEXT
    draft.update(parts=[p for p in parts if p], media_kind=media_kind, media_file_id=media_file_id)
    t = context.t
    rows = [
        [InlineKeyboardButton(t("button-audience-all"), callback_data="oa:all")],
        [InlineKeyboardButton(t("button-audience-coordinators"), callback_data="oa:coordinators")],
        [
            InlineKeyboardButton(t("button-audience-role"), callback_data="oa:role"),
            InlineKeyboardButton(t("button-audience-place"), callback_data="oa:place"),
        ],
    ]
    await _say(update, context, t("announce-ask-audience"), rows)
    return AUDIENCE


async def on_audience(update: Update, context: BotContext) -> int:
    choice = _choice(update)
    if choice is None or choice[0] != "a":
        return await cancel(update, context)
    draft = _draft(context)
    if choice[1] in ("all", "coordinators"):
        draft["audience"] = choice[1]
        return await _ask_groups(update, context)
    if choice[1] not in ("role", "place"):
        return await cancel(update, context)
    values = await context.db.partners.member_listing_keys(draft["coalitions"], choice[1])
    if not values:
        await _say(update, context, context.t("announce-no-listings"))
        return AUDIENCE
    rows = [
        [InlineKeyboardButton(shown, callback_data=f"ov:{choice[1]}:{key}")]
        for key, shown in values[:30]
    ]
    key = "announce-ask-role" if choice[1] == "role" else "announce-ask-place"
    await _say(update, context, context.t(key), rows)
    return AUDIENCE_VALUE


async def on_audience_value(update: Update, context: BotContext) -> int:
    choice = _choice(update)
    audience = choice[1] if choice is not None and choice[0] == "v" else ""
    if not audience.startswith(("role:", "place:")) or not valid_audience(audience):
        return await cancel(update, context)
    _draft(context)["audience"] = audience
    return await _ask_groups(update, context)


async def _ask_groups(update: Update, context: BotContext) -> int:
    draft = _draft(context)
    groups = [g for c in draft["coalitions"] for g in await context.db.groups.of_coalition(c)]
    if not groups:
        draft["with_groups"] = False
        return await _preview(update, context)
    t = context.t
    rows = [
        [
            InlineKeyboardButton(t("button-yes"), callback_data="og:1"),
            InlineKeyboardButton(t("button-no"), callback_data="og:0"),
        ]
    ]
    await _say(update, context, t("announce-ask-groups", count=len(groups)), rows)
    return GROUPS


async def on_groups(update: Update, context: BotContext) -> int:
    choice = _choice(update)
    if choice is None or choice[0] != "g":
        return await cancel(update, context)
    _draft(context)["with_groups"] = choice[1] == "1"
    return await _preview(update, context)


async def _preview(update: Update, context: BotContext) -> int:
    """Send it to the coordinator exactly as recipients get it, then ask to confirm."""
    assert update.effective_chat is not None and context.user_data is not None
    draft = context.user_data.pop(DRAFT_KEY)
    if update.callback_query is not None:
        await update.callback_query.answer()
    announcement = await context.db.announcements.draft(
        context.who.user_id,
        tuple(draft["coalitions"]),
        draft["audience"],
        draft["with_groups"],
        draft["parts"],
        draft["media_kind"],
        draft["media_file_id"],
    )
    chat_id = update.effective_chat.id
    await context.bot.send_message(chat_id, context.t("announce-preview-header"))
    try:
        await send_announcement(context.bot, announcement, chat_id, None)
    except BadRequest as error:
        await context.db.announcements.delete_draft(announcement.id)
        await context.bot.send_message(
            chat_id, context.t("announce-preview-failed", error=error.message)
        )
        return ConversationHandler.END
    recipients = await context.db.announcements.recipients(
        announcement.coalition_ids,
        announcement.audience,
        announcement.with_groups,
        announcement.created_by,
    )
    groups = sum(1 for c in recipients if c < 0)
    t = context.t
    text = t(
        "announce-confirm",
        people=len(recipients) - groups,
        groups=t("announce-confirm-groups", groups=groups) if groups else "",
    )
    send = InlineKeyboardButton(t("button-send"), callback_data=f"om:ok:{announcement.id}")
    drop = InlineKeyboardButton(t("button-cancel"), callback_data=f"om:no:{announcement.id}")
    rows = [[send, drop]]
    await context.bot.send_message(chat_id, text, reply_markup=InlineKeyboardMarkup(rows))
    return ConversationHandler.END


async def cancel(update: Update, context: BotContext) -> int:
    assert context.user_data is not None and update.effective_chat is not None
    context.user_data.pop(DRAFT_KEY, None)
    if update.callback_query is not None:
        await update.callback_query.answer()
    await context.bot.send_message(update.effective_chat.id, context.t("announce-cancelled"))
    return ConversationHandler.END


# ---- after the preview: send, cancel, stop, mute --------------------------------------------


async def on_button(update: Update, context: BotContext) -> None:
    query = update.callback_query
    assert query is not None
    button = parse_button(query.data)
    if button is None:
        await query.answer(context.t("button-stale"), show_alert=True)
        return
    if button.action == "mute":
        await context.db.people.set_announcements(context.who.user_id, False)
        await query.answer(context.t("announce-muted"), show_alert=True)
        return
    assert button.announcement_id is not None
    announcement = await context.db.announcements.get(button.announcement_id)
    if announcement is None:
        await query.answer(context.t("announce-already"), show_alert=True)
        return
    # The button's data is never trusted: only the author acts on an announcement.
    if announcement.created_by != context.who.user_id or not _still_coordinator(
        context, announcement
    ):
        await query.answer(context.t("announce-not-yours"), show_alert=True)
        return
    if button.action == "ok":
        await _confirm(update, context, announcement)
    elif button.action == "no":
        deleted = await context.db.announcements.delete_draft(announcement.id)
        await query.answer()
        if deleted:
            await query.edit_message_text(context.t("announce-cancelled"))
    elif button.action == "stop":
        stopped = await context.db.announcements.stop(announcement.id)
        await query.answer(context.t("announce-stopping" if stopped else "announce-already"))
        if stopped:
            # The deliveries already under way finish first, so the report counts them.
            context.services.announcements.halt(announcement.id)
            await context.services.announcements.wait(announcement.id)
            await context.services.announcements.show_progress(announcement.id)


def _still_coordinator(context: BotContext, announcement: Announcement) -> bool:
    return all(context.who.is_coordinator(c) for c in announcement.coalition_ids)


async def _confirm(update: Update, context: BotContext, announcement: Announcement) -> None:
    query = update.callback_query
    assert query is not None and isinstance(query.message, Message)
    total = await context.db.announcements.confirm(
        announcement, query.message.chat.id, query.message.message_id
    )
    if total is None:  # pressed twice, or cancelled: nothing more is sent
        await query.answer(context.t("announce-already"), show_alert=True)
        return
    await query.answer()
    logger.info(
        "Announcement %s confirmed by %s for %d chats", announcement.id, context.who.user_id, total
    )
    await context.services.announcements.show_progress(announcement.id)
    context.services.announcements.launch(announcement.id)


def register(application: BotApplication) -> None:
    typed = (filters.TEXT & ~filters.COMMAND) | filters.PHOTO | filters.Document.ALL
    choices = r"^o[cagv]:"
    application.add_handler(
        ConversationHandler(
            entry_points=[CommandHandler(commands.BROADCAST.names, start)],
            states={
                COALITION: [CallbackQueryHandler(on_coalition, pattern=choices)],
                TEXT: [MessageHandler(typed & filters.ChatType.PRIVATE, on_text)],
                AUDIENCE: [CallbackQueryHandler(on_audience, pattern=choices)],
                AUDIENCE_VALUE: [CallbackQueryHandler(on_audience_value, pattern=choices)],
                GROUPS: [CallbackQueryHandler(on_groups, pattern=choices)],
            },
            fallbacks=[CommandHandler(commands.CANCEL.names, cancel)],
            name="broadcast",
        )
    )
    application.add_handler(CallbackQueryHandler(on_button, pattern=r"^om:"))
