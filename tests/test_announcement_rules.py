"""Announcement rules: splitting on paragraphs, audiences, progress, buttons."""

from rules.announcements import (
    MAX_TEXT,
    parse_button,
    progress_bar,
    split_paragraphs,
    valid_audience,
)


def test_short_text_is_one_part() -> None:
    assert split_paragraphs("Hallo <b>allemaal</b>\n\nTot donderdag") == [
        "Hallo <b>allemaal</b>\n\nTot donderdag"
    ]


def test_long_text_is_split_between_paragraphs() -> None:
    paragraphs = [f"Alinea {n}: " + "x" * 990 for n in range(5)]  # five of about 1000 characters
    parts = split_paragraphs("\n\n".join(paragraphs))
    assert parts is not None and len(parts) == 2
    assert all(len(p) <= MAX_TEXT for p in parts)
    assert parts[0].startswith("Alinea 0") and parts[1].startswith("Alinea 4")
    assert "\n\n".join(parts) == "\n\n".join(paragraphs)  # nothing lost


def test_a_long_paragraph_is_split_between_lines() -> None:
    paragraph = "\n".join("regel " + "y" * 94 for _ in range(60))  # 6,000 characters
    parts = split_paragraphs(paragraph)
    assert parts is not None and len(parts) == 2
    assert "\n".join(parts) == paragraph


def test_too_long_is_refused() -> None:
    assert split_paragraphs("z" * (MAX_TEXT + 1)) is None  # one line longer than a message
    assert split_paragraphs("\n\n".join("w" * 4000 for _ in range(4))) is None  # 4 parts
    assert split_paragraphs("") is None


def test_audiences() -> None:
    for good in ("all", "coordinators", "role:verloskundige", "place:venlo"):
        assert valid_audience(good)
    for bad in ("everyone", "role:", "place:a b", "role:x;drop"):
        assert not valid_audience(bad)


def test_progress_bar() -> None:
    assert progress_bar(0, 10) == "░░░░░░░░░░ 0%"
    assert progress_bar(4, 10) == "▓▓▓▓░░░░░░ 40%"
    assert progress_bar(0, 0) == "▓▓▓▓▓▓▓▓▓▓ 100%"


def test_buttons() -> None:
    assert parse_button("om:ok:12") is not None
    assert parse_button("om:mute") is not None
    for forged in ("om:ok", "om:mute:3", "om:send:1", "om:ok:x", None):
        assert parse_button(forged) is None
