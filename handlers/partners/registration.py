"""/aanmelden (/register): a professional puts (or edits) their own listing, pending approval.

Flow (registration.mmd beside this file): [coalition] → name → organisation → role →
municipality → contact → experience (may be skipped) → consent. /annuleren ends it at any
step and stores nothing. Callback data: "ar:c:<coalition>", "ar:r:<role key>", "ar:m:<index>",
"ar:keep", "ar:skip", "ar:yes", "ar:no".
"""

import logging
import re
from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.constants import ChatType
from telegram.ext import (
    CallbackQueryHandler,
    CommandHandler,
    ConversationHandler,
)

from handlers.core import commands
from handlers.core.coalition_choice import coalition_buttons
from handlers.core.context import BotApplication, BotContext
from handlers.core.conversation_steps import typed_or_tapped
from handlers.directory.view import card
from handlers.partners.cards import tell_coordinators
from rules.contacts import split_contact
from rules.partner_csv import MAX_LENGTH, check_partner
from rules.roles_vocabulary import role_vocabulary
from rules.screening import contains_bsn
from rules.texts import Html

logger = logging.getLogger(__name__)

COALITION, NAME, ORGANISATION, ROLE, MUNICIPALITY, CONTACT, EXPERIENCE, CONSENT = range(8)
DRAFT_KEY = "registration"
ROLE_BUTTONS = (
    "verloskundige",
    "kraamzorg",
    "jgz",
    "huisarts",
    "wijkteam",
    "schuldhulpverlening",
    "gezinswerker",
    "jeugdzorg",
    "ervaringsdeskundige",
    "ggd",
)
_CALLBACK = re.compile(r"^ar:(c|r|m|keep|skip|yes|no)(?::([a-z0-9-]{1,30}))?$")


def draft(context: BotContext) -> dict[str, Any]:
    value: dict[str, Any] = context.user_data.setdefault(DRAFT_KEY, {})  # type: ignore[union-attr]
    return value


def parse_callback(data: str | None) -> tuple[str, str | None] | None:
    match = _CALLBACK.match(data or "")
    return (match.group(1), match.group(2)) if match else None


def keep_button(context: BotContext, field: str) -> list[InlineKeyboardButton]:
    current = draft(context).get("current", {}).get(field)
    return (
        [InlineKeyboardButton(context.t("button-keep"), callback_data="ar:keep")] if current else []
    )


async def ask(
    update: Update,
    context: BotContext,
    key: str,
    field: str,
    rows: list[list[InlineKeyboardButton]] | None = None,
) -> None:
    """Ask one question; show the current value and a keep button when editing."""
    text = context.t(key)
    current = draft(context).get("current", {}).get(field)
    if current:
        text += "\n" + context.t("register-current", value=current)
    keyboard = [*(rows or [])]
    if keep := keep_button(context, field):
        keyboard.append(keep)
    assert update.effective_chat is not None
    await context.bot.send_message(
        update.effective_chat.id,
        text,
        reply_markup=InlineKeyboardMarkup(keyboard) if keyboard else None,
    )


async def start(update: Update, context: BotContext) -> int:
    assert update.message is not None and update.effective_chat is not None
    if update.effective_chat.type != ChatType.PRIVATE:
        await update.message.reply_text(context.t("register-private-only"))
        return ConversationHandler.END
    memberships = context.who.memberships
    if not memberships:
        await update.message.reply_text(context.t("register-not-member"))
        return ConversationHandler.END
    context.user_data[DRAFT_KEY] = {}  # type: ignore[index]
    await update.message.reply_text(context.t("register-intro"))
    if len(memberships) == 1:
        return await chosen_coalition(update, context, memberships[0].coalition_id)
    buttons = coalition_buttons(((m.coalition_id, m.coalition_name) for m in memberships), "ar:c:")
    await update.message.reply_text(
        context.t("register-choose-coalition"), reply_markup=InlineKeyboardMarkup(buttons)
    )
    return COALITION


