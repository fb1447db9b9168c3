"""The action agenda in chat: /actie (propose an action: `/actie Titel #Werkgroep tot
31-03-2027`), /acties (your actions with their status buttons, and the coalition's numbers;
`/acties alle`), the buttons on an action's card (status, news, *Ik trek mee*, the drop-in's
agenda, sharing as a practice example) and /voorbeelden. /werkgroepen is workgroups.py,
/stand stand.py, the status round rounds.py, the Mini App's endpoints web.py. Every
text is screened (rules/screening.py) before it is kept; every change is in the audit trail
(storage/actions/). Owners and coordinators change an action's status; a person who left
the coalition changes nothing. The status round (rounds.py) asks owners how it goes, on the
rhythm a coordinator sets with `/acties ritme maandelijks` or `/acties ritme 15-03-2027`."""

from telegram import InlineKeyboardMarkup, Update
from telegram.ext import CallbackQueryHandler, CommandHandler, ConversationHandler, MessageHandler

from handlers.actions.checks import agenda_coalitions, why_not_kept
from handlers.actions.rhythm import set_rhythm
from handlers.actions.rounds import ROUNDS_KEY, ActionRounds
from handlers.actions.stand import show_stand
from handlers.actions.view import (
    action_buttons,
    action_card,
    counts_text,
    examples_text,
    parse_action_button,
    parse_coalition_button,
    parse_status_button,
    status_label,
)
from handlers.actions.workgroups import on_workgroup_button, show_workgroups
from handlers.core import commands
from handlers.core.coalition_choice import coalition_buttons
from handlers.core.context import BotApplication, BotContext
from handlers.core.conversation_steps import TYPED
from handlers.dropin import schedule_and_next
from rules.actions import (
    MAX_TITLE_CHARS,
    MAX_UPDATE_CHARS,
    OPEN_STATUSES,
    ActionStatus,
    example_matches,
    parse_due,
    parse_proposal,
    stand_van_zaken,
)
from rules.day_names import day_text
from rules.dropin_input import MAX_QUESTION_LENGTH
from rules.normalize import fold
from storage.actions import Action
from storage.coalitions import Coalition

PROPOSAL_KEY = "action_proposal"
NEWS_KEY = "action_news"
NEWS = 0  # the conversation's one step: the news typed
SHOWN_OWN = 10
SHOWN_ALL = 20
SHOWN_EXAMPLES = 10


# ---- /actie ---------------------------------------------------------------------------------


async def propose_action(update: Update, context: BotContext) -> None:
    message = update.effective_message
    assert message is not None and context.user_data is not None
    coalitions = await agenda_coalitions(update, context)
    if not coalitions:
        return
    text = " ".join(context.args or [])
    if not text.strip():
        await message.reply_text(context.t("actions-usage"))
        return
    if len(coalitions) == 1:
        await _propose_in(update, context, coalitions[0], text)
        return
    context.user_data[PROPOSAL_KEY] = text
    await message.reply_text(
        context.t("actions-choose-coalition"),
        reply_markup=InlineKeyboardMarkup(
            coalition_buttons(((c.id, c.name) for c in coalitions), "ac:c:")
        ),
    )


async def _propose_in(update: Update, context: BotContext, coalition: Coalition, text: str) -> None:
    message = update.effective_message
    assert message is not None
    proposal = parse_proposal(text)
    refusal = await why_not_kept(context, proposal.title, MAX_TITLE_CHARS)
    if refusal is not None:
        await message.reply_text(refusal)
        return
    today = context.clock.now().date()
    due = parse_due(proposal.due_text, today) if proposal.due_text else None
    if proposal.due_text and due is None:
        await message.reply_text(context.t("actions-due-unknown", text=proposal.due_text))
        return
    workgroup_id = None
    if proposal.workgroup:
        wanted = fold(proposal.workgroup)
        found = [
            g
            for g in await context.db.actions.workgroups(coalition.id)
            if fold(g.name).startswith(wanted)
        ]
        if len(found) != 1:
            await message.reply_text(
                context.t("actions-workgroup-unknown", name=proposal.workgroup)
            )
            return
        workgroup_id = found[0].id
    action = await context.db.actions.propose(
        coalition.id, proposal.title, context.who.user_id, workgroup_id, due
    )
    await message.reply_text(
        context.t("actions-proposed", coalition=coalition.name)
        + "\n\n"
        + action_card(context.t, action, today),
        reply_markup=_buttons(context, action),
    )


def _buttons(context: BotContext, action: Action) -> InlineKeyboardMarkup:
    return action_buttons(
        context.t,
        action,
        owner=context.who.user_id in action.owners,
        coordinator=context.who.is_coordinator(action.coalition_id),
    )


async def _card(context: BotContext, action: Action) -> str:
    return action_card(context.t, action, context.clock.now().date())


