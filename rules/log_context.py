"""What every log line says it belongs to: the update being handled, or the job running.
Set where an update or job starts; read by the filter the log handler carries."""

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

MAIN = "main"  # start-up, shutdown and anything outside an update or a job
_update_id: ContextVar[int | None] = ContextVar("update_id", default=None)
_job: ContextVar[str] = ContextVar("job", default=MAIN)


def set_update(update_id: int | None) -> None:
    """For the rest of this task (each update is handled in its own task)."""
    _update_id.set(update_id)


@contextmanager
def job(name: str) -> Iterator[None]:
    token = _job.set(name)
    try:
        yield
    finally:
        _job.reset(token)


class ContextFilter(logging.Filter):
    """Adds `update_id` (or None) and `job` to every record."""

    def filter(self, record: logging.LogRecord) -> bool:
        update_id = _update_id.get()
        record.update_id = update_id
        record.job = "update" if update_id is not None else _job.get()
        return True