async def chosen_coalition(update: Update, context: BotContext, coalition_id: int) -> int:
    if not context.who.is_member(coalition_id):
        return await cancel(update, context)
    state = draft(context)
    state["coalition_id"] = coalition_id
    state["values"] = {}
    existing = [
        p
        for p in await context.db.partners.of_user(context.who.user_id)
        if p.coalition_id == coalition_id
    ]
    if existing:
        data = existing[0].data
        contact = " ".join(x for x in (data.phone, data.email) if x)
        state["current"] = {
            "name": data.name,
            "organisation": data.organisation,
            "role": data.role,
            "municipality": data.municipality,
            "contact": contact,
            "experience": data.experience,
        }
        state["current_data"] = {"phone": data.phone, "email": data.email}
        # Fields /aanmelden does not ask for stay as they are (a coordinator may have set them).
        state["values"] = {
            "neighbourhood": data.neighbourhood,
            "website": data.website,
            "keywords": data.keywords,
            "external_id": data.external_id or "",
        }
        assert update.effective_chat is not None
        await context.bot.send_message(update.effective_chat.id, context.t("register-editing"))
    await ask(update, context, "register-ask-name", "name")
    return NAME


async def on_coalition_button(update: Update, context: BotContext) -> int:
    query = update.callback_query
    assert query is not None
    await query.answer()
    parsed = parse_callback(query.data)
    if parsed is None or parsed[0] != "c" or not (parsed[1] or "").isdigit():
        return COALITION
    return await chosen_coalition(update, context, int(parsed[1] or 0))


async def text_answer(update: Update, context: BotContext, field: str) -> str | None:
    """The typed answer for a plain text field, or None (after saying why) to ask again."""
    assert update.message is not None
    text = (update.message.text or "").strip()
    limit = MAX_LENGTH[field]
    if not text or len(text) > limit:
        await update.message.reply_text(context.t("register-bad-text", limit=limit))
        return None
    if contains_bsn(text):
        await update.message.reply_text(context.t("register-bsn"))
        return None
    return text


async def keep(update: Update, context: BotContext, field: str) -> bool:
    """True when the keep button was tapped and the current value is kept."""
    query = update.callback_query
    if query is None:
        return False
    await query.answer()
    current = draft(context).get("current", {}).get(field)
    if not (parse_callback(query.data) == ("keep", None) and current):
        return False
    draft(context)["values"][field] = current
    return True


async def on_name(update: Update, context: BotContext) -> int:
    if not await keep(update, context, "name"):
        if update.message is None or (value := await text_answer(update, context, "name")) is None:
            return NAME
        draft(context)["values"]["name"] = value
    await ask(update, context, "register-ask-organisation", "organisation")
    return ORGANISATION


async def on_organisation(update: Update, context: BotContext) -> int:
    if not await keep(update, context, "organisation"):
        value = await text_answer(update, context, "organisation") if update.message else None
        if value is None:
            return ORGANISATION
        draft(context)["values"]["organisation"] = value
    vocabulary = role_vocabulary()
    rows = []
    for key in ROLE_BUTTONS:
        role = vocabulary.get(key)
        if role is not None:
            rows.append(
                [InlineKeyboardButton(role.name_in(context.language), callback_data=f"ar:r:{key}")]
            )
    await ask(update, context, "register-ask-role", "role", rows)
    return ROLE


async def on_role(update: Update, context: BotContext) -> int:
    query = update.callback_query
    parsed = parse_callback(query.data) if query else None
    if parsed is not None and parsed[0] == "r" and query is not None:
        await query.answer()
        role = role_vocabulary().get(parsed[1] or "")
        if role is None:
            return ROLE
        draft(context)["values"]["role"] = role.nl
    elif not await keep(update, context, "role"):
        if update.message is None or (value := await text_answer(update, context, "role")) is None:
            return ROLE
        draft(context)["values"]["role"] = value
    coalition = await context.db.coalitions.get(draft(context)["coalition_id"])
    places = list(coalition.municipalities) if coalition else []
    rows = [
        [InlineKeyboardButton(name, callback_data=f"ar:m:{i}")]
        for i, name in enumerate(places[:12])
    ]
    await ask(update, context, "register-ask-municipality", "municipality", rows)
    return MUNICIPALITY


async def on_municipality(update: Update, context: BotContext) -> int:
    query = update.callback_query
    parsed = parse_callback(query.data) if query else None
    if parsed is not None and parsed[0] == "m" and query is not None:
        await query.answer()
        coalition = await context.db.coalitions.get(draft(context)["coalition_id"])
        number = parsed[1] or ""
        index = int(number) if number.isdigit() else -1
        if coalition is None or not 0 <= index < len(coalition.municipalities):
            return MUNICIPALITY
        draft(context)["values"]["municipality"] = coalition.municipalities[index]
    elif not await keep(update, context, "municipality"):
        value = await text_answer(update, context, "municipality") if update.message else None
        if value is None:
            return MUNICIPALITY
        draft(context)["values"]["municipality"] = value
    await ask(update, context, "register-ask-contact", "contact")
    return CONTACT


