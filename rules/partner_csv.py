"""Partner listings as CSV: reading a coordinator's spreadsheet, checking rows, writing exports.

Pure functions on bytes and dataclasses; the storage decides what is new or changed.
"""

import csv
import io
from dataclasses import dataclass, fields
from typing import Protocol

from rules.contacts import display_phone, normalize_email, normalize_phone, normalize_website
from rules.experience_vocabulary import experience_vocabulary
from rules.screening import contains_bsn

MAX_FILE_BYTES = 2 * 1024 * 1024
MAX_ROWS = 20_000

# Column names as people write them (folded to lower case), Dutch and English.
HEADER_ALIASES: dict[str, str] = {
    "id": "external_id",
    "naam": "name",
    "name": "name",
    "organisatie": "organisation",
    "organisation": "organisation",
    "organization": "organisation",
    "rol": "role",
    "role": "role",
    "functie": "role",
    "gemeente": "municipality",
    "municipality": "municipality",
    "wijk": "neighbourhood",
    "neighbourhood": "neighbourhood",
    "neighborhood": "neighbourhood",
    "telefoon": "phone",
    "phone": "phone",
    "tel": "phone",
    "telefoonnummer": "phone",
    "email": "email",
    "e-mail": "email",
    "mail": "email",
    "website": "website",
    "web": "website",
    "trefwoorden": "keywords",
    "keywords": "keywords",
    "ervaring": "experience",
    "experience": "experience",
    "methodes": "experience",
    "methods": "experience",
}
REQUIRED_COLUMNS = ("name", "role", "municipality")
EXPORT_HEADER = (
    "id",
    "naam",
    "organisatie",
    "rol",
    "gemeente",
    "wijk",
    "telefoon",
    "email",
    "website",
    "trefwoorden",
    "ervaring",
)
MAX_LENGTH = {
    "external_id": 64,
    "name": 120,
    "organisation": 160,
    "role": 80,
    "municipality": 80,
    "neighbourhood": 80,
    "phone": 40,
    "email": 254,
    "website": 300,
    "keywords": 500,
    "experience": 500,
}


@dataclass(frozen=True)
class PartnerData:
    """One listing's fields, checked and in normal form (phone in E.164)."""

    name: str
    organisation: str
    role: str
    municipality: str
    neighbourhood: str = ""
    phone: str = ""
    email: str = ""
    website: str = ""
    keywords: str = ""
    experience: str = ""  # methods and topics, as rules/experience_vocabulary.canonical writes
    external_id: str | None = None


LISTING_FIELDS = tuple(f.name for f in fields(PartnerData) if f.name != "external_id")


@dataclass(frozen=True)
class Problem:
    """What is wrong with one field; `key` is a text key (csv-problem-…)."""

    field: str
    key: str


@dataclass(frozen=True)
class RowProblem:
    row: int  # as the spreadsheet shows it: the header is row 1
    problem: Problem


@dataclass(frozen=True)
class ParsedCsv:
    rows: list[tuple[int, PartnerData]]
    problems: list[RowProblem]


class CsvFileError(Exception):
    """The whole file is unusable; `key` is a text key, `detail` fills its placeholder."""

    def __init__(self, key: str, detail: str = "") -> None:
        super().__init__(key)
        self.key = key
        self.detail = detail


def check_partner(values: dict[str, str]) -> tuple[PartnerData | None, list[Problem]]:
    """Check one listing's raw values; the data in normal form, or the problems found."""
    clean = {name: (values.get(name) or "").strip() for name in MAX_LENGTH}
    problems: list[Problem] = []
    for name, limit in MAX_LENGTH.items():
        if len(clean[name]) > limit:
            problems.append(Problem(name, "csv-problem-too-long"))
    for name in REQUIRED_COLUMNS:
        if not clean[name]:
            problems.append(Problem(name, "csv-problem-missing"))
    phone = normalize_phone(clean["phone"]) if clean["phone"] else ""
    if phone is None:
        problems.append(Problem("phone", "csv-problem-phone"))
    email = normalize_email(clean["email"]) if clean["email"] else ""
    if email is None:
        problems.append(Problem("email", "csv-problem-email"))
    website = normalize_website(clean["website"]) if clean["website"] else ""
    if website is None:
        problems.append(Problem("website", "csv-problem-website"))
    if not clean["phone"] and not clean["email"]:
        problems.append(Problem("phone", "csv-problem-no-contact"))
    for name in ("name", "organisation", "neighbourhood", "keywords", "experience"):
        if contains_bsn(clean[name]):
            problems.append(Problem(name, "csv-problem-bsn"))
    if problems:
        return None, problems
    return (
        PartnerData(
            name=clean["name"],
            organisation=clean["organisation"],
            role=clean["role"],
            municipality=clean["municipality"],
            neighbourhood=clean["neighbourhood"],
            phone=phone or "",
            email=email or "",
            website=website or "",
            keywords=clean["keywords"],
            experience=experience_vocabulary().canonical(clean["experience"]),
            external_id=clean["external_id"] or None,
        ),
        [],
    )


