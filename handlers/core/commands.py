"""The bot's commands: Dutch names with English aliases, and the menu Telegram shows."""

import logging
from dataclasses import dataclass

from telegram import (
    Bot,
    BotCommand,
    BotCommandScope,
    BotCommandScopeAllPrivateChats,
    BotCommandScopeChat,
)
from telegram.error import TelegramError

from rules.texts import DEFAULT_LANGUAGE, LANGUAGES, Texts

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Command:
    dutch: str
    english: str
    description_key: str
    coordinator_only: bool = False

    @property
    def names(self) -> list[str]:
        return [self.dutch] if self.dutch == self.english else [self.dutch, self.english]

    def name_in(self, language: str) -> str:
        return self.english if language == "en" else self.dutch


START = Command("start", "start", "cmd-start")
HELP = Command("help", "help", "cmd-help")
SEARCH = Command("zoek", "search", "cmd-search")
REGISTER = Command("aanmelden", "register", "cmd-register")
INVITE = Command("uitnodigen", "invite", "cmd-invite", coordinator_only=True)
PARTNERS = Command("partners", "partners", "cmd-partners", coordinator_only=True)
DROPIN = Command("inloop", "dropin", "cmd-dropin")
QUESTION = Command("vraag", "question", "cmd-question")
DROPIN_SETUP = Command(
    "inloop_instellen", "dropin_setup", "cmd-dropin-setup", coordinator_only=True
)
LINK = Command("koppel", "link", "cmd-link", coordinator_only=True)
FEEDBACK = Command("feedback", "feedback", "cmd-feedback")
EVENT = Command("evenement", "event", "cmd-event", coordinator_only=True)
REPORT = Command("rapport", "report", "cmd-report", coordinator_only=True)
BROADCAST = Command("omroep", "broadcast", "cmd-broadcast", coordinator_only=True)
SETTINGS = Command("instellingen", "settings", "cmd-settings")
PRIVACY = Command("privacy", "privacy", "cmd-privacy")
MYDATA = Command("mijngegevens", "mydata", "cmd-mydata")
FORGET = Command("vergeetmij", "forgetme", "cmd-forgetme")
MEET = Command("kennismaken", "meet", "cmd-meet")
ASK_NETWORK = Command("netwerkvraag", "ask", "cmd-ask")
PROPOSE_ACTION = Command("actie", "action", "cmd-action")
ACTIONS = Command("acties", "actions", "cmd-actions")
WORKGROUPS = Command("werkgroepen", "workgroups", "cmd-workgroups")
STAND = Command("stand", "progress", "cmd-stand")
EXAMPLES = Command("voorbeelden", "examples", "cmd-examples")
# Not in the menu: it only means something inside a conversation.
CANCEL = Command("annuleren", "cancel", "cmd-cancel")
# Not in the menu: for admins, who run the bot.
STATUS = Command("status", "status", "cmd-status")

# Menu order: what a person uses most comes first.
ALL_COMMANDS: tuple[Command, ...] = (
    SEARCH,
    ASK_NETWORK,
    DROPIN,
    QUESTION,
    FEEDBACK,
    ACTIONS,
    PROPOSE_ACTION,
    WORKGROUPS,
    STAND,
    EXAMPLES,
    MEET,
    REGISTER,
    SETTINGS,
    START,
    HELP,
    PRIVACY,
    MYDATA,
    FORGET,
    INVITE,
    PARTNERS,
    DROPIN_SETUP,
    LINK,
    EVENT,
    REPORT,
    BROADCAST,
)


def menu(texts: Texts, language: str, *, coordinator: bool) -> list[BotCommand]:
    return [
        BotCommand(command.name_in(language), texts.get(language, command.description_key))
        for command in ALL_COMMANDS
        if coordinator or not command.coordinator_only
    ]


async def set_menu_for_scope(
    bot: Bot,
    texts: Texts,
    scope: BotCommandScope,
    *,
    coordinator: bool,
    chosen: str | None = None,
) -> bool:
    """Dutch as the default menu, English and Frysk for apps in those languages; with a
    `chosen` language (a person's own choice) that one for every app. False when Telegram
    refused."""
    try:
        for app_language in LANGUAGES:
            language = chosen if chosen in LANGUAGES else app_language
            await bot.set_my_commands(
                menu(texts, language, coordinator=coordinator),
                scope=scope,
                language_code=None if app_language == DEFAULT_LANGUAGE else app_language,
            )
    except TelegramError as error:
        logger.warning("Telegram refused the command menu for %s: %s", scope.type, error)
        return False
    return True


async def set_all_menus(bot: Bot, texts: Texts, coordinators: list[tuple[int, str | None]]) -> None:
    """The members' menu for every private chat; coordinators (user id, chosen language) get
    theirs in their own chat."""
    await set_menu_for_scope(bot, texts, BotCommandScopeAllPrivateChats(), coordinator=False)
    for user_id, chosen in coordinators:
        await set_menu_for_scope(
            bot, texts, BotCommandScopeChat(user_id), coordinator=True, chosen=chosen
        )


async def forget_menu(bot: Bot, user_id: int) -> None:
    """Their own chat's menu goes (after /vergeetmij): the menu for every private chat shows
    again, in their app's language."""
    try:
        for app_language in LANGUAGES:
            await bot.delete_my_commands(
                scope=BotCommandScopeChat(user_id),
                language_code=None if app_language == DEFAULT_LANGUAGE else app_language,
            )
    except TelegramError as error:
        logger.warning("Telegram refused to remove a chat's command menu: %s", error)
