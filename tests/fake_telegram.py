"""A fake Telegram Bot API server on 127.0.0.1 for end-to-end tests.

The real python-telegram-bot Application talks to it over HTTP (BOT_API_URL). It is strict
like Telegram: methods and parameters are checked against the official list in
../shared/telegram-bot-api/api.min.json when that file is there, HTML is parsed, limits and
flood control answer the way Telegram does. Tests act as users through its methods
(send_text, press_button, …) and read what the bot sent from `sent`.
"""

import asyncio
import html
import itertools
import json
import random
import time
from collections import defaultdict, deque
from collections.abc import Callable
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from aiohttp import BodyPartReader, web

SPEC_PATH = Path(__file__).resolve().parents[2] / "shared" / "telegram-bot-api" / "api.min.json"

# Used only when the spec file is absent: the methods this fake answers itself.
FALLBACK_METHODS = {
    "getme",
    "getupdates",
    "deletewebhook",
    "logout",
    "close",
    "sendmessage",
    "editmessagetext",
    "editmessagereplymarkup",
    "editmessagecaption",
    "deletemessage",
    "answercallbackquery",
    "setmycommands",
    "deletemycommands",
    "getmycommands",
    "senddocument",
    "sendphoto",
    "sendcontact",
    "getfile",
    "getchatmember",
    "getchat",
    "sendchataction",
    "answerinlinequery",
    "copymessage",
    "forwardmessage",
    "setchatmenubutton",
    "setwebhook",
}
SENDING_METHODS = {
    "sendmessage",
    "senddocument",
    "sendphoto",
    "sendcontact",
    "copymessage",
    "forwardmessage",
    "sendvideo",
    "sendaudio",
    "sendvoice",
    "sendlocation",
    "sendpoll",
    "sendmediagroup",
}

MESSAGE_LIMIT = 4096
CAPTION_LIMIT = 1024
CALLBACK_DATA_LIMIT = 64


@dataclass
class Faults:
    """Trouble on the way to Telegram, for fault tests and benchmarks.faults. Each request
    (every method, getUpdates too) independently: waits `latency`; with `error_rate` gets a
    502 Bad Gateway without the method running; with `drop_rate` runs the method and then
    loses the connection, so the bot gets no answer (the worst case: done, but it cannot
    know); with `timeout_rate` answers only after `timeout_seconds`."""

    latency: float = 0.0
    error_rate: float = 0.0
    drop_rate: float = 0.0
    timeout_rate: float = 0.0
    timeout_seconds: float = 12.0
    seed: int = 0
    only: frozenset[str] = frozenset()  # these methods only (lower case); empty: all


class DroppedConnection(Exception):
    """The fake closed the connection without an answer."""


@dataclass
class FloodLimits:
    """Telegram's three flood limits as this fake applies them to new messages; set one to
    None to switch it off (or `FakeTelegram.rate_limits = False` for all, in throughput runs)."""

    overall_per_second: int | None = 30  # in any one-second window, over all chats
    group_per_window: int | None = 20  # in any window of group_window_seconds, per group
    group_window_seconds: float = 60.0
    private_burst: int | None = 3  # at once to one private chat, refilled at private_per_second
    private_per_second: float = 1.0


# python-telegram-bot's Defaults add these to every send and edit method, even where it has no
# such parameter (sendContact); Telegram ignores them there, so the fake does too.
PTB_DEFAULT_PARAMETERS = {"parse_mode", "disable_notification", "protect_content"}

ALLOWED_TAGS = {
    "b",
    "strong",
    "i",
    "em",
    "u",
    "ins",
    "s",
    "strike",
    "del",
    "span",
    "tg-spoiler",
    "a",
    "code",
    "pre",
    "blockquote",
    "tg-emoji",
    "tg-time",
}


class ApiError(Exception):
    def __init__(self, code: int, description: str, retry_after: int | None = None) -> None:
        super().__init__(description)
        self.code = code
        self.description = description
        self.retry_after = retry_after


def load_spec(path: Path = SPEC_PATH) -> dict[str, dict[str, Any]] | None:
    """Methods by lower-case name, each {name: field}; None when the spec is absent."""
    if not path.is_file():
        return None
    data = json.loads(path.read_text("utf-8"))
    return {
        name.lower(): {f["name"]: f for f in method.get("fields", [])}
        for name, method in data["methods"].items()
    }


