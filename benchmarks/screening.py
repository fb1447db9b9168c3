"""The client-detail screen (rules/screening.screen: network questions and answers, feedback
comments, drop-in questions) on sets of written sentences: benchmarks/data/
screening_sentences.tsv (80 fine questions, 73 that name or point to a client), 35 more
written after the rules were changed once (screening_sentences_later.tsv), 117 written for
issue 34 by kind (screening_sentences_kinds.tsv) and 41 more after its rules
(screening_sentences_kinds_later.tsv). Precision and recall
of the warning, the misses and false alarms by kind, and the time per sentence (p50, p99).

With --deduce-python PATH (a Python that has `deduce` installed; it is not a dependency of
the bot) the same sentences go through deduce 3's Deduce().deidentify, once with every tag it
finds, once without its location tags (a municipality is fine to name), for comparison:
its precision, recall, time per sentence, the time to load it and its memory.

Run: python -m benchmarks.screening [--repeat 20] [--deduce-python /path/to/python]
"""

import argparse
import json
import statistics
import subprocess
import time
from datetime import date
from pathlib import Path

from rules.screening import screen

SENTENCES = Path(__file__).parent / "data" / "screening_sentences.tsv"
# Written after the rules were last changed: how they do on sentences they were not fixed on.
LATER = Path(__file__).parent / "data" / "screening_sentences_later.tsv"
# Written for issue 34 (ages, phone numbers, streets, names without a title; and the harmless
# places, dates, ranges and counts taken for a client before), labelled with their kind.
KINDS = Path(__file__).parent / "data" / "screening_sentences_kinds.tsv"
KINDS_LATER = Path(__file__).parent / "data" / "screening_sentences_kinds_later.tsv"
TODAY = date(2026, 12, 1)

# Run by the other Python: sentences on stdin (JSON), tags and times on stdout (JSON).
_DEDUCE = """
import json, resource, sys, time
started = time.perf_counter()
from deduce import Deduce
model = Deduce()
model.deidentify("Warm maken.")
loaded = time.perf_counter() - started
result = {"load_seconds": loaded, "tags": [], "seconds": []}
for sentence in json.load(sys.stdin):
    began = time.perf_counter()
    doc = model.deidentify(sentence)
    result["seconds"].append(time.perf_counter() - began)
    result["tags"].append(sorted({a.tag for a in doc.annotations}))
result["peak_mib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps(result))
"""
LOCATION_TAGS = ("locatie", "location", "plaats", "woonplaats", "gemeente", "provincie")


def load(path: Path = SENTENCES) -> list[tuple[bool, str, str]]:
    """(points to a client, sentence, kind): `client` or `fine`, or `client:KIND`."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or line.startswith("label\t") or not line.strip():
            continue
        label, sentence = line.split("\t", 1)
        truth, _, kind = label.partition(":")
        rows.append((truth == "client", sentence, kind or "-"))
    return rows


def scores(truth: list[bool], flagged: list[bool]) -> tuple[float, float, int, int]:
    """Precision, recall, false alarms, misses."""
    hits = sum(1 for t, f in zip(truth, flagged, strict=True) if t and f)
    alarms = sum(1 for t, f in zip(truth, flagged, strict=True) if f and not t)
    misses = sum(1 for t, f in zip(truth, flagged, strict=True) if t and not f)
    precision = hits / (hits + alarms) if hits + alarms else 1.0
    recall = hits / (hits + misses) if hits + misses else 1.0
    return precision, recall, alarms, misses


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def ours(rows: list[tuple[bool, str, str]], repeat: int, label: str) -> list[bool]:
    flagged, times = [], []
    for _, sentence, _ in rows:
        result = screen(sentence, TODAY)
        flagged.append(not result.clean)
        for _ in range(repeat):
            began = time.perf_counter()
            screen(sentence, TODAY)
            times.append(time.perf_counter() - began)
    report(f"ours (rules/screening.py), {label}", rows, flagged, times)
    return flagged


def deduce(rows: list[tuple[bool, str, str]], python: str) -> None:
    answer = subprocess.run(
        [python, "-c", _DEDUCE],
        input=json.dumps([s for _, s, _ in rows]),
        capture_output=True,
        text=True,
        check=True,
    )
    result = json.loads(answer.stdout.strip().splitlines()[-1])
    print(
        f"deduce: loaded in {result['load_seconds']:.1f} s, peak RSS {result['peak_mib']:.0f} MiB"
    )
    every = [bool(tags) for tags in result["tags"]]
    report("deduce, every tag", rows, every, result["seconds"])
    without_places = [any(not t.startswith(LOCATION_TAGS) for t in tags) for tags in result["tags"]]
    report("deduce, without location tags", rows, without_places, result["seconds"])


def report(
    label: str, rows: list[tuple[bool, str, str]], flagged: list[bool], times: list[float]
) -> None:
    truth = [t for t, _, _ in rows]
    precision, recall, alarms, misses = scores(truth, flagged)
    print(
        f"{label}: precision {precision:.3f}, recall {recall:.3f} ({alarms} false alarms,"
        f" {misses} missed, of {sum(truth)} client and {len(truth) - sum(truth)} fine"
        f" sentences); per sentence p50 {1000 * statistics.median(times):.3f} ms,"
        f" p99 {1000 * percentile(times, 0.99):.3f} ms"
    )
    kinds = sorted({kind for _, _, kind in rows} - {"-"})
    if kinds:
        wrong = {kind: 0 for kind in kinds}
        total = {kind: 0 for kind in kinds}
        for (is_client, _, kind), found in zip(rows, flagged, strict=True):
            if kind in total:
                total[kind] += 1
                wrong[kind] += is_client != found
        print("  wrong by kind: " + ", ".join(f"{k} {wrong[k]}/{total[k]}" for k in kinds))
    for (is_client, sentence, kind), found in zip(rows, flagged, strict=True):
        if is_client != found:
            print(f"  {'missed' if is_client else 'false alarm'} ({kind}): {sentence}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=20, help="timings per sentence")
    parser.add_argument("--deduce-python", help="a Python with deduce installed")
    args = parser.parse_args()
    rows, later = load(), load(LATER)
    kinds, kinds_later = load(KINDS), load(KINDS_LATER)
    ours(rows, args.repeat, "the set")
    ours(later, args.repeat, "the later set")
    ours(kinds, args.repeat, "issue 34's set, by kind")
    ours(kinds_later, args.repeat, "issue 34's later set, by kind")
    everything = rows + later + kinds + kinds_later
    ours(everything, args.repeat, "all")
    if args.deduce_python:
        deduce(everything, args.deduce_python)


if __name__ == "__main__":
    main()
