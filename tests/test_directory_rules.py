"""The directory's pure rules: folding, contacts, BSN screening, CSV reading, query parsing."""

import pytest

from handlers.directory.view import (
    card,
    contact_data,
    guided_role_data,
    page_of,
    parse_contact,
    parse_guided_role,
    parse_search_page,
    search_page_data,
)
from handlers.partners.cards import ADMIN_ACTIONS, admin_data, parse_admin
from rules import partner_csv
from rules.contacts import (
    display_phone,
    normalize_email,
    normalize_phone,
    normalize_website,
    split_contact,
    tappable_phone,
)
from rules.normalize import fold, municipality_key
from rules.partner_csv import (
    MAX_FILE_BYTES,
    MAX_ROWS,
    CsvFileError,
    PartnerData,
    Problem,
    check_partner,
    parse_csv,
    write_csv,
)
from rules.roles_vocabulary import role_vocabulary
from rules.screening import contains_bsn, is_bsn
from rules.search import (
    SearchVocabulary,
    TermIndex,
    correct_terms,
    parse_query,
    suggestion,
    typo_budget,
)
from rules.texts import Catalogue, Texts


def test_fold_removes_case_accents_and_punctuation() -> None:
    assert fold("Zoë  van 't Hof-Jansen") == "zoe van t hof jansen"
    assert fold("CRÈCHE Ĳsselstein") == "creche ijsselstein"
    assert fold('🙂 * " NEAR -') == "near"
    assert municipality_key("Gemeente Peel en Maas") == "peel en maas"
    assert municipality_key("peel-en-maas") == "peel en maas"


@pytest.mark.parametrize(
    ("typed", "e164"),
    [
        ("06-12345678", "+31612345678"),
        ("06 1234 5678", "+31612345678"),
        ("077-3512345", "+31773512345"),
        ("(077) 351 23 45", "+31773512345"),
        ("+31 6 12345678", "+31612345678"),
        ("0031612345678", "+31612345678"),
        ("+32 470 12 34 56", "+32470123456"),
    ],
)
def test_dutch_phone_numbers_are_normalised(typed: str, e164: str) -> None:
    assert normalize_phone(typed) == e164


@pytest.mark.parametrize("typed", ["12345", "06-1234", "bel me", "", "0" * 50])
def test_invalid_phone_numbers_are_refused(typed: str) -> None:
    assert normalize_phone(typed) is None


def test_phone_shown_dutch_in_exports_and_tappable_in_messages() -> None:
    assert display_phone("+31773512345") == "077 351 2345"
    assert tappable_phone("+31773512345") == "+31 77 351 2345"


def test_email_and_website_checks() -> None:
    assert normalize_email(" Zoe@VK-Venlo.nl ") == "Zoe@vk-venlo.nl"
    assert normalize_email("zoe@") is None
    assert normalize_email("zoe at venlo") is None
    assert normalize_website("www.vk-venlo.nl") == "https://www.vk-venlo.nl"
    assert normalize_website("http://vk.nl/contact") == "http://vk.nl/contact"
    assert normalize_website("javascript:alert(1)") is None
    assert normalize_website("localhost") is None
    assert normalize_website("https://vk .nl") is None


@pytest.mark.parametrize(
    ("typed", "found"),
    [
        ("06 12345678", ("+31612345678", "")),
        ("zoe@vk-venlo.nl", ("", "zoe@vk-venlo.nl")),
        ("077-3512345, zoe@vk-venlo.nl", ("+31773512345", "zoe@vk-venlo.nl")),
        ("zoe@ 0612345678", None),  # an e-mail that is no e-mail
        ("bel me maar", None),
        ("", None),
    ],
)
def test_contact_details_typed_in_one_message(typed: str, found: tuple[str, str] | None) -> None:
    assert split_contact(typed) == found


def test_bsn_elfproef() -> None:
    assert is_bsn("111222333")  # the textbook example that passes the elfproef
    assert not is_bsn("111222334")
    assert not is_bsn("000000000")
    assert contains_bsn("moeder, bsn 111.222.333, belt terug")
    assert not contains_bsn("bel 077-3512345")


def test_check_partner_reports_every_problem() -> None:
    partner, problems = check_partner(
        {
            "name": "",
            "role": "Verloskundige",
            "municipality": "Venlo",
            "phone": "123",
            "email": "x@",
            "keywords": "a" * 501,
        }
    )
    assert partner is None
    assert {(p.field, p.key) for p in problems} == {
        ("name", "csv-problem-missing"),
        ("phone", "csv-problem-phone"),
        ("email", "csv-problem-email"),
        ("keywords", "csv-problem-too-long"),
    }
    _, problems = check_partner({"name": "A", "role": "B", "municipality": "C"})
    assert [p.key for p in problems] == ["csv-problem-no-contact"]
    _, problems = check_partner(
        {
            "name": "A",
            "role": "B",
            "municipality": "C",
            "phone": "0612345678",
            "keywords": "cliënt 111222333",
        }
    )
    assert [p.key for p in problems] == ["csv-problem-bsn"]


