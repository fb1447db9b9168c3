"""The test kit: dashboard helpers that tests and benchmarks share."""

from datetime import date, datetime, time, timedelta

from rules.dropin import Schedule
from rules.partner_csv import PartnerData
from tests.fake_telegram import User
from tests.kit.directory import join
from tests.miniapp import MiniApp


async def coordinator_of_a(miniapp: MiniApp, name: str = "Coby") -> User:
    coordinator = await join(miniapp.bot, miniapp.fake, miniapp.coalition_a, name)
    await miniapp.bot.db.members.set_role(miniapp.coalition_a, coordinator.id, "coordinator")
    return coordinator


# Coalition A's weekly drop-in, Tuesdays at 12:30.
NML_DROPIN = Schedule(
    weekday=1,
    start=time(12, 30),
    duration_minutes=60,
    timezone="Europe/Amsterdam",
    title="Inloop NML",
    link="https://us02web.zoom.us/j/81234",
)
# A registration that waits for a coordinator.
NINA = PartnerData(
    name="Nina Nieuw",
    organisation="Thuis",
    role="Gezinswerker",
    municipality="Venray",
    phone="+31612345678",
)

IMPORT = (
    b"naam;organisatie;rol;gemeente;telefoon;email\n"
    b"Vera Jacobs;Verloskundigenpraktijk Venray;Verloskundige;Venray;0478-581234;vera@vk.nl\n"
    b"Lotte Bosch;GGD Limburg-Noord;Jeugdverpleegkundige;Horst aan de Maas;077-1234567;\n"
    b"Kees Kapot;Nergens;Wijkteam;Venray;12;\n"
)


async def seed_reports(miniapp: MiniApp) -> None:
    """Two drop-ins with feedback (one with 3 answers and comments, one with 1), "Ik doe mee"
    for two weeks, and an announcement that reached 2 of 3."""
    db = miniapp.bot.db
    a = miniapp.coalition_a
    opens = datetime(2026, 10, 1, 12)
    for held, ratings in ((date(2026, 10, 13), (4, 5, 3)), (date(2026, 10, 20), (2,))):
        session = await db.feedback.create(
            a,
            "dropin",
            "Inloop NML",
            held,
            "Hoe was het?",
            opens,
            opens + timedelta(days=30),
            occurrence=held,
            invited=4,
        )
        for number, rating in enumerate(ratings):
            await db.feedback.answer(session.id, f"r{held}{number}", rating)
            await db.feedback.comment(session.id, f"r{held}{number}", f"Opmerking {held} {number}")
    for user_id in (11, 12, 13):
        await db.dropins.toggle_rsvp(a, date(2026, 10, 13), user_id)
    await db.dropins.toggle_rsvp(a, date(2026, 10, 20), 11)
    draft = await db.announcements.draft(99, (a,), "all", False, ["Nieuwe folder JGZ"])
    await db.announcements.confirm(draft, 99, 1)
    for chat_id, status in zip(
        (miniapp.member_a.id, 11, 12), ("sent", "sent", "unreachable"), strict=False
    ):
        await db.connection.execute(
            "INSERT OR REPLACE INTO announcement_deliveries (announcement_id, chat_id, status,"
            " updated_at) VALUES (?, ?, ?, '2026-10-01T12:00:00+00:00')",
            (draft.id, chat_id, status),
        )
    await db.connection.execute(
        "DELETE FROM announcement_deliveries WHERE announcement_id = ? AND chat_id NOT IN"
        " (?, 11, 12)",
        (draft.id, miniapp.member_a.id),
    )
    await db.connection.commit()
    # Two network questions in one week, one answered and solved; one in coalition B.
    asked = await db.network_questions.ask(a, 11, "Wie kent VoorZorg?", "all", [12])
    await db.network_questions.ask(a, 12, "Wie kent Triple P?", "all", [11])
    await db.network_questions.ask(miniapp.coalition_b, 13, "Elders?", "all", [14])
    await db.network_questions.take_next(10, "2026-W45")
    await db.network_questions.mark(asked, 12, "sent", 1)
    await db.network_questions.answer(asked, 12, "can_help")
    await db.network_questions.solve(asked, 11, 12)
