"""`python -m bot health` and the web server's /healthz: is the bot healthy?"""

from dataclasses import dataclass
from datetime import datetime, timedelta

from rules.clock import SystemClock, from_iso
from rules.config import Config
from storage.db import Database, DatabaseRefused, check_file, load_migrations
from storage.settings import LAST_API_ANSWER

# The health check fails when the Bot API has not answered for this long (the bot asks getMe
# itself after a quiet minute, so a healthy bot stays well within it).
HEALTH_SILENCE = timedelta(minutes=5)


@dataclass(frozen=True)
class Health:
    healthy: bool
    reason: str


async def health(config: Config, now: datetime | None = None) -> Health:
    """Healthy: the database opens and passes its quick check, its migrations are current,
    and the running bot heard from the Bot API within HEALTH_SILENCE."""
    now = now or SystemClock().now()
    path = config.database_path
    if not path.exists():
        return Health(False, f"no database at {path}: the bot has not started yet")
    try:
        version = await check_file(path)
    except DatabaseRefused as error:
        return Health(False, str(error))
    latest = len(load_migrations())
    if version != latest:
        return Health(
            False, f"migrations not current: schema {version}, this version needs {latest}"
        )
    db = await Database.open_read_only(path, SystemClock())
    try:
        last = await db.settings.get(LAST_API_ANSWER)
    finally:
        await db.close()
    if last is None:
        return Health(False, "the bot has not had an answer from the Bot API yet")
    silence = now - from_iso(last)
    if silence > HEALTH_SILENCE:
        minutes = int(silence.total_seconds() // 60)
        return Health(False, f"no answer from the Bot API for {minutes} min (last at {last})")
    return Health(
        True, f"ok: schema {version}, Bot API answered {int(silence.total_seconds())} s ago"
    )
