"""The coordinators' dashboard, measured with the bot as its own process against the fake
Bot API, on a coalition of every Dutch municipality (342) with 5,000 listings, two years of
weekly drop-ins with feedback, a year of "Ik doe mee", 52 introduction rounds, 52
announcements and 3,000 lines of audit trail:

1. in headless Chromium (Debian's): from opening the page to the dashboard's first section on
   screen (Beheer: the registrations waiting and the stale listings), and to the reports'
   charts drawn; median of 5 each;
2. every dashboard endpoint over HTTP (initData checked), p50 and p95 of 60 requests each,
   beside /api/me (the same HTTP and initData check, no work) in the same run;
3. the coverage table for 342 municipalities x the vocabulary's roles: the pure rule alone,
   and the whole endpoint;
4. axe-core (WCAG 2.0/2.1 A and AA) on each section of the dashboard at this size, in
   Telegram's light theme: the violations per section (the browser tests check every screen
   in four themes and three languages on a small coalition).

Run: python -m benchmarks.dashboard [--requests 60] [--opens 5]
"""

import argparse
import asyncio
import random
import statistics
import tempfile
import time
from collections.abc import Awaitable, Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import aiohttp
from playwright.async_api import async_playwright

from benchmarks.miniapp import ms, start
from benchmarks.search import listings, percentile
from benchmarks.spawn import stop
from rules.clock import to_iso
from rules.coverage import network_coverage
from rules.municipalities import gazetteer
from storage.db import Database
from tests.browser import CHROMIUM, axe_violations, open_in_telegram
from tests.fake_telegram import FakeTelegram
from tests.harness import FakeClock
from tests.miniapp import sign_init_data

COORDINATORS = 1_000  # each has their own request limit (10 in any 2 s): one request each
FIRST_COORDINATOR = 5_000_000
LISTINGS = 5_000


async def prepare(database: Path) -> int:
    """The coalition described above; returns its id."""
    now = datetime.now(UTC)
    rng = random.Random(22)
    places = sorted(gazetteer().official.values())
    db = await Database.open(database, FakeClock(now))
    try:
        coalition = await db.coalitions.add(
            slug="nl", name="Heel Nederland", municipalities=places, timezone="Europe/Amsterdam"
        )
        # (numbers a coordinator's edit accepts: not every random 06 number is a valid one)
        made = [
            replace(
                row,
                municipality=rng.choice(places),
                phone=f"+31612{rng.randrange(100_000, 999_999)}",
            )
            for row in listings(LISTINGS, random.Random(11))
        ]
        await db.partner_import.import_rows(coalition.id, made, added_by=None)
        people = [(FIRST_COORDINATOR + n, f"Coördinator {n}") for n in range(COORDINATORS)]
        iso = to_iso(now)
        async with db.transaction() as conn:
            await conn.executemany(
                "INSERT INTO people (user_id, first_name, language_code, first_seen_at,"
                " last_seen_at) VALUES (?, ?, 'nl', ?, ?)",
                [(i, name, iso, iso) for i, name in people],
            )
            await conn.executemany(
                "INSERT INTO members (coalition_id, user_id, role, joined_at)"
                " VALUES (?, ?, 'coordinator', ?)",
                [(coalition.id, i, iso) for i, _ in people],
            )
            # 30 registrations waiting, 200 listings not checked for over a year.
            await conn.execute(
                "UPDATE partners SET status = 'pending', source = 'self' WHERE id IN"
                " (SELECT id FROM partners ORDER BY id LIMIT 30)"
            )
            await conn.execute(
                "UPDATE partners SET last_checked_at = ? WHERE id IN"
                " (SELECT id FROM partners ORDER BY id DESC LIMIT 200)",
                (to_iso(now - timedelta(days=400)),),
            )
            # Two years of weekly drop-ins, 12 answers each (half with a comment).
            for week in range(104):
                held = (now - timedelta(weeks=week + 1)).date()
                cursor = await conn.execute(
                    "INSERT INTO feedback_sessions (coalition_id, kind, occurrence, title,"
                    " held_on, code, question, opens_at, closes_at, invited, created_at)"
                    " VALUES (?, 'dropin', ?, 'Inloop', ?, ?, 'Hoe was het?', ?, ?, 20, ?)",
                    (
                        coalition.id,
                        held.isoformat(),
                        held.isoformat(),
                        f"bench{week}",
                        iso,
                        iso,
                        iso,
                    ),
                )
                await conn.executemany(
                    "INSERT INTO feedback_responses (session_id, respondent, rating, comment,"
                    " answered_at, first_answered_at) VALUES (?, ?, ?, ?, ?, ?)",
                    [
                        (
                            cursor.lastrowid,
                            f"r{n}",
                            rng.randint(2, 5),
                            f"Opmerking {n}" if n % 2 else None,
                            iso,
                            iso,
                        )
                        for n in range(12)
                    ],
                )
                if week < 52:
                    await conn.executemany(
                        "INSERT INTO dropin_rsvps (coalition_id, occurrence, user_id, at)"
                        " VALUES (?, ?, ?, ?)",
                        [
                            (coalition.id, held.isoformat(), FIRST_COORDINATOR + n, iso)
                            for n in range(rng.randint(5, 30))
                        ],
                    )
                    rounds = await conn.execute(
                        "INSERT INTO introduction_rounds (coalition_id, due_at, planned_at)"
                        " VALUES (?, ?, ?)",
                        (coalition.id, to_iso(now - timedelta(weeks=week + 1)), iso),
                    )
                    for number in range(10):
                        made_one = await conn.execute(
                            "INSERT INTO introductions (round_id, cross_domain, municipality)"
                            " VALUES (?, ?, ?)",
                            (rounds.lastrowid, number % 2, rng.choice(list(gazetteer().official))),
                        )
                        await conn.executemany(
                            "INSERT INTO introduction_members (introduction_id, user_id, status,"
                            " met, updated_at) VALUES (?, ?, 'sent', ?, ?)",
                            [
                                (
                                    made_one.lastrowid,
                                    FIRST_COORDINATOR + n,
                                    rng.choice(("yes", "no", None)),
                                    iso,
                                )
                                for n in (0, 1)
                            ],
                        )
                    sent = await conn.execute(
                        "INSERT INTO announcements (created_by, coalition_ids, audience,"
                        " with_groups, parts, status, created_at, finished_at)"
                        " VALUES (?, ?, 'all', 0, '[\"Nieuws\"]', 'done', ?, ?)",
                        (FIRST_COORDINATOR, f"[{coalition.id}]", iso, iso),
                    )
                    await conn.executemany(
                        "INSERT INTO announcement_deliveries (announcement_id, chat_id, status,"
                        " updated_at) VALUES (?, ?, ?, ?)",
                        [
                            (
                                sent.lastrowid,
                                FIRST_COORDINATOR + n,
                                "sent" if n % 9 else "unreachable",
                                iso,
                            )
                            for n in range(100)
                        ],
                    )
            await conn.executemany(
                "INSERT INTO audit_log (coalition_id, actor_id, action, subject, detail, at)"
                " VALUES (?, ?, 'checked', 'Een vermelding (Verloskundige, Venlo)', '', ?)",
                [(coalition.id, FIRST_COORDINATOR + n % COORDINATORS, iso) for n in range(3000)],
            )
        return coalition.id
    finally:
        await db.close()