def test_csv_headers_delimiters_and_encodings() -> None:
    english = b"Name,Role,Municipality,Phone\r\nAnna,Midwife,Venlo,06-12345678\r\n"
    bom_semicolon = "\ufeffNAAM;Rol;Gemeente;E-mail\nZoë;VK;Venlo;zoe@vk.nl\n".encode()
    excel = "naam;rol;gemeente;telefoon\nRené Müller;Huisarts;Beesel;077-4741234\n".encode("cp1252")
    assert parse_csv(english).rows[0][1].phone == "+31612345678"
    assert parse_csv(bom_semicolon).rows[0][1].name == "Zoë"
    row_number, partner = parse_csv(excel).rows[0]
    assert (row_number, partner.name, partner.municipality) == (2, "René Müller", "Beesel")


def test_csv_rows_with_errors_are_counted_by_row_number() -> None:
    data = b"naam;rol;gemeente;telefoon\nA;VK;Venlo;0612345678\nB;VK;;0612345678\n;;;\nC;VK;X;1\n"
    parsed = parse_csv(data)
    assert [number for number, _ in parsed.rows] == [2]
    assert [(p.row, p.problem.key) for p in parsed.problems] == [
        (3, "csv-problem-missing"),
        (5, "csv-problem-phone"),
    ]


@pytest.mark.parametrize(
    ("data", "key"),
    [
        (b"", "csv-file-empty"),
        (b"naam;telefoon\nA;0612345678\n", "csv-file-missing-columns"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "csv-file-not-text"),
        (b"naam;rol;gemeente\n" + b"x" * MAX_FILE_BYTES, "csv-file-too-large"),
        (b"naam;rol;gemeente\n", "csv-file-empty"),
    ],
)
def test_bad_csv_files_are_refused_with_a_reason(data: bytes, key: str) -> None:
    with pytest.raises(CsvFileError) as refused:
        parse_csv(data)
    assert refused.value.key == key


