"""The text catalogue: every user-facing sentence, per language, in Fluent files (rules/locales)."""

import html
import logging
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

from fluent.runtime import FluentBundle, FluentResource
from fluent.syntax.ast import Message, Resource, VariableReference
from fluent.syntax.visitor import Visitor

if TYPE_CHECKING:  # Babel is imported the first time a number is written (start-up)
    from babel import Locale
    from babel.numbers import NumberPattern

logger = logging.getLogger(__name__)

DEFAULT_LANGUAGE = "nl"
LANGUAGES: tuple[str, ...] = ("nl", "en", "fy")
CATALOGUE_FILE = "bot.ftl"
# Babel's locale per language: dates and numbers as a reader of that language writes them.
_BABEL_LOCALES = {"nl": "nl_NL", "en": "en_GB", "fy": "fy_NL"}


def catalogue_source(language: str) -> str:
    return resources.files("rules").joinpath("locales", language, CATALOGUE_FILE).read_text("utf-8")


def pick_language(
    telegram_code: str | None, chosen: str | None = None, coalition: str | None = None
) -> str:
    """The person's own choice first; then a Frisian or English Telegram app; then the language
    of their coalition (a Frisian coalition speaks Frysk to a Dutch phone); else Dutch."""
    if chosen in LANGUAGES:
        return chosen
    code = (telegram_code or "").lower()
    for language in ("fy", "en"):
        if code == language or code.startswith(language + "-"):
            return language
    if coalition in LANGUAGES:
        return coalition
    return DEFAULT_LANGUAGE


def babel_locale(language: str) -> str:
    """The Babel locale for dates and numbers in `language` (Dutch for an unknown one)."""
    return _BABEL_LOCALES.get(language, _BABEL_LOCALES[DEFAULT_LANGUAGE])


_TAG = re.compile(r"<[^>]*>")


def plain_text(markup: str) -> str:
    """A chat text (Telegram's HTML) as plain text for a page that writes with textContent."""
    return html.unescape(_TAG.sub("", markup))


def format_number(value: float, language: str, decimals: int = 1) -> str:
    """`3,5` in Dutch and Frysk, `3.5` in English."""
    pattern, locale = _number_format(language, decimals)
    return str(pattern.apply(value, locale))


@cache
def _number_format(language: str, decimals: int) -> tuple["NumberPattern", "Locale"]:
    """Babel's parsed pattern and locale, made once (parsing them is most of the cost)."""
    from babel import Locale
    from babel.numbers import parse_pattern

    pattern = "#,##0." + "0" * decimals if decimals else "#,##0"
    return parse_pattern(pattern), Locale.parse(babel_locale(language))


class _Variables(Visitor):
    def __init__(self) -> None:
        self.names: set[str] = set()

    def visit_VariableReference(self, node: VariableReference) -> None:
        self.names.add(node.id.name)


def _variables(message: Message) -> set[str]:
    found = _Variables()
    found.visit(message)
    return found.names


class Html(str):
    """Text that is already safe HTML (a rendered card): passed into a text unescaped."""


FORMATTED_KEPT = 4096  # formatted texts remembered; all forgotten when full
FORMATTED_ARGUMENT_CHARS = 80  # texts with a longer argument are formatted each time


class Texts:
    """All catalogues, each read the first time a text in it is asked for (a bot whose
    people all read Dutch never parses the others), then kept."""

    def __init__(self) -> None:
        self._bundles: dict[str, FluentBundle] = {}
        self._resources: dict[str, Resource] = {}
        self._keys: dict[str, set[str]] | None = None  # key -> its variables (the Mini App's)
        self._prefixed: dict[tuple[str, str], dict[str, str]] = {}  # starting_with, once
        # Texts as formatted, by language, key and arguments: most replies repeat the same
        # buttons and headings ("Contact 1" … "Contact 5"), and Fluent takes a tenth of a
        # millisecond for each.
        self._formatted: dict[tuple[object, ...], str] = {}
        self._bundle(DEFAULT_LANGUAGE)

    def _bundle(self, language: str) -> FluentBundle:
        if language not in LANGUAGES:
            language = DEFAULT_LANGUAGE
        bundle = self._bundles.get(language)
        if bundle is None:
            bundle = FluentBundle([language], use_isolating=False)
            resource = FluentResource(catalogue_source(language))
            bundle.add_resource(resource)
            self._resources[language] = resource
            self._bundles[language] = bundle
        return bundle

    def _variables(self) -> dict[str, set[str]]:
        if self._keys is None:
            self._bundle(DEFAULT_LANGUAGE)
            body = self._resources[DEFAULT_LANGUAGE].body
            self._keys = {e.id.name: _variables(e) for e in body if isinstance(e, Message)}
        return self._keys

    def get(self, language: str, key: str, **args: str | int) -> str:
        """The text `key` in `language`; string arguments are HTML-escaped unless Html."""
        if any(isinstance(v, str) and len(v) > FORMATTED_ARGUMENT_CHARS for v in args.values()):
            return self._format(language, key, args)  # a card, a message: not kept
        # Html is a str that compares equal to its text: whether it is one is part of the key.
        remembered = (language, key, *((k, isinstance(v, Html), v) for k, v in args.items()))
        text = self._formatted.get(remembered)
        if text is None:
            text = self._format(language, key, args)
            if len(self._formatted) >= FORMATTED_KEPT:
                self._formatted.clear()
            self._formatted[remembered] = text
        return text

    def _format(self, language: str, key: str, args: dict[str, str | int]) -> str:
        bundle = self._bundle(language)
        if not bundle.has_message(key):
            raise KeyError(f"no text {key!r} in the {language!r} catalogue")
        message = bundle.get_message(key)
        assert message.value is not None
        safe_args = {
            k: html.escape(v) if isinstance(v, str) and not isinstance(v, Html) else v
            for k, v in args.items()
        }
        text, errors = bundle.format_pattern(message.value, safe_args)
        for error in errors:
            logger.error("Text %s/%s: %s", language, key, error)
        return str(text)

    def starting_with(self, language: str, prefix: str) -> dict[str, str]:
        """Every text whose key starts with `prefix`, without arguments (for the Mini App,
        which fills in its own values): `{ $count }` comes as `{count}`."""
        cached = self._prefixed.get((language, prefix))
        if cached is not None:
            return cached
        bundle = self._bundle(language)
        found: dict[str, str] = {}
        for key, names in self._variables().items():
            if key.startswith(prefix):
                message = bundle.get_message(key)
                assert message.value is not None
                text, _ = bundle.format_pattern(message.value, {n: "{" + n + "}" for n in names})
                found[key] = str(text)
        self._prefixed[(language, prefix)] = found
        return found

    def in_every_language(self, key: str) -> set[str]:
        """The text `key` as each catalogue has it (to recognise a stored default text)."""
        return {self.get(language, key) for language in LANGUAGES}

    def bound(self, language: str) -> "Catalogue":
        return Catalogue(self, language if language in LANGUAGES else DEFAULT_LANGUAGE)


@dataclass(frozen=True)
class Catalogue:
    """The texts in one user's language: `t("join-joined", coalition=...)`."""

    texts: Texts
    language: str

    def __call__(self, key: str, **args: str | int) -> str:
        return self.texts.get(self.language, key, **args)
