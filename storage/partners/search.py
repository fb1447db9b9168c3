"""Finding listed partners: /zoek's parsing and repair against the index, the ranked search
over the full-text index, and the counts behind the guided search. Caches what the index
knows until the next write (the other partner repositories call forget_caches)."""

import asyncio
import sqlite3
from dataclasses import dataclass

from rules.clock import to_iso
from rules.municipalities import gazetteer
from rules.normalize import FOLD_VERSION
from rules.roles_vocabulary import role_vocabulary
from rules.search import (
    ALTERNATIVE,
    ParsedQuery,
    SearchVocabulary,
    TermIndex,
    correct_terms,
    parse_query,
    suggestion,
)
from storage.connection import SharedConnection
from storage.partners.rows import COLUMNS, Partner, fetch_partners, fts_phrase, rebuild_index

# Nobody pages through more than ten pages: past this, the reply asks for a narrower search.
SEARCH_LIMIT = 50
# Each way of finding (role, role words, place, words) yields at most this many candidates.
SEARCH_BRANCH_LIMIT = 100
# Words only: where a word matches says how well it matches (no bm25: it would rank every hit);
# the last branch finds words spread over several column groups.
_WORD_BRANCHES = (
    (("role",), 40.0),
    (("name", "organisation"), 30.0),
    (("municipality", "neighbourhood", "keywords", "experience"), 20.0),
    ((), 10.0),
)


@dataclass(frozen=True)
class SearchResult:
    ids: list[int]  # every match, best first (at most SEARCH_LIMIT)
    partners: list[Partner]  # the matches asked for (`find(read=...)`), read in full
    query: ParsedQuery
    did_you_mean: str | None = None  # a role or municipality, when nothing was found


def fts_prefix_all(terms: tuple[str, ...], index: TermIndex) -> str:
    """Every term as a prefix; a term that starts no other index word is matched as itself,
    which finds the same rows without merging the lists of every word it could begin."""
    return " AND ".join(_fts_term(term, index) for term in terms)


def _known(term: str, index: TermIndex, columns: tuple[str, ...]) -> bool:
    return any(index.knows_prefix(word, columns or None) for word in term.split(ALTERNATIVE))


def _fts_term(term: str, index: TermIndex) -> str:
    """One term as an FTS5 prefix query; spellings of a repaired word as alternatives."""
    spellings = [
        fts_phrase(word) + ("" if index.only_word_starting(word) else "*")
        for word in term.split(ALTERNATIVE)
    ]
    return spellings[0] if len(spellings) == 1 else "(" + " OR ".join(spellings) + ")"