class _TelegramHTML(HTMLParser):
    """Checks HTML the way Telegram does and collects the plain text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.stack: list[str] = []
        self.text: list[str] = []
        self.error: str | None = None

    def _fail(self, message: str) -> None:
        if self.error is None:
            self.error = message

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in ALLOWED_TAGS:
            self._fail(f'Unsupported start tag "{tag}"')
        if tag == "a" and not any(name == "href" for name, _ in attrs):
            self._fail('Can\'t find end of href attribute for "a" tag')
        self.stack.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._fail(f'Unsupported start tag "{tag}"')

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            self._fail(f'Unmatched end tag "{tag}"')
        else:
            self.stack.pop()

    def handle_data(self, data: str) -> None:
        if "<" in data or ">" in data:
            self._fail("Unexpected end of name token")
        self.text.append(data)

    def handle_entityref(self, name: str) -> None:
        if name not in ("lt", "gt", "amp", "quot"):
            self._fail(f'Unsupported HTML entity "&{name};"')
        self.text.append(html.unescape(f"&{name};"))

    def handle_charref(self, name: str) -> None:
        self.text.append(html.unescape(f"&#{name};"))


def plain_text(text: str, parse_mode: str | None) -> str:
    """The text as the user sees it; ApiError 400 "can't parse entities" for bad HTML."""
    if parse_mode is None or parse_mode.upper() != "HTML":
        return text
    parser = _TelegramHTML()
    parser.feed(text)
    parser.close()
    if parser.error is None and parser.stack:
        parser.error = f'Can\'t find end tag corresponding to start tag "{parser.stack[-1]}"'
    if parser.error:
        raise ApiError(400, f"Bad Request: can't parse entities: {parser.error}")
    return "".join(parser.text)


@dataclass
class Chat:
    id: int
    type: str  # private, group, supergroup
    title: str | None = None
    first_name: str | None = None
    username: str | None = None

    def as_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"id": self.id, "type": self.type}
        if self.title:
            data["title"] = self.title
        if self.first_name:
            data["first_name"] = self.first_name
        if self.username:
            data["username"] = self.username
        return data


@dataclass
class User:
    id: int
    first_name: str
    language_code: str | None = "nl"
    username: str | None = None

    def as_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"id": self.id, "is_bot": False, "first_name": self.first_name}
        if self.language_code:
            data["language_code"] = self.language_code
        if self.username:
            data["username"] = self.username
        return data

    @property
    def chat(self) -> Chat:
        return Chat(self.id, "private", first_name=self.first_name, username=self.username)


@dataclass
class Sent:
    """A message the bot sent (and its later edits)."""

    method: str
    chat_id: int
    message_id: int
    text: str  # as the user sees it: tags removed, entities resolved
    raw: str  # as the bot sent it
    params: dict[str, Any]
    reply_markup: dict[str, Any] | None = None
    edits: int = 0
    document: bytes | None = None
    document_name: str | None = None

    def buttons(self) -> list[dict[str, Any]]:
        if not self.reply_markup:
            return []
        rows = self.reply_markup.get("inline_keyboard", [])
        return [button for row in rows for button in row]

    def button(self, label_part: str) -> dict[str, Any]:
        for button in self.buttons():
            if label_part.lower() in button["text"].lower():
                return button
        raise AssertionError(f"no button with {label_part!r} in {self.buttons()}")


@dataclass
class Call:
    method: str
    params: dict[str, Any]
    error: ApiError | None = None
    at: float = field(default_factory=time.monotonic)


TEST_TOKEN = "123456:TEST-token-0a1b2c3d"


class FakeTelegram:
    def __init__(self, token: str = TEST_TOKEN, bot_username: str = "kansrijke_test_bot"):
        self.token = token
        self.bot_user = {
            "id": int(token.split(":")[0]),
            "is_bot": True,
            "first_name": "Kansrijke Start",
            "username": bot_username,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": True,
        }
        self.spec = load_spec()
        self.rate_limits = True
        self.limits = FloodLimits()
        self.blocked: set[int] = set()
        self.group_admins: dict[int, set[int]] = defaultdict(set)
        self.chats: dict[int, Chat] = {}
        self.calls: list[Call] = []
        self.sent: list[Sent] = []
        self.callback_answers: dict[str, dict[str, Any]] = {}
        self.inline_answers: dict[str, dict[str, Any]] = {}
        self.commands: dict[tuple[str, str | None], list[dict[str, Any]]] = {}
        self.menu_button: dict[str, Any] | None = None
        self.files: dict[str, tuple[str, bytes]] = {}
        self.downloads: list[str] = []  # file paths the bot fetched, in order
        self._updates: list[dict[str, Any]] = []
        # Tests slow down or refuse the next answer for one chat: {chat_id: seconds} and
        # {chat_id: retry_after of a 429}. Each is used once.
        self.delay_next: dict[int, float] = {}
        self.refuse_next: dict[int, int] = {}
        # ... or answer the next request for one chat with this error: {chat_id: (code, text)}.
        self.fail_next: dict[int, tuple[int, str]] = {}
        self._update_ids = itertools.count(1)
        self._message_ids = itertools.count(1000)
        self._ids = itertools.count(1)
        self._changed = asyncio.Condition()
        self._sends_global: deque[float] = deque()
        self._sends_group: dict[int, deque[float]] = defaultdict(deque)
        self._private_bucket: dict[int, tuple[float, float]] = {}
        self._runner: web.AppRunner | None = None
        self.url = ""
        # Webhook mode: what setWebhook set, and where the test's "proxy" passes updates on
        # (the bot listens on plain HTTP on 127.0.0.1; Telegram would call the https URL).
        self.webhook: dict[str, Any] | None = None
        self.webhook_target: str | None = None
        self.webhook_statuses: list[int] = []
        self._webhook_posts: set[asyncio.Task[int]] = set()
        self._faults = Faults()
        self._fault_random = random.Random(0)
        self.injected: dict[str, int] = defaultdict(int)  # "502", "dropped", "timeout"
        self.delivered: dict[int, int] = defaultdict(int)  # update id -> getUpdates answers
        self.pushed_by: dict[int, int] = {}  # update id -> the user who caused it

    # ---- server ---------------------------------------------------------------------------

    async def start(self, port: int = 0) -> str:
        """On `port` (a free one by default): a test may start the bot before its Bot API."""
        app = web.Application(client_max_size=60 * 1024 * 1024)
        app.router.add_route("*", "/bot{token}/{method}", self._handle)
        app.router.add_get("/file/bot{token}/{path:.*}", self._download)
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=0.5)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", port)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        self.url = f"http://127.0.0.1:{port}"
        return self.url

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    async def _notify(self) -> None:
        async with self._changed:
            self._changed.notify_all()

    async def _handle(self, request: web.Request) -> web.Response:
        if request.match_info["token"] != self.token:
            return web.json_response(
                {"ok": False, "error_code": 401, "description": "Unauthorized"}, status=401
            )
        method = request.match_info["method"].lower()
        params = await self._read_params(request)
        call = Call(method, params)
        self.calls.append(call)
        await self._notify()  # waiters may watch for calls, not only for their answers
        fault = await self._fault() if not self.faults.only or method in self.faults.only else None
        if fault == "502":
            call.error = ApiError(502, "Bad Gateway")
            return web.json_response(
                {"ok": False, "error_code": 502, "description": "Bad Gateway"}, status=502
            )
        try:
            self._check_against_spec(method, params)
            await self._test_hooks(params)
            result = await getattr(self, f"_api_{method}", self._api_default)(params)
        except ApiError as error:
            call.error = error
            await self._notify()
            body: dict[str, Any] = {
                "ok": False,
                "error_code": error.code,
                "description": error.description,
            }
            if error.retry_after is not None:
                body["parameters"] = {"retry_after": error.retry_after}
            return web.json_response(body, status=error.code)
        await self._notify()
        if fault == "dropped":
            if method == "getupdates":
                for update in result:
                    self.delivered[update["update_id"]] -= 1  # never reached the bot
            assert request.transport is not None
            request.transport.abort()
            raise DroppedConnection(method)
        if fault == "timeout":
            await asyncio.sleep(self.faults.timeout_seconds)
        return web.json_response({"ok": True, "result": result})

    @property
    def faults(self) -> Faults:
        return self._faults

    @faults.setter
    def faults(self, faults: Faults) -> None:
        """New faults from now on, drawn from their own seed."""
        self._faults = faults
        self._fault_random = random.Random(faults.seed)

    async def _fault(self) -> str | None:
        """Which fault this request gets, after the latency (None: none)."""
        faults = self.faults
        if faults.latency:
            await asyncio.sleep(faults.latency)
        if self._fault_random.random() < faults.error_rate:
            self.injected["502"] += 1
            return "502"
        if self._fault_random.random() < faults.drop_rate:
            self.injected["dropped"] += 1
            return "dropped"
        if self._fault_random.random() < faults.timeout_rate:
            self.injected["timeout"] += 1
            return "timeout"
        return None

    async def _test_hooks(self, params: dict[str, Any]) -> None:
        raw = str(params.get("chat_id", ""))
        if not raw.lstrip("-").isdigit():
            return
        chat_id = int(raw)
        retry_after = self.refuse_next.pop(chat_id, None)
        if retry_after is not None:
            raise ApiError(
                429, f"Too Many Requests: retry after {retry_after}", retry_after=retry_after
            )
        failure = self.fail_next.pop(chat_id, None)
        if failure is not None:
            raise ApiError(*failure)
        delay = self.delay_next.pop(chat_id, None)
        if delay:
            await asyncio.sleep(delay)

    def all_updates_fetched(self) -> bool:
        """The bot has fetched every update so far and asked for newer ones (so it has put
        them in its queue)."""
        return not self._updates

    async def _read_params(self, request: web.Request) -> dict[str, Any]:
        if request.content_type == "application/json":
            data = await request.json()
            return {k: v if isinstance(v, str) else json.dumps(v) for k, v in data.items()}
        params: dict[str, Any] = {}
        if request.content_type.startswith("multipart/"):
            reader = await request.multipart()
            while (part := await reader.next()) is not None:
                assert isinstance(part, BodyPartReader)
                name = part.name or ""
                if part.filename:
                    params[name] = ("file", part.filename, bytes(await part.read()))
                else:
                    params[name] = await part.text()
            return params
        form = await request.post()
        params.update({k: v for k, v in form.items() if isinstance(v, str)})
        params.update({k: v for k, v in request.query.items()})
        return params

    def _check_against_spec(self, method: str, params: dict[str, Any]) -> None:
        if self.spec is None:
            if method not in FALLBACK_METHODS and not hasattr(self, f"_api_{method}"):
                raise ApiError(404, "Not Found")
            return
        if method not in self.spec:
            raise ApiError(404, "Not Found")
        fields = self.spec[method]
        attached = {v[1] for v in params.values() if isinstance(v, tuple)}
        for name, value in params.items():
            if name not in fields:
                if isinstance(value, tuple):  # a file part referenced as attach://name
                    continue
                if name in PTB_DEFAULT_PARAMETERS and method.startswith(("send", "edit")):
                    continue
                raise ApiError(400, f"Bad Request: unknown parameter {name}")
            if not _matches_types(value, fields[name]["types"], attached):
                raise ApiError(400, f"Bad Request: wrong type of parameter {name}")
        for name, spec_field in fields.items():
            if spec_field["required"] and name not in params:
                raise ApiError(400, f"Bad Request: {name} is empty")

    # ---- acting as users ------------------------------------------------------------------

    def user(self, first_name: str = "Anna", language_code: str | None = "nl") -> User:
        user = User(100_000 + next(self._ids), first_name, language_code)
        self.chats[user.id] = user.chat
        return user

    def group(self, title: str = "Coalitie groep", admins: list[User] | None = None) -> Chat:
        chat = Chat(-1_000_000_000_000 - next(self._ids), "supergroup", title=title)
        self.chats[chat.id] = chat
        self.group_admins[chat.id] = {u.id for u in admins or []}
        return chat

    def _push(self, kind: str, payload: dict[str, Any]) -> int:
        update_id = next(self._update_ids)
        update = {"update_id": update_id, kind: payload}
        sender = payload.get("from")
        if isinstance(sender, dict) and "id" in sender:
            self.pushed_by[update_id] = int(sender["id"])
        if self.webhook is not None and self.webhook_target is not None:
            secret = self.webhook.get("secret_token")
            task = asyncio.get_running_loop().create_task(self.post_update(update, secret))
            self._webhook_posts.add(task)
            task.add_done_callback(self._webhook_posts.discard)
        else:
            self._updates.append(update)
        return update_id

    async def post_update(self, update: dict[str, Any], secret: str | None) -> int:
        """POST one update to the bot's webhook as Telegram does, with the secret header when
        given; returns (and records) the HTTP status."""
        import aiohttp

        assert self.webhook_target is not None
        headers = {"X-Telegram-Bot-Api-Secret-Token": secret} if secret is not None else {}
        async with (
            aiohttp.ClientSession() as session,
            session.post(self.webhook_target, json=update, headers=headers) as response,
        ):
            self.webhook_statuses.append(response.status)
            await self._notify()
            return response.status

    def forged_update(self, user: User, text: str) -> dict[str, Any]:
        message = {
            "message_id": next(self._message_ids),
            "date": int(time.time()),
            "chat": user.chat.as_json(),
            "from": user.as_json(),
            "text": text,
        }
        return {"update_id": next(self._update_ids), "message": message}

    async def send_text(self, user: User, text: str, chat: Chat | None = None) -> dict[str, Any]:
        """The user types `text` (a command gets its bot_command entity)."""
        chat = chat or user.chat
        self.blocked.discard(user.id)
        message: dict[str, Any] = {
            "message_id": next(self._message_ids),
            "date": int(time.time()),
            "chat": chat.as_json(),
            "from": user.as_json(),
            "text": text,
        }
        if text.startswith("/"):
            command = text.split()[0]
            message["entities"] = [{"type": "bot_command", "offset": 0, "length": len(command)}]
        self._push("message", message)
        await self._notify()
        return message

    async def send_photo(self, user: User, caption: str) -> dict[str, Any]:
        """The user sends a photo (already on Telegram's servers) with a caption."""
        file_id = f"photo-{next(self._ids)}"
        message = {
            "message_id": next(self._message_ids),
            "date": int(time.time()),
            "chat": user.chat.as_json(),
            "from": user.as_json(),
            "photo": [
                {"file_id": file_id, "file_unique_id": f"u{file_id}", "width": 1280, "height": 720}
            ],
            "caption": caption,
        }
        self._push("message", message)
        await self._notify()
        return message

    async def send_document(
        self, user: User, file_name: str, content: bytes, mime_type: str = "text/csv"
    ) -> dict[str, Any]:
        file_id = f"file-{next(self._ids)}"
        self.files[file_id] = (f"documents/{file_name}", content)
        message = {
            "message_id": next(self._message_ids),
            "date": int(time.time()),
            "chat": user.chat.as_json(),
            "from": user.as_json(),
            "document": {
                "file_id": file_id,
                "file_unique_id": f"u{file_id}",
                "file_name": file_name,
                "mime_type": mime_type,
                "file_size": len(content),
            },
        }
        self._push("message", message)
        await self._notify()
        return message

    async def press_button(self, user: User, message: Sent, data: str) -> str:
        """The user taps an inline button with callback data `data` under `message`."""
        query_id = f"cbq-{next(self._ids)}"
        chat = self.chats[message.chat_id]
        self._push(
            "callback_query",
            {
                "id": query_id,
                "from": user.as_json(),
                "chat_instance": str(chat.id),
                "data": data,
                "message": {
                    "message_id": message.message_id,
                    "date": int(time.time()),
                    "chat": chat.as_json(),
                    "from": self.bot_user,
                    "text": message.text,
                },
            },
        )
        await self._notify()
        return query_id

    async def inline_query(self, user: User, query: str) -> str:
        query_id = f"iq-{next(self._ids)}"
        self._push(
            "inline_query",
            {"id": query_id, "from": user.as_json(), "query": query, "offset": ""},
        )
        await self._notify()
        return query_id

    async def add_bot_to_group(self, user: User, chat: Chat) -> None:
        self._push(
            "my_chat_member",
            {
                "chat": chat.as_json(),
                "from": user.as_json(),
                "date": int(time.time()),
                "old_chat_member": {"status": "left", "user": self.bot_user},
                "new_chat_member": {"status": "member", "user": self.bot_user},
            },
        )
        await self._notify()

    async def remove_bot_from_group(self, user: User, chat: Chat) -> None:
        self._push(
            "my_chat_member",
            {
                "chat": chat.as_json(),
                "from": user.as_json(),
                "date": int(time.time()),
                "old_chat_member": {"status": "member", "user": self.bot_user},
                "new_chat_member": {"status": "left", "user": self.bot_user},
            },
        )
        await self._notify()

    # ---- reading what the bot did ---------------------------------------------------------

    def messages_to(self, chat_id: int) -> list[Sent]:
        return [s for s in self.sent if s.chat_id == chat_id]

    async def wait_until(self, condition: Callable[[], Any], within: float = 5.0) -> Any:
        """Wait until condition() is truthy (re-checked on every API call); return its value."""
        async with asyncio.timeout(within):
            async with self._changed:
                while True:
                    value = condition()
                    if value:
                        return value
                    await self._changed.wait()

    async def next_message(
        self, chat_id: int, after: int | None = None, within: float = 5.0
    ) -> Sent:
        """The first message to chat_id beyond the first `after` ones (default: all seen now)."""
        seen = len(self.messages_to(chat_id)) if after is None else after

        def found() -> Sent | None:
            messages = self.messages_to(chat_id)
            return messages[seen] if len(messages) > seen else None

        result: Sent = await self.wait_until(found, within)
        return result

    async def ask(
        self, user: User, text: str, chat: Chat | None = None, within: float = 5.0
    ) -> Sent:
        """Send text as the user and wait for the bot's next message in that chat."""
        target = chat or user.chat
        before = len(self.messages_to(target.id))
        await self.send_text(user, text, chat)
        return await self.next_message(target.id, after=before, within=within)

    async def tap(self, user: User, message: Sent, label_part: str) -> str:
        button = message.button(label_part)
        return await self.press_button(user, message, button["callback_data"])

    async def tap_and_wait(
        self, user: User, message: Sent, label_part: str, within: float = 5.0
    ) -> Sent:
        """Tap a button under `message` and wait for the bot's next message to the user."""
        before = len(self.messages_to(user.id))
        await self.tap(user, message, label_part)
        return await self.next_message(user.id, after=before, within=within)

    def errors(self) -> list[Call]:
        return [c for c in self.calls if c.error is not None]

    # ---- flood control ---------------------------------------------------------------------

    def _flood_check(self, chat_id: int) -> None:
        """429 with retry_after the way Telegram answers a message beyond one of its limits."""
        if not self.rate_limits:
            return
        limits = self.limits
        now = time.monotonic()
        window = self._sends_global
        while window and now - window[0] >= 1.0:
            window.popleft()
        if limits.overall_per_second is not None and len(window) >= limits.overall_per_second:
            raise ApiError(429, "Too Many Requests: retry after 1", retry_after=1)
        if chat_id < 0:
            group = self._sends_group[chat_id]
            while group and now - group[0] >= limits.group_window_seconds:
                group.popleft()
            if limits.group_per_window is not None and len(group) >= limits.group_per_window:
                wait = int(limits.group_window_seconds - (now - group[0])) + 1
                raise ApiError(429, f"Too Many Requests: retry after {wait}", retry_after=wait)
            group.append(now)
        elif limits.private_burst is not None:
            burst = float(limits.private_burst)
            tokens, last = self._private_bucket.get(chat_id, (burst, now))
            tokens = min(burst, tokens + (now - last) * limits.private_per_second)
            if tokens < 1:
                raise ApiError(429, "Too Many Requests: retry after 1", retry_after=1)
            self._private_bucket[chat_id] = (tokens - 1, now)
        window.append(now)

    def flood_refusals(self, chat_id: int | None = None) -> list[Call]:
        """The 429 answers given (to one chat, or to all)."""
        return [
            c
            for c in self.calls
            if c.error is not None
            and c.error.code == 429
            and (chat_id is None or str(c.params.get("chat_id")) == str(chat_id))
        ]

    def _target_chat(self, params: dict[str, Any]) -> Chat:
        raw = str(params.get("chat_id", ""))
        chat_id = int(raw) if raw.lstrip("-").isdigit() else None
        if chat_id is None or chat_id not in self.chats:
            raise ApiError(400, "Bad Request: chat not found")
        if chat_id in self.blocked:
            raise ApiError(403, "Forbidden: bot was blocked by the user")
        return self.chats[chat_id]

    # ---- methods ---------------------------------------------------------------------------

    async def _api_default(self, params: dict[str, Any]) -> Any:
        return True

    async def _api_getme(self, params: dict[str, Any]) -> Any:
        return self.bot_user

    async def _api_setwebhook(self, params: dict[str, Any]) -> Any:
        allowed = json.loads(params["allowed_updates"]) if params.get("allowed_updates") else None
        self.webhook = {
            "url": params["url"],
            "secret_token": params.get("secret_token"),
            "allowed_updates": allowed,
        }
        return True

    async def _api_deletewebhook(self, params: dict[str, Any]) -> Any:
        self.webhook = None
        return True

    async def _api_getupdates(self, params: dict[str, Any]) -> Any:
        if self.webhook is not None:  # as Telegram: one way of getting updates at a time
            raise ApiError(
                409,
                "Conflict: can't use getUpdates method while webhook is active;"
                " use deleteWebhook to delete the webhook first",
            )
        offset = int(params.get("offset", 0) or 0)
        limit = int(params.get("limit", 100) or 100)
        timeout = float(params.get("timeout", 0) or 0)
        if offset:
            before = len(self._updates)
            self._updates = [u for u in self._updates if u["update_id"] >= offset]
            if len(self._updates) < before:
                await self._notify()  # all_updates_fetched() may have become true
        if not self._updates and timeout > 0:
            try:
                async with asyncio.timeout(timeout):
                    async with self._changed:
                        while not self._updates:
                            await self._changed.wait()
            except TimeoutError:
                pass
        answer = self._updates[:limit]
        for update in answer:
            self.delivered[update["update_id"]] += 1
        return answer

    def _check_markup(self, params: dict[str, Any]) -> dict[str, Any] | None:
        raw = params.get("reply_markup")
        if not raw:
            return None
        markup: dict[str, Any] = json.loads(raw)
        for row in markup.get("inline_keyboard", []):
            for button in row:
                data = button.get("callback_data")
                if data is not None and not 1 <= len(data.encode()) <= CALLBACK_DATA_LIMIT:
                    raise ApiError(400, "Bad Request: BUTTON_DATA_INVALID")
                if not button.get("text"):
                    raise ApiError(400, "Bad Request: text buttons are unallowed")
                if "web_app" in button:  # Mini App buttons: https only, private chats only
                    if not str(button["web_app"].get("url", "")).startswith("https://"):
                        raise ApiError(400, "Bad Request: BUTTON_URL_INVALID")
                    if int(params.get("chat_id", 0) or 0) < 0:
                        raise ApiError(400, "Bad Request: BUTTON_TYPE_INVALID")
        return markup

    def _message_json(self, sent: Sent) -> dict[str, Any]:
        chat = self.chats[sent.chat_id]
        data: dict[str, Any] = {
            "message_id": sent.message_id,
            "date": int(time.time()),
            "chat": chat.as_json(),
            "from": self.bot_user,
        }
        if sent.method == "sendmessage":
            data["text"] = sent.text
        if sent.reply_markup:
            data["reply_markup"] = sent.reply_markup
        return data

    def _record(self, method: str, params: dict[str, Any], text: str, raw: str) -> Sent:
        sent = Sent(
            method=method,
            chat_id=int(params["chat_id"]),
            message_id=next(self._message_ids),
            text=text,
            raw=raw,
            params=params,
            reply_markup=self._check_markup(params),
        )
        return sent

    async def _api_sendmessage(self, params: dict[str, Any]) -> Any:
        self._target_chat(params)
        raw = params["text"]
        text = plain_text(raw, params.get("parse_mode"))
        if not text.strip():
            raise ApiError(400, "Bad Request: message text is empty")
        if len(text) > MESSAGE_LIMIT:
            raise ApiError(400, "Bad Request: message is too long")
        sent = self._record("sendmessage", params, text, raw)
        self._flood_check(sent.chat_id)
        self.sent.append(sent)
        return self._message_json(sent)

    async def _send_file(self, method: str, field_name: str, params: dict[str, Any]) -> Any:
        self._target_chat(params)
        caption_raw = params.get("caption", "")
        caption = plain_text(caption_raw, params.get("parse_mode")) if caption_raw else ""
        if len(caption) > CAPTION_LIMIT:
            raise ApiError(400, "Bad Request: message caption is too long")
        value = params[field_name]
        if isinstance(value, str) and value.startswith("attach://"):
            value = params.get(value.removeprefix("attach://"))
        sent = self._record(method, params, caption, caption_raw)
        if isinstance(value, tuple):
            sent.document_name, sent.document = value[1], value[2]
        self._flood_check(sent.chat_id)
        self.sent.append(sent)
        data = self._message_json(sent)
        file_id = f"sent-{sent.message_id}"
        if method == "sendphoto":
            data["photo"] = [
                {"file_id": file_id, "file_unique_id": file_id, "width": 800, "height": 800}
            ]
        else:
            data["document"] = {
                "file_id": file_id,
                "file_unique_id": file_id,
                "file_name": sent.document_name or "file",
            }
        if caption:
            data["caption"] = caption
        return data

    async def _api_senddocument(self, params: dict[str, Any]) -> Any:
        return await self._send_file("senddocument", "document", params)

    async def _api_sendphoto(self, params: dict[str, Any]) -> Any:
        return await self._send_file("sendphoto", "photo", params)

    async def _api_sendcontact(self, params: dict[str, Any]) -> Any:
        self._target_chat(params)
        text = f"{params['first_name']} {params.get('last_name', '')}".strip()
        sent = self._record("sendcontact", params, text, text)
        self._flood_check(sent.chat_id)
        self.sent.append(sent)
        data = self._message_json(sent)
        data["contact"] = {"phone_number": params["phone_number"], "first_name": text}
        return data

    def _find_sent(self, params: dict[str, Any]) -> Sent:
        raw_chat, raw_id = str(params.get("chat_id", "")), str(params.get("message_id", ""))
        for sent in self.sent:
            if str(sent.chat_id) == raw_chat and str(sent.message_id) == raw_id:
                return sent
        raise ApiError(400, "Bad Request: message to edit not found")

    async def _api_editmessagetext(self, params: dict[str, Any]) -> Any:
        sent = self._find_sent(params)
        raw = params["text"]
        text = plain_text(raw, params.get("parse_mode"))
        if not text.strip():
            raise ApiError(400, "Bad Request: message text is empty")
        if len(text) > MESSAGE_LIMIT:
            raise ApiError(400, "Bad Request: MESSAGE_TOO_LONG")
        markup = self._check_markup(params)
        if raw == sent.raw and markup == sent.reply_markup:
            raise ApiError(
                400,
                "Bad Request: message is not modified: specified new message content and reply "
                "markup are exactly the same as a current content and reply markup of the message",
            )
        sent.text, sent.raw, sent.reply_markup = text, raw, markup
        sent.edits += 1
        return self._message_json(sent)

    async def _api_editmessagereplymarkup(self, params: dict[str, Any]) -> Any:
        sent = self._find_sent(params)
        markup = self._check_markup(params)
        if markup == sent.reply_markup:
            raise ApiError(400, "Bad Request: message is not modified")
        sent.reply_markup = markup
        sent.edits += 1
        return self._message_json(sent)

    async def _api_deletemessage(self, params: dict[str, Any]) -> Any:
        sent = self._find_sent(params)
        self.sent.remove(sent)
        return True

    async def _api_answercallbackquery(self, params: dict[str, Any]) -> Any:
        query_id = params["callback_query_id"]
        if query_id in self.callback_answers:
            raise ApiError(400, "Bad Request: query is too old and response timeout expired")
        self.callback_answers[query_id] = params
        return True

    async def _api_answerinlinequery(self, params: dict[str, Any]) -> Any:
        self.inline_answers[params["inline_query_id"]] = {
            **params,
            "results": json.loads(params["results"]),
        }
        return True

    async def _api_setmycommands(self, params: dict[str, Any]) -> Any:
        commands = json.loads(params["commands"])
        if len(commands) > 100:
            raise ApiError(400, "Bad Request: too many commands")
        for command in commands:
            name, description = command.get("command", ""), command.get("description", "")
            if not (1 <= len(name) <= 32 and name.replace("_", "").isalnum() and name.islower()):
                raise ApiError(400, "Bad Request: BOT_COMMAND_INVALID")
            if not 1 <= len(description) <= 256:
                raise ApiError(400, "Bad Request: command description is empty")
        scope = params.get("scope", '{"type": "default"}')
        self.commands[(scope, params.get("language_code"))] = commands
        return True

    async def _api_setchatmenubutton(self, params: dict[str, Any]) -> Any:
        self.menu_button = json.loads(params.get("menu_button", "{}"))
        return True

    async def _api_deletemycommands(self, params: dict[str, Any]) -> Any:
        scope = params.get("scope", '{"type": "default"}')
        self.commands.pop((scope, params.get("language_code")), None)
        return True

    def menu(self, scope: dict[str, Any], language_code: str | None = None) -> list[str]:
        """Command names the bot set for a scope (as JSON the bot sent it) and language."""
        for (raw_scope, language), commands in self.commands.items():
            if json.loads(raw_scope) == scope and language == language_code:
                return [c["command"] for c in commands]
        return []

    async def _api_getfile(self, params: dict[str, Any]) -> Any:
        file_id = params["file_id"]
        if file_id not in self.files:
            raise ApiError(400, "Bad Request: invalid file_id")
        path, content = self.files[file_id]
        return {
            "file_id": file_id,
            "file_unique_id": f"u{file_id}",
            "file_size": len(content),
            "file_path": path,
        }

    async def _download(self, request: web.Request) -> web.Response:
        if request.match_info["token"] != self.token:
            return web.Response(status=401)
        for path, content in self.files.values():
            if path == request.match_info["path"]:
                self.downloads.append(path)
                return web.Response(body=content)
        return web.Response(status=404)

    async def _api_getchat(self, params: dict[str, Any]) -> Any:
        chat = self._target_chat(params)
        return {**chat.as_json(), "accent_color_id": 0, "max_reaction_count": 11}

    async def _api_getchatmember(self, params: dict[str, Any]) -> Any:
        chat = self._target_chat(params)
        user_id = int(params["user_id"])
        status = "administrator" if user_id in self.group_admins.get(chat.id, set()) else "member"
        member: dict[str, Any] = {
            "status": status,
            "user": {"id": user_id, "is_bot": False, "first_name": "User"},
        }
        if status == "administrator":
            member.update(
                {
                    "can_be_edited": False,
                    "is_anonymous": False,
                    "can_manage_chat": True,
                    "can_delete_messages": True,
                    "can_manage_video_chats": True,
                    "can_restrict_members": True,
                    "can_promote_members": False,
                    "can_change_info": True,
                    "can_invite_users": True,
                    "can_post_stories": False,
                    "can_edit_stories": False,
                    "can_delete_stories": False,
                }
            )
        return member


def _matches_types(value: Any, types: list[str], attached: set[str]) -> bool:
    return any(_matches_type(value, t) for t in types)


def _matches_type(value: Any, type_name: str) -> bool:
    if isinstance(value, tuple):
        return type_name == "InputFile"
    text = str(value)
    if type_name == "String":
        return True
    if type_name == "Integer":
        return text.lstrip("-").isdigit()
    if type_name == "Float":
        try:
            float(text)
        except ValueError:
            return False
        return True
    if type_name == "Boolean":
        return text.lower() in ("true", "false", "1", "0")
    if type_name == "InputFile":
        return bool(text)  # a file_id, a URL or attach://name
    try:
        parsed = json.loads(text)
    except ValueError:
        return False
    if type_name.startswith("Array of"):
        return isinstance(parsed, list)
    return isinstance(parsed, dict)
