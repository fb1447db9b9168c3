"""/werkgroepen: the coalition's workgroups, joined and left with a button; a coordinator
starts one with `/werkgroepen nieuw Naam: doel`."""

from telegram import Update

from handlers.actions.checks import agenda_coalitions, why_not_kept
from handlers.actions.view import parse_workgroup_button, workgroups_text
from handlers.core.context import BotContext
from rules.actions import MAX_GOAL_CHARS, MAX_WORKGROUP_NAME_CHARS
from storage.coalitions import Coalition


async def show_workgroups(update: Update, context: BotContext) -> None:
    message = update.effective_message
    assert message is not None
    coalitions = await agenda_coalitions(update, context)
    if not coalitions:
        return
    args = context.args or []
    if args[:1] == ["nieuw"] or args[:1] == ["new"]:
        await _new_workgroup(update, context, coalitions, " ".join(args[1:]))
        return
    for coalition in coalitions:
        workgroups = await context.db.actions.workgroups(coalition.id)
        text, markup = workgroups_text(context.t, coalition.name, workgroups, context.who.user_id)
        await message.reply_text(text, reply_markup=markup)


async def _new_workgroup(
    update: Update, context: BotContext, coalitions: list[Coalition], text: str
) -> None:
    message = update.effective_message
    assert message is not None
    coordinated = [c for c in coalitions if context.who.is_coordinator(c.id)]
    if not coordinated:
        await message.reply_text(context.t("workgroups-coordinators-only"))
        return
    name, _, goal = (part.strip() for part in text.partition(":"))
    refusal = await why_not_kept(context, name, MAX_WORKGROUP_NAME_CHARS)
    if refusal is None and goal:
        refusal = await why_not_kept(context, goal, MAX_GOAL_CHARS)
    if refusal is not None:
        await message.reply_text(refusal + "\n" + context.t("workgroups-new-usage"))
        return
    coalition = coordinated[0]  # a coordinator of several: the first, named in the answer
    added = await context.db.actions.add_workgroup(
        coalition.id, " ".join(name.split()), " ".join(goal.split()), context.who.user_id
    )
    key = "workgroups-added" if added is not None else "workgroups-exists"
    await message.reply_text(context.t(key, name=name, coalition=coalition.name))


async def on_workgroup_button(update: Update, context: BotContext) -> None:
    query = update.callback_query
    assert query is not None
    parsed = parse_workgroup_button(query.data)
    workgroup = await context.db.actions.workgroup(parsed[1]) if parsed else None
    if parsed is None or workgroup is None or not context.who.is_member(workgroup.coalition_id):
        await query.answer(context.t("button-stale"), show_alert=True)
        return
    join = parsed[0]
    await context.db.actions.set_membership(workgroup, context.who.user_id, join)
    await query.answer(
        context.t("workgroups-joined" if join else "workgroups-left", name=workgroup.name)
    )
    coalition = await context.db.coalitions.get(workgroup.coalition_id)
    assert coalition is not None
    workgroups = await context.db.actions.workgroups(coalition.id)
    text, markup = workgroups_text(context.t, coalition.name, workgroups, context.who.user_id)
    await query.edit_message_text(text, reply_markup=markup)
