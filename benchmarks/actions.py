"""The action agenda at a large coalition's size, with the bot as its own process against the
fake Bot API with Telegram's limits on: 40 workgroups, 2,000 actions owned by 1,000 members
(two each), five years of monthly updates (120,000), 300 listings.

1. The status round: started by the bot itself soon after its start (the month's round has
   opened), asking every owner of an open action at SEND_RATE=25 in the bulk lane while 20
   members look up (two lookups a second): the asks' rate against SEND_RATE, 429 answers,
   and the members' waits (p50, p95).
2. The agenda's API over HTTP (initData checked), p50 and p95 of 60 requests each, beside
   /api/me (the same HTTP and check, no work) in the same run.
3. The stand van zaken as a PDF (rules/actions_document.stand_pdf in the worker process):
   the first (the worker starting and importing fpdf2 and matplotlib) and the next ones.

Run: python -m benchmarks.actions [--owners 1000] [--requests 60]
"""

import argparse
import asyncio
import random
import statistics
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import aiohttp

from benchmarks.broadcast import ASKERS, normal_use
from benchmarks.miniapp import init_data, ms
from benchmarks.search import percentile
from benchmarks.spawn import COORDINATOR, FIRST_MEMBER, add_users, prepare_coalition, spawn, stop
from handlers.actions.view import stand_labels
from rules.actions import ActionStatus, stand_van_zaken
from rules.actions_document import StandDocument, done_per_month, stand_pdf
from rules.clock import to_iso
from rules.texts import Texts
from rules.worker_process import run_in_worker_process
from storage.db import Database
from tests.fake_telegram import FakeTelegram
from tests.harness import FakeClock
from tests.kit.process import polling
from tests.miniapp import MINIAPP_URL, free_port

WORKGROUPS = 40
ACTIONS_PER_OWNER = 2
YEARS = 5
SEND_RATE = 25
ASK_TEXT = "Hoe staat het met je actie?"
STATUSES = [s.value for s in ActionStatus]


async def prepare(database: Path, owners: int) -> int:
    """The coalition, its workgroups, actions and five years of updates; written with plain
    inserts (the repository's one-by-one writes would take minutes here)."""
    coalition_id = await prepare_coalition(database, owners, directory=300)
    db = await Database.open(database, FakeClock())
    try:
        conn = db.connection
        started = datetime.now(UTC) - timedelta(days=365 * YEARS)
        await conn.executemany(
            "INSERT INTO workgroups (coalition_id, name, goal, lead_id, created_at)"
            " VALUES (?, ?, ?, ?, ?)",
            [
                (coalition_id, f"Werkgroep {n}", "Een doel", FIRST_MEMBER + n, to_iso(started))
                for n in range(WORKGROUPS)
            ],
        )
        chance = random.Random(35)
        actions, owners_rows, updates = [], [], []
        action_id = 0
        for owner in range(owners):
            for _ in range(ACTIONS_PER_OWNER):
                action_id += 1
                status = "in_progress" if action_id % 3 else chance.choice(STATUSES)
                due = (date.today() + timedelta(days=chance.randint(-60, 300))).isoformat()
                actions.append(
                    (
                        action_id,
                        coalition_id,
                        chance.randint(1, WORKGROUPS),
                        f"Actie {action_id}: {chance.choice(['pilot', 'netwerk', 'folder'])}",
                        status,
                        due,
                        FIRST_MEMBER + owner,
                        to_iso(started),
                        to_iso(started + timedelta(days=chance.randint(0, 365 * YEARS - 40))),
                    )
                )
                owners_rows.append((action_id, FIRST_MEMBER + owner))
                for month in range(0, 12 * YEARS, 2):
                    updates.append(
                        (
                            action_id,
                            FIRST_MEMBER + owner,
                            "in_progress",
                            f"Stap {month}: het loopt",
                            to_iso(started + timedelta(days=30 * month)),
                        )
                    )
        await conn.executemany(
            "INSERT INTO actions (id, coalition_id, workgroup_id, title, status, due_on,"
            " proposed_by, created_at, changed_at, news)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'Het loopt volgens plan')",
            actions,
        )
        await conn.executemany(
            "INSERT INTO action_owners (action_id, user_id) VALUES (?, ?)", owners_rows
        )
        await conn.executemany(
            "INSERT INTO action_updates (action_id, user_id, status, text, at)"
            " VALUES (?, ?, ?, ?, ?)",
            updates,
        )
        await conn.commit()
        return coalition_id
    finally:
        await db.close()


def asks(fake: FakeTelegram) -> list[float]:
    return sorted(
        c.at
        for c in fake.calls
        if c.method == "sendmessage" and c.error is None and ASK_TEXT in str(c.params.get("text"))
    )


