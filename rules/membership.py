"""Who is asking: a person's memberships and rights, decided once per update."""

from dataclasses import dataclass
from typing import Literal

Role = Literal["member", "coordinator"]
ROLES: tuple[Role, ...] = ("member", "coordinator")


@dataclass(frozen=True)
class Membership:
    coalition_id: int
    coalition_slug: str
    coalition_name: str
    user_id: int
    role: Role
    coalition_language: str = "nl"


@dataclass(frozen=True)
class Who:
    user_id: int
    is_admin: bool
    memberships: tuple[Membership, ...]

    def role_in(self, coalition_id: int) -> Role | None:
        for membership in self.memberships:
            if membership.coalition_id == coalition_id:
                return membership.role
        return None

    def is_member(self, coalition_id: int) -> bool:
        return self.is_admin or self.role_in(coalition_id) is not None

    def is_coordinator(self, coalition_id: int) -> bool:
        return self.is_admin or self.role_in(coalition_id) == "coordinator"

    @property
    def coalition_language(self) -> str | None:
        """The language of their first coalition (by name), for a person who chose none."""
        return self.memberships[0].coalition_language if self.memberships else None

    @property
    def coordinates_any(self) -> bool:
        return any(m.role == "coordinator" for m in self.memberships)

    @property
    def coordinated(self) -> tuple[Membership, ...]:
        return tuple(m for m in self.memberships if m.role == "coordinator")
