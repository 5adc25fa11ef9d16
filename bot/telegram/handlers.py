"""Thin handlers: parse the arguments, call one function, reply (HTML). A usage error is a one-line
reply that shows the right form.

Who may change what: in a private chat, its user. In a group, anyone may read (/latest,
/status, /watchlist) but only the group's administrators change its subscription, watchlist,
kinds or quiet hours. A channel cannot talk to the bot: a channel administrator names it in a
private chat (`/subscribe @channel`, `/watch @channel sudan`), and the bot checks with Telegram
that this user administers that channel and that the bot may post there.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from telegram import Message, Update
from telegram.constants import ChatMemberStatus, ChatType
from telegram.error import BadRequest, Forbidden
from telegram.ext import ContextTypes

from bot.clock import utcnow
from bot.errors import FeedError
from bot.feeds.manage import status_lines
from bot.feeds.urls import validate_feed_url
from bot.matching import MAX_TERMS, TermError, WatchIndex, parse_terms
from bot.models import FACT_KINDS, fact_from_dict
from bot.pipeline import fact_names
from bot.quiet import QuietError, parse_window, zone
from bot.settings import Settings
from bot.telegram.keyboards import KIND_PREFIX, SUBSCRIBE, kinds_keyboard, subscribe_keyboard
from bot.telegram.render import escape
from storage import chats as chat_store
from storage.db import Database
from storage.deliveries import pending_count
from storage.feeds import add_feed, list_feeds, remove_feed

log = logging.getLogger("sitrep.telegram")

Context = ContextTypes.DEFAULT_TYPE

COMMANDS: tuple[tuple[str, str], ...] = (
    ("start", "what this bot does"),
    ("subscribe", "get alerts in this chat or topic"),
    ("unsubscribe", "stop the alerts here"),
    ("watch", 'only alerts about: /watch sudan "el fasher" -sport'),
    ("unwatch", "remove a term, or all"),
    ("watchlist", "show the watchlist"),
    ("kinds", "choose displacement, casualties, meetings, control"),
    ("quiet", "silent hours: /quiet 22:00-07:00 or off"),
    ("timezone", "the chat's time zone: /timezone Europe/Berlin"),
    ("latest", "the last alerts for this chat: /latest 5"),
    ("status", "feeds, last poll, alerts today, pending messages"),
    ("help", "all commands"),
)
ADMIN_COMMANDS = (
    ("feeds", "the feeds watched (admins)"),
    ("addfeed", "/addfeed URL [name] (admins)"),
    ("removefeed", "/removefeed name (admins)"),
)

WELCOME = (
    "<b>sitrep</b> watches news about a crisis and sends one short line when a fact changes: "
    "a meeting announced, moved or held; a displacement or casualty figure rising; a town "
    "changing hands. Fifty outlets repeating a figure are one alert, not fifty.\n\n"
    "Press <b>Subscribe</b> (or send /subscribe). Then narrow it down if you like: "
    "/watch a place or a name, /kinds of alert, /quiet hours. /help lists everything."
)

USAGE = {
    "watch": 'Usage: /watch term "a phrase" -excluded',
    "unwatch": "Usage: /unwatch term | all",
    "quiet": "Usage: /quiet 22:00-07:00 | off",
    "timezone": "Usage: /timezone Europe/Berlin",
    "latest": "Usage: /latest [n] (1-20)",
    "addfeed": "Usage: /addfeed URL [name]",
    "removefeed": "Usage: /removefeed name",
}
ADMIN_STATUSES = (ChatMemberStatus.OWNER, ChatMemberStatus.ADMINISTRATOR)
GROUPS = (ChatType.GROUP, ChatType.SUPERGROUP)


@dataclass(frozen=True)
class Target:
    """The chat (and topic) a command is about."""

    chat_id: int
    thread_id: int
    type: str
    title: str | None
    label: str  # "this chat", "this topic", "@channel"


def help_text(is_admin: bool) -> str:
    rows = COMMANDS + (ADMIN_COMMANDS if is_admin else ())
    lines = [f"/{name} — {escape(text)}" for name, text in rows]
    lines.append(
        "\nIn a group only its administrators change the settings. For a channel, make the "
        "bot an admin of the channel, then send me <code>/subscribe @channel</code> here."
    )
    return "\n".join(lines)


class Handlers:
    def __init__(
        self, db: Database, settings: Settings, clock: Callable[[], datetime] = utcnow
    ) -> None:
        self.db = db
        self.settings = settings
        self.clock = clock

    # --- who is asking, and about which chat -------------------------------------------------

    def _is_bot_admin(self, update: Update) -> bool:
        user = update.effective_user
        return user is not None and user.id in self.settings.telegram.admins

    @staticmethod
    def _here(message: Message) -> Target:
        chat = message.chat
        thread = message.message_thread_id if message.is_topic_message else None
        label = "this topic" if thread else "this chat"
        return Target(chat.id, thread or 0, chat.type, chat.title or chat.username, label)

    async def _is_admin(self, context: Context, chat_id: int, user_id: int) -> bool:
        try:
            member = await context.bot.get_chat_member(chat_id, user_id)
        except (BadRequest, Forbidden):
            return False
        return member.status in ADMIN_STATUSES

    async def _target(
        self, update: Update, context: Context, args: list[str], *, change: bool
    ) -> tuple[Target | None, list[str]]:
        """The target of a command and the remaining arguments; None after a refusal reply."""
        message = update.effective_message
        assert message is not None
        if args and args[0].startswith("@") and len(args[0]) > 1:
            return await self._channel(update, context, args[0]), args[1:]
        here = self._here(message)
        if change and message.chat.type in GROUPS:
            anonymous = message.sender_chat is not None and message.sender_chat.id == here.chat_id
            user = update.effective_user
            if not anonymous and (
                user is None or not await self._is_admin(context, here.chat_id, user.id)
            ):
                await message.reply_text("Only the group's administrators can change this.")
                return None, args
        return here, args

    async def _channel(self, update: Update, context: Context, name: str) -> Target | None:
        message = update.effective_message
        user = update.effective_user
        assert message is not None
        if message.chat.type != ChatType.PRIVATE or user is None:
            await message.reply_text(f"Send /subscribe {escape(name)} in a private chat with me.")
            return None
        try:
            chat = await context.bot.get_chat(name)
        except (BadRequest, Forbidden):
            await message.reply_text(f"I cannot find {escape(name)}: is it a public channel?")
            return None
        if chat.type != ChatType.CHANNEL:
            await message.reply_text(f"{escape(name)} is not a channel.")
            return None
        if not await self._is_admin(context, chat.id, user.id):
            await message.reply_text(f"Only an administrator of {escape(name)} can do this.")
            return None
        if not await self._is_admin(context, chat.id, context.bot.id):
            await message.reply_text(
                f"Make me an administrator of {escape(name)} (allowed to post), then try again."
            )
            return None
        return Target(chat.id, 0, chat.type, chat.title or chat.username, f"@{chat.username}")

    def _chat(self, target: Target) -> chat_store.ChatRow:
        return chat_store.ensure_chat(
            self.db, target.chat_id, target.type, target.title, self.clock()
        )

    async def membership(self, update: Update, context: Context) -> None:
        """The bot was removed from a chat (or blocked): stop queueing alerts for it at once,
        instead of learning it from a 403 on the next alert."""
        change = update.my_chat_member
        if change is None:
            return
        status = change.new_chat_member.status
        if status in (ChatMemberStatus.LEFT, ChatMemberStatus.BANNED):
            dropped = chat_store.deactivate_chat(
                self.db, change.chat.id, f"bot {status}", self.clock()
            )
            log.info("chat.left chat=%s status=%s dropped=%d", change.chat.id, status, dropped)

    # --- /start, /help -----------------------------------------------------------------------

    async def start(self, update: Update, context: Context) -> None:
        message = update.effective_message
        assert message is not None
        payload = context.args[0] if context.args else ""
        extra = ""
        if payload.startswith("watch_"):
            words = [w.replace("-", " ") for w in payload.removeprefix("watch_").split("_") if w]
            target, _ = await self._target(update, context, [], change=True)
            if target is None:
                return
            quoted = " ".join(f'"{w}"' for w in words)
            extra = "\n\n" + self._watch(target, quoted)
        else:
            self._chat(self._here(message))
        await message.reply_text(WELCOME + extra, reply_markup=subscribe_keyboard())

    async def help(self, update: Update, context: Context) -> None:
        message = update.effective_message
        assert message is not None
        await message.reply_text(help_text(self._is_bot_admin(update)))

    # --- subscriptions -----------------------------------------------------------------------

    def _subscribe(self, target: Target) -> str:
        new = chat_store.subscribe(
            self.db, target.chat_id, target.thread_id, target.type, target.title, self.clock()
        )
        where = escape(target.label)
        if not new:
            return f"Already subscribed: {where} gets the alerts."
        return (
            f"Subscribed: {where} will get an alert whenever a fact changes. "
            "Narrow it with /watch, /kinds or /quiet."
        )

    async def subscribe(self, update: Update, context: Context) -> None:
        target, _ = await self._target(update, context, list(context.args or ()), change=True)
        if target is not None:
            assert update.effective_message is not None
            await update.effective_message.reply_text(self._subscribe(target))

    async def unsubscribe(self, update: Update, context: Context) -> None:
        target, _ = await self._target(update, context, list(context.args or ()), change=True)
        if target is None:
            return
        assert update.effective_message is not None
        gone = chat_store.unsubscribe(self.db, target.chat_id, target.thread_id)
        text = (
            f"Unsubscribed: no more alerts for {escape(target.label)}. /subscribe to come back."
            if gone
            else f"{escape(target.label).capitalize()} was not subscribed."
        )
        await update.effective_message.reply_text(text)

    # --- watchlist ---------------------------------------------------------------------------

    def _watch(self, target: Target, text: str) -> str:
        self._chat(target)
        try:
            terms = parse_terms(text)
        except TermError as exc:
            return f"{escape(str(exc))}. {escape(USAGE['watch'])}"
        if not terms:
            return escape(USAGE["watch"])
        try:
            added = chat_store.add_terms(self.db, target.chat_id, terms, self.clock())
        except chat_store.TooManyTerms as exc:
            return f"Not added: {escape(str(exc))}. /unwatch some first."
        shown = ", ".join(escape(str(t)) for t in added) or "nothing new"
        return f"Watching: {shown}.\n" + self._watchlist(target)

    def _watchlist(self, target: Target) -> str:
        terms = chat_store.watchlist(self.db, target.chat_id)
        include = [escape(str(t)) for t in terms if not t.exclude]
        exclude = [escape(str(t)) for t in terms if t.exclude]
        if not include:
            head = f"The watchlist of {escape(target.label)} is empty: every alert comes through"
        else:
            head = f"Alerts for {escape(target.label)} that mention: " + ", ".join(include)
        if exclude:
            head += "; never those that mention: " + ", ".join(exclude)
        return head + f". ({len(terms)}/{MAX_TERMS} terms)"

    async def watch(self, update: Update, context: Context) -> None:
        target, args = await self._target(update, context, list(context.args or ()), change=True)
        if target is None:
            return
        assert update.effective_message is not None
        if not args:
            await update.effective_message.reply_text(escape(USAGE["watch"]))
            return
        await update.effective_message.reply_text(self._watch(target, " ".join(args)))

    async def unwatch(self, update: Update, context: Context) -> None:
        target, args = await self._target(update, context, list(context.args or ()), change=True)
        if target is None:
            return
        message = update.effective_message
        assert message is not None
        if not args:
            await message.reply_text(escape(USAGE["unwatch"]))
            return
        self._chat(target)
        if [a.lower() for a in args] == ["all"]:
            removed = chat_store.clear_watchlist(self.db, target.chat_id)
            await message.reply_text(f"Removed {removed} terms.\n" + self._watchlist(target))
            return
        try:
            terms = parse_terms(" ".join(args))
        except TermError as exc:
            await message.reply_text(f"{escape(str(exc))}. {escape(USAGE['unwatch'])}")
            return
        removed = chat_store.remove_terms(self.db, target.chat_id, {t.term for t in terms})
        head = f"Removed {removed} term{'s' if removed != 1 else ''}."
        await message.reply_text(head + "\n" + self._watchlist(target))

    async def watchlist(self, update: Update, context: Context) -> None:
        target, _ = await self._target(update, context, list(context.args or ()), change=False)
        if target is not None:
            assert update.effective_message is not None
            self._chat(target)
            await update.effective_message.reply_text(self._watchlist(target))

    # --- kinds -------------------------------------------------------------------------------

    async def kinds(self, update: Update, context: Context) -> None:
        target, _ = await self._target(update, context, list(context.args or ()), change=False)
        if target is None:
            return
        assert update.effective_message is not None
        chat = self._chat(target)
        await update.effective_message.reply_text(
            f"Kinds of alert for {escape(target.label)} (press to switch on or off):",
            reply_markup=kinds_keyboard(chat.kinds, chat.id),
        )

    async def button(self, update: Update, context: Context) -> None:
        query = update.callback_query
        assert query is not None
        data = query.data or ""
        message = query.message
        if not isinstance(message, Message):
            await query.answer("This message is too old; send the command again.")
            return
        if data == SUBSCRIBE:
            if message.chat.type in GROUPS and not await self._is_admin(
                context, message.chat.id, query.from_user.id
            ):
                await query.answer(
                    "Only the group's administrators can change this.", show_alert=True
                )
                return
            text = self._subscribe(self._here(message))
            await query.answer("Subscribed")
            await message.reply_text(text)
            return
        if data.startswith(KIND_PREFIX):
            kind, _, chat_text = data.removeprefix(KIND_PREFIX).partition(":")
            chat_id = int(chat_text) if chat_text.lstrip("-").isdigit() else message.chat.id
            chat = chat_store.get_chat(self.db, chat_id)
            if kind not in FACT_KINDS or chat is None:
                await query.answer("Unknown option; send /kinds again.")
                return
            needs_check = chat_id != message.chat.id or message.chat.type in GROUPS
            if needs_check and not await self._is_admin(context, chat_id, query.from_user.id):
                await query.answer(
                    "Only the chat's administrators can change this.", show_alert=True
                )
                return
            chosen = chat_store.toggle_kind(self.db, chat_id, kind, self.clock())
            await query.answer("On" if kind in chosen else "Off")
            await query.edit_message_reply_markup(kinds_keyboard(chosen, chat_id))
            return
        await query.answer()

    # --- quiet hours and time zone -----------------------------------------------------------

    async def _chat_setting(
        self, update: Update, context: Context
    ) -> tuple[Message, chat_store.ChatRow, list[str]] | None:
        """A chat setting's command: reading needs no rights, changing needs an admin's (a
        command with arguments changes). None after a refusal reply."""
        args = list(context.args or ())
        target, args = await self._target(update, context, args, change=bool(args))
        if target is None:
            return None
        message = update.effective_message
        assert message is not None
        return message, self._chat(target), args

    async def quiet(self, update: Update, context: Context) -> None:
        found = await self._chat_setting(update, context)
        if found is None:
            return
        message, chat, args = found
        if not args:
            now = (
                f"{chat.quiet_start}-{chat.quiet_end} ({chat.timezone})"
                if chat.quiet_start
                else "off"
            )
            await message.reply_text(f"Quiet hours: {now}. {escape(USAGE['quiet'])}")
            return
        if [a.lower() for a in args] == ["off"]:
            chat_store.set_quiet(self.db, chat.id, None, None, self.clock())
            await message.reply_text("Quiet hours off: every alert makes a sound.")
            return
        try:
            start, end = parse_window(" ".join(args))
        except QuietError as exc:
            await message.reply_text(f"{escape(str(exc))}. {escape(USAGE['quiet'])}")
            return
        chat_store.set_quiet(self.db, chat.id, start, end, self.clock())
        await message.reply_text(
            f"Quiet hours {start}-{end} ({escape(chat.timezone)}): alerts then arrive without "
            "a sound. Change the time zone with /timezone."
        )

    async def timezone(self, update: Update, context: Context) -> None:
        found = await self._chat_setting(update, context)
        if found is None:
            return
        message, chat, args = found
        if len(args) != 1:
            await message.reply_text(
                f"Time zone: {escape(chat.timezone)}. {escape(USAGE['timezone'])}"
            )
            return
        try:
            name = str(zone(args[0]))
        except QuietError as exc:
            await message.reply_text(f"{escape(str(exc))}. {escape(USAGE['timezone'])}")
            return
        chat_store.set_timezone(self.db, chat.id, name, self.clock())
        await message.reply_text(f"Time zone: {escape(name)}.")

    # --- reading -----------------------------------------------------------------------------

    async def latest(self, update: Update, context: Context) -> None:
        target, args = await self._target(update, context, list(context.args or ()), change=False)
        if target is None:
            return
        message = update.effective_message
        assert message is not None
        if len(args) > 1 or (args and not (args[0].isdigit() and 1 <= int(args[0]) <= 20)):
            await message.reply_text(escape(USAGE["latest"]))
            return
        count = int(args[0]) if args else 5
        chat = self._chat(target)
        lines = latest_for_chat(self.db, chat, count)
        if not lines:
            await message.reply_text("No alerts yet that this chat's settings let through.")
            return
        await message.reply_text("\n\n".join(lines))

    async def status(self, update: Update, context: Context) -> None:
        assert update.effective_message is not None
        await update.effective_message.reply_text(status_text(self.db, self.clock()))

    # --- feeds (bot admins) ------------------------------------------------------------------

    async def _admin_only(self, update: Update) -> bool:
        if self._is_bot_admin(update):
            return True
        assert update.effective_message is not None
        await update.effective_message.reply_text(
            "Only the bot's administrators (telegram.admins) can manage feeds."
        )
        return False

    async def feeds(self, update: Update, context: Context) -> None:
        if not await self._admin_only(update):
            return
        assert update.effective_message is not None
        rows = list_feeds(self.db, active_only=True)
        if not rows:
            await update.effective_message.reply_text("No feeds. Add one: /addfeed URL [name]")
            return
        lines = []
        for feed in rows:
            state = f"failing ({escape(feed.last_error or '')})" if feed.error_count else "ok"
            lines.append(f"<b>{escape(feed.name)}</b> — {escape(feed.url)} — {state}")
        await update.effective_message.reply_text("\n".join(lines))

    async def addfeed(self, update: Update, context: Context) -> None:
        if not await self._admin_only(update):
            return
        message = update.effective_message
        assert message is not None
        args = list(context.args or ())
        if not 1 <= len(args) <= 2:
            await message.reply_text(escape(USAGE["addfeed"]))
            return
        try:
            url = await validate_feed_url(
                args[0], allow_private=self.settings.feeds.allow_private_addresses
            )
            feeds = self.settings.feeds
            feed = add_feed(
                self.db, url, self.clock(), name=args[1] if len(args) > 1 else None,
                interval=feeds.interval, min_interval=feeds.min_interval, origin="telegram",
            )  # fmt: skip
        except FeedError as exc:
            await message.reply_text(escape(str(exc)))
            return
        log.info("feed.added feed=%s origin=telegram", feed.name)
        await message.reply_text(f"Added <b>{escape(feed.name)}</b>: {escape(feed.url)}")

    async def removefeed(self, update: Update, context: Context) -> None:
        if not await self._admin_only(update):
            return
        message = update.effective_message
        assert message is not None
        if len(context.args or ()) != 1:
            await message.reply_text(escape(USAGE["removefeed"]))
            return
        name = (context.args or [""])[0]
        if remove_feed(self.db, name):
            log.info("feed.removed feed=%s origin=telegram", name)
            await message.reply_text(f"Removed <b>{escape(name)}</b> (its alerts stay).")
        else:
            await message.reply_text(f"No active feed named {escape(name)}. /feeds lists them.")


def latest_for_chat(db: Database, chat: chat_store.ChatRow, count: int) -> list[str]:
    """The last `count` alerts the chat's kinds and watchlist let through, as HTML, oldest
    first (the same test as the fan-out's, on the stored alerts). While an alert's fact is
    still its series' state, the line says how many articles have reported it since."""
    index = WatchIndex((chat.id, t.term, t.exclude) for t in chat_store.watchlist(db, chat.id))
    found: list[str] = []
    rows = db.execute(
        "SELECT a.kind, a.text, a.record, a.fact, "
        "CASE WHEN f.fact = a.fact THEN f.reports END "
        "FROM alerts a LEFT JOIN facts f ON f.series = a.series ORDER BY a.id DESC LIMIT 1000"
    ).fetchall()
    for kind, text, record_text, fact_text, reports in rows:
        if kind not in chat.kinds:
            continue
        entry = json.loads(record_text).get("entry") or {}
        names = fact_names(fact_from_dict(json.loads(fact_text)))
        if not index.wants(chat.id, index.hits(text, entry.get("title") or "", *names)):
            continue
        when = (entry.get("published") or "")[:10]
        source = f"{when} · {entry.get('title') or ''}"
        if reports and reports > 1:
            source += f" · {reports} reports"
        found.append(f"{escape(text)}\n<i>{escape(source)}</i>")
        if len(found) == count:
            break
    return found[::-1]


def status_text(db: Database, now: datetime) -> str:
    feeds = list_feeds(db, active_only=True)
    polled = [f.last_polled for f in feeds if f.last_polled]
    failing = [f for f in feeds if f.error_count]
    since = (now - timedelta(hours=24)).astimezone(UTC).isoformat(timespec="seconds")
    alerts = db.execute("SELECT COUNT(*) FROM alerts WHERE created_at >= ?", [since]).fetchone()[0]
    last = f"{max(polled):%Y-%m-%d %H:%M} UTC" if polled else "never"
    lines = [
        f"Feeds watched: {len(feeds)}",
        f"Last poll: {last}",
        f"Failing feeds: {len(failing)}"
        + "".join(f"\n  • {escape(line)}" for line in status_lines(db, now)[1:11]),
        f"Alerts in the last 24 h: {alerts}",
        f"Pending deliveries: {pending_count(db)}",
    ]
    return "\n".join(lines)