def test_too_many_rows_are_refused_before_any_is_checked(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """50,000 lines are refused for their number, not after checking 20,000 of them (a
    second and a half of CPU): the count comes first; blank lines do not count."""
    lines = [f"Naam {n};verloskundige;Venlo;0612345678" for n in range(MAX_ROWS + 1)]
    checked: list[dict[str, str]] = []

    def counting_check(values: dict[str, str]) -> tuple[PartnerData | None, list[Problem]]:
        checked.append(values)
        return check_partner(values)

    monkeypatch.setattr(partner_csv, "check_partner", counting_check)
    with pytest.raises(CsvFileError) as refused:
        parse_csv(("naam;rol;gemeente;telefoon\n" + "\n".join(lines)).encode())
    assert (refused.value.key, refused.value.detail) == ("csv-file-too-many-rows", str(MAX_ROWS))
    assert checked == []
    exactly = "naam;rol;gemeente;telefoon\n" + "\n\n".join(lines[:MAX_ROWS])
    assert len(parse_csv(exactly.encode()).rows) == MAX_ROWS  # the limit itself is allowed


def test_missing_columns_are_named() -> None:
    with pytest.raises(CsvFileError) as refused:
        parse_csv(b"naam;telefoon\nA;0612345678\n")
    assert refused.value.detail == "rol/role, gemeente/municipality"


def test_export_reads_back_as_the_same_listings() -> None:
    listings = [
        PartnerData(
            name='Zoë; "de" vk',
            organisation="VK, Venlo",
            role="Verloskundige",
            municipality="Venlo",
            phone="+31773512345",
            email="zoe@vk.nl",
            website="https://vk.nl",
            keywords="echo, zwangerschap",
            external_id="17",
        ),
        PartnerData(
            name="Bram",
            organisation="",
            role="Kraamzorg",
            municipality="Beesel",
            phone="+31612345678",
        ),
    ]
    exported = write_csv(listings)
    assert exported.startswith("\ufeff".encode())
    assert [p for _, p in parse_csv(exported).rows] == listings


def vocabulary() -> SearchVocabulary:
    return SearchVocabulary(
        role_phrases=role_vocabulary().by_phrase,
        municipalities={"venlo": "Venlo", "peel en maas": "Peel en Maas", "beesel": "Beesel"},
    )


@pytest.mark.parametrize(
    ("text", "roles", "municipality", "terms"),
    [
        ("verloskundige venlo", ("verloskundige",), "venlo", ()),
        ("vk in Gemeente VENLO", ("verloskundige",), "venlo", ()),
        ("verloskundge", ("verloskundige",), None, ()),
        ("cb peel-en-maas", ("jgz",), "peel en maas", ()),
        ("consultatiebureau", ("jgz",), None, ()),
        ("HA beesel", ("huisarts",), "beesel", ()),
        ("schuldhulp", ("schuldhulpverlening",), None, ()),
        ("wijkteam", ("wijkteam",), None, ()),
        ("sociaal team venlo", ("wijkteam",), "venlo", ()),
        ("kraam", ("kraamzorg",), None, ()),
        ("centrum voor jeugd en gezin", ("cjg",), None, ()),
        ("borstvoeding zoë", ("lactatiekundige",), None, ("zoe",)),
        ("Hendriks venlo", (), "venlo", ("hendriks",)),
        ('"*" NEAR OR - 🙂', (), None, ("or",)),
        ("", (), None, ()),
    ],
)
def test_parse_query_finds_roles_places_and_words(
    text: str, roles: tuple[str, ...], municipality: str | None, terms: tuple[str, ...]
) -> None:
    query = parse_query(text, vocabulary())
    assert (query.roles, query.municipality, query.terms) == (roles, municipality, terms)


def test_huge_queries_are_cut_short() -> None:
    query = parse_query("woord " * 10_000, vocabulary())
    assert query.terms == ("woord",) * 8


def test_typo_budget_grows_with_word_length() -> None:
    assert [typo_budget(w) for w in ("vk", "venlo", "kraamzorg", "verloskundige")] == [0, 1, 2, 2]


def test_typo_repair_uses_the_index_words() -> None:
    index = TermIndex([("hendriks", "name"), ("peeters", "name"), ("borstvoeding", "keywords")])
    assert correct_terms(("hendrks", "peters", "xyz"), index) == ("hendriks", "peeters", "xyz")
    assert correct_terms(("borstvoedingg",), index) == ("borstvoeding",)
    assert correct_terms(("borst", "pee"), index) == ("borst", "pee")  # prefixes stay as typed
    assert index.knows_prefix("hendriks") and not index.knows_prefix("hendriksen")
    assert index.only_word_starting("peeters") and not index.only_word_starting("peet")
    assert not TermIndex([("borst", "name"), ("borstvoeding", "keywords")]).only_word_starting(
        "borst"
    )
    assert index.knows_prefix("borst", ["keywords"]) and not index.knows_prefix("borst", ["name"])


def test_suggestion_names_the_closest_role_or_place() -> None:
    assert suggestion("verloskndg", vocabulary()) == "verloskundige"
    assert suggestion("venl0", vocabulary()) == "venlo"
    assert suggestion("qqqqqq", vocabulary()) is None


def test_callback_data_fits_telegram_and_parses_back() -> None:
    assert parse_search_page(search_page_data("a1b2c3d4", 12)) == ("a1b2c3d4", 12)
    assert parse_contact(contact_data(123456789012)) == 123456789012
    assert parse_guided_role(guided_role_data("maatschappelijk-werk")) == "maatschappelijk-werk"
    assert guided_role_data("x" * 80) is None  # too long for 64 bytes: no button
    for action in ADMIN_ACTIONS:
        data = admin_data(action, 999_999_999_999, 999_999_999_999)
        assert len(data.encode()) <= 64
        assert parse_admin(data) == (action, 999_999_999_999, 999_999_999_999)
    assert parse_admin("zz:1") is None
    assert parse_search_page("zk:../../:1") is None


def test_pages_clamp_to_what_exists() -> None:
    assert page_of(12, 0) == page_of(12, -3)
    last = page_of(12, 99)
    assert (last.number, last.count, last.first) == (2, 3, 10)
    assert page_of(0, 0).count == 1


def test_card_escapes_html_and_links_the_website() -> None:
    data = PartnerData(
        name="<b>Zoë</b> & co",
        organisation="",
        role="VK",
        municipality="Venlo",
        neighbourhood="Blerick",
        phone="+31773512345",
        website="https://vk.nl/?a=1&b=2",
    )
    text = card(data, "Verloskundige", Catalogue(Texts(), "nl"), 3)
    assert text.startswith("3. <b>&lt;b&gt;Zoë&lt;/b&gt; &amp; co</b>")
    assert "Verloskundige · Venlo (Blerick)" in text
    assert "+31 77 351 2345" in text
    assert '<a href="https://vk.nl/?a=1&amp;b=2">vk.nl</a>' in text


def test_card_shows_experience_in_the_readers_language_and_escaped() -> None:
    data = PartnerData(
        name="Anna",
        organisation="",
        role="VK",
        municipality="Venlo",
        phone="+31773512345",
        experience="VoorZorg; schulden <en> geld",
    )
    dutch = card(data, "Verloskundige", Catalogue(Texts(), "nl"))
    assert dutch.splitlines()[-1] == "Ervaring: VoorZorg, schulden &lt;en&gt; geld"
    english = card(data, "Midwife", Catalogue(Texts(), "en"))
    assert english.splitlines()[-1].startswith("Experience: VoorZorg (Nurse-Family Partnership)")
    without = card(
        PartnerData(name="B", organisation="", role="VK", municipality="Venlo"),
        "Verloskundige",
        Catalogue(Texts(), "nl"),
    )
    assert "Ervaring" not in without
