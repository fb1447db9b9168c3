"""The screen for every free text that other people will read (network questions and their
answers, feedback comments, the drop-in's agenda questions): a citizen service number (BSN)
is refused outright; what may point to a client (a name, an address, a postcode with house
number, a date of birth, an age, a mobile number, an e-mail address, a bank account) is shown
to the writer with its kind, and nothing is kept until it is gone. Only a name can be
confirmed as a colleague's."""

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from enum import Enum
from functools import cache
from importlib import resources

import phonenumbers
from email_validator import EmailNotValidError, validate_email

from rules.experience_vocabulary import experience_vocabulary
from rules.municipalities import gazetteer
from rules.normalize import fold
from rules.roles_vocabulary import role_vocabulary

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


# ---- what may point to a client ------------------------------------------------------------
# Texts others read are about professional practice, never about a client. Before anyone else
# sees one, these rules look for what would point to a person. What is found is shown to the
# writer, who edits it (a colleague's name may be confirmed as such). Rule-based on purpose:
# see the README's "Ask the network" for the comparison with deduce.


class ClientDetail(Enum):
    NAME = "name"
    ADDRESS = "address"
    POSTCODE = "postcode"
    BIRTH_DATE = "birth_date"
    AGE = "age"
    PHONE = "phone"
    EMAIL = "email"
    IBAN = "iban"


@dataclass(frozen=True)
class Found:
    kind: ClientDetail
    words: str  # as written in the text


