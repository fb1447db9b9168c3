"""Plans each coalition's introduction round and sends it. The JobQueue only wakes this up
(every minute, once at start, after a coordinator's change); SQLite decides: a round is
planned and stored, all of it, before anything goes out (storage/introductions.py), and each
message is a row of the outbox (storage/introduction_outbox.py), sent in the bulk lane like
announcements. A week after a round, each person who got an introduction is asked once
whether they met.
"""

import asyncio
import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from telegram import Message
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter

from handlers.background import BackgroundService, DeliveryPool, is_unreachable, safe_to_retry
from handlers.context import BotApplication, BotContext
from handlers.introductions_view import (
    IntroducedPerson,
    check_back_buttons,
    check_back_text,
    introduction_buttons,
    introduction_text,
)
from rules import log_context
from rules.introductions import (
    CATCH_UP,
    CHECK_BACK_AFTER,
    Domain,
    latest_round_at,
    proposed_slot,
)
from rules.municipalities import gazetteer
from rules.roles_vocabulary import role_vocabulary
from rules.sending import Lane, retry_seconds
from storage.introduction_outbox import Delivery, Introduction
from storage.introductions import RoundSchedule

logger = logging.getLogger(__name__)

TICK_SECONDS = 60
JOB_TICK = "introductions_tick"
JOB_NOW = "introductions_now"
BATCH = 200
MAX_ATTEMPTS = 4
FIRST_PAUSE_SECONDS = 0.5
_LATE_IS_FINE = {"misfire_grace_time": None, "coalesce": True}


@dataclass
class RoundReport:
    """What one wake-up did, for logs and tests."""

    planned: int = 0  # rounds
    introductions: int = 0
    waiting: int = 0
    check_backs: int = 0
    sent: int = 0
    cancelled: int = 0


