"""End to end: announcements through the real Application and the fake Bot API with its flood
limits and blocked users; exactly once, also across a restart in the middle of sending."""

from pathlib import Path

from rules.partner_csv import PartnerData
from tests.conftest import ADMIN_ID
from tests.fake_telegram import FakeTelegram, Sent
from tests.harness import FakeClock, RunningBot, start_bot
from tests.kit.announcements import coalition_with_members, received, write_announcement
from tests.kit.directory import join


async def test_three_hundred_get_it_once_and_blocked_ones_are_unreachable(
    running: RunningBot, fake: FakeTelegram
) -> None:
    _, coordinator, members = await coalition_with_members(running, fake, 300)
    blocked = members[:5]
    fake.blocked.update(m.id for m in blocked)
    muted = members[5]
    await running.db.people.set_announcements(muted.id, False)

    confirm = await write_announcement(fake, coordinator)
    assert "Dit gaat naar 299 mensen" in confirm.text  # not the coordinator, nor the muted one
    await fake.tap(coordinator, confirm, "Versturen")
    await fake.wait_until(lambda: "Aankondiging verstuurd" in confirm.text, within=60)

    counts = received(fake, members)
    reached = [m for m in members if m not in blocked and m is not muted]
    assert all(counts[m.id] == 1 for m in reached)
    assert all(counts[m.id] == 0 for m in [*blocked, muted])
    assert "Bezorgd: 294 van 299" in confirm.text and "Onbereikbaar: 5 (Lid 0" in confirm.text
    flooded = [c.params.get("chat_id") for c in fake.errors() if c.error and c.error.code == 429]
    assert len(flooded) <= 3, (flooded, coordinator.id)
    for member in blocked:
        person = await running.db.people.get(member.id)
        assert person is not None and person.unreachable
    # Under every announcement: a button to turn them off.
    last = [m for m in fake.messages_to(reached[0].id) if "e-learning" in m.text][-1]
    query = await fake.tap(reached[0], last, "Geen aankondigingen")
    answer = await fake.wait_until(lambda: fake.callback_answers.get(query))
    assert "geen aankondigingen meer" in answer["text"]
    person = await running.db.people.get(reached[0].id)
    assert person is not None and person.announcements_off

    # A blocked member who writes again is reachable for the next announcement.
    fake.blocked.discard(blocked[0].id)
    await fake.ask(blocked[0], "/help")
    person = await running.db.people.get(blocked[0].id)
    assert person is not None and not person.unreachable


async def test_restart_in_the_middle_serves_nobody_twice(
    fake: FakeTelegram, database_path: Path
) -> None:
    clock = FakeClock()
    first = await start_bot(fake, database_path, admin_ids=(ADMIN_ID,), clock=clock)
    _, coordinator, members = await coalition_with_members(first, fake, 120)
    confirm = await write_announcement(fake, coordinator)
    await fake.tap(coordinator, confirm, "Versturen")
    await fake.wait_until(lambda: sum(received(fake, members).values()) >= 30, within=30)
    await first.stop()  # stops after the delivery in hand
    partway = sum(received(fake, members).values())
    assert 30 <= partway < 120

    second = await start_bot(fake, database_path, admin_ids=(ADMIN_ID,), clock=clock)
    try:
        await fake.wait_until(lambda: sum(received(fake, members).values()) >= 120, within=30)
        await fake.wait_until(lambda: "Aankondiging verstuurd" in confirm.text, within=10)
    finally:
        await second.stop()
    assert set(received(fake, members).values()) == {1}


async def test_confirm_twice_forged_confirm_and_non_coordinators(
    running: RunningBot, fake: FakeTelegram
) -> None:
    _, coordinator, members = await coalition_with_members(running, fake, 3)
    other = await running.db.coalitions.add(
        slug="heumen", name="Heumen", municipalities=[], timezone="Europe/Amsterdam"
    )
    stranger = await join(running, fake, other.id, "Hein")
    await running.db.members.set_role(other.id, stranger.id, "coordinator")
    assert "Alleen coördinatoren" in (await fake.ask(members[0], "/omroep")).text
    await fake.ask(coordinator, "/omroep")
    assert "geen tekst" in (await fake.ask(coordinator, "🙂 !")).text
    await fake.ask(coordinator, "/annuleren")

    confirm = await write_announcement(fake, coordinator)
    data = confirm.button("Versturen")["callback_data"]
    forged = await fake.press_button(stranger, confirm, data)
    answer = await fake.wait_until(lambda: fake.callback_answers.get(forged))
    assert "Alleen wie de aankondiging maakte" in answer["text"]
    await fake.press_button(coordinator, confirm, data)
    second = await fake.press_button(coordinator, confirm, data)
    answer = await fake.wait_until(lambda: fake.callback_answers.get(second))
    assert "al verstuurd" in answer["text"]
    await fake.wait_until(lambda: "Aankondiging verstuurd" in confirm.text)
    assert set(received(fake, members).values()) == {1}


async def test_a_long_text_is_split_on_paragraphs(running: RunningBot, fake: FakeTelegram) -> None:
    _, coordinator, members = await coalition_with_members(running, fake, 2)
    paragraphs = ["e-learning deel " + str(n) + ": " + "tekst " * 160 for n in range(5)]
    long_text = "\n\n".join(p.strip() for p in paragraphs)  # about 5,000 characters
    confirm = await write_announcement(fake, coordinator, long_text)
    await fake.tap(coordinator, confirm, "Versturen")
    await fake.wait_until(lambda: "Aankondiging verstuurd" in confirm.text)
    parts = [m for m in fake.messages_to(members[0].id) if "e-learning deel" in m.text]
    assert len(parts) == 2 and "\n\n".join(m.text for m in parts) == long_text
    assert parts[-1].button("Geen aankondigingen") and not parts[0].buttons()


