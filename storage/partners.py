"""Partners: the directory of listings per coalition, its full-text index and searches."""

import sqlite3
from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Literal

import aiosqlite

from rules.clock import from_iso, to_iso
from rules.normalize import fold, municipality_key
from rules.partner_csv import LISTING_FIELDS, PartnerData
from rules.roles_vocabulary import role_vocabulary
from rules.search import (
    MAX_WORDS,
    ParsedQuery,
    SearchVocabulary,
    TermIndex,
    correct_terms,
    parse_query,
    suggestion,
)
from storage.connection import SharedConnection

Status = Literal["pending", "listed", "hidden", "rejected"]
Source = Literal["import", "self", "coordinator"]
# Nobody pages through more than ten pages: past this, the reply asks for a narrower search.
SEARCH_LIMIT = 50
# Each way of finding (role, role words, place, words) yields at most this many candidates.
SEARCH_BRANCH_LIMIT = 100
# Words only: where a word matches says how well it matches (no bm25: it would rank every hit);
# the last branch finds words spread over several column groups.
_WORD_BRANCHES = ((("role",), 40.0), (("name", "organisation"), 30.0),
                  (("municipality", "neighbourhood", "keywords"), 20.0), ((), 10.0))  # fmt: skip


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


@dataclass(frozen=True)
class SearchResult:
    partners: list[Partner]
    query: ParsedQuery
    did_you_mean: str | None = None  # a role or municipality, when nothing was found


@dataclass(frozen=True)
class ImportPlan:
    new: int
    changed: int
    unchanged: int


_COLUMNS = (
    "id, coalition_id, external_id, name, organisation, role, municipality, neighbourhood, "
    "phone, email, website, keywords, role_key, status, source, user_id, last_checked_at, "
    "rejection_reason"
)


def _from_row(row: aiosqlite.Row) -> Partner:
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
    )


def natural_key(data: PartnerData) -> str:
    return "|".join((fold(data.name), fold(data.organisation), municipality_key(data.municipality)))


def _same_listing(a: PartnerData, b: PartnerData) -> bool:
    return all(getattr(a, name) == getattr(b, name) for name in LISTING_FIELDS)


def fts_phrase(words: str) -> str:
    """A quoted FTS5 phrase; words are folded to [a-z0-9 ], so no FTS syntax gets through."""
    return '"' + fold(words) + '"'


def fts_prefix_all(terms: tuple[str, ...], index: TermIndex) -> str:
    """Every term as a prefix; a term that starts no other index word is matched as itself,
    which finds the same rows without merging the lists of every word it could begin."""
    return " AND ".join(
        fts_phrase(term) + ("" if index.only_word_starting(term) else "*") for term in terms
    )


