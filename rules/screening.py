"""Screens for personal data that must never be stored: citizen service numbers (BSN), and
in free comments also phone numbers, e-mail addresses and bank account numbers (IBAN)."""

import re
from enum import Enum

import phonenumbers
from email_validator import EmailNotValidError, validate_email

_NINE_DIGITS = re.compile(r"(?<!\d)(\d[\d .-]{7,12}\d)(?!\d)")


def is_bsn(digits: str) -> bool:
    """Nine digits passing the elfproef: 9*d1 + 8*d2 + … + 2*d8 - 1*d9 is a multiple of 11."""
    if len(digits) != 9 or not digits.isdigit() or digits == "000000000":
        return False
    total = sum(int(d) * w for d, w in zip(digits[:8], range(9, 1, -1), strict=True))
    total -= int(digits[8])
    return total % 11 == 0


def contains_bsn(text: str) -> bool:
    """True when the text holds nine digits (spaces, dots or dashes between allowed) that pass."""
    for match in _NINE_DIGITS.finditer(text):
        digits = re.sub(r"\D", "", match.group(1))
        if is_bsn(digits):
            return True
    return False


_EMAIL = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")
_IBAN = re.compile(r"\b[A-Za-z]{2}\d{2}(?:[ ]?[A-Za-z0-9]){10,30}\b")


def contains_phone(text: str) -> bool:
    """A valid phone number, Dutch (06-12345678, 020 123 4567) or international (+32 …)."""
    matcher = phonenumbers.PhoneNumberMatcher(text, "NL", leniency=phonenumbers.Leniency.VALID)
    return matcher.has_next()


def contains_email(text: str) -> bool:
    for match in _EMAIL.finditer(text):
        try:
            validate_email(match.group(0), check_deliverability=False)
        except EmailNotValidError:
            continue
        return True
    return False


def contains_iban(text: str) -> bool:
    """An IBAN with a valid checksum (NL91 ABNA 0417 1643 00), with or without spaces."""
    # Imported here: schwifty loads its bank registry, which start-up does not need.
    from schwifty import IBAN
    from schwifty.exceptions import SchwiftyException

    for match in _IBAN.finditer(text):
        try:
            IBAN(match.group(0).replace(" ", "").upper())
        except SchwiftyException:
            continue
        return True
    return False


class PersonalData(Enum):
    BSN = "bsn"
    PHONE = "phone"
    EMAIL = "email"
    IBAN = "iban"


def personal_data_in(text: str) -> PersonalData | None:
    """The first kind of personal data found in a free text, or None."""
    if contains_bsn(text):
        return PersonalData.BSN
    if contains_iban(text):
        return PersonalData.IBAN
    if contains_email(text):
        return PersonalData.EMAIL
    if contains_phone(text):
        return PersonalData.PHONE
    return None
