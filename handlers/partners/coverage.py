"""The coverage of the network as the coordinator reads it: in /rapport the gaps, one line per
municipality; the dashboard shows the whole table (web.py). The rule is
rules/coverage.py."""

from rules.coverage import Coverage, network_coverage
from rules.roles_vocabulary import RoleDefinition
from rules.texts import Catalogue
from storage.coalitions import Coalition
from storage.db import Database

# Per coalition: the counts it was made from (kept by storage until listings change), its
# municipalities, and the table. The same counts and municipalities make the same table.
_made: dict[int, tuple[dict[tuple[str, str], int], tuple[str, ...], Coverage]] = {}


async def coalition_coverage(db: Database, coalition: Coalition) -> Coverage:
    counts = await db.partner_search.coverage_counts(coalition.id)
    places = tuple(coalition.municipalities)
    made = _made.get(coalition.id)
    if made is not None and made[0] is counts and made[1] == places:
        return made[2]
    covered = network_coverage(places, counts)
    _made[coalition.id] = (counts, places, covered)
    return covered


def role_in_sentence(role: RoleDefinition, language: str) -> str:
    """'verloskundige', but 'GGD' and 'JGZ' as they are."""
    name = role.name_in(language)
    return name[0].lower() + name[1:] if len(name) > 1 and name[1].islower() else name


def gap_lines(coverage: Coverage, t: Catalogue) -> list[str]:
    if not coverage.municipalities:
        return []
    lines = []
    for key, name in coverage.municipalities:
        missing = [role_in_sentence(c.role, t.language) for c in coverage.row(key) if c.gap]
        if missing:
            lines.append(t("report-coverage-place", place=name, roles=", ".join(missing)))
    if not lines:
        return [t("report-coverage-full")]
    return [t("report-coverage-header"), *lines]
