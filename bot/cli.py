"""The `sitrep` command: one front door per job, one pipeline behind them all.

Exit codes: 0 done; 1 some feeds failed (the others were processed); 2 usage, configuration or
storage error. Expected errors are one line on stderr, never a traceback.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import signal
import sys
import threading
from collections.abc import Sequence
from importlib import resources
from types import FrameType
from typing import TextIO

from bot import __version__, logs
from bot.errors import SitrepError
from bot.models import Alert
from bot.replay import ReplayResult, Source, replay
from bot.settings import Settings, as_dict, load_settings
from storage.db import open_db

EXIT_FEEDS_FAILED = 1
EXIT_USAGE = 2

DESCRIPTION = """\
sitrep watches news feeds about a crisis and alerts Telegram chats when a fact changes:
a meeting announced, moved or held; a displacement or casualty figure rising; a town changing
hands. Settings come from config/sitrep.toml (or --config / $SITREP_CONFIG) and
SITREP_<SECTION>_<KEY> environment variables; the bot token from $TELEGRAM_BOT_TOKEN only."""

EPILOG = """\
examples:
  sitrep demo                          replay the two seed articles and print the alerts
  sitrep replay feed.xml https://example.org/rss --json
  sitrep replay --db data/sitrep.db feed.xml   keep the state between replays
  sitrep eval tests/corpus             score the alerts against the corpus gold
  sitrep check-config                  show the effective settings
  sitrep backup /backups/sitrep.db     copy the database while the bot runs
  sitrep run --console                 poll the feeds and print alerts (no Telegram)
  sitrep feeds add https://example.org/rss --name wire --interval 600
  sitrep feeds list                    the feeds with their health
  sitrep health                        exit 0 when polling is on schedule (health checks)
  TELEGRAM_BOT_TOKEN=... sitrep run    run the bot

