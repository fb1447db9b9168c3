"""Rules of announcements: splitting a long text on paragraphs, the audience, progress."""

import re
from dataclasses import dataclass

MAX_TEXT = 4096
MAX_CAPTION = 1024
MAX_PARTS = 3
PROGRESS_EVERY_SECONDS = 3.0
BAR_WIDTH = 10
_BUTTON = re.compile(r"^om:(ok|no|stop|mute)(?::(\d{1,12}))?$")
_AUDIENCE = re.compile(r"^(all|coordinators|role:[\w-]{1,40}|place:[\w-]{1,60})$")


def split_paragraphs(text: str, limit: int = MAX_TEXT) -> list[str] | None:
    """The text in messages of at most `limit` characters, cut between paragraphs (else
    between lines); None when it needs more than MAX_PARTS messages or a line is too long."""
    parts: list[str] = []
    current = ""
    for paragraph in text.split("\n\n"):
        chunks = [paragraph] if len(paragraph) <= limit else _lines(paragraph, limit)
        if chunks is None:
            return None
        for chunk in chunks:
            joined = f"{current}\n\n{chunk}" if current else chunk
            if len(joined) <= limit:
                current = joined
            else:
                parts.append(current)
                current = chunk
    if current:
        parts.append(current)
    return parts if 0 < len(parts) <= MAX_PARTS else None


def _lines(paragraph: str, limit: int) -> list[str] | None:
    chunks: list[str] = []
    current = ""
    for line in paragraph.split("\n"):
        if len(line) > limit:
            return None
        joined = f"{current}\n{line}" if current else line
        if len(joined) <= limit:
            current = joined
        else:
            chunks.append(current)
            current = line
    return [*chunks, current] if current else chunks


def valid_audience(audience: str) -> bool:
    return bool(_AUDIENCE.match(audience))


def progress_bar(done: int, total: int) -> str:
    share = done / total if total else 1.0
    filled = round(BAR_WIDTH * share)
    return f"{'▓' * filled}{'░' * (BAR_WIDTH - filled)} {round(100 * share)}%"


@dataclass(frozen=True)
class AnnouncementButton:
    action: str
    announcement_id: int | None


def parse_button(data: str | None) -> AnnouncementButton | None:
    match = _BUTTON.match(data or "")
    if not match:
        return None
    number = int(match.group(2)) if match.group(2) else None
    if (match.group(1) == "mute") != (number is None):
        return None
    return AnnouncementButton(match.group(1), number)
