"""The command line: `python -m bot [run | coalition … | invite … | backup …]`."""

import argparse
import asyncio
import re
import sys
from collections.abc import Sequence
from datetime import timedelta
from pathlib import Path

from telegram import Bot
from telegram.error import InvalidToken, NetworkError, TelegramError

from bot import logs, operations
from handlers.partners.csv_import import summary
from handlers.reports.view import feedback_csv
from rules.clock import SystemClock
from rules.config import Config, ConfigError, load_config
from rules.day_names import weekday_name
from rules.dropin import (
    DEFAULT_DURATION_MINUTES,
    DEFAULT_REMINDER_MINUTES,
    MAX_TITLE_LENGTH,
    Schedule,
    next_occurrence,
)
from rules.dropin_input import (
    LinkProblem,
    VideoLink,
    check_video_link,
    format_reminders,
    parse_clock_time,
    parse_duration,
    parse_reminders,
    parse_weekday,
)
from rules.invites import DEFAULT_INVITE_DAYS, MAX_INVITE_DAYS, MAX_INVITE_USES, invite_link
from rules.municipalities import gazetteer
from rules.partner_csv import MAX_FILE_BYTES, CsvFileError, describe_problems, parse_csv, write_csv
from rules.texts import DEFAULT_LANGUAGE, LANGUAGES, Texts
from storage.coalitions import Coalition, DuplicateSlugError
from storage.db import Database, DatabaseMissing, DatabaseRefused

EXIT_USAGE = 2
_SLUG = re.compile(r"^[a-z0-9][a-z0-9-]{0,62}$")


