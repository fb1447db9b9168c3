"""A partner listing as stored: the row type, its columns, and the writes every change of a
listing shares (the folded copy in the full-text index, insert, update). Used by the partner
repositories (partners.py, partner_import.py, partner_search.py)."""

from dataclasses import dataclass, fields
from datetime import datetime
from typing import Literal

import aiosqlite

from rules.clock import from_iso
from rules.experience_vocabulary import experience_vocabulary
from rules.municipalities import gazetteer
from rules.normalize import fold, index_words
from rules.partner_csv import LISTING_FIELDS, PartnerData
from rules.roles_vocabulary import role_vocabulary

Status = Literal["pending", "listed", "hidden", "rejected"]
Source = Literal["import", "self", "coordinator"]


@dataclass(frozen=True)
class Partner:
    id: int
    coalition_id: int
    data: PartnerData
    role_key: str
    status: Status
    source: Source
    user_id: int | None
    last_checked_at: datetime
    rejection_reason: str | None = None
    version: int = 1  # raised by every change of contents or status


COLUMNS = (
    "id, coalition_id, external_id, name, organisation, role, municipality, neighbourhood, "
    "phone, email, website, keywords, experience, role_key, status, source, user_id, "
    "last_checked_at, rejection_reason, version"
)


def from_row(row: aiosqlite.Row) -> Partner:
    data = PartnerData(
        name=row["name"],
        organisation=row["organisation"],
        role=row["role"],
        municipality=row["municipality"],
        neighbourhood=row["neighbourhood"],
        phone=row["phone"],
        email=row["email"],
        website=row["website"],
        keywords=row["keywords"],
        experience=row["experience"],
        external_id=row["external_id"],
    )
    return Partner(
        id=row["id"],
        coalition_id=row["coalition_id"],
        data=data,
        role_key=row["role_key"],
        status=row["status"],
        source=row["source"],
        user_id=row["user_id"],
        last_checked_at=from_iso(row["last_checked_at"]),
        rejection_reason=row["rejection_reason"],
        version=row["version"],
    )


def natural_key(data: PartnerData) -> str:
    place = gazetteer().canonical_key(data.municipality)
    return "|".join((fold(data.name), fold(data.organisation), place))


async def fetch_partners(
    conn: aiosqlite.Connection, sql: str, args: tuple[object, ...]
) -> list[Partner]:
    rows = await conn.execute_fetchall(sql, args)  # one trip to the thread
    return [from_row(row) for row in rows]


def same_listing(a: PartnerData, b: PartnerData) -> bool:
    return all(getattr(a, name) == getattr(b, name) for name in LISTING_FIELDS)


def fts_phrase(words: str) -> str:
    """A quoted FTS5 phrase; words are folded to [a-z0-9 ], so no FTS syntax gets through."""
    return '"' + fold(words) + '"'


