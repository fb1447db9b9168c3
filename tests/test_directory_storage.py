"""The directory on a real SQLite file: import plans, search that forgives, access by coalition."""

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from rules.partner_csv import PartnerData, parse_csv, write_csv
from storage.db import Database
from tests.harness import FakeClock
from tests.kit.directory import VENLO_CSV


@pytest.fixture
async def db(tmp_path: Path) -> AsyncIterator[Database]:
    database = await Database.open(tmp_path / "dir.sqlite3", FakeClock())
    yield database
    await database.close()


async def seeded(db: Database) -> tuple[int, int]:
    nml = await db.coalitions.add(
        slug="nml", name="NML", municipalities=["Venlo"], timezone="Europe/Amsterdam"
    )
    other = await db.coalitions.add(
        slug="utrecht", name="Utrecht", municipalities=[], timezone="Europe/Amsterdam"
    )
    parsed = parse_csv(VENLO_CSV)
    assert parsed.problems == []
    await db.partner_import.import_rows(nml.id, [p for _, p in parsed.rows], added_by=None)
    return nml.id, other.id


async def names(db: Database, coalition_id: int, text: str) -> list[str]:
    result = await db.partner_search.find((coalition_id,), text)
    return [p.data.name for p in result.partners]


async def test_search_forgives_typos_accents_abbreviations_and_places(db: Database) -> None:
    nml, _ = await seeded(db)
    # Marieke (kraamzorg) mentions "verloskundige" in her keywords: found, but ranked last.
    assert await names(db, nml, "verloskundige venlo") == ["Zoë Hendriks", "Marieke Gerrits"]
    assert await names(db, nml, "vk venlo") == ["Zoë Hendriks", "Marieke Gerrits"]
    assert await names(db, nml, "VERLOSKUNDGE") == [
        "Ingrid Smeets",
        "Zoë Hendriks",
        "Marieke Gerrits",
    ]
    assert await names(db, nml, "zoe") == ["Zoë Hendriks"]
    assert await names(db, nml, "cb venlo") == ["Fatima el Amrani"]
    assert await names(db, nml, "jgz") == ["Fatima el Amrani"]
    assert await names(db, nml, "ha beesel") == ["Henk Janssen"]
    assert await names(db, nml, "huisarts gemeente BEESEL") == ["Henk Janssen"]
    assert await names(db, nml, "schuldhulp") == ["Karin Willems"]
    assert await names(db, nml, "wijkteam") == ["Lotte Verbeek"]
    assert await names(db, nml, "kraam venlo") == ["Bram Peeters", "Marieke Gerrits"]
    assert await names(db, nml, "verloskundige peel en maas") == ["Ingrid Smeets"]
    assert await names(db, nml, "blerick") == ["Zoë Hendriks"]
    assert await names(db, nml, "venllo kraam") == ["Bram Peeters", "Marieke Gerrits"]
    assert await names(db, nml, "hendricks") == ["Zoë Hendriks"]  # repaired against the index


async def test_role_and_place_rank_above_keywords(db: Database) -> None:
    nml, _ = await seeded(db)
    found = await names(db, nml, "verloskundige")
    # Marieke's organisation only mentions "verloskundige" in its keywords: she comes last.
    assert found[-1] == "Marieke Gerrits"
    assert set(found[:2]) == {"Zoë Hendriks", "Ingrid Smeets"}


async def test_hostile_queries_change_nothing_and_find_nothing(db: Database) -> None:
    nml, _ = await seeded(db)
    for text in [
        '"',
        "*",
        "NEAR",
        "OR",
        "-",
        "a OR b",
        'x" OR "1"="1',
        "'; DROP TABLE partners;--",
        "🙂🙂",
        "",
        "!!!",
        "x" * 5000,
        "NEAR(a b)",
        "{name}: zoe",
    ]:
        result = await db.partner_search.find((nml,), text)
        assert all(p.coalition_id == nml for p in result.partners)
    assert len(await db.partners.listed(nml)) == 8


async def test_other_coalition_sees_nothing(db: Database) -> None:
    _, other = await seeded(db)
    assert await names(db, other, "verloskundige venlo") == []
    assert await names(db, other, "zoe") == []


