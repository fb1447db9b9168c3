"""`python -m bot …` as a coordinator would type it, in a separate process."""

import asyncio
import os
import re
import sys
from datetime import timedelta
from pathlib import Path

from storage.db import Database
from tests.fake_telegram import FakeTelegram
from tests.harness import FakeClock
from tests.kit.cli import ROOT, run_cli
from tests.miniapp import free_port


async def test_run_without_token_prints_the_hint(tmp_path: Path) -> None:
    for args in ([], ["run"]):
        result = await run_cli(tmp_path, *args)
        assert result.code == 2
        assert "BOT_TOKEN" in result.err and "@BotFather" in result.err
        assert "Traceback" not in result.err


async def test_malformed_settings_name_the_variable(tmp_path: Path) -> None:
    result = await run_cli(tmp_path, "coalition", "list", ADMIN_IDS="12;13")
    assert result.code == 2 and "ADMIN_IDS" in result.err and "Traceback" not in result.err
    result = await run_cli(tmp_path, "coalition", "list", TIMEZONE="Amsterdam")
    assert result.code == 2 and "TIMEZONE" in result.err and "Traceback" not in result.err


async def test_env_file_in_working_directory_is_read(tmp_path: Path) -> None:
    (tmp_path / ".env").write_text("ADMIN_IDS=not-a-number\n")
    result = await run_cli(tmp_path, "coalition", "list")
    assert result.code == 2 and "ADMIN_IDS" in result.err


async def test_coalition_add_and_list(tmp_path: Path) -> None:
    result = await run_cli(
        tmp_path,
        "coalition",
        "add",
        "Noord-Midden-Limburg",
        "--slug",
        "nml",
        "--municipalities",
        "Venlo, Beesel,Peel en Maas",
    )
    assert result.code == 0, result.err
    listing = await run_cli(tmp_path, "coalition", "list")
    assert "nml\tNoord-Midden-Limburg\tVenlo, Beesel, Peel en Maas\t0 members\tnl" in listing.out
    again = await run_cli(tmp_path, "coalition", "add", "Other", "--slug", "nml")
    assert again.code == 2 and "exists already" in again.err
    bad = await run_cli(tmp_path, "coalition", "add", "X", "--slug", "Met Spatie")
    assert bad.code == 2 and "--slug" in bad.err


async def test_coalition_municipalities_come_from_the_cbs_list(tmp_path: Path) -> None:
    typo = await run_cli(
        tmp_path, "coalition", "add", "X", "--slug", "x", "--municipalities", "Venloo"
    )
    assert typo.code == 2 and "no Dutch municipality" in typo.err and "Venlo?" in typo.err
    place = await run_cli(
        tmp_path, "coalition", "add", "X", "--slug", "x", "--municipalities", "Sneek"
    )
    assert place.code == 2 and "Súdwest-Fryslân" in place.err
    ok = await run_cli(
        tmp_path,
        "coalition",
        "add",
        "Bossche regio",
        "--slug",
        "bossche",
        "--municipalities",
        "den bosch, sudwest fryslan",
    )
    assert ok.code == 0, ok.err
    listing = await run_cli(tmp_path, "coalition", "list")
    assert "'s-Hertogenbosch, Súdwest-Fryslân" in listing.out


async def test_a_coalition_has_a_language(tmp_path: Path) -> None:
    made = await run_cli(
        tmp_path,
        "coalition",
        "add",
        "Kansrike Start Fryslân",
        "--slug",
        "sf",
        "--municipalities",
        "Súdwest-Fryslân",
        "--language",
        "fy",
    )
    assert made.code == 0 and "language fy" in made.out, made.err
    listing = await run_cli(tmp_path, "coalition", "list")
    assert "Súdwest-Fryslân\t0 members\tfy" in listing.out
    changed = await run_cli(tmp_path, "coalition", "language", "sf", "en")
    assert changed.code == 0 and "now speaks en" in changed.out, changed.err
    assert "0 members\ten" in (await run_cli(tmp_path, "coalition", "list")).out
    wrong = await run_cli(tmp_path, "coalition", "language", "sf", "de")
    assert wrong.code == 2 and "invalid choice" in wrong.err
    assert "0 members\ten" in (await run_cli(tmp_path, "coalition", "list")).out


