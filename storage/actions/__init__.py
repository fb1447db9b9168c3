"""The action agenda: workgroups and their members, actions with their owners, and each
action's dated updates. Every change is written with its audit line in one transaction.
The status round's outbox is rounds.py. Rules in rules/actions.py."""

from dataclasses import dataclass
from datetime import date, datetime

import aiosqlite

from rules.actions import ActionFacts, ActionStatus
from rules.clock import from_iso, to_iso
from storage.audit import record
from storage.connection import SharedConnection


@dataclass(frozen=True)
class Workgroup:
    id: int
    coalition_id: int
    name: str
    goal: str
    lead_id: int | None
    members: tuple[int, ...]


@dataclass(frozen=True)
class Action:
    id: int
    coalition_id: int
    workgroup_id: int | None
    workgroup: str  # its name, "" for none
    title: str
    status: ActionStatus
    due_on: date | None
    proposed_by: int | None
    owners: tuple[int, ...]
    created_at: datetime
    changed_at: datetime
    overdue_told: bool = False
    news: str = ""  # the newest update's sentence
    shared: bool = False  # a practice example: done, and every owner agreed

    @property
    def example_text(self) -> str:
        """What a practice example is found by: its title, workgroup and latest news."""
        return " ".join(part for part in (self.title, self.workgroup, self.news) if part)

    def facts(self) -> ActionFacts:
        return ActionFacts(
            self.id,
            self.title,
            self.status,
            self.workgroup,
            self.due_on,
            self.changed_at,
            self.news,
        )


@dataclass(frozen=True)
class ActionUpdate:
    action_id: int
    user_id: int | None
    status: ActionStatus
    text: str
    at: datetime


_ACTION_COLUMNS = (
    "a.id, a.coalition_id, a.workgroup_id, COALESCE(w.name, ''), a.title, a.status, a.due_on,"
    " a.proposed_by, a.created_at, a.changed_at,"
    " (SELECT group_concat(user_id) FROM action_owners o WHERE o.action_id = a.id),"
    " a.overdue_told, a.news, a.shared"
)
_FROM = " FROM actions a LEFT JOIN workgroups w ON w.id = a.workgroup_id"


def _action(row: tuple[object, ...]) -> Action:
    owners = str(row[10] or "")
    return Action(
        id=int(str(row[0])),
        coalition_id=int(str(row[1])),
        workgroup_id=int(str(row[2])) if row[2] is not None else None,
        workgroup=str(row[3]),
        title=str(row[4]),
        status=ActionStatus(str(row[5])),
        due_on=date.fromisoformat(str(row[6])) if row[6] else None,
        proposed_by=int(str(row[7])) if row[7] is not None else None,
        owners=tuple(sorted(int(o) for o in owners.split(",") if o)),
        created_at=from_iso(str(row[8])),
        changed_at=from_iso(str(row[9])),
        overdue_told=bool(row[11]),
        news=str(row[12]),
        shared=bool(row[13]),
    )


