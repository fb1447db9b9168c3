"""Two short conversations started by a coordinator's button: rejecting a registration with a
reason, and editing one field of a listing (partners.mmd beside this file)."""

from dataclasses import asdict

from telegram import Update
from telegram.ext import ConversationHandler

from handlers.core.context import BotContext
from handlers.partners.cards import decide_registration, manage_buttons, managed_card, parse_admin
from rules.partner_csv import check_partner

REJECTING_KEY = "rejecting_partner"
REJECT_REASON = 0
MAX_REASON = 300
EDITING_KEY = "editing_partner"
EDIT_VALUE = 1
EDITABLE_FIELDS = (
    "name",
    "organisation",
    "role",
    "municipality",
    "neighbourhood",
    "phone",
    "email",
    "website",
    "keywords",
    "experience",
)


async def start_reject(update: Update, context: BotContext) -> int:
    query = update.callback_query
    assert query is not None and update.effective_chat is not None
    parsed = parse_admin(query.data)
    partner = await context.db.partners.get(parsed[1]) if parsed else None
    if partner is None or not context.who.is_coordinator(partner.coalition_id):
        await query.answer(context.t("partners-not-allowed"), show_alert=True)
        return ConversationHandler.END
    if partner.status != "pending":
        await query.answer(context.t("review-already-done"), show_alert=True)
        return ConversationHandler.END
    await query.answer()
    context.user_data[REJECTING_KEY] = partner.id  # type: ignore[index]
    await context.bot.send_message(update.effective_chat.id, context.t("review-ask-reason"))
    return REJECT_REASON


async def finish_reject(update: Update, context: BotContext) -> int:
    assert update.message is not None
    reason = None if (update.message.text or "").startswith("/") else update.message.text
    if reason is not None and len(reason) > MAX_REASON:
        await update.message.reply_text(context.t("review-reason-too-long", limit=MAX_REASON))
        return REJECT_REASON
    partner_id = context.user_data.pop(REJECTING_KEY, None)  # type: ignore[union-attr]
    partner = await context.db.partners.get(partner_id) if partner_id else None
    if partner is None or not context.who.is_coordinator(partner.coalition_id):
        await update.message.reply_text(context.t("button-stale"))
        return ConversationHandler.END
    if not await decide_registration(context, partner, approved=False, reason=reason):
        await update.message.reply_text(context.t("review-already-done"))
        return ConversationHandler.END
    await update.message.reply_text(context.t("review-rejected"))
    return ConversationHandler.END


async def cancel_reject(update: Update, context: BotContext) -> int:
    context.user_data.pop(REJECTING_KEY, None)  # type: ignore[union-attr]
    if update.message is not None:
        await update.message.reply_text(context.t("review-cancelled"))
    return ConversationHandler.END


async def start_edit(update: Update, context: BotContext) -> int:
    query = update.callback_query
    assert query is not None and update.effective_chat is not None
    parsed = parse_admin(query.data)
    partner = await context.db.partners.get(parsed[1]) if parsed else None
    field_index = parsed[2] if parsed else None
    if (
        partner is None
        or field_index is None
        or field_index >= len(EDITABLE_FIELDS)
        or not context.who.is_coordinator(partner.coalition_id)
    ):
        await query.answer(context.t("partners-not-allowed"), show_alert=True)
        return ConversationHandler.END
    await query.answer()
    name = EDITABLE_FIELDS[field_index]
    context.user_data[EDITING_KEY] = (partner.id, name, partner.version)  # type: ignore[index]
    current = getattr(partner.data, name) or "-"
    await context.bot.send_message(
        update.effective_chat.id,
        context.t("edit-ask-value", field=context.t(f"field-{name}"), current=current),
    )
    return EDIT_VALUE


async def finish_edit(update: Update, context: BotContext) -> int:
    assert update.message is not None and update.message.text is not None
    editing = context.user_data.get(EDITING_KEY)  # type: ignore[union-attr]
    partner = await context.db.partners.get(editing[0]) if editing else None
    if editing is None or partner is None or not context.who.is_coordinator(partner.coalition_id):
        context.user_data.pop(EDITING_KEY, None)  # type: ignore[union-attr]
        await update.message.reply_text(context.t("button-stale"))
        return ConversationHandler.END
    name = editing[1]
    value = "" if update.message.text.strip() == "-" else update.message.text
    values = {**{k: str(v or "") for k, v in asdict(partner.data).items()}, name: value}
    data, problems = check_partner(values)
    if data is None:
        await update.message.reply_text(
            "\n".join(
                context.t(edit_problem_key(p.key), field=context.t(f"field-{p.field}"))
                for p in problems
            )
        )
        return EDIT_VALUE
    context.user_data.pop(EDITING_KEY, None)  # type: ignore[union-attr]
    saved = await context.db.partners.edit(
        partner.id, data, by=context.who.user_id, version=editing[2] if len(editing) > 2 else None
    )
    edited = await context.db.partners.get(partner.id)
    assert edited is not None
    said = context.t("edit-saved" if saved else "listing-changed-meanwhile")
    await update.message.reply_text(
        said + "\n\n" + managed_card(context.t, edited),
        reply_markup=manage_buttons(context.t, edited),
    )
    return ConversationHandler.END


def edit_problem_key(problem_key: str) -> str:
    """The CSV checks' problems, in words for someone typing one value."""
    known = {"csv-problem-bsn": "register-bsn", "csv-problem-no-contact": "edit-no-contact"}
    return known.get(problem_key, "edit-bad-value")


async def cancel_edit(update: Update, context: BotContext) -> int:
    context.user_data.pop(EDITING_KEY, None)  # type: ignore[union-attr]
    if update.message is not None:
        await update.message.reply_text(context.t("edit-cancelled"))
    return ConversationHandler.END
