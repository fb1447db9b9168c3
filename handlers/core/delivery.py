"""What a failed send means, decided once for every sender (announcements, drop-in reminders,
introductions, network questions, the rate limiter): from python-telegram-bot's public
error types and fields only.

- unreachable: the person blocked the bot or is gone, or the chat is gone (403, or a 400 that
  says so): stop writing there;
- group gone: the bot was removed from a group or the group is gone: only then is a linked
  group unlinked (a 400 about our own message, too long or badly formatted, is our fault and
  leaves the link alone);
- retry after: Telegram's 429 and its wait, in seconds;
- safe to retry: after a network failure, when sending again cannot make a double;
- already shown: an edit to what the message already says (a button tapped twice): done."""

import warnings

from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TelegramError, TimedOut
from telegram.warnings import PTBDeprecationWarning

from rules.sending import retry_is_safe, retry_seconds

# Telegram's 400 answers that mean the chat cannot get messages from the bot (403 always does).
_UNREACHABLE = ("chat not found", "user is deactivated", "bot was kicked", "not enough rights")
# Of those, the ones that say a group is gone or the bot is no longer in it.
_GROUP_GONE = ("chat not found", "bot was kicked", "group chat was deactivated")


def is_unreachable(error: TelegramError) -> bool:
    """The person blocked the bot, deleted their account, or the chat is gone."""
    if isinstance(error, Forbidden):
        return True
    return isinstance(error, BadRequest) and any(
        reason in error.message.lower() for reason in _UNREACHABLE
    )


def group_is_gone(error: TelegramError) -> bool:
    """Telegram says the bot was removed from the group, or the group no longer exists."""
    if isinstance(error, Forbidden):
        return True
    return isinstance(error, BadRequest) and any(
        reason in error.message.lower() for reason in _GROUP_GONE
    )


def already_shown(error: TelegramError) -> bool:
    """Telegram refused an edit because the message already says exactly that."""
    return isinstance(error, BadRequest) and "message is not modified" in error.message.lower()


def wait_seconds(error: RetryAfter) -> float:
    """The wait a 429 asks for. `retry_after` is a number in PTB 22 (with a warning that it
    becomes a timedelta in PTB 23) and a timedelta after; both are read."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", PTBDeprecationWarning)
        return retry_seconds(error.retry_after)


def safe_to_retry(error: NetworkError) -> bool:
    """After a network failure: True when sending again cannot make a double (see
    rules/sending.retry_is_safe)."""
    cause = type(error.__cause__).__name__ if error.__cause__ is not None else None
    kind = "timeout" if isinstance(error, TimedOut) else "network"
    return retry_is_safe(kind, error.message, cause)
