"""The `sitrep` command: one front door per job, one pipeline behind them all.

Exit codes: 0 done; 1 some feeds failed (the others were processed); 2 usage, configuration or
storage error. Expected errors are one line on stderr, never a traceback.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import sys
from collections.abc import Sequence
from importlib import resources
from typing import TextIO

from bot import __version__
from bot.errors import ConfigError, SitrepError
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

exit codes: 0 ok, 1 some feeds failed (the others were processed), 2 usage or configuration error"""


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


COMMANDS = {
    "demo": cmd_demo,
    "replay": cmd_replay,
    "eval": cmd_eval,
    "check-config": cmd_check_config,
}


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s %(message)s")
    try:
        settings = load_settings(args.config)
        logging.getLogger().setLevel(settings.log.level.upper())
        if args.command in ("demo", "replay", "eval"):
            logging.getLogger("sitrep").setLevel(logging.WARNING)  # alerts go to stdout
        return COMMANDS[args.command](settings, args, sys.stdout, sys.stderr)
    except ConfigError as exc:
        sys.stderr.write(f"error: {exc}\n")
        return EXIT_USAGE
    except SitrepError as exc:
        sys.stderr.write(f"error: {exc}\n")
        return EXIT_USAGE


if __name__ == "__main__":
    raise SystemExit(main())
