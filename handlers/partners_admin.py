"""Coordinators keep the directory: /partners, CSV upload with preview, approvals, checks.

Callback data: see ADMIN_ACTIONS in bot/directory_view.py. Every button is checked against
the sender's rights again; an uploaded file waits in user_data as a draft until confirmed.
"""

import logging
import secrets
from dataclasses import asdict, dataclass
from datetime import timedelta

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, InputFile, Update
from telegram.constants import ChatType
from telegram.error import TelegramError
from telegram.ext import (
    CallbackQueryHandler,
    CommandHandler,
    ConversationHandler,
    MessageHandler,
    filters,
)

from handlers import commands
from handlers.context import BotApplication, BotContext
from handlers.directory_view import admin_data, card, parse_admin
from rules.partner_csv import (
    MAX_FILE_BYTES,
    CsvFileError,
    ParsedCsv,
    check_partner,
    describe_problems,
    parse_csv,
    write_csv,
)
from rules.roles_vocabulary import role_vocabulary
from rules.search import MAX_QUERY_CHARS
from rules.texts import Catalogue
from storage.coalitions import Coalition
from storage.partners import ImportPlan, Partner

logger = logging.getLogger(__name__)

DRAFTS_KEY = "import_drafts"
REJECTING_KEY = "rejecting_partner"
STALE_AFTER = timedelta(days=365)
SHOWN_PER_LIST = 10
REJECT_REASON = 0
MAX_REASON = 300
EDITING_KEY = "editing_partner"
EDIT_VALUE = 1
EDITABLE_FIELDS = ("name", "organisation", "role", "municipality", "neighbourhood", "phone",
                   "email", "website", "keywords")  # fmt: skip


@dataclass
class ImportDraft:
    parsed: ParsedCsv
    coalition_id: int | None = None


async def managed_coalitions(context: BotContext) -> list[Coalition]:
    """The coalitions this person coordinates (admins: all)."""
    if context.who.is_admin:
        return await context.db.coalitions.all()
    found = [await context.db.coalitions.get(m.coalition_id) for m in context.who.coordinated]
    return [c for c in found if c is not None]


def summary(t: Catalogue, plan: ImportPlan, error_rows: int) -> str:
    return t(
        "import-summary", new=plan.new, changed=plan.changed, unchanged=plan.unchanged,
        errors=error_rows,
    )  # fmt: skip


# ---- /partners ------------------------------------------------------------------------------


async def overview(update: Update, context: BotContext) -> None:
    assert update.message is not None and update.effective_chat is not None
    if update.effective_chat.type != ChatType.PRIVATE:
        await update.message.reply_text(context.t("invite-private-only"))
        return
    coalitions = await managed_coalitions(context)
    if not coalitions:
        await update.message.reply_text(context.t("partners-not-allowed"))
        return
    if context.args:
        await show_lookup(update, context, coalitions, " ".join(context.args))
        return
    t = context.t
    stale_before = context.clock.now() - STALE_AFTER
    for coalition in coalitions:
        counts = await context.db.partners.status_counts(coalition.id)
        stale = await context.db.partners.not_checked_since(coalition.id, stale_before)
        text = t(
            "partners-overview", coalition=coalition.name, listed=counts.get("listed", 0),
            pending=counts.get("pending", 0), hidden=counts.get("hidden", 0), stale=len(stale),
        )  # fmt: skip
        buttons = [
            [
                InlineKeyboardButton(
                    t("button-review", count=counts.get("pending", 0)),
                    callback_data=admin_data("pv", coalition.id),
                )
            ],
            [
                InlineKeyboardButton(
                    t("button-export"), callback_data=admin_data("pe", coalition.id)
                )
            ],
            [
                InlineKeyboardButton(
                    t("button-check-stale", count=len(stale)),
                    callback_data=admin_data("pt", coalition.id),
                )
            ],
        ]
        await update.message.reply_text(text, reply_markup=InlineKeyboardMarkup(buttons))


