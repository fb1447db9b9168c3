"""A storm never delays a quiet person. The bot runs as its own process (`python -m bot`,
default settings) against the fake Bot API with Telegram's limits on.

Each run: 2,000 odd updates from 43 people arrive at once (texts in odd scripts, commands
with junk, forged buttons, documents, inline queries, edits, channel posts); right after,
a member outside the storm sends /help, and once that is answered, /zoek. Printed over 5
runs (43 other people each time): their waits (their message -> the bot's reply reaching the
Bot API) p50 and max, beside the same member's /help and /zoek on the idle bot in the same
run (the baseline), and the time until the whole storm was handled (the last message the
bot sent for it).
Run: python -m benchmarks.storm [--runs 5]
"""

import argparse
import asyncio
import statistics
import tempfile
import time
from pathlib import Path

from benchmarks.fairness import replies_to
from benchmarks.spawn import FIRST_MEMBER, add_users, polling, prepare_coalition, spawn, stop
from tests.fake_telegram import FakeTelegram, Sent, User

PEOPLE = 43
UPDATES = 2_000
STORM_FIRST = 7_000_000
CHINESE = "\u4f60\u597d\uff0c\u8bf7\u95ee\u4f60\u662f\u8c01\uff1f"  # with full-width marks
ODD_TEXTS = (
    "Ẓ̴̢͔̿ä̷l̶g̸o̵ ̶t̷e̶x̷t̵",
    "مرحبا، من أنت؟",
    CHINESE,
    "🙂🙃" * 40,
    "\u202e!dlrow olleh",
    "ᚠᚢᚦᚨᚱᚲ ᚷᚹᚺ",
    "x" * 4000,
)
JUNK_COMMANDS = (
    "/zoek \u0000\u0001 ../../etc/passwd",
    "/start join_' OR 1=1 --",
    "/help@iemand_anders_bot",
    "/inloop " + "🙂" * 100,
    "/aanmelden%00",
    "/rapport <script>",
    "/onbekend",
)


async def storm(fake: FakeTelegram, people: list[User]) -> float:
    """Pushes the storm at once; returns when it started."""
    started = time.monotonic()
    channel = fake.group("Een kanaal")
    for number in range(UPDATES):
        user = people[number % len(people)]
        kind = number % 8
        if kind in (0, 1):
            await fake.send_text(user, ODD_TEXTS[number % len(ODD_TEXTS)])
        elif kind in (2, 3):
            await fake.send_text(user, JUNK_COMMANDS[number % len(JUNK_COMMANDS)])
        elif kind == 4:
            forged = Sent("sendmessage", user.id, 800_000 + number, "oud", "oud", {})
            fake.sent.append(forged)
            await fake.press_button(user, forged, f"zz:{number}:{'x' * (number % 40)}")
        elif kind == 5:
            await fake.send_document(
                user,
                f"bijlage{number}.exe",
                b"MZ" + b"\0" * 64,
                mime_type="application/octet-stream",
            )
        elif kind == 6:
            await fake.inline_query(user, ODD_TEXTS[number % len(ODD_TEXTS)][:64])
        else:
            message = await fake.send_text(user, "eerst dit")
            fake._push("edited_message", {**message, "text": "toch dat", "edit_date": 1})
            fake._push(
                "channel_post",
                {
                    "message_id": number,
                    "date": 1,
                    "chat": {**channel.as_json(), "type": "channel"},
                    "text": "kanaalbericht",
                },
            )
    return started


async def ask(fake: FakeTelegram, member: User, text: str, pause: bool = True) -> float:
    """Seconds from the member's message to the bot's reply reaching the Bot API. After a
    pause: a private chat gets about one message a second, and that is not what we measure."""
    if pause:
        await asyncio.sleep(1.1)
    asked = time.monotonic()
    await fake.send_text(member, text)
    await fake.wait_until(lambda: replies_to(fake, member.id, asked), within=300)
    return replies_to(fake, member.id, asked)[0].at - asked


async def quiet_after(fake: FakeTelegram, people: list[User], seconds: float = 3.0) -> float:
    """When the bot sent its last message to the storm's people (after `seconds` of quiet)."""
    ids = {str(p.id) for p in people}

    def last() -> float:
        return max(
            (
                c.at
                for c in fake.calls
                if str(c.params.get("chat_id")) in ids
                or str(c.params.get("inline_query_id", "")).startswith("iq-")
            ),
            default=0.0,
        )

    while True:
        seen = last()
        await asyncio.sleep(seconds)
        if last() == seen and fake.all_updates_fetched():
            return seen


async def run(runs: int, log: Path) -> None:
    fake = FakeTelegram()
    await fake.start()
    member = add_users(fake, FIRST_MEMBER, 1)[0]
    with tempfile.TemporaryDirectory() as workdir:
        database = Path(workdir) / "bot.sqlite3"
        await prepare_coalition(database, 10, directory=500)
        process = await spawn(fake, database, log=log)
        try:
            await polling(fake)
            idle_help = [await ask(fake, member, "/help") for _ in range(3)]
            idle_zoek = [await ask(fake, member, "/zoek vk venlo") for _ in range(3)]
            helps, lookups, handled = [], [], []
            for number in range(runs):
                people = add_users(fake, STORM_FIRST + 1000 * number, PEOPLE, "Storm")
                started = await storm(fake, people)
                helps.append(await ask(fake, member, "/help", pause=False))  # right after
                lookups.append(await ask(fake, member, "/zoek vk venlo"))
                handled.append(await quiet_after(fake, people) - started)
                await asyncio.sleep(1)
        finally:
            await stop(process)
            await fake.stop()
    print(f"{UPDATES:,} odd updates from {PEOPLE} people at once, {runs} runs:")
    for label, idle, loaded in (("/help", idle_help, helps), ("/zoek", idle_zoek, lookups)):
        idle_p50 = statistics.median(idle)
        print(
            f"  quiet member's {label}: p50 {statistics.median(loaded):.2f} s, max"
            f" {max(loaded):.2f} s (idle bot, same run: p50 {idle_p50:.3f} s)"
        )
    print(
        f"  whole storm handled in: p50 {statistics.median(handled):.1f} s,"
        f" max {max(handled):.1f} s"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--log", type=lambda p: Path(p).resolve(), default=Path("storm-bot.log").resolve()
    )
    args = parser.parse_args()
    asyncio.run(run(args.runs, args.log))


if __name__ == "__main__":
    main()
