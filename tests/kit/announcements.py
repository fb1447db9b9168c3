"""The test kit: announcements helpers that tests and benchmarks share."""

from collections import Counter

from tests.fake_telegram import FakeTelegram, Sent, User
from tests.harness import RunningBot
from tests.kit.directory import join

TEXT = "De e-learning Kansrijke Start staat online!\n\nJe vindt hem op de website van de GGD."


async def coalition_with_members(
    running: RunningBot, fake: FakeTelegram, count: int
) -> tuple[int, User, list[User]]:
    coalition = await running.db.coalitions.add(
        slug="nml", name="Noord-Limburg", municipalities=["Venlo"], timezone="Europe/Amsterdam"
    )
    coordinator = await join(running, fake, coalition.id, "Coby")
    await running.db.members.set_role(coalition.id, coordinator.id, "coordinator")
    members = []
    for n in range(count):
        member = fake.user(f"Lid {n}")
        await running.db.people.seen(member.id, member.first_name, "nl")
        await running.db.members.set_role(coalition.id, member.id, "member")
        members.append(member)
    return coalition.id, coordinator, members


async def write_announcement(fake: FakeTelegram, coordinator: User, text: str = TEXT) -> Sent:
    """/omroep → text → everyone; returns the confirmation message with its buttons."""
    assert "Stuur de tekst" in (await fake.ask(coordinator, "/omroep")).text
    audience = await fake.ask(coordinator, text)
    before = len(fake.messages_to(coordinator.id))
    await fake.tap(coordinator, audience, "Iedereen")

    def confirmation() -> Sent | None:
        found = [m for m in fake.messages_to(coordinator.id)[before:] if "Versturen?" in m.text]
        return found[0] if found else None

    confirm: Sent = await fake.wait_until(confirmation)
    preview = fake.messages_to(coordinator.id)[before:]
    assert "Voorbeeld" in preview[0].text and text.startswith(preview[1].text)
    return confirm


def received(fake: FakeTelegram, users: list[User]) -> Counter[int]:
    counts: Counter[int] = Counter()
    for user in users:
        counts[user.id] = sum(1 for m in fake.messages_to(user.id) if "e-learning" in m.text)
    return counts
