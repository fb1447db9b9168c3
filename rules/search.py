"""Search rules: what a typed query means (role, municipality, other words) and typo repair.

Pure functions; the storage runs the parsed query. Role and municipality words are matched
against small vocabularies (exact first, then within a few typos); other words become
prefix terms for the full-text index.
"""

from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import cached_property

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from rules.normalize import TUSSENVOEGSELS, fold

MAX_QUERY_CHARS = 200
MAX_WORDS = 8
STOPWORDS = frozenset(
    {
        "gemeente",
        "in",
        "de",
        "het",
        "een",
        "te",
        "bij",
        "voor",
        "van",
        "en",
        "of",
        "met",
        "op",
        "uit",
        "the",
        "a",
        "an",
        "at",
        "for",
        "near",
    }
)


# A word that says the rest is experience ("ervaring schulden"): searched in that field only.
EXPERIENCE_WORDS = frozenset({"ervaring", "ervaringen", "experience", "underfining"})


@dataclass(frozen=True)
class SearchVocabulary:
    role_phrases: dict[str, str]  # folded phrase -> role key
    municipalities: dict[str, str]  # municipality key -> name as shown
    # Other names of these municipalities and places inside them -> municipality key.
    places: dict[str, str] = field(default_factory=dict)

    @cached_property
    def longest_phrase(self) -> int:
        """Words in the longest role phrase or place name ("centrum voor jeugd en gezin")."""
        phrases = [*self.role_phrases, *self.municipalities, *self.places]
        return max((len(p.split()) for p in phrases), default=1)

    @cached_property
    def place_names(self) -> dict[str, str]:
        """Every name of a place -> municipality key."""
        return {**self.places, **{key: key for key in self.municipalities}}

    @cached_property
    def long_roles(self) -> list[str]:
        """Role phrases of more than one word, for matching a phrase typed with a typo."""
        return [p for p in self.role_phrases if " " in p]

    @cached_property
    def joined_roles(self) -> dict[str, str]:
        """Role phrases written as one word ("sociaalteam") -> role key."""
        return {p.replace(" ", ""): key for p, key in self.role_phrases.items()}


@dataclass(frozen=True)
class ParsedQuery:
    roles: tuple[str, ...] = ()
    municipality: str | None = None
    terms: tuple[str, ...] = ()
    fuzzy: tuple[str, ...] = field(default=())  # words matched only within a typo or two
    place: str | None = None  # a place inside the municipality or another name for it, as typed
    guessed_place: str | None = None  # a word taken for a place within a typo or two
    experience: bool = False  # "ervaring …": the words are looked for in experience only

    def without_guessed_place(self) -> "ParsedQuery":
        """The word taken for a place searched as a word after all ("hejden" is no Helden)."""
        assert self.guessed_place is not None
        return replace(self, municipality=None, terms=(*self.terms, self.guessed_place))

    def with_terms(self, terms: tuple[str, ...]) -> "ParsedQuery":
        return replace(self, terms=terms)

    def place_as_words(self) -> "ParsedQuery":
        """The place typed as plain words instead of the whole municipality ("blerick" may be
        a listing's neighbourhood)."""
        assert self.place is not None
        return replace(self, municipality=None, terms=(*self.terms, *self.place.split()))

    @property
    def empty(self) -> bool:
        return not (self.roles or self.municipality or self.terms)


ALTERNATIVE = "|"  # between spellings of one term; fold() never leaves it in a word


def typo_budget(word: str) -> int:
    """How many edits (a swap of two letters is one) a word may have and still count as meant."""
    if len(word) < 4:
        return 0
    return 1 if len(word) < 9 else 2


def closest(word: str, choices: Iterable[str], budget: int) -> str | None:
    """The choice within `budget` edits of the word (choices: strings, or a dict's keys)."""
    if budget == 0:
        return None
    if isinstance(choices, dict):
        choices = choices.keys()  # rapidfuzz would compare a dict's values
    found = process.extractOne(word, choices, scorer=OSA.distance, score_cutoff=budget)
    return found[0] if found else None


def closest_all(word: str, choices: list[str], budget: int) -> list[str]:
    """Every choice at the smallest distance within `budget` ("heiden": heijden and helden)."""
    if budget == 0:
        return []
    found = process.extract(word, choices, scorer=OSA.distance, score_cutoff=budget, limit=None)
    best = min((distance for _, distance, _ in found), default=None)
    return sorted(choice for choice, distance, _ in found if distance == best)


