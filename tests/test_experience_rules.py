"""The experience vocabulary (rules/data/experience.toml) and how a typed list is read."""

import pytest

from rules.experience_vocabulary import (
    MAX_TOPIC_CHARS,
    MAX_TOPICS,
    experience_vocabulary,
    parse_experience,
    parse_vocabulary,
)


@pytest.mark.parametrize(
    ("typed", "key"),
    [
        ("CenteringPregnancy", "centering_pregnancy"),
        ("centering", "centering_pregnancy"),
        ("CP", "centering_pregnancy"),
        ("Centering Parenting", "centering_parenting"),
        ("Samen Starten 2.0", "samen_starten"),
        ("samenstarten", "samen_starten"),
        ("Voorzorg", "voorzorg"),
        ("NNZ", "nu_niet_zwanger"),
        ("prenatale huisbezoeken", "prenataal_huisbezoek"),
        ("Mind 2 Care", "mind2care"),
        ("v-mis", "v_mis"),
        ("VHT", "video_hometraining"),
        ("Motivational interviewing", "motiverende_gespreksvoering"),
    ],
)
def test_names_abbreviations_and_spellings_find_the_method(typed: str, key: str) -> None:
    assert experience_vocabulary().key_for(typed) == key


def test_a_typed_list_splits_into_methods_and_topics() -> None:
    experience = parse_experience(
        "Centering, VHT; schulden tijdens de zwangerschap\nvht / Laaggeletterdheid, ;"
    )
    assert experience.methods == ("centering_pregnancy", "video_hometraining")
    assert experience.topics == ("schulden tijdens de zwangerschap", "Laaggeletterdheid")
    assert parse_experience("") == parse_experience(" , ; ") == parse_experience("  ")
    assert parse_experience("").methods == () and parse_experience("").topics == ()


def test_topics_are_bounded() -> None:
    many = ", ".join(f"onderwerp {n}" for n in range(MAX_TOPICS + 5))
    assert len(parse_experience(many).topics) == MAX_TOPICS
    long = parse_experience("x" * 200).topics[0]
    assert len(long) == MAX_TOPIC_CHARS
    assert parse_experience("Schulden, schulden").topics == ("Schulden",)


def test_methods_named_in_a_sentence_longest_first() -> None:
    vocabulary = experience_vocabulary()
    question = "Wie heeft ervaring met Centering Parenting en samen starten in Venlo?"
    assert vocabulary.keys_in(question) == ("centering_parenting", "samen_starten")
    assert vocabulary.keys_in("ervaring schulden venlo") == ()
    assert vocabulary.keys_in("samen starten venlo") == ("samen_starten",)


def test_every_method_has_three_names_and_no_phrase_names_two() -> None:
    vocabulary = experience_vocabulary()
    assert len(vocabulary.methods) >= 12
    for method in vocabulary.methods:
        assert all((method.nl, method.en, method.fy))
        assert vocabulary.display(method.key, "en") == method.en
    clash = "".join(f'[{k}]\nnl = "{k}"\nen = "{k}"\nfy = "{k}"\nsynonyms = ["x"]\n' for k in "ab")
    with pytest.raises(ValueError, match="names both"):
        parse_vocabulary(clash)


def test_a_stored_experience_is_canonical_and_reads_back_the_same() -> None:
    vocabulary = experience_vocabulary()
    stored = vocabulary.canonical("cp, samen starten 2.0 ; Schulden in de zwangerschap, CP")
    assert stored == "CenteringPregnancy; SamenStarten; Schulden in de zwangerschap"
    assert vocabulary.canonical(stored) == stored  # an export imported again changes nothing
    assert vocabulary.canonical(" ,; ") == ""


def test_experience_is_shown_in_the_readers_language() -> None:
    vocabulary = experience_vocabulary()
    assert vocabulary.shown("VoorZorg; armoede", "nl") == "VoorZorg, armoede"
    assert (
        vocabulary.shown("VoorZorg; armoede", "en")
        == "VoorZorg (Nurse-Family Partnership), armoede"
    )


def test_the_index_holds_every_name_of_a_method_and_the_topics() -> None:
    words = experience_vocabulary().index_text("CenteringPregnancy; schulden").split()
    assert {"centering", "cp", "pregnancy", "schulden"} <= set(words)
    assert "parenting" not in words  # another method's name is not in it


def test_the_csv_reads_and_writes_experience() -> None:
    from rules.partner_csv import parse_csv, write_csv

    data = 'naam;rol;gemeente;telefoon;Ervaring\nAnna;VK;Venlo;0612345678;"nnz, vht; armoede"\n'
    rows = [p for _, p in parse_csv(data.encode()).rows]
    assert rows[0].experience == "Nu Niet Zwanger; Video-hometraining (VHT); armoede"
    again = [p for _, p in parse_csv(write_csv(rows)).rows]
    assert again == rows
    bsn = "naam;rol;gemeente;telefoon;experience\nAnna;VK;Venlo;0612345678;111222333\n"
    problems = parse_csv(bsn.encode()).problems
    assert [(p.problem.field, p.problem.key) for p in problems] == [
        ("experience", "csv-problem-bsn")
    ]


@pytest.mark.parametrize(
    ("text", "roles", "municipality", "terms"),
    [
        ("ervaring schulden", (), None, ("schulden",)),  # a role's word, read as a topic
        ("ervaring schulden venlo", (), "venlo", ("schulden",)),
        ("Ervaring met Samen Starten", (), None, ("samen", "starten")),
        ("schulden", ("schuldhulpverlening",), None, ()),  # without it: the role
    ],
)
def test_ervaring_makes_the_words_an_experience_search(
    text: str, roles: tuple[str, ...], municipality: str | None, terms: tuple[str, ...]
) -> None:
    from rules.roles_vocabulary import role_vocabulary
    from rules.search import SearchVocabulary, parse_query

    vocabulary = SearchVocabulary(
        role_phrases=role_vocabulary().by_phrase, municipalities={"venlo": "Venlo"}
    )
    query = parse_query(text, vocabulary)
    assert (query.roles, query.municipality, query.terms) == (roles, municipality, terms)
    assert query.experience == text.lower().startswith("ervaring")
