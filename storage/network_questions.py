"""Network questions: a member's question, a delivery row per recipient (an outbox the
sender works through within the weekly cap), and the answers. Rules in
rules/network_questions.py."""

from dataclasses import dataclass
from datetime import datetime
from typing import Literal

import aiosqlite

from rules.clock import from_iso, to_iso
from rules.network_questions import OPEN_FOR, WEEKLY_CAP, MemberFacts, within_weekly_cap
from storage.connection import SharedConnection

QuestionStatus = Literal["open", "solved", "closed"]
DeliveryStatus = Literal["waiting", "sending", "sent", "failed", "unreachable", "expired"]
AnswerKind = Literal["can_help", "knows_someone", "text"]
_CHUNK = 900
_COLUMNS = (
    "id, coalition_id, asker_id, text, audience, status, helped_by, on_agenda, asked_at, closes_at"
)


@dataclass(frozen=True)
class NetworkQuestion:
    id: int
    coalition_id: int
    asker_id: int
    text: str
    audience: str
    status: QuestionStatus
    helped_by: int | None
    on_agenda: bool
    asked_at: datetime
    closes_at: datetime


@dataclass(frozen=True)
class NetworkAnswer:
    id: int
    question_id: int
    user_id: int
    kind: AnswerKind
    text: str
    partner_id: int | None
    answered_at: datetime


@dataclass(frozen=True)
class DeliveryCounts:
    recipients: int
    sent: int
    waiting: int  # not sent yet: in the queue, or over someone's weekly cap
    answers: int


def _question(row: tuple[object, ...]) -> NetworkQuestion:
    status: QuestionStatus = row[5]  # type: ignore[assignment]
    return NetworkQuestion(
        id=int(str(row[0])),
        coalition_id=int(str(row[1])),
        asker_id=int(str(row[2])),
        text=str(row[3]),
        audience=str(row[4]),
        status=status,
        helped_by=int(str(row[6])) if row[6] is not None else None,
        on_agenda=bool(row[7]),
        asked_at=from_iso(str(row[8])),
        closes_at=from_iso(str(row[9])),
    )


def _answer(row: tuple[object, ...]) -> NetworkAnswer:
    kind: AnswerKind = row[3]  # type: ignore[assignment]
    return NetworkAnswer(
        id=int(str(row[0])),
        question_id=int(str(row[1])),
        user_id=int(str(row[2])),
        kind=kind,
        text=str(row[4]),
        partner_id=int(str(row[5])) if row[5] is not None else None,
        answered_at=from_iso(str(row[6])),
    )