def signed_for(fake: FakeTelegram, number: int) -> tuple[str, dict[str, Any]]:
    user = {
        "id": FIRST_COORDINATOR + number % COORDINATORS,
        "first_name": "Coby",
        "language_code": "nl",
    }
    return sign_init_data(fake.token, user, int(time.time())), user


async def page_times(fake: FakeTelegram, port: int, opens: int) -> tuple[list[float], list[float]]:
    """Seconds from navigation to the dashboard's first section, and to the charts drawn."""
    first, charts = [], []
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        for number in range(opens):
            signed, _ = signed_for(fake, number)
            started = time.perf_counter()
            page = await open_in_telegram(browser, f"http://127.0.0.1:{port}/", signed)
            await page.get_by_role("tab", name="Beheer").click()
            await page.get_by_role("heading", name="Aanmeldingen die wachten (30)").wait_for()
            first.append(time.perf_counter() - started)
            started = time.perf_counter()
            await page.get_by_role("button", name="Rapportage").click()
            await page.locator("#chart-feedback svg").wait_for()
            charts.append(time.perf_counter() - started)
            await page.close()
        await browser.close()
    return first, charts


SECTIONS = ("Te doen", "Gids beheren", "CSV", "Dekking", "Rapportage", "Stand van zaken", "Logboek")


async def axe_counts(fake: FakeTelegram, port: int) -> dict[str, int]:
    """axe-core's violations (elements at fault) per dashboard section, at full size."""
    counts = {}
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        signed, _ = signed_for(fake, 0)
        page = await open_in_telegram(browser, f"http://127.0.0.1:{port}/", signed, axe=True)
        await page.get_by_role("tab", name="Beheer").click()
        for section in SECTIONS:
            await page.get_by_role("button", name=section, exact=True).click()
            await page.wait_for_function(
                "() => document.querySelector('#dashboard-content[aria-busy=false]')"
            )
            counts[section] = len(await axe_violations(page))
        await browser.close()
    return counts


async def timed(requests: int, ask: Callable[[int], Awaitable[int]], first: int = 0) -> list[float]:
    """One request after the other, each from another coordinator (from `first` on)."""
    took = []
    for number in range(first, first + requests):
        started = time.perf_counter()
        status = await ask(number)
        assert status == 200, status
        took.append(time.perf_counter() - started)
    return took


