"""A storm never delays a quiet person. The bot runs as its own process (`python -m bot`,
default settings) against the fake Bot API with Telegram's limits on, on a coalition with
real work in it: 342 municipalities, 5,000 listings, two years of drop-ins with feedback
(benchmarks/dashboard.prepare), a drop-in schedule and a linked group.

Each run: 2,000 updates from 43 people arrive at once. 40 are strangers (texts in odd
scripts, commands with junk, forged buttons, documents, photos with captions, inline queries,
edits, channel posts). Three are of the coalition: its coordinator sends real commands with
junk after them (/rapport, /partners, /omroep, /uitnodigen, /inloop_instellen, /evenement,
…), presses buttons copied from messages the bot really sent him (the report's chart and CSV,
the directory's export), uploads a 50,000-line CSV and UTF-16 CSVs, and adds the bot to 20
groups and removes it again; two members look up, ask for the drop-in and the introductions,
press their buttons and write in the linked group. Right after, a member outside the storm
sends /help, and once that is answered, /zoek.

Printed over 5 runs: the quiet member's waits (their message -> the bot's reply reaching the
Bot API) p50 and max, beside the same on the idle bot in the same run (the baseline); the
time until the whole storm was handled (the last message the bot sent for it); and the
longest the bot's event loop was late (bot/loop_watch.py, read from /status).
Run: python -m benchmarks.storm [--runs 5] [--debug-loop: what held the loop, by name]
"""

import argparse
import asyncio
import csv
import io
import itertools
import random
import re
import statistics
import tempfile
import time
from datetime import time as clock_time
from pathlib import Path

from benchmarks.dashboard import FIRST_COORDINATOR, prepare
from benchmarks.fairness import replies_to
from benchmarks.search import listings
from benchmarks.spawn import FIRST_MEMBER, add_users, polling, spawn, stop
from rules.dropin import Schedule
from storage.db import Database
from tests.fake_telegram import Chat, FakeTelegram, Sent, User
from tests.harness import FakeClock

STRANGERS = 40
UPDATES = 2_000
GROUPS = 20
BIG_CSV_LINES = 50_000
UTF16_CSV_LINES = 5_000
STORM_FIRST = 7_000_000
ADMIN = 4_243  # reads /status after the runs
MEMBERS_IN_STORM = (FIRST_MEMBER + 1, FIRST_MEMBER + 2)
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
JUNK = ("\u0000\u0001 ../../etc/passwd", "' OR 1=1 --", "<script>", "🙂" * 100, "%00", "ü" * 30)
JUNK_COMMANDS = (
    "/zoek \u0000\u0001 ../../etc/passwd",
    "/start join_' OR 1=1 --",
    "/help@iemand_anders_bot",
    "/inloop " + "🙂" * 100,
    "/aanmelden%00",
    "/rapport <script>",
    "/onbekend",
)
COORDINATOR_COMMANDS = (
    "/rapport",
    "/partners",
    "/omroep",
    "/uitnodigen",
    "/inloop_instellen",
    "/evenement",
    "/kennismaken",
    "/netwerkvraag",
    "/status",
    "/zoek verloskundige",
    "/annuleren",
)
MEMBER_COMMANDS = (
    "/zoek vk venlo",
    "/zoek jeugd",
    "/inloop",
    "/vraag",
    "/kennismaken",
    "/netwerkvraag",
    "/mijngegevens",
    "/instellingen",
    "/aanmelden",
    "/annuleren",
)


async def prepare_storm(database: Path, group_id: int) -> int:
    """The dashboard's coalition, with the quiet member and the storm's two members in it, a
    weekly drop-in and the group `group_id` linked; returns the coalition's id."""
    coalition_id = await prepare(database)
    db = await Database.open(database, FakeClock())
    try:
        async with db.transaction() as conn:
            people = [(FIRST_MEMBER, "Stil"), *((m, "Lid") for m in MEMBERS_IN_STORM)]
            await conn.executemany(
                "INSERT INTO people (user_id, first_name, language_code, first_seen_at,"
                " last_seen_at) VALUES (?, ?, 'nl', '2026-11-01', '2026-11-01')",
                people,
            )
            await conn.executemany(
                "INSERT INTO members (coalition_id, user_id, role, joined_at)"
                " VALUES (?, ?, 'member', '2026-11-01')",
                [(coalition_id, user_id) for user_id, _ in people],
            )
        schedule = Schedule(
            weekday=1,
            start=clock_time(10, 0),
            duration_minutes=45,
            timezone="Europe/Amsterdam",
            title="Inloop",
            link="https://meet.google.com/abc-defg-hij",
        )
        await db.dropins.save(coalition_id, schedule, by=FIRST_COORDINATOR)
        await db.groups.link(group_id, coalition_id, "Coalitiegroep", FIRST_COORDINATOR)
    finally:
        await db.close()
    return coalition_id


