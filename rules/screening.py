"""Screens for personal data that must never be stored: citizen service numbers (BSN), and
in free comments also phone numbers, e-mail addresses and bank account numbers (IBAN); and
for network questions, what may point to a client (a name, an address, a date of birth)."""

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from enum import Enum
from functools import cache
from importlib import resources

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


# ---- client details in a network question or answer --------------------------------------
# Questions to the network are about professional practice, never about a client. Before
# anyone else sees a question or an answer, these rules look for what would point to a person:
# a name, an address, a postcode with house number, a date of birth, an age. What is found is
# shown to the writer, who edits it (a colleague's name may be confirmed as such). Rule-based
# on purpose: see the README's "Ask the network" for the comparison with deduce.


class ClientDetail(Enum):
    NAME = "name"
    ADDRESS = "address"
    POSTCODE = "postcode"
    BIRTH_DATE = "birth_date"
    AGE = "age"


@dataclass(frozen=True)
class Found:
    kind: ClientDetail
    words: str  # as written in the text


_TITLES = (
    r"(?:mevrouw|mevr\.?|mw\.?|meneer|mnr\.?|dhr\.?|de\s+heer|mr\.|mrs\.?|ms\.?|"
    r"mister|miss|juffrouw|frou|hear)"
)
_PARTICLES = r"(?:(?:van|de|der|den|het|ter|ten|te|in|'t|el|al|ben|bin|da|di|du|le|la)\s+)*"
_SURNAME = r"[A-ZÀ-Ý][\wÀ-ÿ'\u2019-]+"
_TITLED = re.compile(rf"\b{_TITLES}\s+{_PARTICLES}{_SURNAME}", re.IGNORECASE)
_INITIALS = re.compile(rf"\b(?:[A-Z]\.\s?){{1,3}}{_PARTICLES}{_SURNAME}")
_RELATIONS = (
    r"(?:cliënte?|client(?:e)?|moeder|vader|mama|papa|zwangere|baby|zoon|dochter|"
    r"kind|kindje|meisje|jongen|ouders?|gezin|familie|mevrouw|buurvrouw|buurman|"
    r"mother|father|son|daughter|family)"
)
_NAME = rf"{_PARTICLES}{_SURNAME}(?:\s+{_PARTICLES}{_SURNAME})?"
_RELATED = re.compile(rf"\b(?i:{_RELATIONS})\s+({_NAME})")
_STREET = re.compile(
    r"\b[\wÀ-ÿ'\u2019-]*(?:straat|laan|weg|plein|singel|gracht|dijk|kade|steeg|hof|dreef|markt|"
    r"pad|park|ring|baan|wal|erf|veld|akker|dries|gaard|hoeve|boulevard|allee|plantsoen|"
    r"promenade|street|road|lane)\s+\d{1,4}\s?"
    r"[a-zA-Z]?\b",
    re.IGNORECASE,
)
# A postcode with the house number after it ("5911 AB 12"), or after the number ("12, 5911 AB":
# group 1 is the postcode, the number belongs to the street found before).
_POSTCODE_HOUSE = re.compile(
    r"\b[1-9]\d{3}\s?[A-Za-z]{2}\b\s*,?\s*\d{1,4}[a-zA-Z]?\b"
    r"|\b\d{1,4}[a-zA-Z]?\s*,?\s+([1-9]\d{3}\s?[A-Z]{2})\b"
)
_MONTHS = (
    "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|"
    "december|jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec|january|february|march|"
    "may|june|july|october"
)
_NUMERIC_DATE = re.compile(r"\b(\d{1,2})[-/.](\d{1,2})[-/.]((?:19|20)?\d{2})\b")
_WRITTEN_DATE = re.compile(rf"\b(\d{{1,2}})\s+({_MONTHS})\.?\s+((?:19|20)\d{{2}})\b", re.I)
_BORN = re.compile(
    r"\b(?:geboren|geb\.|geboortedatum|born|date of birth|dob)\s*(?:op|in|on|:)?\s*"
    rf"(?:\d{{1,2}}[-/.]\d{{1,2}}[-/.]\d{{2,4}}|\d{{1,2}}\s+(?:{_MONTHS})\.?(?:\s+\d{{4}})?|"
    r"(?:19|20)\d{2})",
    re.IGNORECASE,
)
_AGE = re.compile(
    r"\b\d{1,2}[- ]?jarige?\b|\b\d{1,2}[- ]year[- ]old\b|\b\d{1,2}\s+(?:jaar|years)\s+oud\b|"
    r"\b\d{1,2}\s+years\s+old\b|"
    r"\b(?:is|van|wordt|werd|was|pas|nog maar|net|aged|age)\s+\d{1,2}(?:\s*(?:jaar|jr\.?|years))?"
    r"(?=[\s,.;:!?)]|$)(?!\s*(?:jaar\s+)?(?:geleden|ervaring|werkzaam|in dienst|lang|weken|"
    r"maanden|dagen|uur|minuten|keer|procent|%|gezinnen|cliënten|ouders|mensen|collega))|"
    r"\(\d{1,2}\)|,\s*\d{1,2}\s+(?:jaar|jr\.?|years)\s*,",
    re.IGNORECASE,
)
_MONTH_NUMBER = {
    name: number
    for number, names in enumerate(
        (
            ("januari", "jan", "january"),
            ("februari", "feb", "february"),
            ("maart", "mrt", "march"),
            ("april", "apr"),
            ("mei", "may"),
            ("juni", "jun", "june"),
            ("juli", "jul", "july"),
            ("augustus", "aug"),
            ("september", "sep", "sept"),
            ("oktober", "okt", "october"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_WORD = re.compile(r"[A-ZÀ-Ý][\wÀ-ÿ'\u2019-]*|[\wÀ-ÿ'\u2019-]+")
_SENTENCE_END = re.compile(r"[.!?:;]\s*$|^\s*$")


@cache
def first_names() -> frozenset[str]:
    text = resources.files("rules").joinpath("data", "first_names.txt").read_text("utf-8")
    return frozenset(
        line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")
    )


def client_details(
    text: str, today: date, allowed: Callable[[str], bool] = lambda words: False
) -> list[Found]:
    """What in the text may point to a client, in the order found (each piece of text once).
    `allowed(words)`: True for words that are fine to name (a municipality, a method, a
    colleague the writer confirmed)."""
    found: list[tuple[int, Found]] = []
    taken: list[tuple[int, int]] = []

    def add(kind: ClientDetail, start: int, end: int) -> None:
        words = text[start:end].strip(" ,.;:()")
        if not words or any(start < e and s < end for s, e in taken):
            return
        taken.append((start, end))  # an allowed name too: no other rule reads it again
        if kind is ClientDetail.NAME and allowed(words):
            return
        found.append((start, Found(kind, words)))

    for match in _BORN.finditer(text):
        add(ClientDetail.BIRTH_DATE, match.start(), match.end())
    for match in _NUMERIC_DATE.finditer(text):
        if _in_the_past(match.group(1), match.group(2), match.group(3), today):
            add(ClientDetail.BIRTH_DATE, match.start(), match.end())
    for match in _WRITTEN_DATE.finditer(text):
        month = str(_MONTH_NUMBER.get(match.group(2).lower(), 0))
        if _in_the_past(match.group(1), month, match.group(3), today):
            add(ClientDetail.BIRTH_DATE, match.start(), match.end())
    for match in _STREET.finditer(text):
        add(ClientDetail.ADDRESS, match.start(), match.end())
    for match in _POSTCODE_HOUSE.finditer(text):
        group = 1 if match.group(1) else 0
        add(ClientDetail.POSTCODE, match.start(group), match.end(group))
    for match in _AGE.finditer(text):
        add(ClientDetail.AGE, match.start(), match.end())
    for pattern in (_TITLED, _INITIALS):
        for match in pattern.finditer(text):
            add(ClientDetail.NAME, match.start(), match.end())
    for match in _RELATED.finditer(text):
        if not allowed(match.group(1)):
            add(ClientDetail.NAME, match.start(1), match.end(1))
    for start, end in _first_name_spans(text):
        add(ClientDetail.NAME, start, end)
    return [item for _, item in sorted(found, key=lambda pair: pair[0])]


def _in_the_past(day: str, month: str, year: str, today: date) -> bool:
    """A whole date that has been: a birth date, not the date of a meeting to come."""
    full_year = int(year) + (2000 if int(year) <= today.year % 100 else 1900) * (len(year) == 2)
    try:
        return date(full_year, int(month), int(day)) <= today
    except ValueError:
        return False


def _first_name_spans(text: str) -> list[tuple[int, int]]:
    """A known first name with a capital, and the surname after it: inside a sentence, or at
    its start when a surname follows ("Fatima Yilmaz belde"; not "Ben jij er morgen?")."""
    names = first_names()
    words = list(_WORD.finditer(text))
    spans = []
    for number, match in enumerate(words):
        word = match.group(0)
        if word not in names:
            continue
        # At a sentence's start only a name that is no ordinary word ("Aisha wil…", not
        # "Ben jij…"), unless a surname follows.
        at_start = bool(_SENTENCE_END.search(text[: match.start()])) and word in _WORD_NAMES
        end = match.end()
        following = words[number + 1 :]
        surname = _surname_after(text, end, following)
        if surname is not None:
            end = surname
        elif at_start:
            continue
        spans.append((match.start(), end))
    return spans


# First names that are also Dutch words or often start a sentence otherwise.
_WORD_NAMES = frozenset(
    (
        "Ben",
        "Bo",
        "Roos",
        "Mark",
        "Floor",
        "Fleur",
        "Kim",
        "Jan",
        "Sem",
        "Tim",
        "Max",
        "Sam",
        "Rosa",
        "Eva",
        "Isa",
        "Noa",
        "Dirk",
        "Bas",
    )
)
_SURNAME_AFTER = re.compile(rf"\s+({_PARTICLES}{_SURNAME})")


def _surname_after(text: str, end: int, following: list[re.Match[str]]) -> int | None:
    match = _SURNAME_AFTER.match(text, end)
    if match is None or not following:
        return None
    return match.end()
