"""Invites: random codes that let someone join a coalition in a given role."""

from dataclasses import dataclass
from datetime import datetime, timedelta

from rules.clock import from_iso, to_iso
from rules.invites import InviteStatus, new_invite_code, why_unusable
from rules.membership import Role
from storage.connection import SharedConnection


@dataclass(frozen=True)
class Invite:
    code: str
    coalition_id: int
    role: Role
    max_uses: int
    uses: int
    expires_at: datetime


@dataclass(frozen=True)
class Redemption:
    status: InviteStatus
    coalition_id: int | None = None
    role: Role | None = None


class InviteRepository:
    def __init__(self, db: SharedConnection) -> None:
        self._db = db

    async def create(
        self,
        coalition_id: int,
        *,
        role: Role,
        max_uses: int,
        valid_for: timedelta,
        created_by: int | None,
    ) -> Invite:
        now = self._db.clock.now()
        invite = Invite(new_invite_code(), coalition_id, role, max_uses, 0, now + valid_for)
        async with self._db.transaction() as conn:
            await conn.execute(
                "INSERT INTO invites (code, coalition_id, role, max_uses, uses, expires_at,"
                " created_by, created_at) VALUES (?, ?, ?, ?, 0, ?, ?, ?)",
                (
                    invite.code,
                    coalition_id,
                    role,
                    max_uses,
                    to_iso(invite.expires_at),
                    created_by,
                    to_iso(now),
                ),
            )
        return invite

    async def get(self, code: str) -> Invite | None:
        async with self._db.connection.execute(
            "SELECT code, coalition_id, role, max_uses, uses, expires_at FROM invites"
            " WHERE code = ?",
            (code,),
        ) as cursor:
            row = await cursor.fetchone()
        if row is None:
            return None
        return Invite(row[0], row[1], row[2], row[3], row[4], from_iso(row[5]))

    async def redeem(self, code: str, user_id: int) -> Redemption:
        """Join (or promote) the user; counts one use only when something changed."""
        now = self._db.clock.now()
        async with self._db.transaction() as conn:
            async with conn.execute(
                "SELECT coalition_id, role, max_uses, uses, expires_at FROM invites WHERE code = ?",
                (code,),
            ) as cursor:
                row = await cursor.fetchone()
            if row is None:
                return Redemption(InviteStatus.UNKNOWN)
            coalition_id, role, max_uses, uses, expires_at = row
            problem = why_unusable(from_iso(expires_at), uses, max_uses, now)
            if problem is not None:
                return Redemption(problem, coalition_id, role)
            async with conn.execute(
                "SELECT role FROM members WHERE coalition_id = ? AND user_id = ?",
                (coalition_id, user_id),
            ) as cursor:
                current = await cursor.fetchone()
            if current is not None and (current[0] == "coordinator" or role == "member"):
                return Redemption(InviteStatus.ALREADY_MEMBER, coalition_id, current[0])
            await conn.execute(
                "INSERT INTO members (coalition_id, user_id, role, joined_at) VALUES (?, ?, ?, ?)"
                " ON CONFLICT (coalition_id, user_id) DO UPDATE SET role = excluded.role",
                (coalition_id, user_id, role, to_iso(now)),
            )
            await conn.execute("UPDATE invites SET uses = uses + 1 WHERE code = ?", (code,))
            status = InviteStatus.JOINED if current is None else InviteStatus.PROMOTED
            return Redemption(status, coalition_id, role)
