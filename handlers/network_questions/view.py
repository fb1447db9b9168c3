"""How network questions look in a chat: the question as a recipient gets it, an answer as
the asker gets it, the client-detail warning, and the callback data of every button.

Callback data (at most 64 bytes, never trusted for rights: each handler checks again):
  nv:c:<coalition>          asking: this coalition
  nv:a:<audience code>      asking: to these people (rules/network_questions.Audience.code)
  nv:ok / nv:no             asking: send / do not send
  nv:col                    asking or answering: the names found are colleagues
  nv:s:<question>[:<user>]  the asker: solved (and who helped)
  nv:g:<question>           the asker: on the next drop-in's agenda
  nv:new                    the asker: a new question
  na:h:<question>           a recipient: "Ik kan helpen" (then na:y / na:n:<question>)
  na:k:<question>           a recipient: "Ik ken iemand"
  na:w:<question>           a recipient: writes an answer
  na:p:<question>:<partner> a recipient: this colleague from the directory
"""

import re
from dataclasses import dataclass, field

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from handlers.core.screening import found_words
from rules.screening import ClientDetail, Found
from rules.texts import Catalogue
from storage.network_questions import NetworkQuestion

_ASKING = re.compile(r"^nv:(c|a|ok|no|col|s|g|new)(?::([a-z0-9_ :-]{1,50}?))?(?::(\d{1,15}))?$")
_ANSWERING = re.compile(r"^na:(h|y|n|k|w|p):(\d{1,12})(?::(\d{1,12}))?$")


@dataclass
class Draft:
    """A question or answer being written (in user_data until it is sent or cancelled)."""

    coalition_id: int = 0
    question_id: int = 0  # answering: the question answered
    text: str = ""  # the text that passed the screen
    typed: str = ""  # the last text typed, while its client details are shown
    found: list[str] = field(default_factory=list)  # the names the screen found in `typed`
    colleagues: list[str] = field(default_factory=list)  # names confirmed as colleagues
    audience: str = ""  # asking: the chosen Audience.code

    def confirm_colleagues(self) -> str | None:
        """The names found are colleagues: the text typed, to screen again; None when no
        names were waiting for this."""
        if not self.found:
            return None
        self.colleagues += self.found
        self.found = []
        return self.typed


def parse_asking(data: str | None) -> tuple[str, str, int | None] | None:
    """(action, value, second number or None)."""
    match = _ASKING.match(data or "")
    if not match:
        return None
    return match.group(1), match.group(2) or "", int(match.group(3)) if match.group(3) else None


def parse_answering(data: str | None) -> tuple[str, int, int | None] | None:
    """(action, question id, partner id or None)."""
    match = _ANSWERING.match(data or "")
    if not match:
        return None
    return match.group(1), int(match.group(2)), int(match.group(3)) if match.group(3) else None


def question_for_recipient(
    t: Catalogue, question: NetworkQuestion, coalition: str, asker: str
) -> tuple[str, InlineKeyboardMarkup]:
    """The question as a colleague gets it, with the three ways to answer."""
    text = t("network-incoming", coalition=coalition, asker=asker, question=question.text)
    buttons = InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(
                    t("button-network-can-help"), callback_data=f"na:h:{question.id}"
                )
            ],
            [
                InlineKeyboardButton(
                    t("button-network-knows-someone"), callback_data=f"na:k:{question.id}"
                )
            ],
            [InlineKeyboardButton(t("button-network-write"), callback_data=f"na:w:{question.id}")],
        ]
    )
    return text, buttons


def solved_button(t: Catalogue, question_id: int, helper: int, name: str) -> InlineKeyboardMarkup:
    """Under an answer the asker gets: "Opgelost, <name> hielp"."""
    return InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(
                    t("button-network-solved-by", name=name),
                    callback_data=f"nv:s:{question_id}:{helper}",
                )
            ]
        ]
    )


def own_question_buttons(t: Catalogue, question: NetworkQuestion) -> InlineKeyboardMarkup:
    rows = [[InlineKeyboardButton(t("button-network-solved"), callback_data=f"nv:s:{question.id}")]]
    if not question.on_agenda:
        rows.append(
            [InlineKeyboardButton(t("button-network-agenda"), callback_data=f"nv:g:{question.id}")]
        )
    return InlineKeyboardMarkup(rows)


def details_warning(t: Catalogue, found: list[Found]) -> tuple[str, InlineKeyboardMarkup | None]:
    """The words that may point to a client, and what to do: type it again, or (when every
    one of them is a name) say they are colleagues."""
    only_names = all(f.kind is ClientDetail.NAME for f in found)
    text = t("network-details-found", words=found_words(t, found))
    if not only_names:
        return text, None
    text += "\n" + t("network-details-colleague-hint")
    button = InlineKeyboardButton(t("button-network-colleague"), callback_data="nv:col")
    return text, InlineKeyboardMarkup([[button]])


def short(text: str, limit: int = 60) -> str:
    """The start of a question, for lists and buttons."""
    one_line = " ".join(text.split())
    return one_line if len(one_line) <= limit else one_line[: limit - 1].rstrip() + "…"
