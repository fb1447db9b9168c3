"""/partners: the overview per coalition, looking up listings in any status, and the buttons
that act on them (review, export, check, approve, hide, show, edit). Every button checks the
sender's rights again."""

import asyncio
from datetime import timedelta

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, InputFile, Update

from handlers.core.coalition_choice import coalitions_to_coordinate
from handlers.core.context import BotContext, Context
from handlers.partners.cards import (
    admin_data,
    change_listing,
    decide_registration,
    manage_buttons,
    managed_card,
    parse_admin,
    partner_card,
    review_buttons,
)
from handlers.partners.csv_import import on_import_button
from handlers.partners.review import EDITABLE_FIELDS
from rules.partner_csv import write_csv
from rules.search import MAX_QUERY_CHARS
from storage.coalitions import Coalition

STALE_AFTER = timedelta(days=365)
SHOWN_PER_LIST = 10


async def overview(update: Update, context: BotContext) -> None:
    assert update.message is not None
    coalitions = await coalitions_to_coordinate(
        update,
        context,
        private_only="partners-private-only",
        not_coordinator="partners-not-allowed",
    )
    if not coalitions:
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
            "partners-overview",
            coalition=coalition.name,
            listed=counts.get("listed", 0),
            pending=counts.get("pending", 0),
            hidden=counts.get("hidden", 0),
            stale=len(stale),
        )
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
            managed_card(t, partner), reply_markup=manage_buttons(t, partner)
        )


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
                    chat_id,
                    partner_card(partner, context.t),
                    reply_markup=review_buttons(t, partner),
                )
        elif action == "pe":
            coalition = await context.db.coalitions.get(number)
            assert coalition is not None
            await send_export(context, coalition, chat_id)
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
                    text + "\n" + partner_card(partner, context.t),
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
        await query.answer()
        await query.edit_message_text(
            partner_card(partner, context.t) + "\n\n" + t("review-approved")
        )
        await decide_registration(context, partner, approved=True)
    elif action == "pc":
        await change_listing(context, partner, "checked")
        await query.answer(t("partners-checked"))
        await query.edit_message_reply_markup(None)
    elif action == "ph":
        if not await change_listing(context, partner, "hide"):
            await query.answer(t("listing-changed-meanwhile"), show_alert=True)
            return
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
        if not await change_listing(context, partner, "show"):
            await query.answer(t("listing-changed-meanwhile"), show_alert=True)
            return
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


async def send_export(context: Context, coalition: Coalition, chat_id: int) -> int:
    """The coalition's listed partners as a CSV file in this chat (from the chat's button or
    the dashboard); importing it again changes nothing. Returns how many it holds."""
    listed = await context.db.partners.listed(coalition.id)
    data = await asyncio.to_thread(write_csv, [p.data for p in listed])
    await context.bot.send_document(
        chat_id,
        InputFile(data, filename=f"partners-{coalition.slug}.csv"),
        caption=context.t("partners-export-caption", coalition=coalition.name, count=len(listed)),
    )
    return len(listed)
