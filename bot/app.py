"""The one place that wires the Application: builder, services, handlers, start and stop."""

import asyncio
import functools
import gc
import logging
import mimetypes
import time
import warnings
from typing import Any, cast
from urllib.parse import urlsplit

from telegram import LinkPreviewOptions, MenuButtonWebApp, Update, WebAppInfo
from telegram.constants import ParseMode
from telegram.error import TelegramError
from telegram.ext import Application, ContextTypes, Defaults
from telegram.warnings import PTBDeprecationWarning, PTBUserWarning

from bot.aiohttp_request import AiohttpRequest
from bot.inbox_request import InboxRequest
from bot.jobs import NamedJobQueue
from bot.loop_watch import LoopWatch
from bot.rate_limiter import TelegramRateLimiter
from bot.update_processor import ChatOrderedUpdateProcessor
from handlers import (
    account,
    actions,
    announcements,
    directory,
    dropin,
    feedback,
    introductions,
    joining,
    network_questions,
    partners,
    reports,
    upkeep,
)
from handlers.announcements.sender import AnnouncementSender
from handlers.core import commands, errors, flood, identify
from handlers.core.context import SERVICES_KEY, BotApplication, BotContext, Services
from handlers.dropin.reminders import ReminderService
from handlers.introductions.rounds import IntroductionService
from handlers.network_questions.sender import NetworkQuestionSender
from handlers.upkeep.heartbeat import Heartbeat
from handlers.upkeep.retention import RetentionJob
from rules.clock import Clock, SystemClock
from rules.config import Config
from rules.flood import FloodWindow
from rules.sending import Backlog, ChatLimits
from rules.texts import DEFAULT_LANGUAGE, Texts
from rules.vitals import Vitals
from storage.db import Database

logger = logging.getLogger(__name__)
# Our conversations follow a person in a chat, not one message: PTB's hint about that is noise.
warnings.filterwarnings("ignore", message="If 'per_message=False'", category=PTBUserWarning)
# retry_after becomes a timedelta in PTB 23; the sender reads both forms.
warnings.filterwarnings("ignore", message=".*retry_after.*", category=PTBDeprecationWarning)


async def _post_init(application: BotApplication, polling: InboxRequest) -> None:
    services: Services = application.bot_data[SERVICES_KEY]
    services.db = await Database.open(services.config.database_path, services.clock)
    logger.info("Database open at %s", services.config.database_path)
    await _open_inbox(application, services.db, polling)
    # Admins have every right, so they get the coordinator menu too.
    coordinator_ids = await services.db.members.coordinator_ids()
    menu_ids = sorted(set(coordinator_ids) | services.config.admin_ids)
    chosen = await services.db.people.chosen_languages(menu_ids)
    coordinators = [(user_id, chosen.get(user_id)) for user_id in menu_ids]
    await commands.set_all_menus(application.bot, services.texts, coordinators)
    await services.dropin_reminders.start()
    await services.announcements.start()
    await services.introductions.start()
    await services.network_questions.start()
    await Heartbeat(application).start()
    await RetentionJob(application).start()
    await _start_web_server(application, services.config)
    application.bot_data[LOOP_WATCH_KEY] = asyncio.create_task(
        LoopWatch(services.vitals).run(), name="loop_watch"
    )
    mimetypes.init()  # at the first file sent it would read the system's list (0.1 s)
    # What start-up made lives as long as the bot (modules, vocabularies, texts, the search
    # index): out of the garbage collector's full passes, which would otherwise walk it all
    # and hold the event loop for tens of milliseconds each time (bot/loop_watch.py saw them).
    gc.freeze()


WEB_SERVER_KEY = "web_server"
LOOP_WATCH_KEY = "loop_watch"
CONNECTIONS_KEY = "connections"


async def close_connections(application: BotApplication) -> None:
    """Close the HTTP connections to the Bot API when the application never started: PTB's
    shutdown closes them only after a successful initialize."""
    for request in application.bot_data.get(CONNECTIONS_KEY, ()):
        await request.shutdown()


def serves_webhook(config: Config) -> bool:
    """Webhook mode with a Mini App: the webhook comes in on the bot's own web server (one
    port for both) instead of python-telegram-bot's."""
    return config.webhook_url is not None and config.miniapp_url is not None


async def _start_web_server(application: BotApplication, config: Config) -> None:
    if config.miniapp_url is None:
        return
    from bot.web import WebServer  # aiohttp and the initData check: only with a Mini App

    path = urlsplit(config.webhook_url or "").path.strip("/") if serves_webhook(config) else None
    server = WebServer(application, webhook_path=path)
    await server.start()
    application.bot_data[WEB_SERVER_KEY] = server
    if serves_webhook(config):
        await application.bot.set_webhook(
            config.webhook_url or "",
            secret_token=config.webhook_secret,
            allowed_updates=Update.ALL_TYPES,
        )
    services: Services = application.bot_data[SERVICES_KEY]
    try:  # the chat's menu button opens the directory, in every private chat
        await application.bot.set_chat_menu_button(
            menu_button=MenuButtonWebApp(
                services.texts.get(DEFAULT_LANGUAGE, "miniapp-menu-button"),
                WebAppInfo(config.miniapp_url),
            )
        )
    except TelegramError as error:
        logger.warning("Telegram refused the menu button of the Mini App: %s", error)


