"""A drop-in whose feedback question has reached a member."""

from datetime import timedelta

from tests.fake_telegram import FakeTelegram, Sent, User
from tests.harness import RunningBot
from tests.kit.directory import join
from tests.kit.dropin import CALL, DAY_BEFORE, coalition_with_dropin, coordinator_with_group


async def rsvp_member_asked(running: RunningBot, fake: FakeTelegram) -> tuple[User, User, Sent]:
    """A drop-in with a linked group; a member says "Ik doe mee"; the call ends."""
    coalition_id = await coalition_with_dropin(running)
    coordinator, group = await coordinator_with_group(running, fake, coalition_id)
    member = await join(running, fake, coalition_id, "Mo")
    await running.at(DAY_BEFORE)
    (reminder,) = [m for m in fake.messages_to(group.id) if "is morgen" in m.text]
    await fake.tap(member, reminder, "Ik doe mee")
    await fake.wait_until(lambda: "(1)" in str(reminder.reply_markup))
    before = len(fake.messages_to(member.id))
    await running.at(CALL + timedelta(hours=1, minutes=1))  # the call ended at 13:30
    question = await fake.next_message(member.id, after=before)
    assert "Hoe waardevol was deze bijeenkomst?" in question.text
    return coordinator, member, question
