"""Feedback sessions and their anonymous responses (rules in rules/feedback.py)."""

import secrets
from dataclasses import dataclass
from datetime import date, datetime
from typing import Literal

from rules.clock import from_iso, to_iso
from rules.feedback import new_secret
from storage.connection import SharedConnection

SessionKind = Literal["dropin", "event"]
SECRET_SETTING = "feedback_secret"
CODE_BYTES = 9
_COLUMNS = (
    "id, coalition_id, kind, occurrence, title, held_on, code, question, opens_at, closes_at,"
    " invited, reminded_at"
)


@dataclass(frozen=True)
class FeedbackSession:
    id: int
    coalition_id: int
    kind: SessionKind
    occurrence: date | None
    title: str
    held_on: date
    code: str
    question: str
    opens_at: datetime
    closes_at: datetime
    invited: int | None
    reminded_at: datetime | None = None  # when the one reminder went to who had not answered

    def is_open(self, now: datetime) -> bool:
        return self.opens_at <= now < self.closes_at


@dataclass(frozen=True)
class Response:
    session_id: int
    rating: int
    comment: str | None
    answered_at: datetime
    first_answered_at: datetime | None = None


def _session(row: tuple[object, ...]) -> FeedbackSession:
    kind: SessionKind = "dropin" if row[2] == "dropin" else "event"
    return FeedbackSession(
        id=int(str(row[0])),
        coalition_id=int(str(row[1])),
        kind=kind,
        occurrence=date.fromisoformat(str(row[3])) if row[3] is not None else None,
        title=str(row[4]),
        held_on=date.fromisoformat(str(row[5])),
        code=str(row[6]),
        question=str(row[7]),
        opens_at=from_iso(str(row[8])),
        closes_at=from_iso(str(row[9])),
        invited=int(str(row[10])) if row[10] is not None else None,
        reminded_at=from_iso(str(row[11])) if row[11] is not None else None,
    )


