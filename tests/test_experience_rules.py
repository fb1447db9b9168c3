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
