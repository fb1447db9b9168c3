"""A coordinator sends a CSV file: a preview with the problems per row, then the import on
confirmation. The file waits in user_data as a draft until then; pressing twice imports once."""

import asyncio
import html
import secrets
from dataclasses import dataclass

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update

from handlers.core.context import BotContext
from handlers.core.identify import coordinated_coalitions
from handlers.partners.cards import admin_data
from rules.partner_csv import MAX_FILE_BYTES, CsvFileError, ParsedCsv, describe_problems, parse_csv
from rules.texts import Catalogue
from storage.coalitions import Coalition
from storage.partners.imports import ImportPlan

DRAFTS_KEY = "import_drafts"
NAMES_SHOWN = 10  # new and changed listings named in a preview


@dataclass
class ImportDraft:
    parsed: ParsedCsv
    coalition_id: int | None = None


def summary(t: Catalogue, plan: ImportPlan, error_rows: int) -> str:
    return t(
        "import-summary",
        new=plan.new,
        changed=plan.changed,
        unchanged=plan.unchanged,
        errors=error_rows,
    )


async def on_document(update: Update, context: BotContext) -> None:
    message = update.message
    assert message is not None and message.document is not None
    coalitions = await coordinated_coalitions(context)
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
        parsed = await asyncio.to_thread(parse_csv, data)  # seconds for a large file
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


def preview_parts(
    t: Catalogue, coalition: Coalition, plan: ImportPlan, parsed: ParsedCsv
) -> list[str]:
    """What an import would do, in the chat and in the dashboard: the counts, the new and
    changed listings by name, and each bad row with its problem."""
    error_rows = len({p.row for p in parsed.problems})
    parts = [t("import-preview", coalition=coalition.name, summary=summary(t, plan, error_rows))]
    for key, names in (
        ("import-new-names", plan.new_names),
        ("import-changed-names", plan.changed_names),
    ):
        if names:
            shown = ", ".join(html.escape(name) for name in names[:NAMES_SHOWN])
            more = f" (+{len(names) - NAMES_SHOWN})" if len(names) > NAMES_SHOWN else ""
            parts.append(t(key, names=shown + more))
    if parsed.problems:
        parts.append(
            t("import-problems")
            + "\n"
            + "\n".join("• " + line for line in describe_problems(parsed.problems, t))
        )
        parts.append(t("import-fix-or-partial"))
    return parts


async def preview(
    context: BotContext, draft_id: int, draft: ImportDraft, coalition: Coalition
) -> tuple[str, InlineKeyboardMarkup]:
    t = context.t
    rows = [p for _, p in draft.parsed.rows]
    plan = await context.db.partner_import.plan_import(coalition.id, rows)
    parts = preview_parts(t, coalition, plan, draft.parsed)
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
    plan = await context.db.partner_import.import_rows(
        coalition.id, rows, added_by=context.who.user_id
    )
    error_rows = len({p.row for p in draft.parsed.problems})
    await query.edit_message_text(
        context.t(
            "import-done", coalition=coalition.name, summary=summary(context.t, plan, error_rows)
        )
    )
