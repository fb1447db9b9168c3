"""Everything stored about one person, to show it (/mijngegevens) or delete it (/vergeetmij).
Feedback answers are not here: they hold no user id (storage/feedback.py)."""

from dataclasses import dataclass, field

from storage.connection import SharedConnection
from storage.partners.search import PartnerSearchRepository
from storage.people import PeopleRepository

# Tables with a user_id or chat_id column that holds the person's Telegram id.
_BY_USER = (
    "dropin_rsvps",
    "dropin_questions",
    "dropin_subscribers",
    "members",
    "people",
    "introduction_participants",
    "introduction_members",
    "network_question_deliveries",
    "network_answers",
    "workgroup_members",
    "action_owners",
    "action_asks",
    "action_share_consents",
)
_BY_CHAT = ("reminder_deliveries", "announcement_deliveries")
_AS_ACTOR = (
    ("invites", "created_by"),
    ("partners", "added_by"),
    ("dropin_changes", "changed_by"),
    ("linked_groups", "linked_by"),
    ("feedback_sessions", "created_by"),
    ("introduction_schedules", "changed_by"),
    ("audit_log", "actor_id"),
    ("workgroups", "lead_id"),
    ("actions", "proposed_by"),
)


@dataclass(frozen=True)
class PersonalRecord:
    first_name: str | None
    language: str | None  # their own choice
    telegram_language: str | None  # their Telegram app's, as last seen
    memberships: list[tuple[str, str]]  # (coalition, role)
    listings: list[tuple[str, str, str]]  # (coalition, name, status)
    reminders_in: list[str]  # coalitions whose drop-in reminders they get
    rsvps: int
    questions: list[str]
    announcements_off: bool
    network_questions: list[str]  # the questions they asked the network
    network_answers: list[str]  # what they answered (a text, or the kind of answer)
    network_questions_off: bool = False
    actions: list[str] = field(default_factory=list)  # the actions they own (titles)
    action_updates: list[str] = field(default_factory=list)  # the sentences they wrote


class PrivacyRepository:
    def __init__(
        self, db: SharedConnection, people: PeopleRepository, search: PartnerSearchRepository
    ) -> None:
        self._db = db
        self._people = people
        self._search = search

    async def personal_record(self, user_id: int) -> PersonalRecord:
        conn = self._db.connection
        person = await self._people.get(user_id)
        memberships = await conn.execute_fetchall(
            "SELECT c.name, m.role FROM members m JOIN coalitions c ON c.id = m.coalition_id"
            " WHERE m.user_id = ? ORDER BY c.name",
            (user_id,),
        )
        listings = await conn.execute_fetchall(
            "SELECT c.name, p.name, p.status FROM partners p JOIN coalitions c"
            " ON c.id = p.coalition_id WHERE p.user_id = ? ORDER BY p.id",
            (user_id,),
        )
        reminders = await conn.execute_fetchall(
            "SELECT c.name FROM dropin_subscribers s JOIN coalitions c ON c.id = s.coalition_id"
            " WHERE s.user_id = ? ORDER BY c.name",
            (user_id,),
        )
        rsvps = await conn.execute_fetchall(
            "SELECT COUNT(*) FROM dropin_rsvps WHERE user_id = ?", (user_id,)
        )
        questions = await conn.execute_fetchall(
            "SELECT text FROM dropin_questions WHERE user_id = ? ORDER BY id", (user_id,)
        )
        asked = await conn.execute_fetchall(
            "SELECT text FROM network_questions WHERE asker_id = ? ORDER BY id", (user_id,)
        )
        answered = await conn.execute_fetchall(
            "SELECT CASE kind WHEN 'text' THEN text ELSE kind END FROM network_answers"
            " WHERE user_id = ? ORDER BY id",
            (user_id,),
        )
        owned = await conn.execute_fetchall(
            "SELECT a.title FROM actions a JOIN action_owners o ON o.action_id = a.id"
            " WHERE o.user_id = ? ORDER BY a.id",
            (user_id,),
        )
        written = await conn.execute_fetchall(
            "SELECT text FROM action_updates WHERE user_id = ? AND text != '' ORDER BY id",
            (user_id,),
        )
        return PersonalRecord(
            first_name=person.first_name if person else None,
            language=person.language if person else None,
            telegram_language=person.language_code if person else None,
            memberships=[(str(r[0]), str(r[1])) for r in memberships],
            listings=[(str(r[0]), str(r[1]), str(r[2])) for r in listings],
            reminders_in=[str(r[0]) for r in reminders],
            rsvps=int(next(iter(rsvps))[0]),
            questions=[str(r[0]) for r in questions],
            announcements_off=bool(person and person.announcements_off),
            network_questions=[str(r[0]) for r in asked],
            network_answers=[str(r[0]) for r in answered],
            network_questions_off=bool(person and person.network_questions_off),
            actions=[str(r[0]) for r in owned],
            action_updates=[str(r[0]) for r in written],
        )

    async def forget_person(self, user_id: int) -> None:
        """Delete everything about the person in one transaction: their own listings (and their
        place in the search index), memberships, drop-in choices, questions, delivery records."""
        async with self._db.transaction() as conn:
            await conn.execute(
                "DELETE FROM partner_fts"
                " WHERE rowid IN (SELECT id FROM partners WHERE user_id = ?)",
                (user_id,),
            )
            # The audit trail keeps what was done to their listing, not its name.
            await conn.execute(
                "UPDATE audit_log SET subject = '' WHERE partner_id IN"
                " (SELECT id FROM partners WHERE user_id = ?)",
                (user_id,),
            )
            await conn.execute("DELETE FROM partners WHERE user_id = ?", (user_id,))
            # Their network questions with everything about them (deliveries, answers).
            await conn.execute("DELETE FROM network_questions WHERE asker_id = ?", (user_id,))
            await conn.execute(
                "UPDATE network_questions SET helped_by = NULL WHERE helped_by = ?", (user_id,)
            )
            # Their updates stay in the actions' history, without their id or their words.
            await conn.execute(
                "UPDATE actions SET news = '' WHERE news != '' AND news IN (SELECT text FROM"
                " action_updates u WHERE u.action_id = actions.id AND u.user_id = ?)",
                (user_id,),
            )
            await conn.execute(
                "UPDATE action_updates SET user_id = NULL, text = '' WHERE user_id = ?",
                (user_id,),
            )
            for table in _BY_CHAT:
                await conn.execute(f"DELETE FROM {table} WHERE chat_id = ?", (user_id,))
            for table in _BY_USER:
                await conn.execute(f"DELETE FROM {table} WHERE user_id = ?", (user_id,))
            await conn.execute(
                "DELETE FROM introduction_pairs WHERE first_id = ? OR second_id = ?",
                (user_id, user_id),
            )
            # What they did as a coordinator stays, without their id.
            for table, column in _AS_ACTOR:
                await conn.execute(
                    f"UPDATE {table} SET {column} = NULL WHERE {column} = ?", (user_id,)
                )
            await conn.execute(
                "UPDATE announcements SET created_by = 0 WHERE created_by = ?", (user_id,)
            )
        self._search.forget_caches()
