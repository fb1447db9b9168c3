"""A person's own account: /instellingen (settings.py: announcements, network questions,
language) and /privacy, /mijngegevens, /vergeetmij (privacy.py)."""

from handlers.account import privacy, settings
from handlers.core.context import BotApplication


def register(application: BotApplication) -> None:
    settings.register(application)
    privacy.register(application)
