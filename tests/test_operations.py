"""Operations (issue 15): `python -m bot health`, `backup`/`restore` round trip with data in
every table, a refused database left untouched, the run lock, the daily purge."""

import asyncio
import sqlite3
from datetime import UTC, datetime, time, timedelta
from pathlib import Path

from bot.operations import run_lock
from handlers.upkeep.heartbeat import Heartbeat
from rules.actions import ActionStatus, Rhythm
from rules.clock import to_iso
from rules.dropin import Change, Schedule
from rules.feedback import respondent_key
from rules.introductions import Domain, Participant
from rules.partner_csv import PartnerData
from rules.retention import Retention
from storage.db import Database, load_migrations
from storage.settings import LAST_API_ANSWER
from tests.fake_telegram import FakeTelegram
from tests.harness import FakeClock, start_bot
from tests.kit.cli import ROOT, run_cli

NOW = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)


def dockerfile_healthcheck() -> str:
    lines = (ROOT / "Dockerfile").read_text().splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("HEALTHCHECK"))
    return " ".join(line.strip(" \\") for line in lines[start : start + 2])


async def test_health_reports_each_reason_in_one_line(tmp_path: Path, fake: FakeTelegram) -> None:
    assert dockerfile_healthcheck().endswith('CMD ["python", "-m", "bot", "health"]')
    missing = await run_cli(tmp_path, "health")
    assert (missing.code, missing.out.strip()) == (
        1,
        f"no database at {tmp_path}/cli.sqlite3: the bot has not started yet",
    )
    path = tmp_path / "cli.sqlite3"
    bot = await start_bot(fake, path, clock=FakeClock(datetime.now(UTC)))
    try:
        await Heartbeat(bot.application).beat()  # the running bot's job, every 30 s
    finally:
        await bot.stop()
    healthy = await run_cli(tmp_path, "health")
    latest = len(load_migrations())
    assert healthy.code == 0 and healthy.out.startswith(f"ok: schema {latest}, Bot API answered")
    assert len(healthy.out.strip().splitlines()) == 1

    db = await Database.open(path, FakeClock())
    await db.settings.put(LAST_API_ANSWER, to_iso(datetime.now(UTC) - timedelta(minutes=10)))
    await db.close()
    stale = await run_cli(tmp_path, "health")
    assert stale.code == 1 and stale.out.startswith("no answer from the Bot API for 10 min")


async def test_a_newer_or_damaged_database_stops_the_bot_and_stays_untouched(
    tmp_path: Path,
) -> None:
    path = tmp_path / "cli.sqlite3"
    db = await Database.open(path, FakeClock())
    await db.coalitions.add(slug="nml", name="NML", municipalities=[], timezone="Europe/Amsterdam")
    await db.connection.execute(
        "INSERT INTO schema_migrations (version, name, applied_at) VALUES (99, 'future', 'x')"
    )
    await db.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    await db.close()
    before = path.read_bytes()
    for command in (["run"], ["health"], ["coalition", "list"]):
        result = await run_cli(tmp_path, *command, BOT_TOKEN="1:x")
        assert result.code in (1, 2)
        assert "made by a newer version of the bot (schema 99" in result.out + result.err
    assert path.read_bytes() == before

    damaged = bytearray(before)
    for page in range(1, 6):  # the headers of pages 2 to 6: b-tree pages that make no sense
        damaged[4096 * page : 4096 * page + 16] = b"\xff" * 16
    path.write_bytes(bytes(damaged))
    result = await run_cli(tmp_path, "run", BOT_TOKEN="1:x")
    assert result.code == 2 and "restore a backup with: python -m bot restore FILE" in result.err
    assert path.read_bytes() == bytes(damaged)


async def fill_every_table(db: Database) -> None:
    coalition = await db.coalitions.add(
        slug="nml", name="NML", municipalities=["Venlo"], timezone="Europe/Amsterdam"
    )
    cid = coalition.id
    now = db.clock.now()
    await db.members.set_role(cid, 501, "coordinator")
    await db.people.seen(501, "Carla", "nl")
    await db.invites.create(
        cid, role="member", max_uses=3, valid_for=timedelta(days=1), created_by=501
    )
    await db.partners.register(cid, 501, PartnerData("Carla V", "Wieg", "verloskundige", "Venlo"))
    await db.partner_import.import_rows(
        cid, [PartnerData("Bas W", "Team", "wijkteam", "Venlo")], added_by=None
    )
    await db.dropins.save(
        cid,
        Schedule(
            weekday=1,
            start=time(12, 30),
            duration_minutes=60,
            timezone="Europe/Amsterdam",
            title="Inloop",
            link="https://meet.jit.si/nml",
        ),
    )
    day = now.date() + timedelta(days=3)
    await db.dropins.set_change(cid, Change(day + timedelta(weeks=1), skipped=True), 501)
    await db.dropins.set_subscribed(cid, 501, True)
    await db.dropins.toggle_rsvp(cid, day, 501)
    await db.dropins.add_question(cid, day, 501, "Warme overdracht?")
    await db.groups.link(-100, cid, "Groep", 501)
    await db.reminders.claim(cid, "r1", day, now, [501])
    session = await db.feedback.create(
        cid, "event", "Regiodag", day, "Hoe was het?", now, now + timedelta(days=7)
    )
    secret = await db.feedback.secret(None)  # the settings table
    await db.feedback.answer(session.id, respondent_key(secret, 501, session.id), 5)
    announcement = await db.announcements.draft(501, (cid,), "all", False, ["Hallo"])
    await db.members.set_role(cid, 502, "member")
    await db.announcements.confirm(announcement, 501, 1)
    await db.introductions.set_schedule(cid, 1, time(9), True, 501)
    await db.introductions.join(cid, 501, Domain.MEDICAL, "venlo", 2)
    await db.introductions.join(cid, 502, Domain.SOCIAL, "venlo", 2)
    await db.inbox.receive([{"update_id": 7, "message": {"text": "/start"}}])
    await db.introductions.save_round(
        cid, now, [(Participant(501, Domain.MEDICAL), Participant(502, Domain.SOCIAL))], []
    )
    question = await db.network_questions.ask(cid, 502, "Wie kent VoorZorg?", "all", [501])
    await db.network_questions.take_next(10, "2026-W45")
    await db.network_questions.mark(question, 501, "sent", 99)
    await db.network_questions.answer(question, 501, "text", text="Bel het wijkteam.")
    group = await db.actions.add_workgroup(cid, "Hechting", "Het thema oppakken", 501)
    assert group is not None
    action = await db.actions.propose(cid, "Folder vertalen", 501, group.id)
    await db.actions.set_status(action, ActionStatus.DONE, 501, "Gedrukt")
    await db.actions.consent_to_share(action, 501)
    await db.action_rounds.set_rhythm(cid, Rhythm(), 501)
    other = await db.actions.propose(cid, "Wijknetwerk", 502)
    await db.action_rounds.plan(cid, "2026-11", now + timedelta(days=1))
    assert other.id


