"""Authorisation as one table (issue 15): every command as stranger, member of A, member of B,
coordinator of A, coordinator of B and admin, in a private chat and in a group, against the
table below; and every callback prefix forged by the wrong person, which must change nothing
in the database and never reveal a contact detail."""

from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import pytest

from handlers.core.commands import ALL_COMMANDS, STATUS
from rules.introductions import Domain
from rules.partner_csv import PartnerData
from rules.sending import ChatLimits
from rules.texts import Texts
from tests.conftest import ADMIN_ID
from tests.fake_telegram import Chat, FakeTelegram, Sent, User
from tests.harness import FakeClock, RunningBot, start_bot
from tests.kit.announcements import write_announcement
from tests.kit.database import database_state
from tests.kit.directory import join

FAST = ChatLimits(
    overall_per_second=1000,
    overall_burst=1000,
    private_burst=1000,
    private_per_second=1000,
    group_per_window=100_000,
)
ROLES = ("stranger", "member A", "member B", "coordinator A", "coordinator B", "admin")
REFUSALS = (
    "not-coordinator",
    "not-member",
    "members-only",
    "private-only",
    "admins-only",
    "coordinators-only",
    "groups-only",
    "not-allowed",
    "no-coalitions",
    "not-group-admin",
    "not-linked",
    "-stranger",
)
PHONE = "+31 77 351 2345"

# Command -> (roles allowed in a private chat, roles allowed in a group). "all" = every role.
# Allowed means the command does its work; refused means a refusal text or silence.
MEMBERS = {"member A", "member B", "coordinator A", "coordinator B"}
COORDINATORS = {"coordinator A", "coordinator B", "admin"}
EVERYONE = set(ROLES)
TABLE: dict[str, tuple[set[str], set[str]]] = {
    "start": (EVERYONE, EVERYONE),
    "help": (EVERYONE, EVERYONE),
    "zoek": (MEMBERS | {"admin"}, set()),
    "inloop": (MEMBERS, set()),  # the group is not linked to a coalition
    "vraag": (MEMBERS, MEMBERS),
    "feedback": (EVERYONE, EVERYONE),
    "kennismaken": (MEMBERS, set()),
    "netwerkvraag": (MEMBERS, set()),
    "acties": (MEMBERS, MEMBERS),  # the coalition's agenda; the admin belongs to none
    "actie": (MEMBERS, MEMBERS),
    "werkgroepen": (MEMBERS, MEMBERS),
    "stand": (MEMBERS, MEMBERS),
    "voorbeelden": (MEMBERS, MEMBERS),
    "aanmelden": (MEMBERS, set()),
    "instellingen": (EVERYONE, EVERYONE),
    "privacy": (EVERYONE, EVERYONE),
    "mijngegevens": (EVERYONE, EVERYONE),
    "vergeetmij": (EVERYONE, EVERYONE),
    "uitnodigen": (COORDINATORS, set()),
    "partners": (COORDINATORS, set()),
    "inloop_instellen": (COORDINATORS, set()),
    "koppel": (set(), {"coordinator A"}),
    "evenement": (COORDINATORS, set()),
    "rapport": (COORDINATORS, set()),
    "omroep": (COORDINATORS, set()),
    "status": ({"admin"}, {"admin"}),
}


@dataclass
class World:
    bot: RunningBot
    fake: FakeTelegram
    users: dict[str, User]
    group: Chat
    group_message: Sent
    coalition_a: int
    coalition_b: int
    partner_a: int


@pytest.fixture
async def world(fake: FakeTelegram, database_path: Path) -> AsyncIterator[World]:
    fake.rate_limits = False
    bot = await start_bot(
        fake,
        database_path,
        admin_ids=(ADMIN_ID,),
        clock=FakeClock(),
        limits=FAST,
        environ={"FLOOD_LIMIT": "0"},
    )
    try:
        db = bot.db
        a = await db.coalitions.add(
            slug="nml", name="Noord-Limburg", municipalities=["Venlo"], timezone="Europe/Amsterdam"
        )
        b = await db.coalitions.add(
            slug="heumen", name="Heumen", municipalities=["Heumen"], timezone="Europe/Amsterdam"
        )
        users = {
            "member A": await join(bot, fake, a.id, "Ma"),
            "member B": await join(bot, fake, b.id, "Mb"),
            "coordinator A": await join(bot, fake, a.id, "Ca"),
            "coordinator B": await join(bot, fake, b.id, "Cb"),
            "stranger": fake.user("Sterre"),
            "admin": User(ADMIN_ID, "Beheer"),
        }
        fake.chats[ADMIN_ID] = users["admin"].chat
        await db.members.set_role(a.id, users["coordinator A"].id, "coordinator")
        await db.members.set_role(b.id, users["coordinator B"].id, "coordinator")
        plan = await db.partner_import.import_rows(
            a.id,
            [
                PartnerData(
                    "Zoë Hendriks", "VK Venlo", "verloskundige", "Venlo", phone="+31773512345"
                )
            ],
            added_by=None,
        )
        assert plan.new == 1
        partner_a = (await db.partners.listed(a.id))[0].id
        group = fake.group("Gemengde groep", admins=[users["coordinator A"]])
        await fake.add_bot_to_group(users["coordinator A"], group)
        await bot.idle()
        group_message = await fake.ask(users["coordinator A"], "/help", chat=group)
        yield World(bot, fake, users, group, group_message, a.id, b.id, partner_a)
    finally:
        await bot.stop()