async def test_invite_prints_a_join_link_from_get_me(tmp_path: Path, fake: FakeTelegram) -> None:
    await run_cli(tmp_path, "coalition", "add", "Heumen", "--slug", "heumen")
    env = {"BOT_TOKEN": fake.token, "BOT_API_URL": fake.url}
    result = await run_cli(tmp_path, "invite", "heumen", "--role", "coordinator", **env)
    assert result.code == 0, result.err
    match = re.fullmatch(r"https://t\.me/kansrijke_test_bot\?start=join_(\S+)\n", result.out)
    assert match is not None, result.out
    db = await Database.open(tmp_path / "cli.sqlite3", FakeClock())
    try:
        invite = await db.invites.get(match.group(1))
    finally:
        await db.close()
    assert invite is not None and invite.role == "coordinator" and invite.max_uses == 1

    unknown = await run_cli(tmp_path, "invite", "nowhere", **env)
    assert unknown.code == 2 and "coalition list" in unknown.err
    too_many = await run_cli(tmp_path, "invite", "heumen", "--uses", "0", **env)
    assert too_many.code == 2 and "--uses" in too_many.err
    wrong_token = await run_cli(tmp_path, "invite", "heumen", **{**env, "BOT_TOKEN": "1:bad"})
    assert wrong_token.code == 2 and "BOT_TOKEN" in wrong_token.err


async def test_backup_command(tmp_path: Path) -> None:
    await run_cli(tmp_path, "coalition", "add", "Utrecht", "--slug", "utrecht")
    result = await run_cli(tmp_path, "backup", str(tmp_path / "backup.sqlite3"))
    assert result.code == 0, result.err
    db = await Database.open(tmp_path / "backup.sqlite3", FakeClock())
    try:
        assert [c.slug for c in await db.coalitions.all()] == ["utrecht"]
    finally:
        await db.close()


async def test_run_polls_and_stops_cleanly_on_sigterm(tmp_path: Path, fake: FakeTelegram) -> None:
    environ = {k: v for k, v in os.environ.items() if k not in ("ADMIN_IDS", "TIMEZONE")}
    environ.update(
        PYTHONPATH=str(ROOT),
        DATABASE_PATH=str(tmp_path / "run.sqlite3"),
        BOT_TOKEN=fake.token,
        BOT_API_URL=fake.url,
    )
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        cwd=tmp_path,
        env=environ,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    try:
        await fake.wait_until(lambda: any(c.method == "getupdates" for c in fake.calls), 30)
        user = fake.user("Live")
        reply = await fake.ask(user, "/start", within=15)
        assert "uitnodigingslink" in reply.text
        process.terminate()
        _, err = await asyncio.wait_for(process.communicate(), 30)
    finally:
        if process.returncode is None:
            process.kill()
    log = err.decode()
    assert process.returncode == 0, log
    assert "Database closed" in log and "Traceback" not in log
    assert fake.token not in log  # request URLs carry the token; they are not logged


async def test_a_refused_token_is_one_line_exit_2_and_leaves_nothing(
    tmp_path: Path, fake: FakeTelegram
) -> None:
    wrong = "999999:WRONG-secret-part-of-the-token"
    result = await run_cli(tmp_path, "run", BOT_TOKEN=wrong, BOT_API_URL=fake.url)
    assert result.code == 2, result.err
    assert result.err.strip().splitlines() == [
        f"Error: BOT_TOKEN was refused by the Bot API at {fake.url}. Check it with @BotFather"
        " (/mybots → API Token)."
    ]
    assert "999999" not in result.out + result.err and "WRONG-secret" not in result.err
    assert os.listdir(tmp_path) == []  # no data folder, no lock file


