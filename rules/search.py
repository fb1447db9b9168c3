"""Search rules: what a typed query means (role, municipality, other words) and typo repair.

Pure functions; the storage runs the parsed query. Role and municipality words are matched
against small vocabularies (exact first, then within a few typos); other words become
prefix terms for the full-text index.
"""

from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

from rules.normalize import fold

MAX_QUERY_CHARS = 200
MAX_WORDS = 8
STOPWORDS = frozenset(
    {
        "gemeente", "in", "de", "het", "een", "te", "bij", "voor", "van", "en", "of", "met",
        "op", "uit", "the", "a", "an", "at", "for", "near",
    }
)  # fmt: skip


@dataclass(frozen=True)
class SearchVocabulary:
    role_phrases: dict[str, str]  # folded phrase -> role key
    municipalities: dict[str, str]  # municipality key -> name as shown

    @cached_property
    def longest_phrase(self) -> int:
        """Words in the longest role phrase or municipality ("centrum voor jeugd en gezin")."""
        return max((len(p.split()) for p in [*self.role_phrases, *self.municipalities]), default=1)


@dataclass(frozen=True)
class ParsedQuery:
    roles: tuple[str, ...] = ()
    municipality: str | None = None
    terms: tuple[str, ...] = ()
    fuzzy: tuple[str, ...] = field(default=())  # words matched only within a typo or two

    @property
    def empty(self) -> bool:
        return not (self.roles or self.municipality or self.terms)


def typo_budget(word: str) -> int:
    """How many edits a word of this length may have and still count as meant."""
    if len(word) < 5:
        return 0
    return 1 if len(word) < 9 else 2


def closest(word: str, choices: Iterable[str], budget: int) -> str | None:
    """The choice within `budget` edits of the word (choices: strings, or a dict's keys)."""
    if budget == 0:
        return None
    if isinstance(choices, dict):
        choices = choices.keys()  # rapidfuzz would compare a dict's values
    found = process.extractOne(word, choices, scorer=Levenshtein.distance, score_cutoff=budget)
    return found[0] if found else None


def parse_query(text: str, vocabulary: SearchVocabulary) -> ParsedQuery:
    words = fold(text[:MAX_QUERY_CHARS]).split()[: MAX_WORDS * 2]
    roles: list[str] = []
    municipality: str | None = None
    terms: list[str] = []
    fuzzy: list[str] = []
    i = 0
    while i < len(words):
        matched = False
        # Longest phrase first: "peel en maas", "sociaal team".
        for size in range(min(vocabulary.longest_phrase, len(words) - i), 0, -1):
            phrase = " ".join(words[i : i + size])
            if phrase in vocabulary.role_phrases:
                roles.append(vocabulary.role_phrases[phrase])
            elif phrase in vocabulary.municipalities and municipality is None:
                municipality = phrase
            else:
                continue
            i += size
            matched = True
            break
        if matched:
            continue
        word = words[i]
        i += 1
        if word in STOPWORDS:
            continue
        budget = typo_budget(word)
        role_phrase = closest(word, vocabulary.role_phrases, budget)
        if role_phrase is not None:
            roles.append(vocabulary.role_phrases[role_phrase])
            fuzzy.append(word)
            continue
        if municipality is None:
            place = closest(word, vocabulary.municipalities, budget)
            if place is not None:
                municipality = place
                fuzzy.append(word)
                continue
        if len(terms) < MAX_WORDS:
            terms.append(word)
    return ParsedQuery(tuple(dict.fromkeys(roles)), municipality, tuple(terms), tuple(fuzzy))


class TermIndex:
    """The words of the full-text index, grouped by first letter and length for typo repair.

    A typo in the first letter is not repaired: comparing against every word in a large
    directory would cost milliseconds per query.
    """

    def __init__(self, terms: Iterable[tuple[str, str]]) -> None:
        """`terms`: (word, column it occurs in) pairs."""
        columns: dict[str, set[str]] = {}
        for term, column in terms:
            columns.setdefault(column, set()).add(term)
        self._by_column = {column: sorted(words) for column, words in columns.items()}
        self._sorted = sorted(set().union(*columns.values()))
        self._groups: dict[tuple[str, int], list[str]] = {}
        for term in self._sorted:
            self._groups.setdefault((term[:1], len(term)), []).append(term)

    def knows_prefix(self, word: str, columns: Iterable[str] | None = None) -> bool:
        """True when some index word (in one of these columns) starts with `word`."""
        lists = [self._sorted] if columns is None else [self._by_column.get(c, []) for c in columns]
        for words in lists:
            at = bisect_left(words, word)
            if at < len(words) and words[at].startswith(word):
                return True
        return False

    def only_word_starting(self, word: str) -> bool:
        """True when `word` is in the index and no other index word starts with it."""
        at = bisect_left(self._sorted, word)
        if at >= len(self._sorted) or self._sorted[at] != word:
            return False
        return at + 1 == len(self._sorted) or not self._sorted[at + 1].startswith(word)

    def closest(self, word: str) -> str | None:
        budget = typo_budget(word)
        if budget == 0:
            return None
        candidates = [
            term
            for length in range(len(word) - budget, len(word) + budget + 1)
            for term in self._groups.get((word[:1], length), ())
        ]
        return closest(word, candidates, budget)


def correct_terms(terms: tuple[str, ...], index: TermIndex) -> tuple[str, ...]:
    """Replace words that no index word starts with by the closest index word, if any."""
    return tuple(
        term if index.knows_prefix(term) else index.closest(term) or term for term in terms
    )


def suggestion(text: str, vocabulary: SearchVocabulary) -> str | None:
    """For "Bedoelde je…?": the role phrase or municipality that looks most like a typed word."""
    choices = [*vocabulary.role_phrases, *vocabulary.municipalities]
    best: tuple[str, float] | None = None
    for word in fold(text[:MAX_QUERY_CHARS]).split()[:MAX_WORDS]:
        if word in STOPWORDS or len(word) < 3:
            continue
        found = process.extractOne(word, choices, scorer=fuzz.ratio, score_cutoff=60)
        if found and (best is None or found[1] > best[1]):
            best = (found[0], found[1])
    return best[0] if best else None
