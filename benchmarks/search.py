"""Partner search speed: 50,000 listings in 340 municipalities, 2,000 queries with typos.

Prints p50/p99 of the search function the bot uses (`partner_search.find`: query parsing,
typo repair, SQLite FTS5 and ranking, in-process through aiosqlite), and the same for a
plain LIKE scan as the baseline. Run: python -m benchmarks.search [--listings N]
"""

import argparse
import asyncio
import random
import statistics
import tempfile
import time
from pathlib import Path

from rules.partner_csv import PartnerData
from rules.roles_vocabulary import role_vocabulary
from storage.db import Database
from tests.harness import FakeClock

PREFIXES = [
    "Ooster",
    "Wester",
    "Noorder",
    "Zuider",
    "Nieuw",
    "Oud",
    "Groot",
    "Klein",
    "Hoog",
    "Laag",
    "Berg",
    "Zand",
    "Veen",
    "Water",
    "Molen",
    "Kerk",
    "Brug",
    "Dijk",
    "Heide",
    "Linde",
]
SUFFIXES = [
    "hout",
    "veld",
    "dam",
    "dijk",
    "berg",
    "broek",
    "horst",
    "wijk",
    "loo",
    "meer",
    "burg",
    "zijl",
    "rade",
    "hoven",
    "lo",
    "beek",
    "haven",
]
FIRST = [
    "Anna",
    "Zoë",
    "Bram",
    "Fatima",
    "Henk",
    "Ingrid",
    "Karin",
    "Lotte",
    "Marieke",
    "Noah",
    "Sem",
    "Lieke",
    "Mohamed",
    "Eva",
    "Daan",
    "Sanne",
    "Thijs",
    "Yara",
    "René",
    "Chantal",
]
LAST = [
    "Jansen",
    "de Vries",
    "Peeters",
    "Hendriks",
    "Smeets",
    "Willems",
    "Bakker",
    "Visser",
    "el Amrani",
    "Müller",
    "van Dijk",
    "Gerrits",
    "Coenen",
    "Verbeek",
    "Janssens",
    "Yilmaz",
    "de Boer",
    "Mulder",
    "Bos",
    "Vos",
]
KEYWORDS = [
    "borstvoeding",
    "echo",
    "zwangerschap",
    "kraamweek",
    "budget",
    "opvoeding",
    "slaap",
    "huiselijk geweld",
    "taal",
    "armoede",
    "psychische klachten",
    "tienermoeder",
]


def municipalities() -> list[str]:
    return [p + s for p in PREFIXES for s in SUFFIXES][:340]


def typo(word: str, rng: random.Random) -> str:
    if len(word) < 6:
        return word
    i = rng.randrange(1, len(word) - 1)
    kind = rng.choice(("drop", "swap", "double"))
    if kind == "drop":
        return word[:i] + word[i + 1 :]
    if kind == "swap":
        return word[: i - 1] + word[i] + word[i - 1] + word[i + 1 :]
    return word[:i] + word[i] + word[i:]


def listings(count: int, rng: random.Random) -> list[PartnerData]:
    roles = role_vocabulary().roles
    places = municipalities()
    rows = []
    for i in range(count):
        role = rng.choice(roles)
        place = rng.choice(places)
        rows.append(
            PartnerData(
                name=f"{rng.choice(FIRST)} {rng.choice(LAST)}",
                organisation=f"{role.nl.split(' (')[0]} {place} {i % 7 + 1}",
                role=role.nl,
                municipality=place,
                phone=f"+316{rng.randrange(10_000_000, 99_999_999)}",
                email=f"p{i}@example.nl",
                keywords=", ".join(rng.sample(KEYWORDS, 2)),
                external_id=f"bench-{i}",
            )
        )
    return rows


