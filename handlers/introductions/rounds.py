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

from handlers.core.background import BackgroundService
from handlers.core.context import BotApplication, BotContext
from handlers.core.delivery import is_unreachable, safe_to_retry, wait_seconds
from handlers.introductions.view import (
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
from rules.sending import Lane
from storage.introduction_outbox import Delivery, Introduction, Unsettled
from storage.introductions import RoundSchedule

logger = logging.getLogger(__name__)

TICK_SECONDS = 60
JOB_TICK = "introductions_tick"
JOB_NOW = "introductions_now"
BATCH = 200
MAX_ATTEMPTS = 4
FIRST_PAUSE_SECONDS = 0.5


@dataclass
class RoundReport:
    """What one wake-up did, for logs and tests."""

    planned: int = 0  # rounds
    introductions: int = 0
    waiting: int = 0
    check_backs: int = 0
    sent: int = 0
    cancelled: int = 0
    settled: int = 0  # introductions that lost someone and were dealt with
    introduced_again: int = 0  # people left without a partner who got a new one


class IntroductionService(BackgroundService):
    def __init__(self, application: BotApplication) -> None:
        super().__init__(application)
        self._lock = asyncio.Lock()
        self._stopping = False

    async def start(self) -> None:
        again = await self._db.introduction_outbox.resume_in_flight()
        if again:
            logger.warning(
                "Introductions: %d messages in flight at the last stop are sent again", again
            )
        self._every(self._job, TICK_SECONDS, JOB_TICK)
        self.wake_soon()

    def wake_soon(self) -> None:
        self._once(self._job, JOB_NOW)

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
            # Someone could not be reached: settling queues notices and new introductions.
            while not self._stopping and await self._settle(now, report):
                await self._deliver(report)
        if report.planned or report.sent or report.cancelled or report.settled:
            logger.info(
                "Introductions: %d rounds planned (%d introductions, %d waiting), %d"
                " check-backs queued, %d sent, %d cancelled, %d settled after someone"
                " could not be reached (%d introduced again)",
                report.planned,
                report.introductions,
                report.waiting,
                report.check_backs,
                report.sent,
                report.cancelled,
                report.settled,
                report.introduced_again,
            )
        return report

    async def _settle(self, now: datetime, report: RoundReport) -> bool:
        """Introductions that lost someone, per round: the others are told, and who is left
        alone is introduced again while the round is fresh (else goes first next time)."""
        found = await self._db.introduction_outbox.unsettled()
        by_round: dict[int, list[Unsettled]] = {}
        for entry in found:
            by_round.setdefault(entry.round_id, []).append(entry)
        for entries in by_round.values():
            first = entries[0]
            plan = await self._db.introductions.settle(
                first.coalition_id, first.round_at, entries, again=now - first.round_at <= CATCH_UP
            )
            report.settled += len(entries)
            report.introduced_again += sum(len(group) for group in plan.groups)
            logger.info(
                "Introductions of round %s: %d lost someone, %d people introduced"
                " again, %d wait for the next round",
                first.round_id,
                len(entries),
                sum(len(g) for g in plan.groups),
                len(plan.waiting),
            )
        return bool(found)

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
        logger.info(
            "Introduction round of coalition %s at %s: %d introductions, %d waiting",
            coalition.id,
            due.isoformat(),
            len(plan.groups),
            len(plan.waiting),
        )

    # ---- sending --------------------------------------------------------------------------

    async def _deliver(self, report: RoundReport) -> None:
        outbox = self._db.introduction_outbox
        pool = self._delivery_pool()
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
                reachable: list[int] = []
                if delivery.kind == "introduction":
                    reachable = await self._reachable(introduction)
                    if delivery.user_id not in reachable:  # left or blocked since planning
                        await outbox.mark(delivery, "unreachable")
                        continue
                    if len(reachable) < 2:  # nobody left to meet: settled after this pass
                        report.cancelled += await outbox.cancel(introduction.id)
                        continue
                if not await outbox.take(delivery):
                    continue
                await pool.submit(
                    self._deliver_one(delivery, introduction, reachable, report),
                    name=f"introduction-{delivery.introduction_id}-"
                    f"{delivery.user_id}-{delivery.kind}",
                )
        await pool.drain()

    async def _reachable(self, introduction: Introduction) -> list[int]:
        """Who in it is still a member and can be reached (not left, blocked the bot or been
        forgotten since the round was planned, nor refused its message)."""
        reachable = []
        for user_id in introduction.members:
            if user_id in introduction.lost:
                continue
            memberships = await self._db.members.of_user(user_id)
            person = await self._db.people.get(user_id)
            if person is None or person.unreachable:
                continue
            if any(m.coalition_id == introduction.coalition_id for m in memberships):
                reachable.append(user_id)
        return reachable

    async def _deliver_one(
        self,
        delivery: Delivery,
        introduction: Introduction,
        reachable: list[int],
        report: RoundReport,
    ) -> None:
        outbox = self._db.introduction_outbox
        try:
            message = await self._send(delivery, introduction, reachable)
        except (Forbidden, BadRequest) as error:
            if is_unreachable(error):
                await outbox.mark(delivery, "unreachable")
                await self._db.people.unreachable(delivery.user_id)
                logger.info(
                    "Introduction %s: user %s unreachable (%s)",
                    introduction.id,
                    delivery.user_id,
                    error,
                )
            else:
                await outbox.mark(delivery, "failed")
                logger.warning(
                    "Introduction %s to user %s refused: %s",
                    introduction.id,
                    delivery.user_id,
                    error,
                )
        except RetryAfter as error:
            await asyncio.sleep(wait_seconds(error))
            await outbox.mark(delivery, "pending")
        except NetworkError as error:
            tries = await outbox.attempts(delivery) + 1
            if not safe_to_retry(error):  # Telegram may have it: never risk a double
                await outbox.mark(delivery, "failed")
                logger.warning(
                    "Introduction %s to user %s not confirmed, not sent again: %s",
                    introduction.id,
                    delivery.user_id,
                    error,
                )
            elif tries >= MAX_ATTEMPTS:
                await outbox.mark(delivery, "failed")
                logger.warning(
                    "Introduction %s to user %s failed after %d tries: %s",
                    introduction.id,
                    delivery.user_id,
                    tries,
                    error,
                )
            else:
                await asyncio.sleep(FIRST_PAUSE_SECONDS * 2 ** (tries - 1))
                await outbox.mark(delivery, "pending")
        else:
            await outbox.mark(delivery, "sent", message.message_id)
            report.sent += 1

    async def _send(
        self, delivery: Delivery, introduction: Introduction, reachable: list[int]
    ) -> Message:
        """`reachable`: for an introduction, who in it could still be reached just before."""
        t = await self._catalogue_for(delivery.user_id)
        others = list(introduction.others(delivery.user_id))
        bot = self._application.bot
        if delivery.kind == "notice":
            names = await self._db.people.names(list(introduction.lost))
            lost = ", ".join(names.get(u, "?") for u in introduction.lost)
            key = "intro-lost-group" if others else "intro-lost-pair"
            return await bot.send_message(
                delivery.user_id, t(key, names=lost), rate_limit_args=Lane.BULK
            )
        if delivery.kind == "check_back":
            names = await self._db.people.names(others)
            return await bot.send_message(
                delivery.user_id,
                check_back_text([names.get(u, "?") for u in others], t),
                reply_markup=check_back_buttons(introduction.id, t),
                rate_limit_args=Lane.BULK,
            )
        coalition = await self._db.coalitions.get(introduction.coalition_id)
        zone = ZoneInfo(coalition.timezone if coalition else "Europe/Amsterdam")
        people = [
            await self._introduced_person(introduction.coalition_id, u, t.language)
            for u in others
            if u in reachable
        ]
        text = introduction_text(people, proposed_slot(introduction.round_at, zone), zone, t)
        return await bot.send_message(
            delivery.user_id,
            text[:4096],
            reply_markup=introduction_buttons(introduction.id, t),
            rate_limit_args=Lane.BULK,
        )

    async def _introduced_person(
        self, coalition_id: int, user_id: int, language: str
    ) -> IntroducedPerson:
        db = self._db
        participation = await db.introductions.participation(coalition_id, user_id)
        names = await db.people.names([user_id])
        listings = [
            p
            for p in await db.partners.of_user(user_id)
            if p.coalition_id == coalition_id and p.status == "listed"
        ]
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