def csv_file(lines: int, seed: int) -> bytes:
    """A coordinator's spreadsheet of `lines` people, in short columns: 50,000 lines stay
    under the 2 MiB a file may have, so the bot reads them (and refuses them for having more
    than 20,000 rows only once it has read that many)."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";")
    writer.writerow(["Naam", "Rol", "Gemeente", "Telefoon"])
    for row in listings(lines, random.Random(seed)):
        writer.writerow([row.name[:8], row.role[:8], row.municipality[:8], row.phone])
    return out.getvalue().encode("utf-8")


class Storm:
    """The people of one run and what the bot has shown them (to copy buttons from)."""

    def __init__(self, fake: FakeTelegram, number: int, group: Chat, big_csv: bytes) -> None:
        self.fake = fake
        self.rng = random.Random(number)
        self.strangers = add_users(fake, STORM_FIRST + 1000 * number, STRANGERS, "Storm")
        self.coordinator = add_users(fake, FIRST_COORDINATOR, 1, "Coby")[0]
        self.members = [add_users(fake, m, 1, "Lid")[0] for m in MEMBERS_IN_STORM]
        self.people = [*self.strangers, self.coordinator, *self.members]
        self.group = group
        self.groups = [fake.group(f"Groep {number}-{n}") for n in range(GROUPS)]
        self.big_csv = big_csv
        self.utf16_csv = csv_file(UTF16_CSV_LINES, number).decode("utf-8").encode("utf-16")

    async def warm_up(self) -> None:
        """Before the storm: the coalition's people use the bot, so there are real buttons."""
        for text in ("/rapport", "/partners", "/inloop", "/kennismaken", "/netwerkvraag"):
            for person in (self.coordinator, *self.members):
                await self.fake.send_text(person, text)
        await asyncio.sleep(5)

    def buttons_of(self, user: User) -> list[tuple[Sent, str]]:
        return [
            (message, button["callback_data"])
            for message in self.fake.messages_to(user.id)
            for button in message.buttons()
            if "callback_data" in button
        ]

    async def push(self) -> float:
        """The storm, at once; returns when it started."""
        fake = self.fake
        started = time.monotonic()
        channel = fake.group("Een kanaal")
        coordinator_buttons = self.buttons_of(self.coordinator)
        member_buttons = {m.id: self.buttons_of(m) for m in self.members}
        documents = [
            ("leden.csv", self.big_csv),
            ("utf16.csv", self.utf16_csv),
            ("utf16-2.csv", self.utf16_csv),
        ]
        group_changes = [(True, g) for g in self.groups] + [(False, g) for g in self.groups]
        for number in range(UPDATES):
            person = self.people[number % len(self.people)]
            if person is self.coordinator:
                await self._coordinator(coordinator_buttons, documents, group_changes)
            elif person in self.members:
                await self._member(person, member_buttons[person.id])
            else:
                await self._stranger(person, number, channel)
        for added, group in group_changes:  # what is left of them
            await self._group_change(added, group)
        return started

    async def _coordinator(
        self,
        buttons: list[tuple[Sent, str]],
        documents: list[tuple[str, bytes]],
        group_changes: list[tuple[bool, Chat]],
    ) -> None:
        fake, rng = self.fake, self.rng
        roll = rng.random()
        if documents and roll < 0.1:
            name, content = documents.pop(0)
            await fake.send_document(self.coordinator, name, content)
        elif group_changes and roll < 0.5:
            await self._group_change(*group_changes.pop(0))
        elif buttons and roll < 0.75:
            message, data = rng.choice(buttons)
            await fake.press_button(self.coordinator, message, data)
        else:
            command = rng.choice(COORDINATOR_COMMANDS)
            await fake.send_text(self.coordinator, f"{command} {rng.choice(JUNK)}")

    async def _group_change(self, added: bool, group: Chat) -> None:
        if added:
            await self.fake.add_bot_to_group(self.coordinator, group)
        else:
            await self.fake.remove_bot_from_group(self.coordinator, group)

    async def _member(self, member: User, buttons: list[tuple[Sent, str]]) -> None:
        fake, rng = self.fake, self.rng
        roll = rng.random()
        if roll < 0.3:
            await fake.send_text(
                member, rng.choice(("Goedemorgen allemaal", "/inloop")), self.group
            )
        elif buttons and roll < 0.55:
            message, data = rng.choice(buttons)
            await fake.press_button(member, message, data)
        elif roll < 0.65:
            await fake.send_photo(member, rng.choice(ODD_TEXTS)[:1000])
        else:
            await fake.send_text(member, f"{rng.choice(MEMBER_COMMANDS)} {rng.choice(JUNK)}")

    async def _stranger(self, user: User, number: int, channel: Chat) -> None:
        fake = self.fake
        kind = number % 9
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
        elif kind == 7:
            await fake.send_photo(user, ODD_TEXTS[number % len(ODD_TEXTS)][:1000])
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