async def endpoint_times(
    fake: FakeTelegram, port: int, coalition_id: int, requests: int
) -> dict[str, list[float]]:
    base = f"http://127.0.0.1:{port}"
    found: dict[str, list[float]] = {}
    async with aiohttp.ClientSession() as http:

        def getter(path: str) -> Callable[[int], Awaitable[int]]:
            async def ask(number: int) -> int:
                signed, _ = signed_for(fake, number)
                headers = {"X-Telegram-Init-Data": signed}
                async with http.get(base + path, headers=headers) as response:
                    await response.read()
                    return response.status

            return ask

        async def edit(number: int) -> int:
            signed, _ = signed_for(fake, number)
            headers = {"X-Telegram-Init-Data": signed}
            listed = base + "/api/manage/listings?status=listed"
            async with http.get(listed, headers=headers) as got:
                listing = (await got.json())["results"][number % 40]
            body = {
                "partnerId": listing["id"],
                "version": listing["version"],
                "values": {**listing["values"], "keywords": f"benchmark {number}"},
            }
            started = time.perf_counter()
            async with http.post(base + "/api/manage/edit", json=body, headers=headers) as answer:
                said = await answer.read()
                assert answer.status == 200, said.decode()
                edit_only.append(time.perf_counter() - started)
                return answer.status

        edit_only: list[float] = []
        paths = {
            "/api/me (baseline: HTTP and initData only)": "/api/me",
            "/api/coverage": "/api/coverage",
            "/api/pending": "/api/pending",
            "/api/stale": "/api/stale",
            "/api/manage/listings?q=venlo": "/api/manage/listings?q=venlo",
            "/api/reports": f"/api/reports?coalitionId={coalition_id}",
            "/api/reports/csv (feedback)": (
                f"/api/reports/csv?chart=feedback&coalitionId={coalition_id}"
            ),
            "/api/audit": "/api/audit",
        }
        for offset, (name, path) in enumerate(paths.items()):
            await getter(path)(offset)  # warm
            found[name] = await timed(requests, getter(path), offset * requests + 10)
        await timed(requests, edit, len(paths) * requests + 10)
        found["POST /api/manage/edit"] = edit_only
    return found


async def coverage_rule_time(database: Path, coalition_id: int) -> tuple[float, int, int]:
    db = await Database.open(database, FakeClock())
    try:
        coalition = await db.coalitions.get(coalition_id)
        assert coalition is not None
        counts = await db.partner_search.coverage_counts(coalition_id)
        took = []
        for _ in range(20):
            started = time.perf_counter()
            covered = network_coverage(coalition.municipalities, counts)
            took.append(time.perf_counter() - started)
        return statistics.median(took), len(covered.municipalities), len(covered.roles)
    finally:
        await db.close()


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--requests", type=int, default=60)
    parser.add_argument("--opens", type=int, default=5)
    args = parser.parse_args()
    fake = FakeTelegram()
    fake.rate_limits = False
    await fake.start()
    try:
        with tempfile.TemporaryDirectory() as workdir:
            database = Path(workdir) / "bot.sqlite3"
            coalition_id = await prepare(database)
            rule, places, roles = await coverage_rule_time(database, coalition_id)
            process, port = await start(fake, database, web=True)
            try:
                first, charts = await page_times(fake, port, args.opens)
                times = await endpoint_times(fake, port, coalition_id, args.requests)
                axe = await axe_counts(fake, port)
            finally:
                await stop(process)
    finally:
        await fake.stop()
    print(
        f"{LISTINGS:,} listings in {places} municipalities; 104 weekly drop-ins with"
        " feedback, 52 introduction rounds, 52 announcements, 3,000 audit lines"
    )
    spread = f"(min {ms(min(first))}, max {ms(max(first))})"
    print(
        f"dashboard first section on screen, median of {len(first)}:"
        f" {ms(statistics.median(first))} {spread}"
    )
    print(
        f"reports' charts drawn after the click, median of {len(charts)}:"
        f" {ms(statistics.median(charts))} (max {ms(max(charts))})"
    )
    print(f"coverage rule alone, {places} municipalities x {roles} roles: {ms(rule)}")
    baseline = percentile(next(iter(times.values())), 0.95)
    print(f"dashboard API, {args.requests} requests each: p50, p95, p95 / baseline")
    for name, took in times.items():
        p95 = percentile(took, 0.95)
        p50 = ms(percentile(took, 0.5))
        print(f"  {name:48} {p50:>9} {ms(p95):>9} {p95 / baseline:6.1f}x")
    found = ", ".join(f"{section} {count}" for section, count in axe.items())
    print(f"axe-core, WCAG 2.1 A/AA rules that fail, per section: {found}")


if __name__ == "__main__":
    asyncio.run(main())
