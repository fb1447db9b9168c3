"""Partners: the directory's listings per coalition, written one at a time (a professional's
own registration, a coordinator's approval, edit or check) and read in lists. Importing is in
partner_import.py, finding in partner_search.py, the row and its index in partner_rows.py."""

from datetime import datetime

import aiosqlite

from rules.clock import to_iso
from rules.normalize import fold
from rules.partner_csv import LISTING_FIELDS, PartnerData
from rules.search import MAX_WORDS
from storage.audit import record
from storage.connection import SharedConnection
from storage.partners.rows import (
    COLUMNS,
    Partner,
    Status,
    fetch_partners,
    from_row,
    insert,
    sync_index,
    update,
)
from storage.partners.search import PartnerSearchRepository


class PartnerRepository:
    def __init__(self, db: SharedConnection, search: PartnerSearchRepository) -> None:
        self._db = db
        self._search = search

    # ---- writing --------------------------------------------------------------------------

    async def register(
        self, coalition_id: int, user_id: int, data: PartnerData
    ) -> tuple[int, bool]:
        """The professional's own listing, pending approval; (id, True) when it is new."""
        now = to_iso(self._db.clock.now())
        async with self._db.transaction() as conn:
            async with conn.execute(
                "SELECT id FROM partners WHERE coalition_id = ? AND user_id = ?",
                (coalition_id, user_id),
            ) as cursor:
                row = await cursor.fetchone()
            if row is None:
                partner_id = await insert(
                    conn,
                    coalition_id,
                    data,
                    status="pending",
                    source="self",
                    consent_by=f"self:{user_id}",
                    added_by=None,
                    now=now,
                    user_id=user_id,
                )
                created = True
            else:
                partner_id = int(row[0])
                await update(conn, partner_id, data, now)
                await conn.execute(
                    "UPDATE partners SET status = 'pending', consent_by = ?, consent_at = ?,"
                    " rejection_reason = NULL WHERE id = ?",
                    (f"self:{user_id}", now, partner_id),
                )
                await sync_index(conn, partner_id)
                created = False
        self._search.forget_caches()
        return partner_id, created

    async def set_status(
        self,
        partner_id: int,
        status: Status,
        *,
        reason: str | None = None,
        by: int | None = None,
        only_from: Status | None = None,
    ) -> bool:
        """A coordinator's approval, rejection, hiding or showing (by: who, for the audit
        trail; None for the bot's own changes). With only_from: only when the listing still
        has that status (False: another coordinator was first, nothing written)."""
        now = to_iso(self._db.clock.now())
        async with self._db.transaction() as conn:
            before = await _current(conn, partner_id)
            if before is None or (only_from is not None and before.status != only_from):
                return False
            await conn.execute(
                "UPDATE partners SET status = ?, rejection_reason = ?, updated_at = ?,"
                " version = version + 1 WHERE id = ?",
                (status, reason, now, partner_id),
            )
            await sync_index(conn, partner_id)
            if by is not None:
                action = _STATUS_ACTIONS.get((before.status, status), "status")
                detail = reason or (status if action == "status" else "")
                await record(
                    conn,
                    before.coalition_id,
                    by,
                    action,
                    now,
                    subject=subject_of(before),
                    detail=detail,
                    partner_id=partner_id,
                )
        self._search.forget_caches()
        return True

    async def edit(
        self,
        partner_id: int,
        data: PartnerData,
        *,
        by: int | None = None,
        version: int | None = None,
    ) -> bool:
        """A coordinator's correction: status stays, and the listing counts as checked. With
        a version, only when the listing is still that version (else False: changed
        meanwhile, nothing written)."""
        now = to_iso(self._db.clock.now())
        async with self._db.transaction() as conn:
            before = await _current(conn, partner_id)
            if before is None or (version is not None and before.version != version):
                return False
            await update(conn, partner_id, data, now)
            if by is not None:
                changed = [n for n in LISTING_FIELDS if getattr(before.data, n) != getattr(data, n)]
                await record(
                    conn,
                    before.coalition_id,
                    by,
                    "edit",
                    now,
                    subject=subject_of(before),
                    detail=",".join(changed),
                    partner_id=partner_id,
                )
        self._search.forget_caches()
        return True

    async def mark_checked(self, partner_id: int, *, by: int | None = None) -> None:
        now = to_iso(self._db.clock.now())
        async with self._db.transaction() as conn:
            await conn.execute(
                "UPDATE partners SET last_checked_at = ? WHERE id = ?", (now, partner_id)
            )
            before = await _current(conn, partner_id)
            if by is not None and before is not None:
                await record(
                    conn,
                    before.coalition_id,
                    by,
                    "checked",
                    now,
                    subject=subject_of(before),
                    partner_id=partner_id,
                )

    # ---- reading --------------------------------------------------------------------------

    async def get(self, partner_id: int) -> Partner | None:
        async with self._db.connection.execute(
            f"SELECT {COLUMNS} FROM partners WHERE id = ?", (partner_id,)
        ) as cursor:
            row = await cursor.fetchone()
        return from_row(row) if row else None

    async def listed(self, coalition_id: int) -> list[Partner]:
        return await fetch_partners(
            self._db.connection,
            f"SELECT {COLUMNS} FROM partners WHERE coalition_id = ? AND status = 'listed'"
            " ORDER BY municipality_key, name COLLATE NOCASE, id",
            (coalition_id,),
        )

    async def listed_keys(self, coalition_ids: tuple[int, ...]) -> list[tuple[int, str, str, str]]:
        """(id, role key, role as written, municipality) of every listed partner of these
        coalitions, by name: what the Mini App counts its filters on, without whole rows."""
        if not coalition_ids:
            return []
        marks = ",".join("?" * len(coalition_ids))
        async with self._db.connection.execute(
            f"SELECT id, role_key, role, municipality FROM partners WHERE coalition_id IN"
            f" ({marks}) AND status = 'listed' ORDER BY name COLLATE NOCASE, id",
            coalition_ids,
        ) as cursor:
            cursor.row_factory = None  # plain tuples: thousands of rows
            rows = await cursor.fetchall()
        return [(int(r[0]), str(r[1]), str(r[2]), str(r[3])) for r in rows]

    async def get_many(self, partner_ids: list[int]) -> list[Partner]:
        """These listings, in the order asked."""
        if not partner_ids:
            return []
        marks = ",".join("?" * len(partner_ids))
        found = await fetch_partners(
            self._db.connection,
            f"SELECT {COLUMNS} FROM partners WHERE id IN ({marks})",
            tuple(partner_ids),
        )
        by_id = {p.id: p for p in found}
        return [by_id[i] for i in partner_ids if i in by_id]

    async def lookup(
        self,
        coalition_ids: tuple[int, ...],
        text: str,
        limit: int,
        status: Status | None = None,
    ) -> list[Partner]:
        """Listings in any status (or in this one) whose name, organisation or place hold
        every typed word; with no words, all of them (in that status), by name.

        For coordinators managing their directory: reads only these coalitions' rows.
        """
        typed = fold(text).split()[:MAX_WORDS]
        if not coalition_ids:
            return []
        marks = ",".join("?" * len(coalition_ids))
        # folded: no % or _ inside
        where = [f"coalition_id IN ({marks})", *("natural_key LIKE ?" for _ in typed)]
        args: list[object] = [*coalition_ids, *(f"%{word}%" for word in typed)]
        if status is not None:
            where.append("status = ?")
            args.append(status)
        return await fetch_partners(
            self._db.connection,
            f"SELECT {COLUMNS} FROM partners WHERE {' AND '.join(where)}"
            " ORDER BY name COLLATE NOCASE, id LIMIT ?",
            (*args, limit),
        )

    async def with_status(self, coalition_id: int, status: Status) -> list[Partner]:
        return await fetch_partners(
            self._db.connection,
            f"SELECT {COLUMNS} FROM partners WHERE coalition_id = ? AND status = ?"
            " ORDER BY updated_at, id",
            (coalition_id, status),
        )

    async def of_user(self, user_id: int) -> list[Partner]:
        return await fetch_partners(
            self._db.connection,
            f"SELECT {COLUMNS} FROM partners WHERE user_id = ? ORDER BY id",
            (user_id,),
        )

    async def member_listing_keys(
        self, coalition_ids: tuple[int, ...], kind: str
    ) -> list[tuple[str, str]]:
        """(key, as shown) of the roles or municipalities ('role'/'place') in the members' own
        listings: the choices for an announcement to a part of the coalition."""
        by_role = kind == "role"
        key_column = "role_key" if by_role else "municipality_key"
        shown = "role" if by_role else "municipality"
        marks = ",".join("?" * len(coalition_ids))
        rows = await self._db.connection.execute_fetchall(
            f"SELECT {key_column}, MIN({shown}) FROM partners WHERE user_id IS NOT NULL"
            f" AND coalition_id IN ({marks}) GROUP BY {key_column} ORDER BY 2 COLLATE NOCASE",
            coalition_ids,
        )
        return [(str(r[0]), str(r[1])) for r in rows if str(r[0])]

    async def not_checked_since(self, coalition_id: int, moment: datetime) -> list[Partner]:
        return await fetch_partners(
            self._db.connection,
            f"SELECT {COLUMNS} FROM partners WHERE coalition_id = ? AND status = 'listed'"
            " AND last_checked_at < ? ORDER BY last_checked_at, id",
            (coalition_id, to_iso(moment)),
        )

    async def status_counts(self, coalition_id: int) -> dict[str, int]:
        async with self._db.connection.execute(
            "SELECT status, COUNT(*) FROM partners WHERE coalition_id = ? GROUP BY status",
            (coalition_id,),
        ) as cursor:
            return {row[0]: int(row[1]) for row in await cursor.fetchall()}


_STATUS_ACTIONS = {
    ("pending", "listed"): "approve",
    ("pending", "rejected"): "reject",
    ("listed", "hidden"): "hide",
    ("hidden", "listed"): "show",
}


def subject_of(partner: Partner) -> str:
    """How the audit trail names a listing: name, role and municipality as they were."""
    data = partner.data
    return f"{data.name} ({', '.join(v for v in (data.role, data.municipality) if v)})"


async def _current(conn: aiosqlite.Connection, partner_id: int) -> Partner | None:
    async with conn.execute(f"SELECT {COLUMNS} FROM partners WHERE id = ?", (partner_id,)) as cur:
        row = await cur.fetchone()
    return from_row(row) if row else None