def fetch_gaps(fake: FakeTelegram, start: float, end: float) -> list[float]:
    """Seconds between the bot's getUpdates calls from `start` to `end`: what fetching one
    batch (and keeping it in the inbox) took."""
    moments = [c.at for c in fake.calls if c.method == "getupdates" and start <= c.at <= end]
    return [b - a for a, b in itertools.pairwise(moments)] or [0.0]


async def longest_stall(fake: FakeTelegram) -> float:
    """The longest the bot's event loop was late since it started, from /status (ms)."""
    admin = add_users(fake, ADMIN, 1, "Beheer")[0]
    asked = time.monotonic()
    await fake.send_text(admin, "/status")
    await fake.wait_until(lambda: replies_to(fake, admin.id, asked), within=60)
    text = fake.messages_to(admin.id)[-1].text
    found = re.search(r"Langste hapering sinds de start: ([\d.]+) ms", text)
    if found is None:
        raise RuntimeError(f"/status says nothing of the event loop: {text}")
    return float(found.group(1).replace(".", ""))  # Dutch: 1.022 is a thousand and 22


async def run(runs: int, log: Path, debug_loop: bool) -> None:
    fake = FakeTelegram()
    await fake.start()
    member = add_users(fake, FIRST_MEMBER, 1, "Stil")[0]
    big_csv = csv_file(BIG_CSV_LINES, 50)
    with tempfile.TemporaryDirectory() as workdir:
        database = Path(workdir) / "bot.sqlite3"
        group = fake.group("Coalitiegroep")
        await prepare_storm(database, group.id)
        env = {"ADMIN_IDS": str(ADMIN)}
        if debug_loop:  # asyncio names every callback that holds the loop 100 ms or more
            env["PYTHONASYNCIODEBUG"] = "1"
        process = await spawn(fake, database, log=log, env=env)
        try:
            await polling(fake)
            idle_help = [await ask(fake, member, "/help") for _ in range(3)]
            idle_zoek = [await ask(fake, member, "/zoek vk venlo") for _ in range(3)]
            idle_stall = await longest_stall(fake)
            helps, lookups, handled, gaps = [], [], [], []
            for number in range(runs):
                storm = Storm(fake, number, group, big_csv)
                await storm.warm_up()
                started = await storm.push()
                helps.append(await ask(fake, member, "/help", pause=False))  # right after
                gaps += fetch_gaps(fake, started, started + helps[-1])
                lookups.append(await ask(fake, member, "/zoek vk venlo"))
                handled.append(await quiet_after(fake, storm.people) - started)
                await asyncio.sleep(1)
            stall = await longest_stall(fake)
            refusals = len(fake.flood_refusals())
        finally:
            await stop(process)
            await fake.stop()
    print(
        f"{UPDATES:,} updates from {STRANGERS + 3} people at once (a coordinator and two"
        f" members among them), {runs} runs:"
    )
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
    print(
        f"  fetching the storm: a batch of updates every {statistics.median(gaps) * 1000:.0f}"
        f" ms (p50), {max(gaps) * 1000:.0f} ms at the most"
    )
    print(
        f"  longest the event loop was late: {stall:.0f} ms over the runs"
        f" ({idle_stall:.0f} ms before the first storm); 429 answers: {refusals}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--log", type=lambda p: Path(p).resolve(), default=Path("storm-bot.log").resolve()
    )
    parser.add_argument(
        "--debug-loop",
        action="store_true",
        help="run the bot in asyncio's debug mode and list what held its loop (slower)",
    )
    args = parser.parse_args()
    asyncio.run(run(args.runs, args.log, args.debug_loop))
    if args.debug_loop:
        print("Callbacks that held the event loop (asyncio debug mode, slowest first):")
        slow = re.findall(r"Executing (.*?) took ([\d.]+) seconds", args.log.read_text())
        for callback, seconds in sorted(slow, key=lambda found: -float(found[1]))[:20]:
            print(f"  {float(seconds) * 1000:6.0f} ms  {callback[:160]}")


if __name__ == "__main__":
    main()