async def test_stop_leaves_the_rest_unsent(running: RunningBot, fake: FakeTelegram) -> None:
    _, coordinator, members = await coalition_with_members(running, fake, 150)
    confirm = await write_announcement(fake, coordinator)
    await fake.tap(coordinator, confirm, "Versturen")
    await fake.wait_until(lambda: sum(received(fake, members).values()) >= 10, within=10)
    await fake.wait_until(lambda: "Stoppen" in str(confirm.reply_markup), within=10)
    await fake.tap(coordinator, confirm, "Stoppen")
    await fake.wait_until(lambda: "Aankondiging gestopt" in confirm.text, within=10)
    sent_when_stopped = sum(received(fake, members).values())
    assert 10 <= sent_when_stopped < 150
    assert f"Niet verstuurd (gestopt): {150 - sent_when_stopped}" in confirm.text
    await fake.ask(coordinator, "/help")  # time passes; nothing more goes out
    assert sum(received(fake, members).values()) == sent_when_stopped


async def test_audience_by_role_with_groups_and_a_photo(
    running: RunningBot, fake: FakeTelegram
) -> None:
    coalition_id, coordinator, members = await coalition_with_members(running, fake, 3)
    midwife, gp, _ = members
    for member, role in ((midwife, "verloskundige"), (gp, "huisarts")):
        listing = _listing(member.first_name, role)
        await running.db.partner_import.import_rows(coalition_id, [listing], added_by=None)
        await running.db.connection.execute(
            "UPDATE partners SET user_id = ? WHERE name = ?", (member.id, member.first_name)
        )
    group = fake.group("NML", admins=[coordinator])
    await fake.ask(coordinator, "/koppel", chat=group)

    await fake.ask(coordinator, "/omroep")
    before = len(fake.messages_to(coordinator.id))
    await fake.send_photo(coordinator, "Nieuwe folder e-learning voor verloskundigen")
    audience = await fake.next_message(coordinator.id, after=before)
    roles = await fake.tap_and_wait(coordinator, audience, "Per rol")
    assert [b["text"] for b in roles.buttons()] == ["huisarts", "verloskundige"]
    groups = await fake.tap_and_wait(coordinator, roles, "verloskundige")
    before = len(fake.messages_to(coordinator.id))
    await fake.tap(coordinator, groups, "Ja")

    def confirmation() -> Sent | None:
        found = [m for m in fake.messages_to(coordinator.id)[before:] if "Versturen?" in m.text]
        return found[0] if found else None

    confirm: Sent = await fake.wait_until(confirmation)
    assert "Dit gaat naar 1 mensen en 1 groepen" in confirm.text
    preview = fake.messages_to(coordinator.id)[before + 1]
    assert preview.method == "sendphoto" and "folder" in preview.text
    await fake.tap(coordinator, confirm, "Versturen")
    await fake.wait_until(lambda: "Aankondiging verstuurd" in confirm.text)
    assert [m.method for m in fake.messages_to(midwife.id)] == ["sendphoto"]
    assert fake.messages_to(gp.id) == []
    (posted,) = [m for m in fake.messages_to(group.id) if "folder" in m.text]
    assert posted.method == "sendphoto" and not posted.buttons()  # no mute button in groups


def _listing(name: str, role: str) -> PartnerData:
    email = f"{name.replace(' ', '')}@example.nl"
    return PartnerData(
        name=name, organisation="Praktijk", role=role, municipality="Venlo", email=email
    )


async def test_settings_turn_announcements_off_and_on(
    running: RunningBot, fake: FakeTelegram
) -> None:
    _, coordinator, members = await coalition_with_members(running, fake, 2)
    member = members[0]
    card = await fake.ask(member, "/instellingen")
    assert "Je krijgt aankondigingen" in card.text
    await fake.tap(member, card, "uitzetten")
    await fake.wait_until(lambda: "geen aankondigingen" in card.text)
    confirm = await write_announcement(fake, coordinator)
    assert "Dit gaat naar 1 mensen" in confirm.text  # the muted member is not counted
    await fake.tap(member, card, "aanzetten")
    await fake.wait_until(lambda: "Je krijgt aankondigingen" in card.text)
    person = await running.db.people.get(member.id)
    assert person is not None and not person.announcements_off


async def test_each_recipient_gets_the_mute_button_in_their_own_language(
    running: RunningBot, fake: FakeTelegram
) -> None:
    # The recipients' languages are read a batch at a time: each must still get their own.
    _, coordinator, members = await coalition_with_members(running, fake, 4)
    await running.db.people.set_language(members[1].id, "en")
    await running.db.people.set_language(members[2].id, "fy")
    await running.db.people.seen(members[3].id, members[3].first_name, "en-GB")
    confirm = await write_announcement(fake, coordinator)
    await fake.tap(coordinator, confirm, "Versturen")
    await fake.wait_until(lambda: "Aankondiging verstuurd" in confirm.text)
    labels = [
        [m for m in fake.messages_to(member.id) if "e-learning" in m.text][-1].buttons()[0]["text"]
        for member in members
    ]
    assert labels == [
        "🔕 Geen aankondigingen meer",
        "🔕 No more announcements",
        "🔕 Gjin oankundigings mear",
        "🔕 No more announcements",
    ]
