"""Sends the drop-in reminders. The JobQueue only wakes this up (at each reminder's moment,
once at start, after every change, and every minute as a safety net); what is due and what
was sent is decided in SQLite (storage/reminders.py), so a reminder reaches a chat once.

Each wake-up: decide every due reminder (send, or drop when its call has started; when
several are due for one call, only the latest is sent), then deliver the pending ones.
"""

import asyncio
import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

from telegram import InlineKeyboardButton, InlineKeyboardMarkup
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter

from handlers.core.background import BackgroundService
from handlers.core.context import BotApplication, BotContext
from handlers.core.delivery import group_is_gone, safe_to_retry
from handlers.dropin.view import dropin_buttons, reminder_text, skip_notice_text
from handlers.feedback.answering import ask_text, rating_buttons
from handlers.feedback.view import deep_link
from rules import log_context
from rules.dropin import (
    Decision,
    Occurrence,
    Reminder,
    Schedule,
    changes_since,
    decide,
    next_occurrence,
    occurrence_on,
    occurrences,
    reminder_id,
    reminders_for,
)
from rules.feedback import feedback_ask_id, feedback_closes, feedback_reminder_id, respondent_key
from rules.sending import Lane
from rules.texts import DEFAULT_LANGUAGE, Catalogue, Html
from storage.feedback import FeedbackSession
from storage.reminders import Delivery

logger = logging.getLogger(__name__)

LOOKBACK = timedelta(days=1)
REMINDER_LOOKBACK = timedelta(days=3)  # the feedback reminder is at most two days after a call
AGAIN = feedback_reminder_id("")  # the suffix of a feedback reminder's outbox name
SAFETY_TICK_SECONDS = 60
JOB_NEXT = "dropin_next"
JOB_TICK = "dropin_tick"
JOB_NOW = "dropin_now"


@dataclass
class RunReport:
    """What one wake-up did, for logs and tests."""

    claimed: int = 0
    dropped: int = 0
    sent: int = 0
    failed: int = 0
    next_moment: datetime | None = None