async def api_times(
    fake: FakeTelegram, port: int, requests: int, coalition_id: int
) -> dict[str, list[float]]:
    base = f"http://127.0.0.1:{port}"
    paths = {
        "/api/me (baseline: HTTP and initData only)": "/api/me",
        "/api/actions (open, all workgroups)": "/api/actions?status=open",
        "/api/actions (one workgroup, overdue)": "/api/actions?workgroup=7&overdue=1",
        "/api/actions/history": "/api/actions/history?actionId=17",
        "/api/workgroups": "/api/workgroups",
        "/api/actions/stand (coordinator)": f"/api/actions/stand?coalitionId={coalition_id}",
    }
    times: dict[str, list[float]] = {}
    async with aiohttp.ClientSession() as http:
        for name, path in paths.items():
            took = []
            for number in range(requests):
                user = COORDINATOR if "stand" in path else FIRST_MEMBER + number % 50
                signed, _ = init_data(fake, user)
                began = time.perf_counter()
                async with http.get(
                    base + path, headers={"X-Telegram-Init-Data": signed}
                ) as answer:
                    await answer.read()
                    assert answer.status == 200, (path, answer.status)
                took.append(time.perf_counter() - began)
                await asyncio.sleep(0.3)  # within each person's request limit
            times[name] = took
    return times


async def pdf_times(database: Path, coalition_id: int, runs: int = 4) -> list[float]:
    db = await Database.open(database, FakeClock())
    try:
        every = await db.actions.of_coalition(coalition_id)
    finally:
        await db.close()
    today = date.today()
    since = today - timedelta(days=90)
    facts = [a.facts() for a in every]
    took = []
    for _ in range(runs):
        began = time.perf_counter()
        stand = stand_van_zaken(facts, since, today)
        labels = stand_labels(Texts().bound("nl"), since, today)
        document = StandDocument("Regio", stand, today, labels, done_per_month(facts, today))
        pdf = await run_in_worker_process(stand_pdf, document)
        took.append(time.perf_counter() - began)
        assert pdf.startswith(b"%PDF")
    return took


async def run(owners: int, requests: int) -> None:
    fake = FakeTelegram()
    await fake.start()
    members = add_users(fake, FIRST_MEMBER, owners)
    waits: list[float] = []
    done = asyncio.Event()
    with tempfile.TemporaryDirectory() as workdir:
        database = Path(workdir) / "bot.sqlite3"
        coalition_id = await prepare(database, owners)
        port = free_port()
        env = {
            "SEND_RATE": str(SEND_RATE),
            "MINIAPP_URL": MINIAPP_URL,
            "WEB_LISTEN": "127.0.0.1",
            "WEB_PORT": str(port),
        }
        process = await spawn(fake, database, env=env, log=Path(workdir) / "bot.log")
        try:
            await polling(fake)
            use = asyncio.create_task(normal_use(fake, members[:ASKERS], waits, done, ASK_TEXT))
            await fake.wait_until(lambda: len(asks(fake)) >= 1, within=120)
            last = -1
            while len(asks(fake)) != last:  # until the round has gone out
                last = len(asks(fake))
                await asyncio.sleep(3)
            done.set()
            await use
            sent = asks(fake)
            refused = len(fake.flood_refusals())
            times = await api_times(fake, port, requests, coalition_id)
        finally:
            await stop(process)
            await fake.stop()
        pdfs = await pdf_times(database, coalition_id)
    rate = (len(sent) - 1) / (sent[-1] - sent[0]) if len(sent) > 1 else 0.0
    waits.sort()
    print(
        f"{owners:,} owners, {owners * ACTIONS_PER_OWNER:,} actions in {WORKGROUPS} workgroups,"
        f" {owners * ACTIONS_PER_OWNER * 6 * YEARS:,} updates over {YEARS} years"
    )
    print(
        f"status round: {len(sent):,} owners asked (owners of open actions made before the"
        f" round opened; {owners * ACTIONS_PER_OWNER:,} actions in all),"
        f" {rate:.1f} a second = {100 * rate / SEND_RATE:.1f} % of SEND_RATE {SEND_RATE};"
        f" 429 answers: {refused}"
    )
    if waits:
        print(
            f"  {len(waits)} lookups meanwhile: wait p50 {ms(statistics.median(waits))},"
            f" p95 {ms(waits[int(0.95 * (len(waits) - 1))])}, max {ms(waits[-1])}"
        )
    baseline = percentile(next(iter(times.values())), 0.95)
    print(f"agenda API, {requests} requests each: p50, p95, p95 / baseline")
    for name, took in times.items():
        p95 = percentile(took, 0.95)
        print(f"  {name:44} {ms(percentile(took, 0.5)):>9} {ms(p95):>9} {p95 / baseline:6.1f}x")
    print(
        f"stand van zaken as a PDF: first {ms(pdfs[0])} (the worker starting),"
        f" then {', '.join(ms(t) for t in pdfs[1:])}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--owners", type=int, default=1000)
    parser.add_argument("--requests", type=int, default=60)
    args = parser.parse_args()
    asyncio.run(run(args.owners, args.requests))


if __name__ == "__main__":
    main()