class IntroductionService(BackgroundService):
    def __init__(self, application: BotApplication) -> None:
        super().__init__(application)
        self._lock = asyncio.Lock()
        self._stopping = False

    async def start(self) -> None:
        again = await self._db.introduction_outbox.resume_in_flight()
        if again:
            logger.warning("Introductions: %d messages in flight at the last stop are sent again",
                           again)  # fmt: skip
        job_queue = self._application.job_queue
        if job_queue is not None:
            job_queue.run_repeating(self._job, interval=TICK_SECONDS, first=TICK_SECONDS,
                                    name=JOB_TICK, job_kwargs=_LATE_IS_FINE)  # fmt: skip
        self.wake_soon()

    def wake_soon(self) -> None:
        job_queue = self._application.job_queue
        if job_queue is not None:
            job_queue.run_once(self._job, when=0, name=JOB_NOW, job_kwargs=_LATE_IS_FINE)

    async def stop(self) -> None:
        """Finish the messages in hand, then stop; the rest waits for the next start."""
        self._stopping = True
        async with self._lock:
            pass

    async def _job(self, context: BotContext) -> None:
        with log_context.job("introductions"):
            await self.run_due()

    async def run_due(self) -> RoundReport:
        report = RoundReport()
        if self._stopping:
            return report
        async with self._lock:
            now = self._services.clock.now()
            for schedule in await self._db.introductions.active_schedules():
                await self._plan(schedule, now, report)
            report.check_backs = await self._db.introduction_outbox.queue_check_backs(
                due_before=now - CHECK_BACK_AFTER + timedelta(seconds=1),
                not_before=now - CHECK_BACK_AFTER - CATCH_UP,
            )
            await self._deliver(report)
        if report.planned or report.sent or report.cancelled:
            logger.info("Introductions: %d rounds planned (%d introductions, %d waiting), %d"
                        " check-backs queued, %d sent, %d cancelled", report.planned,
                        report.introductions, report.waiting, report.check_backs, report.sent,
                        report.cancelled)  # fmt: skip
        return report

    # ---- planning -------------------------------------------------------------------------

    async def _plan(self, schedule: RoundSchedule, now: datetime, report: RoundReport) -> None:
        db = self._db
        coalition = await db.coalitions.get(schedule.coalition_id)
        if coalition is None:
            return
        due = latest_round_at(now, schedule.weekday, schedule.at, ZoneInfo(coalition.timezone))
        if now - due > CATCH_UP:
            return
        plan = await db.introductions.plan(coalition.id, due)
        if plan is None:
            return
        report.planned += 1
        report.introductions += len(plan.groups)
        report.waiting += len(plan.waiting)
        logger.info("Introduction round of coalition %s at %s: %d introductions, %d waiting",
                    coalition.id, due.isoformat(), len(plan.groups), len(plan.waiting))  # fmt: skip

    # ---- sending --------------------------------------------------------------------------

    async def _deliver(self, report: RoundReport) -> None:
        outbox = self._db.introduction_outbox
        pool = DeliveryPool()
        seen: set[Delivery] = set()
        while not self._stopping:
            batch = [d for d in await outbox.pending(BATCH) if d not in seen]
            if not batch:
                if pool.busy:
                    await pool.wait_one()
                    continue
                break
            for delivery in batch:
                seen.add(delivery)
                if self._stopping:
                    break
                introduction = await outbox.get(delivery.introduction_id)
                if introduction is None:
                    continue
                if delivery.kind == "introduction" and not await self._still_on(introduction):
                    report.cancelled += await outbox.cancel(introduction.id)
                    continue
                if not await outbox.take(delivery):
                    continue
                await pool.submit(self._deliver_one(delivery, introduction, report),
                                  name=f"introduction-{delivery.introduction_id}-"
                                  f"{delivery.user_id}-{delivery.kind}")  # fmt: skip
        await pool.drain()

    async def _still_on(self, introduction: Introduction) -> bool:
        """Everyone in it is still a member who can be reached (nobody left, blocked the bot
        or was forgotten since the round was planned)."""
        if len(introduction.members) < 2:
            return False
        for user_id in introduction.members:
            memberships = await self._db.members.of_user(user_id)
            person = await self._db.people.get(user_id)
            if person is not None and person.unreachable:
                return False
            if all(m.coalition_id != introduction.coalition_id for m in memberships):
                return False
        return True

    async def _deliver_one(
        self, delivery: Delivery, introduction: Introduction, report: RoundReport
    ) -> None:
        outbox = self._db.introduction_outbox
        try:
            message = await self._send(delivery, introduction)
        except (Forbidden, BadRequest) as error:
            if is_unreachable(error):
                await outbox.mark(delivery, "unreachable")
                await self._db.people.unreachable(delivery.user_id)
                logger.info("Introduction %s: user %s unreachable (%s)", introduction.id,
                            delivery.user_id, error)  # fmt: skip
            else:
                await outbox.mark(delivery, "failed")
                logger.warning("Introduction %s to user %s refused: %s", introduction.id,
                               delivery.user_id, error)  # fmt: skip
        except RetryAfter as error:
            await asyncio.sleep(retry_seconds(error._retry_after))
            await outbox.mark(delivery, "pending")
        except NetworkError as error:
            tries = await outbox.attempts(delivery) + 1
            if not safe_to_retry(error):  # Telegram may have it: never risk a double
                await outbox.mark(delivery, "failed")
                logger.warning("Introduction %s to user %s not confirmed, not sent again: %s",
                               introduction.id, delivery.user_id, error)  # fmt: skip
            elif tries >= MAX_ATTEMPTS:
                await outbox.mark(delivery, "failed")
                logger.warning("Introduction %s to user %s failed after %d tries: %s",
                               introduction.id, delivery.user_id, tries, error)  # fmt: skip
            else:
                await asyncio.sleep(FIRST_PAUSE_SECONDS * 2 ** (tries - 1))
                await outbox.mark(delivery, "pending")
        else:
            await outbox.mark(delivery, "sent", message.message_id)
            report.sent += 1

    async def _send(self, delivery: Delivery, introduction: Introduction) -> Message:
        t = await self._catalogue_for(delivery.user_id)
        others = [u for u in introduction.members if u != delivery.user_id]
        bot = self._application.bot
        if delivery.kind == "check_back":
            names = await self._db.people.names(others)
            return await bot.send_message(
                delivery.user_id, check_back_text([names.get(u, "?") for u in others], t),
                reply_markup=check_back_buttons(introduction.id, t), rate_limit_args=Lane.BULK,
            )  # fmt: skip
        coalition = await self._db.coalitions.get(introduction.coalition_id)
        zone = ZoneInfo(coalition.timezone if coalition else "Europe/Amsterdam")
        people = [await self._introduced_person(introduction.coalition_id, u, t.language)
                  for u in others]  # fmt: skip
        text = introduction_text(people, proposed_slot(introduction.round_at, zone), zone, t)
        return await bot.send_message(
            delivery.user_id, text[:4096], reply_markup=introduction_buttons(introduction.id, t),
            rate_limit_args=Lane.BULK,
        )  # fmt: skip

    async def _introduced_person(
        self, coalition_id: int, user_id: int, language: str
    ) -> IntroducedPerson:
        db = self._db
        participation = await db.introductions.participation(coalition_id, user_id)
        names = await db.people.names([user_id])
        listings = [p for p in await db.partners.of_user(user_id)
                    if p.coalition_id == coalition_id and p.status == "listed"]  # fmt: skip
        listing = listings[0] if listings else None
        domain = participation.domain if participation else None
        role_shown = (
            role_vocabulary().display(listing.role_key, language, listing.data.role)
            if listing
            else ""
        )
        return IntroducedPerson(
            user_id=user_id,
            first_name=names.get(user_id, "?"),
            domain=domain or Domain.OTHER,
            municipality=gazetteer().official.get(participation.municipality, "")
            if participation
            else "",
            listing=listing.data if listing else None,
            role_shown=role_shown,
        )
