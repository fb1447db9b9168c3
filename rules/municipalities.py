"""The Dutch municipalities (rules/data/municipalities.toml, from the CBS list), the other
names people use for them and the larger places inside them: one key per municipality, so
"Den Bosch", "'s-Hertogenbosch" and "Rosmalen" all mean the same place."""

import functools
import tomllib
from dataclasses import dataclass
from importlib import resources

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from rules.normalize import municipality_key


@dataclass(frozen=True)
class Gazetteer:
    source: str
    official: dict[str, str]  # municipality key -> official name
    names: dict[str, str]  # folded official name, alias or place -> municipality key
    places: frozenset[str]  # the folded names in `names` that are places, not municipalities

    def key_for(self, text: str) -> str | None:
        """The municipality key for an official name, alias or place; None when unknown."""
        return self.names.get(municipality_key(text))

    def canonical_key(self, text: str) -> str:
        """The municipality key when the name is known, else the folded text as it is."""
        folded = municipality_key(text)
        return self.names.get(folded, folded)

    def official_name(self, text: str) -> str | None:
        """The official name of a municipality typed by one of its names (not by a place)."""
        folded = municipality_key(text)
        if folded in self.places:
            return None
        key = self.names.get(folded)
        return self.official[key] if key else None

    def did_you_mean(self, text: str) -> str | None:
        """The official name closest to a name that is none (within a few typos)."""
        folded = municipality_key(text)
        budget = max(1, min(3, len(folded) // 4))
        candidates = [n for n in self.names if n not in self.places]
        found = process.extractOne(
            folded, candidates, scorer=Levenshtein.distance, score_cutoff=budget
        )
        return self.official[self.names[found[0]]] if found else None

    def names_of(self, keys: set[str]) -> dict[str, str]:
        """Every folded name (aliases and places too) of these municipalities -> key."""
        return {name: key for name, key in self.names.items() if key in keys}


@functools.cache
def gazetteer() -> Gazetteer:
    data = tomllib.loads(
        resources.files("rules").joinpath("data", "municipalities.toml").read_text("utf-8")
    )
    official = {
        municipality_key(name): name for names in data["provinces"].values() for name in names
    }
    names = {key: key for key in official}
    for alias, name in data["aliases"].items():
        names.setdefault(municipality_key(alias), municipality_key(name))
    places: set[str] = set()
    for place, name in data["places"].items():
        folded = municipality_key(place)
        if folded not in names:
            names[folded] = municipality_key(name)
            places.add(folded)
    return Gazetteer(f"{data['source']} ({data['year']})", official, names, frozenset(places))
