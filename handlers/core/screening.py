"""What the screen (rules/screening.py) found in a text, as the writer is told it: every
word with its kind, in the writer's language. Shared by every feature that takes free text
others will read: network questions and answers, feedback comments, drop-in questions."""

import html

from rules.screening import Found
from rules.texts import Catalogue, Html


def found_words(t: Catalogue, found: list[Found] | tuple[Found, ...]) -> Html:
    """“Mevrouw Jansen” (naam), “32 jaar” (leeftijd): safe to put in an HTML message."""
    return Html(
        ", ".join(f"“{html.escape(f.words)}” ({t(f'screen-detail-{f.kind.value}')})" for f in found)
    )
