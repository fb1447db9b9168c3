"""The methods and instruments a listing can name as experience (rules/data/experience.toml):
which typed words mean which method, and how a typed list splits into methods and free topics.

`parse_experience("Centering, VHT; schulden tijdens de zwangerschap")` gives the methods
("centering_pregnancy", "video_hometraining") and the topic "schulden tijdens de zwangerschap":
the same rule for /aanmelden, the CSV import and a later edit.
"""

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources

from rules.normalize import entry_phrases, fold

MAX_TOPICS = 10
MAX_TOPIC_CHARS = 60
_SEPARATORS = re.compile(r"[,;\n/|]+")


@dataclass(frozen=True)
class MethodDefinition:
    key: str
    nl: str
    en: str
    fy: str
    synonyms: tuple[str, ...]  # folded, the key and every name included

    def name_in(self, language: str) -> str:
        return {"en": self.en, "fy": self.fy}.get(language, self.nl)


@dataclass(frozen=True)
class Experience:
    methods: tuple[str, ...]  # method keys, in the order written, each once
    topics: tuple[str, ...]  # what else was named, as written (trimmed)


@dataclass(frozen=True)
class ExperienceVocabulary:
    methods: tuple[MethodDefinition, ...]
    by_phrase: dict[str, str]  # folded phrase -> method key

    def get(self, key: str) -> MethodDefinition | None:
        return next((m for m in self.methods if m.key == key), None)

    def key_for(self, text: str) -> str | None:
        """The method a piece of text names as a whole ("cp", "Samen Starten 2.0"), or None."""
        return self.by_phrase.get(fold(text))

    def keys_in(self, text: str) -> tuple[str, ...]:
        """Every method named anywhere in `text` (a search, a sentence), longest phrase first
        so "centering parenting" is not also read as "centering"."""
        words = fold(text).split()
        found: list[str] = []
        start = 0
        longest = max((len(p.split()) for p in self.by_phrase), default=0)
        while start < len(words):
            for length in range(min(longest, len(words) - start), 0, -1):
                key = self.by_phrase.get(" ".join(words[start : start + length]))
                if key is not None:
                    if key not in found:
                        found.append(key)
                    start += length
                    break
            else:
                start += 1
        return tuple(found)

    def display(self, key: str, language: str) -> str:
        method = self.get(key)
        return method.name_in(language) if method else key

    def shown(self, text: str, language: str) -> str:
        """A stored experience as a reader sees it: the methods' names in their language,
        then the topics ("SamenStarten, VoorZorg, schulden")."""
        found = self.parse(text)
        return ", ".join([*(self.display(k, language) for k in found.methods), *found.topics])

    def canonical(self, text: str) -> str:
        """What is stored for a typed list: the methods by their Dutch name, then the topics,
        "; " between them (importing an export gives the same text back)."""
        found = self.parse(text)
        return "; ".join([*(self.display(k, "nl") for k in found.methods), *found.topics])

    def index_text(self, text: str) -> str:
        """What the search index holds for a stored experience: every name and abbreviation
        of each method (so "centering" and "cp" both find it), then the topics."""
        found = self.parse(text)
        names = [phrase for key in found.methods for phrase in self._phrases_of(key)]
        return " ".join([*names, *found.topics])

    def _phrases_of(self, key: str) -> tuple[str, ...]:
        method = self.get(key)
        return method.synonyms if method else (key,)

    def parse(self, text: str) -> Experience:
        """A typed list (commas, semicolons, slashes or lines between the items): the known
        methods by key, the rest as topics (at most MAX_TOPICS, each cut at MAX_TOPIC_CHARS)."""
        methods: list[str] = []
        topics: list[str] = []
        for piece in _SEPARATORS.split(text):
            item = " ".join(piece.split())
            if not fold(item):
                continue
            key = self.key_for(item)
            if key is not None:
                if key not in methods:
                    methods.append(key)
            elif len(topics) < MAX_TOPICS and item.casefold() not in map(str.casefold, topics):
                topics.append(item[:MAX_TOPIC_CHARS].rstrip())
        return Experience(tuple(methods), tuple(topics))


def parse_vocabulary(text: str) -> ExperienceVocabulary:
    data = tomllib.loads(text)
    methods: list[MethodDefinition] = []
    by_phrase: dict[str, str] = {}
    for key, entry in data.items():
        phrases = entry_phrases(key, entry)
        methods.append(
            MethodDefinition(key, entry["nl"], entry["en"], entry["fy"], tuple(sorted(phrases)))
        )
        for phrase in phrases:
            if by_phrase.setdefault(phrase, key) != key:
                raise ValueError(f"{phrase!r} names both {by_phrase[phrase]} and {key}")
    return ExperienceVocabulary(tuple(methods), by_phrase)


@cache
def experience_vocabulary() -> ExperienceVocabulary:
    return parse_vocabulary(
        resources.files("rules").joinpath("data", "experience.toml").read_text(encoding="utf-8")
    )


def parse_experience(text: str) -> Experience:
    """The vocabulary's `parse`: methods and topics of a typed list."""
    return experience_vocabulary().parse(text)
