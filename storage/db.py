"""The database as the bot opens it: pragmas, numbered migrations, backup, and every
repository composed on one shared connection (storage/connection.py). Nothing in storage/
imports this module."""

import asyncio
import logging
import re
import sqlite3
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import aiosqlite

from rules.clock import Clock, to_iso
from storage.actions import ActionRepository
from storage.actions.rounds import ActionRoundRepository
from storage.announcements import AnnouncementRepository
from storage.audit import AuditRepository
from storage.coalitions import CoalitionRepository
from storage.connection import SharedConnection
from storage.dropins import DropinRepository
from storage.feedback import FeedbackRepository
from storage.groups import GroupRepository
from storage.inbox import InboxRepository
from storage.introduction_outbox import IntroductionOutbox
from storage.introductions import IntroductionRepository
from storage.invites import InviteRepository
from storage.members import MemberRepository
from storage.network_questions import NetworkQuestionRepository
from storage.operations import OperationsRepository
from storage.partners.imports import PartnerImportRepository
from storage.partners.repository import PartnerRepository
from storage.partners.search import PartnerSearchRepository
from storage.people import PeopleRepository
from storage.privacy import PrivacyRepository
from storage.reminders import ReminderRepository
from storage.settings import SettingsRepository

logger = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 5000
_MIGRATION_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str


def load_migrations() -> list[Migration]:
    """Migrations shipped in storage/migrations, ordered by their number."""
    found: list[Migration] = []
    for entry in resources.files("storage.migrations").iterdir():
        match = _MIGRATION_NAME.match(entry.name)
        if match:
            found.append(Migration(int(match.group(1)), entry.name, entry.read_text("utf-8")))
    found.sort(key=lambda m: m.version)
    versions = [m.version for m in found]
    if versions != list(range(1, len(found) + 1)):
        raise RuntimeError(f"migrations must be numbered 1..n without gaps, found {versions}")
    return found


class DatabaseRefused(Exception):
    """The database file cannot be used as it is; the message says why and what to do. The
    file is left untouched."""


class DatabaseMissing(DatabaseRefused):
    """There is no database file where one was expected; nothing was created."""


async def check_file(path: Path | str) -> int:
    """Before the bot writes anything: the file's schema version (0 for a new file), after
    checking it is SQLite, passes PRAGMA quick_check and was not made by a newer version of
    the bot. Opened read-only, so a refused file stays exactly as it was."""
    if str(path) == ":memory:":
        return 0
    absolute = await asyncio.to_thread(
        lambda: Path(path).resolve() if Path(path).exists() else None
    )
    if absolute is None:
        return 0
    latest = len(load_migrations())
    try:
        async with aiosqlite.connect(f"file:{absolute}?mode=ro", uri=True) as conn:
            checked = await conn.execute_fetchall("PRAGMA quick_check")
            problems = [str(row[0]) for row in checked if str(row[0]) != "ok"]
            if problems:
                raise DatabaseRefused(
                    f"the database {path} failed its integrity check ({problems[0][:120]});"
                    " restore a backup with: python -m bot restore FILE"
                )
            tables = await conn.execute_fetchall(
                "SELECT 1 FROM sqlite_master WHERE name = 'schema_migrations'"
            )
            found = (
                await conn.execute_fetchall(
                    "SELECT COALESCE(MAX(version), 0) FROM schema_migrations"
                )
                if tables
                else [(0,)]
            )
    except sqlite3.DatabaseError as error:
        raise DatabaseRefused(
            f"{path} is not a database the bot can read ({error}); restore a backup with:"
            " python -m bot restore FILE"
        ) from None
    version = int(next(iter(found))[0])
    if version > latest:
        raise DatabaseRefused(
            f"the database {path} was made by a newer version of the bot (schema {version}, this"
            f" version knows up to {latest}); run the newer version, or restore a backup made"
            " by this one"
        )
    return version


