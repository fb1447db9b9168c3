"""What people install is what we test: the wheel, built from this checkout, installed into a
fresh virtual environment and started from a folder outside the checkout, as the README's
first command and the Docker image do. `.ci/run` builds and installs it once and passes
INSTALLED_PYTHON and INSTALLED_WHEEL; without them this module builds its own (a minute).

The smoke test's steps are the image's: `python -m bot run` (its CMD) and `python -m bot
health` (its HEALTHCHECK)."""

import asyncio
import os
import shutil
import signal
import subprocess
import sys
import time
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import aiohttp
import pytest

from tests.fake_telegram import FakeTelegram
from tests.miniapp import free_port, sign_init_data

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("bot", "handlers", "rules", "storage")
# Files in the package folders that document and are never read at run time.
DOCUMENTATION = {".mmd"}
# Left out of the copy the wheel is built from: what a local run leaves in the checkout's
# root (a build/ would hand setuptools files from an earlier build), and caches anywhere.
NOT_SOURCE_AT_ROOT = {"build", "dist", "data", "test-screenshots", ".git"}
NOT_SOURCE = shutil.ignore_patterns(
    "*.egg-info", ".venv*", "__pycache__", "node_modules", ".*_cache"
)
PUBLIC_URL = "https://apps.example.nl/kansrijkestart/"
PARTNERS = (
    "naam;organisatie;rol;gemeente;telefoon\n"
    "Vera Jacobs;Verloskundigenpraktijk Venlo;Verloskundige;Venlo;077-3512345\n"
)


@dataclass(frozen=True)
class Installed:
    python: Path
    wheel: Path


@pytest.fixture(scope="session")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Installed]:
    python, wheel = os.environ.get("INSTALLED_PYTHON"), os.environ.get("INSTALLED_WHEEL")
    if python and wheel:
        yield Installed(Path(python), Path(wheel))
        return
    where = tmp_path_factory.mktemp("installed")
    # From a copy without the build folders a local build leaves: setuptools would take
    # files from an old build/lib or egg-info and hide one missing from the configuration.
    source = where / "source"
    shutil.copytree(ROOT, source, ignore=not_source)
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--quiet",
            "--no-deps",
            "--wheel-dir",
            str(where / "dist"),
            str(source),
        ],
        check=True,
    )
    (built,) = (where / "dist").glob("coalitiebot-*.whl")
    subprocess.run([sys.executable, "-m", "venv", str(where / "venv")], check=True)
    venv_python = where / "venv" / "bin" / "python"
    subprocess.run([str(venv_python), "-m", "pip", "install", "--quiet", str(built)], check=True)
    yield Installed(venv_python, built)


def not_source(folder: str, names: list[str]) -> set[str]:
    left_out = set(NOT_SOURCE(folder, names))
    if Path(folder) == ROOT:
        left_out |= NOT_SOURCE_AT_ROOT & set(names)
    return left_out


def package_files() -> set[str]:
    """Every file of the four floors that the bot may read at run time, as the wheel names it."""
    found: set[str] = set()
    for package in PACKAGES:
        for path in (ROOT / package).rglob("*"):
            if path.is_dir() or "__pycache__" in path.parts or path.suffix in DOCUMENTATION:
                continue
            if path.suffix == ".pyc":
                continue
            found.add(path.relative_to(ROOT).as_posix())
    return found


def test_the_wheel_holds_every_package_and_data_file(installed: Installed) -> None:
    in_wheel = set(zipfile.ZipFile(installed.wheel).namelist())
    expected = package_files()
    assert "rules/data/first_names.txt" in expected  # the walk itself found the data
    assert expected - in_wheel == set()
    assert any(name.endswith("licenses/LICENSE") for name in in_wheel)


def clean_environment(fake: FakeTelegram, **extra: str) -> dict[str, str]:
    """The machine's environment without anything that points Python at this checkout."""
    environ = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("PYTHON", "BOT_", "WEBHOOK_", "MINIAPP_", "WEB_"))
        and k not in ("ADMIN_IDS", "DATABASE_PATH", "VIRTUAL_ENV")
    }
    environ.update(BOT_TOKEN=fake.token, BOT_API_URL=fake.url, **extra)
    return environ


@dataclass
class Command:
    code: int
    out: str
    err: str