class PartnerSearchRepository:
    def __init__(self, db: SharedConnection) -> None:
        self._db = db
        self._municipality_cache: dict[tuple[int, ...], dict[str, str]] = {}
        self._terms_cache: TermIndex | None = None
        self._vocabulary_cache: dict[tuple[int, ...], SearchVocabulary] = {}
        self._coverage_cache: dict[int, dict[tuple[str, str], int]] = {}
        # One build of the term index at a time: the searches that arrive meanwhile wait for
        # it instead of each building their own (32 at once after a start or a change).
        self._terms_building = asyncio.Lock()
        self._terms_version = 0  # raised by every forget: a build begun before is not kept

    def forget_caches(self) -> None:
        """After listings changed: what the index knows is read again at the next search."""
        self._municipality_cache.clear()
        self._terms_cache = None
        self._terms_version += 1
        self._vocabulary_cache.clear()
        self._coverage_cache.clear()

    async def refresh_index(self) -> int | None:
        """Rebuild the index when it was built with another fold() or municipality list;
        the number of listings indexed, or None when it was current."""
        wanted = (FOLD_VERSION, gazetteer().source)
        async with self._db.connection.execute(
            "SELECT fold_version, municipalities FROM search_index_state WHERE id = 1"
        ) as cursor:
            row = await cursor.fetchone()
        if row is not None and (row[0], row[1]) == wanted:
            return None
        async with self._db.transaction() as conn:
            indexed = await rebuild_index(conn)
            await conn.execute(
                "INSERT INTO search_index_state (id, fold_version, municipalities, rebuilt_at)"
                " VALUES (1, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET"
                " fold_version = excluded.fold_version, municipalities = excluded.municipalities,"
                " rebuilt_at = excluded.rebuilt_at",
                (*wanted, to_iso(self._db.clock.now())),
            )
        self.forget_caches()
        return indexed

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

    async def coverage_counts(self, coalition_id: int) -> dict[tuple[str, str], int]:
        """Listed partners per (municipality key, role key): what rules/coverage.py reads.
        Kept until listings change (the same dict, so a caller may keep what it made of it)."""
        cached = self._coverage_cache.get(coalition_id)
        if cached is not None:
            return cached
        rows = await self._db.connection.execute_fetchall(
            "SELECT municipality_key, role_key, COUNT(*) FROM partners"
            " WHERE coalition_id = ? AND status = 'listed' GROUP BY role_key, municipality_key",
            (coalition_id,),
        )
        found = {(str(r[0]), str(r[1])): int(r[2]) for r in rows}
        self._coverage_cache[coalition_id] = found
        return found

    async def index_terms(self) -> TermIndex:
        """Every word in the full-text index by column (cached until the next write)."""
        if self._terms_cache is not None:
            return self._terms_cache
        async with self._terms_building:
            if self._terms_cache is not None:  # built while this search waited
                return self._terms_cache
            version = self._terms_version
            conn = self._db.connection
            await conn.execute(
                "CREATE VIRTUAL TABLE IF NOT EXISTS temp.partner_terms"
                " USING fts5vocab(main, partner_fts, 'col')"
            )
            async with conn.execute("SELECT term, col FROM temp.partner_terms") as cursor:
                built = TermIndex((row[0], row[1]) for row in await cursor.fetchall())
            if version == self._terms_version:
                self._terms_cache = built
            return built

    async def vocabulary(self, coalition_ids: tuple[int, ...]) -> SearchVocabulary:
        """Role phrases and the coalitions' municipalities (cached until the next write)."""
        cached = self._vocabulary_cache.get(coalition_ids)
        if cached is None:
            municipalities = await self.municipalities(coalition_ids)
            cached = SearchVocabulary(
                role_phrases=role_vocabulary().by_phrase,
                municipalities=municipalities,
                places=gazetteer().names_of(set(municipalities)),
            )
            self._vocabulary_cache[coalition_ids] = cached
        return cached

    async def find(
        self, coalition_ids: tuple[int, ...], text: str, read: slice = slice(None)
    ) -> SearchResult:
        """The lookup behind /zoek: parse, repair words the index cannot know, search. Every
        match is counted; only those in `read` are read in full (/zoek shows five)."""
        vocabulary = await self.vocabulary(coalition_ids)
        query = parse_query(text, vocabulary)
        index = await self.index_terms()
        if query.terms:
            query = query.with_terms(correct_terms(query.terms, index))
        ids: list[int] = []
        if query.place is not None and all(index.knows_prefix(w) for w in query.place.split()):
            # A place some listings name (a neighbourhood): those first, else the municipality.
            ids = await self.search(coalition_ids, query.place_as_words())
        if not ids:
            ids = await self.search(coalition_ids, query)
        if not ids and query.guessed_place is not None:
            query = query.without_guessed_place()
            query = query.with_terms(correct_terms(query.terms, index))
            ids = await self.search(coalition_ids, query)
        if ids:
            return SearchResult(ids, await self.read(ids[read]), query)
        return SearchResult([], [], query, suggestion(text, vocabulary))

    async def read(self, ids: list[int]) -> list[Partner]:
        """These listings in full, in this order (one query)."""
        if not ids:
            return []
        marks = ",".join("?" * len(ids))
        found = {
            p.id: p
            for p in await fetch_partners(
                self._db.connection,
                f"SELECT {COLUMNS} FROM partners WHERE id IN ({marks})",
                tuple(ids),
            )
        }
        return [found[i] for i in ids if i in found]

    async def search(
        self, coalition_ids: tuple[int, ...], query: ParsedQuery, limit: int = SEARCH_LIMIT
    ) -> list[int]:
        """The ids of listed partners of these coalitions that match, best first; role and
        place matches first.

        Every branch starts from an index (role, municipality) or a full-text match that
        already holds the place and the other words, and stops after SEARCH_BRANCH_LIMIT
        rows, so none scans the directory.
        """
        if query.empty or not coalition_ids:
            return []
        branches = _Branches(coalition_ids)
        place = [f"municipality : {fts_phrase(query.municipality)}"] if query.municipality else []
        words = [fts_prefix_all(query.terms, await self.index_terms())] if query.terms else []
        if query.experience:
            words = [f"experience : ({words[0]})"]
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
        elif query.experience:
            branches.text(20.0, words, (), None)
        else:
            index = await self.index_terms()
            for columns, score in _WORD_BRANCHES:
                if not columns and len(query.terms) == 1:
                    continue  # one word is always in one of the column groups above
                if not all(_known(t, index, columns) for t in query.terms):
                    continue  # the index says this branch cannot match
                match = f"{{{' '.join(columns)}}} : ({words[0]})" if columns else words[0]
                branches.text(score, [match], (), None)
        if not branches.sql:
            return []
        sql, args = branches.ranked(limit)
        try:
            return [int(row[0]) for row in await self._db.connection.execute_fetchall(sql, args)]
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
        self._add(
            f"SELECT p.id AS id, {score} AS score FROM partners p WHERE 1", roles, municipality, []
        )

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
        """The ids, best score first, then by name."""
        sql = (
            "SELECT p.id AS id, MAX(h.score) AS score, p.name AS name"
            f" FROM ({' UNION ALL '.join(self.sql)}) h JOIN partners p ON p.id = h.id"
            " GROUP BY p.id ORDER BY score DESC, p.name COLLATE NOCASE, p.id LIMIT ?"
        )
        return sql, (*self.args, limit)