class Database(SharedConnection):
    """The shared connection with every repository on it: `db.members`, `db.partners`, ..."""

    def __init__(self, connection: aiosqlite.Connection, clock: Clock) -> None:
        super().__init__(connection, clock)
        self.coalitions = CoalitionRepository(self)
        self.members = MemberRepository(self)
        self.invites = InviteRepository(self)
        self.people = PeopleRepository(self)
        self.partner_search = PartnerSearchRepository(self)
        self.partners = PartnerRepository(self, self.partner_search)
        self.partner_import = PartnerImportRepository(self, self.partner_search)
        self.dropins = DropinRepository(self)
        self.groups = GroupRepository(self)
        self.reminders = ReminderRepository(self)
        self.feedback = FeedbackRepository(self)
        self.announcements = AnnouncementRepository(self)
        self.introductions = IntroductionRepository(self)
        self.introduction_outbox = IntroductionOutbox(self)
        self.settings = SettingsRepository(self)
        self.audit = AuditRepository(self)
        self.network_questions = NetworkQuestionRepository(self)
        self.actions = ActionRepository(self)
        self.action_rounds = ActionRoundRepository(self)
        self.inbox = InboxRepository(self)
        self.operations = OperationsRepository(self, self.partner_search)
        self.privacy = PrivacyRepository(self, self.people, self.partner_search)

    @classmethod
    async def open(
        cls,
        path: Path | str,
        clock: Clock,
        *,
        migrate_to: int | None = None,
        create: bool = True,
    ) -> "Database":
        """`create=False`: only an existing database; DatabaseMissing, with nothing made on
        disk, when there is none."""
        if str(path) != ":memory:":
            if not create and not await asyncio.to_thread(Path(path).is_file):
                absolute = await asyncio.to_thread(Path(path).absolute)
                raise DatabaseMissing(f"no database at {absolute} (DATABASE_PATH)")
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        await check_file(path)
        connection = await aiosqlite.connect(str(path), isolation_level=None)
        connection.row_factory = aiosqlite.Row
        await connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        await connection.execute("PRAGMA journal_mode = WAL")
        await connection.execute("PRAGMA foreign_keys = ON")
        await connection.execute("PRAGMA synchronous = NORMAL")
        # Deleted and overwritten content is zeroed: a refused text or a forgotten person
        # leaves no trace in free pages of the file.
        await connection.execute("PRAGMA secure_delete = ON")
        database = cls(connection, clock)
        try:
            await database.migrate(migrate_to)
            if migrate_to is None:
                indexed = await database.partner_search.refresh_index()
                if indexed is not None:
                    logger.info("Search index rebuilt: %d listings", indexed)
        except BaseException:
            await connection.close()
            raise
        return database

    @classmethod
    async def open_read_only(cls, path: Path | str, clock: Clock) -> "Database":
        """For looking only (the health check): no migrations, no writes."""
        absolute = await asyncio.to_thread(lambda: Path(path).resolve())
        connection = await aiosqlite.connect(f"file:{absolute}?mode=ro", uri=True)
        await connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        return cls(connection, clock)

    async def close(self) -> None:
        await self.connection.close()

    async def schema_version(self) -> int:
        await self.connection.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations ("
            " version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
        )
        async with self.connection.execute(
            "SELECT COALESCE(MAX(version), 0) FROM schema_migrations"
        ) as cursor:
            row = await cursor.fetchone()
        return int(row[0]) if row else 0

    async def migrate(self, target: int | None = None) -> list[int]:
        """Apply the migrations not yet recorded, each in its own transaction."""
        applied: list[int] = []
        current = await self.schema_version()
        for migration in load_migrations():
            if migration.version <= current or (target is not None and migration.version > target):
                continue
            async with self.transaction() as conn:
                # executescript() would COMMIT first, so run the statements one by one.
                for statement in split_sql(migration.sql):
                    await conn.execute(statement)
                await conn.execute(
                    "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
                    (migration.version, migration.name, to_iso(self.clock.now())),
                )
            logger.info("Applied migration %s", migration.name)
            applied.append(migration.version)
        return applied

    async def backup(self, target: Path) -> None:
        """A consistent copy of the whole database, safe while the bot runs."""
        target.parent.mkdir(parents=True, exist_ok=True)
        async with aiosqlite.connect(str(target)) as destination:
            await self.connection.backup(destination)


def split_sql(script: str) -> list[str]:
    """Statements of a migration script; sqlite3.complete_statement finds where each ends."""
    statements: list[str] = []
    buffer = ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            statement = buffer.strip()
            if statement.rstrip(";").strip() and not _only_comments(statement):
                statements.append(statement)
            buffer = ""
    if buffer.strip() and not _only_comments(buffer):
        raise ValueError(f"incomplete SQL statement at end of migration: {buffer.strip()[:80]}")
    return statements


def _only_comments(text: str) -> bool:
    return all(not line.strip() or line.strip().startswith("--") for line in text.splitlines())
