"""The text catalogue: every key in every language, with the same placeholders."""

import re
from datetime import date
from pathlib import Path

from fluent.syntax import FluentParser, ast, visitor

from handlers.reports.view import average_text
from rules.day_names import day_text, short_day_text, weekday_name
from rules.roles_vocabulary import role_vocabulary
from rules.texts import (
    LANGUAGES,
    Html,
    Texts,
    catalogue_source,
    format_number,
    pick_language,
)

ROOT = Path(__file__).resolve().parents[1]


class _Variables(visitor.Visitor):
    def __init__(self) -> None:
        self.names: set[str] = set()

    def visit_VariableReference(self, node: ast.VariableReference) -> None:
        self.names.add(node.id.name)


def messages(language: str) -> dict[str, set[str]]:
    resource = FluentParser().parse(catalogue_source(language))
    junk = [entry for entry in resource.body if isinstance(entry, ast.Junk)]
    assert not junk, f"{language}: unparsable text {junk[0].content!r}"
    found: dict[str, set[str]] = {}
    for entry in resource.body:
        if isinstance(entry, ast.Message):
            # Fluent lets a later message of the same name win without a word: refuse it here.
            assert entry.id.name not in found, f"{language}: {entry.id.name} defined twice"
            variables = _Variables()
            variables.visit(entry)
            found[entry.id.name] = variables.names
    return found


def test_every_language_has_the_same_keys_and_placeholders() -> None:
    reference = messages("nl")
    assert reference, "the Dutch catalogue is empty"
    for language in LANGUAGES:
        other = messages(language)
        missing, extra = set(reference) - set(other), set(other) - set(reference)
        assert not missing and not extra, f"{language}: missing {missing}, extra {extra}"
        for key, names in reference.items():
            assert other[key] == names, f"{language}/{key}: {other[key]} != {names}"


def test_every_key_used_in_code_exists() -> None:
    """A string literal shaped like a key of the catalogue (same prefix) must be a key."""
    known = set(messages("nl"))
    prefixes = {key.split("-")[0] for key in known}
    used: set[str] = set()
    for path in [*ROOT.glob("bot/*.py"), *ROOT.glob("handlers/**/*.py")]:
        for literal in re.findall(r'"([a-z]+(?:-[a-z0-9]+)+)"', path.read_text()):
            if literal.split("-")[0] in prefixes:
                used.add(literal)
    assert len(used) > 10, f"found too few text keys in the code: {used}"
    assert used <= known, f"keys used but not in the catalogue: {used - known}"


def test_arguments_are_escaped_for_html() -> None:
    text = Texts().get("nl", "join-already", role="lid", coalition="<b>A & B</b>")
    assert "&lt;b&gt;A &amp; B&lt;/b&gt;" in text


def test_remembered_texts_keep_escaped_and_safe_html_apart() -> None:
    texts = Texts()
    plain = texts.get("nl", "join-already", role="lid", coalition="A & B")
    safe = texts.get("nl", "join-already", role="lid", coalition=Html("A &amp; B"))
    assert "A &amp; B" in plain and plain == safe  # the same text, one escaped by get
    assert texts.get("nl", "join-already", role="lid", coalition=Html("<b>A</b>")) != texts.get(
        "nl", "join-already", role="lid", coalition="<b>A</b>"
    )
    assert texts.get("en", "join-already", role="lid", coalition="A & B") != plain
    long = "x" * 200  # not kept: still formatted right
    assert long in texts.get("nl", "join-already", role="lid", coalition=long)


def test_language_choice() -> None:
    assert pick_language("en-US") == "en"
    assert pick_language("nl") == "nl"
    assert pick_language("de") == "nl"
    assert pick_language(None) == "nl"
    assert pick_language("en", chosen="nl") == "nl"
    assert pick_language("fy") == "fy" and pick_language("fy-NL") == "fy"
    assert pick_language("nl", chosen="fy") == "fy"
    assert pick_language("de", chosen="xx") == "nl"  # an unknown stored choice is no choice
    # A coalition's language decides for a Dutch or unknown app; an English or Frisian app
    # and the person's own choice decide over it.
    assert pick_language("nl", coalition="fy") == "fy"
    assert pick_language(None, coalition="en") == "en"
    assert pick_language("en", coalition="fy") == "en"
    assert pick_language("fy", coalition="en") == "fy"
    assert pick_language("en", chosen="nl", coalition="fy") == "nl"
    assert pick_language("fr") == "nl" and pick_language("frr") == "nl"  # "fr" is not "fy"


def test_three_catalogues_are_loaded_and_differ() -> None:
    texts = Texts()
    assert set(LANGUAGES) == {"nl", "en", "fy"}
    names = [texts.get(language, "language-name") for language in LANGUAGES]
    assert names == ["Nederlands", "English", "Frysk"]
    helps = {texts.get(language, "help-stranger") for language in LANGUAGES}
    assert len(helps) == 3, "a catalogue repeats another language's text"
    assert texts.in_every_language("feedback-default-question") == {
        "Hoe waardevol was deze bijeenkomst?",
        "How valuable was this meeting?",
        "Hoe weardefol wie dizze gearkomste?",
    }


def test_a_date_and_a_number_in_each_language() -> None:
    day = date(2026, 12, 1)
    assert day_text(day, "nl") == "dinsdag 1 december"
    assert day_text(day, "en") == "Tuesday 1 December"
    assert day_text(day, "fy") == "tiisdei 1 Desimber"
    assert short_day_text(day, "fy").startswith("ti 1 Des")
    assert weekday_name(5, "fy") == "sneon" and weekday_name(6, "fy") == "snein"
    assert format_number(3.456, "nl") == "3,5" and format_number(3.456, "fy") == "3,5"
    assert format_number(3.456, "en") == "3.5"
    assert format_number(1234.5, "nl") == "1.234,5" and format_number(1234.5, "en") == "1,234.5"
    assert format_number(1234.5, "fy") == "1.234,5"
    assert format_number(12, "fy", decimals=0) == "12"
    assert average_text(4.26, "fy") == "4,3" and average_text(4.26, "en") == "4.3"
    assert average_text(None, "fy") == "-"


def test_role_names_in_frysk_are_shown_and_found() -> None:
    roles = role_vocabulary()
    assert roles.display("verloskundige", "fy", "") == "Ferloskundige"
    assert roles.display("huisarts", "fy", "") == "Hûsdokter"
    assert roles.display("huisarts", "en", "") == "GP"
    assert roles.display("onbekend", "fy", "Doula") == "Doula"
    assert roles.key_for("Ferloskundige") == "verloskundige"
    assert roles.key_for("kreamsoarch") == "kraamzorg"
    assert all(role.fy for role in roles.roles)