async def test_a_bot_started_before_its_bot_api_waits_and_then_serves(tmp_path: Path) -> None:
    port = free_port()
    fake = FakeTelegram()
    environ = {k: v for k, v in os.environ.items() if k not in ("ADMIN_IDS", "TIMEZONE")}
    environ.update(
        PYTHONPATH=str(ROOT),
        DATABASE_PATH=str(tmp_path / "late.sqlite3"),
        BOT_TOKEN=fake.token,
        BOT_API_URL=f"http://127.0.0.1:{port}",
    )
    process = await asyncio.create_subprocess_exec(
        *(sys.executable, "-m", "bot"), cwd=tmp_path, env=environ, stderr=asyncio.subprocess.PIPE
    )
    assert process.stderr is not None
    try:
        tries = [await asyncio.wait_for(process.stderr.readline(), 30) for _ in range(3)]
        assert all(b"did not answer (try" in line for line in tries), tries
        assert not (tmp_path / "late.sqlite3").exists()  # nothing made before the API answers
        await fake.start(port)
        await fake.wait_until(lambda: any(c.method == "getupdates" for c in fake.calls), 30)
        reply = await fake.ask(fake.user("Laat"), "/start", within=15)
        assert "uitnodigingslink" in reply.text
        process.terminate()
        rest = await asyncio.wait_for(process.stderr.read(), 30)
        await process.wait()
    finally:
        if process.returncode is None:
            process.kill()
        await fake.stop()
    log = b"".join(tries).decode() + rest.decode()
    assert process.returncode == 0, log
    assert "Traceback" not in log and "Unclosed" not in log and fake.token not in log
    assert "answers now" in log


async def test_read_only_commands_never_make_a_database(tmp_path: Path) -> None:
    read_only = [["coalition", "list"], ["partners", "export", "x"], ["backup", "copy.db"]]
    for args in [*read_only, ["feedback", "export", "x"], ["health"]]:
        result = await run_cli(tmp_path, *args)
        assert result.code != 0 and "no database at" in result.err + result.out, result
        assert "cli.sqlite3" in result.err + result.out  # the path it looked at
        assert os.listdir(tmp_path) == []


async def test_partners_import_and_export(tmp_path: Path) -> None:
    await run_cli(tmp_path, "coalition", "add", "NML", "--slug", "nml")
    good = tmp_path / "partners.csv"
    good.write_bytes(
        "Naam;Organisatie;Rol;Gemeente;Telefoon;E-mail\n"
        "Zoë Hendriks;VK Venlo;Verloskundige;Venlo;077-3512345;zoe@vk.nl\n"
        "Bram Peeters;Kraamvogel;Kraamzorg;Venlo;06 12345678;\n".encode("cp1252")
    )
    result = await run_cli(tmp_path, "partners", "import", "nml", str(good))
    assert result.code == 0, result.err
    assert "2 new, 0 changed, 0 unchanged, 0 rows with errors" in result.out

    exported = tmp_path / "export.csv"
    result = await run_cli(tmp_path, "partners", "export", "nml", "--output", str(exported))
    assert result.code == 0, result.err
    text = exported.read_bytes().decode("utf-8-sig")
    assert (
        text.splitlines()[0]
        == "id;naam;organisatie;rol;gemeente;wijk;telefoon;email;website;trefwoorden;ervaring"
    )
    assert "Zoë Hendriks" in text and "077 351 2345" in text
    again = await run_cli(tmp_path, "partners", "import", "nml", str(exported))
    assert "0 new, 0 changed, 2 unchanged" in again.out

    bad = tmp_path / "bad.csv"
    bad.write_text("naam,rol,gemeente,telefoon\nNieuw,vk,Venlo,06 87654321\nKapot,vk,,12\n")
    refused = await run_cli(tmp_path, "partners", "import", "nml", str(bad))
    assert refused.code == 2
    assert "row 3: municipality is missing" in refused.err
    assert "nothing was imported" in refused.err
    listing = await run_cli(tmp_path, "partners", "export", "nml")
    assert "Nieuw" not in listing.out
    partial = await run_cli(tmp_path, "partners", "import", "nml", str(bad), "--only-valid")
    assert partial.code == 0 and "1 new" in partial.out

    binary = tmp_path / "photo.csv"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    refused = await run_cli(tmp_path, "partners", "import", "nml", str(binary))
    assert refused.code == 2 and "cannot read this file" in refused.err
    headers = tmp_path / "headers.csv"
    headers.write_text("voornaam;achternaam\nA;B\n")
    refused = await run_cli(tmp_path, "partners", "import", "nml", str(headers))
    assert refused.code == 2 and "naam/name" in refused.err


