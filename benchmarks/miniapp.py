"""The Mini App, measured with the bot as its own process against the fake Bot API:

1. opening the page in headless Chromium (Debian's) until the first results show, with 2,000
   listings: median of 10 opens, and the bytes of the first open without Telegram's script;
2. the API's search (HTTP, initData checked, the same search as /zoek) at 50,000 listings,
   p50/p95, beside the storage search of /zoek (`partner_search.find` on the same file) in
   the same run;
3. the bot's idle memory with and without the web server.

Run: python -m benchmarks.miniapp [--listings 50000] [--queries 300]
"""

import argparse
import asyncio
import random
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

import aiohttp
from playwright.async_api import Response, async_playwright

from benchmarks.search import percentile, queries
from benchmarks.spawn import FIRST_MEMBER, memory_mib, prepare_coalition, spawn, stop
from storage.db import Database
from tests.browser import CHROMIUM, open_in_telegram
from tests.fake_telegram import FakeTelegram
from tests.harness import FakeClock
from tests.miniapp import MINIAPP_URL, free_port, sign_init_data


def init_data(fake: FakeTelegram, user_id: int) -> tuple[str, dict[str, Any]]:
    user = {"id": user_id, "first_name": f"Lid {user_id}", "language_code": "nl"}
    return sign_init_data(fake.token, user, int(time.time())), user


async def start(fake: FakeTelegram, database: Path, web: bool) -> tuple[Any, int]:
    port = free_port()
    env = {"WEB_LISTEN": "127.0.0.1", "WEB_PORT": str(port)}
    if web:
        env["MINIAPP_URL"] = MINIAPP_URL
    seen = len(fake.calls)
    process = await spawn(fake, database, env=env, log=database.parent / "bot.log")
    await fake.wait_until(
        lambda: any(c.method == "getupdates" for c in fake.calls[seen:]), within=60
    )
    return process, port


async def page_opens(fake: FakeTelegram, port: int, opens: int) -> tuple[list[float], int]:
    """Seconds from navigation to the first result on screen; bytes of the first open."""
    times: list[float] = []
    first_bytes = 0
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        for number in range(opens):
            signed, _ = init_data(fake, FIRST_MEMBER + number)
            answers: list[Response] = []
            started = time.perf_counter()
            page = await open_in_telegram(
                browser, f"http://127.0.0.1:{port}/", signed, answers=answers
            )
            await page.wait_for_selector("#results li")
            times.append(time.perf_counter() - started)
            if number == 0:
                mine = [a for a in answers if not a.url.startswith("https://telegram.org")]
                first_bytes = sum([len(await a.body()) for a in mine])
            await page.close()
        await browser.close()
    return times, first_bytes


async def api_searches(
    fake: FakeTelegram, port: int, texts: list[str], first_member: int = FIRST_MEMBER
) -> list[float]:
    """One query per member (each has their own request limit), one after the other."""
    took = []
    async with aiohttp.ClientSession() as http:
        for number, text in enumerate(texts):
            signed, _ = init_data(fake, first_member + number)
            started = time.perf_counter()
            async with http.get(
                f"http://127.0.0.1:{port}/api/search",
                params={"q": text},
                headers={"X-Telegram-Init-Data": signed},
            ) as response:
                assert response.status == 200, await response.text()
                await response.read()
            took.append(time.perf_counter() - started)
    return took


async def storage_searches(database: Path, coalition_id: int, texts: list[str]) -> list[float]:
    db = await Database.open(database, FakeClock())
    took = []
    try:
        await db.partner_search.find((coalition_id,), "warm up")
        for text in texts:
            started = time.perf_counter()
            await db.partner_search.find((coalition_id,), text)
            took.append(time.perf_counter() - started)
    finally:
        await db.close()
    return took


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--listings", type=int, default=50_000)
    parser.add_argument("--queries", type=int, default=300)
    parser.add_argument("--opens", type=int, default=10)
    args = parser.parse_args()
    fake = FakeTelegram()
    fake.rate_limits = False
    await fake.start()
    try:
        with tempfile.TemporaryDirectory() as workdir:
            small = Path(workdir) / "small" / "bot.sqlite3"
            small.parent.mkdir()
            await prepare_coalition(small, members=max(args.opens, 20), directory=2_000)
            process, port = await start(fake, small, web=True)
            try:
                times, first_bytes = await page_opens(fake, port, args.opens)
                await asyncio.sleep(2)
                with_web = memory_mib(process.pid)
            finally:
                await stop(process)
            process, _ = await start(fake, small, web=False)
            try:
                await asyncio.sleep(2)
                without_web = memory_mib(process.pid)
            finally:
                await stop(process)
            print(
                f"page open to first results, 2,000 listings, median of {len(times)}:"
                f" {ms(statistics.median(times))} (min {ms(min(times))}, max {ms(max(times))})"
            )
            print(f"bytes of the first open without Telegram's script: {first_bytes:,}")
            print(
                f"bot idle memory (VmRSS): {with_web:.1f} MiB with the web server,"
                f" {without_web:.1f} MiB without ({with_web - without_web:+.1f} MiB)"
            )

            large = Path(workdir) / "large" / "bot.sqlite3"
            large.parent.mkdir()
            coalition_id = await prepare_coalition(
                large, members=2 * args.queries, directory=args.listings
            )
            texts = queries(args.queries, random.Random(1000))
            await storage_searches(large, coalition_id, texts)  # warms the file's pages
            stored = await storage_searches(large, coalition_id, texts)
            process, port = await start(fake, large, web=True)
            try:
                # The first pass after a start finds SQLite's pages cold; the second is the
                # steady state (other members, so no one meets the request limit).
                cold = await api_searches(fake, port, texts, FIRST_MEMBER + args.queries)
                over_http = await api_searches(fake, port, texts)
            finally:
                await stop(process)
            print(f"search at {args.listings:,} listings, {len(texts)} queries:")
            print(
                f"  Mini App API, first pass after start:  p50 {ms(percentile(cold, 0.5))},"
                f" p95 {ms(percentile(cold, 0.95))}"
            )
            print(
                f"  Mini App API (HTTP, initData, JSON): p50 {ms(percentile(over_http, 0.5))},"
                f" p95 {ms(percentile(over_http, 0.95))}"
            )
            print(
                f"  /zoek's storage search (baseline):   p50 {ms(percentile(stored, 0.5))},"
                f" p95 {ms(percentile(stored, 0.95))}"
            )
            ratio = percentile(over_http, 0.95) / percentile(stored, 0.95)
            print(f"  p95 ratio API / storage search: {ratio:.2f}x")
    finally:
        await fake.stop()


if __name__ == "__main__":
    asyncio.run(main())
