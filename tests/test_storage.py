"""Storage on a real SQLite file: pragmas, migrations, transactions, invites."""

from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest

from rules.invites import InviteStatus
from rules.municipalities import gazetteer
from rules.normalize import FOLD_VERSION
from storage.coalitions import Coalition
from storage.db import Database, load_migrations, split_sql
from tests.harness import FakeClock


async def test_pragmas_and_all_migrations(tmp_path: Path) -> None:
    db = await Database.open(tmp_path / "a.sqlite3", FakeClock())
    try:
        pragmas = {}
        for name in ("journal_mode", "foreign_keys", "busy_timeout"):
            async with db.connection.execute(f"PRAGMA {name}") as cursor:
                row = await cursor.fetchone()
            assert row is not None
            pragmas[name] = row[0]
        assert pragmas == {"journal_mode": "wal", "foreign_keys": 1, "busy_timeout": 5000}
        assert await db.schema_version() == len(load_migrations())
        assert await db.migrate() == []  # nothing left to do the second time
    finally:
        await db.close()


async def test_database_from_migration_1_is_upgraded_without_losing_rows(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    old = await Database.open(path, FakeClock(), migrate_to=1)
    assert await old.schema_version() == 1
    # Written as migration 1 knew it: today's repository writes columns added later.
    await old.connection.execute(
        "INSERT INTO coalitions (slug, name, municipalities, timezone, created_at)"
        " VALUES ('heumen', 'Heumen', '[\"Heumen\"]', 'Europe/Amsterdam', '2026-01-01T00:00:00')"
    )
    await old.connection.commit()
    coalition = Coalition(1, "heumen", "Heumen", ("Heumen",), "Europe/Amsterdam", "nl")
    await old.members.set_role(coalition.id, 501, "coordinator")
    invite = await old.invites.create(
        coalition.id, role="member", max_uses=3, valid_for=timedelta(days=1), created_by=501
    )
    await old.close()

    new = await Database.open(path, FakeClock())
    try:
        assert await new.schema_version() == len(load_migrations()) > 1
        assert await new.coalitions.by_slug("heumen") == coalition
        assert [m.role for m in await new.members.of_user(501)] == ["coordinator"]
        assert await new.invites.get(invite.code) == invite
        await new.people.seen(501, "Carla", "nl")  # a table from a later migration works
        person = await new.people.get(501)
        assert person is not None and person.first_name == "Carla"
    finally:
        await new.close()


async def test_listings_indexed_before_migration_14_are_found_after_it(tmp_path: Path) -> None:
    """0014 makes the search index again (with the experience column): the rows written
    before it are indexed again at the next start, and experience is found from then on."""
    path = tmp_path / "old.sqlite3"
    old = await Database.open(path, FakeClock(), migrate_to=13)
    await old.connection.execute(
        "INSERT INTO coalitions (slug, name, municipalities, timezone, created_at)"
        " VALUES ('nml', 'NML', '[\"Venlo\"]', 'Europe/Amsterdam', '2026-01-01T00:00:00')"
    )
    await old.connection.execute(
        "INSERT INTO partners (coalition_id, name, role, role_key, municipality,"
        " municipality_key, email, natural_key, status, source, consent_by, consent_at,"
        " last_checked_at, created_at, updated_at) VALUES (1, 'Zoë', 'Verloskundige',"
        " 'verloskundige', 'Venlo', 'venlo', 'z@vk.nl', 'zoe||venlo', 'listed', 'import',"
        " 'import', '2026-01-01', '2026-01-01', '2026-01-01', '2026-01-01')"
    )
    await old.connection.commit()
    # Indexed as 0013's index was (no experience column), and the state says it is current.
    await old.connection.execute(
        "INSERT INTO partner_fts (rowid, coalition, role, municipality, name)"
        " VALUES (1, 'c1', 'verloskundige', 'venlo', 'zoe')"
    )
    await old.connection.execute(
        "INSERT INTO search_index_state VALUES (1, ?, ?, '2026-01-01')",
        (FOLD_VERSION, gazetteer().source),
    )
    await old.connection.commit()
    await old.close()

    new = await Database.open(path, FakeClock())
    try:
        found = await new.partner_search.find((1,), "zoe")  # a name: from the full-text index
        assert [p.data.name for p in found.partners] == ["Zoë"]
        zoe = found.partners[0]
        await new.partners.edit(zoe.id, replace(zoe.data, experience="VoorZorg"))
        again = await new.partner_search.find((1,), "voorzorg")
        assert [p.data.name for p in again.partners] == ["Zoë"]
    finally:
        await new.close()


async def test_failed_transaction_leaves_nothing(tmp_path: Path) -> None:
    db = await Database.open(tmp_path / "t.sqlite3", FakeClock())
    try:
        with pytest.raises(RuntimeError):
            async with db.transaction() as conn:
                await conn.execute(
                    "INSERT INTO coalitions (slug, name, timezone, created_at)"
                    " VALUES ('x', 'X', 'UTC', 'now')"
                )
                raise RuntimeError("half-way")
        assert await db.coalitions.all() == []
    finally:
        await db.close()


async def test_foreign_keys_are_enforced(tmp_path: Path) -> None:
    import sqlite3

    db = await Database.open(tmp_path / "fk.sqlite3", FakeClock())
    try:
        with pytest.raises(sqlite3.IntegrityError):
            await db.members.set_role(999, 1, "member")
    finally:
        await db.close()


async def test_invite_rules(tmp_path: Path) -> None:
    clock = FakeClock()
    db = await Database.open(tmp_path / "i.sqlite3", clock)
    try:
        coalition = await db.coalitions.add(
            slug="nml", name="NML", municipalities=[], timezone="Europe/Amsterdam"
        )
        member_invite = await db.invites.create(
            coalition.id, role="member", max_uses=2, valid_for=timedelta(hours=1), created_by=1
        )
        assert len(member_invite.code) == 16  # 96 random bits
        assert (await db.invites.redeem(member_invite.code, 10)).status is InviteStatus.JOINED
        assert (
            await db.invites.redeem(member_invite.code, 10)
        ).status is InviteStatus.ALREADY_MEMBER
        assert (await db.invites.redeem(member_invite.code, 11)).status is InviteStatus.JOINED
        assert (await db.invites.redeem(member_invite.code, 12)).status is InviteStatus.USED_UP

        promote = await db.invites.create(
            coalition.id,
            role="coordinator",
            max_uses=1,
            valid_for=timedelta(hours=1),
            created_by=1,
        )
        assert (await db.invites.redeem(promote.code, 10)).status is InviteStatus.PROMOTED
        assert [m.role for m in await db.members.of_user(10)] == ["coordinator"]

        late = await db.invites.create(
            coalition.id, role="member", max_uses=5, valid_for=timedelta(hours=1), created_by=1
        )
        clock.advance(timedelta(hours=1))
        assert (await db.invites.redeem(late.code, 13)).status is InviteStatus.EXPIRED
        assert (await db.invites.redeem("nope", 13)).status is InviteStatus.UNKNOWN
        assert await db.members.of_user(13) == []
        # A coordinator following a member link stays coordinator.
        fresh = await db.invites.create(
            coalition.id, role="member", max_uses=5, valid_for=timedelta(hours=1), created_by=1
        )
        assert (await db.invites.redeem(fresh.code, 10)).status is InviteStatus.ALREADY_MEMBER
        assert [m.role for m in await db.members.of_user(10)] == ["coordinator"]
    finally:
        await db.close()


def test_split_sql_handles_comments_and_multiline_statements() -> None:
    script = (
        "-- heading\nCREATE TABLE a (\n  x INTEGER -- note\n);\n\n-- end\nCREATE INDEX i ON a(x);\n"
    )
    statements = split_sql(script)
    assert len(statements) == 2
    assert statements[1].endswith("CREATE INDEX i ON a(x);")
    with pytest.raises(ValueError):
        split_sql("CREATE TABLE b (x")


async def test_backup_is_a_usable_copy(tmp_path: Path) -> None:
    db = await Database.open(tmp_path / "live.sqlite3", FakeClock())
    try:
        await db.coalitions.add(slug="a", name="A", municipalities=[], timezone="UTC")
        await db.backup(tmp_path / "copy" / "backup.sqlite3")
    finally:
        await db.close()
    copy = await Database.open(tmp_path / "copy" / "backup.sqlite3", FakeClock())
    try:
        assert [c.slug for c in await copy.coalitions.all()] == ["a"]
    finally:
        await copy.close()