def parse_query(text: str, vocabulary: SearchVocabulary) -> ParsedQuery:
    words = fold(text[:MAX_QUERY_CHARS]).split()[: MAX_WORDS * 2]
    roles: list[str] = []
    municipality: str | None = None
    place: str | None = None
    guessed_place: str | None = None
    terms: list[str] = []
    fuzzy: list[str] = []
    places = vocabulary.place_names
    experience = False
    i = 0
    while i < len(words):
        if words[i] in EXPERIENCE_WORDS and len(words) > 1:
            experience = True
            i += 1
            continue
        matched = False
        # Longest phrase first: "peel en maas", "sociaal team"; then two words typed apart
        # that are one word in the vocabulary ("jeugd verpleegkundige", "den bosch").
        for size in range(min(vocabulary.longest_phrase, len(words) - i), 0, -1):
            phrase = " ".join(words[i : i + size])
            joined = phrase.replace(" ", "")
            # After "ervaring" a role's words are a topic ("ervaring schulden").
            if not experience and (role := _role_phrase(phrase, vocabulary)) is not None:
                roles.append(role)
            elif municipality is None and (found := places.get(phrase) or places.get(joined)):
                municipality = found
                place = phrase if phrase in vocabulary.places else None
            else:
                continue
            i += size
            matched = True
            break
        if matched:
            continue
        word = words[i]
        i += 1
        if word in STOPWORDS or (word in TUSSENVOEGSELS and len(words) > 1):
            continue
        budget = typo_budget(word)
        role_phrase = None if experience else closest(word, vocabulary.joined_roles, budget)
        if role_phrase is not None:
            roles.append(vocabulary.joined_roles[role_phrase])
            fuzzy.append(word)
            continue
        if municipality is None:
            near_place = closest(word, vocabulary.place_names, budget)
            if near_place is not None:
                municipality = vocabulary.place_names[near_place]
                guessed_place = word
                fuzzy.append(word)
                continue
        if len(terms) < MAX_WORDS:
            terms.append(word)
    roles_once = tuple(dict.fromkeys(roles))
    return ParsedQuery(
        roles_once,
        municipality,
        tuple(terms),
        tuple(fuzzy),
        place,
        guessed_place,
        experience=experience and bool(terms),
    )


def _role_phrase(phrase: str, vocabulary: SearchVocabulary) -> str | None:
    """The role a typed phrase names: as written, written as one word, or within a typo or
    two when it is more than one word ("centrum voor jeugd en gezn")."""
    joined = phrase.replace(" ", "")
    if phrase in vocabulary.role_phrases:
        return vocabulary.role_phrases[phrase]
    if joined in vocabulary.joined_roles:
        return vocabulary.joined_roles[joined]
    if " " in phrase and (near := closest(phrase, vocabulary.long_roles, typo_budget(phrase))):
        return vocabulary.role_phrases[near]
    return None


class TermIndex:
    """The words of the full-text index, grouped by first letter and length for typo repair.

    Candidates share the first letter, or (for a typo in the first letter) the second, so a
    query never compares against every word of a large directory.
    """

    def __init__(self, terms: Iterable[tuple[str, str]]) -> None:
        """`terms`: (word, column it occurs in) pairs."""
        columns: dict[str, set[str]] = {}
        for term, column in terms:
            columns.setdefault(column, set()).add(term)
        self._by_column = {column: sorted(words) for column, words in columns.items()}
        self._sorted = sorted(set().union(*columns.values()))
        self._groups: dict[tuple[str, int], list[str]] = {}
        self._second: dict[tuple[str, int], list[str]] = {}  # by second letter
        for term in self._sorted:
            self._groups.setdefault((term[:1], len(term)), []).append(term)
            self._second.setdefault((term[1:2], len(term)), []).append(term)

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

    def knows_word(self, word: str) -> bool:
        at = bisect_left(self._sorted, word)
        return at < len(self._sorted) and self._sorted[at] == word

    def split(self, word: str) -> list[str] | None:
        """A run of index words typed as one ("pierrevanderheijden"): the words, else None."""
        for cut in range(len(word) - 2, 2, -1):
            head, tail = word[:cut], word[cut:]
            if self.knows_word(head):
                if self.knows_prefix(tail):
                    return [head, tail]
                rest = self.split(tail)
                if rest:
                    return [head, *rest]
        return None

    def closest(self, word: str) -> str | None:
        """The index words closest to `word`, as alternatives ("heijden|helden"), or None."""
        budget = typo_budget(word)
        if budget == 0:
            return None
        lengths = range(len(word) - budget, len(word) + budget + 1)
        candidates = [
            term
            for length in lengths
            for group in (
                self._groups.get((word[:1], length), ()),  # typo after the first letter
                self._second.get((word[1:2], length), ()),  # first letter wrong
                self._second.get((word[:1], length), ()),  # first letter left out
                self._groups.get((word[1:2], length), ()),  # a letter too many in front
            )
            for term in group
        ]
        return ALTERNATIVE.join(closest_all(word, list(dict.fromkeys(candidates)), budget)) or None


def correct_terms(terms: tuple[str, ...], index: TermIndex) -> tuple[str, ...]:
    """Two words the index knows written as one ("wijk team" → "wijkteam") are joined; words
    that no index word starts with become the closest index word, if any."""
    joined: list[str] = []
    i = 0
    while i < len(terms):
        pair = "".join(terms[i : i + 2])
        if i + 1 < len(terms) and index.knows_prefix(pair):
            joined.append(pair)
            i += 2
        else:
            joined.append(terms[i])
            i += 1
    repaired: list[str] = []
    for term in joined:
        if index.knows_prefix(term):
            repaired.append(term)
        elif (near := index.closest(term)) is not None:
            repaired.append(near)
        else:
            repaired.extend(index.split(term) or [term])
    return tuple(repaired[:MAX_WORDS])


def suggestion(text: str, vocabulary: SearchVocabulary) -> str | None:
    """For "Bedoelde je…?": the role phrase or municipality that looks most like a typed word."""
    choices = [*vocabulary.role_phrases, *vocabulary.municipalities, *vocabulary.places]
    best: tuple[str, float] | None = None
    for word in fold(text[:MAX_QUERY_CHARS]).split()[:MAX_WORDS]:
        if word in STOPWORDS or len(word) < 3:
            continue
        found = process.extractOne(word, choices, scorer=fuzz.ratio, score_cutoff=60)
        if found and (best is None or found[1] > best[1]):
            best = (found[0], found[1])
    return best[0] if best else None
