"""Runs first for every update: who is the sender, which language, which memberships."""

from collections.abc import Collection

from telegram import Update
from telegram.ext import TypeHandler

from handlers.core.context import BotApplication, BotContext, Context
from rules.membership import Who
from rules.texts import pick_language
from storage.coalitions import Coalition
from storage.db import Database

# Group -10: before every feature handler (they live in group 0).
IDENTIFY_GROUP = -10


async def load_who(db: Database, admin_ids: Collection[int], user_id: int) -> Who:
    memberships = await db.members.of_user(user_id)
    return Who(user_id, user_id in admin_ids, tuple(memberships))


async def coordinated_coalitions(context: Context) -> list[Coalition]:
    """The coalitions the sender may coordinate: all of them for an admin."""
    if context.who.is_admin:
        return await context.db.coalitions.all()
    found = [await context.db.coalitions.get(m.coalition_id) for m in context.who.coordinated]
    return [c for c in found if c is not None]


async def member_coalitions(context: Context) -> list[Coalition]:
    """The coalitions the sender is a member of."""
    found = [await context.db.coalitions.get(m.coalition_id) for m in context.who.memberships]
    return [c for c in found if c is not None]


async def identify(update: Update, context: BotContext) -> None:
    user = update.effective_user
    if user is None:
        return
    person = await context.db.people.get(user.id)
    if person is None or (person.first_name, person.language_code) != (
        user.first_name,
        user.language_code,
    ):
        await context.db.people.seen(user.id, user.first_name, user.language_code)
    wrote = update.message is not None or update.callback_query is not None
    if person is not None and person.unreachable and wrote:
        await context.db.people.reachable(user.id)  # they wrote again: announcements resume
    await know_who(context, user.id, user.language_code, person.language if person else None)


async def know_who(
    context: BotContext, user_id: int, telegram_language: str | None, chosen: str | None
) -> None:
    """Who is asking and the language they read (again after they joined a coalition)."""
    context.who = await load_who(context.db, context.config.admin_ids, user_id)
    context.language = pick_language(telegram_language, chosen, context.who.coalition_language)


def register(application: BotApplication) -> None:
    application.add_handler(TypeHandler(Update, identify), group=IDENTIFY_GROUP)