async def show_lookup(
    update: Update, context: BotContext, coalitions: list[Coalition], text: str
) -> None:
    """`/partners <naam>`: listings in any status, each with edit and hide/show buttons."""
    assert update.message is not None
    t = context.t
    found = await context.db.partners.lookup(
        tuple(c.id for c in coalitions), text[:MAX_QUERY_CHARS], SHOWN_PER_LIST + 1
    )
    if not found:
        await update.message.reply_text(t("partners-lookup-none", query=text[:MAX_QUERY_CHARS]))
        return
    if len(found) > SHOWN_PER_LIST:
        await update.message.reply_text(t("partners-lookup-many", count=SHOWN_PER_LIST))
    for partner in found[:SHOWN_PER_LIST]:
        await update.message.reply_text(
            managed_card(t, partner, context.language), reply_markup=manage_buttons(t, partner)
        )


def managed_card(t: Catalogue, partner: Partner, language: str) -> str:
    return t(f"partners-status-{partner.status}") + "\n" + partner_card(partner, language)


def manage_buttons(t: Catalogue, partner: Partner) -> InlineKeyboardMarkup:
    row = [InlineKeyboardButton(t("button-edit"), callback_data=admin_data("pf", partner.id))]
    if partner.status == "listed":
        row.append(
            InlineKeyboardButton(t("button-hide"), callback_data=admin_data("ph", partner.id))
        )
    elif partner.status == "hidden":
        row.append(
            InlineKeyboardButton(t("button-show"), callback_data=admin_data("ps", partner.id))
        )
    return InlineKeyboardMarkup([row])


def review_buttons(t: Catalogue, partner: Partner) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(
                    "✅ " + t("button-approve"), callback_data=admin_data("pa", partner.id)
                ),
                InlineKeyboardButton(
                    "❌ " + t("button-reject"), callback_data=admin_data("pr", partner.id)
                ),
            ]
        ]
    )


def partner_card(partner: Partner, language: str) -> str:
    role = role_vocabulary().display(partner.role_key, language, partner.data.role)
    return card(partner.data, role)


async def on_admin_button(update: Update, context: BotContext) -> None:
    """One entry for the coordinator buttons; each action checks the rights itself."""
    query = update.callback_query
    assert query is not None and update.effective_chat is not None
    parsed = parse_admin(query.data)
    if parsed is None:
        await query.answer(context.t("button-stale"), show_alert=True)
        return
    action, number, second = parsed
    t = context.t
    chat_id = update.effective_chat.id

    if action in ("pv", "pe", "pt"):
        if not context.who.is_coordinator(number):
            await query.answer(context.t("partners-not-allowed"), show_alert=True)
            return
        await query.answer()
        if action == "pv":
            pending = await context.db.partners.with_status(number, "pending")
            if not pending:
                await context.bot.send_message(chat_id, t("partners-none-pending"))
            for partner in pending[:SHOWN_PER_LIST]:
                await context.bot.send_message(
                    chat_id, partner_card(partner, context.language),
                    reply_markup=review_buttons(t, partner),
                )  # fmt: skip
        elif action == "pe":
            coalition = await context.db.coalitions.get(number)
            listed = await context.db.partners.listed(number)
            assert coalition is not None
            await context.bot.send_document(
                chat_id,
                InputFile(
                    write_csv([p.data for p in listed]), filename=f"partners-{coalition.slug}.csv"
                ),
                caption=t("partners-export-caption", coalition=coalition.name, count=len(listed)),
            )
        else:
            stale = await context.db.partners.not_checked_since(
                number, context.clock.now() - STALE_AFTER
            )
            if not stale:
                await context.bot.send_message(chat_id, t("partners-none-stale"))
            for partner in stale[:SHOWN_PER_LIST]:
                text = t("partners-stale-item", date=f"{partner.last_checked_at:%d-%m-%Y}")
                buttons = InlineKeyboardMarkup(
                    [
                        [
                            InlineKeyboardButton(
                                t("button-still-current"),
                                callback_data=admin_data("pc", partner.id),
                            ),
                            InlineKeyboardButton(
                                t("button-hide"), callback_data=admin_data("ph", partner.id)
                            ),
                        ]
                    ]
                )
                await context.bot.send_message(
                    chat_id,
                    text + "\n" + partner_card(partner, context.language),
                    reply_markup=buttons,
                )
        return

    if action in ("pi", "pk", "px"):
        await on_import_button(update, context, action, number, second)
        return

    # Actions on one listing: pa approve, pc checked, ph hide, ps show again.
    found = await context.db.partners.get(number)
    if found is None or not context.who.is_coordinator(found.coalition_id):
        await query.answer(context.t("partners-not-allowed"), show_alert=True)
        return
    partner = found
    if action == "pa":
        if partner.status != "pending":
            await query.answer(t("review-already-done"), show_alert=True)
            return
        await context.db.partners.set_status(partner.id, "listed")
        await query.answer()
        await query.edit_message_text(
            partner_card(partner, context.language) + "\n\n" + t("review-approved")
        )
        await tell_registrant(context, partner, approved=True, reason=None)
    elif action == "pc":
        await context.db.partners.mark_checked(partner.id)
        await query.answer(t("partners-checked"))
        await query.edit_message_reply_markup(None)
    elif action == "ph":
        await context.db.partners.set_status(partner.id, "hidden")
        await query.answer(t("partners-hidden"))
        await query.edit_message_reply_markup(
            InlineKeyboardMarkup(
                [
                    [
                        InlineKeyboardButton(
                            t("button-show"), callback_data=admin_data("ps", partner.id)
                        )
                    ]
                ]
            )
        )
    elif action == "ps":
        await context.db.partners.set_status(partner.id, "listed")
        await query.answer(t("partners-shown"))
        await query.edit_message_reply_markup(None)
    elif action == "pf":
        await query.answer()
        fields = [
            InlineKeyboardButton(
                t(f"field-{name}"), callback_data=admin_data("pg", partner.id, index)
            )
            for index, name in enumerate(EDITABLE_FIELDS)
        ]
        await context.bot.send_message(
            chat_id,
            t("edit-choose-field", name=partner.data.name),
            reply_markup=InlineKeyboardMarkup(
                [fields[i : i + 3] for i in range(0, len(fields), 3)]
            ),
        )