def queries(count: int, rng: random.Random) -> list[str]:
    roles = role_vocabulary().roles
    places = municipalities()
    made = []
    for _ in range(count):
        role = rng.choice(roles)
        place = rng.choice(places)
        kind = rng.random()
        if kind < 0.4:
            made.append(f"{rng.choice(role.synonyms)} {place.lower()}")
        elif kind < 0.6:
            made.append(f"{typo(role.nl.split(' (')[0].lower(), rng)} {typo(place, rng)}")
        elif kind < 0.75:
            made.append(f"gemeente {typo(place, rng).upper()}")
        elif kind < 0.9:
            made.append(typo(rng.choice(LAST).split()[-1], rng))
        else:
            made.append(f"{rng.choice(KEYWORDS)} {place}")
    return made


async def like_scan(db: Database, coalition_id: int, text: str) -> int:
    """The baseline: every word must appear somewhere, no ranking, no typo repair."""
    words = [w for w in text.lower().split() if w != "gemeente"] or [""]
    clause = " AND ".join(
        "lower(name || ' ' || organisation || ' ' || role || ' ' || municipality || ' ' ||"
        " keywords) LIKE ?"
        for _ in words
    )
    async with db.connection.execute(
        f"SELECT id FROM partners WHERE coalition_id = ? AND status = 'listed' AND {clause}"
        " LIMIT 100",
        (coalition_id, *[f"%{w}%" for w in words]),
    ) as cursor:
        return len(list(await cursor.fetchall()))


def percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--listings", type=int, default=50_000)
    parser.add_argument("--queries", type=int, default=2_000)
    parser.add_argument(
        "--repeat",
        type=int,
        default=1,
        help="run every query N times and also print the p99 of each query's median time,"
        " which leaves out pauses of a busy machine",
    )
    args = parser.parse_args()
    rng = random.Random(1000)
    with tempfile.TemporaryDirectory() as workdir:
        db = await Database.open(Path(workdir) / "bench.sqlite3", FakeClock())
        coalition = await db.coalitions.add(
            slug="bench", name="Bench", municipalities=municipalities(), timezone="UTC"
        )
        started = time.perf_counter()
        await db.partner_import.import_rows(
            coalition.id, listings(args.listings, rng), added_by=None
        )
        print(f"imported {args.listings} listings in {time.perf_counter() - started:.1f} s")
        texts = queries(args.queries, rng)
        ids = (coalition.id,)
        await db.partner_search.find(ids, "warm up")  # fills the vocabulary caches once
        found_any = 0
        timings: list[float] = []
        per_query: dict[int, list[float]] = {}
        for _ in range(args.repeat):
            found_any = 0
            for number, text in enumerate(texts):
                started = time.perf_counter()
                result = await db.partner_search.find(ids, text)
                elapsed = (time.perf_counter() - started) * 1000
                per_query.setdefault(number, []).append(elapsed)
                found_any += bool(result.partners)
        timings = [runs[0] for runs in per_query.values()]
        baseline: list[float] = []
        baseline_found = 0
        for text in texts:
            started = time.perf_counter()
            baseline_found += bool(await like_scan(db, coalition.id, text))
            baseline.append((time.perf_counter() - started) * 1000)
        await db.close()
    print(f"queries: {len(texts)} (with typos, abbreviations, 'gemeente', names, keywords)")
    print(
        f"find (FTS5 + vocabularies): p50 {statistics.median(timings):.2f} ms, "
        f"p99 {percentile(timings, 0.99):.2f} ms, max {max(timings):.2f} ms, "
        f"queries with results {found_any}/{len(texts)}"
    )
    if args.repeat > 1:
        medians = [statistics.median(runs) for runs in per_query.values()]
        print(
            f"find, median of {args.repeat} runs per query: p50 {statistics.median(medians):.2f}"
            f" ms, p99 {percentile(medians, 0.99):.2f} ms"
        )
    print(
        f"LIKE scan baseline:         p50 {statistics.median(baseline):.2f} ms, "
        f"p99 {percentile(baseline, 0.99):.2f} ms, max {max(baseline):.2f} ms, "
        f"queries with results {baseline_found}/{len(texts)}"
    )


if __name__ == "__main__":
    asyncio.run(main())