class ReminderService(BackgroundService):
    def __init__(self, application: BotApplication) -> None:
        super().__init__(application)
        self._lock = asyncio.Lock()

    # ---- timing (JobQueue) ----------------------------------------------------------------

    async def start(self) -> None:
        """At start: say what a previous run left unfinished, then catch up right away."""
        for delivery in await self._db.reminders.in_flight():
            # Telegram may or may not have it: never risk sending it twice.
            logger.warning(
                "Reminder %s of coalition %s to chat %s was being sent when the bot stopped;"
                " not sent again",
                delivery.reminder,
                delivery.coalition_id,
                delivery.chat_id,
            )
        self._every(self._job, SAFETY_TICK_SECONDS, JOB_TICK)
        self.wake_soon()

    def wake_soon(self) -> None:
        """Look again now (after a change of schedule, groups or subscribers)."""
        self._once(self._job, JOB_NOW)

    async def _job(self, context: BotContext) -> None:
        with log_context.job("dropin_reminders"):
            await self.run_due()

    def _schedule_next(self, moment: datetime | None, now: datetime) -> None:
        job_queue = self._application.job_queue
        if job_queue is None:
            return
        for job in job_queue.get_jobs_by_name(JOB_NEXT):
            job.schedule_removal()
        if moment is not None:
            self._once(self._job, JOB_NEXT, after=max(0.0, (moment - now).total_seconds()))

    # ---- deciding -------------------------------------------------------------------------

    async def run_due(self) -> RunReport:
        async with self._lock:
            now = self._services.clock.now()
            report = RunReport()
            await self._decide(now, report)
            await self._deliver(now, report)
            self._schedule_next(report.next_moment, now)
            if report.claimed or report.sent or report.failed:
                logger.info(
                    "Drop-in reminders: %d decided to send, %d dropped, %d sent, %d failed",
                    report.claimed,
                    report.dropped,
                    report.sent,
                    report.failed,
                )
            return report

    async def _decide(self, now: datetime, report: RunReport) -> None:
        db = self._db
        schedules = await db.dropins.all_active()
        all_changes = await db.dropins.all_changes(since=changes_since(now - REMINDER_LOOKBACK))
        decided = await db.reminders.decided(starting_after=now - LOOKBACK - timedelta(days=7))
        for coalition_id, schedule in schedules.items():
            changes = all_changes.get(coalition_id, {})
            for occurrence in occurrences(schedule, changes, now - LOOKBACK, 3):
                open_reminders = [
                    r
                    for r in reminders_for(schedule, occurrence)
                    if (coalition_id, reminder_id(r)) not in decided
                ]
                await self._decide_occurrence(coalition_id, open_reminders, now, report)
                if not occurrence.skipped:
                    await self._decide_feedback(
                        coalition_id, schedule, occurrence, decided, now, report
                    )
            for occurrence in occurrences(schedule, changes, now - REMINDER_LOOKBACK, 3):
                ask = feedback_ask_id(occurrence.key, occurrence.starts_at)
                if (coalition_id, ask) in decided:  # asked, so the call was held
                    await self._decide_feedback_reminder(
                        coalition_id, schedule, occurrence, ask, decided, now, report
                    )

    async def _decide_feedback(
        self,
        coalition_id: int,
        schedule: Schedule,
        occurrence: Occurrence,
        decided: set[tuple[int, str]],
        now: datetime,
        report: RunReport,
    ) -> None:
        """When the call has ended: open its feedback session, and ask who said they would
        come (privately) and the linked groups (a button to the private chat)."""
        ask = feedback_ask_id(occurrence.key, occurrence.starts_at)
        if (coalition_id, ask) in decided:
            return
        if now < occurrence.ends_at:
            if report.next_moment is None or occurrence.ends_at < report.next_moment:
                report.next_moment = occurrence.ends_at
            return
        closes = feedback_closes(occurrence.ends_at)
        if now >= closes:
            return
        db = self._db
        attending = await db.dropins.rsvps(coalition_id, occurrence.key)
        question = self._services.texts.get(DEFAULT_LANGUAGE, "feedback-default-question")
        await db.feedback.create(
            coalition_id,
            "dropin",
            schedule.title,
            occurrence.local_start(schedule.zone).date(),
            question,
            occurrence.ends_at,
            closes,
            occurrence=occurrence.key,
            invited=len(attending),
        )
        groups = [g.chat_id for g in await db.groups.of_coalition(coalition_id)]
        if await db.reminders.claim(coalition_id, ask, occurrence.key, closes, groups + attending):
            report.claimed += 1

    async def _decide_feedback_reminder(
        self,
        coalition_id: int,
        schedule: Schedule,
        occurrence: Occurrence,
        ask: str,
        decided: set[tuple[int, str]],
        now: datetime,
        report: RunReport,
    ) -> None:
        """Once, at its moment: remind whoever was asked privately and has not answered."""
        again = feedback_reminder_id(ask)
        moment = self._services.config.feedback_reminder.moment(occurrence.ends_at, schedule.zone)
        if (coalition_id, again) in decided or moment is None:
            return
        if now < moment:
            if report.next_moment is None or moment < report.next_moment:
                report.next_moment = moment
            return
        db = self._db
        closes = feedback_closes(occurrence.ends_at)
        session = await db.feedback.of_occurrence(coalition_id, occurrence.key)
        if session is None or not session.is_open(now):
            await db.reminders.drop(coalition_id, again, occurrence.key, closes)
            return
        asked = await db.reminders.sent_to(coalition_id, ask)
        targets = await self._not_answered(session, asked)
        if await db.reminders.claim(coalition_id, again, occurrence.key, closes, targets):
            await db.feedback.mark_reminded(session.id)
            report.claimed += 1

    async def _not_answered(self, session: FeedbackSession, user_ids: list[int]) -> list[int]:
        """Checked with the same keyed hash as the answers: no user id is stored with one."""
        secret = await self._db.feedback.secret(self._services.config.feedback_secret)
        keys = {respondent_key(secret, user_id, session.id): user_id for user_id in user_ids}
        answered = await self._db.feedback.answered(session.id, list(keys))
        return [user_id for key, user_id in keys.items() if key not in answered]

    async def _decide_occurrence(
        self, coalition_id: int, reminders: list[Reminder], now: datetime, report: RunReport
    ) -> None:
        decisions = [(r, decide(r, now)) for r in reminders]
        to_send = [r for r, d in decisions if d is Decision.SEND]
        latest = min(to_send, key=lambda r: r.minutes_before) if to_send else None
        for reminder, decision in decisions:
            if decision is Decision.WAIT:
                if report.next_moment is None or reminder.moment < report.next_moment:
                    report.next_moment = reminder.moment
                continue
            occurrence = reminder.occurrence
            key = reminder_id(reminder)
            if reminder is latest:
                targets = await self._targets(coalition_id)
                if await self._db.reminders.claim(
                    coalition_id, key, occurrence.key, occurrence.starts_at, targets
                ):
                    report.claimed += 1
                continue
            if await self._db.reminders.drop(
                coalition_id, key, occurrence.key, occurrence.starts_at
            ):
                why = "the call has started" if decision is Decision.DROP else "a later one is due"
                logger.warning(
                    "Dropped drop-in reminder %s of coalition %s: %s", key, coalition_id, why
                )
                report.dropped += 1

    async def _targets(self, coalition_id: int) -> list[int]:
        groups = [g.chat_id for g in await self._db.groups.of_coalition(coalition_id)]
        return groups + await self._db.dropins.subscribers(coalition_id)

    # ---- delivering -----------------------------------------------------------------------

    async def _deliver(self, now: datetime, report: RunReport) -> None:
        db = self._db
        pool = self._delivery_pool()
        for delivery in await db.reminders.pending():
            if now >= delivery.starts_at:
                await db.reminders.finish(delivery, "dropped")
                logger.warning(
                    "Dropped drop-in reminder %s to chat %s: the call has started",
                    delivery.reminder,
                    delivery.chat_id,
                )
                continue
            if delivery.reminder.endswith(AGAIN) and not await self._still_unanswered(delivery):
                await db.reminders.finish(delivery, "dropped")
                continue
            if not await db.reminders.take(delivery):
                continue  # another copy of the bot is sending this one
            await pool.submit(
                self._deliver_one(delivery, now, report),
                name=f"reminder-{delivery.reminder}-{delivery.chat_id}",
            )
        await pool.drain()

    async def _deliver_one(self, delivery: Delivery, now: datetime, report: RunReport) -> None:
        db = self._db
        try:
            text, markup = await self._message(delivery, now)
            message = await self._application.bot.send_message(
                delivery.chat_id, text, reply_markup=markup, rate_limit_args=Lane.BULK
            )
        except (Forbidden, BadRequest) as error:
            await db.reminders.finish(delivery, "failed")
            report.failed += 1
            logger.warning("Drop-in reminder to chat %s refused: %s", delivery.chat_id, error)
            gone = delivery.chat_id < 0 and group_is_gone(error)
            if gone and await db.groups.unlink(delivery.chat_id):
                logger.warning("Unlinked group %s: the bot cannot post there", delivery.chat_id)
            elif delivery.chat_id > 0 and isinstance(error, Forbidden):
                await db.dropins.set_subscribed(delivery.coalition_id, delivery.chat_id, False)
        except NetworkError as error:
            if safe_to_retry(error):
                # Never reached Telegram, or refused with a 5xx: the next wake-up tries again.
                await db.reminders.finish(delivery, "pending")
                logger.warning(
                    "Drop-in reminder to chat %s will be retried: %s", delivery.chat_id, error
                )
                return
            # Telegram may have it already: never risk a double, mark it failed.
            await db.reminders.finish(delivery, "failed")
            report.failed += 1
            logger.warning("Drop-in reminder to chat %s not confirmed: %s", delivery.chat_id, error)
        except RetryAfter as error:
            # Refused with a 429 after the rate limiter's retries: not delivered, so the next
            # wake-up tries again.
            await db.reminders.finish(delivery, "pending")
            logger.warning(
                "Drop-in reminder to chat %s will be retried: %s", delivery.chat_id, error
            )
        else:
            await db.reminders.finish(delivery, "sent", message.message_id)
            report.sent += 1

    async def _message(
        self, delivery: Delivery, now: datetime
    ) -> tuple[str, InlineKeyboardMarkup | None]:
        db = self._db
        schedule = await db.dropins.get(delivery.coalition_id)
        if schedule is None:
            raise BadRequest("the drop-in was removed")
        changes = await db.dropins.changes(delivery.coalition_id, since=delivery.occurrence)
        occurrence = occurrence_on(schedule, delivery.occurrence, changes.get(delivery.occurrence))
        t = await self._catalogue_for(delivery.chat_id)
        if delivery.reminder.endswith("feedback"):
            return await self._feedback_message(delivery, t)
        if delivery.reminder.endswith(AGAIN):
            text, markup = await self._feedback_message(delivery, t)
            return t("feedback-reminder", ask=Html(text)), markup
        if delivery.reminder.endswith("notice"):
            following = next_occurrence(schedule, changes, occurrence.ends_at, held_only=True)
            return skip_notice_text(schedule, occurrence, following, t), None
        questions = [
            q.text for q in await db.dropins.questions(delivery.coalition_id, occurrence.key)
        ]
        count = len(await db.dropins.rsvps(delivery.coalition_id, occurrence.key))
        text = reminder_text(schedule, occurrence, now, questions, t)
        return text, dropin_buttons(t, delivery.coalition_id, occurrence.key, count)

    async def _still_unanswered(self, delivery: Delivery) -> bool:
        session = await self._db.feedback.of_occurrence(delivery.coalition_id, delivery.occurrence)
        if session is None:
            return False
        return bool(await self._not_answered(session, [delivery.chat_id]))

    async def _feedback_message(
        self, delivery: Delivery, t: Catalogue
    ) -> tuple[str, InlineKeyboardMarkup | None]:
        session = await self._db.feedback.of_occurrence(delivery.coalition_id, delivery.occurrence)
        if session is None:
            raise BadRequest("the feedback session is gone")
        if delivery.chat_id > 0:
            return ask_text(session, t), rating_buttons(session.id)
        link = deep_link(self._application.bot.username, session.code)
        button = InlineKeyboardButton(t("button-give-feedback"), url=link)
        text = t("feedback-group-prompt", title=session.title)
        return text, InlineKeyboardMarkup([[button]])