class NetworkQuestionRepository:
    def __init__(self, db: SharedConnection) -> None:
        self._db = db

    # ---- asking ---------------------------------------------------------------------------

    async def members_facts(self, coalition_id: int, asker_id: int) -> list[MemberFacts]:
        """Everyone in the coalition a question may go to (not the asker, not those who
        switched network questions off or cannot be reached), with their listing's facts."""
        rows = await self._db.connection.execute_fetchall(
            "SELECT m.user_id, p.role_key, p.municipality_key, p.municipality, p.experience"
            " FROM members m LEFT JOIN people pe ON pe.user_id = m.user_id"
            " LEFT JOIN partners p ON p.coalition_id = m.coalition_id"
            " AND p.user_id = m.user_id AND p.status = 'listed'"
            " WHERE m.coalition_id = ? AND m.user_id != ?"
            " AND COALESCE(pe.network_questions_off, 0) = 0 AND pe.unreachable_since IS NULL"
            " GROUP BY m.user_id ORDER BY m.user_id",
            (coalition_id, asker_id),
        )
        return [
            MemberFacts(int(r[0]), r[1] or "", r[2] or "", r[3] or "", r[4] or "") for r in rows
        ]

    async def last_asked_at(self, asker_id: int) -> datetime | None:
        rows = await self._db.connection.execute_fetchall(
            "SELECT MAX(asked_at) FROM network_questions WHERE asker_id = ?", (asker_id,)
        )
        value = next(iter(rows))[0]
        return from_iso(str(value)) if value is not None else None

    async def ask(
        self, coalition_id: int, asker_id: int, text: str, audience: str, recipients: list[int]
    ) -> int:
        """The question and a waiting delivery per recipient, in one transaction."""
        now = self._db.clock.now()
        async with self._db.transaction() as conn:
            cursor = await conn.execute(
                "INSERT INTO network_questions (coalition_id, asker_id, text, audience,"
                " asked_at, closes_at) VALUES (?, ?, ?, ?, ?, ?)",
                (coalition_id, asker_id, text, audience, to_iso(now), to_iso(now + OPEN_FOR)),
            )
            question_id = cursor.lastrowid
            assert question_id is not None
            await conn.executemany(
                "INSERT INTO network_question_deliveries (question_id, user_id) VALUES (?, ?)",
                [(question_id, user_id) for user_id in recipients if user_id != asker_id],
            )
        return question_id

    async def over_cap(self, user_ids: list[int], week: str) -> int:
        """How many of these people already got WEEKLY_CAP network questions this week."""
        over = 0
        for start in range(0, len(user_ids), _CHUNK):  # SQLite limits a query's parameters
            chunk = user_ids[start : start + _CHUNK]
            rows = await self._db.connection.execute_fetchall(
                "SELECT COUNT(*) FROM (SELECT user_id FROM network_question_deliveries"
                " WHERE week = ? AND status IN ('sending', 'sent', 'failed')"
                f" AND user_id IN ({','.join('?' * len(chunk))})"
                " GROUP BY user_id HAVING COUNT(*) >= ?)",
                (week, *chunk, WEEKLY_CAP),
            )
            over += int(next(iter(rows))[0])
        return over

    # ---- delivering -----------------------------------------------------------------------

    async def take_next(self, limit: int, week: str) -> list[tuple[int, int]]:
        """Up to `limit` waiting deliveries of open questions, oldest question first, that
        the weekly cap allows this week; marked `sending` with the week, in one transaction.
        Those over the cap stay waiting for next week."""
        async with self._db.transaction() as conn:
            rows = await conn.execute_fetchall(
                "SELECT d.question_id, d.user_id, (SELECT COUNT(*) FROM"
                " network_question_deliveries w WHERE w.user_id = d.user_id AND w.week = ?"
                " AND w.status IN ('sending', 'sent', 'failed')) AS this_week"
                " FROM network_question_deliveries d JOIN network_questions q"
                " ON q.id = d.question_id WHERE d.status = 'waiting' AND q.status = 'open'"
                " AND this_week < ? ORDER BY d.question_id, d.user_id LIMIT ?",
                (week, WEEKLY_CAP, limit * 4),
            )
            chosen = within_weekly_cap(((int(r[0]), int(r[1]), int(r[2])) for r in rows), limit)
            await conn.executemany(
                "UPDATE network_question_deliveries SET status = 'sending', week = ?"
                " WHERE question_id = ? AND user_id = ? AND status = 'waiting'",
                [(week, question_id, user_id) for question_id, user_id in chosen],
            )
        return chosen

    async def mark(
        self, question_id: int, user_id: int, status: DeliveryStatus, message_id: int | None = None
    ) -> None:
        """After the send: sent (with the message id), failed or unreachable; `waiting`
        gives it back (the week is cleared: it did not count)."""
        async with self._db.transaction() as conn:
            await conn.execute(
                "UPDATE network_question_deliveries SET status = ?, message_id = ?,"
                " week = CASE WHEN ? = 'waiting' THEN '' ELSE week END"
                " WHERE question_id = ? AND user_id = ?",
                (status, message_id, status, question_id, user_id),
            )

    async def resume_in_flight(self) -> int:
        """At start: deliveries taken but never marked go back to the queue."""
        async with self._db.transaction() as conn:
            cursor = await conn.execute(
                "UPDATE network_question_deliveries SET status = 'waiting', week = ''"
                " WHERE status = 'sending'"
            )
        return cursor.rowcount

    async def has_waiting(self) -> bool:
        rows = await self._db.connection.execute_fetchall(
            "SELECT 1 FROM network_question_deliveries d JOIN network_questions q"
            " ON q.id = d.question_id WHERE d.status = 'waiting' AND q.status = 'open' LIMIT 1"
        )
        return bool(rows)

    async def counts(self, question_id: int) -> DeliveryCounts:
        rows = await self._db.connection.execute_fetchall(
            "SELECT COUNT(*), SUM(status = 'sent'), SUM(status IN ('waiting', 'sending')),"
            " (SELECT COUNT(*) FROM network_answers WHERE question_id = ?)"
            " FROM network_question_deliveries WHERE question_id = ?",
            (question_id, question_id),
        )
        total, sent, waiting, answers = next(iter(rows))
        return DeliveryCounts(int(total), int(sent or 0), int(waiting or 0), int(answers))

    # ---- reading --------------------------------------------------------------------------

    async def get(self, question_id: int) -> NetworkQuestion | None:
        rows = await self._db.connection.execute_fetchall(
            f"SELECT {_COLUMNS} FROM network_questions WHERE id = ?", (question_id,)
        )
        return next((_question(tuple(r)) for r in rows), None)

    async def of_asker(self, asker_id: int, *, open_only: bool = True) -> list[NetworkQuestion]:
        where = " AND status = 'open'" if open_only else ""
        rows = await self._db.connection.execute_fetchall(
            f"SELECT {_COLUMNS} FROM network_questions WHERE asker_id = ?{where} ORDER BY id",
            (asker_id,),
        )
        return [_question(tuple(r)) for r in rows]

    async def delivery_status(self, question_id: int, user_id: int) -> DeliveryStatus | None:
        """How this question reached this person (None: it was never meant for them)."""
        rows = await self._db.connection.execute_fetchall(
            "SELECT status FROM network_question_deliveries WHERE question_id = ? AND user_id = ?",
            (question_id, user_id),
        )
        status: DeliveryStatus | None = next((r[0] for r in rows), None)
        return status

    async def answers(self, question_id: int) -> list[NetworkAnswer]:
        rows = await self._db.connection.execute_fetchall(
            "SELECT id, question_id, user_id, kind, text, partner_id, answered_at"
            " FROM network_answers WHERE question_id = ? ORDER BY id",
            (question_id,),
        )
        return [_answer(tuple(r)) for r in rows]

    # ---- answering and ending -------------------------------------------------------------

    async def answer(
        self,
        question_id: int,
        user_id: int,
        kind: AnswerKind,
        *,
        text: str = "",
        partner_id: int | None = None,
    ) -> int | None:
        """A recipient's answer to an open question they got (None: closed, or not theirs;
        a second "Ik kan helpen" from the same person is not stored twice)."""
        now = to_iso(self._db.clock.now())
        async with self._db.transaction() as conn:
            rows = await conn.execute_fetchall(
                "SELECT 1 FROM network_questions q JOIN network_question_deliveries d"
                " ON d.question_id = q.id WHERE q.id = ? AND q.status = 'open'"
                " AND d.user_id = ? AND d.status = 'sent'",
                (question_id, user_id),
            )
            if not rows:
                return None
            if kind == "can_help":
                again = await conn.execute_fetchall(
                    "SELECT 1 FROM network_answers WHERE question_id = ? AND user_id = ?"
                    " AND kind = 'can_help'",
                    (question_id, user_id),
                )
                if again:
                    return None
            cursor = await conn.execute(
                "INSERT INTO network_answers (question_id, user_id, kind, text, partner_id,"
                " answered_at) VALUES (?, ?, ?, ?, ?, ?)",
                (question_id, user_id, kind, text, partner_id, now),
            )
        return cursor.lastrowid

    async def solve(self, question_id: int, asker_id: int, helped_by: int | None) -> bool:
        """The asker marks their open question solved (and who helped, when one did)."""
        async with self._db.transaction() as conn:
            cursor = await conn.execute(
                "UPDATE network_questions SET status = 'solved', helped_by = ?, ended_at = ?"
                " WHERE id = ? AND asker_id = ? AND status = 'open'",
                (helped_by, to_iso(self._db.clock.now()), question_id, asker_id),
            )
            await self._expire_waiting(conn, question_id)
        return cursor.rowcount == 1

    async def close_due(self) -> list[NetworkQuestion]:
        """Questions open for OPEN_FOR: closed, their waiting deliveries not sent any more."""
        now = to_iso(self._db.clock.now())
        async with self._db.transaction() as conn:
            cursor = await conn.execute(
                f"UPDATE network_questions SET status = 'closed', ended_at = ?"
                f" WHERE status = 'open' AND closes_at <= ? RETURNING {_COLUMNS}",
                (now, now),
            )
            closed = [_question(tuple(r)) for r in await cursor.fetchall()]
            for question in closed:
                await self._expire_waiting(conn, question.id)
        return closed

    @staticmethod
    async def _expire_waiting(conn: aiosqlite.Connection, question_id: int) -> None:
        await conn.execute(
            "UPDATE network_question_deliveries SET status = 'expired'"
            " WHERE question_id = ? AND status = 'waiting'",
            (question_id,),
        )

    async def put_on_agenda(self, question_id: int, asker_id: int) -> bool:
        async with self._db.transaction() as conn:
            cursor = await conn.execute(
                "UPDATE network_questions SET on_agenda = 1 WHERE id = ? AND asker_id = ?"
                " AND status = 'open' AND on_agenda = 0",
                (question_id, asker_id),
            )
        return cursor.rowcount == 1

    # ---- the report, privacy and retention ------------------------------------------------

    async def for_report(
        self, coalition_id: int, since: datetime
    ) -> list[tuple[str, datetime, datetime | None, str]]:
        """(text, asked at, first answer at, status) of the coalition's questions since."""
        rows = await self._db.connection.execute_fetchall(
            "SELECT q.text, q.asked_at, (SELECT MIN(a.answered_at) FROM network_answers a"
            " WHERE a.question_id = q.id), q.status FROM network_questions q"
            " WHERE q.coalition_id = ? AND q.asked_at >= ? ORDER BY q.id",
            (coalition_id, to_iso(since)),
        )
        return [
            (str(r[0]), from_iso(str(r[1])), from_iso(str(r[2])) if r[2] else None, str(r[3]))
            for r in rows
        ]
