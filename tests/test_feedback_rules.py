"""Feedback rules: anonymous respondent keys, forged buttons, comment screening, summaries."""

from bot.feedback import (
    MAX_COMMENT_LENGTH,
    bar_chart,
    comment_problem,
    new_secret,
    parse_rating,
    rating_data,
    respondent_key,
    summarise,
)


def test_respondent_key_recognises_a_person_per_session_only() -> None:
    secret = new_secret()
    first = respondent_key(secret, 100001, 7)
    assert first == respondent_key(secret, 100001, 7)
    assert first != respondent_key(secret, 100002, 7)
    assert first != respondent_key(secret, 100001, 8)  # not linkable across sessions
    assert first != respondent_key(new_secret(), 100001, 7)
    assert "100001" not in first and len(first) == 64


def test_rating_buttons_refuse_forgeries() -> None:
    assert parse_rating(rating_data(7, 4)) == (7, 4)
    for forged in ("fb:7:9", "fb:7:0", "fb:x:4", "fb:7:4:1", "fb:7:44", "", None):
        assert parse_rating(forged) is None, forged


def test_comments_are_screened() -> None:
    assert comment_problem("Veel geleerd over de warme overdracht!") is None
    assert comment_problem("🙂👍") == "feedback-comment-empty"
    assert comment_problem("x" * (MAX_COMMENT_LENGTH + 1)) == "feedback-comment-too-long"
    assert comment_problem("cliënt 111222333 belde") == "feedback-comment-bsn"
    assert comment_problem("bel me op 06-12345678") == "feedback-comment-phone"
    assert comment_problem("mail zoe@vk-venlo.nl") == "feedback-comment-email"
    assert comment_problem("NL91 ABNA 0417 1643 00") == "feedback-comment-iban"


def test_summary_hides_the_distribution_below_three_answers() -> None:
    few = summarise([4, 5], invited=10)
    assert few.responses == 2 and few.average == 4.5 and few.distribution is None
    assert few.response_rate == 0.2
    many = summarise([5, 4, 4, 2], invited=None)
    assert many.distribution == (0, 1, 0, 2, 1) and many.response_rate is None
    assert summarise([], invited=5).average is None


def test_bar_chart() -> None:
    assert bar_chart((0, 1, 0, 2, 1)) == [
        "5 ★ █████░░░░░ 1",
        "4 ★ ██████████ 2",
        "3 ★ ░░░░░░░░░░ 0",
        "2 ★ █████░░░░░ 1",
        "1 ★ ░░░░░░░░░░ 0",
    ]