exit codes: 0 ok; 1 some feeds failed, the others processed (replay, demo, eval) or not
healthy (health); 2 usage, configuration or storage error"""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="sitrep",
        description=DESCRIPTION,
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"sitrep {__version__}")
    parser.add_argument(
        "--config", metavar="PATH", help="settings file (default: config/sitrep.toml if present)"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    demo = commands.add_parser(
        "demo", help="replay the seed articles into a fresh in-memory database and print alerts"
    )
    demo.add_argument("--json", action="store_true", help="one JSON object per alert")

    rep = commands.add_parser(
        "replay",
        help="replay RSS/Atom documents (files or URLs) in feed-time order and print alerts",
        description="Replay feeds through the pipeline; during the replay 'now' is each "
        "entry's feed time. Without --db the replay uses a throwaway in-memory database.",
    )
    rep.add_argument("feeds", nargs="+", metavar="FEED", help="a feed file path or http(s) URL")
    rep.add_argument("--db", metavar="PATH", default=":memory:", help="database to replay into")
    rep.add_argument("--json", action="store_true", help="one JSON object per alert per line")

    ev = commands.add_parser(
        "eval",
        help="replay a corpus of situations and score the alerts against their gold files",
        description="Replay each situation of CORPUS_DIR (feed.xml + gold.json) through the "
        "pipeline and print precision, recall and F1 of the alerts, overall, per kind and for "
        "the held-out split, with the misses and the false alarms.",
    )
    ev.add_argument("corpus", metavar="CORPUS_DIR", help="e.g. tests/corpus")
    ev.add_argument("--json", action="store_true", help="the report as one JSON document")

    commands.add_parser("check-config", help="validate the settings and print the effective ones")

    backup = commands.add_parser(
        "backup",
        help="copy the database to a file while sitrep keeps running (online backup)",
        description="Write a consistent copy of the database (storage.path, or --db) to DEST, "
        "replacing DEST only once the copy is complete. Safe while the bot is running.",
    )
    backup.add_argument("destination", metavar="DEST", help="the backup file (or a folder)")
    backup.add_argument("--db", metavar="PATH", help="the database to back up (storage.path)")

    run = commands.add_parser(
        "run",
        help="run the Telegram bot: commands, feed polling and alert delivery",
        description="Run the live bot: load the feeds file into the database, poll the feeds "
        "on schedule, answer commands (long polling) and deliver alerts. The token comes from "
        "$TELEGRAM_BOT_TOKEN. With --console, no Telegram: alerts are printed to stdout. "
        "SIGTERM or Ctrl-C stops it cleanly, keeping undelivered alerts for the next start.",
    )
    run.add_argument(
        "--console", action="store_true", help="no Telegram: print each alert to stdout"
    )
    run.add_argument(
        "--telegram-api-url",
        metavar="URL",
        help="the Bot API server, overriding telegram.api_url (e.g. a self-hosted one)",
    )

    feeds = commands.add_parser(
        "feeds", help="list, add, remove, import or export the polled feeds"
    )
    verbs = feeds.add_subparsers(dest="verb", metavar="VERB", required=True)
    listing = verbs.add_parser("list", help="the feeds with their health")
    listing.add_argument("--all", action="store_true", help="inactive feeds too")
    add = verbs.add_parser("add", help="add (or reactivate) a feed")
    add.add_argument("url", metavar="URL")
    add.add_argument("--name", help="a short name (default: made from the URL)")
    add.add_argument("--interval", type=int, metavar="SECONDS", help="seconds between polls")
    add.add_argument("--fulltext", action="store_true", help="fetch each article page's text")
    remove = verbs.add_parser("remove", help="stop polling a feed (its facts are kept)")
    remove.add_argument("name", metavar="NAME")
    imp = verbs.add_parser("import-opml", help="add the feeds of an OPML file")
    imp.add_argument("file", metavar="FILE")
    verbs.add_parser("export-opml", help="print the active feeds as OPML")

    commands.add_parser(
        "health",
        help="exit 0 when the poller's last cycle finished within three intervals, else 1",
    )
    return parser


def format_alert(alert: Alert) -> str:
    """One readable block: the alert, then where it came from."""
    entry = alert.change.entry
    when = f"{entry.published:%a %-d %b %Y}" if entry.published else "undated"
    source = f"  {when} · {entry.title or '(untitled)'}"
    if entry.link:
        source += f"\n  {entry.link}"
    return f"{alert.text}\n{source}\n"


def _print_alerts(result: ReplayResult, as_json: bool, out: TextIO) -> None:
    from bot.alerts import alert_record

    for alert in result.alerts:
        if as_json:
            out.write(json.dumps(alert_record(alert), ensure_ascii=False) + "\n")
        else:
            out.write(format_alert(alert) + "\n")


def _report_problems(result: ReplayResult, err: TextIO) -> int:
    for warning in result.warnings:
        err.write(f"warning: {warning}\n")
    for error in result.errors:
        err.write(f"error: {error}\n")
    return EXIT_FEEDS_FAILED if result.errors else 0


def _replay(settings: Settings, feeds: Sequence[str | Source], db_path: str) -> ReplayResult:
    db = open_db(db_path)
    try:
        return asyncio.run(replay(feeds, db, settings))
    finally:
        db.close()


def seed_feed() -> Source:
    """The seed feed fixture shipped with the package, named as it is in the repository."""
    return Source(str(resources.files("seeds").joinpath("feed.xml")), "seeds/feed.xml")


def cmd_demo(settings: Settings, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    result = _replay(settings, [seed_feed()], ":memory:")
    if args.json:
        _print_alerts(result, True, out)
        return _report_problems(result, err)
    out.write(
        "sitrep demo: the two seed articles (Syria, 3 and 6 December 2024) replayed in "
        "publication order;\neach alert below is what a subscribed chat would receive.\n\n"
    )
    _print_alerts(result, False, out)
    out.write(
        f"{len(result.alerts)} alerts from {result.entries} articles "
        f"({result.facts} facts extracted).\n"
    )
    return _report_problems(result, err)


def cmd_replay(settings: Settings, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    result = _replay(settings, args.feeds, args.db)
    _print_alerts(result, args.json, out)
    return _report_problems(result, err)


def cmd_eval(settings: Settings, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from bot.evaluate import evaluate, load_corpus, render, report

    data = report(evaluate(load_corpus(args.corpus), settings))
    if args.json:
        out.write(json.dumps(data, ensure_ascii=False, indent=1) + "\n")
    else:
        out.write(render(data))
    return EXIT_FEEDS_FAILED if any(s["errors"] for s in data["situations"]) else 0


def cmd_check_config(settings: Settings, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    out.write(f"# settings from {settings.source}\n")
    for section, values in as_dict(settings).items():
        out.write(f"[{section}]\n")
        for key, value in values.items():
            out.write(f"{key} = {json.dumps(value, ensure_ascii=False)}\n")
        out.write("\n")
    token = "set" if settings.telegram_token else "not set (needed by `sitrep run`)"
    out.write(f"# TELEGRAM_BOT_TOKEN: {token}\nconfig OK\n")
    return 0


def _exit_on_sigterm(signum: int, frame: FrameType | None) -> None:
    """SIGTERM ends any command cleanly, with exit code 143 (128 + SIGTERM) and no traceback.

    In a container sitrep is PID 1, and the kernel drops signals that PID 1 has no handler for:
    without this, `docker stop` waits out its grace period and then kills. Raising unwinds the
    stack normally: an open transaction rolls back and the database is closed. (`sitrep run`
    replaces this handler with the bot's own graceful stop.)
    """
    raise SystemExit(128 + signum)


def cmd_backup(settings: Settings, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from storage.backup import backup_database

    done = backup_database(args.db or settings.storage.path, args.destination)
    out.write(
        f"backed up {done.source} to {done.destination} "
        f"({done.size / 1000:,.0f} kB, schema version {done.schema_version})\n"
    )
    return 0


def cmd_run(settings: Settings, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    if args.console:
        from bot.console import run_console

        return asyncio.run(run_console(settings, out, format_alert))
    from bot.run import run

    run(settings, api_url=args.telegram_api_url)
    return 0


def cmd_feeds(settings: Settings, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from bot.clock import utcnow
    from bot.feeds import manage

    now = utcnow()
    db = open_db(settings.storage.path)
    try:
        if args.verb == "list":
            return manage.list_command(db, now, out, all_feeds=args.all)
        if args.verb == "add":
            return manage.add_command(db, settings, now, out, args.url, name=args.name,
                                      interval=args.interval, fulltext=args.fulltext)  # fmt: skip
        if args.verb == "remove":
            return manage.remove_command(db, out, args.name)
        if args.verb == "import-opml":
            return manage.import_opml_command(db, settings, now, out, args.file)
        return manage.export_opml_command(db, now, out)
    finally:
        db.close()


def cmd_health(settings: Settings, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from bot.clock import utcnow
    from bot.feeds import manage

    db = open_db(settings.storage.path)
    try:
        healthy, message = manage.health(db, settings, utcnow())
    finally:
        db.close()
    out.write(message + "\n")
    return 0 if healthy else 1


COMMANDS = {
    "demo": cmd_demo,
    "replay": cmd_replay,
    "eval": cmd_eval,
    "check-config": cmd_check_config,
    "backup": cmd_backup,
    "run": cmd_run,
    "feeds": cmd_feeds,
    "health": cmd_health,
}


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if threading.current_thread() is threading.main_thread():  # signal.signal's rule
        signal.signal(signal.SIGTERM, _exit_on_sigterm)
    logging.basicConfig(level=logging.WARNING, format=logs.FORMAT)
    try:
        settings = load_settings(args.config)
        logs.configure(settings.log.level, secrets=[settings.telegram_token])
        if args.command in ("demo", "replay", "eval"):
            logging.getLogger("sitrep").setLevel(logging.WARNING)  # alerts go to stdout
        return COMMANDS[args.command](settings, args, sys.stdout, sys.stderr)
    except SitrepError as exc:  # configuration, storage, startup: one line, no traceback
        sys.stderr.write(f"error: {exc}\n")
        return EXIT_USAGE


if __name__ == "__main__":
    raise SystemExit(main())
