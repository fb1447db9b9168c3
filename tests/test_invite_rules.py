"""Pure rules for invite codes and their buttons."""

from datetime import UTC, datetime, timedelta

from rules.invites import (
    InviteStatus,
    invite_callback_data,
    invite_link,
    new_invite_code,
    parse_invite_callback,
    parse_join_payload,
    why_unusable,
)


def test_codes_are_random_and_fit_a_start_payload() -> None:
    codes = {new_invite_code() for _ in range(1000)}
    assert len(codes) == 1000
    for code in list(codes)[:50]:
        assert parse_join_payload(f"join_{code}") == code
        assert len(f"join_{code}") <= 64


def test_payload_parsing_refuses_anything_else() -> None:
    assert parse_join_payload("fb_AAAAAAAAAAAAAAAA") is None
    assert parse_join_payload("join_short") is None
    assert parse_join_payload("join_AAAAAAAA'; DROP--") is None
    assert parse_join_payload("join_" + "A" * 17) is None


def test_link() -> None:
    assert invite_link("mybot", "abc") == "https://t.me/mybot?start=join_abc"


def test_usability() -> None:
    now = datetime(2026, 1, 1, tzinfo=UTC)
    later = now + timedelta(seconds=1)
    assert why_unusable(later, 0, 1, now) is None
    assert why_unusable(now, 0, 1, now) is InviteStatus.EXPIRED
    assert why_unusable(later, 1, 1, now) is InviteStatus.USED_UP


def test_callback_data_round_trip_and_forgeries() -> None:
    assert parse_invite_callback(invite_callback_data(42)) == 42
    for forged in [None, "", "inv:", "inv:-1", "inv:abc", "inv:1e3", "fb:1:5", "inv:" + "9" * 20]:
        assert parse_invite_callback(forged) is None
