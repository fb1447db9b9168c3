"""Finding anyone however they typed it: folding in every script (properties), the
municipality list, and table tests through the real /zoek over HTTP."""

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rules.municipalities import gazetteer
from rules.normalize import fold, index_words, two_letter_form
from rules.partner_csv import parse_csv
from storage.db import Database
from tests.fake_telegram import FakeTelegram
from tests.harness import FakeClock, RunningBot
from tests.kit.directory import join

letters = st.characters(categories=["L"])
texts = st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=40)


@settings(max_examples=300, deadline=None)
@given(texts)
def test_fold_is_idempotent(text: str) -> None:
    assert fold(fold(text)) == fold(text)


@settings(max_examples=300, deadline=None)
@given(st.text(letters, min_size=1, max_size=12), texts)
def test_fold_never_empty_when_a_letter_in_any_script(word: str, rest: str) -> None:
    assert fold(word + " " + rest) != ""
    assert re.fullmatch(r"[a-z0-9]+( [a-z0-9]+)*", fold(word))


@settings(max_examples=300, deadline=None)
@given(st.text(st.characters(min_codepoint=32, max_codepoint=126), max_size=40))
def test_ascii_changes_only_in_case_and_punctuation(text: str) -> None:
    assert fold(text) == " ".join(re.sub(r"[^a-z0-9]+", " ", text.lower()).split())


@pytest.mark.parametrize(
    ("written", "typed"),
    [
        ("Yılmaz", "yilmaz"),
        ("Łukasz", "lukasz"),
        ("Søren Ødegård", "soren odegard"),
        ("Шевченко", "shevchenko"),
        ("Nguyễn Thị Hương", "nguyen thi huong"),
        ("Çelik", "celik"),
        ("Straße", "strasse"),
        ("Súdwest-Fryslân", "sudwest fryslan"),
    ],
)
def test_every_script_folds_to_its_usual_latin_spelling(written: str, typed: str) -> None:
    assert fold(written) == typed


def test_two_letter_forms_and_joined_words_are_indexed_too() -> None:
    assert two_letter_form("Søren Ødegård") == "soeren oedegaard"
    assert two_letter_form("Jürgen Müller") == "juergen mueller"
    assert two_letter_form("Henk Janssen") == ""
    indexed = index_words("Jean-Pierre van der Heijden").split()
    assert {"jeanpierre", "vanderheijden", "heijden"} <= set(indexed)


def test_municipality_list_names_aliases_and_places() -> None:
    places = gazetteer()
    assert len(places.official) == 342
    assert places.key_for("Den Bosch") == places.key_for("'s-Hertogenbosch")
    assert places.key_for("den haag") == places.key_for("'s-Gravenhage")
    assert places.key_for("Sudwest Fryslan") == places.key_for("Súdwest-Fryslân")
    assert places.key_for("Sneek") == places.key_for("Súdwest-Fryslân")
    assert places.key_for("Blerick") == places.key_for("Venlo")
    assert places.key_for("Panningen") == places.key_for("Peel en Maas")
    assert places.official_name("bergen l") == "Bergen (L.)"
    assert places.official_name("Sneek") is None  # a place, not a municipality
    assert places.key_for("Venloo") is None
    assert places.did_you_mean("Venloo") == "Venlo"
    assert places.did_you_mean("Amsterdm") == "Amsterdam"


NAMES_CSV = (
    "naam;organisatie;rol;gemeente;wijk;telefoon;email;website;trefwoorden\n"
    "Ayşe Yılmaz;Wijkteam Venlo-Oost;Wijkteam;Venlo;;;ayse@wt.nl;;\n"
    "Łukasz Wiśniewski;De Kraamvogel;Kraamverzorgende;Peel en Maas;Panningen;;lukasz@kv.nl;;\n"
    "Олена Шевченко;CJG Venlo;CJG;Venlo;;;olena@cjg.nl;;\n"
    "Søren Ødegård;Praktijk Ødegård;POH-GGZ;Venlo;;;soren@po.nl;;\n"
    "Jean-Pierre van der Heijden;Huisartsenpraktijk Rosmalen;Huisarts;Den Bosch;;;jp@ha.nl;;\n"
    "Fatima el Amrani;JGZ Limburg-Noord;Jeugdverpleegkundige;Venlo;;;f@jgz.nl;;\n"
    "Sjoerd Hoekstra;Wijkteam;Wijkteam;Súdwest-Fryslân;;;s@swf.nl;;\n"
    "Lotte Verbeek;Wijkteam Venlo-Zuid;Wijkteam;Venlo;Zuid;;lotte@venlo.nl;;\n"
)