async def on_coalition_chosen(update: Update, context: BotContext) -> None:
    query = update.callback_query
    assert query is not None and context.user_data is not None
    coalition_id = parse_coalition_button(query.data)
    text = context.user_data.pop(PROPOSAL_KEY, None)
    coalition = await context.db.coalitions.get(coalition_id) if coalition_id else None
    if text is None or coalition is None or not context.who.is_member(coalition.id):
        await query.answer(context.t("button-stale"), show_alert=True)
        return
    await query.answer()
    await query.edit_message_reply_markup(None)
    await _propose_in(update, context, coalition, text)


# ---- /acties and the status buttons ---------------------------------------------------------


async def show_actions(update: Update, context: BotContext) -> None:
    """The coalition's numbers, then your open actions; `/acties alle`: every open action of
    the coalition, to take part in or (coordinators) to change."""
    message = update.effective_message
    assert message is not None
    coalitions = await agenda_coalitions(update, context)
    if not coalitions:
        return
    if (context.args or [""])[0].lower() in ("ritme", "rhythm", "ritmy"):
        await set_rhythm(update, context, coalitions, " ".join((context.args or [])[1:]))
        return
    today = context.clock.now().date()
    every_open: list[Action] = []
    for coalition in coalitions:
        every = await context.db.actions.of_coalition(coalition.id)
        every_open += [a for a in every if a.status in OPEN_STATUSES]
        stand = stand_van_zaken([a.facts() for a in every], today, today)
        counts = counts_text(context.t, stand.per_status)
        await message.reply_text(
            context.t("actions-coalition", coalition=coalition.name, counts=counts or "0")
        )
    if (context.args or [""])[0].lower() in ("alle", "all", "alles"):
        shown = every_open[:SHOWN_ALL]
    else:
        own = await context.db.actions.of_owner(context.who.user_id)
        shown = [a for a in own if a.status in OPEN_STATUSES][:SHOWN_OWN]
        if not shown:
            await message.reply_text(context.t("actions-own-none"))
            return
    for action in shown:
        await message.reply_text(
            await _card(context, action), reply_markup=_buttons(context, action)
        )


async def _tapped_action(
    update: Update, context: BotContext, action_id: int | None
) -> Action | None:
    """The action a button is about, when the person may still act on it; None after saying
    the button is stale."""
    query = update.callback_query
    assert query is not None
    action = await context.db.actions.get(action_id) if action_id else None
    if action is None or not context.who.is_member(action.coalition_id):
        await query.answer(context.t("button-stale"), show_alert=True)
        return None
    return action


def _may_change(context: BotContext, action: Action) -> bool:
    return context.who.user_id in action.owners or context.who.is_coordinator(action.coalition_id)


async def on_status_button(update: Update, context: BotContext) -> None:
    query = update.callback_query
    assert query is not None
    parsed = parse_status_button(query.data)
    action = await _tapped_action(update, context, parsed[0] if parsed else None)
    if action is None or parsed is None:
        return
    if not _may_change(context, action):
        await query.answer(context.t("actions-owners-only"), show_alert=True)
        return
    status = parsed[1]
    await context.db.actions.set_status(action, status, context.who.user_id)
    await query.answer(context.t("actions-status-set", status=status_label(context.t, status)))
    await _redraw(update, context, action.id)


async def _redraw(update: Update, context: BotContext, action_id: int) -> None:
    """The tapped card again, as the action is now."""
    query = update.callback_query
    changed = await context.db.actions.get(action_id)
    assert query is not None and changed is not None
    await query.edit_message_text(
        await _card(context, changed), reply_markup=_buttons(context, changed)
    )


async def on_own_button(update: Update, context: BotContext) -> None:
    """A member of the coalition becomes an owner too."""
    query = update.callback_query
    assert query is not None
    action = await _tapped_action(update, context, parse_action_button(query.data))
    if action is None:
        return
    await context.db.actions.add_owner(action, context.who.user_id, context.who.user_id)
    await query.answer(context.t("actions-owner-added"))
    await _redraw(update, context, action.id)


async def on_agenda_button(update: Update, context: BotContext) -> None:
    """A coordinator puts the action on the next drop-in's agenda, as /vraag does a question."""
    query = update.callback_query
    assert query is not None
    action = await _tapped_action(update, context, parse_action_button(query.data))
    if action is None:
        return
    if not context.who.is_coordinator(action.coalition_id):
        await query.answer(context.t("actions-owners-only"), show_alert=True)
        return
    found = await schedule_and_next(context, action.coalition_id)
    if found is None or not found[0].active or found[1] is None:
        await query.answer(context.t("question-no-dropin"), show_alert=True)
        return
    occurrence = found[1]
    item = context.t(
        "actions-agenda-item", title=action.title, status=status_label(context.t, action.status)
    )[:MAX_QUESTION_LENGTH]
    questions = await context.db.dropins.questions(action.coalition_id, occurrence.key)
    if any(q.text == item for q in questions):
        await query.answer(context.t("actions-already-on-agenda"), show_alert=True)
        return
    await context.db.dropins.add_question(
        action.coalition_id, occurrence.key, context.who.user_id, item
    )
    await query.answer(
        context.t("actions-on-agenda", date=day_text(occurrence.key, context.language)),
        show_alert=True,
    )