def refusal_texts() -> list[str]:
    texts = Texts()
    source = (Path(__file__).resolve().parents[1] / "rules/locales/nl/bot.ftl").read_text()
    keys = [line.split(" =")[0] for line in source.splitlines() if " =" in line[:60]]
    found = []
    for key in keys:
        if any(key.endswith(marker) for marker in REFUSALS):
            text = texts.get("nl", key, coalitions="x", bot="x", name="x")
            found.append(text.split("\n")[0][:40])
    return found


async def outcome(world: World, role: str, command: str, chat: Chat, refusals: list[str]) -> bool:
    """True when the command did its work; False for a refusal text or no answer."""
    fake = world.fake
    user = world.users[role]
    before = len(fake.messages_to(chat.id))
    await fake.send_text(user, f"/{command}", chat=chat)
    await world.bot.idle()
    replies = fake.messages_to(chat.id)[before:]
    await fake.send_text(user, "/annuleren", chat=chat)  # leave any conversation it started
    await world.bot.idle()
    if not replies:
        return False
    return not any(r.text.startswith(text) for r in replies for text in refusals)


async def test_every_command_for_every_role_in_private_and_in_a_group(world: World) -> None:
    names = [c.dutch for c in ALL_COMMANDS] + [STATUS.dutch]
    assert set(names) == set(TABLE), "a command without a row in the table"
    refusals = refusal_texts()
    observed: dict[str, tuple[set[str], set[str]]] = {}
    for command in names:
        private = {
            r for r in ROLES if await outcome(world, r, command, world.users[r].chat, refusals)
        }
        in_group = {r for r in ROLES if await outcome(world, r, command, world.group, refusals)}
        observed[command] = (private, in_group)
    wrong = {c: (observed[c], TABLE[c]) for c in names if observed[c] != TABLE[c]}
    assert wrong == {}, "\n".join(f"{c}: got {o}, table {t}" for c, (o, t) in wrong.items())


async def test_forged_buttons_never_act_on_another_coalition_or_person(world: World) -> None:
    bot, fake, users = world.bot, world.fake, world.users
    a, partner = world.coalition_a, world.partner_a
    db = bot.db
    coordinator_a = users["coordinator A"]
    # Things of coalition A that buttons point at: a draft announcement by its coordinator, a
    # member taking part in the introductions, a self-registration waiting, an event.
    await write_announcement(fake, coordinator_a, "Alleen voor Noord-Limburg")
    rows = await db.connection.execute_fetchall(
        "SELECT id FROM announcements WHERE status = 'draft'"
    )
    (draft,) = [row[0] for row in rows]
    await db.introductions.join(a, users["member A"].id, Domain.SOCIAL, "venlo", 2)
    pending, _ = await db.partners.register(
        a, users["member A"].id, PartnerData("Ma Eigen", "Team", "wijkteam", "Venlo")
    )
    now = bot.clock.now()
    session = await db.feedback.create(
        a, "event", "Regiodag", now.date(), "?", now, now + timedelta(days=7)
    )
    forged = [
        f"zc:{partner}",
        "zk:abc:0",
        "zr:verloskundige",
        f"di:r:{a}:20261103",
        f"di:s:{a}",
        f"di:c:{a}:20261103",
        f"dq:{a}",
        "ds:stop",
        "ds:pause",
        f"ev:{a}",
        f"fs:{session.id}",
        f"ik:on:{a}",
        f"ik:off:{a}",
        f"ik:at:{a}:2:1400",
        f"ik:join:{a}:2",
        f"ik:stop:{a}",
        f"lk:{a}",
        "lk:u",
        f"om:ok:{draft}",
        f"om:no:{draft}",
        f"om:stop:{draft}",
        f"rp:c:{a}",
        f"rp:t:{a}",
        f"rp:i:{a}",
        *(
            f"{action}:{first}:{pending}"
            for action in (
                "pv",
                "pe",
                "pt",
                "pi",
                "pk",
                "px",
                "pa",
                "pr",
                "pc",
                "ph",
                "ps",
                "pf",
                "pg",
            )
            for first in (a, partner, pending)
        ),
    ]
    for role in ("stranger", "member B", "coordinator B"):
        user = users[role]
        anchor = await fake.ask(user, "/help")
        before = await database_state(bot)
        sent_before = len(fake.sent)
        for data in forged:
            if role == "member B" and data.startswith(("ik:join", "ik:stop")):
                continue  # acts on the presser's own participation only; checked below
            await fake.press_button(user, anchor, data)
        await bot.idle()
        if role == "coordinator B":
            for data in (f"lk:{a}", "lk:u"):
                await fake.press_button(user, world.group_message, data)
            await bot.idle()
        after = await database_state(bot)
        changed = {n: (before[n], after[n]) for n in before if before[n] != after[n]}
        assert changed == {}, f"{role} changed {changed}"
        new = fake.sent[sent_before:]
        assert not [m for m in new if PHONE in m.text or "Zoë" in m.text], role
        documents = [m for m in new if m.method == "senddocument"]
        assert not [
            m
            for m in documents
            if b"Zo\xc3\xab" in (m.document or b"") or "Noord-Limburg" in m.text
        ], role
        answers = [fake.callback_answers.get(q) for q in list(fake.callback_answers)]
        assert all(a is None or PHONE not in str(a.get("text")) for a in answers)
    # An introduction button pressed by someone not in it, "st:a" and "fm:yes" act only on
    # the presser.
    stranger = users["stranger"]
    anchor = await fake.ask(stranger, "/help")
    await fake.press_button(stranger, anchor, "fm:yes")
    await bot.idle()
    assert await db.members.of_user(users["member A"].id)
    assert await db.partners.get(pending) is not None
    assert (await database_state(bot))["introduction_participants"]
