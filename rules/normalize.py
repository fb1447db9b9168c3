"""Text folding shared by import, search and ranking: every script in Latin letters (anyascii),
case, accents and punctuation removed. Names are always shown as written; only the folded
copy is searched."""

import functools
import re
import unicodedata
from collections.abc import Mapping
from typing import Any

from anyascii import anyascii

# Raised whenever fold() or index_words() change what they produce: the stored search index is
# then rebuilt at start (storage/partners/search.py).
FOLD_VERSION = 2

_NOT_WORD = re.compile(r"[^a-z0-9]+")
# Emoji and other symbols would come out of anyascii as words (":slight_smile:").
_NOT_LETTER_OR_DIGIT = re.compile(r"[\W_]+")
_MUNICIPALITY_PREFIX = re.compile(r"^(gemeente|gem|municipality of)\s+")
# Letters people also write as two (Dutch and German habit): Søren → soeren, Ødegård →
# oedegaard, Müller → mueller.
_TWO_LETTER_FORMS = str.maketrans(
    {"ø": "oe", "ö": "oe", "ü": "ue", "ä": "ae", "å": "aa", "æ": "ae", "œ": "oe"}
)
# Name particles: searchable ("van der heijden", "vanderheijden") and ignorable ("heijden").
TUSSENVOEGSELS = frozenset(
    {
        "van",
        "de",
        "der",
        "den",
        "het",
        "t",
        "ter",
        "ten",
        "te",
        "in",
        "op",
        "aan",
        "s",
        "el",
        "al",
        "la",
        "le",
        "du",
        "da",
        "di",
        "dos",
        "das",
        "del",
        "von",
        "zu",
        "bin",
        "ben",
        "ibn",
        "abu",
        "mc",
        "mac",
        "o",
    }
)
MAX_JOINED = 3  # words joined into one index word: "van der heijden" → "vanderheijden"


@functools.lru_cache(maxsize=32768)  # roles, places and organisations repeat on import
def fold(text: str) -> str:
    """'Zoë  van 't Hof-Jansen' -> 'zoe van t hof jansen'; 'Çelik' -> 'celik';
    'Шевченко' -> 'shevchenko'."""
    letters = _NOT_LETTER_OR_DIGIT.sub(" ", unicodedata.normalize("NFC", text))
    folded = _NOT_WORD.sub(" ", anyascii(letters).lower()).strip()
    chunks = letters.split()
    if len(folded.split()) >= len(chunks):
        return folded
    # A word anyascii has no Latin for: written as its code points, so it is still found.
    return " ".join(_fold_word(chunk) for chunk in chunks)


def _fold_word(word: str) -> str:
    latin = _NOT_WORD.sub(" ", anyascii(word).lower()).strip()
    return latin or "u" + "u".join(f"{ord(c):x}" for c in word)


def words(text: str) -> list[str]:
    return fold(text).split()


def two_letter_form(text: str) -> str:
    """The folded text with ø, ö, ü, ä, å written as oe, oe, ue, ae, aa ('' when none occur)."""
    lowered = unicodedata.normalize("NFC", text).lower()
    changed = lowered.translate(_TWO_LETTER_FORMS)
    return fold(changed) if changed != lowered else ""


def joined_words(folded: str) -> list[str]:
    """Adjacent words written as one, as people type compounds and names: 'wijk team' →
    'wijkteam', 'van der heijden' → 'vanderheijden', 'derheijden'."""
    parts = folded.split()
    found: list[str] = []
    for size in range(2, MAX_JOINED + 1):
        for start in range(len(parts) - size + 1):
            found.append("".join(parts[start : start + size]))
    return found


@functools.lru_cache(maxsize=8192)
def index_words(text: str) -> str:
    """What the search index holds for a field: the folded text, then the other spellings
    (two-letter forms, joined words) so each of them finds it."""
    folded = fold(text)
    extra = [*joined_words(folded), *two_letter_form(text).split()]
    known = set(folded.split())
    extra = [w for w in dict.fromkeys(extra) if w not in known]
    return " ".join([folded, *extra]) if extra else folded


def municipality_key(name: str) -> str:
    """'Gemeente Peel en Maas' and 'peel-en-maas' -> 'peel en maas'."""
    return _MUNICIPALITY_PREFIX.sub("", fold(name))


def entry_phrases(key: str, entry: Mapping[str, Any]) -> set[str]:
    """The folded phrases a vocabulary entry (rules/data/*.toml: roles, methods) is found by:
    its key, its names in nl, en and fy, and its synonyms."""
    phrases = {fold(key), fold(entry["nl"]), fold(entry["en"]), fold(entry["fy"])}
    phrases |= {fold(s) for s in entry.get("synonyms", [])}
    phrases.discard("")
    return phrases
