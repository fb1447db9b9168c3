"""The typed contexts: handlers write `context.db.members…` and mypy checks it. BotContext for
an update, core/web.WebContext for a Mini App request, `Context` for code that serves both."""

from dataclasses import dataclass
from typing import Any, Protocol, cast

from telegram.ext import Application, CallbackContext, ExtBot, JobQueue

from rules.clock import Clock
from rules.config import Config
from rules.membership import Who
from rules.sending import Lane
from rules.texts import DEFAULT_LANGUAGE, Catalogue, Texts, pick_language
from rules.vitals import Vitals
from storage.db import Database

SERVICES_KEY = "services"


class BackgroundWork(Protocol):
    async def start(self) -> None:
        """Once the database is open: pick up what the previous run left."""
        ...


class DropinReminders(BackgroundWork, Protocol):
    """handlers/dropin/reminders.py's ReminderService."""

    def wake_soon(self) -> None:
        """Look at the drop-in reminders again now: a schedule, group or subscriber changed."""
        ...


class AnnouncementDeliveries(BackgroundWork, Protocol):
    """handlers/announcements/sender.py's AnnouncementSender."""

    def launch(self, announcement_id: int) -> None: ...

    def halt(self, announcement_id: int) -> None: ...

    async def wait(self, announcement_id: int) -> None: ...

    async def show_progress(self, announcement_id: int) -> None: ...

    async def stop(self) -> None: ...


class IntroductionRounds(BackgroundWork, Protocol):
    """handlers/introductions/rounds.py's IntroductionService."""

    def wake_soon(self) -> None:
        """Look at the introduction rounds again now: a coordinator changed a schedule."""
        ...

    async def stop(self) -> None: ...


class NetworkQuestionDeliveries(BackgroundWork, Protocol):
    """handlers/network_questions/sender.py's NetworkQuestionSender."""

    def wake_soon(self) -> None:
        """Look at the outbox now: a question was asked."""
        ...

    async def wait_idle(self) -> None: ...

    async def stop(self) -> None: ...


@dataclass
class Services:
    """What every handler may use; the database is opened in post_init. The senders are
    Protocols here because they are built on the handlers that use them."""

    config: Config
    clock: Clock
    texts: Texts
    dropin_reminders: DropinReminders
    announcements: AnnouncementDeliveries
    introductions: IntroductionRounds
    network_questions: NetworkQuestionDeliveries
    vitals: Vitals
    db: Database | None = None

    @property
    def open_db(self) -> Database:
        if self.db is None:
            raise RuntimeError("the database is not open yet")
        return self.db

    async def catalogue_for(self, chat_id: int) -> Catalogue:
        """Texts for a chat the bot writes to: a group gets its coalition's language, a person
        their own (rules/texts.pick_language)."""
        return (await self.catalogues_for([chat_id]))[chat_id]

    async def catalogues_for(self, chat_ids: list[int]) -> dict[int, Catalogue]:
        """`catalogue_for` for many chats at once (two queries, whatever their number)."""
        groups = await self.open_db.groups.languages_of([c for c in chat_ids if c < 0])
        people = await self.open_db.people.language_facts_of([c for c in chat_ids if c > 0])

        def language(chat_id: int) -> str:
            if chat_id < 0:
                return groups.get(chat_id, DEFAULT_LANGUAGE)
            chosen, telegram, coalition = people.get(chat_id, (None, None, None))
            return pick_language(telegram, chosen, coalition)

        return {chat_id: self.texts.bound(language(chat_id)) for chat_id in chat_ids}


class ServicesAccess:
    """What a handler reads through its context, from the services: the database, clock,
    configuration, texts in the reader's language. Chat (BotContext) and web
    (core/web.WebContext) share it."""

    language: str

    @property
    def services(self) -> Services:
        raise NotImplementedError

    @property
    def db(self) -> Database:
        return self.services.open_db

    @property
    def clock(self) -> Clock:
        return self.services.clock

    @property
    def config(self) -> Config:
        return self.services.config

    @property
    def texts(self) -> Texts:
        return self.services.texts

    def dropin_changed(self) -> None:
        self.services.dropin_reminders.wake_soon()

    @property
    def t(self) -> Catalogue:
        """Texts in the reader's language."""
        return self.texts.bound(self.language)

    async def t_for(self, user_id: int) -> Catalogue:
        """Texts in another person's language (as last seen), for messages sent to them."""
        return await self.services.catalogue_for(user_id)


class Context(Protocol):
    """What shared code needs of whoever asks, in chat (BotContext) or on the web
    (core/web.WebContext)."""

    language: str

    @property
    def bot(self) -> ExtBot[Lane]: ...

    @property
    def services(self) -> Services: ...

    @property
    def db(self) -> Database: ...

    @property
    def clock(self) -> Clock: ...

    @property
    def config(self) -> Config: ...

    @property
    def texts(self) -> Texts: ...

    @property
    def t(self) -> Catalogue: ...

    @property
    def who(self) -> Who: ...

    async def t_for(self, user_id: int) -> Catalogue: ...

    def dropin_changed(self) -> None: ...


class BotContext(
    ServicesAccess, CallbackContext[ExtBot[Lane], dict[Any, Any], dict[Any, Any], dict[Any, Any]]
):
    """The chat's context: adds the services and, per update, the sender (`who`) and their
    language."""

    def __init__(
        self,
        application: Application[Any, Any, Any, Any, Any, Any],
        chat_id: int | None = None,
        user_id: int | None = None,
    ) -> None:
        super().__init__(application=application, chat_id=chat_id, user_id=user_id)
        self._who: Who | None = None
        self.language = DEFAULT_LANGUAGE

    @property
    def services(self) -> Services:
        return cast(Services, self.bot_data[SERVICES_KEY])

    @property
    def who(self) -> Who:
        if self._who is None:
            raise RuntimeError("who is only known for updates from a user")
        return self._who

    @who.setter
    def who(self, value: Who) -> None:
        self._who = value


BotApplication = Application[
    ExtBot[Lane],
    BotContext,
    dict[Any, Any],
    dict[Any, Any],
    dict[Any, Any],
    JobQueue[BotContext],
]
