"""Logging for `python -m bot`: plain lines, or JSON lines with LOG_FORMAT=json (one object per
line, python-json-logger). Every line carries the update id or the job name (rules/log_context).
Never logged: message texts, contact details, feedback comments (the handlers log ids and
counts only; httpx, whose request lines hold the token in the URL, only from warnings up)."""

import logging
import sys
from typing import TextIO

from pythonjsonlogger.json import JsonFormatter

from rules.log_context import ContextFilter

TEXT_FORMAT = "%(asctime)s %(levelname)s %(name)s [%(job)s %(update_id)s]: %(message)s"
JSON_FIELDS = ["asctime", "levelname", "name", "message", "update_id", "job"]


def make_handler(log_format: str, stream: TextIO) -> logging.Handler:
    handler = logging.StreamHandler(stream)
    handler.addFilter(ContextFilter())
    if log_format == "json":
        handler.setFormatter(
            JsonFormatter(JSON_FIELDS, rename_fields={"asctime": "time", "levelname": "level"})
        )
    else:
        handler.setFormatter(logging.Formatter(TEXT_FORMAT))
    return handler


def configure(log_format: str, level: int = logging.INFO) -> logging.Handler:
    handler = make_handler(log_format, sys.stderr)
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(level)
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("apscheduler").setLevel(logging.WARNING)
    return handler