async def table_contents(path: Path) -> dict[str, list[tuple[object, ...]]]:
    def read() -> dict[str, list[tuple[object, ...]]]:
        connection = sqlite3.connect(path)
        try:
            names = [
                r[0]
                for r in connection.execute(
                    "SELECT name FROM sqlite_master"
                    " WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                )
            ]
            return {
                n: connection.execute(f"SELECT * FROM {n} ORDER BY 1, 2").fetchall() for n in names
            }
        finally:
            connection.close()

    return await asyncio.to_thread(read)


async def test_backup_and_restore_round_trip_with_data_in_every_table(tmp_path: Path) -> None:
    path = tmp_path / "cli.sqlite3"
    db = await Database.open(path, FakeClock(NOW))
    await fill_every_table(db)
    await db.close()
    before = await table_contents(path)
    empty = [name for name, rows in before.items() if not rows]
    assert empty == [], f"tables without data in the round trip: {empty}"

    assert (await run_cli(tmp_path, "backup", str(tmp_path / "backup.sqlite3"))).code == 0
    db = await Database.open(path, FakeClock(NOW))
    await db.privacy.forget_person(501)  # the loss the backup undoes
    await db.close()
    assert await table_contents(path) != before

    with run_lock(path):  # as a running bot holds it
        refused = await run_cli(tmp_path, "restore", str(tmp_path / "backup.sqlite3"))
    assert refused.code == 2 and "the bot is running" in refused.err
    restored = await run_cli(tmp_path, "restore", str(tmp_path / "backup.sqlite3"))
    assert restored.code == 0, restored.err
    assert "kept as" in restored.out
    assert await table_contents(path) == before
    kept = await asyncio.to_thread(lambda: next(tmp_path.glob("cli.sqlite3.before-restore-*")))
    assert (await table_contents(kept))["members"] != before["members"]

    (tmp_path / "notes.txt").write_text("not a database at all, just some words " * 200)
    not_a_backup = await run_cli(tmp_path, "restore", str(tmp_path / "notes.txt"))
    assert not_a_backup.code == 2 and "not restored" in not_a_backup.err
    assert await table_contents(path) == before


async def test_daily_purge_removes_what_passed_its_period(tmp_path: Path) -> None:
    clock = FakeClock(NOW - timedelta(days=400))
    db = await Database.open(tmp_path / "p.sqlite3", clock)
    try:
        await fill_every_table(db)
        cid = (await db.coalitions.by_slug("nml")).id  # type: ignore[union-attr]
        await db.feedback.comment(1, respondent_key(await db.feedback.secret(None), 501, 1), "Top")
        await db.announcements.finish(1)
        await db.coalitions.set_comment_retention_days(cid, 300)
        clock.moment = NOW
        recent = await db.feedback.create(
            cid, "event", "Nieuw", NOW.date(), "?", NOW, NOW + timedelta(days=7)
        )
        key = respondent_key(await db.feedback.secret(None), 501, recent.id)
        await db.feedback.answer(recent.id, key, 4)
        await db.feedback.comment(recent.id, key, "Nog vers")
        counts_before = await db.announcements.counts(1)

        purged = await db.operations.purge(NOW, Retention())
        assert (
            purged.pending_registrations,
            purged.expired_invites,
            purged.deliveries,
            purged.rsvps,
            purged.comments,
        ) == (1, 1, 1, 1, 1)
        assert await db.partners.of_user(501) == []
        assert await db.announcements.counts(1) == counts_before  # the counts stay
        assert [r.comment for r in await db.feedback.responses(recent.id)] == ["Nog vers"]
        assert [r.comment for r in await db.feedback.responses(1)] == [None]
        assert (await db.operations.purge(NOW, Retention())).total == 0
    finally:
        await db.close()
