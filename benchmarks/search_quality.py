"""Search quality: does /zoek find the person meant, however they typed it?

A directory of 39 listings with names from a dozen languages and scripts
(benchmarks/data/search_quality_directory.csv, imported through the CSV import) and a
committed set of (query, expected listing) pairs (benchmarks/data/search_quality_queries.tsv):
names as written and in plain letters, typos at any position including the first letter,
split and joined compounds and name particles, two-letter forms (oe, ue, aa), abbreviations
(vk, jgz, cb, cjg, poh-ggz), municipality aliases and places. Queries that mean nothing must
find nothing. Prints hit@1, hit@5 and every miss, for today's search and for the search as
it was before (a plain fold without transliteration, no compounds, no places) as the baseline.

Run: python -m benchmarks.search_quality          (measure)
     python -m benchmarks.search_quality --write  (make the query set again from the rules below)
"""

import argparse
import asyncio
import csv
import random
import tempfile
from dataclasses import dataclass
from pathlib import Path

from rules.municipalities import gazetteer
from rules.normalize import TUSSENVOEGSELS, fold, two_letter_form
from rules.partner_csv import PartnerData, parse_csv
from rules.roles_vocabulary import role_vocabulary
from storage.db import Database
from tests.harness import FakeClock

DATA = Path(__file__).parent / "data"
DIRECTORY = DATA / "search_quality_directory.csv"
QUERIES = DATA / "search_quality_queries.tsv"
NOTHING = "-"
ABBREVIATIONS = {
    "verloskundige": ["vk", "verloskundige"],
    "jgz": ["jgz", "cb", "consultatiebureau"],
    "huisarts": ["ha", "huisarts"],
    "cjg": ["cjg"],
    "ggz": ["poh-ggz", "ggz"],
    "schuldhulpverlening": ["schuldhulp"],
    "wijkteam": ["wijkteam", "sociaal team"],
    "kraamzorg": ["kraam", "kraamzorg"],
    "ggd": ["ggd"],
    "kinderarts": ["kinderarts"],
    "gynaecoloog": ["gynaecoloog"],
    "lactatiekundige": ["borstvoeding"],
}
SPLIT = {
    "jeugdverpleegkundige": "jeugd verpleegkundige",
    "kraamverzorgende": "kraam verzorgende",
    "schuldhulpverlener": "schuld hulpverlener",
    "wijkteam": "wijk team",
    "buurtteam": "buurt team",
    "huisarts": "huis arts",
    "jeugdarts": "jeugd arts",
    "kraamzorg": "kraam zorg",
    "gezinscoach": "gezins coach",
    "jeugdhulpverlener": "jeugd hulpverlener",
    "verloskundige": "verlos kundige",
    "praktijkondersteuner": "praktijk ondersteuner",
}
PLACE_NAMES = {
    "s hertogenbosch": ["den bosch", "'s-Hertogenbosch", "hertogenbosch"],
    "s gravenhage": ["den haag", "'s-Gravenhage"],
    "sudwest fryslan": ["sudwest fryslan", "Súdwest-Fryslân"],
    "noardeast fryslan": ["noardeast fryslan", "Noardeast-Fryslân"],
    "bergen l": ["bergen l"],
}
NONSENSE = [
    "qqqq",
    "xyz venlo",
    "zzzz zzzz",
    "asdfgh",
    "kkkkkk huisarts",
    "pppp den bosch",
    "xqzv",
    "wwww wwww wwww",
]
NEIGHBOURS = dict(zip("abcdefghijklmnopqrstuvwxyz", "sqxsrgfjukjlnbpolewyibqzta", strict=True))


@dataclass(frozen=True)
class Pair:
    query: str
    expected: str  # the listing's name as written, or NOTHING
    kind: str


def typo(word: str, at: int, kind: str) -> str:
    if kind == "swap":
        return word[:at] + word[at + 1] + word[at] + word[at + 2 :]
    if kind == "drop":
        return word[:at] + word[at + 1 :]
    return word[:at] + NEIGHBOURS.get(word[at], "e") + word[at + 1 :]


def surname(name: str) -> str:
    parts = fold(name).split()
    rest = [p for p in parts[1:] if p not in TUSSENVOEGSELS]
    return rest[-1] if rest else parts[-1]


