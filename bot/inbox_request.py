"""The connection PTB uses for getUpdates (and only for it: PTB sends getUpdates past the rate
limiter). It hands each batch of updates to the inbox before returning it, so the updates are
stored before the next getUpdates confirms them to Telegram; and it tells the vitals that the
Bot API answered."""

import json
from collections.abc import Awaitable, Callable
from typing import Any

from bot.aiohttp_request import AiohttpRequest

OK = 200


class InboxRequest(AiohttpRequest):
    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.on_updates: Callable[[list[dict[str, Any]]], Awaitable[None]] | None = None
        self.on_answer: Callable[[], None] | None = None

    async def do_request(self, *args: Any, **kwargs: Any) -> tuple[int, bytes]:
        code, payload = await super().do_request(*args, **kwargs)
        if self.on_answer is not None:
            self.on_answer()
        if code == OK and self.on_updates is not None:
            body = json.loads(payload)
            updates = body.get("result") if isinstance(body, dict) else None
            if isinstance(updates, list) and updates:
                await self.on_updates(updates)
        return code, payload
