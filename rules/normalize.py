"""Text folding shared by import, search and ranking: case, accents and punctuation removed."""

import re
import unicodedata

_NOT_WORD = re.compile(r"[^a-z0-9]+")
_MUNICIPALITY_PREFIX = re.compile(r"^(gemeente|gem|municipality of)\s+")


def fold(text: str) -> str:
    """'Zoë  van 't Hof-Jansen' -> 'zoe van t hof jansen'."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    ascii_only = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _NOT_WORD.sub(" ", ascii_only).strip()


def words(text: str) -> list[str]:
    return fold(text).split()


def municipality_key(name: str) -> str:
    """'Gemeente Peel en Maas' and 'peel-en-maas' -> 'peel en maas'."""
    return _MUNICIPALITY_PREFIX.sub("", fold(name))
