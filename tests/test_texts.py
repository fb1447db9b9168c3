"""The text catalogue: every key in every language, with the same placeholders."""

import re
from pathlib import Path

from fluent.syntax import FluentParser, ast, visitor

from rules.texts import LANGUAGES, Texts, catalogue_source, pick_language

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
    for path in [*ROOT.glob("bot/*.py"), *ROOT.glob("handlers/*.py")]:
        for literal in re.findall(r'"([a-z]+(?:-[a-z0-9]+)+)"', path.read_text()):
            if literal.split("-")[0] in prefixes:
                used.add(literal)
    assert len(used) > 10, f"found too few text keys in the code: {used}"
    assert used <= known, f"keys used but not in the catalogue: {used - known}"


def test_arguments_are_escaped_for_html() -> None:
    text = Texts().get("nl", "join-already", role="lid", coalition="<b>A & B</b>")
    assert "&lt;b&gt;A &amp; B&lt;/b&gt;" in text


def test_language_choice() -> None:
    assert pick_language("en-US") == "en"
    assert pick_language("nl") == "nl"
    assert pick_language("de") == "nl"
    assert pick_language(None) == "nl"
    assert pick_language("en", chosen="nl") == "nl"
