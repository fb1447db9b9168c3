"""The role vocabulary (rules/data/roles.toml): which typed words mean which role."""

import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources

from rules.introductions import Domain
from rules.normalize import entry_phrases, fold


@dataclass(frozen=True)
class RoleDefinition:
    key: str
    nl: str
    en: str
    fy: str
    synonyms: tuple[str, ...]  # folded, the key and both names included
    domain: Domain | None = None  # None: the role does not say (the person is asked)
    expected: bool = False  # every municipality should have one (rules/coverage.py)

    def name_in(self, language: str) -> str:
        return {"en": self.en, "fy": self.fy}.get(language, self.nl)


@dataclass(frozen=True)
class RoleVocabulary:
    roles: tuple[RoleDefinition, ...]
    by_phrase: dict[str, str]  # folded phrase -> role key

    def get(self, key: str) -> RoleDefinition | None:
        return next((r for r in self.roles if r.key == key), None)

    def key_for(self, text: str) -> str:
        """The role key for a role as written in a spreadsheet; unknown roles keep their text."""
        folded = fold(text)
        if folded in self.by_phrase:
            return self.by_phrase[folded]
        for word in folded.split():
            if word in self.by_phrase and len(word) > 3:
                return self.by_phrase[word]
        return folded

    def domain_of(self, key: str) -> Domain | None:
        role = self.get(key)
        return role.domain if role else None

    def display(self, key: str, language: str, fallback: str) -> str:
        role = self.get(key)
        return role.name_in(language) if role else fallback


def parse_vocabulary(text: str) -> RoleVocabulary:
    data = tomllib.loads(text)
    roles: list[RoleDefinition] = []
    by_phrase: dict[str, str] = {}
    for key, entry in data.items():
        phrases = entry_phrases(key, entry)
        domain = Domain(entry["domain"]) if "domain" in entry else None
        roles.append(
            RoleDefinition(
                key,
                entry["nl"],
                entry["en"],
                entry["fy"],
                tuple(sorted(phrases)),
                domain,
                bool(entry.get("expected", False)),
            )
        )
        for phrase in phrases:
            by_phrase.setdefault(phrase, key)
    return RoleVocabulary(tuple(roles), by_phrase)


@cache
def role_vocabulary() -> RoleVocabulary:
    return parse_vocabulary(
        resources.files("rules").joinpath("data", "roles.toml").read_text(encoding="utf-8")
    )