def make_pairs(listings: list[PartnerData]) -> list[Pair]:
    rng = random.Random(13)
    vocabulary = role_vocabulary()
    roles = {p.name: vocabulary.key_for(p.role) for p in listings}
    places = {p.name: gazetteer().canonical_key(p.municipality) for p in listings}
    surnames = [surname(p.name) for p in listings]
    pairs: list[Pair] = []
    for p in listings:
        name, folded = p.name, fold(p.name)
        first, last = folded.split()[0], surname(p.name)
        unique_last = surnames.count(last) == 1
        pairs.append(Pair(name, name, "name as written"))
        if folded != name.lower():
            pairs.append(Pair(folded, name, "name in plain letters"))
        if unique_last:
            pairs.append(Pair(last, name, "surname"))
            for at, kind in ((0, "sub"), (len(last) // 2, "drop"), (len(last) - 2, "swap")):
                if len(last) >= 5:
                    pairs.append(Pair(typo(last, at, kind), name, f"typo ({kind} at {at})"))
        typed_first = first if len(first) < 5 else typo(first, 0, "sub")
        pairs.append(Pair(f"{typed_first} {last}", name, "first name and surname"))
        two = two_letter_form(p.name)
        if two:
            pairs.append(Pair(two, name, "two-letter forms"))
        parts = folded.split()
        if any(w in TUSSENVOEGSELS for w in parts[1:]) or "-" in name:
            pairs.append(Pair("".join(parts[1:]), name, "particles joined"))
            pairs.append(Pair("".join(parts), name, "whole name joined"))
        if fold(name) != name.lower() and any(ord(c) > 0x400 for c in name):
            pairs.append(Pair(name.split()[-1], name, "surname in its own script"))
        role_key = roles[name]
        same_role = [q for q in listings if roles[q.name] == role_key]
        same_place = [q for q in same_role if places[q.name] == places[name]]
        for word in ABBREVIATIONS.get(role_key, []):
            if len(same_place) == 1:
                pairs.append(Pair(f"{word} {p.municipality}", name, "role and municipality"))
                for alias in PLACE_NAMES.get(places[name], []):
                    pairs.append(Pair(f"{word} {alias}", name, "role and municipality alias"))
            if p.neighbourhood and sum(q.neighbourhood == p.neighbourhood for q in same_role) == 1:
                pairs.append(Pair(f"{word} {p.neighbourhood}", name, "role and place"))
        role_word = fold(p.role)
        if role_word in SPLIT and unique_last:
            pairs.append(Pair(f"{SPLIT[role_word]} {last}", name, "split compound and surname"))
        only_here = sum(q.neighbourhood == p.neighbourhood for q in same_role) == 1
        if role_word in SPLIT and p.neighbourhood and len(same_role) > 1 and only_here:
            query = f"{SPLIT[role_word]} {p.neighbourhood}"
            pairs.append(Pair(query, name, "split compound and place"))
        organisation_word = max(fold(p.organisation).split(), key=len)
        if unique_last:
            typed_last = (
                typo(last, rng.randrange(1, len(last) - 1), "drop") if len(last) >= 6 else last
            )
            pairs.append(
                Pair(f"{organisation_word} {typed_last}", name, "organisation and surname")
            )
    pairs += [Pair(q, NOTHING, "nonsense") for q in NONSENSE]
    return list({(x.query.lower(), x.expected): x for x in pairs}.values())


def load_directory() -> list[PartnerData]:
    parsed = parse_csv(DIRECTORY.read_bytes())
    assert not parsed.problems, parsed.problems
    return [p for _, p in parsed.rows]


def write_queries() -> None:
    pairs = make_pairs(load_directory())
    with QUERIES.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, delimiter="\t", lineterminator="\n")
        writer.writerow(["query", "expected", "kind"])
        writer.writerows((p.query, p.expected, p.kind) for p in pairs)
    print(f"wrote {len(pairs)} pairs to {QUERIES}")


def read_queries() -> list[Pair]:
    with QUERIES.open(encoding="utf-8", newline="") as source:
        rows = list(csv.reader(source, delimiter="\t"))[1:]
    return [Pair(*row) for row in rows]


async def measure() -> None:
    pairs = read_queries()
    with tempfile.TemporaryDirectory() as workdir:
        db = await Database.open(Path(workdir) / "quality.sqlite3", FakeClock())
        try:
            coalition = await db.coalitions.add(
                slug="noord", name="Noord", municipalities=[], timezone="Europe/Amsterdam"
            )
            await db.partner_import.import_rows(coalition.id, load_directory(), added_by=None)
            hit1 = hit5 = 0
            misses: list[str] = []
            for pair in pairs:
                result = await db.partner_search.find((coalition.id,), pair.query)
                found = [p.data.name for p in result.partners]
                if pair.expected == NOTHING:
                    ok = not found
                    hit1 += ok
                    hit5 += ok
                    if not ok:
                        misses.append(f"  {pair.query!r} should find nothing, found {found[:3]}")
                    continue
                rank = found.index(pair.expected) + 1 if pair.expected in found else 0
                hit1 += rank == 1
                hit5 += 1 <= rank <= 5
                if rank != 1:
                    shown = f"rank {rank}" if rank else "not found"
                    misses.append(
                        f"  {pair.query!r} ({pair.kind}) → {pair.expected}: {shown},"
                        f" first {found[:3]}"
                    )
        finally:
            await db.close()
    total = len(pairs)
    print(f"pairs: {total} ({sum(p.expected == NOTHING for p in pairs)} that must find nothing)")
    print(f"hit@1 {hit1 / total:.1%} ({hit1}/{total}), hit@5 {hit5 / total:.1%} ({hit5}/{total})")
    print(f"misses at rank 1 ({len(misses)}):")
    print("\n".join(misses) or "  none")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--write", action="store_true", help="make the query set again")
    args = parser.parse_args()
    if args.write:
        write_queries()
    else:
        asyncio.run(measure())


if __name__ == "__main__":
    main()
