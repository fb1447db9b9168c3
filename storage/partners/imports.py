"""Importing a coordinator's CSV rows: new listings are listed, changed ones updated, all in
one transaction; plan_import says what an import would do without doing it."""

import asyncio
from dataclasses import dataclass

from rules.clock import to_iso
from rules.partner_csv import PartnerData
from storage.audit import record
from storage.connection import SharedConnection
from storage.partners.rows import (
    COLUMNS,
    Partner,
    fetch_partners,
    insert_many,
    natural_key,
    same_listing,
    update_many,
)
from storage.partners.search import PartnerSearchRepository


@dataclass(frozen=True)
class ImportPlan:
    new: int
    changed: int
    unchanged: int
    new_names: tuple[str, ...] = ()  # as in the file, in its order
    changed_names: tuple[str, ...] = ()


_OF_COALITION = f"SELECT {COLUMNS} FROM partners WHERE coalition_id = ?"


class PartnerImportRepository:
    def __init__(self, db: SharedConnection, search: PartnerSearchRepository) -> None:
        self._db = db
        self._search = search

    async def import_rows(
        self,
        coalition_id: int,
        rows: list[PartnerData],
        *,
        added_by: int | None,
    ) -> ImportPlan:
        """New rows are listed, changed ones updated, all in one transaction (or none): the
        coalition's listings read once, new and changed rows written with executemany, and the
        search index filled in one go."""
        consent_by = f"import:{added_by}" if added_by is not None else "import:command-line"
        now = to_iso(self._db.clock.now())
        async with self._db.transaction() as conn:
            existing = await fetch_partners(conn, _OF_COALITION, (coalition_id,))
            plan, new_rows, changed_rows = await asyncio.to_thread(_plan, existing, rows)
            await insert_many(
                conn,
                coalition_id,
                new_rows,
                status="listed",
                source="import",
                consent_by=consent_by,
                added_by=added_by,
                now=now,
            )
            await update_many(conn, changed_rows, now)
            detail = f"{plan.new}/{plan.changed}/{plan.unchanged}"
            await record(conn, coalition_id, added_by, "import", now, detail=detail)
        self._search.forget_caches()
        return plan

    async def plan_import(self, coalition_id: int, rows: list[PartnerData]) -> ImportPlan:
        """What import_rows would do, without changing anything."""
        existing = await fetch_partners(self._db.connection, _OF_COALITION, (coalition_id,))
        return (await asyncio.to_thread(_plan, existing, rows))[0]  # 50,000 rows: seconds


def _plan(
    existing: list[Partner], rows: list[PartnerData]
) -> tuple[ImportPlan, list[PartnerData], list[tuple[Partner, PartnerData]]]:
    """Which rows are new, changed or unchanged: a row is the listing with its external id,
    else with its name, organisation and municipality. A row repeated in the file is
    compared with the one before it, and the last one wins."""
    by_external = {p.data.external_id: p for p in existing if p.data.external_id is not None}
    by_natural = {natural_key(p.data): p for p in existing}
    latest: dict[str, tuple[Partner | None, PartnerData]] = {}  # key -> (listing, row to store)
    new = changed = unchanged = 0
    for data in rows:
        key = f"e:{data.external_id}" if data.external_id is not None else natural_key(data)
        before: PartnerData | None
        if key in latest:
            partner, before = latest[key]
        else:
            external = data.external_id
            partner = by_external.get(external) if external is not None else by_natural.get(key)
            before = partner.data if partner else None
        if before is None:
            new += 1
        elif same_listing(before, data):
            unchanged += 1
            continue
        else:
            changed += 1
        latest[key] = (partner, data)
    new_rows = [data for partner, data in latest.values() if partner is None]
    changed_rows = [(p, data) for p, data in latest.values() if p is not None]
    plan = ImportPlan(
        new,
        changed,
        unchanged,
        tuple(d.name for d in new_rows),
        tuple(d.name for _, d in changed_rows),
    )
    return plan, new_rows, changed_rows