async def _open_inbox(application: BotApplication, db: Database, polling: InboxRequest) -> None:
    """Updates are kept in the inbox before Telegram hears they arrived, and each is handled
    once: what a killed run left is handled first, what Telegram sends again is skipped."""
    processor = application.update_processor
    if not isinstance(processor, ChatOrderedUpdateProcessor):
        return
    processor.journal = db.inbox

    async def keep(updates: list[dict[str, Any]]) -> list[dict[str, Any]]:
        handed_on, kept = processor.screen_raw(updates)
        processor.handled_before(await db.inbox.receive(kept))
        return handed_on

    polling.on_updates = keep
    left = await db.inbox.unhandled()
    for body in left:
        update = Update.de_json(body, application.bot)
        if update is not None:
            await application.update_queue.put(update)
    if left:
        logger.warning("%d updates received before the last stop are handled now", len(left))


async def _post_stop(application: BotApplication) -> None:
    """While the bot can still talk to Telegram: let the announcement sender finish the
    delivery in hand and mark it."""
    services: Services = application.bot_data[SERVICES_KEY]
    server = application.bot_data.pop(WEB_SERVER_KEY, None)
    if server is not None:
        await server.stop()
    await services.announcements.stop()
    await services.introductions.stop()
    await services.network_questions.stop()


async def _post_shutdown(application: BotApplication) -> None:
    services: Services = application.bot_data[SERVICES_KEY]
    watch = application.bot_data.pop(LOOP_WATCH_KEY, None)
    if watch is not None:
        watch.cancel()
    if services.db is not None:
        await services.db.close()
        services.db = None
        logger.info("Database closed")


def build_application(
    config: Config, *, clock: Clock | None = None, limits: ChatLimits | None = None
) -> BotApplication:
    """`limits`: Telegram's flood limits as the bot keeps them (tests shorten the windows);
    by default Telegram's own, with SEND_RATE overall."""
    token = config.require_token()
    limits = limits or ChatLimits.for_send_rate(config.send_rate)
    backlog = Backlog()
    limiter = TelegramRateLimiter(limits, max_retries=3, backlog=backlog)
    requests = AiohttpRequest()
    polling = InboxRequest(connection_pool_size=1)
    polling.on_answer = lambda: limiter.stats.answered(time.monotonic())
    processor = ChatOrderedUpdateProcessor(
        flood=FloodWindow(config.flood_limit) if config.flood_limit else None, backlog=backlog
    )
    context_types: ContextTypes[BotContext, dict[Any, Any], dict[Any, Any], dict[Any, Any]] = (
        ContextTypes(context=BotContext)
    )
    builder = (
        Application.builder()
        .token(token)
        .base_url(config.api_base_url)
        .base_file_url(config.file_base_url)
        .defaults(
            Defaults(
                parse_mode=ParseMode.HTML,
                link_preview_options=LinkPreviewOptions(is_disabled=True),
            )
        )
        .context_types(context_types)
        # Each job logs under its own name, never under the update that scheduled it.
        .job_queue(NamedJobQueue())
        # Updates of different chats run concurrently, those of one chat in order.
        .concurrent_updates(processor)
        # Telegram's limits per chat and overall, replies before bulk sends.
        .rate_limiter(limiter)
        # HTTP on aiohttp (bot/aiohttp_request.py); getUpdates on its own connection, which
        # keeps each batch in the inbox first.
        .request(requests)
        .get_updates_request(polling)
        .post_init(functools.partial(_post_init, polling=polling))
        .post_stop(_post_stop)
        .post_shutdown(_post_shutdown)
    )
    # The builder's generics cannot follow a custom context through the rate limiter.
    application = cast(BotApplication, builder.build())
    processor.on_flood = functools.partial(flood.send_flood_notice, application)
    application.bot_data[CONNECTIONS_KEY] = (requests, polling)
    clock = clock or SystemClock()
    application.bot_data[SERVICES_KEY] = Services(
        config=config,
        clock=clock,
        texts=Texts(),
        dropin_reminders=ReminderService(application),
        announcements=AnnouncementSender(application),
        introductions=IntroductionService(application),
        network_questions=NetworkQuestionSender(application),
        vitals=Vitals(started_at=clock.now(), mode=config.mode, stats=limiter.stats),
    )
    # Order matters only through groups: identify (-10) runs before every feature (0).
    identify.register(application)
    joining.register(application)
    # Before the CSV import handler: a document sent while writing an announcement is its own.
    announcements.register(application)
    account.register(application)
    directory.register(application)
    partners.register(application)
    dropin.register(application)
    feedback.register(application)
    reports.register(application)
    introductions.register(application)
    network_questions.register(application)
    actions.register(application)
    upkeep.register(application)
    errors.register(application)
    return application
