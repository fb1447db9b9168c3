"""Partner lookup: /zoek (and /search), result pages, contact cards, guided search, inline mode."""

import secrets

from telegram import (
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InlineQueryResultArticle,
    InlineQueryResultsButton,
    InputTextMessageContent,
    Update,
)
from telegram.constants import ChatType
from telegram.error import BadRequest
from telegram.ext import CallbackQueryHandler, CommandHandler, InlineQueryHandler

from handlers.core import commands
from handlers.core.context import BotApplication, BotContext, Context
from handlers.core.sending import send_text
from handlers.directory.view import (
    PAGE_SIZE,
    card,
    contact_data,
    guided_role_data,
    open_directory_row,
    page_of,
    parse_contact,
    parse_guided_role,
    parse_search_page,
    search_page_data,
    vcard,
)
from rules.roles_vocabulary import role_vocabulary
from rules.search import MAX_QUERY_CHARS
from storage.partners.rows import Partner
from storage.partners.search import SEARCH_LIMIT

SEARCHES_KEY = "searches"
REMEMBERED_SEARCHES = 20
GUIDED_BUTTONS = 12
INLINE_SHOWN = 20  # results offered under an @-mention in another chat


async def searchable_coalitions(context: Context) -> tuple[int, ...]:
    """Whose listings this person may see: their coalitions (admins: all)."""
    if context.who.is_admin:
        return tuple(c.id for c in await context.db.coalitions.all())
    return tuple(m.coalition_id for m in context.who.memberships)


def remember_search(context: BotContext, text: str) -> str:
    """Keep the query text for the page buttons; only the last few are kept."""
    searches: dict[str, str] = context.user_data.setdefault(SEARCHES_KEY, {})  # type: ignore[union-attr]
    search_id = secrets.token_hex(3)
    searches[search_id] = text
    while len(searches) > REMEMBERED_SEARCHES:
        searches.pop(next(iter(searches)))
    return search_id


def role_shown(partner: Partner, language: str) -> str:
    return role_vocabulary().display(partner.role_key, language, partner.data.role)


async def results_message(
    context: BotContext, text: str, search_id: str, requested_page: int
) -> tuple[str, InlineKeyboardMarkup | None]:
    coalitions = await searchable_coalitions(context)
    result = await context.db.partner_search.find(coalitions, text, read=slice(0))
    t = context.t
    if not result.ids:
        lines = [t("search-none", query=text)]
        buttons = []
        if result.did_you_mean:
            lines.append(t("search-did-you-mean", suggestion=result.did_you_mean))
            retry = remember_search(context, result.did_you_mean)
            label = t("button-did-you-mean", suggestion=result.did_you_mean)
            buttons.append([InlineKeyboardButton(label, callback_data=search_page_data(retry, 0))])
        lines.append(t("search-try-guided"))
        buttons.append([InlineKeyboardButton(t("button-guided"), callback_data="zr:")])
        return "\n".join(lines), InlineKeyboardMarkup(buttons)
    page = page_of(len(result.ids), requested_page)
    shown = await context.db.partner_search.read(result.ids[page.first : page.first + PAGE_SIZE])
    header = t(
        "search-results",
        count=len(result.ids),
        query=text,
        page=page.number + 1,
        pages=page.count,
    )
    if len(result.ids) >= SEARCH_LIMIT and page.number == 0:
        header += "\n" + t("search-many", count=SEARCH_LIMIT)
    cards = [
        card(p.data, role_shown(p, context.language), context.t, page.first + i + 1)
        for i, p in enumerate(shown)
    ]
    contact_row = [
        InlineKeyboardButton(
            t("button-contact", number=page.first + i + 1), callback_data=contact_data(p.id)
        )
        for i, p in enumerate(shown)
        if p.data.phone
    ]
    navigation = []
    if page.number > 0:
        navigation.append(
            InlineKeyboardButton(
                t("button-previous"), callback_data=search_page_data(search_id, page.number - 1)
            )
        )
    if page.number + 1 < page.count:
        navigation.append(
            InlineKeyboardButton(
                t("button-next"), callback_data=search_page_data(search_id, page.number + 1)
            )
        )
    guide = open_directory_row(t, context.config.miniapp_url)
    rows = [row for row in (contact_row, navigation, guide) if row]
    return "\n\n".join([header, *cards]), InlineKeyboardMarkup(rows) if rows else None


async def refuse_unless_member_in_private(update: Update, context: BotContext) -> bool:
    """Reply and return True when this person may not see listings here."""
    assert update.effective_message is not None and update.effective_chat is not None
    if update.effective_chat.type != ChatType.PRIVATE:
        await update.effective_message.reply_text(context.t("search-private-only"))
        return True
    if not await searchable_coalitions(context):
        await update.effective_message.reply_text(context.t("search-not-member"))
        return True
    return False


async def search(update: Update, context: BotContext) -> None:
    assert update.message is not None
    if await refuse_unless_member_in_private(update, context):
        return
    text = " ".join(context.args or []).strip()
    if len(text) > MAX_QUERY_CHARS:
        await update.message.reply_text(context.t("search-too-long"))
        return
    if not text:
        await show_role_choice(update, context)
        return
    search_id = remember_search(context, text)
    message, markup = await results_message(context, text, search_id, 0)
    await send_text(context.bot, update.message.chat_id, message, markup)


