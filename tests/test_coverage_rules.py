"""The coverage of a coalition's network (rules/coverage.py)."""

from rules.coverage import network_coverage
from rules.introductions import Domain

MED, SOC = Domain.MEDICAL, Domain.SOCIAL


def test_coverage_counts_and_gaps() -> None:
    counts = {("venlo", "verloskundige"): 2, ("beesel", "wijkteam"): 1}
    found = network_coverage(["Venlo", "Gemeente Beesel"], counts)
    assert [key for key, _ in found.municipalities] == ["venlo", "beesel"]
    venlo = {c.role.key: c for c in found.row("venlo")}
    assert venlo["verloskundige"].listed == 2 and not venlo["verloskundige"].gap
    assert venlo["wijkteam"].gap and not venlo["ggz"].gap  # ggz: not expected everywhere
    expected = [r.key for r in found.roles if r.expected]
    assert len(found.gaps) == 2 * len(expected) - 2
    assert all(r.domain in (MED, SOC) for r in found.roles)
