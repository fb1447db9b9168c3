"""Feedback rules: anonymous respondent keys, forged buttons, comment screening, summaries,
and how they are shown (QR code, report lines, trend chart)."""

import struct
from datetime import date

from handlers.feedback.view import PROJECTOR_PIXELS, qr_png
from handlers.reports.view import SessionReport, session_lines, trend_png
from rules.feedback import (
    MAX_COMMENT_LENGTH,
    bar_chart,
    comment_problem,
    new_secret,
    parse_event_date,
    parse_rating,
    rating_data,
    respondent_key,
    summarise,
)
from rules.screening import screen
from rules.texts import Texts


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


def test_comments_are_checked_for_their_form_then_screened_as_every_text() -> None:
    assert comment_problem("Veel geleerd over de warme overdracht!") is None
    assert comment_problem("🙂👍") == "feedback-comment-empty"
    assert comment_problem("x" * (MAX_COMMENT_LENGTH + 1)) == "feedback-comment-too-long"
    today = date(2026, 12, 1)
    assert screen("cliënt 111222333 belde", today).bsn
    for comment, kind in (
        ("bel me op 06-12345678", "phone"),
        ("mail zoe@vk-venlo.nl", "email"),
        ("NL91 ABNA 0417 1643 00", "iban"),
        ("Fijn gesprek met mevrouw Jansen", "name"),  # once only BSN and numbers were looked at
        ("De moeder (19) kwam niet", "age"),
    ):
        assert [f.kind.value for f in screen(comment, today).details] == [kind], comment
    assert screen("Veel geleerd over de warme overdracht!", today).clean


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


def test_qr_code_is_large_enough_for_a_projector() -> None:
    png = qr_png("https://t.me/kansrijke_test_bot?start=fb_AbC-123_xyz")
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    width, height = struct.unpack(">II", png[16:24])  # the IHDR chunk
    assert width == height and width >= PROJECTOR_PIXELS


def test_event_dates() -> None:
    today = date(2026, 11, 22)
    assert parse_event_date("vandaag", today) == today
    assert parse_event_date("hjoed", today) == today
    assert parse_event_date("Moarn", today) == date(2026, 11, 23)
    assert parse_event_date("Tomorrow", today) == date(2026, 11, 23)
    assert parse_event_date("26-11-2026", today) == date(2026, 11, 26)
    assert parse_event_date("3/12", today) == date(2026, 12, 3)
    for wrong in ("31-02-2026", "1-1-2020", "ooit", ""):
        assert parse_event_date(wrong, today) is None, wrong


def test_report_lines_show_bars_from_three_answers() -> None:
    t = Texts().bound("nl")
    report = SessionReport(
        "Inloop", date(2026, 11, 3), summarise([5, 4, 4], invited=6), 6, ["Fijn <b>", "Meer tijd"]
    )
    lines = session_lines(report, t, "dinsdag 3 november")
    assert lines[0] == (
        "<b>Inloop</b> – dinsdag 3 november: 3 antwoorden (50% van 6 aanmeldingen), gemiddeld 4,3"
    )
    assert "<code>4 ★ ██████████ 2</code>" in lines
    assert "• Fijn &lt;b&gt;" in lines  # comments are escaped


async def test_trend_chart_is_a_png() -> None:
    points = [(date(2026, 11, 3), 4.2, 5), (date(2026, 11, 10), 3.5, 2)]
    t = Texts().bound("nl")
    assert (await trend_png(points, "Noord-Limburg", t)).startswith(b"\x89PNG\r\n\x1a\n")


async def test_chart_labels_follow_the_reader_language() -> None:
    points = [(date(2026, 11, 3), 4.2, 5), (date(2026, 11, 10), 3.5, 2)]
    texts = Texts()
    for language in ("nl", "en", "fy"):
        t = texts.bound(language)
        svg = (await trend_png(points, "Noord-Limburg", t, kind="svg")).decode()
        assert t("chart-average") in svg and t("chart-answers") in svg, language
    assert texts.get("nl", "chart-answers") != texts.get("en", "chart-answers")
