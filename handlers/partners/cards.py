"""How a listing looks to a coordinator (card, status, buttons); asking the coordinators to
review a new registration, and telling the person who registered it what they decided."""

import logging
import re

from telegram import InlineKeyboardButton, InlineKeyboardMarkup
from telegram.error import TelegramError

from handlers.core.context import Context
from handlers.directory.view import card
from rules.roles_vocabulary import role_vocabulary
from rules.texts import Catalogue
from storage.partners.rows import Partner

logger = logging.getLogger(__name__)


# Coordinator buttons (/partners, imports, approvals): "<action>:<number>[:<number>]".
ADMIN_ACTIONS = ("pv", "pe", "pt", "pi", "pk", "px", "pa", "pr", "pc", "ph", "ps", "pf", "pg")
_ADMIN = re.compile(r"^(" + "|".join(ADMIN_ACTIONS) + r"):(\d{1,12})(?::(\d{1,12}))?$")


def admin_data(action: str, first: int, second: int | None = None) -> str:
    assert action in ADMIN_ACTIONS
    return f"{action}:{first}" + (f":{second}" if second is not None else "")


def parse_admin(data: str | None) -> tuple[str, int, int | None] | None:
    """(action, first number, second number or None); None for anything malformed."""
    match = _ADMIN.match(data or "")
    if not match:
        return None
    second = int(match.group(3)) if match.group(3) else None
    return match.group(1), int(match.group(2)), second


def managed_card(t: Catalogue, partner: Partner) -> str:
    return t(f"partners-status-{partner.status}") + "\n" + partner_card(partner, t)


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


def partner_card(partner: Partner, t: Catalogue) -> str:
    role = role_vocabulary().display(partner.role_key, t.language, partner.data.role)
    return card(partner.data, role, t)


async def decide_registration(
    context: Context, partner: Partner, *, approved: bool, reason: str | None = None
) -> bool:
    """A coordinator's decision on a pending self-registration, from chat or the dashboard:
    listed or rejected (with the reason), and the person hears it. False when it was decided
    before (by another coordinator, or in another window)."""
    decided = await context.db.partners.set_status(
        partner.id,
        "listed" if approved else "rejected",
        reason=None if approved else reason,
        by=context.who.user_id,
        only_from="pending",
    )
    if not decided:
        return False
    await tell_registrant(context, partner, approved=approved, reason=reason)
    return True


# What a coordinator can do with a listing besides deciding on it, and the pop-up it gives.
LISTING_ACTIONS = {
    "checked": "partners-checked",
    "hide": "partners-hidden",
    "show": "partners-shown",
}


async def change_listing(context: Context, partner: Partner, action: str) -> bool:
    """Mark checked, hide or show, from chat or the dashboard, in the audit trail. False when
    it does not apply (any more): hiding a listing that is not listed, showing one that is
    not hidden."""
    partners, by = context.db.partners, context.who.user_id
    if action == "checked":
        await partners.mark_checked(partner.id, by=by)
        return True
    if action == "hide":
        return await partners.set_status(partner.id, "hidden", by=by, only_from="listed")
    if action == "show":
        return await partners.set_status(partner.id, "listed", by=by, only_from="hidden")
    return False


async def tell_registrant(
    context: Context, partner: Partner, *, approved: bool, reason: str | None
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


async def tell_coordinators(context: Context, coalition_id: int, partner_id: int) -> None:
    coalition = await context.db.coalitions.get(coalition_id)
    listing = await context.db.partners.get(partner_id)
    if coalition is None or listing is None:
        return
    reviewers = await context.db.members.coordinators_of(coalition_id) or sorted(
        context.config.admin_ids
    )
    for user_id in reviewers:
        t = await context.t_for(user_id)
        role = role_vocabulary().display(listing.role_key, t.language, listing.data.role)
        text = (
            t("register-new-for-coordinator", coalition=coalition.name)
            + "\n\n"
            + card(listing.data, role, t)
        )
        try:
            await context.bot.send_message(user_id, text, reply_markup=review_buttons(t, listing))
        except TelegramError as error:
            logger.warning(
                "Could not ask coordinator %s to review %s: %s", user_id, partner_id, error
            )
