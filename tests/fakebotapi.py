"""A fake Telegram Bot API server: aiohttp on 127.0.0.1 (a free port), which the real
python-telegram-bot client talks to over HTTP through `base_url`.

It implements what the bot uses — getMe, getUpdates (real long polling), sendMessage,
editMessageText, editMessageReplyMarkup, answerCallbackQuery, getChat, getChatMember,
setMyCommands, deleteWebhook — and checks what the real API checks: empty text, more than 4096
characters after entity parsing, invalid HTML (unknown tags or entities, unbalanced tags), an
unknown method, a thread that does not exist. Such a request is answered as Telegram would and
recorded in `problems`; the `fake_api` fixture fails the test if there are any.

A simulated user sends commands (with their bot_command entities), presses inline buttons and
blocks the bot, in private chats, groups, forum topics and through channels. Faults on demand:
429 with retry_after, 403, 400, slow answers, chat migration; and an optional strict flood model
(30 messages/s overall, 1/s per chat, 20/min per group) that answers 429 when the bot goes too
fast.
"""

from __future__ import annotations

import asyncio
import html
import json
import re
import time
from collections import defaultdict, deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

TOKEN = "123456:TEST-token"
BOT_ID = 123456
STRING_PARAMS = {"text", "parse_mode", "callback_query_id", "url", "data", "language_code"}

_TAG = re.compile(
    r"<(/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[a-zA-Z-]+\s*=\s*(?:\"[^\"]*\"|'[^']*'))*)\s*>"
)
_ENTITY = re.compile(r"&(lt|gt|amp|quot|#\d+|#x[0-9a-fA-F]+);")
_ALLOWED_TAGS = {
    "b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "span", "tg-spoiler", "a",
    "code", "pre", "blockquote", "tg-emoji",
}  # fmt: skip


class ApiError(Exception):
    def __init__(self, status: int, description: str, **parameters: Any) -> None:
        super().__init__(description)
        self.status = status
        self.description = description
        self.parameters = parameters


def parse_html(text: str) -> str:
    """The text Telegram would show for HTML `text`; ApiError as Telegram's 400 otherwise."""
    out: list[str] = []
    stack: list[str] = []
    i = 0
    while i < len(text):
        char = text[i]
        if char == "<":
            match = _TAG.match(text, i)
            if not match or match[2].lower() not in _ALLOWED_TAGS:
                raise ApiError(
                    400,
                    f"Bad Request: can't parse entities: unsupported start tag at byte offset {i}",
                )
            name = match[2].lower()
            if match[1]:
                if not stack or stack[-1] != name:
                    raise ApiError(
                        400, f"Bad Request: can't parse entities: unexpected end tag {name}"
                    )
                stack.pop()
            else:
                stack.append(name)
            i = match.end()
        elif char == "&":
            match = _ENTITY.match(text, i)
            if not match:
                raise ApiError(
                    400,
                    f"Bad Request: can't parse entities: character '&' at offset {i} is not an entity",
                )
            out.append(html.unescape(match[0]))
            i = match.end()
        elif char == ">":
            raise ApiError(400, f"Bad Request: can't parse entities: character '>' at offset {i}")
        else:
            out.append(char)
            i += 1
    if stack:
        raise ApiError(
            400, f"Bad Request: can't parse entities: can't find end tag for {stack[-1]}"
        )
    return "".join(out)


def utf16_length(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


@dataclass
class User:
    id: int
    first_name: str
    blocked: bool = False  # this user blocked the bot

    def json(self) -> dict[str, Any]:
        return {"id": self.id, "is_bot": False, "first_name": self.first_name}


@dataclass
class Chat:
    id: int
    type: str  # private | group | supergroup | channel
    title: str | None = None
    username: str | None = None
    is_forum: bool = False
    admins: set[int] = field(default_factory=set)  # user ids (the first is the creator)
    bot_is_admin: bool = False
    threads: set[int] = field(default_factory=set)
    migrated_to: int | None = None
    next_message_id: int = 1

    def json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.id, "type": self.type}
        if self.title:
            out["title"] = self.title
        if self.username:
            out["username"] = self.username
        if self.type == "private":
            out["first_name"] = self.title or "user"
        if self.is_forum:
            out["is_forum"] = True
        return out


@dataclass
class Sent:
    """A message the bot sent and the fake accepted."""

    chat_id: int
    thread_id: int | None
    text: str  # as sent (HTML)
    plain: str  # as shown
    silent: bool
    message_id: int
    reply_markup: dict[str, Any] | None
    at: float