async def show_page(update: Update, context: BotContext) -> None:
    query = update.callback_query
    assert query is not None
    parsed = parse_search_page(query.data)
    searches: dict[str, str] = (context.user_data or {}).get(SEARCHES_KEY, {})
    if parsed is None or parsed[0] not in searches:
        await query.answer(context.t("search-expired"), show_alert=True)
        return
    if not await searchable_coalitions(context):
        await query.answer(context.t("search-not-member"), show_alert=True)
        return
    search_id, page = parsed
    message, markup = await results_message(context, searches[search_id], search_id, page)
    await query.answer()
    try:
        await query.edit_message_text(message, reply_markup=markup)
    except BadRequest as error:
        if "not modified" not in str(error):  # the same page tapped twice: nothing to do
            raise


async def send_contact_card(update: Update, context: BotContext) -> None:
    query = update.callback_query
    assert query is not None and update.effective_chat is not None
    partner_id = parse_contact(query.data)
    partner = await context.db.partners.get(partner_id) if partner_id else None
    allowed = await searchable_coalitions(context)
    # Rights come from the sender's memberships, never from the button.
    if partner is None or partner.status != "listed" or partner.coalition_id not in allowed:
        await query.answer(context.t("search-gone"), show_alert=True)
        return
    if not partner.data.phone:
        await query.answer(context.t("search-no-phone"), show_alert=True)
        return
    await query.answer()
    await context.bot.send_contact(
        update.effective_chat.id,
        phone_number=partner.data.phone,
        first_name=partner.data.name[:64],
        last_name=partner.data.organisation[:64] or None,
        vcard=vcard(partner.data),
    )


async def show_role_choice(update: Update, context: BotContext) -> None:
    assert update.effective_message is not None
    counts = await context.db.partner_search.role_counts(await searchable_coalitions(context))
    buttons = []
    for role_key, written, count in counts[:GUIDED_BUTTONS]:
        data = guided_role_data(role_key)
        if data is not None:
            label = f"{role_vocabulary().display(role_key, context.language, written)} ({count})"
            buttons.append([InlineKeyboardButton(label, callback_data=data)])
    if not buttons:
        await update.effective_message.reply_text(context.t("guided-empty"))
        return
    await update.effective_message.reply_text(
        context.t("guided-choose-role"), reply_markup=InlineKeyboardMarkup(buttons)
    )


async def guided_role_chosen(update: Update, context: BotContext) -> None:
    query = update.callback_query
    assert query is not None
    coalitions = await searchable_coalitions(context)
    if not coalitions:
        await query.answer(context.t("search-not-member"), show_alert=True)
        return
    await query.answer()
    role_key = parse_guided_role(query.data)
    if role_key is None:  # "zr:" alone: start the guided search
        await show_role_choice(update, context)
        return
    counts = await context.db.partner_search.municipality_counts(coalitions, role_key)
    role_text = role_vocabulary().display(role_key, context.language, role_key)
    rows = [
        [
            InlineKeyboardButton(
                f"{name} ({count})",
                callback_data=search_page_data(remember_search(context, f"{role_text} {name}"), 0),
            )
        ]
        for _, name, count in counts[:GUIDED_BUTTONS]
    ]
    everywhere = search_page_data(remember_search(context, role_text), 0)
    rows.append(
        [InlineKeyboardButton(context.t("button-all-municipalities"), callback_data=everywhere)]
    )
    if update.effective_message is not None:
        await update.effective_message.reply_text(
            context.t("guided-choose-municipality", role=role_text.lower()),
            reply_markup=InlineKeyboardMarkup(rows),
        )


async def inline_search(update: Update, context: BotContext) -> None:
    query = update.inline_query
    assert query is not None
    coalitions = await searchable_coalitions(context)
    text = query.query.strip()[:MAX_QUERY_CHARS]
    if not coalitions:
        button = InlineQueryResultsButton(context.t("inline-join"), start_parameter="help")
        await query.answer([], cache_time=0, is_personal=True, button=button)
        return
    search = context.db.partner_search
    partners = (await search.find(coalitions, text, slice(INLINE_SHOWN))).partners if text else []
    results = [
        InlineQueryResultArticle(
            id=str(p.id),
            title=p.data.name,
            description=" · ".join(
                part
                for part in (
                    role_shown(p, context.language),
                    p.data.municipality,
                    p.data.organisation,
                )
                if part
            ),
            input_message_content=InputTextMessageContent(
                card(p.data, role_shown(p, context.language), context.t)
            ),
        )
        for p in partners
    ]
    # Contact details are personal to the asker: never a shared cache.
    await query.answer(results, cache_time=10, is_personal=True)


def register(application: BotApplication) -> None:
    application.add_handler(CommandHandler(commands.SEARCH.names, search))
    application.add_handler(CallbackQueryHandler(show_page, pattern=r"^zk:"))
    application.add_handler(CallbackQueryHandler(send_contact_card, pattern=r"^zc:"))
    application.add_handler(CallbackQueryHandler(guided_role_chosen, pattern=r"^zr:"))
    application.add_handler(InlineQueryHandler(inline_search))
