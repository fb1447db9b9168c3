"""Works through the announcement outbox (storage/announcements.py) in the bulk lane of the
rate limiter (bot/rate_limiter.py): several deliveries under way at once, paced by the
limiter, each row taken before the send and marked after. Resumes by itself after a restart.

Telegram's answers: 429 (after the limiter's own retries) → that chat waits retry_after,
then its row goes back to the queue; 403 or "chat not found" → the
person is unreachable (no more sends until they write to the bot); network errors → a few
tries with growing pauses, then failed.
"""

import asyncio
import logging
import time

from telegram import InlineKeyboardButton, InlineKeyboardMarkup
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TelegramError
from telegram.ext import ExtBot

from handlers.core.background import BackgroundService
from handlers.core.context import BotApplication
from handlers.core.delivery import is_unreachable, safe_to_retry, wait_seconds
from handlers.core.sending import send_text
from rules import log_context
from rules.announcements import PROGRESS_EVERY_SECONDS, progress_bar
from rules.sending import Lane
from rules.texts import Catalogue, Html
from storage.announcements import Announcement, DeliveryStatus

logger = logging.getLogger(__name__)

BATCH = 100
MAX_ATTEMPTS = 4
FIRST_PAUSE_SECONDS = 0.5


class AnnouncementSender(BackgroundService):
    def __init__(self, application: BotApplication) -> None:
        super().__init__(application)
        self._tasks: dict[int, asyncio.Task[None]] = {}
        self._halted: set[int] = set()
        self._stopping = False

    async def start(self) -> None:
        """Resume what a previous run left: rows taken but never marked are sent again (the
        bot may have stopped between Telegram's answer and the write)."""
        for announcement in await self._db.announcements.sending():
            again = await self._db.announcements.resume_in_flight(announcement.id)
            if again:
                logger.warning(
                    "Announcement %s: %d deliveries taken but not confirmed at the"
                    " last stop are sent again",
                    announcement.id,
                    again,
                )
            logger.info("Resuming announcement %s", announcement.id)
            self.launch(announcement.id)

    def launch(self, announcement_id: int) -> None:
        running = self._tasks.get(announcement_id)
        if running is not None and not running.done():
            return
        self._tasks[announcement_id] = asyncio.create_task(
            self._run(announcement_id), name=f"announcement-{announcement_id}"
        )

    async def stop(self) -> None:
        """Finish the delivery in hand, then stop; the rest waits for the next start."""
        self._stopping = True
        await asyncio.gather(*self._tasks.values(), return_exceptions=True)

    async def wait(self, announcement_id: int) -> None:
        """For tests and benchmarks: until this announcement's sender has finished."""
        task = self._tasks.get(announcement_id)
        if task is not None:
            await task

    async def _run(self, announcement_id: int) -> None:
        log_context.set_update(None)  # a task of its own: not the update that launched it
        try:
            with log_context.job(f"announcement-{announcement_id}"):
                await self._send_all(announcement_id)
        except Exception:
            logger.exception("Announcement %s: the sender stopped on an error", announcement_id)

    def halt(self, announcement_id: int) -> None:
        """The coordinator stopped it (its pending rows are `stopped` already): what this
        sender has taken but not begun is not sent either."""
        self._halted.add(announcement_id)

    async def _send_all(self, announcement_id: int) -> None:
        db = self._db
        pool = self._delivery_pool()
        progress_at = time.monotonic()
        while not self._stopping and announcement_id not in self._halted:
            announcement = await db.announcements.get(announcement_id)
            if announcement is None or announcement.status != "sending":
                break
            batch = await db.announcements.take_next(announcement_id, BATCH)
            if not batch:
                if pool.busy:  # a delivery under way may still go back to pending
                    await pool.wait_one()
                    continue
                await db.announcements.finish(announcement_id)
                counts = await db.announcements.counts(announcement_id)
                logger.info(
                    "Announcement %s done: %d sent, %d unreachable, %d failed",
                    announcement_id,
                    counts.sent,
                    counts.unreachable,
                    counts.failed,
                )
                break
            catalogues = await self._services.catalogues_for(batch)
            for number, chat_id in enumerate(batch):
                if self._stopping or announcement_id in self._halted:
                    status: DeliveryStatus = "pending" if self._stopping else "stopped"
                    await db.announcements.give_back(announcement_id, batch[number:], status)
                    break
                await pool.submit(
                    self._deliver(announcement, chat_id, catalogues[chat_id]),
                    name=f"announcement-{announcement_id}-{chat_id}",
                )
                if time.monotonic() - progress_at >= PROGRESS_EVERY_SECONDS:
                    progress_at = time.monotonic()
                    await self.show_progress(announcement_id)
        await pool.drain()  # a stop finishes the deliveries under way, then leaves the rest
        self._halted.discard(announcement_id)
        if not self._stopping:
            await self.show_progress(announcement_id)

    async def _deliver(self, announcement: Announcement, chat_id: int, t: Catalogue) -> None:
        db = self._db
        try:
            message_id = await self._send_parts(announcement, chat_id, t)
        except (Forbidden, BadRequest) as error:
            if is_unreachable(error):
                await self._unreachable(announcement, chat_id, error)
            else:
                await db.announcements.mark(announcement.id, chat_id, "failed")
                logger.warning(
                    "Announcement %s to chat %s refused: %s", announcement.id, chat_id, error
                )
        except RetryAfter as error:
            # Still refused after the rate limiter's retries: this chat waits, then its row
            # goes back to the queue (taken meanwhile, so no other delivery picks it up).
            seconds = wait_seconds(error)
            logger.info(
                "Announcement %s: chat %s must wait %.0f s", announcement.id, chat_id, seconds
            )
            await asyncio.sleep(seconds)
            await db.announcements.mark(announcement.id, chat_id, "pending")
        except NetworkError as error:  # includes TimedOut
            tries = await db.announcements.attempts(announcement.id, chat_id) + 1
            if not safe_to_retry(error):  # Telegram may have it: never risk a double
                await db.announcements.mark(announcement.id, chat_id, "failed")
                logger.warning(
                    "Announcement %s to chat %s not confirmed, not sent again: %s",
                    announcement.id,
                    chat_id,
                    error,
                )
            elif tries >= MAX_ATTEMPTS:
                await db.announcements.mark(announcement.id, chat_id, "failed")
                logger.warning(
                    "Announcement %s to chat %s failed after %d tries: %s",
                    announcement.id,
                    chat_id,
                    tries,
                    error,
                )
            else:
                await asyncio.sleep(FIRST_PAUSE_SECONDS * 2 ** (tries - 1))
                await db.announcements.mark(announcement.id, chat_id, "pending")
        else:
            await db.announcements.mark(announcement.id, chat_id, "sent", message_id)

    async def _unreachable(
        self, announcement: Announcement, chat_id: int, error: TelegramError
    ) -> None:
        await self._db.announcements.mark(announcement.id, chat_id, "unreachable")
        if chat_id > 0:
            await self._db.people.unreachable(chat_id)
        logger.info("Announcement %s: chat %s unreachable (%s)", announcement.id, chat_id, error)

    async def _send_parts(self, announcement: Announcement, chat_id: int, t: Catalogue) -> int:
        """The announcement as the recipient sees it, in their language; the last part has
        the mute button."""
        bot = self._application.bot
        mute = (
            InlineKeyboardMarkup(
                [[InlineKeyboardButton(t("button-mute"), callback_data="om:mute")]]
            )
            if chat_id > 0
            else None
        )
        return await send_announcement(bot, announcement, chat_id, mute, lane=Lane.BULK)

    async def show_progress(self, announcement_id: int) -> None:
        """Edit the coordinator's confirmation: live counts, then the final report."""
        db = self._db
        announcement = await db.announcements.get(announcement_id)
        if announcement is None or announcement.progress_chat_id is None:
            return
        counts = await db.announcements.counts(announcement_id)
        t = await self._catalogue_for(announcement.created_by)
        markup = None
        if announcement.status == "sending":
            text = t(
                "announce-progress",
                bar=progress_bar(counts.total - counts.pending, counts.total),
                sent=counts.sent,
                waiting=counts.pending,
                unreachable=counts.unreachable,
                failed=counts.failed,
            )
            stop = InlineKeyboardButton(
                t("button-stop-sending"), callback_data=f"om:stop:{announcement_id}"
            )
            markup = InlineKeyboardMarkup([[stop]])
        else:
            unreachable = await db.announcements.unreachable_chats(announcement_id)
            names = await db.people.names([c for c in unreachable if c > 0])
            listed = ", ".join(names.get(c, str(c)) for c in unreachable)
            title = t(
                "announce-title-done" if announcement.status == "done" else "announce-title-stopped"
            )
            text = t(
                "announce-report",
                title=Html(title),
                sent=counts.sent,
                total=counts.total,
                unreachable=counts.unreachable,
                names=f" ({listed})" if listed else "",
                failed=counts.failed,
                stopped=counts.stopped,
            )
        try:
            await self._application.bot.edit_message_text(
                text[:4096],
                chat_id=announcement.progress_chat_id,
                message_id=announcement.progress_message_id,
                reply_markup=markup,
            )
        except TelegramError as error:  # "message is not modified", or the chat is gone
            logger.debug("Progress of announcement %s not shown: %s", announcement_id, error)


async def send_announcement(
    bot: ExtBot[Lane],
    announcement: Announcement,
    chat_id: int,
    markup: InlineKeyboardMarkup | None,
    lane: Lane = Lane.REPLY,
) -> int:
    """Every part in order, the media with the first part as caption; returns the id of the
    last. The preview goes in the reply lane, deliveries in the bulk lane."""
    parts = list(announcement.parts)
    last: int | None = None
    if announcement.media_kind is not None and announcement.media_file_id is not None:
        caption = parts.pop(0) if parts else None
        only = not parts
        if announcement.media_kind == "photo":
            sent = await bot.send_photo(
                chat_id,
                announcement.media_file_id,
                caption=caption,
                reply_markup=markup if only else None,
                rate_limit_args=lane,
            )
        else:
            sent = await bot.send_document(
                chat_id,
                announcement.media_file_id,
                caption=caption,
                reply_markup=markup if only else None,
                rate_limit_args=lane,
            )
        last = sent.message_id
    for number, part in enumerate(parts, 1):
        at_end = number == len(parts)
        last = await send_text(bot, chat_id, part, markup if at_end else None, lane)
    assert last is not None
    return last