async def tell_registrant(
    context: BotContext, partner: Partner, *, approved: bool, reason: str | None
) -> None:
    """The professional hears the outcome of their registration, in their own language."""
    if partner.user_id is None:
        return
    coalition = await context.db.coalitions.get(partner.coalition_id)
    t = await context.t_for(partner.user_id)
    name = coalition.name if coalition else ""
    if approved:
        text = t("register-approved", coalition=name)
    else:
        text = t("register-rejected", coalition=name, reason=reason or "-")
    try:
        await context.bot.send_message(partner.user_id, text)
    except TelegramError as error:
        # The outcome is stored either way; they see it with /aanmelden.
        logger.warning(
            "Could not tell user %s about listing %s: %s", partner.user_id, partner.id, error
        )


# ---- rejecting with a reason ------------------------------------------------------------------


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
    await context.db.partners.set_status(partner.id, "rejected", reason=reason)
    await update.message.reply_text(context.t("review-rejected"))
    await tell_registrant(context, partner, approved=False, reason=reason)
    return ConversationHandler.END


async def cancel_reject(update: Update, context: BotContext) -> int:
    context.user_data.pop(REJECTING_KEY, None)  # type: ignore[union-attr]
    if update.message is not None:
        await update.message.reply_text(context.t("review-cancelled"))
    return ConversationHandler.END


