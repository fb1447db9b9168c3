"""How long the bot keeps what it no longer needs (the daily purge, /privacy). Each period
can be set in the configuration; feedback comments per coalition."""

from dataclasses import dataclass
from datetime import datetime, timedelta

DEFAULT_COMMENT_DAYS = 730  # two years, unless the coalition sets another period

# Environment variable -> field of Retention.
RETENTION_VARIABLES = {
    "RETENTION_PENDING_REGISTRATION_DAYS": "pending_registrations",
    "RETENTION_EXPIRED_INVITE_DAYS": "expired_invites",
    "RETENTION_DELIVERY_DAYS": "deliveries",
    "RETENTION_RSVP_DAYS": "rsvps",
    "RETENTION_AUDIT_DAYS": "audit",
    "RETENTION_NETWORK_QUESTION_DAYS": "network_questions",
}


@dataclass(frozen=True)
class Retention:
    """Days to keep, counted from the moment each thing stopped being useful."""

    pending_registrations: int = 30  # a self-registration nobody approved, since it was made
    expired_invites: int = 30  # since the invite expired
    deliveries: int = 90  # announcement delivery rows, since the announcement finished
    rsvps: int = 365  # "Ik doe mee" of a drop-in, since its date
    audit: int = 730  # a line of the coordinators' audit trail, since the change
    network_questions: int = 90  # a network question and its answers, since it was asked

    def cutoff(self, now: datetime, days: int) -> datetime:
        return now - timedelta(days=days)


@dataclass(frozen=True)
class Purged:
    """What one purge removed, as counts (the log line)."""

    pending_registrations: int = 0
    expired_invites: int = 0
    deliveries: int = 0
    rsvps: int = 0
    comments: int = 0
    audit: int = 0
    network_questions: int = 0

    @property
    def total(self) -> int:
        return (
            self.pending_registrations
            + self.expired_invites
            + self.deliveries
            + self.rsvps
            + self.comments
            + self.audit
            + self.network_questions
        )