class FeedbackRepository:
    def __init__(self, db: SharedConnection) -> None:
        self._db = db
        self._stored_secret: str | None = None

    async def secret(self, configured: str | None) -> str:
        """FEEDBACK_SECRET when set; else one made on first use and kept in the database."""
        if configured:
            return configured
        if self._stored_secret is not None:
            return self._stored_secret
        async with self._db.transaction() as conn:
            await conn.execute(
                "INSERT OR IGNORE INTO settings (key, value) VALUES (?, ?)",
                (SECRET_SETTING, new_secret()),
            )
        rows = await self._db.connection.execute_fetchall(
            "SELECT value FROM settings WHERE key = ?", (SECRET_SETTING,)
        )
        self._stored_secret = str(next(iter(rows))[0])
        return self._stored_secret

    async def create(
        self,
        coalition_id: int,
        kind: SessionKind,
        title: str,
        held_on: date,
        question: str,
        opens_at: datetime,
        closes_at: datetime,
        *,
        occurrence: date | None = None,
        invited: int | None = None,
        created_by: int | None = None,
    ) -> FeedbackSession:
        """A new session; for a drop-in occurrence the existing one when it was made before."""
        async with self._db.transaction() as conn:
            cursor = await conn.execute(
                "INSERT OR IGNORE INTO feedback_sessions (coalition_id, kind, occurrence, title,"
                " held_on, code, question, opens_at, closes_at, invited, created_by, created_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    coalition_id,
                    kind,
                    occurrence.isoformat() if occurrence else None,
                    title,
                    held_on.isoformat(),
                    secrets.token_urlsafe(CODE_BYTES),
                    question,
                    to_iso(opens_at),
                    to_iso(closes_at),
                    invited,
                    created_by,
                    to_iso(self._db.clock.now()),
                ),
            )
            where = "coalition_id = ? AND occurrence = ?" if occurrence else "id = ?"
            key: tuple[object, ...] = (
                (coalition_id, occurrence.isoformat()) if occurrence else (cursor.lastrowid,)
            )
            async with conn.execute(
                f"SELECT {_COLUMNS} FROM feedback_sessions WHERE {where}", key
            ) as found:
                row = await found.fetchone()
        assert row is not None
        return _session(tuple(row))

    async def get(self, session_id: int) -> FeedbackSession | None:
        return await self._one("id = ?", (session_id,))

    async def by_code(self, code: str) -> FeedbackSession | None:
        return await self._one("code = ?", (code,))

    async def of_occurrence(self, coalition_id: int, occurrence: date) -> FeedbackSession | None:
        return await self._one(
            "coalition_id = ? AND occurrence = ?", (coalition_id, occurrence.isoformat())
        )

    async def _one(self, where: str, args: tuple[object, ...]) -> FeedbackSession | None:
        async with self._db.connection.execute(
            f"SELECT {_COLUMNS} FROM feedback_sessions WHERE {where}", args
        ) as cursor:
            row = await cursor.fetchone()
        return _session(tuple(row)) if row else None

    async def recent(
        self, coalition_id: int, kind: SessionKind, limit: int
    ) -> list[FeedbackSession]:
        """The latest sessions of a kind, newest first."""
        rows = await self._db.connection.execute_fetchall(
            f"SELECT {_COLUMNS} FROM feedback_sessions WHERE coalition_id = ? AND kind = ?"
            " ORDER BY held_on DESC, id DESC LIMIT ?",
            (coalition_id, kind, limit),
        )
        return [_session(tuple(row)) for row in rows]

    async def answer(self, session_id: int, respondent: str, rating: int) -> bool:
        """Store or change a rating (the last one counts); True when it is the first."""
        now = to_iso(self._db.clock.now())
        async with self._db.transaction() as conn:
            cursor = await conn.execute(
                "UPDATE feedback_responses SET rating = ?, answered_at = ?"
                " WHERE session_id = ? AND respondent = ?",
                (rating, now, session_id, respondent),
            )
            if cursor.rowcount:
                return False
            await conn.execute(
                "INSERT INTO feedback_responses (session_id, respondent, rating, answered_at,"
                " first_answered_at) VALUES (?, ?, ?, ?, ?)",
                (session_id, respondent, rating, now, now),
            )
            return True

    async def answered(self, session_id: int, respondents: list[str]) -> set[str]:
        """Which of these respondent keys have answered the session."""
        if not respondents:
            return set()
        marks = ",".join("?" * len(respondents))
        rows = await self._db.connection.execute_fetchall(
            f"SELECT respondent FROM feedback_responses WHERE session_id = ?"
            f" AND respondent IN ({marks})",
            [session_id, *respondents],
        )
        return {str(r[0]) for r in rows}

    async def mark_reminded(self, session_id: int) -> None:
        """The moment the reminder went out (the first time only), for the report."""
        async with self._db.transaction() as conn:
            await conn.execute(
                "UPDATE feedback_sessions SET reminded_at = COALESCE(reminded_at, ?) WHERE id = ?",
                (to_iso(self._db.clock.now()), session_id),
            )

    async def comment(self, session_id: int, respondent: str, comment: str) -> bool:
        """Add the comment to the person's rating; False when they have not rated."""
        async with self._db.transaction() as conn:
            cursor = await conn.execute(
                "UPDATE feedback_responses SET comment = ? WHERE session_id = ? AND respondent = ?",
                (comment, session_id, respondent),
            )
            return cursor.rowcount > 0

    async def responses(self, session_id: int) -> list[Response]:
        rows = await self._db.connection.execute_fetchall(
            "SELECT session_id, rating, comment, answered_at, first_answered_at"
            " FROM feedback_responses WHERE session_id = ? ORDER BY answered_at, rowid",
            (session_id,),
        )
        return [
            Response(int(r[0]), int(r[1]), r[2], from_iso(r[3]), from_iso(r[4]) if r[4] else None)
            for r in rows
        ]

    async def responses_of(self, session_ids: list[int]) -> dict[int, list[Response]]:
        """The responses of many sessions in one query (the dashboard's two years)."""
        found: dict[int, list[Response]] = {i: [] for i in session_ids}
        for start in range(0, len(session_ids), 500):
            chunk = session_ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            rows = await self._db.connection.execute_fetchall(
                "SELECT session_id, rating, comment, answered_at, first_answered_at"
                f" FROM feedback_responses WHERE session_id IN ({marks})"
                " ORDER BY answered_at, rowid",
                tuple(chunk),
            )
            for r in rows:
                found[int(r[0])].append(
                    Response(
                        int(r[0]), int(r[1]), r[2], from_iso(r[3]), from_iso(r[4]) if r[4] else None
                    )
                )
        return found

    async def export_rows(
        self, coalition_id: int
    ) -> list[tuple[int, str, str, date, int, str | None, datetime]]:
        """Every response of a coalition, oldest session first: session id, kind, title,
        date, rating, comment, answered at. Never who answered."""
        rows = await self._db.connection.execute_fetchall(
            "SELECT s.id, s.kind, s.title, s.held_on, r.rating, r.comment, r.answered_at"
            " FROM feedback_sessions s JOIN feedback_responses r ON r.session_id = s.id"
            " WHERE s.coalition_id = ? ORDER BY s.held_on, s.id, r.answered_at, r.rowid",
            (coalition_id,),
        )
        return [
            (
                int(r[0]),
                str(r[1]),
                str(r[2]),
                date.fromisoformat(r[3]),
                int(r[4]),
                r[5],
                from_iso(r[6]),
            )
            for r in rows
        ]