async def test_dropin_add(tmp_path: Path) -> None:
    await run_cli(tmp_path, "coalition", "add", "Noord-Limburg", "--slug", "nml")
    refused = [
        (["--weekday", "someday", "--time", "12:30"], "--weekday"),
        (["--weekday", "di", "--time", "25:00"], "--time"),
        (["--weekday", "di", "--time", "12:30", "--link", "http://zoom.us/j/1"], "https://"),
        (["--weekday", "di", "--time", "12:30", "--reminders", "soon"], "--reminders"),
    ]
    for extra, named in refused:
        args = ["dropin", "add", "nml", "--link", "https://meet.jit.si/nml", *extra]
        result = await run_cli(tmp_path, *args)
        assert result.code == 2 and named in result.err and "Traceback" not in result.err
    result = await run_cli(
        tmp_path,
        "dropin",
        "add",
        "nml",
        "--weekday",
        "Tuesday",
        "--time",
        "12:30",
        "--duration",
        "45",
        "--link",
        "https://teams.microsoft.com/l/meetup-join/abc",
        "--title",
        "Inloop NML",
        "--reminders",
        "1d,30m",
    )
    assert result.code == 0, result.err
    assert "Tuesday 12:30 (Europe/Amsterdam), 45 min, teams link" in result.out
    db = await Database.open(tmp_path / "cli.sqlite3", FakeClock())
    try:
        coalition = await db.coalitions.by_slug("nml")
        assert coalition is not None
        schedule = await db.dropins.get(coalition.id)
    finally:
        await db.close()
    assert schedule is not None and schedule.weekday == 1 and schedule.title == "Inloop NML"
    assert schedule.reminder_minutes == (1440, 30) and schedule.duration_minutes == 45


async def test_feedback_export(tmp_path: Path) -> None:
    await run_cli(tmp_path, "coalition", "add", "Noord-Limburg", "--slug", "nml")
    db = await Database.open(tmp_path / "cli.sqlite3", FakeClock())
    try:
        coalition = await db.coalitions.by_slug("nml")
        assert coalition is not None
        moment = db.clock.now()
        session = await db.feedback.create(
            coalition.id,
            "event",
            "Regiodag",
            moment.date(),
            "Hoe?",
            moment,
            moment + timedelta(days=7),
        )
        await db.feedback.answer(session.id, "anonymous-key", 4)
        await db.feedback.comment(session.id, "anonymous-key", "=HYPERLINK(evil)")
    finally:
        await db.close()
    result = await run_cli(tmp_path, "feedback", "export", "nml")
    assert result.code == 0, result.err
    lines = result.out.lstrip("\ufeff").splitlines()
    assert lines[0] == "session;kind;title;date;rating;comment;answered_at"
    assert lines[1].startswith(f"{session.id};event;Regiodag;2026-11-02;4;'=HYPERLINK(evil);")
    assert "anonymous-key" not in result.out