@dataclass
class Fault:
    chat_id: int | None  # None: any chat
    status: int
    description: str
    parameters: dict[str, Any]
    times: int


class FakeBotAPI:
    def __init__(self, *, strict_flood: bool = False) -> None:
        self.strict_flood = strict_flood
        self.users: dict[int, User] = {}
        self.chats: dict[int, Chat] = {}
        self.updates: list[dict[str, Any]] = []
        self.sent: list[Sent] = []
        self.calls: list[tuple[str, dict[str, Any]]] = []
        self.problems: list[str] = []
        self.faults: list[Fault] = []
        self.delays: dict[int | None, float] = {}  # chat (None: any) -> seconds before answering
        self.answers: list[dict[str, Any]] = []  # answerCallbackQuery calls
        self.commands: list[dict[str, Any]] | None = None
        self.flood_429s = 0
        self.rejected: list[tuple[int, int, str]] = []  # (chat, status, description) answered
        self._update_id = 0
        self._callback_id = 0
        self._new_updates = asyncio.Event()
        self._overall: deque[float] = deque()
        self._per_chat: dict[int, deque[float]] = defaultdict(deque)
        self._runner: web.AppRunner | None = None
        self.port = 0
        self._next_group = 1000
        self.on_send: Callable[[Sent], None] | None = None

    # --- server -------------------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        """For PTB's base_url / telegram.api_url: the token is appended."""
        return f"http://127.0.0.1:{self.port}/bot"

    async def start(self) -> FakeBotAPI:
        app = web.Application()
        app.router.add_route("*", "/bot{token}/{method}", self._handle)
        self._runner = web.AppRunner(app, shutdown_timeout=0.5, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        server = site._server
        assert server is not None
        self.port = server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        return self

    async def close(self) -> None:
        self._new_updates.set()
        if self._runner is not None:
            await self._runner.cleanup()

    async def _handle(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        if request.match_info["token"] != TOKEN:
            return self._error(ApiError(401, "Unauthorized"))
        params = await self._params(request)
        self.calls.append((method, params))
        handler = getattr(self, f"api_{method}", None)
        if handler is None:
            self.problems.append(f"unknown method {method}")
            return self._error(ApiError(404, "Not Found"))
        try:
            result = await handler(params)
        except ApiError as exc:
            return self._error(exc)
        return web.json_response({"ok": True, "result": result})

    @staticmethod
    async def _params(request: web.Request) -> dict[str, Any]:
        if request.content_type == "application/json":
            data = await request.json()
            return dict(data) if data else {}
        form = await request.post()
        params: dict[str, Any] = {}
        for key, value in form.items():
            if not isinstance(value, str):
                continue
            if key in STRING_PARAMS:
                params[key] = value
                continue
            try:
                params[key] = json.loads(value)
            except ValueError:
                params[key] = value
        return params

    @staticmethod
    def _error(exc: ApiError) -> web.Response:
        body: dict[str, Any] = {
            "ok": False, "error_code": exc.status, "description": exc.description,
        }  # fmt: skip
        if exc.parameters:
            body["parameters"] = exc.parameters
        return web.json_response(body, status=exc.status)

    # --- the world ----------------------------------------------------------------------------

    def user(self, user_id: int, name: str = "Ada") -> User:
        user = self.users.setdefault(user_id, User(user_id, name))
        self.chats.setdefault(user_id, Chat(user_id, "private", title=name))
        return user

    def group(
        self, title: str, admins: tuple[User, ...], *, forum: bool = False, supergroup: bool = False
    ) -> Chat:
        self._next_group += 1
        chat_id = (
            -(1_000_000_000_000 + self._next_group) if supergroup or forum else -self._next_group
        )
        chat = Chat(chat_id, "supergroup" if supergroup or forum else "group", title=title,
                    is_forum=forum, admins={a.id for a in admins})  # fmt: skip
        self.chats[chat_id] = chat
        return chat

    def topic(self, chat: Chat, thread_id: int) -> int:
        chat.threads.add(thread_id)
        return thread_id

    def channel(
        self, username: str, admins: tuple[User, ...], *, bot_is_admin: bool = True
    ) -> Chat:
        self._next_group += 1
        chat_id = -(1_000_000_000_000 + self._next_group)
        chat = Chat(chat_id, "channel", title=username.title(), username=username,
                    admins={a.id for a in admins}, bot_is_admin=bot_is_admin)  # fmt: skip
        self.chats[chat_id] = chat
        return chat

    def migrate(self, chat: Chat) -> Chat:
        """The group becomes a supergroup with a new id: the old id answers 400 from now on."""
        new = self.group(chat.title or "group", (), supergroup=True)
        new.admins = set(chat.admins)
        chat.migrated_to = new.id
        return new

    def _push(self, kind: str, payload: dict[str, Any]) -> dict[str, Any]:
        self._update_id += 1
        self.updates.append({"update_id": self._update_id, kind: payload})
        self._new_updates.set()
        return payload

    def send(
        self, user: User, chat: Chat, text: str, *, thread_id: int | None = None
    ) -> dict[str, Any]:
        """The user sends `text` in `chat` (a command carries its bot_command entity)."""
        message: dict[str, Any] = {
            "message_id": self._next_message_id(chat),
            "date": int(time.time()),
            "chat": chat.json(),
            "from": user.json(),
            "text": text,
        }
        if text.startswith("/"):
            command = text.split()[0]
            message["entities"] = [
                {"type": "bot_command", "offset": 0, "length": utf16_length(command)}
            ]
        if thread_id is not None:
            message["message_thread_id"] = thread_id
            message["is_topic_message"] = True
        return self._push("message", message)

    def press(self, user: User, sent: Sent, data: str) -> None:
        """The user presses the inline button with `data` under the bot's message `sent`."""
        buttons = [b for row in (sent.reply_markup or {}).get("inline_keyboard", []) for b in row]
        assert any(b.get("callback_data") == data for b in buttons), f"no button {data!r}"
        chat = self.chats[sent.chat_id]
        self._callback_id += 1
        message = {
            "message_id": sent.message_id,
            "date": int(sent.at),
            "chat": chat.json(),
            "from": {"id": BOT_ID, "is_bot": True, "first_name": "sitrep"},
            "text": sent.plain,
            "reply_markup": sent.reply_markup,
        }
        if sent.thread_id is not None:
            message["message_thread_id"] = sent.thread_id
            message["is_topic_message"] = True
        self._push("callback_query", {
            "id": str(self._callback_id), "from": user.json(), "chat_instance": str(chat.id),
            "data": data, "message": message,
        })  # fmt: skip

    def remove_bot(self, user: User, chat: Chat) -> None:
        """`user` removes the bot from `chat` (or, in a private chat, blocks it)."""
        if chat.type == "private":
            self.users[chat.id].blocked = True
        bot = {"id": BOT_ID, "is_bot": True, "first_name": "sitrep"}
        self._push("my_chat_member", {
            "chat": chat.json(), "from": user.json(), "date": int(time.time()),
            "old_chat_member": {"status": "member", "user": bot},
            "new_chat_member": {"status": "kicked" if chat.type == "private" else "left",
                                "user": bot, **({"until_date": 0} if chat.type == "private" else {})},
        })  # fmt: skip

    def fail(self, chat_id: int | None, status: int, description: str, *, times: int = 1,
             **parameters: Any) -> None:  # fmt: skip
        """The next `times` sendMessage calls to `chat_id` (None: any chat) fail like this."""
        self.faults.append(Fault(chat_id, status, description, parameters, times))

    def _next_message_id(self, chat: Chat) -> int:
        chat.next_message_id += 1
        return chat.next_message_id - 1

    # --- reading what happened ----------------------------------------------------------------

    def messages(self, chat: Chat | int, thread_id: int | None = None, *,
                 any_thread: bool = False) -> list[Sent]:  # fmt: skip
        chat_id = chat if isinstance(chat, int) else chat.id
        return [s for s in self.sent if s.chat_id == chat_id
                and (any_thread or s.thread_id == thread_id)]  # fmt: skip

    def last(self, chat: Chat | int, thread_id: int | None = None) -> Sent:
        found = self.messages(chat, thread_id)
        assert found, f"nothing was sent to {chat}"
        return found[-1]

    async def wait_for(self, predicate: Callable[[], bool], timeout: float = 10.0) -> None:
        deadline = asyncio.get_running_loop().time() + timeout
        while not predicate():
            if asyncio.get_running_loop().time() > deadline:
                raise AssertionError("timed out waiting for the bot")
            await asyncio.sleep(0.02)

    async def reply_to(self, user: User, chat: Chat, text: str, *, thread_id: int | None = None,
                       timeout: float = 10.0) -> Sent:  # fmt: skip
        """Send `text` and wait for the bot's next message in that chat (and thread)."""
        before = len(self.messages(chat, thread_id))
        self.send(user, chat, text, thread_id=thread_id)
        await self.wait_for(lambda: len(self.messages(chat, thread_id)) > before, timeout)
        return self.messages(chat, thread_id)[before]

    # --- methods ------------------------------------------------------------------------------

    async def api_getMe(self, params: dict[str, Any]) -> dict[str, Any]:
        return {"id": BOT_ID, "is_bot": True, "first_name": "sitrep", "username": "sitrep_test_bot",
                "can_join_groups": True, "can_read_all_group_messages": False,
                "supports_inline_queries": False}  # fmt: skip

    async def api_deleteWebhook(self, params: dict[str, Any]) -> bool:
        return True

    async def api_setMyCommands(self, params: dict[str, Any]) -> bool:
        commands = params.get("commands")
        if not isinstance(commands, list) or not commands:
            self.problems.append(f"setMyCommands without commands: {params}")
            raise ApiError(400, "Bad Request: commands must be non-empty")
        for command in commands:
            if not re.fullmatch(r"[a-z0-9_]{1,32}", command.get("command", "")) or not (
                1 <= len(command.get("description", "")) <= 256
            ):
                self.problems.append(f"invalid command {command}")
                raise ApiError(400, "Bad Request: BOT_COMMAND_INVALID")
        self.commands = commands
        return True

    async def api_getUpdates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        offset = int(params.get("offset") or 0)
        timeout = float(params.get("timeout") or 0)
        if offset:
            self.updates = [u for u in self.updates if u["update_id"] >= offset]
        deadline = asyncio.get_running_loop().time() + timeout
        while not self.updates:
            remaining = deadline - asyncio.get_running_loop().time()
            if remaining <= 0:
                return []
            self._new_updates.clear()
            try:
                await asyncio.wait_for(self._new_updates.wait(), remaining)
            except TimeoutError:
                return []
            if self._runner is None:
                return []
        return list(self.updates[: int(params.get("limit") or 100)])

    def _chat(self, chat_id: Any) -> Chat:
        if isinstance(chat_id, str) and chat_id.startswith("@"):
            for chat in self.chats.values():
                if chat.username == chat_id[1:]:
                    return chat
            raise ApiError(400, "Bad Request: chat not found")
        chat = self.chats.get(int(chat_id))
        if chat is None:
            raise ApiError(400, "Bad Request: chat not found")
        return chat

    def _flood(self, chat: Chat) -> None:
        if not self.strict_flood:
            return
        now = time.monotonic()
        overall = self._overall
        while overall and overall[0] <= now - 1.0:
            overall.popleft()
        mine = self._per_chat[chat.id]
        window = 60.0 if chat.type in ("group", "supergroup") else 1.0
        limit = 20 if chat.type in ("group", "supergroup") else 1
        while mine and mine[0] <= now - window:
            mine.popleft()
        if len(overall) >= 30 or len(mine) >= limit:
            self.flood_429s += 1
            raise ApiError(429, "Too Many Requests: retry after 1", retry_after=1)
        overall.append(now)
        mine.append(now)

    async def api_sendMessage(self, params: dict[str, Any]) -> dict[str, Any]:
        try:
            return await self._send_message(params)
        except ApiError as exc:
            self.rejected.append((int(params.get("chat_id") or 0), exc.status, exc.description))
            raise

    async def _send_message(self, params: dict[str, Any]) -> dict[str, Any]:
        chat = self._chat(params.get("chat_id"))
        delay = self.delays.get(chat.id, self.delays.get(None, 0.0))
        if delay:
            await asyncio.sleep(delay)
        for fault in self.faults:
            if fault.times > 0 and fault.chat_id in (None, chat.id):
                fault.times -= 1
                raise ApiError(fault.status, fault.description, **fault.parameters)
        if chat.migrated_to is not None:
            raise ApiError(400, "Bad Request: group chat was upgraded to a supergroup chat",
                           migrate_to_chat_id=chat.migrated_to)  # fmt: skip
        if chat.type == "private" and self.users.get(chat.id, User(0, "")).blocked:
            raise ApiError(403, "Forbidden: bot was blocked by the user")
        if chat.type == "channel" and not chat.bot_is_admin:
            raise ApiError(403, "Forbidden: bot is not a member of the channel chat")
        text = params.get("text")
        plain = self._check_text(text, params.get("parse_mode"))
        thread = params.get("message_thread_id")
        if thread is not None and (not chat.is_forum or int(thread) not in chat.threads):
            self.problems.append(f"sendMessage to unknown thread {thread} of {chat.id}")
            raise ApiError(400, "Bad Request: message thread not found")
        self._flood(chat)
        sent = Sent(chat.id, int(thread) if thread is not None else None, str(text), plain,
                    bool(params.get("disable_notification")), self._next_message_id(chat),
                    params.get("reply_markup"), time.time())  # fmt: skip
        self.sent.append(sent)
        if self.on_send is not None:
            self.on_send(sent)
        return self._message_json(chat, sent)

    def _check_text(self, text: Any, parse_mode: Any) -> str:
        if not isinstance(text, str) or not text.strip():
            self.problems.append(f"empty message text: {text!r}")
            raise ApiError(400, "Bad Request: message text is empty")
        try:
            plain = parse_html(text) if parse_mode == "HTML" else text
        except ApiError as exc:
            self.problems.append(f"{exc.description}: {text!r}")
            raise
        if not plain.strip():
            self.problems.append(f"empty message text after parsing: {text!r}")
            raise ApiError(400, "Bad Request: message text is empty")
        if utf16_length(plain) > 4096:
            self.problems.append(f"message of {utf16_length(plain)} characters")
            raise ApiError(400, "Bad Request: message is too long")
        return plain

    def _message_json(self, chat: Chat, sent: Sent) -> dict[str, Any]:
        out: dict[str, Any] = {
            "message_id": sent.message_id,
            "date": int(sent.at),
            "chat": chat.json(),
            "from": {"id": BOT_ID, "is_bot": True, "first_name": "sitrep"},
            "text": sent.plain,
        }
        if sent.reply_markup:
            out["reply_markup"] = sent.reply_markup
        if sent.thread_id is not None:
            out["message_thread_id"] = sent.thread_id
            out["is_topic_message"] = True
        return out

    def _find(self, params: dict[str, Any]) -> tuple[Chat, Sent]:
        chat = self._chat(params.get("chat_id"))
        message_id = int(params.get("message_id") or 0)
        for sent in self.sent:
            if sent.chat_id == chat.id and sent.message_id == message_id:
                return chat, sent
        self.problems.append(f"edit of unknown message {message_id} in {chat.id}")
        raise ApiError(400, "Bad Request: message to edit not found")

    async def api_editMessageText(self, params: dict[str, Any]) -> dict[str, Any]:
        chat, sent = self._find(params)
        sent.plain = self._check_text(params.get("text"), params.get("parse_mode"))
        sent.text = str(params.get("text"))
        sent.reply_markup = params.get("reply_markup")
        return self._message_json(chat, sent)

    async def api_editMessageReplyMarkup(self, params: dict[str, Any]) -> dict[str, Any]:
        chat, sent = self._find(params)
        if params.get("reply_markup") == sent.reply_markup:
            self.problems.append("editMessageReplyMarkup without a change")
            raise ApiError(400, "Bad Request: message is not modified")
        sent.reply_markup = params.get("reply_markup")
        return self._message_json(chat, sent)

    async def api_answerCallbackQuery(self, params: dict[str, Any]) -> bool:
        self.answers.append(params)
        return True

    async def api_getChat(self, params: dict[str, Any]) -> dict[str, Any]:
        chat = self._chat(params.get("chat_id"))
        return {**chat.json(), "accent_color_id": 0, "max_reaction_count": 11,
                "accepted_gift_types": {"unlimited_gifts": False, "limited_gifts": False,
                                        "unique_gifts": False, "premium_subscription": False,
                                        "gifts_from_channels": False}}  # fmt: skip

    async def api_getChatMember(self, params: dict[str, Any]) -> dict[str, Any]:
        chat = self._chat(params.get("chat_id"))
        user_id = int(params.get("user_id") or 0)
        if user_id == BOT_ID:
            user = {"id": BOT_ID, "is_bot": True, "first_name": "sitrep"}
            admin = chat.bot_is_admin
        else:
            known = self.users.get(user_id)
            user = known.json() if known else {"id": user_id, "is_bot": False, "first_name": "x"}
            admin = user_id in chat.admins
        if not admin:
            return {"status": "member", "user": user}
        if chat.admins and user_id == min(chat.admins, key=lambda a: a):
            return {"status": "creator", "user": user, "is_anonymous": False}
        rights = ["can_be_edited", "is_anonymous", "can_manage_chat", "can_delete_messages", "can_manage_video_chats", "can_restrict_members", "can_promote_members", "can_change_info", "can_invite_users", "can_post_stories", "can_edit_stories", "can_delete_stories"]  # fmt: skip
        return {"status": "administrator", "user": user, **{r: r != "is_anonymous" for r in rights},
                "can_post_messages": True}  # fmt: skip
