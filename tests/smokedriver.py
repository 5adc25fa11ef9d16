"""The outside world of `sitrep run` for the container smoke test (scripts/container-test.sh):
the fake Telegram Bot API server and a feed server, both on 127.0.0.1, driven from a shell script.

    python tests/smokedriver.py serve DIR [--lifetime SECONDS]
        starts both servers and a small control server; writes DIR/servers.env (shell variables:
        the token, the Bot API URL, the feed URLs, the control port) once they listen; stops by
        itself after --lifetime seconds (default 600) or on `call DIR stop`.
    python tests/smokedriver.py call DIR ACTION [ARG...]
        asks the running server; prints its answer; exits 1 if the action failed (timed out).

Actions:
    first-poll [TIMEOUT]            wait for the first request of the news feed; print its Unix time
    first-api-call [TIMEOUT]        the same for the first Bot API request (getMe)
    subscribe USER [TIMEOUT]        user USER (a private chat) sends /subscribe; print the reply
    add-item                        a new item, published now, with a higher displacement figure
    wait-sent CHAT TEXT COUNT [TIMEOUT]
                                    wait until COUNT messages to CHAT contain TEXT; print them
    sent [CHAT]                     every message the bot sent (to CHAT): `chat<TAB>first line`
    problems                        what the fake refused as Telegram would (nothing, normally)
    stop

The feed serves an item from two hours ago (the first poll records it without alerting: no flood
of old news); each `add-item` adds a newer report of a higher displacement figure, which is news.
A second feed answers 410 Gone: the poller deactivates it and the admin (user ADMIN in
servers.env, to be put in telegram.admins) is told.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import urllib.request
from pathlib import Path


def call(directory: Path, action: str, args: list[str]) -> int:
    values = dict(
        line.split("=", 1) for line in (directory / "servers.env").read_text().splitlines()
    )
    request = urllib.request.Request(
        f"http://127.0.0.1:{values['CONTROL_PORT']}/",
        data=json.dumps({"action": action, "args": args}).encode(),
        headers={"Content-Type": "application/json"},
    )
    with urllib.request.urlopen(request, timeout=600) as response:
        answer = json.load(response)
    if answer["output"]:
        print(answer["output"])
    return 0 if answer["ok"] else 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    verbs = parser.add_subparsers(dest="verb", required=True)
    serving = verbs.add_parser("serve")
    serving.add_argument("dir", type=Path)
    serving.add_argument("--lifetime", type=float, default=600.0)
    calling = verbs.add_parser("call")
    calling.add_argument("dir", type=Path)
    calling.add_argument("action")
    calling.add_argument("args", nargs="*")
    args = parser.parse_args()
    if args.verb == "serve":
        # the servers' modules (aiohttp, the fakes) only here: each `call` starts quickly
        from smokeworld import serve

        asyncio.run(serve(args.dir, args.lifetime))
        return 0
    return call(args.dir, args.action, args.args)


if __name__ == "__main__":
    sys.exit(main())
