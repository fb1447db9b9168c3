"""Screens for personal data that must never be stored: citizen service numbers (BSN)."""

import re

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
