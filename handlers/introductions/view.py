"""How introductions look in a chat: the introduction, the check-back, their buttons, and the
callback data of /kennismaken.

Callback data (at most 64 bytes, never trusted for rights):
  ik:open:<coalition>                  the card of this coalition
  ik:join:<coalition>:<weeks>          take part, every 1, 2 or 4 weeks
  ik:dom:<coalition>:<weeks>:<domain>  the domain, asked once when the role does not say
  ik:place:<coalition>:<weeks>:<domain>:<n>  the municipality, the n-th of the coalition's
  ik:skip:<coalition> / ik:pause:<coalition> / ik:stop:<coalition>
  ik:on:<coalition> / ik:off:<coalition> / ik:day:<coalition>:<weekday>
  ik:at:<coalition>:<weekday>:<HHMM>   coordinators: rounds on, off, day and hour
  ik:plan:<introduction> / ik:nn:<introduction> / ik:cal:<introduction>
  ik:met:<introduction>:<yes|no|not_yet>
"""

import html
import re
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from handlers.directory.view import card
from rules.day_names import day_text, weekday_name
from rules.introductions import Domain
from rules.partner_csv import PartnerData
from rules.texts import Catalogue, Html

_BUTTON = re.compile(r"^ik:([a-z]{2,5})((?::[0-9a-z_]{1,12}){1,4})$")


@dataclass(frozen=True)
class Button:
    action: str
    values: tuple[str, ...]

    def number(self, index: int) -> int | None:
        value = self.values[index] if index < len(self.values) else ""
        return int(value) if value.isdigit() else None


def button_data(action: str, *values: int | str) -> str:
    return ":".join(["ik", action, *(str(v) for v in values)])


def parse_button(data: str | None) -> Button | None:
    match = _BUTTON.match(data or "")
    if match is None:
        return None
    return Button(match.group(1), tuple(match.group(2)[1:].split(":")))


@dataclass(frozen=True)
class IntroducedPerson:
    """Someone in an introduction as the other(s) see them."""

    user_id: int
    first_name: str
    domain: Domain
    municipality: str
    listing: PartnerData | None  # their listing in the directory, when listed
    role_shown: str


def person_block(person: IntroducedPerson, t: Catalogue) -> str:
    """Their contact card when listed; else name (a link that opens a chat), domain, place."""
    link = f'<a href="tg://user?id={person.user_id}">{html.escape(person.first_name)}</a>'
    if person.listing is not None:
        return (
            card(person.listing, person.role_shown, t) + "\n" + t("intro-write-to", name=Html(link))
        )
    return t(
        "intro-unlisted",
        name=Html(link),
        domain=t(f"intro-domain-{person.domain.value}"),
        place=person.municipality or "-",
    )


def introduction_text(
    others: list[IntroducedPerson], slot: datetime, zone: ZoneInfo, t: Catalogue
) -> str:
    local = slot.astimezone(zone)
    blocks = "\n\n".join(person_block(p, t) for p in others)
    return t(
        "intro-text",
        people=Html(blocks),
        count=len(others),
        slot=f"{day_text(local.date(), t.language)} {local:%H:%M}",
    )


def introduction_buttons(introduction_id: int, t: Catalogue) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(
                    t("button-intro-planned"), callback_data=button_data("plan", introduction_id)
                ),
                InlineKeyboardButton(
                    t("button-intro-not-now"), callback_data=button_data("nn", introduction_id)
                ),
            ],
            [
                InlineKeyboardButton(
                    t("button-calendar"), callback_data=button_data("cal", introduction_id)
                )
            ],
        ]
    )


def check_back_text(names: list[str], t: Catalogue) -> str:
    return t("intro-check-back", names=", ".join(names))


def check_back_buttons(introduction_id: int, t: Catalogue) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(
                    t(f"button-met-{answer}"),
                    callback_data=button_data("met", introduction_id, answer),
                )
                for answer in ("yes", "no", "not_yet")
            ]
        ]
    )


def round_text(weekday: int, at: str, t: Catalogue) -> str:
    return f"{weekday_name(weekday, t.language)} {at}"
