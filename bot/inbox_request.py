"""The connection PTB uses for getUpdates (and only for it: PTB sends getUpdates past the rate
limiter). It hands each batch of updates to the inbox before returning it, so the updates are
stored before the next getUpdates confirms them to Telegram; and it tells the vitals that the
Bot API answered. Updates the flood rule drops are handed on as their id alone: PTB need not
parse them (in a storm that is most of its work), and the ids keep Telegram's offset going.
The batch is read from JSON once: PTB gets the parsed batch back (parse_json_payload)."""

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
        # The last batch's payload as returned to PTB, and the batch as PTB should see it.
        self._parsed: tuple[bytes, dict[str, Any]] | None = None

    async def do_request(self, *args: Any, **kwargs: Any) -> tuple[int, bytes]:
        code, payload = await super().do_request(*args, **kwargs)
        if self.on_answer is not None:
            self.on_answer()
        if code == OK and self.on_updates is not None:
            body = json.loads(payload)
            updates = body.get("result") if isinstance(body, dict) else None
            if isinstance(updates, list) and updates:
                handed_on = await self.on_updates(updates)
                self._parsed = (payload, {**body, "result": handed_on})
        return code, payload

    # PTB's is a static method that its docs invite to override; PTB calls it on the instance.
    def parse_json_payload(self, payload: bytes) -> dict[str, Any]:  # type: ignore[override]
        """The batch do_request read and screened, without reading its JSON again."""
        parsed, self._parsed = self._parsed, None
        if parsed is not None and parsed[0] is payload:
            return parsed[1]
        return super().parse_json_payload(payload)
