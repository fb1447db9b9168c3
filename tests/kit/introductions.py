"""The test kit: introductions helpers that tests and benchmarks share."""

from datetime import UTC, datetime, timedelta

from tests.fake_telegram import FakeTelegram, Sent, User
from tests.harness import RunningBot

TUESDAY = datetime(2026, 11, 3, 8, 0, tzinfo=UTC)  # 09:00 in Amsterdam (winter time)


WEEK = timedelta(days=7)


async def coalition(running: RunningBot) -> int:
    found = await running.db.coalitions.add(
        slug="nml",
        name="Noord-Limburg",
        municipalities=["Venlo", "Horst aan de Maas"],
        timezone="Europe/Amsterdam",
    )
    return found.id


async def rounds_on(fake: FakeTelegram, coordinator: User) -> None:
    card = await fake.ask(coordinator, "/kennismaken")
    await fake.tap(coordinator, card, "Rondes aanzetten")
    await fake.wait_until(lambda: "Rondes: dinsdag 09:00" in card.text)


def introductions_to(fake: FakeTelegram, user: User) -> list[Sent]:
    return [m for m in fake.messages_to(user.id) if m.text.startswith("☕ Kennismaken\n")]