def decode(data: bytes) -> str:
    """UTF-8 (with or without BOM), else Windows-1252 as Dutch Excel writes it."""
    if len(data) > MAX_FILE_BYTES:
        raise CsvFileError("csv-file-too-large", str(MAX_FILE_BYTES // (1024 * 1024)))
    if b"\x00" in data:
        raise CsvFileError("csv-file-not-text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            raise CsvFileError("csv-file-not-text") from None
    controls = sum(1 for c in text if ord(c) < 32 and c not in "\r\n\t")
    if controls > 0:
        raise CsvFileError("csv-file-not-text")
    return text


def parse_csv(data: bytes) -> ParsedCsv:
    text = decode(data)
    lines = text.splitlines()
    first = next((line for line in lines if line.strip()), "")
    if not first:
        raise CsvFileError("csv-file-empty")
    delimiter = ";" if first.count(";") >= first.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = next(reader)
    except (StopIteration, csv.Error):
        raise CsvFileError("csv-file-empty") from None
    columns = [HEADER_ALIASES.get(h.strip().lower().lstrip("\ufeff")) for h in header]
    missing = [name for name in REQUIRED_COLUMNS if name not in columns]
    if missing:
        raise CsvFileError("csv-file-missing-columns", ", ".join(_dutch_column(m) for m in missing))

    # Too many rows is said before any is checked: counting is cheap, checking 20,000 is not.
    if _records(text, delimiter) - 1 > MAX_ROWS:
        raise CsvFileError("csv-file-too-many-rows", str(MAX_ROWS))
    rows: list[tuple[int, PartnerData]] = []
    problems: list[RowProblem] = []
    seen_ids: set[str] = set()
    try:
        for row_number, cells in enumerate(reader, start=2):
            if not any(cell.strip() for cell in cells):
                continue
            if len(rows) + len(problems) >= MAX_ROWS:
                raise CsvFileError("csv-file-too-many-rows", str(MAX_ROWS))
            values = {column: cell for column, cell in zip(columns, cells, strict=False) if column}
            partner, found = check_partner(values)
            external_id = partner.external_id if partner is not None else None
            if external_id is not None:
                if external_id in seen_ids:
                    found = [Problem("external_id", "csv-problem-duplicate-id")]
                    partner = None
                else:
                    seen_ids.add(external_id)
            if partner is None:
                problems.extend(RowProblem(row_number, problem) for problem in found)
            else:
                rows.append((row_number, partner))
    except csv.Error:
        raise CsvFileError("csv-file-not-text") from None
    if not rows and not problems:
        raise CsvFileError("csv-file-empty")
    return ParsedCsv(rows, problems)


def _records(text: str, delimiter: str) -> int:
    """The non-empty records of a CSV text, the header included."""
    try:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        return sum(1 for cells in reader if any(cell.strip() for cell in cells))
    except csv.Error:
        raise CsvFileError("csv-file-not-text") from None


def _dutch_column(field: str) -> str:
    dutch = {"name": "naam", "role": "rol", "municipality": "gemeente"}
    return f"{dutch[field]}/{field}"


def write_csv(partners: list[PartnerData]) -> bytes:
    """Semicolons and a BOM, so Dutch Excel opens it as it is; importing it changes nothing."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(EXPORT_HEADER)
    for p in partners:
        writer.writerow(
            [
                p.external_id or "",
                p.name,
                p.organisation,
                p.role,
                p.municipality,
                p.neighbourhood,
                display_phone(p.phone) if p.phone else "",
                p.email,
                p.website,
                p.keywords,
                p.experience,
            ]
        )
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def describe_problems(problems: list[RowProblem], t: "Translate", limit: int = 10) -> list[str]:
    """Readable lines for the first `limit` problems, in the reader's language."""
    lines = [
        t(p.problem.key, row=p.row, field=t(f"field-{p.problem.field}")) for p in problems[:limit]
    ]
    if len(problems) > limit:
        lines.append(f"… (+{len(problems) - limit})")
    return lines


class Translate(Protocol):
    def __call__(self, key: str, **args: str | int) -> str: ...