# Query -> the one listing it must show first; None: nothing, with a did-you-mean.
TABLE: list[tuple[str, str | None]] = [
    ("yilmaz", "Ayşe Yılmaz"),
    ("Yılmaz", "Ayşe Yılmaz"),
    ("jilmaz", "Ayşe Yılmaz"),
    ("lukasz", "Łukasz Wiśniewski"),
    ("wisniewski", "Łukasz Wiśniewski"),
    ("shevchenko", "Олена Шевченко"),
    ("Шевченко", "Олена Шевченко"),
    ("soren", "Søren Ødegård"),
    ("soeren oedegaard", "Søren Ødegård"),
    ("odegard", "Søren Ødegård"),
    ("vanderheijden", "Jean-Pierre van der Heijden"),
    ("jeanpierre", "Jean-Pierre van der Heijden"),
    ("heijden", "Jean-Pierre van der Heijden"),
    ("elamrani", "Fatima el Amrani"),
    ("jeugd verpleegkundige", "Fatima el Amrani"),
    ("wijk team sneek", "Sjoerd Hoekstra"),
    ("wijkteam sneek", "Sjoerd Hoekstra"),
    ("huisarts den bosch", "Jean-Pierre van der Heijden"),
    ("huisarts 's-Hertogenbosch", "Jean-Pierre van der Heijden"),
    ("kraam panningen", "Łukasz Wiśniewski"),
    ("wijkteam sudwest fryslan", "Sjoerd Hoekstra"),
    ("qqqq", None),
    ("xyz venlo", None),
]


async def test_zoek_finds_names_compounds_and_places_as_typed(
    running: RunningBot, fake: FakeTelegram
) -> None:
    coalition = await running.db.coalitions.add(
        slug="nl", name="Noord", municipalities=["Venlo"], timezone="Europe/Amsterdam"
    )
    rows = [p for _, p in parse_csv(NAMES_CSV.encode("utf-8")).rows]
    await running.db.partner_import.import_rows(coalition.id, rows, added_by=None)
    # Three members share the table, each well below the flood limit of 20 a minute.
    members = [await join(running, fake, coalition.id, f"Zoeker {n}") for n in range(3)]
    for number, (query, expected) in enumerate(TABLE):
        reply = await fake.ask(members[number % 3], f"/zoek {query}")
        if expected is None:
            assert "Ik vond niemand" in reply.text, query
            assert "Bedoelde je" in reply.text or query == "qqqq", query
            continue
        first = reply.text.split("\n\n")[1] if "\n\n" in reply.text else reply.text
        assert expected in first, f"{query!r}: {reply.text[:200]}"


@pytest.mark.parametrize("encoding", ["cp1252", "utf-8"])
async def test_csv_import_keeps_names_as_written_and_finds_them(
    tmp_path: Path, encoding: str
) -> None:
    names = ["Søren Ødegård", "Jürgen Müller", "Dilek Çelik", "Zoë Hendriks"]
    if encoding == "utf-8":
        names += ["Łukasz Wiśniewski", "Олена Шевченко", "Ayşe Yılmaz"]
    lines = ["naam;organisatie;rol;gemeente;email"]
    lines += [f"{name};Praktijk;Huisarts;Venlo;p{i}@x.nl" for i, name in enumerate(names)]
    data = "\r\n".join(lines).encode(encoding)
    parsed = parse_csv(data)
    assert parsed.problems == []
    db = await Database.open(tmp_path / "names.sqlite3", FakeClock())
    try:
        coalition = await db.coalitions.add(
            slug="v", name="V", municipalities=["Venlo"], timezone="Europe/Amsterdam"
        )
        await db.partner_import.import_rows(
            coalition.id, [p for _, p in parsed.rows], added_by=None
        )
        for name in names:
            for query in (name, fold(name)):
                found = await db.partner_search.find((coalition.id,), query)
                assert [p.data.name for p in found.partners][:1] == [name], query
    finally:
        await db.close()


async def test_index_is_rebuilt_when_folding_changed(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    db = await Database.open(path, FakeClock())
    coalition = await db.coalitions.add(
        slug="v", name="V", municipalities=["Venlo"], timezone="Europe/Amsterdam"
    )
    rows = [p for _, p in parse_csv(NAMES_CSV.encode("utf-8")).rows]
    await db.partner_import.import_rows(coalition.id, rows, added_by=None)
    # As a database indexed by an older bot: old keys, an index without transliteration.
    async with db.transaction() as conn:
        await conn.execute("UPDATE search_index_state SET fold_version = 1")
        await conn.execute("DELETE FROM partner_fts")
        await conn.execute("UPDATE partners SET municipality_key = 'den bosch'")
    await db.close()
    db = await Database.open(path, FakeClock())
    try:
        found = await db.partner_search.find((coalition.id,), "shevchenko")
        assert [p.data.name for p in found.partners] == ["Олена Шевченко"]
        listings = await db.partners.listed(coalition.id)
        assert len(listings) == len(rows)  # nothing lost
    finally:
        await db.close()
