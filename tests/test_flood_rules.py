"""The per-person flood rule, with the time passed in."""

from rules.flood import TAP_WEIGHT, FloodWindow, Verdict


def test_over_the_limit_one_notice_then_ignored_until_the_window_clears() -> None:
    window = FloodWindow(limit=20)
    verdicts = [window.admit(7, 1.0, now=0.1 * n) for n in range(25)]
    assert verdicts[:20] == [Verdict.PROCESS] * 20
    assert verdicts[20] is Verdict.NOTIFY
    assert verdicts[21:] == [Verdict.IGNORE] * 4
    # Ignored updates do not count: a minute after the accepted ones the slate is clean.
    assert window.admit(7, 1.0, now=59.0) is Verdict.IGNORE
    assert window.admit(7, 1.0, now=62.0) is Verdict.PROCESS


def test_people_are_counted_apart() -> None:
    window = FloodWindow(limit=3)
    for n in range(3):
        assert window.admit(1, 1.0, now=n) is Verdict.PROCESS
    assert window.admit(1, 1.0, now=3.0) is Verdict.NOTIFY
    assert window.admit(2, 1.0, now=3.0) is Verdict.PROCESS


def test_taps_weigh_a_quarter_so_a_conversation_does_not_trip_it() -> None:
    window = FloodWindow(limit=20)
    # A coordinator who approves 40 listings in a minute and types 9 messages.
    for n in range(40):
        assert window.admit(5, TAP_WEIGHT, now=n * 1.0) is Verdict.PROCESS
    for n in range(9):
        assert window.admit(5, 1.0, now=40.0 + n) is Verdict.PROCESS
    assert window.admit(5, 1.0, now=50.0) is Verdict.PROCESS  # exactly 20
    assert window.admit(5, TAP_WEIGHT, now=50.5) is Verdict.NOTIFY


def test_limit_zero_is_off() -> None:
    window = FloodWindow(limit=0)
    assert all(window.admit(1, 1.0, now=0.0) is Verdict.PROCESS for _ in range(1000))
    assert len(window) == 0


def test_quiet_people_are_forgotten() -> None:
    window = FloodWindow(limit=20)
    for user_id in range(1000):
        window.admit(user_id, 1.0, now=1.0)
    assert len(window) == 1000
    window.admit(5000, 1.0, now=400.0)
    assert len(window) == 1


def test_the_raw_sender_is_the_one_python_telegram_bot_finds() -> None:
    """Read from Telegram's JSON before parsing; the same person (and weight) as
    Update.effective_user, so the flood rule counts the same whether it sees it raw or not."""
    from telegram import Bot, Update

    from bot.update_processor import flood_weight
    from rules.flood import raw_sender

    person = {"id": 42, "is_bot": False, "first_name": "Anna"}
    chat = {"id": 42, "type": "private"}
    message = {"message_id": 1, "date": 1, "chat": chat, "from": person, "text": "hoi"}
    samples = [
        {"update_id": 1, "message": message},
        {"update_id": 2, "edited_message": {**message, "edit_date": 2}},
        {
            "update_id": 3,
            "callback_query": {"id": "q", "from": person, "chat_instance": "1", "data": "x"},
        },
        {"update_id": 4, "inline_query": {"id": "i", "from": person, "query": "vk", "offset": ""}},
        {
            "update_id": 5,
            "channel_post": {
                "message_id": 2,
                "date": 1,
                "text": "nieuws",
                "chat": {"id": -100, "type": "channel"},
            },
        },
        {
            "update_id": 6,
            "my_chat_member": {
                "chat": chat,
                "from": person,
                "date": 1,
                "old_chat_member": {"status": "member", "user": person},
                "new_chat_member": {"status": "kicked", "user": person, "until_date": 0},
            },
        },
    ]
    bot = Bot("123:abc")
    for raw in samples:
        update = Update.de_json(raw, bot)
        assert update is not None
        expected = None
        if update.effective_user is not None:
            expected = (update.effective_user.id, flood_weight(update))
        assert raw_sender(raw) == expected, raw