# ---- editing one field -------------------------------------------------------------------------


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
    context.user_data[EDITING_KEY] = (partner.id, name)  # type: ignore[index]
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
    await context.db.partners.edit(partner.id, data)
    edited = await context.db.partners.get(partner.id)
    assert edited is not None
    await update.message.reply_text(
        context.t("edit-saved") + "\n\n" + managed_card(context.t, edited, context.language),
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


# ---- CSV upload -------------------------------------------------------------------------------


async def on_document(update: Update, context: BotContext) -> None:
    message = update.message
    assert message is not None and message.document is not None
    coalitions = await managed_coalitions(context)
    if not coalitions:
        await message.reply_text(context.t("partners-not-allowed"))
        return
    document = message.document
    name = (document.file_name or "").lower()
    if not (name.endswith(".csv") or name.endswith(".txt") or document.mime_type == "text/csv"):
        await message.reply_text(context.t("import-not-csv"))
        return
    if document.file_size is not None and document.file_size > MAX_FILE_BYTES:
        await message.reply_text(
            context.t("csv-file-too-large", detail=str(MAX_FILE_BYTES // (1024 * 1024)))
        )
        return
    file = await document.get_file()
    data = bytes(await file.download_as_bytearray())
    try:
        parsed = parse_csv(data)
    except CsvFileError as error:
        await message.reply_text(context.t(error.key, detail=error.detail))
        return
    draft_id = secrets.randbelow(10**9)
    drafts: dict[int, ImportDraft] = context.user_data.setdefault(DRAFTS_KEY, {})  # type: ignore[union-attr]
    drafts.clear()  # one import at a time: a new file replaces an unconfirmed one
    drafts[draft_id] = ImportDraft(parsed)
    if len(coalitions) == 1:
        drafts[draft_id].coalition_id = coalitions[0].id
        text, markup = await preview(context, draft_id, drafts[draft_id], coalitions[0])
        await message.reply_text(text, reply_markup=markup)
        return
    buttons = [
        [InlineKeyboardButton(c.name, callback_data=admin_data("pi", draft_id, c.id))]
        for c in coalitions
    ]
    await message.reply_text(
        context.t("import-choose-coalition"), reply_markup=InlineKeyboardMarkup(buttons)
    )


async def preview(
    context: BotContext, draft_id: int, draft: ImportDraft, coalition: Coalition
) -> tuple[str, InlineKeyboardMarkup]:
    t = context.t
    rows = [p for _, p in draft.parsed.rows]
    plan = await context.db.partners.plan_import(coalition.id, rows)
    error_rows = len({p.row for p in draft.parsed.problems})
    parts = [t("import-preview", coalition=coalition.name, summary=summary(t, plan, error_rows))]
    if draft.parsed.problems:
        parts.append(t("import-problems") + "\n" + "\n".join(
            "• " + line for line in describe_problems(draft.parsed.problems, t)
        ))  # fmt: skip
        parts.append(t("import-fix-or-partial"))
    parts.append(t("import-consent"))
    confirm_label = t("button-import-valid") if draft.parsed.problems else t("button-import")
    buttons = [[InlineKeyboardButton(t("button-cancel"), callback_data=admin_data("px", draft_id))]]
    if rows:
        buttons.insert(
            0, [InlineKeyboardButton(confirm_label, callback_data=admin_data("pk", draft_id))]
        )
    return "\n\n".join(parts), InlineKeyboardMarkup(buttons)


async def on_import_button(
    update: Update, context: BotContext, action: str, draft_id: int, coalition_id: int | None
) -> None:
    query = update.callback_query
    assert query is not None
    drafts: dict[int, ImportDraft] = (context.user_data or {}).get(DRAFTS_KEY, {})
    draft = drafts.get(draft_id)
    if draft is None:  # pressed twice, or the bot restarted: nothing happens again
        await query.answer(context.t("import-expired"), show_alert=True)
        return
    if action == "px":
        drafts.pop(draft_id, None)
        await query.answer()
        await query.edit_message_text(context.t("import-cancelled"))
        return
    target = coalition_id if action == "pi" else draft.coalition_id
    coalition = await context.db.coalitions.get(target) if target is not None else None
    if coalition is None or not context.who.is_coordinator(coalition.id):
        await query.answer(context.t("partners-not-allowed"), show_alert=True)
        return
    await query.answer()
    if action == "pi":
        draft.coalition_id = coalition.id
        text, markup = await preview(context, draft_id, draft, coalition)
        await query.edit_message_text(text, reply_markup=markup)
        return
    drafts.pop(draft_id, None)
    rows = [p for _, p in draft.parsed.rows]
    if not rows:
        await query.edit_message_text(context.t("import-nothing-valid"))
        return
    plan = await context.db.partners.import_rows(coalition.id, rows, added_by=context.who.user_id)
    error_rows = len({p.row for p in draft.parsed.problems})
    await query.edit_message_text(
        context.t(
            "import-done", coalition=coalition.name, summary=summary(context.t, plan, error_rows)
        )
    )


def register(application: BotApplication) -> None:
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