def _number_words(first: int, last: int) -> list[str]:
    """Dutch number words from `first` to `last` (below 100), as people write them:
    "negentien", "eenentwintig", "tweeëntwintig"."""
    units = ("", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen")
    below_twenty = (
        *units,
        "tien",
        "elf",
        "twaalf",
        "dertien",
        "veertien",
        "vijftien",
        "zestien",
        "zeventien",
        "achttien",
        "negentien",
    )
    tens = ("twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig", "negentig")
    words = []
    for number in range(first, last + 1):
        if number < 20:
            words.append(below_twenty[number])
            continue
        ten, unit = tens[number // 10 - 2], units[number % 10]
        if not unit:
            words.append(ten)
        else:  # tweeëntwintig, drieëntwintig: a diaeresis after an e
            words += [unit + ("ën" if unit.endswith("e") else "en") + ten]
            if unit.endswith("e"):
                words.append(unit + "en" + ten)  # as often typed without it
    return sorted(words, key=len, reverse=True)


_ANY_AGE_WORD = "|".join(_number_words(1, 99))
_GROWN_AGE_WORD = "|".join(_number_words(11, 49))  # an age, where a count would be small
_AGE_ANY = rf"(?:\d{{1,2}}|{_ANY_AGE_WORD})"
_AGE_GROWN = rf"(?:\d{{1,2}}|{_GROWN_AGE_WORD})"
_YEARS = r"(?:jaar|jr\.?|years)"

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
    r"kind|kindje|meisje|jongen|ouders?|gezin|familie|mevrouw|buurvrouw|buurman|vriend|"
    r"vriendin|partner|oma|opa|tante|oom|mother|father|son|daughter|family)"
)
_NAME = rf"{_PARTICLES}{_SURNAME}(?:\s+{_PARTICLES}{_SURNAME})?"
_RELATED = re.compile(rf"\b(?i:{_RELATIONS})\s+({_NAME})")
# Words that end a Dutch street name ("Kerkstraat", "Laan van Meerdervoort", "Markt"), then
# up to three words of the name, then the house number.
_STREET_WORDS = (
    r"straat|straatje|laan|weg|plein|singel|gracht|dijk|kade|steeg|hof|dreef|markt|pad|park|"
    r"ring|baan|wal|erf|veld|akker|dries|gaard|hoeve|boulevard|allee|plantsoen|promenade|"
    r"parade|haven|poort|dam|brink|vest|gang|oord|zoom|berg|kamp|hoek|heide|donk|beemd|"
    r"street|road|lane"
)
_NAME_WORD = r"(?:(?:van|de|der|den|het|ter|ten|op|aan|in|'t)\s+)*[A-ZÀ-Ý][\wÀ-ÿ'\u2019-]*"
_HOUSE_NUMBER = r"\d{1,4}(?:\s?[a-zA-Z](?![\wÀ-ÿ]))?"
_NOT_A_COUNT = (
    r"(?!\s*(?:jaar|keer|uur|weken|week|maanden|dagen|minuten|kinderen|gezinnen|ouders|"
    r"mensen|deelnemers|procent|%|euro|sessies|bijeenkomsten|plekken|km|kilometer)\b)"
)
_STREET = re.compile(
    rf"\b[\wÀ-ÿ'\u2019-]*(?:{_STREET_WORDS})(?:\s+{_NAME_WORD}){{0,3}}\s+{_HOUSE_NUMBER}\b"
    rf"{_NOT_A_COUNT}",
    re.IGNORECASE,
)
# Capitalised words with a number that are no address: "Groep 8", "Stap 2", "Week 12".
_NUMBERED_THINGS = (
    r"(?:Groep|Stap|Fase|Module|Les|Pagina|Bladzijde|Hoofdstuk|Niveau|Ronde|Dag|Week|Zaal|"
    r"Kamer|Lokaal|Artikel|Bijlage|Versie|Sessie|Bijeenkomst|Jaar|Maand|Nummer|Level|Covid)"
)
# A street name without such an ending ("Hoogveld 23"), told by what comes before it: where
# someone lives or their address.
_LIVES_AT = re.compile(
    r"\b(?:woont|wonen|woonde|wonend|verhuisd|verhuist|verhuizen|adres|adres is|"
    r"ingeschreven)\b(?:\s+(?:is|nu|sinds kort|net|pas))?(?:\s+(?:op|aan|in|naar|:))?"
    rf"(?:\s+(?:de|het|'t))?\s+((?:{_NAME_WORD}\s+){{1,3}}{_HOUSE_NUMBER})\b{_NOT_A_COUNT}"
    r"|\b(?:op|aan)\s+(?:huis)?(?:nummer|nr\.?)\s+\d{1,4}[a-zA-Z]?\b"
    # "op Heuvel 12", "aan de Parade 14": a capitalised name and a number after "op" or "aan"
    rf"|\b(?:op|aan)\s+(?:(?:de|het|'t)\s+)?((?!{_NUMBERED_THINGS}\b)[A-ZÀ-Ý][\wÀ-ÿ'\u2019-]+"
    rf"(?:\s+[A-ZÀ-Ý][\wÀ-ÿ'\u2019-]+)?\s+{_HOUSE_NUMBER})\b{_NOT_A_COUNT}",
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
# What follows a number that is no age: a duration, a count, a range ("van 0 tot 4 jaar"), a
# date ("van 20 juni"), a time ("van 9 tot 12 uur"), a choice ("1 of 2 keer").
_NO_AGE_AFTER = (
    r"(?!\s*(?:jaar\s+)?(?:geleden|ervaring|werkzaam|in dienst|lang|weken|week|maanden|"
    r"dagen|uur|minuten|keer|procent|%|gezinnen|cliënten|ouders|mensen|collega|kinderen|"
    r"kids|zonen|dochters|baby's|jongeren|tot|t/m|tm|-|\u2013|of|à|a|"
    rf"{_MONTHS})\b)"
)
# "van 6 personen", "van 3 kinderen": a plural after the number makes it a count.
_NO_COUNT_AFTER = r"(?!\s+[a-zà-ÿ]{2,}(?:en|s)\b)"
# Words before "N jaar" that make it a duration or a range, not someone's age.
_DURATION_BEFORE = (
    "al|sinds|ruim|bijna|ongeveer|zo'n|circa|ca|afgelopen|laatste|komende|eerste|tot|"
    "t/m|na|binnen|over|voor|per|elke|iedere|in|of|vanaf|onder|boven|rond|tussen|"
    "maximaal|minimaal|minstens|hooguit|dan|de|die|deze|het|een|nog|paar|enkele"
)
_AGE = re.compile(
    rf"\b{_AGE_ANY}[- ]?jarige?\b|\b\d{{1,2}}[- ]year[- ]old\b|"
    rf"\b{_AGE_ANY}\s+(?:jaar|years)\s+oud\b|"
    # "is eind twintig", "was begin dertig": an age in decades
    r"\b(?:is|wordt|werd|was)\s+(?:begin|midden|eind|ergens in de|rond de|in de)\s+"
    r"(?:twintig|dertig|veertig|[2-4]0)\b|"
    rf"\b(?:is|wordt|werd|was|pas|nog maar|net|aged|age|inmiddels)\s+{_AGE_GROWN}"
    rf"(?:\s*{_YEARS})?(?=[\s,.;:!?)]|$){_NO_AGE_AFTER}|"
    rf"\bvan\s+{_AGE_GROWN}(?:\s*{_YEARS})?(?=[\s,.;:!?)]|$){_NO_AGE_AFTER}{_NO_COUNT_AFTER}|"
    rf"\b(?:{_RELATIONS})\s+van\s+{_AGE_ANY}(?:\s*{_YEARS})?(?=[\s,.;:!?)]|$)"
    rf"{_NO_AGE_AFTER}{_NO_COUNT_AFTER}|"
    rf"\((?:\s*[a-zà-ÿ.]+){{0,2}}\s*{_AGE_ANY}(?:\s*(?:{_YEARS}|j\.?))?\s*\)|"
    rf",\s*{_AGE_ANY}\s+{_YEARS}\s*,|"
    rf"(?i:{_RELATIONS}|{_SURNAME})\s*,\s*{_AGE_ANY}(?:\s*{_YEARS})?\s*(?=[,.;)]|$)|"
    rf"(?<![\w'/])(?<!{_DURATION_BEFORE.replace('|', ' )(?<!')} )"
    rf"{_AGE_ANY}\s+{_YEARS}(?=\s*(?:[.!]|$))",
    re.IGNORECASE,
)
# The words before an age that the rules read it by ("moeder, 28", "moeder van negentien").
_LEADING_WORDS = re.compile(rf"(?i:{_RELATIONS}|{_SURNAME})\s*(?:,|\s+van\b)\s*")
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
# Verbs whose subject is a person, in the singular: a capitalised word that starts a sentence
# before one of them is someone's surname ("Kuipers belde vanochtend"), unless it is a word
# that starts sentences (sentence_starters) or fine to name (a place, a method, a role).
_PERSON_VERBS = (
    "belde|belt|mailde|mailt|appte|appt|vertelde|vertelt|zei|zegt|vroeg|vraagt|wil|wilde|"
    "kwam|komt|woont|woonde|kreeg|krijgt|huilde|huilt|reageerde|reageert|meldde|meldt|"
    "durft|durfde|voelt|voelde|vindt|vond|zocht|zoekt|verhuisde|verhuist|beviel|bevalt|"
    "liet|gaf|weigert|weigerde|twijfelt|twijfelde|heeft|had|is|was"
)
LONGEST_SURNAME_AFTER_PARTICLE = 11  # "Oudenhoven"; "Kindertelefoon" is a word
_SURNAME_PARTICLES = r"(?:(?:[Dd]e|[Vv]an(?:\s+(?:de|der|den))?|[Tt]er|[Tt]en|[Ee]l|[Ee]r)\s+)?"
_SUBJECT = re.compile(
    # the verb first, after a word that starts the sentence: "Vanochtend belde Jansen"
    rf"(?:^|(?<=[.!?]\s))[A-Z][a-zà-ÿ]+\s+(?:{_PERSON_VERBS})\s+({_SURNAME_PARTICLES}{_SURNAME})"
    rf"|(?:^|(?<=[.!?]\s))({_SURNAME_PARTICLES}{_SURNAME})\s+(?:{_PERSON_VERBS})\b"
)


@cache
def sentence_starters() -> frozenset[str]:
    """Words that start Dutch sentences and are no one's name (rules/data/
    sentence_starters.txt)."""
    text = resources.files("rules").joinpath("data", "sentence_starters.txt").read_text("utf-8")
    return frozenset(
        word for line in text.splitlines() if not line.startswith("#") for word in line.split()
    )


@cache
def first_names() -> frozenset[str]:
    text = resources.files("rules").joinpath("data", "first_names.txt").read_text("utf-8")
    return frozenset(
        line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")
    )


def fine_to_name(words: str, colleagues: Iterable[str] = ()) -> bool:
    """Words the screen may leave: a municipality or place, a method, a role, or a name the
    writer confirmed as a colleague's."""
    folded = fold(words)
    if not folded:
        return True
    words_of = set(folded.split())
    if any(words_of <= set(fold(c).split()) for c in colleagues):
        return True  # the colleague's name, or a part of it ("Jansen" of "mevrouw Jansen")
    if gazetteer().key_for(words) is not None:
        return True
    vocabulary = experience_vocabulary()
    return vocabulary.key_for(words) is not None or folded in role_vocabulary().by_phrase


_PLACE_PREPOSITIONS = re.compile(r"^(?:in|uit|bij|rond|nabij|naar|te|van)\s+", re.IGNORECASE)


@dataclass(frozen=True)
class Screening:
    """What the screen found before anyone else sees a text."""

    bsn: bool = False  # refused outright, as everywhere in the bot
    details: tuple[Found, ...] = ()  # shown to the writer, who edits (or confirms names)

    @property
    def clean(self) -> bool:
        return not self.bsn and not self.details

    @property
    def only_names(self) -> bool:
        """Only names were found: the writer may say they are colleagues'. Never a number,
        an address, a date of birth or an age."""
        return bool(self.details) and all(f.kind is ClientDetail.NAME for f in self.details)


def screen(text: str, today: date, colleagues: Iterable[str] = ()) -> Screening:
    """The one screen for every free text that others will read."""
    if contains_bsn(text):
        return Screening(bsn=True)
    known = tuple(colleagues)
    found = client_details(text, today, allowed=lambda words: fine_to_name(words, known))
    return Screening(details=tuple(found))


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
        if kind is ClientDetail.NAME and (
            allowed(words) or allowed(_PLACE_PREPOSITIONS.sub("", words))
        ):
            return  # a place after "in", "uit", "bij": fine to name
        found.append((start, Found(kind, words)))

    for start, end, kind in _numbers(text):
        add(kind, start, end)
    for match in _BORN.finditer(text):
        add(ClientDetail.BIRTH_DATE, match.start(), match.end())
    for match in _NUMERIC_DATE.finditer(text):
        if _in_the_past(match.group(1), match.group(2), match.group(3), today):
            add(ClientDetail.BIRTH_DATE, match.start(), match.end())
    for match in _WRITTEN_DATE.finditer(text):
        month = str(_MONTH_NUMBER.get(match.group(2).lower(), 0))
        if _in_the_past(match.group(1), month, match.group(3), today):
            add(ClientDetail.BIRTH_DATE, match.start(), match.end())
    for match in _POSTCODE_HOUSE.finditer(text):
        group = 1 if match.group(1) else 0
        add(ClientDetail.POSTCODE, match.start(group), match.end(group))
    for match in _STREET.finditer(text):
        add(ClientDetail.ADDRESS, match.start(), match.end())
    for match in _LIVES_AT.finditer(text):
        group = next((g for g in (1, 2) if match.group(g)), 0)
        add(ClientDetail.ADDRESS, match.start(group), match.end(group))
    for match in _AGE.finditer(text):
        leading = _LEADING_WORDS.match(match.group(0))  # "moeder, 28": the age is shown
        add(ClientDetail.AGE, match.start() + (leading.end() if leading else 0), match.end())
    for pattern in (_TITLED, _INITIALS):
        for match in pattern.finditer(text):
            add(ClientDetail.NAME, match.start(), match.end())
    for match in _RELATED.finditer(text):
        add(ClientDetail.NAME, match.start(1), match.end(1))
    for start, end in _first_name_spans(text):
        add(ClientDetail.NAME, start, end)
    for match in _SUBJECT.finditer(text):
        group = 1 if match.group(1) else 2
        words = match.group(group).split()
        if (words[0].lower() in sentence_starters() and len(words) == 1) or words[-1].isupper():
            continue  # "Iemand belde", "De GGD belde"
        if len(words) > 1 and len(words[-1]) > LONGEST_SURNAME_AFTER_PARTICLE:
            continue  # "De Kindertelefoon is": a compound word, no surname ("De Vries")
        if group == 1 and match.group(0).split()[0].lower() not in sentence_starters():
            continue  # only after a word that starts sentences ("Vanochtend", "Gisteren")
        add(ClientDetail.NAME, match.start(group), match.end(group))
    return [item for _, item in sorted(found, key=lambda pair: pair[0])]


_MOBILE = (
    phonenumbers.PhoneNumberType.MOBILE,
    phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,
    phonenumbers.PhoneNumberType.PERSONAL_NUMBER,
)


# A Dutch mobile number as people type it (06 12 34 56 78, +31 6-12345678, 0031 (0)6 …),
# whether or not its range is in use: phonenumbers (below) only knows the ranges in use.
_DUTCH_MOBILE = re.compile(
    r"(?<![\d+])(?:(?:\+|00)31[\s-]?(?:\(0\)[\s-]?)?|0)6[\s-]?(?:\d[\s-]?){7}\d(?!\d)"
)


def _numbers(text: str) -> list[tuple[int, int, ClientDetail]]:
    """Mobile numbers (a practice's or a helpline's landline is fine to pass on), e-mail
    addresses and bank accounts, where they are in the text."""
    spans = [(m.start(), m.end(), ClientDetail.PHONE) for m in _DUTCH_MOBILE.finditer(text)]
    matcher = phonenumbers.PhoneNumberMatcher(text, "NL", leniency=phonenumbers.Leniency.VALID)
    for number in matcher:
        if phonenumbers.number_type(number.number) in _MOBILE:
            spans.append((number.start, number.end, ClientDetail.PHONE))
    for match in _EMAIL.finditer(text):
        if contains_email(match.group(0)):
            spans.append((match.start(), match.end(), ClientDetail.EMAIL))
    for match in _IBAN.finditer(text):
        if contains_iban(match.group(0)):
            spans.append((match.start(), match.end(), ClientDetail.IBAN))
    return spans


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
        "Mees",
        "Stan",
        "Ward",
        "Luc",
        "Jet",
        "Leen",
    )
)
_SURNAME_AFTER = re.compile(rf"\s+({_PARTICLES}{_SURNAME})")


def _surname_after(text: str, end: int, following: list[re.Match[str]]) -> int | None:
    match = _SURNAME_AFTER.match(text, end)
    if match is None or not following:
        return None
    return match.end()
