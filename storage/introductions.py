"""Introductions: a coalition's round schedule, who takes part and how often, and storing a
planned round (rules in rules/introductions.py). The messages go out through the outbox in
storage/introduction_outbox.py."""

from dataclasses import dataclass
from datetime import date, datetime, time

import aiosqlite

from rules.clock import from_iso, to_iso
from rules.introductions import (
    Domain,
    Participant,
    Plan,
    is_cross_domain,
    is_due,
    pair_key,
    plan_round,
    settle,
)
from rules.worker_process import run_in_worker_process
from storage.connection import SharedConnection
from storage.introduction_outbox import RECOMPUTE_LAST_INTRODUCED, Unsettled


@dataclass(frozen=True)
class RoundSchedule:
    coalition_id: int
    weekday: int
    at: time
    active: bool


@dataclass(frozen=True)
class Participation:
    coalition_id: int
    user_id: int
    domain: Domain
    municipality: str
    every_weeks: int
    paused_until: datetime | None


@dataclass(frozen=True)
class Candidate:
    """A participant as a round sees them."""

    participant: Participant
    every_weeks: int
    paused_until: datetime | None
    last_introduced_at: datetime | None


class IntroductionRepository:
    def __init__(self, db: SharedConnection) -> None:
        self._db = db

    # ---- the coalition's rounds -----------------------------------------------------------

    async def schedule(self, coalition_id: int) -> RoundSchedule | None:
        rows = await self._db.connection.execute_fetchall(
            "SELECT coalition_id, weekday, at, active FROM introduction_schedules"
            " WHERE coalition_id = ?",
            (coalition_id,),
        )
        return next((_schedule(tuple(r)) for r in rows), None)

    async def active_schedules(self) -> list[RoundSchedule]:
        rows = await self._db.connection.execute_fetchall(
            "SELECT coalition_id, weekday, at, active FROM introduction_schedules"
            " WHERE active = 1 ORDER BY coalition_id"
        )
        return [_schedule(tuple(r)) for r in rows]

    async def set_schedule(
        self, coalition_id: int, weekday: int, at: time, active: bool, changed_by: int
    ) -> None:
        async with self._db.transaction() as conn:
            await conn.execute(
                "INSERT INTO introduction_schedules"
                " (coalition_id, weekday, at, active, changed_by, changed_at)"
                " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (coalition_id) DO UPDATE SET"
                " weekday = excluded.weekday, at = excluded.at, active = excluded.active,"
                " changed_by = excluded.changed_by, changed_at = excluded.changed_at",
                (
                    coalition_id,
                    weekday,
                    f"{at:%H:%M}",
                    int(active),
                    changed_by,
                    to_iso(self._db.clock.now()),
                ),
            )

    # ---- who takes part -------------------------------------------------------------------

    async def participation(self, coalition_id: int, user_id: int) -> Participation | None:
        rows = await self._db.connection.execute_fetchall(
            "SELECT coalition_id, user_id, domain, municipality, every_weeks, paused_until"
            " FROM introduction_participants WHERE coalition_id = ? AND user_id = ?",
            (coalition_id, user_id),
        )
        for r in rows:
            return Participation(
                int(r[0]),
                int(r[1]),
                Domain(r[2]),
                str(r[3]),
                int(r[4]),
                from_iso(r[5]) if r[5] else None,
            )
        return None

    async def join(
        self, coalition_id: int, user_id: int, domain: Domain, municipality: str, every_weeks: int
    ) -> None:
        """Take part (again), or change how often; a pause ends."""
        async with self._db.transaction() as conn:
            await conn.execute(
                "INSERT INTO introduction_participants (coalition_id, user_id, domain,"
                " municipality, every_weeks, joined_at) VALUES (?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (coalition_id, user_id) DO UPDATE SET domain = excluded.domain,"
                " municipality = excluded.municipality, every_weeks = excluded.every_weeks,"
                " paused_until = NULL",
                (
                    coalition_id,
                    user_id,
                    domain.value,
                    municipality,
                    every_weeks,
                    to_iso(self._db.clock.now()),
                ),
            )

    async def pause(self, coalition_id: int, user_id: int, until: datetime) -> bool:
        async with self._db.transaction() as conn:
            cursor = await conn.execute(
                "UPDATE introduction_participants SET paused_until = ?"
                " WHERE coalition_id = ? AND user_id = ?",
                (to_iso(until), coalition_id, user_id),
            )
            return cursor.rowcount > 0

    async def leave(self, coalition_id: int, user_id: int) -> bool:
        """Stop taking part; their introductions so far stay (in /mijngegevens, the report)."""
        async with self._db.transaction() as conn:
            cursor = await conn.execute(
                "DELETE FROM introduction_participants WHERE coalition_id = ? AND user_id = ?",
                (coalition_id, user_id),
            )
            return cursor.rowcount > 0

    async def participant_count(self, coalition_id: int) -> int:
        rows = await self._db.connection.execute_fetchall(
            "SELECT COUNT(*) FROM introduction_participants WHERE coalition_id = ?",
            (coalition_id,),
        )
        return int(next(iter(rows))[0])

    async def candidates(self, coalition_id: int) -> list[Candidate]:
        """Participants who are still members and whom Telegram still lets the bot reach,
        with their organisation (from their listing) and their last introduction."""
        rows = await self._db.connection.execute_fetchall(
            "SELECT p.user_id, p.domain, p.municipality, p.every_weeks, p.paused_until,"
            " p.waited,"
            " (SELECT lower(l.organisation) FROM partners l WHERE l.user_id = p.user_id"
            "  AND l.coalition_id = p.coalition_id ORDER BY l.id LIMIT 1),"
            " p.last_introduced_at"
            " FROM introduction_participants p"
            " JOIN members m ON m.coalition_id = p.coalition_id AND m.user_id = p.user_id"
            " LEFT JOIN people pe ON pe.user_id = p.user_id"
            " WHERE p.coalition_id = ? AND pe.unreachable_since IS NULL ORDER BY p.user_id",
            (coalition_id,),
        )
        return [
            Candidate(
                Participant(int(r[0]), Domain(r[1]), str(r[2]), str(r[6] or ""), bool(r[5])),
                every_weeks=int(r[3]),
                paused_until=from_iso(r[4]) if r[4] else None,
                last_introduced_at=from_iso(r[7]) if r[7] else None,
            )
            for r in rows
        ]

    async def last_met(self) -> dict[tuple[int, int], date]:
        """When each pair of people was last introduced (in any coalition)."""
        async with self._db.connection.execute(
            "SELECT first_id, second_id, met_on FROM introduction_pairs"
        ) as cursor:
            cursor.row_factory = None  # plain tuples: tens of thousands of rows
            rows = await cursor.fetchall()
        days: dict[int, date] = {}
        return {
            (a, b): days.get(day) or days.setdefault(day, date.fromordinal(day))
            for a, b, day in rows
        }

    # ---- a round --------------------------------------------------------------------------

    async def round_exists(self, coalition_id: int, due_at: datetime) -> bool:
        rows = await self._db.connection.execute_fetchall(
            "SELECT 1 FROM introduction_rounds WHERE coalition_id = ? AND due_at = ?",
            (coalition_id, to_iso(due_at)),
        )
        return bool(rows)

    async def plan(self, coalition_id: int, due: datetime) -> Plan | None:
        """Plan the coalition's round due at `due` (rules/introductions.py) and store it, all
        before anything is sent. None when it was planned before."""
        if await self.round_exists(coalition_id, due):
            return None
        candidates = [
            c.participant
            for c in await self.candidates(coalition_id)
            if is_due(due, c.every_weeks, c.last_introduced_at, c.paused_until)
        ]
        by_id = {p.user_id: p for p in candidates}
        seed = coalition_id * 100_003 + int(due.timestamp()) // 60
        met = await self.last_met()  # then the matching, in the worker process (a second at 5,000)
        plan = await run_in_worker_process(plan_round, candidates, met, due.date(), seed=seed)
        groups = [tuple(by_id[u] for u in group) for group in plan.groups]
        if await self.save_round(coalition_id, due, groups, plan.waiting) is None:
            return None  # planned meanwhile (another copy of the bot)
        return plan

    async def save_round(
        self,
        coalition_id: int,
        due_at: datetime,
        groups: list[tuple[Participant, ...]],
        waiting: list[int],
    ) -> int | None:
        """The round, each introduction and a pending message per person, in one transaction,
        before anything is sent. None when this round was planned before."""
        async with self._db.transaction() as conn:
            cursor = await conn.execute(
                "INSERT OR IGNORE INTO introduction_rounds (coalition_id, due_at, planned_at)"
                " VALUES (?, ?, ?)",
                (coalition_id, to_iso(due_at), to_iso(self._db.clock.now())),
            )
            if cursor.rowcount == 0:
                return None
            round_id = int(cursor.lastrowid or 0)
            await self._add_groups(conn, coalition_id, round_id, due_at, groups, waiting)
        return round_id

    async def settle(
        self, coalition_id: int, round_at: datetime, found: list[Unsettled], again: bool
    ) -> Plan:
        """Settle introductions of one round that lost someone (rules/introductions.settle):
        who got it naming the lost colleague is told (a `notice` message), a void one counts
        for nobody's turn, and whoever is left without a partner is introduced again in the
        same round (when `again`) to another such person or to someone the round left
        waiting, else goes first in the next round. All in one transaction."""
        settlements = {entry.id: settle(entry.statuses) for entry in found}
        partnerless = sorted({u for s in settlements.values() for u in s.partnerless})
        plan = Plan(waiting=partnerless)
        if again and partnerless:
            pool = [
                c.participant
                for c in await self.candidates(coalition_id)
                if c.participant.user_id in partnerless
                or (
                    c.participant.waited
                    and is_due(round_at, c.every_weeks, c.last_introduced_at, c.paused_until)
                )
            ]
            seed = coalition_id * 100_003 + int(round_at.timestamp()) // 60 + len(found)
            met = await self.last_met()
            plan = await run_in_worker_process(plan_round, pool, met, round_at.date(), seed=seed)
            by_id = {p.user_id: p for p in pool}
        now = to_iso(self._db.clock.now())
        async with self._db.transaction() as conn:
            for entry in found:
                settlement = settlements[entry.id]
                await conn.execute(
                    "UPDATE introductions SET settled_at = ?, void = ? WHERE id = ?",
                    (now, int(settlement.void), entry.id),
                )
                await conn.executemany(
                    "UPDATE introduction_members SET notice = 'pending', updated_at = ?"
                    " WHERE introduction_id = ? AND user_id = ? AND notice IS NULL",
                    [(now, entry.id, user_id) for user_id in settlement.told],
                )
            voided = [u for e in found if settlements[e.id].void for u in e.statuses]
            await conn.executemany(
                RECOMPUTE_LAST_INTRODUCED + " WHERE coalition_id = ? AND user_id = ?",
                [(coalition_id, user_id) for user_id in voided],
            )
            if plan.groups:
                groups = [tuple(by_id[u] for u in group) for group in plan.groups]
                round_id = found[0].round_id
                await self._add_groups(conn, coalition_id, round_id, round_at, groups, [])
            await conn.executemany(
                "UPDATE introduction_participants SET waited = 1"
                " WHERE coalition_id = ? AND user_id = ?",
                [(coalition_id, u) for u in plan.waiting if u in partnerless],
            )
        return plan

    async def _add_groups(
        self,
        conn: aiosqlite.Connection,
        coalition_id: int,
        round_id: int,
        due_at: datetime,
        groups: list[tuple[Participant, ...]],
        waiting: list[int],
    ) -> None:
        """Introductions with a pending message per person, the pairs they make, and who
        waits, inside the caller's transaction."""
        now = to_iso(self._db.clock.now())
        async with conn.execute("SELECT COALESCE(MAX(id), 0) FROM introductions") as found:
            row = await found.fetchone()
        first_id = int(row[0] if row else 0) + 1
        introductions, members = [], []
        for number, group in enumerate(groups):
            places = {p.municipality for p in group}
            cross = is_cross_domain(p.domain for p in group)
            place = places.pop() if len(places) == 1 else ""
            introductions.append((first_id + number, round_id, int(cross), place))
            members += [(first_id + number, p.user_id, now) for p in group]
        await conn.executemany(
            "INSERT INTO introductions (id, round_id, cross_domain, municipality)"
            " VALUES (?, ?, ?, ?)",
            introductions,
        )
        await conn.executemany(
            "INSERT INTO introduction_members (introduction_id, user_id, status, updated_at)"
            " VALUES (?, ?, 'pending', ?)",
            members,
        )
        await conn.executemany(
            "INSERT INTO introduction_pairs (first_id, second_id, met_on) VALUES (?, ?, ?)"
            " ON CONFLICT (first_id, second_id) DO UPDATE SET met_on = excluded.met_on",
            [
                (*pair_key(a.user_id, b.user_id), due_at.date().toordinal())
                for group in groups
                for i, a in enumerate(group)
                for b in group[i + 1 :]
            ],
        )
        await conn.executemany(
            "UPDATE introduction_participants SET waited = 0, last_introduced_at = ?"
            " WHERE coalition_id = ? AND user_id = ?",
            [(to_iso(due_at), coalition_id, p.user_id) for group in groups for p in group],
        )
        await conn.executemany(
            "UPDATE introduction_participants SET waited = 1"
            " WHERE coalition_id = ? AND user_id = ?",
            [(coalition_id, user_id) for user_id in waiting],
        )


def _schedule(row: tuple[object, ...]) -> RoundSchedule:
    hours, minutes = str(row[2]).split(":")
    return RoundSchedule(
        int(str(row[0])), int(str(row[1])), time(int(hours), int(minutes)), bool(row[3])
    )