_FTS_INSERT = (
    "INSERT INTO partner_fts (rowid, coalition, role, municipality, name, organisation,"
    " neighbourhood, keywords, experience) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


def index_values(
    partner_id: int, coalition_id: int, data: PartnerData, role_key: str, place_key: str
) -> tuple[object, ...]:
    """One listing's row in the full-text index: folded words and their other spellings."""
    return (
        partner_id,
        f"c{coalition_id}",
        index_words(f"{data.role} {role_key}"),
        place_key,
        index_words(data.name),
        index_words(data.organisation or ""),
        index_words(data.neighbourhood or ""),
        index_words(data.keywords or ""),
        index_words(experience_vocabulary().index_text(data.experience)),
    )


async def sync_index(conn: aiosqlite.Connection, partner_id: int) -> None:
    """After every change of a listing: the full-text index holds exactly the listed
    partners, in their current form."""
    await conn.execute("DELETE FROM partner_fts WHERE rowid = ?", (partner_id,))
    sql = f"SELECT {COLUMNS}, municipality_key FROM partners WHERE id = ?"
    async with conn.execute(sql, (partner_id,)) as cur:
        row = await cur.fetchone()
    if row is not None and row["status"] == "listed":
        partner = from_row(row)
        await conn.execute(
            _FTS_INSERT,
            index_values(
                partner.id,
                partner.coalition_id,
                partner.data,
                partner.role_key,
                row["municipality_key"],
            ),
        )


async def rebuild_index(conn: aiosqlite.Connection) -> int:
    """Every listing's keys and index row made again (after fold() or the municipality list
    changed); the listings themselves stay as they are. Returns how many were indexed."""
    rows = await conn.execute_fetchall(f"SELECT {COLUMNS} FROM partners")
    partners = [from_row(row) for row in rows]
    await conn.executemany(
        "UPDATE partners SET role_key = :role_key, municipality_key = :municipality_key,"
        " natural_key = :natural_key WHERE id = :id",
        [{**_keys(p.data), "id": p.id} for p in partners],
    )
    await conn.execute("DELETE FROM partner_fts")
    listed = [p for p in partners if p.status == "listed"]
    await conn.executemany(
        _FTS_INSERT,
        [
            index_values(
                p.id, p.coalition_id, p.data, str(k["role_key"]), str(k["municipality_key"])
            )
            for p in listed
            for k in (_keys(p.data),)
        ],
    )
    return len(listed)


def _keys(data: PartnerData) -> dict[str, object]:
    return {
        "role_key": role_vocabulary().key_for(data.role),
        "municipality_key": gazetteer().canonical_key(data.municipality),
        "natural_key": natural_key(data),
    }


_FIELDS = tuple(f.name for f in fields(PartnerData))


def _values(data: PartnerData) -> dict[str, object]:
    values: dict[str, object] = {name: getattr(data, name) for name in _FIELDS}
    values.update(_keys(data))
    return values


async def insert(
    conn: aiosqlite.Connection,
    coalition_id: int,
    data: PartnerData,
    *,
    status: Status,
    source: Source,
    consent_by: str,
    added_by: int | None,
    now: str,
    user_id: int | None = None,
) -> int:
    values = _values(data)
    values.update(
        coalition_id=coalition_id,
        status=status,
        source=source,
        consent_by=consent_by,
        consent_at=now,
        added_by=added_by,
        user_id=user_id,
        last_checked_at=now,
        created_at=now,
        updated_at=now,
    )
    names = ", ".join(values)
    marks = ", ".join(f":{name}" for name in values)
    cursor = await conn.execute(f"INSERT INTO partners ({names}) VALUES ({marks})", values)
    partner_id = cursor.lastrowid
    assert partner_id is not None
    await sync_index(conn, partner_id)
    return partner_id


async def update(conn: aiosqlite.Connection, partner_id: int, data: PartnerData, now: str) -> None:
    values = _values(data)
    values["updated_at"] = values["last_checked_at"] = now
    assignments = ", ".join(f"{name} = :{name}" for name in values)
    await conn.execute(
        f"UPDATE partners SET {assignments}, version = version + 1 WHERE id = :id",
        {**values, "id": partner_id},
    )
    await sync_index(conn, partner_id)


async def insert_many(
    conn: aiosqlite.Connection,
    coalition_id: int,
    rows: list[PartnerData],
    *,
    status: Status,
    source: Source,
    consent_by: str,
    added_by: int | None,
    now: str,
) -> None:
    """Many new listings at once (ids given here, inside the write transaction), and their
    rows in the search index when they are listed."""
    if not rows:
        return
    async with conn.execute("SELECT COALESCE(MAX(id), 0) FROM partners") as cursor:
        row = await cursor.fetchone()
    first_id = int(row[0]) + 1 if row else 1
    values = []
    for offset, data in enumerate(rows):
        row_values = _values(data)
        row_values.update(
            id=first_id + offset,
            coalition_id=coalition_id,
            status=status,
            source=source,
            consent_by=consent_by,
            consent_at=now,
            added_by=added_by,
            user_id=None,
            last_checked_at=now,
            created_at=now,
            updated_at=now,
        )
        values.append(row_values)
    names = ", ".join(values[0])
    marks = ", ".join(f":{name}" for name in values[0])
    await conn.executemany(f"INSERT INTO partners ({names}) VALUES ({marks})", values)
    if status == "listed":
        await conn.executemany(
            _FTS_INSERT,
            [
                index_values(
                    int(str(v["id"])),
                    coalition_id,
                    data,
                    str(v["role_key"]),
                    str(v["municipality_key"]),
                )
                for v, data in zip(values, rows, strict=True)
            ],
        )


async def update_many(
    conn: aiosqlite.Connection, changes: list[tuple[Partner, PartnerData]], now: str
) -> None:
    """New contents for existing listings (status unchanged), and their index rows."""
    if not changes:
        return
    values = []
    for partner, data in changes:
        row_values = _values(data)
        row_values.update(id=partner.id, updated_at=now, last_checked_at=now)
        values.append(row_values)
    assignments = ", ".join(f"{name} = :{name}" for name in values[0] if name != "id")
    await conn.executemany(
        f"UPDATE partners SET {assignments}, version = version + 1 WHERE id = :id", values
    )
    await conn.executemany("DELETE FROM partner_fts WHERE rowid = ?", [(p.id,) for p, _ in changes])
    await conn.executemany(
        _FTS_INSERT,
        [
            index_values(p.id, p.coalition_id, data, str(v["role_key"]), str(v["municipality_key"]))
            for (p, data), v in zip(changes, values, strict=True)
            if p.status == "listed"
        ],
    )
