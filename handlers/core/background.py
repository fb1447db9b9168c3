"""What the services that send on their own (reminders, announcements) share: the
application's services, the database, the language of a chat they write to, and a pool
that keeps several deliveries going at once."""

import asyncio
import logging
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any

from handlers.core.context import SERVICES_KEY, BotApplication, BotContext, Services
from rules.sending import bulk_in_flight
from rules.texts import Catalogue
from storage.db import Database

logger = logging.getLogger(__name__)

Job = Callable[[BotContext], Coroutine[Any, Any, None]]
# APScheduler skips a job that runs more than a second late; here late is fine (SQLite decides).
LATE_IS_FINE = {"misfire_grace_time": None, "coalesce": True}


class DeliveryPool:
    """Runs deliveries concurrently, at most `in_flight` at a time."""

    def __init__(self, in_flight: int) -> None:
        self._free = asyncio.Semaphore(in_flight)
        self._tasks: set[asyncio.Task[None]] = set()
        self._done = asyncio.Event()

    @property
    def busy(self) -> bool:
        return bool(self._tasks)

    async def submit(self, delivery: Awaitable[None], name: str) -> None:
        """Start `delivery` once a place is free (waits for one)."""
        await self._free.acquire()
        task = asyncio.create_task(self._run(delivery, name), name=name)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _run(self, delivery: Awaitable[None], name: str) -> None:
        try:
            await delivery
        except Exception:
            logger.exception("Delivery %s stopped on an error", name)
        finally:
            self._free.release()
            self._done.set()

    async def wait_one(self) -> None:
        """Until some delivery under way has finished (at once when none is)."""
        if not self._tasks:
            return
        self._done.clear()
        await self._done.wait()

    async def drain(self) -> None:
        """Until every delivery under way has finished."""
        while self._tasks:
            await asyncio.gather(*self._tasks, return_exceptions=True)


class BackgroundService:
    def __init__(self, application: BotApplication) -> None:
        self._application = application

    @property
    def _services(self) -> Services:
        services: Services = self._application.bot_data[SERVICES_KEY]
        return services

    @property
    def _db(self) -> Database:
        return self._services.open_db

    def _every(self, job: Job, seconds: float, name: str) -> None:
        """Run `job` every `seconds` (first after `seconds`): the safety net for a missed wake."""
        job_queue = self._application.job_queue
        if job_queue is not None:
            job_queue.run_repeating(
                job, interval=seconds, first=seconds, name=name, job_kwargs=LATE_IS_FINE
            )

    def _once(self, job: Job, name: str, after: float = 0.0) -> None:
        """Run `job` once, `after` seconds from now (at once: a wake)."""
        job_queue = self._application.job_queue
        if job_queue is not None:
            job_queue.run_once(job, when=after, name=name, job_kwargs=LATE_IS_FINE)

    def _delivery_pool(self) -> DeliveryPool:
        """Room for as many deliveries at once as the send rate can use (bulk_in_flight)."""
        return DeliveryPool(bulk_in_flight(self._services.config.send_rate))

    async def _catalogue_for(self, chat_id: int) -> Catalogue:
        return await self._services.catalogue_for(chat_id)
