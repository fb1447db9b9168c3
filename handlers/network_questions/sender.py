"""Works through the network questions' outbox (storage/network_questions.py) in the bulk
lane: the waiting deliveries the weekly cap allows, several under way at once, each taken
before the send and marked after; closes questions after 14 days. One loop for every
question; woken when a question is asked, and every few minutes (a new week lets the
questions that waited for the cap go)."""

import asyncio
import contextlib
import logging
from zoneinfo import ZoneInfo

from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter

from handlers.core.background import BackgroundService
from handlers.core.context import BotApplication
from handlers.core.delivery import is_unreachable, wait_seconds
from handlers.core.sending import send_text
from handlers.network_questions.view import question_for_recipient, short
from rules import log_context
from rules.network_questions import week_of
from rules.sending import Lane
from rules.texts import Catalogue
from storage.network_questions import NetworkQuestion

logger = logging.getLogger(__name__)

BATCH = 100
LOOK_AGAIN_SECONDS = 300.0


class NetworkQuestionSender(BackgroundService):
    def __init__(self, application: BotApplication) -> None:
        super().__init__(application)
        self._wake = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self._stopping = False
        self._idle = asyncio.Event()

    async def start(self) -> None:
        again = await self._db.network_questions.resume_in_flight()
        if again:
            logger.warning(
                "Network questions: %d deliveries taken but not confirmed at the"
                " last stop are sent again",
                again,
            )
        self._task = asyncio.create_task(self._run(), name="network_questions")

    def wake_soon(self) -> None:
        """Look at the outbox now: a question was asked (or, in tests, the clock moved)."""
        self._idle.clear()
        self._wake.set()

    async def wait_idle(self) -> None:
        """For tests and benchmarks: until everything that may go now has gone."""
        await self._idle.wait()

    async def stop(self) -> None:
        self._stopping = True
        self._wake.set()
        if self._task is not None:
            await asyncio.gather(self._task, return_exceptions=True)

    async def _run(self) -> None:
        log_context.set_update(None)
        while not self._stopping:
            self._wake.clear()
            try:
                with log_context.job("network_questions"):
                    await self._close_due()
                    await self._send_waiting()
            except Exception:
                logger.exception("Network questions: the sender stopped a round on an error")
            if self._wake.is_set():
                continue
            self._idle.set()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), LOOK_AGAIN_SECONDS)

    async def _send_waiting(self) -> None:
        db = self._db
        pool = self._delivery_pool()
        zone = ZoneInfo(self._services.config.timezone)
        questions: dict[int, tuple[NetworkQuestion, str, str]] = {}
        while not self._stopping:
            week = week_of(self._services.clock.now(), zone)
            batch = await db.network_questions.take_next(BATCH, week)
            if not batch:
                if pool.busy:
                    await pool.wait_one()  # a delivery may go back to waiting
                    continue
                break
            catalogues = await self._services.catalogues_for([user for _, user in batch])
            for question_id, user_id in batch:
                if question_id not in questions:
                    found = await self._describe(question_id)
                    if found is None:
                        await db.network_questions.mark(question_id, user_id, "expired")
                        continue
                    questions[question_id] = found
                question, coalition, asker = questions[question_id]
                await pool.submit(
                    self._deliver(question, user_id, catalogues[user_id], coalition, asker),
                    name=f"network-question-{question_id}-{user_id}",
                )
        await pool.drain()

    async def _describe(self, question_id: int) -> tuple[NetworkQuestion, str, str] | None:
        """The question, its coalition's name and how the asker is introduced."""
        db = self._db
        question = await db.network_questions.get(question_id)
        if question is None:
            return None
        coalition = await db.coalitions.get(question.coalition_id)
        names = await db.people.names([question.asker_id])
        asker = names.get(question.asker_id, "")
        listing = next(
            (
                p
                for p in await db.partners.of_user(question.asker_id)
                if p.coalition_id == question.coalition_id and p.status == "listed"
            ),
            None,
        )
        if listing is not None:
            parts = (listing.data.name, listing.data.role, listing.data.organisation)
            asker = " · ".join(part for part in parts if part)
        return question, coalition.name if coalition else "", asker

    async def _deliver(
        self, question: NetworkQuestion, user_id: int, t: Catalogue, coalition: str, asker: str
    ) -> None:
        db = self._db
        text, markup = question_for_recipient(t, question, coalition, asker)
        try:
            message_id = await send_text(self._application.bot, user_id, text, markup, Lane.BULK)
        except (Forbidden, BadRequest) as error:
            unreachable = is_unreachable(error)
            await db.network_questions.mark(
                question.id, user_id, "unreachable" if unreachable else "failed"
            )
            if unreachable:
                await db.people.unreachable(user_id)
            logger.info("Network question %s to %s not delivered: %s", question.id, user_id, error)
        except RetryAfter as error:
            await asyncio.sleep(wait_seconds(error))
            await db.network_questions.mark(question.id, user_id, "waiting")
        except NetworkError as error:
            # Telegram may have it: never risk a double; the asker's count shows it.
            await db.network_questions.mark(question.id, user_id, "failed")
            logger.warning(
                "Network question %s to %s not confirmed: %s", question.id, user_id, error
            )
        else:
            await db.network_questions.mark(question.id, user_id, "sent", message_id)

    async def _close_due(self) -> None:
        for question in await self._db.network_questions.close_due():
            counts = await self._db.network_questions.counts(question.id)
            t = await self._catalogue_for(question.asker_id)
            logger.info("Network question %s closed after 14 days", question.id)
            try:
                await send_text(
                    self._application.bot,
                    question.asker_id,
                    t("network-closed", question=short(question.text), answers=counts.answers),
                    None,
                    Lane.BULK,
                )
            except (Forbidden, BadRequest, NetworkError) as error:
                logger.info(
                    "Asker of network question %s not told of its closing: %s", question.id, error
                )
