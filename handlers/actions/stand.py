"""/stand: the stand van zaken of the person's coalitions since a date, in chat; `/stand pdf`
for coordinators: the same as a PDF for the steering group (made in the worker process)."""

from datetime import timedelta

from telegram import InputFile, Update

from handlers.actions.checks import agenda_coalitions
from handlers.actions.view import stand_labels, stand_text
from handlers.core.context import BotContext
from rules.actions import parse_due, stand_van_zaken
from rules.actions_document import StandDocument, done_per_month, stand_pdf
from rules.normalize import fold
from rules.worker_process import run_in_worker_process

STAND_DAYS = 90  # /stand without a date: the last three months


async def show_stand(update: Update, context: BotContext) -> None:
    """`/stand [#werkgroep] [datum]`: the stand van zaken of the coalition, or of one
    workgroup, since that date (three months by default); `/stand pdf …`: the same as a PDF,
    for coordinators to send on."""
    message = update.effective_message
    assert message is not None
    coalitions = await agenda_coalitions(update, context)
    if not coalitions:
        return
    args = list(context.args or [])
    as_document = bool(args) and args[0].lower() == "pdf"
    if as_document:
        args = args[1:]
        coalitions = [c for c in coalitions if context.who.is_coordinator(c.id)]
        if not coalitions:
            await message.reply_text(context.t("stand-pdf-coordinators-only"))
            return
    group = next((a[1:] for a in args if a.startswith("#")), "")
    args = [a for a in args if not a.startswith("#")]
    today = context.clock.now().date()
    typed = " ".join(args)
    since = parse_due(typed, today) if typed else today - timedelta(days=STAND_DAYS)
    if since is not None and since > today:  # "1-9" without a year: the last 1 September
        since = since.replace(year=since.year - 1)
    if since is None or since > today:
        await message.reply_text(context.t("stand-since-unknown", text=typed))
        return
    for coalition in coalitions:
        every = await context.db.actions.of_coalition(coalition.id)
        name = coalition.name
        if group:  # one workgroup: its actions, under its name
            every = [a for a in every if fold(a.workgroup).startswith(fold(group))]
            if not every:
                await message.reply_text(context.t("actions-workgroup-unknown", name=group))
                continue
            name = f"{every[0].workgroup} ({coalition.name})"
        facts = [a.facts() for a in every]
        stand = stand_van_zaken(facts, since, today)
        if not as_document:
            await message.reply_text(stand_text(context.t, name, stand))
            continue
        document = StandDocument(
            name,
            stand,
            today,
            stand_labels(context.t, since, today),
            done_per_month(facts, today),
        )
        pdf = await run_in_worker_process(stand_pdf, document)
        file_name = f"stand-van-zaken-{coalition.slug}-{today:%Y-%m-%d}.pdf"
        await message.reply_document(
            InputFile(pdf, filename=file_name),
            caption=context.t("stand-pdf-caption", coalition=name),
        )
