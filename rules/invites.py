"""Rules for invite codes: how they look, and when one may still be used."""

import enum
import re
import secrets
from datetime import datetime

JOIN_PREFIX = "join_"
# 12 random bytes = 96 bits, written as 16 URL-safe characters (allowed in a /start payload).
CODE_BYTES = 12
_CODE_PATTERN = re.compile(r"^[A-Za-z0-9_-]{16}$")

DEFAULT_MEMBER_INVITE_USES = 50
DEFAULT_INVITE_DAYS = 14
MAX_INVITE_USES = 10_000
MAX_INVITE_DAYS = 365


class InviteStatus(enum.Enum):
    JOINED = "joined"
    PROMOTED = "promoted"  # was a member, the invite made them coordinator
    ALREADY_MEMBER = "already_member"
    UNKNOWN = "unknown"
    EXPIRED = "expired"
    USED_UP = "used_up"


def new_invite_code() -> str:
    return secrets.token_urlsafe(CODE_BYTES)


def parse_join_payload(payload: str) -> str | None:
    """The code in a `/start join_<code>` payload, or None when it cannot be one."""
    if not payload.startswith(JOIN_PREFIX):
        return None
    code = payload[len(JOIN_PREFIX) :]
    return code if _CODE_PATTERN.match(code) else None


def invite_link(bot_username: str, code: str) -> str:
    return f"https://t.me/{bot_username}?start={JOIN_PREFIX}{code}"


def why_unusable(
    expires_at: datetime, uses: int, max_uses: int, now: datetime
) -> InviteStatus | None:
    """EXPIRED or USED_UP when the invite can no longer be used, else None."""
    if now >= expires_at:
        return InviteStatus.EXPIRED
    if uses >= max_uses:
        return InviteStatus.USED_UP
    return None


# Callback data of the coalition buttons under /uitnodigen: "inv:<coalition_id>".
INVITE_CALLBACK_PREFIX = "inv:"


def invite_callback_data(coalition_id: int) -> str:
    return f"{INVITE_CALLBACK_PREFIX}{coalition_id}"


def parse_invite_callback(data: str | None) -> int | None:
    """The coalition id in an invite button's data; None for anything malformed."""
    if not data or not data.startswith(INVITE_CALLBACK_PREFIX):
        return None
    number = data[len(INVITE_CALLBACK_PREFIX) :]
    return int(number) if number.isdigit() and len(number) < 12 else None
