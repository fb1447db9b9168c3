"""What the services that send on their own (reminders, announcements) share: the
application's services, the database, and the language of a chat they write to."""

from bot.context import SERVICES_KEY, BotApplication, Services
from bot.texts import DEFAULT_LANGUAGE, Catalogue, pick_language
from storage.db import Database


class BackgroundService:
    def __init__(self, application: BotApplication) -> None:
        self._application = application

    @property
    def _services(self) -> Services:
        services: Services = self._application.bot_data[SERVICES_KEY]
        return services

    @property
    def _db(self) -> Database:
        db = self._services.db
        if db is None:
            raise RuntimeError("the database is not open")
        return db

    async def _catalogue_for(self, chat_id: int) -> Catalogue:
        """Groups get Dutch; a person their own language as last seen."""
        texts = self._services.texts
        person = await self._db.people.get(chat_id) if chat_id > 0 else None
        if person is None:
            return texts.bound(DEFAULT_LANGUAGE)
        return texts.bound(pick_language(person.language_code, person.language))
