"""The status round: on the rhythm each coalition's coordinator set (monthly from the 1st at
10:00, or in the week before a chosen meeting), every owner of an open action is asked once
how it goes: the action's card with its status buttons and *Nieuws toevoegen*, in the owner's
language, in the bulk lane. An overdue action is mentioned as such once; a week later one
gentle reminder goes to whoever has not answered; never more. An owner who left the
coalition is not asked (storage/actions/rounds.py plans only members and the
send checks again)."""

import asyncio
import logging
from zoneinfo import ZoneInfo

from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter

from handlers.actions.view import action_buttons, action_card
from handlers.core.background import BackgroundService
from handlers.core.context import BotApplication
from handlers.core.delivery import is_unreachable, wait_seconds
from handlers.core.sending import send_text
from rules import log_context
from rules.actions import due_round, is_overdue
from rules.sending import Lane
from storage.actions.rounds import AskKey

logger = logging.getLogger(__name__)

BATCH = 100
TICK_SECONDS = 300.0
FIRST_PASS_SECONDS = 30.0  # after a start: a round that opened while the bot was down goes now
ROUNDS_KEY = "action_rounds"


class ActionRounds(BackgroundService):
    def __init__(self, application: BotApplication) -> None:
        super().__init__(application)
        self._running = asyncio.Lock()
        self._resumed = False

    def schedule(self) -> None:
        """Soon after the start, then every few minutes (the job queue runs once the bot
        does)."""
        self._once(self._tick, ROUNDS_KEY, after=FIRST_PASS_SECONDS)
        self._every(self._tick, TICK_SECONDS, ROUNDS_KEY)

    async def _tick(self, _: object) -> None:
        await self.run()

    async def run(self) -> None:
        """One pass: plan the rounds that run now, ask who is waiting, remind once."""
        if self._running.locked():
            return  # the previous pass is still at it
        async with self._running:
            with log_context.job(ROUNDS_KEY):
                try:
                    if not self._resumed:
                        self._resumed = True
                        if again := await self._db.action_rounds.resume_in_flight():
                            logger.warning("Action rounds: %d asks of the last run again", again)
                    running_rounds = await self._plan()
                    await self._ask_waiting()
                    await self._remind(running_rounds)
                except Exception:
                    logger.exception("Action rounds: a pass stopped on an error")

    async def _plan(self) -> set[str]:
        db = self._db
        now = self._services.clock.now()
        rounds = set()
        for coalition in await db.coalitions.all():
            rhythm = await db.action_rounds.rhythm(coalition.id)
            found = due_round(rhythm, now.astimezone(ZoneInfo(coalition.timezone)))
            if found is None:
                continue
            rounds.add(found.key)
            planned = await db.action_rounds.plan(coalition.id, found.key, found.opens)
            if planned:
                logger.info("Action round %s of %s: %d to ask", found.key, coalition.slug, planned)
        return rounds

    async def _ask_waiting(self) -> None:
        pool = self._delivery_pool()
        while batch := await self._db.action_rounds.take(BATCH):
            for key in batch:
                await pool.submit(self._ask(key), name=f"action-ask-{key}")
        await pool.drain()

    async def _remind(self, running_rounds: set[str]) -> None:
        pool = self._delivery_pool()
        for key in await self._db.action_rounds.due_reminders(running_rounds):
            await self._db.action_rounds.mark_reminded(key)  # once, whatever the send does
            await pool.submit(self._ask(key, reminder=True), name=f"action-remind-{key}")
        await pool.drain()

    async def _ask(self, key: AskKey, *, reminder: bool = False) -> None:
        """The question (or the one reminder): what it changes in the outbox is marked for the
        question only; a reminder is marked before it goes."""
        db = self._db
        intro = "actions-round-reminder" if reminder else "actions-round-ask"
        action_id, user_id, _ = key
        action = await db.actions.get(action_id)
        members = await db.members.of_user(user_id)
        if action is None or not any(m.coalition_id == action.coalition_id for m in members):
            if not reminder:
                await db.action_rounds.mark(key, "skipped")
            return
        t = await self._catalogue_for(user_id)
        today = self._services.clock.now().date()
        text = t(intro) + "\n\n" + action_card(t, action, today)
        overdue = is_overdue(action.facts(), today) and not action.overdue_told
        if overdue:
            text += "\n\n" + t("actions-round-overdue")
        coordinator = any(
            m.coalition_id == action.coalition_id and m.role == "coordinator" for m in members
        )
        markup = action_buttons(t, action, owner=True, coordinator=coordinator)
        try:
            await send_text(self._application.bot, user_id, text, markup, Lane.BULK)
        except (Forbidden, BadRequest) as error:
            unreachable = is_unreachable(error)
            if not reminder:
                await db.action_rounds.mark(key, "unreachable" if unreachable else "failed")
            if unreachable:
                await db.people.unreachable(user_id)
            logger.info("Action %s: owner %s not asked: %s", action_id, user_id, error)
        except RetryAfter as error:
            await asyncio.sleep(wait_seconds(error))
            if not reminder:
                await db.action_rounds.mark(key, "waiting")
        except NetworkError as error:
            if not reminder:
                await db.action_rounds.mark(key, "failed")  # never risk asking twice
            logger.warning("Action %s: owner %s not confirmed: %s", action_id, user_id, error)
        else:
            if not reminder:
                await db.action_rounds.mark(key, "sent")
            if overdue:
                await db.action_rounds.overdue_told(action_id)