async def on_share_button(update: Update, context: BotContext) -> None:
    """An owner agrees to share a done action as a practice example."""
    query = update.callback_query
    assert query is not None
    action = await _tapped_action(update, context, parse_action_button(query.data))
    if action is None:
        return
    if context.who.user_id not in action.owners or action.status is not ActionStatus.DONE:
        await query.answer(context.t("actions-share-owners-only"), show_alert=True)
        return
    shared = await context.db.actions.consent_to_share(action, context.who.user_id)
    await query.answer(
        context.t("actions-shared" if shared else "actions-share-waits"), show_alert=True
    )
    await _redraw(update, context, action.id)


async def show_examples(update: Update, context: BotContext) -> None:
    """`/voorbeelden [woorden]`: the practice examples of your coalitions, found by words."""
    message = update.effective_message
    assert message is not None
    coalitions = await agenda_coalitions(update, context)
    if not coalitions:
        return
    typed = " ".join(context.args or [])
    examples = await context.db.actions.examples([c.id for c in coalitions])
    if typed:
        examples = [e for e in examples if example_matches(typed, e.example_text)]
    if not examples:
        await message.reply_text(context.t("examples-none"))
        return
    await message.reply_text(
        context.t("examples-header", count=len(examples))
        + "\n\n"
        + examples_text(context.t, examples[:SHOWN_EXAMPLES])
    )


async def start_news(update: Update, context: BotContext) -> int:
    query = update.callback_query
    assert query is not None and context.user_data is not None
    action = await _tapped_action(update, context, parse_action_button(query.data))
    if action is None:
        return ConversationHandler.END
    if not _may_change(context, action):
        await query.answer(context.t("actions-owners-only"), show_alert=True)
        return ConversationHandler.END
    await query.answer()
    context.user_data[NEWS_KEY] = action.id
    assert query.message is not None
    await context.bot.send_message(
        query.message.chat.id,
        context.t("actions-news-ask", title=action.title, max=MAX_UPDATE_CHARS),
    )
    return NEWS


async def on_news(update: Update, context: BotContext) -> int:
    """The sentence, screened, as an update with the action's current status."""
    message = update.effective_message
    assert message is not None and context.user_data is not None
    action = await context.db.actions.get(context.user_data.get(NEWS_KEY, 0))
    if (
        action is None
        or not context.who.is_member(action.coalition_id)
        or not _may_change(context, action)
    ):
        context.user_data.pop(NEWS_KEY, None)
        await message.reply_text(context.t("button-stale"))
        return ConversationHandler.END
    text = " ".join((message.text or "").split())
    refusal = await why_not_kept(context, text, MAX_UPDATE_CHARS)
    if refusal is not None:
        await message.reply_text(refusal)
        return NEWS
    await context.db.actions.set_status(action, action.status, context.who.user_id, text)
    context.user_data.pop(NEWS_KEY, None)
    changed = await context.db.actions.get(action.id)
    assert changed is not None
    await message.reply_text(
        context.t("actions-news-kept") + "\n\n" + await _card(context, changed),
        reply_markup=_buttons(context, changed),
    )
    return ConversationHandler.END


async def cancel_news(update: Update, context: BotContext) -> int:
    assert update.effective_message is not None and context.user_data is not None
    context.user_data.pop(NEWS_KEY, None)
    await update.effective_message.reply_text(context.t("actions-news-cancelled"))
    return ConversationHandler.END


def register(application: BotApplication) -> None:
    rounds = ActionRounds(application)
    rounds.schedule()
    application.bot_data[ROUNDS_KEY] = rounds
    application.add_handler(CommandHandler(commands.WORKGROUPS.names, show_workgroups))
    application.add_handler(CommandHandler(commands.PROPOSE_ACTION.names, propose_action))
    application.add_handler(CommandHandler(commands.ACTIONS.names, show_actions))
    application.add_handler(CommandHandler(commands.STAND.names, show_stand))
    application.add_handler(
        ConversationHandler(
            entry_points=[CallbackQueryHandler(start_news, pattern=r"^ac:n:")],
            states={NEWS: [MessageHandler(TYPED, on_news)]},
            fallbacks=[CommandHandler(commands.CANCEL.names, cancel_news)],
            name="action_news",
            allow_reentry=True,
        )
    )
    application.add_handler(CallbackQueryHandler(on_status_button, pattern=r"^ac:s:"))
    application.add_handler(CallbackQueryHandler(on_own_button, pattern=r"^ac:o:"))
    application.add_handler(CallbackQueryHandler(on_agenda_button, pattern=r"^ac:a:"))
    application.add_handler(CallbackQueryHandler(on_share_button, pattern=r"^ac:p:"))
    application.add_handler(CommandHandler(commands.EXAMPLES.names, show_examples))
    application.add_handler(CallbackQueryHandler(on_coalition_chosen, pattern=r"^ac:c:"))
    application.add_handler(CallbackQueryHandler(on_workgroup_button, pattern=r"^wg:"))