async def test_no_result_suggests_a_role_or_place(db: Database) -> None:
    nml, _ = await seeded(db)
    result = await db.partner_search.find((nml,), "verloskundigge roermond")
    assert result.partners == []
    result = await db.partner_search.find((nml,), "kraamzrg xyzzy")
    assert result.did_you_mean is not None


async def test_import_plan_update_and_round_trip(db: Database) -> None:
    nml, _ = await seeded(db)
    listed = await db.partners.listed(nml)
    exported = write_csv([p.data for p in listed])
    again = parse_csv(exported)
    assert again.problems == []
    plan = await db.partner_import.plan_import(nml, [p for _, p in again.rows])
    assert (plan.new, plan.changed, plan.unchanged) == (0, 0, 8)

    zoe = next(p for p in listed if p.data.name == "Zoë Hendriks")
    changed = PartnerData(**{**zoe.data.__dict__, "phone": "+31773599999"})
    newcomer = PartnerData(
        name="Nieuw", organisation="", role="GGD", municipality="Venlo", email="n@ggd.nl"
    )
    plan = await db.partner_import.plan_import(nml, [changed, newcomer])
    assert (plan.new, plan.changed, plan.unchanged) == (1, 1, 0)
    assert len(await db.partners.listed(nml)) == 8  # planning changed nothing
    await db.partner_import.import_rows(nml, [changed, newcomer], added_by=7)
    assert len(await db.partners.listed(nml)) == 9
    updated = await db.partners.get(zoe.id)
    assert updated is not None and updated.data.phone == "+31773599999"
    assert await names(db, nml, "ggd venlo") == ["Nieuw"]


async def test_pending_and_hidden_listings_are_not_found(db: Database) -> None:
    nml, _ = await seeded(db)
    data = PartnerData(
        name="Sanne Self",
        organisation="Eigen praktijk",
        role="Lactatiekundige",
        municipality="Venlo",
        phone="+31612345678",
    )
    partner_id, created = await db.partners.register(nml, 555, data)
    assert created
    assert await names(db, nml, "lactatiekundige") == []
    await db.partners.set_status(partner_id, "listed")
    assert await names(db, nml, "borstvoeding venlo") == ["Sanne Self"]
    assert await names(db, nml, "eigen praktijk") == ["Sanne Self"]  # full-text, after approval
    await db.partners.set_status(partner_id, "hidden")
    assert await names(db, nml, "sanne") == []
    async with db.connection.execute(
        "SELECT COUNT(*) FROM partner_fts WHERE rowid = ?", (partner_id,)
    ) as cursor:
        row = await cursor.fetchone()
    assert row is not None and row[0] == 0  # hidden listings leave the index
    again_id, created = await db.partners.register(nml, 555, data)
    assert (again_id, created) == (partner_id, False)


async def test_every_match_is_counted_and_only_the_asked_ones_read(db: Database) -> None:
    nml, _ = await seeded(db)
    everything = await db.partner_search.find((nml,), "venlo")
    assert len(everything.ids) == len(everything.partners) >= 5
    assert [p.id for p in everything.partners] == everything.ids
    counted = await db.partner_search.find((nml,), "venlo", read=slice(0))
    assert counted.ids == everything.ids and counted.partners == []
    page = await db.partner_search.find((nml,), "venlo", read=slice(2, 4))
    assert [p.id for p in page.partners] == everything.ids[2:4]
    backwards = list(reversed(everything.ids))
    assert [p.id for p in await db.partner_search.read(backwards)] == backwards


async def test_searches_at_once_build_the_term_index_once(db: Database) -> None:
    await seeded(db)
    db.partner_search.forget_caches()
    indexes = await asyncio.gather(*(db.partner_search.index_terms() for _ in range(8)))
    assert all(index is indexes[0] for index in indexes)
    # Listings change while an index is being built: that build is not kept.
    db.partner_search.forget_caches()
    building = asyncio.ensure_future(db.partner_search.index_terms())
    await asyncio.sleep(0)  # the build waits for the database now
    db.partner_search.forget_caches()
    stale = await building
    assert await db.partner_search.index_terms() is not stale
