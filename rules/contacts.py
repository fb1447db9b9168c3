"""Checks and normal forms for contact details: Dutch phone numbers, e-mail, website."""

import functools
import re
from urllib.parse import urlsplit

import phonenumbers
from email_validator import EmailNotValidError, validate_email


def normalize_phone(raw: str) -> str | None:
    """E.164 ('+31612345678') for 06…, 0xx-…, +31…, 0031…; None when it is no valid number."""
    text = raw.strip()
    if not text or len(text) > 40:
        return None
    if text.startswith("00"):
        text = "+" + text[2:]
    try:
        number = phonenumbers.parse(text, "NL")
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


@functools.lru_cache(maxsize=4096)  # formatting is slow and a directory's numbers repeat
def display_phone(e164: str) -> str:
    """Dutch numbers as Dutch people write them ('06 12345678'), others internationally."""
    number = phonenumbers.parse(e164, None)
    if number.country_code == 31:
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


@functools.lru_cache(maxsize=4096)
def tappable_phone(e164: str) -> str:
    """'+31 77 351 2345': Telegram apps make numbers with a country code tappable.

    Telegram does not allow tel: links in messages, so this is how a number becomes a link.
    """
    number = phonenumbers.parse(e164, None)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def normalize_email(raw: str) -> str | None:
    text = raw.strip()
    if not text or len(text) > 254:
        return None
    try:
        result = validate_email(text, check_deliverability=False)
    except EmailNotValidError:
        return None
    return str(result.normalized)


def normalize_website(raw: str) -> str | None:
    """https://… with a real host name; 'www.x.nl' gets https:// in front."""
    text = raw.strip()
    if not text or len(text) > 300 or any(c.isspace() for c in text):
        return None
    if "://" not in text:
        text = "https://" + text
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return None
    if "." not in parts.hostname or parts.hostname.startswith("."):
        return None
    return text


def split_contact(text: str) -> tuple[str, str] | None:
    """(phone, e-mail) found in the text, either may be empty; None when neither is valid."""
    phone = email = ""
    rest: list[str] = []
    for part in re.split(r"[\s,;]+", text.strip()):
        if "@" in part:
            email = normalize_email(part) or ""
            if not email:
                return None
        elif part:
            rest.append(part)
    if rest:
        phone = normalize_phone(" ".join(rest)) or ""
        if not phone:
            return None
    return (phone, email) if phone or email else None
