"""Every half minute: write when the Bot API last answered into the database, where
`python -m bot health` (the Docker HEALTHCHECK) reads it. In webhook mode the bot may hear
nothing for a long while, so then it asks getMe itself when the last answer is a minute old."""

import logging
from datetime import timedelta

from telegram.error import TelegramError

from handlers.core.background import BackgroundService
from handlers.core.context import BotContext
from rules import log_context
from rules.clock import to_iso
from storage.settings import LAST_API_ANSWER

logger = logging.getLogger(__name__)

HEARTBEAT_SECONDS = 30
QUIET = timedelta(seconds=60)
JOB_NAME = "heartbeat"


class Heartbeat(BackgroundService):
    async def start(self) -> None:
        job_queue = self._application.job_queue
        if job_queue is not None:
            job_queue.run_repeating(self._job, interval=HEARTBEAT_SECONDS, first=1, name=JOB_NAME)

    async def _job(self, context: BotContext) -> None:
        with log_context.job(JOB_NAME):
            await self.beat()

    async def beat(self) -> None:
        services = self._services
        now = services.clock.now()
        last = services.vitals.last_api_answer(now)
        if last is None or now - last > QUIET:
            try:
                await self._application.bot.get_me()
            except TelegramError as error:
                logger.warning("The Bot API did not answer getMe: %s", error)
            last = services.vitals.last_api_answer(services.clock.now())
        if last is not None:
            await self._db.settings.put(LAST_API_ANSWER, to_iso(last))
