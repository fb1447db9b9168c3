"""Upkeep: /status for admins (how the bot is doing, for whoever runs it) here, the heartbeat
(heartbeat.py) and the daily purge of what is kept no longer (retention.py)."""

from datetime import datetime, timedelta
from importlib import metadata
from pathlib import Path

from telegram import Update
from telegram.ext import CommandHandler

from handlers.core import commands
from handlers.core.context import BotApplication, BotContext
from rules.day_names import short_day_text
from rules.dropin import changes_since, occurrences, reminders_for

_MIB = 1024 * 1024


def version() -> str:
    try:
        return metadata.version("coalitiebot")
    except metadata.PackageNotFoundError:
        return "unknown"


def database_bytes(path: Path) -> int:
    files = [path, path.with_name(path.name + "-wal")]
    return sum(f.stat().st_size for f in files if f.exists())


async def next_reminders(context: BotContext, now: datetime) -> list[tuple[str, datetime]]:
    """The next drop-in reminder of each coalition, soonest first, at most three."""
    db = context.db
    schedules = await db.dropins.all_active()
    changes = await db.dropins.all_changes(since=changes_since(now))
    found = []
    for coalition_id, schedule in schedules.items():
        moments = [
            r.moment
            for o in occurrences(schedule, changes.get(coalition_id, {}), now, 2)
            for r in reminders_for(schedule, o)
            if r.moment > now
        ]
        coalition = await db.coalitions.get(coalition_id)
        if moments and coalition is not None:
            found.append((coalition.name, min(moments).astimezone(schedule.zone)))
    return sorted(found, key=lambda item: item[1])[:3]


async def show_status(update: Update, context: BotContext) -> None:
    message = update.effective_message
    assert message is not None
    t = context.t
    if not context.who.is_admin:
        await message.reply_text(t("status-admins-only"))
        return
    db = context.db
    now = context.clock.now()
    vitals = context.services.vitals
    counts = await db.operations.counts()
    upcoming = await next_reminders(context, now)
    last_answer = vitals.last_api_answer(now)
    size = database_bytes(context.config.database_path)  # one stat call: no need for a thread

    def ago(moment: datetime | None) -> str:
        if moment is None:
            return t("status-never")
        return t(
            "status-ago", time=str(timedelta(seconds=max(int((now - moment).total_seconds()), 0)))
        )

    next_text = ", ".join(
        f"{name} {short_day_text(at.date(), t.language)} {at:%H:%M}" for name, at in upcoming
    )
    await message.reply_text(
        t(
            "status-text",
            version=version(),
            uptime=str(timedelta(seconds=int((now - vitals.started_at).total_seconds()))),
            mode=vitals.mode,
            size=f"{size / _MIB:.1f}",
            coalitions=counts.coalitions,
            members=counts.members,
            listings=counts.listings,
            pending=counts.pending_deliveries,
            next=next_text or t("status-none"),
            refusals=vitals.refusals_last_hour(),
            answer=ago(last_answer),
            error=ago(vitals.last_error_at),
            stall=round(vitals.longest_stall * 1000),
        )
    )


def register(application: BotApplication) -> None:
    application.add_handler(CommandHandler(commands.STATUS.names, show_status))
