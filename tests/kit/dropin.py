"""The test kit: dropin helpers that tests and benchmarks share."""

from datetime import UTC, datetime, time, timedelta

from rules.dropin import Schedule
from storage.coalitions import Coalition
from tests.fake_telegram import Chat, FakeTelegram, User
from tests.harness import RunningBot
from tests.kit.directory import join

CALL = datetime(2026, 11, 3, 11, 30, tzinfo=UTC)  # Tuesday 12:30 Amsterdam


DAY_BEFORE = CALL - timedelta(hours=24)


LINK = "https://us02web.zoom.us/j/8123456789"


async def coalition_with_dropin(db_owner: RunningBot) -> int:
    coalition = await db_owner.db.coalitions.add(
        slug="nml", name="Noord-Limburg", municipalities=["Venlo"], timezone="Europe/Amsterdam"
    )
    schedule = Schedule(
        weekday=1,
        start=time(12, 30),
        duration_minutes=60,
        timezone="Europe/Amsterdam",
        title="Inloop NML",
        link=LINK,
    )
    await db_owner.db.dropins.save(coalition.id, schedule)
    return coalition.id


async def coalition_with_coordinator(
    running: RunningBot, fake: FakeTelegram
) -> tuple[Coalition, User]:
    """Coalition "nml" without a drop-in yet, and Coby, its coordinator."""
    coalition = await running.db.coalitions.add(
        slug="nml", name="Noord-Limburg", municipalities=["Venlo"], timezone="Europe/Amsterdam"
    )
    coordinator = await join(running, fake, coalition.id, "Coby")
    await running.db.members.set_role(coalition.id, coordinator.id, "coordinator")
    return coalition, coordinator


async def coordinator_with_group(
    running: RunningBot, fake: FakeTelegram, coalition_id: int
) -> tuple[User, Chat]:
    coordinator = await join(running, fake, coalition_id, "Coby")
    await running.db.members.set_role(coalition_id, coordinator.id, "coordinator")
    group = fake.group("Kansrijke Start NML", admins=[coordinator])
    await fake.add_bot_to_group(coordinator, group)
    reply = await fake.ask(coordinator, "/koppel", chat=group)
    assert "Gekoppeld" in reply.text
    return coordinator, group
