"""Importing a coordinator's CSV rows: new listings are listed, changed ones updated, all in
one transaction; plan_import says what an import would do without doing it."""

from dataclasses import dataclass

from rules.clock import to_iso
from rules.partner_csv import PartnerData
from storage.connection import SharedConnection
from storage.partner_rows import find_existing, insert, same_listing, update
from storage.partner_search import PartnerSearchRepository


@dataclass(frozen=True)
class ImportPlan:
    new: int
    changed: int
    unchanged: int


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
        dry_run: bool = False,
    ) -> ImportPlan:
        """New rows are listed, changed ones updated, all in one transaction (or none)."""
        consent_by = f"import:{added_by}" if added_by is not None else "import:command-line"
        new = changed = unchanged = 0
        now = to_iso(self._db.clock.now())
        async with self._db.transaction() as conn:
            for data in rows:
                existing = await find_existing(conn, coalition_id, data)
                if existing is None:
                    new += 1
                    if not dry_run:
                        await insert(
                            conn, coalition_id, data, status="listed", source="import",
                            consent_by=consent_by, added_by=added_by, now=now,
                        )  # fmt: skip
                elif same_listing(existing.data, data):
                    unchanged += 1
                else:
                    changed += 1
                    if not dry_run:
                        await update(conn, existing.id, data, now)
            if dry_run:
                raise _DryRun(ImportPlan(new, changed, unchanged))
        self._search.forget_caches()
        return ImportPlan(new, changed, unchanged)

    async def plan_import(self, coalition_id: int, rows: list[PartnerData]) -> ImportPlan:
        """What import_rows would do, without changing anything."""
        try:
            await self.import_rows(coalition_id, rows, added_by=None, dry_run=True)
        except _DryRun as outcome:
            return outcome.plan
        raise AssertionError("dry run did not stop")


class _DryRun(Exception):
    def __init__(self, plan: ImportPlan) -> None:
        super().__init__("dry run")
        self.plan = plan
