"""Feedback storage on a real SQLite file: sessions, changed ratings, no user ids, the secret."""

from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from rules.feedback import respondent_key
from storage.db import Database
from tests.harness import FakeClock

OPEN = datetime(2026, 11, 3, 12, 30, tzinfo=UTC)


async def test_sessions_responses_and_secret(tmp_path: Path) -> None:
    db = await Database.open(tmp_path / "bot.sqlite3", FakeClock(OPEN))
    try:
        coalition = await db.coalitions.add(
            slug="nml", name="NML", municipalities=[], timezone="Europe/Amsterdam"
        )
        secret = await db.feedback.secret(None)
        assert secret == await db.feedback.secret(None)  # made once, then kept
        assert await db.feedback.secret("x" * 40) == "x" * 40

        closes = OPEN + timedelta(days=7)
        args: tuple[Any, ...] = (
            coalition.id,
            "dropin",
            "Inloop",
            date(2026, 11, 3),
            "Hoe?",
            OPEN,
            closes,
        )
        session = await db.feedback.create(*args, occurrence=date(2026, 11, 3), invited=4)
        again = await db.feedback.create(*args, occurrence=date(2026, 11, 3), invited=4)
        assert again.id == session.id and again.code == session.code
        event = await db.feedback.create(
            coalition.id,
            "event",
            "Regiodag",
            date(2026, 11, 5),
            "Hoe waardevol?",
            OPEN,
            OPEN + timedelta(days=7),
        )
        assert event.id != session.id and (await db.feedback.by_code(event.code)) == event
        assert session.is_open(OPEN) and not session.is_open(OPEN + timedelta(days=7))

        me = respondent_key(secret, 100001, session.id)
        assert await db.feedback.answer(session.id, me, 3)
        assert not await db.feedback.answer(session.id, me, 4)  # changed: the last one counts
        assert await db.feedback.comment(session.id, me, "Leerzaam")
        assert not await db.feedback.comment(session.id, "someone-else", "x")
        (response,) = await db.feedback.responses(session.id)
        assert (response.rating, response.comment) == (4, "Leerzaam")
        assert [s.id for s in await db.feedback.recent(coalition.id, "dropin", 12)] == [session.id]
        (row,) = await db.feedback.export_rows(coalition.id)
        assert row[:6] == (session.id, "dropin", "Inloop", date(2026, 11, 3), 4, "Leerzaam")
    finally:
        await db.close()
    # Nothing in the database holds the user id (closing moved the WAL into the file).
    assert b"100001" not in (tmp_path / "bot.sqlite3").read_bytes()
