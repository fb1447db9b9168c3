"""Screens for personal data in free text, with real valid and invalid examples."""

import pytest

from rules.screening import (
    PersonalData,
    contains_bsn,
    contains_email,
    contains_iban,
    contains_phone,
    personal_data_in,
)


@pytest.mark.parametrize(
    "text", ["111222333", "BSN 123456782", "1234.56.782", "cliënt 111-222-333"]
)
def test_valid_bsn_is_found(text: str) -> None:
    assert contains_bsn(text)


@pytest.mark.parametrize("text", ["123456789", "12345678", "1234567890", "000000000", "groep 3"])
def test_numbers_failing_the_elfproef_are_not_a_bsn(text: str) -> None:
    assert not contains_bsn(text)


@pytest.mark.parametrize(
    "text",
    ["bel 06-12345678", "06 1234 5678", "+31 6 12345678", "020-1234567", "0031 77 351 2345",
     "+32 2 555 12 12"],
)  # fmt: skip
def test_phone_numbers_are_found(text: str) -> None:
    assert contains_phone(text)


@pytest.mark.parametrize(
    "text", ["om 12:30 uur", "in 2026", "groep 7 en 8", "score 4 van 5", "06-123"]
)
def test_other_numbers_are_no_phone(text: str) -> None:
    assert not contains_phone(text)


def test_email_addresses() -> None:
    assert contains_email("mail me op zoe.hendriks@vk-venlo.nl graag")
    assert contains_email("A.B+inloop@ggd.limburg.nl")
    assert not contains_email("@ggd of ggd@")
    assert not contains_email("a@b")


def test_iban() -> None:
    assert contains_iban("rekening NL91ABNA0417164300")
    assert contains_iban("NL91 ABNA 0417 1643 00")
    assert contains_iban("de89370400440532013000")
    assert not contains_iban("NL91ABNA0417164301")  # checksum wrong
    assert not contains_iban("NL12 de inloop was fijn")


def test_first_kind_found() -> None:
    assert personal_data_in("Heel leerzaam, dank!") is None
    assert personal_data_in("BSN 111222333") is PersonalData.BSN
    assert personal_data_in("NL91ABNA0417164300") is PersonalData.IBAN
    assert personal_data_in("a@ggd.nl") is PersonalData.EMAIL
    assert personal_data_in("06-12345678") is PersonalData.PHONE
