"""How listings look in a chat: cards, pages and the callback data of the search buttons.

Callback data (at most 64 bytes, never trusted for rights):
  zk:<search>:<page>   a page of a remembered search (search = short id in user_data)
  zc:<partner>         send this listing as a contact card
  zr:<role_key>        guided search: this role chosen, now pick a municipality
"""

import html
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from telegram import InlineKeyboardButton, WebAppInfo

from rules.contacts import tappable_phone
from rules.experience_vocabulary import experience_vocabulary
from rules.partner_csv import PartnerData
from rules.texts import Catalogue

PAGE_SIZE = 5
_SEARCH_PAGE = re.compile(r"^zk:([0-9a-z]{1,8}):(\d{1,3})$")
_CONTACT = re.compile(r"^zc:(\d{1,12})$")
_GUIDED_ROLE = re.compile(r"^zr:([a-z0-9 -]{1,60})$")


def search_page_data(search_id: str, page: int) -> str:
    return f"zk:{search_id}:{page}"


def parse_search_page(data: str | None) -> tuple[str, int] | None:
    match = _SEARCH_PAGE.match(data or "")
    return (match.group(1), int(match.group(2))) if match else None


def contact_data(partner_id: int) -> str:
    return f"zc:{partner_id}"


def parse_contact(data: str | None) -> int | None:
    match = _CONTACT.match(data or "")
    return int(match.group(1)) if match else None


def guided_role_data(role_key: str) -> str | None:
    data = f"zr:{role_key}"
    return data if _GUIDED_ROLE.match(data) and len(data.encode()) <= 64 else None


def parse_guided_role(data: str | None) -> str | None:
    match = _GUIDED_ROLE.match(data or "")
    return match.group(1) if match else None


@dataclass(frozen=True)
class Page:
    number: int  # from 0
    count: int
    first: int  # index of the first item on this page


def page_of(total: int, requested: int) -> Page:
    count = max(1, (total + PAGE_SIZE - 1) // PAGE_SIZE)
    number = min(max(requested, 0), count - 1)
    return Page(number, count, number * PAGE_SIZE)


def card(data: PartnerData, role_shown: str, t: Catalogue, number: int | None = None) -> str:
    """A listing as HTML; Telegram makes the phone number and e-mail address tappable."""
    head = f"{number}. " if number is not None else ""
    lines = [f"{head}<b>{html.escape(data.name)}</b>"]
    if data.organisation:
        lines[0] += f" — {html.escape(data.organisation)}"
    place = data.municipality + (f" ({data.neighbourhood})" if data.neighbourhood else "")
    lines.append(f"{html.escape(role_shown)} · {html.escape(place)}")
    if data.phone:
        lines.append(f"☎ {tappable_phone(data.phone)}")
    if data.email:
        lines.append(f"✉ {html.escape(data.email)}")
    if data.website:
        host = urlsplit(data.website).hostname or data.website
        lines.append(f'🌐 <a href="{html.escape(data.website)}">{html.escape(host)}</a>')
    if data.experience:
        shown = experience_vocabulary().shown(data.experience, t.language)
        lines.append(t("card-experience", experience=shown))
    return "\n".join(lines)


def vcard(data: PartnerData) -> str:
    """A small vCard 3.0 for sendContact, so the phone book gets organisation and e-mail too."""

    def value(text: str) -> str:
        return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")

    lines = ["BEGIN:VCARD", "VERSION:3.0", f"FN:{value(data.name)}"]
    if data.organisation:
        lines.append(f"ORG:{value(data.organisation)}")
    if data.role:
        lines.append(f"TITLE:{value(data.role)}")
    if data.phone:
        lines.append(f"TEL;TYPE=WORK:{data.phone}")
    if data.email:
        lines.append(f"EMAIL;TYPE=WORK:{data.email}")
    if data.website:
        lines.append(f"URL:{data.website}")
    lines.append("END:VCARD")
    return "\n".join(lines)


def open_directory_row(t: Catalogue, miniapp_url: str | None) -> list[InlineKeyboardButton]:
    """ "📖 Open de gids": the Mini App, when there is one (private chats only: Telegram allows
    web_app buttons nowhere else)."""
    if miniapp_url is None:
        return []
    return [InlineKeyboardButton(t("miniapp-open-button"), web_app=WebAppInfo(miniapp_url))]
