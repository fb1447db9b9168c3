"""The daily purge (storage/operations.py, periods in rules/retention.py): once soon after
start, then every 24 hours. It logs what it removed, as counts only."""

import logging
from datetime import timedelta

from handlers.core.background import BackgroundService
from handlers.core.context import BotContext
from rules import log_context
from rules.retention import Purged

logger = logging.getLogger(__name__)

DAY_SECONDS = 24 * 3600
FIRST_AFTER_SECONDS = 120
JOB_NAME = "retention"
INBOX_KEPT = timedelta(days=1)  # handled updates: long enough to recognise a resend


class RetentionJob(BackgroundService):
    async def start(self) -> None:
        job_queue = self._application.job_queue
        if job_queue is not None:
            job_queue.run_repeating(
                self._job, interval=DAY_SECONDS, first=FIRST_AFTER_SECONDS, name=JOB_NAME
            )

    async def _job(self, context: BotContext) -> None:
        with log_context.job(JOB_NAME):
            await self.purge()

    async def purge(self) -> Purged:
        services = self._services
        now = services.clock.now()
        purged = await self._db.operations.purge(now, services.config.retention)
        inbox = await self._db.inbox.forget_before(now - INBOX_KEPT)
        logger.info(
            "Retention: purged %d pending self-registrations, %d expired invites, %d"
            " announcement delivery rows, %d drop-in sign-ups, %d feedback comments, %d audit"
            " lines, %d network questions, %d handled updates",
            purged.pending_registrations,
            purged.expired_invites,
            purged.deliveries,
            purged.rsvps,
            purged.comments,
            purged.audit,
            purged.network_questions,
            inbox,
        )
        return purged
