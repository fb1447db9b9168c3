"""The coverage of a coalition's network: for each of its municipalities and each role of the
medical and the social domain, how many partners are listed; a zero is a gap ("geen
verloskundige in Beesel") when the role is one every municipality should have (`expected`
in roles.toml). Pure: the caller passes the counts."""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from rules.introductions import Domain
from rules.municipalities import gazetteer
from rules.roles_vocabulary import RoleDefinition, role_vocabulary

COVERED_DOMAINS = (Domain.MEDICAL, Domain.SOCIAL)


@dataclass(frozen=True)
class Cell:
    municipality: str  # official name
    municipality_key: str
    role: RoleDefinition
    listed: int

    @property
    def gap(self) -> bool:
        """No partner listed for a role every municipality should have."""
        return self.listed == 0 and self.role.expected


@dataclass(frozen=True)
class Coverage:
    municipalities: tuple[tuple[str, str], ...]  # (key, official name), as the coalition lists
    roles: tuple[RoleDefinition, ...]  # medical first, then social, as roles.toml orders them
    rows: Mapping[str, tuple[Cell, ...]]  # municipality key -> its cells, role by role

    @property
    def cells(self) -> list[Cell]:
        """Municipality by municipality, role by role."""
        return [cell for key, _ in self.municipalities for cell in self.rows[key]]

    @property
    def gaps(self) -> list[Cell]:
        return [cell for cell in self.cells if cell.gap]

    def row(self, municipality_key: str) -> tuple[Cell, ...]:
        return self.rows.get(municipality_key, ())


def coverage_roles(roles: Sequence[RoleDefinition] | None = None) -> tuple[RoleDefinition, ...]:
    """The roles a coalition should have in every municipality: those of the medical and the
    social domain (others, like experience experts, are welcome but not counted as gaps)."""
    found = role_vocabulary().roles if roles is None else roles
    return tuple(r for domain in COVERED_DOMAINS for r in found if r.domain is domain)


def network_coverage(
    municipalities: Sequence[str],
    counts: Mapping[tuple[str, str], int],
    roles: Sequence[RoleDefinition] | None = None,
) -> Coverage:
    """`counts`: listed partners per (municipality key, role key)."""
    places = gazetteer()
    keyed = tuple((places.canonical_key(name), name) for name in municipalities)
    chosen = coverage_roles(roles)
    rows = {
        key: tuple(Cell(name, key, role, counts.get((key, role.key), 0)) for role in chosen)
        for key, name in keyed
    }
    return Coverage(keyed, chosen, rows)