class ActionRepository:
    def __init__(self, db: SharedConnection) -> None:
        self._db = db

    # ---- workgroups ----------------------------------------------------------------------

    async def workgroups(self, coalition_id: int) -> list[Workgroup]:
        rows = await self._db.connection.execute_fetchall(
            "SELECT w.id, w.coalition_id, w.name, w.goal, w.lead_id,"
            " (SELECT group_concat(user_id) FROM workgroup_members m"
            "  WHERE m.workgroup_id = w.id)"
            " FROM workgroups w WHERE w.coalition_id = ? ORDER BY w.name COLLATE NOCASE",
            (coalition_id,),
        )
        return [_workgroup(tuple(r)) for r in rows]

    async def workgroup(self, workgroup_id: int) -> Workgroup | None:
        rows = await self._db.connection.execute_fetchall(
            "SELECT w.id, w.coalition_id, w.name, w.goal, w.lead_id,"
            " (SELECT group_concat(user_id) FROM workgroup_members m"
            "  WHERE m.workgroup_id = w.id)"
            " FROM workgroups w WHERE w.id = ?",
            (workgroup_id,),
        )
        return next((_workgroup(tuple(r)) for r in rows), None)

    async def add_workgroup(
        self, coalition_id: int, name: str, goal: str, lead_id: int
    ) -> Workgroup | None:
        """A new workgroup led by `lead_id`, who is its first member; None when the
        coalition has one of that name."""
        now = to_iso(self._db.clock.now())
        async with self._db.transaction() as conn:
            cursor = await conn.execute(
                "INSERT OR IGNORE INTO workgroups (coalition_id, name, goal, lead_id, created_at)"
                " VALUES (?, ?, ?, ?, ?)",
                (coalition_id, name, goal, lead_id, now),
            )
            if cursor.rowcount == 0:
                return None
            workgroup_id = int(cursor.lastrowid or 0)
            await conn.execute(
                "INSERT INTO workgroup_members (workgroup_id, user_id, joined_at) VALUES (?, ?, ?)",
                (workgroup_id, lead_id, now),
            )
            await record(conn, coalition_id, lead_id, "workgroup-add", now, subject=name)
        return await self.workgroup(workgroup_id)

    async def set_membership(self, workgroup: Workgroup, user_id: int, member: bool) -> None:
        """Join (or leave) a workgroup; the audit trail notes it."""
        now = to_iso(self._db.clock.now())
        async with self._db.transaction() as conn:
            if member:
                cursor = await conn.execute(
                    "INSERT OR IGNORE INTO workgroup_members (workgroup_id, user_id, joined_at)"
                    " VALUES (?, ?, ?)",
                    (workgroup.id, user_id, now),
                )
            else:
                cursor = await conn.execute(
                    "DELETE FROM workgroup_members WHERE workgroup_id = ? AND user_id = ?",
                    (workgroup.id, user_id),
                )
            if cursor.rowcount:
                action = "workgroup-join" if member else "workgroup-leave"
                await record(
                    conn, workgroup.coalition_id, user_id, action, now, subject=workgroup.name
                )

    # ---- actions -------------------------------------------------------------------------

    async def propose(
        self,
        coalition_id: int,
        title: str,
        proposer: int,
        workgroup_id: int | None = None,
        due_on: date | None = None,
    ) -> Action:
        """A new action (an idea), owned by whoever proposed it."""
        now = to_iso(self._db.clock.now())
        async with self._db.transaction() as conn:
            cursor = await conn.execute(
                "INSERT INTO actions (coalition_id, workgroup_id, title, due_on, proposed_by,"
                " created_at, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    coalition_id,
                    workgroup_id,
                    title,
                    due_on.isoformat() if due_on else None,
                    proposer,
                    now,
                    now,
                ),
            )
            action_id = int(cursor.lastrowid or 0)
            await conn.execute(
                "INSERT INTO action_owners (action_id, user_id) VALUES (?, ?)",
                (action_id, proposer),
            )
            await _update(conn, action_id, proposer, ActionStatus.IDEA, "", now)
            await record(conn, coalition_id, proposer, "action-propose", now, subject=title)
        found = await self.get(action_id)
        assert found is not None
        return found

    async def get(self, action_id: int) -> Action | None:
        rows = await self._db.connection.execute_fetchall(
            f"SELECT {_ACTION_COLUMNS}{_FROM} WHERE a.id = ?", (action_id,)
        )
        return next((_action(tuple(r)) for r in rows), None)

    async def of_coalition(self, coalition_id: int) -> list[Action]:
        rows = await self._db.connection.execute_fetchall(
            f"SELECT {_ACTION_COLUMNS}{_FROM} WHERE a.coalition_id = ? ORDER BY a.id",
            (coalition_id,),
        )
        return [_action(tuple(r)) for r in rows]

    async def agenda(
        self,
        coalition_ids: list[int],
        limit: int,
        *,
        workgroup_id: int | None = None,
        owner_id: int | None = None,
        statuses: tuple[ActionStatus, ...] = (),
        due_before: date | None = None,
    ) -> list[Action]:
        """The agenda as the Mini App filters it, the last changed first, at most `limit`:
        chosen in SQL, so a large coalition's 2,000 actions are not all read for 200."""
        if not coalition_ids:
            return []
        where = [f"a.coalition_id IN ({','.join('?' * len(coalition_ids))})"]
        args: list[object] = list(coalition_ids)
        if workgroup_id is not None:
            where.append("a.workgroup_id = ?")
            args.append(workgroup_id)
        if owner_id is not None:
            where.append(
                "EXISTS (SELECT 1 FROM action_owners o WHERE o.action_id = a.id AND o.user_id = ?)"
            )
            args.append(owner_id)
        if statuses:
            where.append(f"a.status IN ({','.join('?' * len(statuses))})")
            args += [s.value for s in statuses]
        if due_before is not None:
            where.append("a.due_on < ?")
            args.append(due_before.isoformat())
        rows = await self._db.connection.execute_fetchall(
            f"SELECT {_ACTION_COLUMNS}{_FROM} WHERE {' AND '.join(where)}"
            " ORDER BY a.changed_at DESC, a.id DESC LIMIT ?",
            (*args, limit),
        )
        return [_action(tuple(r)) for r in rows]

    async def of_owner(self, user_id: int) -> list[Action]:
        """The person's actions in the coalitions they are a member of."""
        rows = await self._db.connection.execute_fetchall(
            f"SELECT {_ACTION_COLUMNS}{_FROM}"
            " JOIN action_owners o ON o.action_id = a.id AND o.user_id = ?"
            " JOIN members m ON m.coalition_id = a.coalition_id AND m.user_id = o.user_id"
            " ORDER BY a.id",
            (user_id,),
        )
        return [_action(tuple(r)) for r in rows]

    async def add_owner(self, action: Action, user_id: int, actor: int) -> None:
        now = to_iso(self._db.clock.now())
        async with self._db.transaction() as conn:
            cursor = await conn.execute(
                "INSERT OR IGNORE INTO action_owners (action_id, user_id) VALUES (?, ?)",
                (action.id, user_id),
            )
            if cursor.rowcount:
                await record(
                    conn, action.coalition_id, actor, "action-owner", now, subject=action.title
                )

    async def set_status(
        self, action: Action, status: ActionStatus, actor: int, text: str = ""
    ) -> None:
        """A new status (and a sentence), as an update in the action's history."""
        now = to_iso(self._db.clock.now())
        async with self._db.transaction() as conn:
            await conn.execute(
                "UPDATE actions SET status = ?, changed_at = ?,"
                " news = CASE WHEN ? != '' THEN ? ELSE news END WHERE id = ?",
                (status.value, now, text, text, action.id),
            )
            await _update(conn, action.id, actor, status, text, now)
            await record(
                conn,
                action.coalition_id,
                actor,
                "action-status",
                now,
                subject=action.title,
                detail=status.value,
            )

    async def consent_to_share(self, action: Action, user_id: int) -> bool:
        """An owner agrees that the (done) action is shared as a practice example; it is
        once every owner has. Whether it is shared now."""
        now = to_iso(self._db.clock.now())
        async with self._db.transaction() as conn:
            await conn.execute(
                "INSERT OR IGNORE INTO action_share_consents (action_id, user_id) VALUES (?, ?)",
                (action.id, user_id),
            )
            cursor = await conn.execute(
                "UPDATE actions SET shared = 1 WHERE id = ? AND shared = 0 AND status = 'done'"
                " AND NOT EXISTS (SELECT 1 FROM action_owners o WHERE o.action_id = actions.id"
                "  AND o.user_id NOT IN (SELECT user_id FROM action_share_consents c"
                "   WHERE c.action_id = actions.id))",
                (action.id,),
            )
            if cursor.rowcount:
                await record(
                    conn, action.coalition_id, user_id, "action-shared", now, subject=action.title
                )
        found = await self.get(action.id)
        return found is not None and found.shared

    async def examples(self, coalition_ids: list[int]) -> list[Action]:
        """The shared practice examples of these coalitions, newest first."""
        if not coalition_ids:
            return []
        marks = ",".join("?" * len(coalition_ids))
        rows = await self._db.connection.execute_fetchall(
            f"SELECT {_ACTION_COLUMNS}{_FROM} WHERE a.coalition_id IN ({marks})"
            " AND a.shared = 1 AND a.status = 'done' ORDER BY a.changed_at DESC",
            tuple(coalition_ids),
        )
        return [_action(tuple(r)) for r in rows]

    async def updates(self, action_id: int) -> list[ActionUpdate]:
        rows = await self._db.connection.execute_fetchall(
            "SELECT action_id, user_id, status, text, at FROM action_updates"
            " WHERE action_id = ? ORDER BY at, id",
            (action_id,),
        )
        return [
            ActionUpdate(
                int(str(r[0])),
                int(str(r[1])) if r[1] is not None else None,
                ActionStatus(str(r[2])),
                str(r[3]),
                from_iso(str(r[4])),
            )
            for r in rows
        ]


async def _update(
    conn: aiosqlite.Connection,
    action_id: int,
    user_id: int,
    status: ActionStatus,
    text: str,
    now: str,
) -> None:
    await conn.execute(
        "INSERT INTO action_updates (action_id, user_id, status, text, at) VALUES (?, ?, ?, ?, ?)",
        (action_id, user_id, status.value, text, now),
    )


def _workgroup(row: tuple[object, ...]) -> Workgroup:
    members = str(row[5] or "")
    return Workgroup(
        id=int(str(row[0])),
        coalition_id=int(str(row[1])),
        name=str(row[2]),
        goal=str(row[3]),
        lead_id=int(str(row[4])) if row[4] is not None else None,
        members=tuple(sorted(int(m) for m in members.split(",") if m)),
    )