async def command(
    installed: Installed, folder: Path, environ: dict[str, str], *args: str
) -> Command:
    process = await asyncio.create_subprocess_exec(
        str(installed.python),
        "-m",
        "bot",
        *args,
        cwd=folder,
        env=environ,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await asyncio.wait_for(process.communicate(), 60)
    assert process.returncode is not None
    return Command(process.returncode, out.decode(), err.decode())


def assert_no_secret(text: str, fake: FakeTelegram) -> None:
    secret_part = fake.token.split(":", 1)[1]
    assert fake.token not in text and secret_part not in text


async def test_the_installed_bot_runs_from_any_folder(
    installed: Installed, fake: FakeTelegram, tmp_path: Path
) -> None:
    folder = tmp_path / "server"  # no sources here, and no PYTHONPATH to them
    folder.mkdir()
    port = free_port()
    environ = clean_environment(
        fake, MINIAPP_URL=PUBLIC_URL, WEB_LISTEN="127.0.0.1", WEB_PORT=str(port)
    )

    looked = await command(installed, folder, environ, "coalition", "list")
    assert looked.code == 2 and "no database at" in looked.err, looked.err
    assert list(folder.iterdir()) == []  # a read-only command made nothing
    assert (
        await command(
            installed,
            folder,
            environ,
            "coalition",
            "add",
            "Venlo",
            "--slug",
            "venlo",
            "--municipalities",
            "Venlo",
        )
    ).code == 0
    (folder / "partners.csv").write_text(PARTNERS)
    imported = await command(
        installed, folder, environ, "partners", "import", "venlo", "partners.csv"
    )
    assert imported.code == 0, imported.err
    invited = await command(installed, folder, environ, "invite", "venlo")
    assert invited.code == 0, invited.err
    code = invited.out.strip().rsplit("start=", 1)[1]

    log = folder / "bot.log"
    with log.open("wb") as stderr:
        process = await asyncio.create_subprocess_exec(
            str(installed.python),
            "-m",
            "bot",
            "run",
            cwd=folder,
            env=environ,
            stdout=asyncio.subprocess.DEVNULL,
            stderr=stderr,
        )
    try:
        await fake.wait_until(lambda: any(c.method == "getupdates" for c in fake.calls), 60)
        member = fake.user("Mo")
        welcome = await fake.ask(member, f"/start {code}", within=15)
        assert "Venlo" in welcome.text
        found = await fake.ask(member, "/zoek verloskundige venlo", within=15)
        assert "Vera Jacobs" in found.text
        prompt = await fake.ask(member, "/netwerkvraag", within=15)
        assert "Typ je vraag" in prompt.text
        held = await fake.ask(member, "Mijn cliënte Fatima Yilmaz woont op de Kerkstraat 12.")
        assert "“Fatima Yilmaz” (naam)" in held.text  # first_names.txt was read

        assert fake.menu_button is not None
        assert fake.menu_button["web_app"] == {"url": PUBLIC_URL}
        signed = sign_init_data(fake.token, {"id": member.id, "first_name": "Mo"}, int(time.time()))
        async with aiohttp.ClientSession(f"http://127.0.0.1:{port}") as http:
            for page in ("/kansrijkestart/", "/"):  # a proxy that keeps the path, one that not
                async with http.get(page) as answer:
                    assert answer.status == 200 and "static/app.js" in await answer.text()
            async with http.get("/kansrijkestart/static/app.js") as answer:
                assert answer.status == 200
            headers = {"X-Telegram-Init-Data": signed}
            async with http.get("/kansrijkestart/api/me", headers=headers) as answer:
                assert answer.status == 200
                me = await answer.json()
            assert [c["name"] for c in me["coalitions"]] == ["Venlo"]

        health = await wait_for_health(installed, folder, environ)
        assert health.code == 0 and health.out.startswith("ok"), health
    finally:
        if process.returncode is None:
            process.send_signal(signal.SIGTERM)
        await asyncio.wait_for(process.wait(), 30)
    text = log.read_text()
    assert process.returncode == 0, text
    assert "Database closed" in text and "Traceback" not in text
    assert_no_secret(text, fake)
    assert (folder / "data" / "bot.sqlite3").is_file()  # DATABASE_PATH's default, here


async def wait_for_health(
    installed: Installed, folder: Path, environ: dict[str, str], within: float = 20
) -> Command:
    """The heartbeat writes the Bot API's last answer a second after the start."""
    deadline = time.monotonic() + within
    while True:
        found = await command(installed, folder, environ, "health")
        if found.code == 0 or time.monotonic() > deadline:
            return found
        await asyncio.sleep(0.5)


def test_help_needs_no_configuration_and_no_checkout(installed: Installed) -> None:
    found = subprocess.run(
        [str(installed.python), "-m", "bot", "--help"],
        capture_output=True,
        text=True,
        cwd="/",
        env={"PATH": os.environ["PATH"]},
        check=False,
    )
    assert found.returncode == 0 and "coalition" in found.stdout, found.stderr
