"""The connection PTB uses for getUpdates (and only for it: PTB sends getUpdates past the rate
limiter). It hands each batch of updates to the inbox before returning it, so the updates are
stored before the next getUpdates confirms them to Telegram; and it tells the vitals that the
Bot API answered. Updates the flood rule drops are handed on as their id alone: PTB need not
parse them (in a storm that is most of its work), and the ids keep Telegram's offset going."""

import json
from collections.abc import Awaitable, Callable
from typing import Any

from bot.aiohttp_request import AiohttpRequest

OK = 200


class InboxRequest(AiohttpRequest):
    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        # Keeps a batch, and returns the updates as PTB should see them.
        self.on_updates: (
            Callable[[list[dict[str, Any]]], Awaitable[list[dict[str, Any]]]] | None
        ) = None
        self.on_answer: Callable[[], None] | None = None

    async def do_request(self, *args: Any, **kwargs: Any) -> tuple[int, bytes]:
        code, payload = await super().do_request(*args, **kwargs)
        if self.on_answer is not None:
            self.on_answer()
        if code == OK and self.on_updates is not None:
            body = json.loads(payload)
            updates = body.get("result") if isinstance(body, dict) else None
            if isinstance(updates, list) and updates:
                handed_on = await self.on_updates(updates)
                if handed_on is not updates:
                    payload = json.dumps({**body, "result": handed_on}).encode()
        return code, payload