class UsageError(Exception):
    """A mistake in the command's arguments; the message says how to fix it."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bot", description=__doc__)
    commands = parser.add_subparsers(dest="command")
    commands.add_parser("run", help="start the bot (long polling); the default")

    coalition = commands.add_parser("coalition", help="create or list coalitions")
    coalition_commands = coalition.add_subparsers(dest="action", required=True)
    add = coalition_commands.add_parser("add", help="create a coalition")
    add.add_argument("name")
    add.add_argument("--slug", required=True, help="short name for commands, like venlo")
    add.add_argument("--municipalities", default="", help='comma-separated, like "Venlo,Beesel"')
    add.add_argument(
        "--language",
        choices=LANGUAGES,
        default=DEFAULT_LANGUAGE,
        help="what its groups read, and members who chose no language",
    )
    coalition_commands.add_parser("list", help="list coalitions")
    language = coalition_commands.add_parser("language", help="change a coalition's language")
    language.add_argument("slug")
    language.add_argument("language", choices=LANGUAGES)

    invite = commands.add_parser("invite", help="print a join link for a coalition")
    invite.add_argument("slug")
    invite.add_argument("--role", choices=["member", "coordinator"], default="member")
    invite.add_argument("--uses", type=int, help="how often it works (member 50, coordinator 1)")
    invite.add_argument("--days", type=int, default=DEFAULT_INVITE_DAYS)

    partners = commands.add_parser("partners", help="import or export a partner directory")
    partner_commands = partners.add_subparsers(dest="action", required=True)
    partners_import = partner_commands.add_parser("import", help="import or update from CSV")
    partners_import.add_argument("slug")
    partners_import.add_argument("file", type=Path)
    partners_import.add_argument(
        "--only-valid", action="store_true", help="import the valid rows even if others have errors"
    )
    partners_export = partner_commands.add_parser("export", help="export listed partners as CSV")
    partners_export.add_argument("slug")
    partners_export.add_argument("--output", type=Path, help="file to write (default: stdout)")

    dropin = commands.add_parser("dropin", help="schedule the weekly drop-in call")
    dropin_commands = dropin.add_subparsers(dest="action", required=True)
    dropin_add = dropin_commands.add_parser("add", help="create or replace the schedule")
    dropin_add.add_argument("slug")
    dropin_add.add_argument("--weekday", required=True, help="ma/di/… or mon/tue/…")
    dropin_add.add_argument("--time", required=True, help="start, HH:MM local time")
    dropin_add.add_argument("--duration", default=str(DEFAULT_DURATION_MINUTES), help="minutes")
    dropin_add.add_argument("--link", required=True, help="https link of the video call")
    dropin_add.add_argument("--title", default="Inloop Kansrijke Start")
    dropin_add.add_argument(
        "--reminders", default=format_reminders(DEFAULT_REMINDER_MINUTES), help="like 24h,15m"
    )

    feedback = commands.add_parser("feedback", help="export feedback")
    feedback_commands = feedback.add_subparsers(dest="action", required=True)
    feedback_export = feedback_commands.add_parser("export", help="all responses as CSV")
    feedback_export.add_argument("slug")
    feedback_export.add_argument("--output", type=Path, help="file to write (default: stdout)")

    backup = commands.add_parser("backup", help="consistent copy of the database")
    backup.add_argument("file", type=Path)
    restore = commands.add_parser("restore", help="put a backup in place (the bot must be stopped)")
    restore.add_argument("file", type=Path)
    commands.add_parser("health", help="exit 0 when healthy, 1 with a one-line reason")
    retention = coalition_commands.add_parser(
        "comments", help="how long a coalition keeps feedback comments"
    )
    retention.add_argument("slug")
    retention.add_argument("--days", type=int, required=True, help="days after the meeting")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        config = load_config()
        logs.configure(config.log_format, secrets=(config.bot_token, config.webhook_secret))
        if args.command in (None, "run"):
            return operations.run(config)
        if args.command == "health":
            found = asyncio.run(operations.health(config))
            print(found.reason)
            return 0 if found.healthy else 1
        if args.command == "restore":
            print(operations.restore(config, args.file))
            return 0
        return asyncio.run(dispatch(config, args))
    except (ConfigError, UsageError) as error:
        print(f"Error: {error}", file=sys.stderr)
        return EXIT_USAGE


def creates_database(args: argparse.Namespace) -> bool:
    """Only `coalition add` starts a database; every other command works on an existing one
    and leaves no file behind where there is none."""
    return bool(args.command == "coalition" and args.action == "add")


async def dispatch(config: Config, args: argparse.Namespace) -> int:
    try:
        create = creates_database(args)
        db = await Database.open(config.database_path, SystemClock(), create=create)
    except DatabaseMissing as error:
        raise UsageError(
            f"{error}. Create a coalition first: python -m bot coalition add NAME --slug SLUG;"
            " or set DATABASE_PATH to the bot's database."
        ) from None
    except DatabaseRefused as error:
        raise UsageError(str(error)) from None
    try:
        if args.command == "coalition" and args.action == "add":
            return await coalition_add(db, config, args)
        if args.command == "coalition" and args.action == "list":
            return await coalition_list(db)
        if args.command == "coalition" and args.action == "comments":
            coalition = await coalition_by_slug(db, args.slug)
            if not 30 <= args.days <= 3650:
                raise UsageError("--days takes 30 to 3650 days")
            await db.coalitions.set_comment_retention_days(coalition.id, args.days)
            print(f"{coalition.name} keeps feedback comments {args.days} days after a meeting")
            return 0
        if args.command == "coalition" and args.action == "language":
            coalition = await coalition_by_slug(db, args.slug)
            await db.coalitions.set_language(coalition.id, args.language)
            print(f"{coalition.name} now speaks {args.language} to its groups and new members")
            return 0
        if args.command == "invite":
            return await make_invite(db, config, args)
        if args.command == "partners" and args.action == "import":
            return await partners_import(db, args)
        if args.command == "partners" and args.action == "export":
            return await partners_export(db, args)
        if args.command == "dropin" and args.action == "add":
            return await dropin_add(db, args)
        if args.command == "feedback" and args.action == "export":
            return await feedback_export(db, args)
        if args.command == "backup":
            await db.backup(args.file)
            print(f"Backup written to {args.file}")
            return 0
        raise UsageError(f"unknown command {args.command!r}")
    finally:
        await db.close()


async def coalition_add(db: Database, config: Config, args: argparse.Namespace) -> int:
    slug = args.slug.strip().lower()
    if not _SLUG.match(slug):
        raise UsageError("--slug takes lowercase letters, digits and dashes, like noord-limburg")
    name = args.name.strip()
    if not name:
        raise UsageError("the coalition needs a name")
    municipalities = [
        official_municipality(m.strip()) for m in args.municipalities.split(",") if m.strip()
    ]
    try:
        coalition = await db.coalitions.add(
            slug=slug,
            name=name,
            municipalities=municipalities,
            timezone=config.timezone,
            language=args.language,
        )
    except DuplicateSlugError:
        raise UsageError(f"a coalition with slug {slug!r} exists already") from None
    print(
        f"Created coalition {coalition.name} ({coalition.slug}), time zone {coalition.timezone},"
        f" language {coalition.language}"
    )
    return 0


def official_municipality(typed: str) -> str:
    """The official name of a municipality typed by any of its names ("Den Bosch"), or a
    UsageError with the closest official name."""
    places = gazetteer()
    official = places.official_name(typed)
    if official is not None:
        return official
    key = places.key_for(typed)
    if key is not None:  # a place inside a municipality
        raise UsageError(f"{typed!r} is a place in {places.official[key]}: name the municipality")
    suggestion = places.did_you_mean(typed)
    hint = f"; did you mean {suggestion}?" if suggestion else ""
    raise UsageError(f"{typed!r} is no Dutch municipality ({places.source}){hint}")


async def coalition_list(db: Database) -> int:
    coalitions = await db.coalitions.all()
    if not coalitions:
        print("No coalitions yet. Create one with: python -m bot coalition add NAME --slug SLUG")
        return 0
    for coalition in coalitions:
        members = await db.members.count(coalition.id)
        places = ", ".join(coalition.municipalities) or "-"
        print(
            f"{coalition.slug}\t{coalition.name}\t{places}\t{members} members\t{coalition.language}"
        )
    return 0


async def coalition_by_slug(db: Database, slug: str) -> Coalition:
    coalition = await db.coalitions.by_slug(slug.lower())
    if coalition is None:
        raise UsageError(f"no coalition with slug {slug!r}; see: python -m bot coalition list")
    return coalition


async def partners_import(db: Database, args: argparse.Namespace) -> int:
    coalition = await coalition_by_slug(db, args.slug)
    t = Texts().bound("en")
    path: Path = args.file
    if not path.is_file():
        raise UsageError(f"{path} is not a file")
    if path.stat().st_size > MAX_FILE_BYTES:
        raise UsageError(t("csv-file-too-large", detail=str(MAX_FILE_BYTES // (1024 * 1024))))
    try:
        parsed = parse_csv(path.read_bytes())
    except CsvFileError as error:
        raise UsageError(t(error.key, detail=error.detail)) from None
    rows = [partner for _, partner in parsed.rows]
    if parsed.problems and not args.only_valid:
        for line in describe_problems(parsed.problems, t, limit=50):
            print(line, file=sys.stderr)
        plan = await db.partner_import.plan_import(coalition.id, rows)
        print(summary(t, plan, len({p.row for p in parsed.problems})), file=sys.stderr)
        raise UsageError(
            "nothing was imported. Correct the rows above, or run again with --only-valid "
            "to import only the valid rows."
        )
    plan = await db.partner_import.import_rows(coalition.id, rows, added_by=None)
    print(f"Imported into {coalition.name}: " + summary(t, plan, len(parsed.problems)))
    return 0


async def partners_export(db: Database, args: argparse.Namespace) -> int:
    coalition = await coalition_by_slug(db, args.slug)
    _write_output(write_csv([p.data for p in await db.partners.listed(coalition.id)]), args.output)
    return 0


def _write_output(data: bytes, output: Path | None) -> None:
    if output is None:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    else:
        output.write_bytes(data)
        print(f"Exported to {output}", file=sys.stderr)


async def feedback_export(db: Database, args: argparse.Namespace) -> int:
    coalition = await coalition_by_slug(db, args.slug)
    _write_output(feedback_csv(await db.feedback.export_rows(coalition.id)), args.output)
    return 0


async def dropin_add(db: Database, args: argparse.Namespace) -> int:
    coalition = await coalition_by_slug(db, args.slug)
    weekday = parse_weekday(args.weekday)
    if weekday is None:
        raise UsageError(f"--weekday {args.weekday!r} is no day; use ma, di, … or mon, tue, …")
    start = parse_clock_time(args.time)
    if start is None:
        raise UsageError(f"--time {args.time!r} is no time of day; use HH:MM, like 12:30")
    duration = parse_duration(args.duration)
    if duration is None:
        raise UsageError("--duration takes minutes between 5 and 480, like 60")
    link = check_video_link(args.link)
    if link is LinkProblem.NOT_HTTPS:
        raise UsageError("--link must start with https:// (other links are refused for safety)")
    if not isinstance(link, VideoLink):
        raise UsageError(f"--link {args.link!r} is not a link; copy it from the meeting invite")
    title = " ".join(args.title.split())
    if not title or len(title) > MAX_TITLE_LENGTH:
        raise UsageError(f"--title takes 1 to {MAX_TITLE_LENGTH} characters")
    reminders = parse_reminders(args.reminders)
    if reminders is None:
        raise UsageError("--reminders takes up to 4 times before the start, like 24h,15m")
    schedule = Schedule(
        weekday=weekday,
        start=start,
        duration_minutes=duration,
        timezone=coalition.timezone,
        title=title,
        link=link.url,
        reminder_minutes=reminders,
    )
    await db.dropins.save(coalition.id, schedule)
    upcoming = next_occurrence(schedule, {}, db.clock.now(), held_only=True)
    when = upcoming.starts_at.astimezone(schedule.zone) if upcoming else None
    print(
        f"Drop-in of {coalition.name}: {weekday_name(weekday, 'en')} {start:%H:%M}"
        f" ({coalition.timezone}), {duration} min, {link.kind} link,"
        f" reminders {format_reminders(reminders)} before."
        + (f" Next: {when:%Y-%m-%d %H:%M}." if when else "")
        + " A running bot picks this up within a minute."
    )
    return 0


async def bot_username(config: Config) -> str:
    bot = Bot(config.require_token(), base_url=config.api_base_url)
    try:
        async with bot:
            return bot.username
    except InvalidToken:
        raise ConfigError("BOT_TOKEN was refused by Telegram. Check it with @BotFather.") from None
    except (NetworkError, TelegramError) as error:
        raise UsageError(f"could not reach the Bot API at {config.bot_api_url}: {error}") from None


async def make_invite(db: Database, config: Config, args: argparse.Namespace) -> int:
    coalition = await coalition_by_slug(db, args.slug)
    uses = args.uses if args.uses is not None else (1 if args.role == "coordinator" else 50)
    if not 1 <= uses <= MAX_INVITE_USES:
        raise UsageError(f"--uses must be between 1 and {MAX_INVITE_USES}")
    if not 1 <= args.days <= MAX_INVITE_DAYS:
        raise UsageError(f"--days must be between 1 and {MAX_INVITE_DAYS}")
    username = await bot_username(config)
    invite = await db.invites.create(
        coalition.id,
        role=args.role,
        max_uses=uses,
        valid_for=timedelta(days=args.days),
        created_by=None,
    )
    print(invite_link(username, invite.code))
    print(
        f"{args.role} invite for {coalition.name}: works {uses} time(s), "
        f"until {invite.expires_at:%Y-%m-%d %H:%M} UTC",
        file=sys.stderr,
    )
    return 0
