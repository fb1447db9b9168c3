"""Start the real Application against the fake Bot API, with a clock the test controls."""

import asyncio
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bot.app import build_application, serves_webhook
from bot.operations import stop_application, webhook_arguments
from bot.update_processor import ChatOrderedUpdateProcessor
from handlers.core.context import SERVICES_KEY, BotApplication, Services
from handlers.dropin.reminders import ReminderService, RunReport
from handlers.introductions.rounds import IntroductionService, RoundReport
from rules.config import load_config
from rules.sending import ChatLimits
from storage.db import Database
from tests.fake_telegram import FakeTelegram


class FakeClock:
    """A clock that only moves when the test says so."""

    def __init__(self, start: datetime | None = None) -> None:
        self.moment = start or datetime(2026, 11, 2, 9, 0, tzinfo=UTC)

    def now(self) -> datetime:
        return self.moment

    def advance(self, delta: timedelta) -> None:
        self.moment += delta


@dataclass
class RunningBot:
    application: BotApplication
    fake: FakeTelegram
    clock: FakeClock

    @property
    def services(self) -> Services:
        services: Services = self.application.bot_data[SERVICES_KEY]
        return services

    @property
    def db(self) -> Database:
        assert self.services.db is not None
        return self.services.db

    @property
    def reminders(self) -> ReminderService:
        service = self.services.dropin_reminders
        assert isinstance(service, ReminderService)
        return service

    @property
    def introductions(self) -> IntroductionService:
        service = self.services.introductions
        assert isinstance(service, IntroductionService)
        return service

    async def rounds_at(self, moment: datetime) -> RoundReport:
        """Set the clock and wake the introduction rounds, as their JobQueue job would then."""
        self.clock.moment = moment
        return await self.introductions.run_due()

    async def at(self, moment: datetime) -> RunReport:
        """Set the clock and wake the reminder sender, as its JobQueue job would then."""
        self.clock.moment = moment
        return await self.reminders.run_due()

    async def idle(self, within: float = 10.0) -> None:
        """Until the bot has fetched every update the test sent and finished processing them
        (replies included)."""
        await self.fake.wait_until(self.fake.all_updates_fetched, within)
        async with asyncio.timeout(within):
            await self.application.update_queue.join()
            processor = self.application.update_processor
            if isinstance(processor, ChatOrderedUpdateProcessor):
                await processor.marks_written()

    async def stop(self) -> None:
        await stop_application(self.application)  # as `python -m bot run` stops


async def start_bot(
    fake: FakeTelegram,
    database_path: Path,
    *,
    admin_ids: tuple[int, ...] = (),
    clock: FakeClock | None = None,
    limits: ChatLimits | None = None,
    environ: dict[str, str] | None = None,
) -> RunningBot:
    """What run_polling does, step by step, so the test keeps the event loop."""
    config = load_config(
        {
            "BOT_TOKEN": fake.token,
            "BOT_API_URL": fake.url,
            "DATABASE_PATH": str(database_path),
            "ADMIN_IDS": ",".join(str(i) for i in admin_ids),
            **(environ or {}),
        },
        env_file=Path("/nonexistent/.env"),
    )
    clock = clock or FakeClock()
    application = build_application(config, clock=clock, limits=limits)
    await application.initialize()
    if application.post_init is not None:
        await application.post_init(application)
    assert application.updater is not None
    if config.webhook_url is None:
        await application.updater.start_polling(poll_interval=0.0, timeout=1)
    elif not serves_webhook(config):  # with a Mini App the bot's own web server takes it
        await application.updater.start_webhook(**webhook_arguments(config))
    await application.start()
    return RunningBot(application, fake, clock)