async def on_contact(update: Update, context: BotContext) -> int:
    state = draft(context)
    if await keep(update, context, "contact"):
        phone, email = state["current_data"]["phone"], state["current_data"]["email"]
    else:
        if update.message is None:
            return CONTACT
        found = split_contact(update.message.text or "")
        if found is None:
            await update.message.reply_text(context.t("register-bad-contact"))
            return CONTACT
        phone, email = found
    state["values"].update(phone=phone, email=email)
    skip = [InlineKeyboardButton(context.t("button-skip-step"), callback_data="ar:skip")]
    await ask(update, context, "register-ask-experience", "experience", [skip])
    return EXPERIENCE


async def on_experience(update: Update, context: BotContext) -> int:
    state = draft(context)
    query = update.callback_query
    if query is not None and parse_callback(query.data) == ("skip", None):
        await query.answer()
        state["values"]["experience"] = ""
    elif not await keep(update, context, "experience"):
        value = await text_answer(update, context, "experience") if update.message else None
        if value is None:
            return EXPERIENCE
        state["values"]["experience"] = value
    partner, problems = check_partner(state["values"])
    if partner is None:  # cannot happen after the checks above; say so rather than store
        logger.error("Registration failed the listing check: %s", [p.key for p in problems])
        return await cancel(update, context)
    coalition = await context.db.coalitions.get(state["coalition_id"])
    role = role_vocabulary().display(
        role_vocabulary().key_for(partner.role), context.language, partner.role
    )
    buttons = InlineKeyboardMarkup(
        [
            [InlineKeyboardButton(context.t("button-consent-yes"), callback_data="ar:yes")],
            [InlineKeyboardButton(context.t("button-consent-no"), callback_data="ar:no")],
        ]
    )
    assert update.effective_chat is not None
    await context.bot.send_message(
        update.effective_chat.id,
        context.t(
            "register-confirm",
            card=Html(card(partner, role, context.t)),
            coalition=coalition.name if coalition else "",
        ),
        reply_markup=buttons,
    )
    return CONSENT


async def on_consent(update: Update, context: BotContext) -> int:
    query = update.callback_query
    assert query is not None
    await query.answer()
    if parse_callback(query.data) != ("yes", None):
        await query.edit_message_reply_markup(None)
        return await cancel(update, context)
    state = context.user_data.pop(DRAFT_KEY, {})  # type: ignore[union-attr]
    partner, _ = check_partner(state.get("values", {}))
    coalition_id = state.get("coalition_id")
    if partner is None or coalition_id is None or not context.who.is_member(coalition_id):
        return await cancel(update, context)
    partner_id, _ = await context.db.partners.register(coalition_id, context.who.user_id, partner)
    await query.edit_message_reply_markup(None)
    assert update.effective_chat is not None
    await context.bot.send_message(update.effective_chat.id, context.t("register-done"))
    await tell_coordinators(context, coalition_id, partner_id)
    return ConversationHandler.END


async def cancel(update: Update, context: BotContext) -> int:
    context.user_data.pop(DRAFT_KEY, None)  # type: ignore[union-attr]
    if update.effective_chat is not None:
        await context.bot.send_message(update.effective_chat.id, context.t("register-cancelled"))
    return ConversationHandler.END


def register(application: BotApplication) -> None:
    buttons = r"^ar:"
    application.add_handler(
        ConversationHandler(
            entry_points=[CommandHandler(commands.REGISTER.names, start)],
            states={
                COALITION: [CallbackQueryHandler(on_coalition_button, pattern=buttons)],
                NAME: typed_or_tapped(on_name, buttons),
                ORGANISATION: typed_or_tapped(on_organisation, buttons),
                ROLE: typed_or_tapped(on_role, buttons),
                MUNICIPALITY: typed_or_tapped(on_municipality, buttons),
                CONTACT: typed_or_tapped(on_contact, buttons),
                EXPERIENCE: typed_or_tapped(on_experience, buttons),
                CONSENT: [CallbackQueryHandler(on_consent, pattern=buttons)],
            },
            fallbacks=[CommandHandler(commands.CANCEL.names, cancel)],
            name="registration",
        )
    )
