"""Feedback under load: 500 attendees answer one event session through the fake Bot API.

Each attendee taps a rating under the question; the bot stores the answer and edits the
message (its reply). Two runs: the taps spread over a minute (as after a conference), and
all at once (what the bot can take). Prints answers stored per second and the p50/p95 time
from the tap to the bot's reply. Run: python -m benchmarks.feedback [--attendees N]
"""

import argparse
import asyncio
import logging
import random
import statistics
import tempfile
import time
from datetime import timedelta
from pathlib import Path

from rules.feedback import rating_data
from tests.fake_telegram import FakeTelegram, Sent
from tests.harness import FakeClock, start_bot


async def one_run(attendees: int, spread_seconds: float) -> tuple[float, float, float, int]:
    fake = FakeTelegram()
    await fake.start()
    with tempfile.TemporaryDirectory() as workdir:
        clock = FakeClock()
        bot = await start_bot(fake, Path(workdir) / "bot.sqlite3", clock=clock)
        try:
            coalition = await bot.db.coalitions.add(
                slug="regio", name="Regio", municipalities=[], timezone="Europe/Amsterdam"
            )
            now = clock.now()
            session = await bot.db.feedback.create(
                coalition.id,
                "event",
                "Regiodag",
                now.date(),
                "Hoe waardevol?",
                now,
                now + timedelta(days=7),
            )
            questions = []
            for n in range(attendees):
                user = fake.user(f"Deelnemer {n}")
                question = Sent(
                    "sendmessage", user.id, 500_000 + n, "Hoe waardevol?", "Hoe waardevol?", {}
                )
                fake.sent.append(question)
                questions.append((user, question))
            rng = random.Random(5)
            moments = sorted(rng.uniform(0, spread_seconds) for _ in questions)
            pressed: dict[int, float] = {}
            started = time.monotonic()
            for (user, question), moment in zip(questions, moments, strict=True):
                delay = started + moment - time.monotonic()
                if delay > 0:
                    await asyncio.sleep(delay)
                pressed[user.id] = time.monotonic()
                await fake.press_button(user, question, rating_data(session.id, rng.randint(1, 5)))

            def replied() -> dict[int, float]:
                """When the bot edited each attendee's question (its reply to the tap)."""
                found: dict[int, float] = {}
                for call in fake.calls:
                    if call.method == "editmessagetext" and call.error is None:
                        found.setdefault(int(call.params["chat_id"]), call.at)
                return found

            await fake.wait_until(lambda: len(replied()) >= attendees, within=600)
            replies = replied()
            stored = len(await bot.db.feedback.responses(session.id))
        finally:
            await bot.stop()
            await fake.stop()
    waits = sorted(replies[user_id] - pressed[user_id] for user_id in pressed)
    elapsed = max(replies.values()) - started
    p95 = waits[int(0.95 * (len(waits) - 1))]
    return stored / elapsed, statistics.median(waits), p95, stored


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--attendees", type=int, default=500)
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    for label, spread in (("spread over 60 s", 60.0), ("all at once", 0.0)):
        rate, p50, p95, stored = await one_run(args.attendees, spread)
        print(
            f"{label}: {stored} answers stored, {rate:.1f} answers/s,"
            f" tap → reply p50 {1000 * p50:.0f} ms, p95 {1000 * p95:.0f} ms"
        )


if __name__ == "__main__":
    asyncio.run(main())