class PartnerRepository:
    def __init__(self, db: SharedConnection) -> None:
        self._db = db
        self._municipality_cache: dict[tuple[int, ...], dict[str, str]] = {}
        self._terms_cache: TermIndex | None = None
        self._vocabulary_cache: dict[tuple[int, ...], SearchVocabulary] = {}

    def forget_caches(self) -> None:
        """After listings were changed outside this repository (storage/privacy.py)."""
        self._forget_caches()

    def _forget_caches(self) -> None:
        self._municipality_cache.clear()
        self._terms_cache = None
        self._vocabulary_cache.clear()

    # ---- writing --------------------------------------------------------------------------

    async def _sync_index(self, conn: aiosqlite.Connection, partner_id: int) -> None:
        """The full-text index holds exactly the listed partners, in their current form."""
        await conn.execute("DELETE FROM partner_fts WHERE rowid = ?", (partner_id,))
        await conn.execute(
            "INSERT INTO partner_fts (rowid, coalition, role, municipality, name, organisation,"
            " neighbourhood, keywords)"
            " SELECT id, 'c' || coalition_id, fold_role, municipality_key, fold_name,"
            " fold_organisation, fold_neighbourhood, fold_keywords FROM ("
            "  SELECT id, coalition_id, municipality_key, status, ? AS fold_role, ? AS fold_name,"
            "  ? AS fold_organisation, ? AS fold_neighbourhood, ? AS fold_keywords"
            "  FROM partners WHERE id = ?) WHERE status = 'listed'",
            await self._folded(conn, partner_id),
        )

    async def _folded(self, conn: aiosqlite.Connection, partner_id: int) -> tuple[object, ...]:
        async with conn.execute(
            "SELECT role, role_key, name, organisation, neighbourhood, keywords FROM partners"
            " WHERE id = ?",
            (partner_id,),
        ) as cursor:
            row = await cursor.fetchone()
        if row is None:
            return ("", "", "", "", "", partner_id)
        role, role_key, name, organisation, neighbourhood, keywords = row
        return (
            fold(f"{role} {role_key}"),
            fold(name),
            fold(organisation),
            fold(neighbourhood),
            fold(keywords),
            partner_id,
        )

    async def _find_existing(
        self, conn: aiosqlite.Connection, coalition_id: int, data: PartnerData
    ) -> Partner | None:
        if data.external_id is not None:
            sql = f"SELECT {_COLUMNS} FROM partners WHERE coalition_id = ? AND external_id = ?"
            args: tuple[object, ...] = (coalition_id, data.external_id)
        else:
            sql = f"SELECT {_COLUMNS} FROM partners WHERE coalition_id = ? AND natural_key = ?"
            args = (coalition_id, natural_key(data))
        async with conn.execute(sql, args) as cursor:
            row = await cursor.fetchone()
        return _from_row(row) if row else None

    def _values(self, data: PartnerData) -> dict[str, object]:
        values: dict[str, object] = asdict(data)
        values["role_key"] = role_vocabulary().key_for(data.role)
        values["municipality_key"] = municipality_key(data.municipality)
        values["natural_key"] = natural_key(data)
        return values

    async def _insert(
        self,
        conn: aiosqlite.Connection,
        coalition_id: int,
        data: PartnerData,
        *,
        status: Status,
        source: Source,
        consent_by: str,
        added_by: int | None,
        user_id: int | None = None,
    ) -> int:
        now = to_iso(self._db.clock.now())
        values = self._values(data)
        values.update(
            coalition_id=coalition_id, status=status, source=source, consent_by=consent_by,
            consent_at=now, added_by=added_by, user_id=user_id, last_checked_at=now,
            created_at=now, updated_at=now,
        )  # fmt: skip
        names = ", ".join(values)
        marks = ", ".join(f":{name}" for name in values)
        cursor = await conn.execute(f"INSERT INTO partners ({names}) VALUES ({marks})", values)
        partner_id = cursor.lastrowid
        assert partner_id is not None
        await self._sync_index(conn, partner_id)
        return partner_id

    async def _update(self, conn: aiosqlite.Connection, partner_id: int, data: PartnerData) -> None:
        values = self._values(data)
        values["updated_at"] = values["last_checked_at"] = to_iso(self._db.clock.now())
        assignments = ", ".join(f"{name} = :{name}" for name in values)
        await conn.execute(
            f"UPDATE partners SET {assignments} WHERE id = :id", {**values, "id": partner_id}
        )
        await self._sync_index(conn, partner_id)

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
        async with self._db.transaction() as conn:
            for data in rows:
                existing = await self._find_existing(conn, coalition_id, data)
                if existing is None:
                    new += 1
                    if not dry_run:
                        await self._insert(
                            conn, coalition_id, data, status="listed", source="import",
                            consent_by=consent_by, added_by=added_by,
                        )  # fmt: skip
                elif _same_listing(existing.data, data):
                    unchanged += 1
                else:
                    changed += 1
                    if not dry_run:
                        await self._update(conn, existing.id, data)
            if dry_run:
                raise _DryRun(ImportPlan(new, changed, unchanged))
        self._forget_caches()
        return ImportPlan(new, changed, unchanged)

    async def plan_import(self, coalition_id: int, rows: list[PartnerData]) -> ImportPlan:
        """What import_rows would do, without changing anything."""
        try:
            await self.import_rows(coalition_id, rows, added_by=None, dry_run=True)
        except _DryRun as outcome:
            return outcome.plan
        raise AssertionError("dry run did not stop")

    async def register(
        self, coalition_id: int, user_id: int, data: PartnerData
    ) -> tuple[int, bool]:
        """The professional's own listing, pending approval; (id, True) when it is new."""
        async with self._db.transaction() as conn:
            async with conn.execute(
                "SELECT id FROM partners WHERE coalition_id = ? AND user_id = ?",
                (coalition_id, user_id),
            ) as cursor:
                row = await cursor.fetchone()
            if row is None:
                partner_id = await self._insert(
                    conn, coalition_id, data, status="pending", source="self",
                    consent_by=f"self:{user_id}", added_by=None, user_id=user_id,
                )  # fmt: skip
                created = True
            else:
                partner_id = int(row[0])
                await self._update(conn, partner_id, data)
                await conn.execute(
                    "UPDATE partners SET status = 'pending', consent_by = ?, consent_at = ?,"
                    " rejection_reason = NULL WHERE id = ?",
                    (f"self:{user_id}", to_iso(self._db.clock.now()), partner_id),
                )
                await self._sync_index(conn, partner_id)
                created = False
        self._forget_caches()
        return partner_id, created

    async def set_status(
        self, partner_id: int, status: Status, *, reason: str | None = None
    ) -> None:
        async with self._db.transaction() as conn:
            await conn.execute(
                "UPDATE partners SET status = ?, rejection_reason = ?, updated_at = ? WHERE id = ?",
                (status, reason, to_iso(self._db.clock.now()), partner_id),
            )
            await self._sync_index(conn, partner_id)
        self._forget_caches()

    async def edit(self, partner_id: int, data: PartnerData) -> None:
        """A coordinator's correction: status stays, and the listing counts as checked."""
        async with self._db.transaction() as conn:
            await self._update(conn, partner_id, data)
        self._forget_caches()

    async def mark_checked(self, partner_id: int) -> None:
        async with self._db.transaction() as conn:
            await conn.execute(
                "UPDATE partners SET last_checked_at = ? WHERE id = ?",
                (to_iso(self._db.clock.now()), partner_id),
            )

    # ---- reading --------------------------------------------------------------------------

    async def get(self, partner_id: int) -> Partner | None:
        async with self._db.connection.execute(
            f"SELECT {_COLUMNS} FROM partners WHERE id = ?", (partner_id,)
        ) as cursor:
            row = await cursor.fetchone()
        return _from_row(row) if row else None

    async def _many(self, sql: str, args: tuple[object, ...]) -> list[Partner]:
        rows = await self._db.connection.execute_fetchall(sql, args)  # one trip to the thread
        return [_from_row(row) for row in rows]

    async def listed(self, coalition_id: int) -> list[Partner]:
        return await self._many(
            f"SELECT {_COLUMNS} FROM partners WHERE coalition_id = ? AND status = 'listed'"
            " ORDER BY municipality_key, name COLLATE NOCASE, id",
            (coalition_id,),
        )

    async def lookup(self, coalition_ids: tuple[int, ...], text: str, limit: int) -> list[Partner]:
        """Listings in any status whose name, organisation or place hold every typed word.

        For coordinators managing their directory: reads only these coalitions' rows.
        """
        typed = fold(text).split()[:MAX_WORDS]
        if not typed or not coalition_ids:
            return []
        marks = ",".join("?" * len(coalition_ids))
        words = " AND ".join("natural_key LIKE ?" for _ in typed)  # folded: no % or _ inside
        return await self._many(
            f"SELECT {_COLUMNS} FROM partners WHERE coalition_id IN ({marks}) AND {words}"
            " ORDER BY name COLLATE NOCASE, id LIMIT ?",
            (*coalition_ids, *(f"%{word}%" for word in typed), limit),
        )

    async def with_status(self, coalition_id: int, status: Status) -> list[Partner]:
        return await self._many(
            f"SELECT {_COLUMNS} FROM partners WHERE coalition_id = ? AND status = ?"
            " ORDER BY updated_at, id",
            (coalition_id, status),
        )

    async def of_user(self, user_id: int) -> list[Partner]:
        return await self._many(
            f"SELECT {_COLUMNS} FROM partners WHERE user_id = ? ORDER BY id", (user_id,)
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
        return await self._many(
            f"SELECT {_COLUMNS} FROM partners WHERE coalition_id = ? AND status = 'listed'"
            " AND last_checked_at < ? ORDER BY last_checked_at, id",
            (coalition_id, to_iso(moment)),
        )

    async def municipalities(self, coalition_ids: tuple[int, ...]) -> dict[str, str]:
        """Municipality key -> name as written, for the coalitions' listed partners."""
        cached = self._municipality_cache.get(coalition_ids)
        if cached is not None:
            return cached
        marks = ",".join("?" * len(coalition_ids))
        async with self._db.connection.execute(
            f"SELECT municipality_key, MIN(municipality) FROM partners"
            f" WHERE coalition_id IN ({marks}) AND status = 'listed' GROUP BY municipality_key",
            coalition_ids,
        ) as cursor:
            found = {row[0]: row[1] for row in await cursor.fetchall()}
        self._municipality_cache[coalition_ids] = found
        return found

    async def role_counts(
        self, coalition_ids: tuple[int, ...], municipality: str | None = None
    ) -> list[tuple[str, str, int]]:
        """(role key, a role as written, listings) for the guided search."""
        marks = ",".join("?" * len(coalition_ids))
        sql = (
            f"SELECT role_key, MIN(role), COUNT(*) FROM partners WHERE coalition_id IN ({marks})"
            " AND status = 'listed'"
        )
        args: tuple[object, ...] = coalition_ids
        if municipality is not None:
            sql += " AND municipality_key = ?"
            args = (*args, municipality)
        async with self._db.connection.execute(
            sql + " GROUP BY role_key ORDER BY COUNT(*) DESC, role_key", args
        ) as cursor:
            return [(row[0], row[1], int(row[2])) for row in await cursor.fetchall()]

    async def status_counts(self, coalition_id: int) -> dict[str, int]:
        async with self._db.connection.execute(
            "SELECT status, COUNT(*) FROM partners WHERE coalition_id = ? GROUP BY status",
            (coalition_id,),
        ) as cursor:
            return {row[0]: int(row[1]) for row in await cursor.fetchall()}

    async def municipality_counts(
        self, coalition_ids: tuple[int, ...], role_key: str
    ) -> list[tuple[str, str, int]]:
        """(municipality key, name, listings) with this role, for the guided search."""
        marks = ",".join("?" * len(coalition_ids))
        async with self._db.connection.execute(
            f"SELECT municipality_key, MIN(municipality), COUNT(*) FROM partners"
            f" WHERE coalition_id IN ({marks}) AND status = 'listed' AND role_key = ?"
            " GROUP BY municipality_key ORDER BY municipality_key",
            (*coalition_ids, role_key),
        ) as cursor:
            return [(row[0], row[1], int(row[2])) for row in await cursor.fetchall()]

    async def index_terms(self) -> TermIndex:
        """Every word in the full-text index by column (cached until the next write)."""
        if self._terms_cache is None:
            conn = self._db.connection
            await conn.execute(
                "CREATE VIRTUAL TABLE IF NOT EXISTS temp.partner_terms"
                " USING fts5vocab(main, partner_fts, 'col')"
            )
            async with conn.execute("SELECT term, col FROM temp.partner_terms") as cursor:
                self._terms_cache = TermIndex((row[0], row[1]) for row in await cursor.fetchall())
        return self._terms_cache

    async def vocabulary(self, coalition_ids: tuple[int, ...]) -> SearchVocabulary:
        """Role phrases and the coalitions' municipalities (cached until the next write)."""
        cached = self._vocabulary_cache.get(coalition_ids)
        if cached is None:
            cached = SearchVocabulary(
                role_phrases=role_vocabulary().by_phrase,
                municipalities=await self.municipalities(coalition_ids),
            )
            self._vocabulary_cache[coalition_ids] = cached
        return cached

    async def find(self, coalition_ids: tuple[int, ...], text: str) -> SearchResult:
        """The lookup behind /zoek: parse, repair words the index cannot know, search."""
        vocabulary = await self.vocabulary(coalition_ids)
        query = parse_query(text, vocabulary)
        if query.terms:
            repaired = correct_terms(query.terms, await self.index_terms())
            query = ParsedQuery(query.roles, query.municipality, repaired, query.fuzzy)
        partners = await self.search(coalition_ids, query)
        if partners:
            return SearchResult(partners, query)
        return SearchResult([], query, suggestion(text, vocabulary))

    async def search(
        self, coalition_ids: tuple[int, ...], query: ParsedQuery, limit: int = SEARCH_LIMIT
    ) -> list[Partner]:
        """Listed partners of these coalitions that match; role and place matches first.

        Every branch starts from an index (role, municipality) or a full-text match that
        already holds the place and the other words, and stops after SEARCH_BRANCH_LIMIT
        rows, so none scans the directory.
        """
        if query.empty or not coalition_ids:
            return []
        branches = _Branches(coalition_ids)
        place = [f"municipality : {fts_phrase(query.municipality)}"] if query.municipality else []
        words = [fts_prefix_all(query.terms, await self.index_terms())] if query.terms else []
        if query.roles:
            role_column = "role : (" + " OR ".join(map(fts_phrase, query.roles)) + ")"
            if query.terms:
                branches.text(100.0, [role_column, *place, *words], query.roles, query.municipality)
            else:
                branches.keys(100.0, query.roles, query.municipality)
            # The role's words in an organisation, name or keywords rank below.
            phrases = [p for p, key in role_vocabulary().by_phrase.items() if key in query.roles]
            role_words = (
                "{organisation keywords name} : (" + " OR ".join(map(fts_phrase, phrases)) + ")"
            )
            branches.text(50.0, [role_words, *place, *words], (), query.municipality)
        elif query.municipality is not None:
            if query.terms:
                branches.text(10.0, [*place, *words], (), query.municipality)
            else:
                branches.keys(10.0, (), query.municipality)
        else:
            index = await self.index_terms()
            for columns, score in _WORD_BRANCHES:
                if not columns and len(query.terms) == 1:
                    continue  # one word is always in one of the column groups above
                if not all(index.knows_prefix(t, columns or None) for t in query.terms):
                    continue  # the index says this branch cannot match
                match = f"{{{' '.join(columns)}}} : ({words[0]})" if columns else words[0]
                branches.text(score, [match], (), None)
        if not branches.sql:
            return []
        sql, args = branches.ranked(limit)
        try:
            return await self._many(sql, args)
        except sqlite3.OperationalError as error:
            # Only folded words reach MATCH, so this is a bug, not user input: say so loudly.
            raise RuntimeError(f"search failed for {query}: {error}") from error


class _Branches:
    """The SQL of one search: branches that each find candidates with a score, then ranking."""

    def __init__(self, coalition_ids: tuple[int, ...]) -> None:
        self.coalition_ids = coalition_ids
        self.sql: list[str] = []
        self.args: list[object] = []

    def _add(
        self, select: str, roles: tuple[str, ...], municipality: str | None, args: list[object]
    ) -> None:
        marks = ",".join("?" * len(self.coalition_ids))
        select += f" AND p.coalition_id IN ({marks}) AND p.status = 'listed'"
        args += self.coalition_ids
        if roles:
            select += f" AND p.role_key IN ({','.join('?' * len(roles))})"
            args += roles
        if municipality is not None:
            select += " AND p.municipality_key = ?"
            args.append(municipality)
        self.sql.append(f"SELECT * FROM ({select} LIMIT {SEARCH_BRANCH_LIMIT})")
        self.args += args

    def keys(self, score: float, roles: tuple[str, ...], municipality: str | None) -> None:
        """Candidates by role and/or municipality key, straight from an index."""
        self._add(f"SELECT p.id AS id, {score} AS score FROM partners p WHERE 1", roles,
                  municipality, [])  # fmt: skip

    def text(
        self, score: float, match: list[str], roles: tuple[str, ...], municipality: str | None
    ) -> None:
        """Candidates from the full-text index (all of `match`), checked against the keys."""
        select = (
            f"SELECT f.rowid AS id, {score} AS score FROM partner_fts f CROSS JOIN partners p"
            " ON p.id = f.rowid WHERE partner_fts MATCH ?"
        )
        self._add(select, roles, municipality, [" AND ".join(match)])

    def ranked(self, limit: int) -> tuple[str, tuple[object, ...]]:
        """Best score first, then by name; only the top rows are read in full."""
        columns = ", ".join("p." + c.strip() for c in _COLUMNS.split(","))
        top = (
            "SELECT p.id AS id, MAX(h.score) AS score, p.name AS name"
            f" FROM ({' UNION ALL '.join(self.sql)}) h JOIN partners p ON p.id = h.id"
            " GROUP BY p.id ORDER BY score DESC, p.name COLLATE NOCASE, p.id LIMIT ?"
        )
        sql = (
            f"SELECT {columns} FROM ({top}) top JOIN partners p ON p.id = top.id"
            " ORDER BY top.score DESC, top.name COLLATE NOCASE, top.id"
        )
        return sql, (*self.args, limit)


class _DryRun(Exception):
    def __init__(self, plan: ImportPlan) -> None:
        super().__init__("dry run")
        self.plan = plan
