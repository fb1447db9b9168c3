"""Logging for `python -m bot`: plain lines, or JSON lines with LOG_FORMAT=json (one object per
line, python-json-logger). Every line carries the update id or the job name (rules/log_context).
Never logged: message texts, contact details, feedback comments (the handlers log ids and
counts only; httpx, whose request lines hold the token in the URL, only from warnings up)."""

import logging
import sys
from collections.abc import Iterable
from typing import TextIO

from pythonjsonlogger.json import JsonFormatter

from rules.log_context import ContextFilter

TEXT_FORMAT = "%(asctime)s %(levelname)s %(name)s [%(job)s %(update_id)s]: %(message)s"
JSON_FIELDS = ["asctime", "levelname", "name", "message", "update_id", "job"]


REDACTED = "[redacted]"


class Redacting(logging.Formatter):
    """Whatever a library puts in a line or a traceback (python-telegram-bot names a refused
    token in its error), the secrets never reach the log: the bot token, its secret part
    after the colon, and the webhook secret are written as [redacted]."""

    def __init__(self, inner: logging.Formatter, secrets: Iterable[str | None]) -> None:
        super().__init__()
        self._inner = inner
        self._secrets = secret_parts(secrets)

    def format(self, record: logging.LogRecord) -> str:
        return redact(self._inner.format(record), self._secrets)


def secret_parts(secrets: Iterable[str | None]) -> list[str]:
    """The strings to hide, longest first: each secret, and a token's part after its colon."""
    parts: set[str] = set()
    for secret in secrets:
        if secret:
            parts.add(secret)
            _, _, after = secret.partition(":")
            if len(after) >= 8:
                parts.add(after)
    return sorted(parts, key=len, reverse=True)


def redact(text: str, parts: list[str]) -> str:
    for part in parts:
        text = text.replace(part, REDACTED)
    return text


def make_handler(
    log_format: str, stream: TextIO, secrets: Iterable[str | None] = ()
) -> logging.Handler:
    handler = logging.StreamHandler(stream)
    handler.addFilter(ContextFilter())
    formatter = (
        JsonFormatter(JSON_FIELDS, rename_fields={"asctime": "time", "levelname": "level"})
        if log_format == "json"
        else logging.Formatter(TEXT_FORMAT)
    )
    handler.setFormatter(Redacting(formatter, secrets))
    return handler


def configure(
    log_format: str, level: int = logging.INFO, secrets: Iterable[str | None] = ()
) -> logging.Handler:
    handler = make_handler(log_format, sys.stderr, secrets)
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(level)
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("apscheduler").setLevel(logging.WARNING)
    return handler
