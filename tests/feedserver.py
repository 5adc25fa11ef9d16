"""A real HTTP server on 127.0.0.1 (a free port, its own thread) that serves feed fixtures.

Each route answers with a `Reply` (status, headers, body), or a callable that makes one from the
request, so tests can serve documents, errors and conditional-GET answers. Every request is
recorded with its headers. Hostile servers: `delay` (answer late, or never), `stream` (write the
body yourself: drip it, or send gigabytes without a Content-Length). `in_flight_peak` is the most
requests served at once.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import BinaryIO


@dataclass
class Reply:
    body: bytes = b""
    status: int = 200
    headers: dict[str, str] = field(default_factory=lambda: {"Content-Type": "application/rss+xml"})
    delay: float = 0.0  # seconds before answering (cut short when the server stops)
    # Writes the body itself (no Content-Length; the connection closes at the end).
    stream: Callable[[Writer], None] | None = None


class Writer:
    """What a `stream` callback writes to; `stopped` is set when the test is over."""

    def __init__(self, wfile: BinaryIO, stopped: threading.Event) -> None:
        self.wfile = wfile
        self.stopped = stopped

    def write(self, data: bytes) -> None:
        self.wfile.write(data)
        self.wfile.flush()


@dataclass
class Request:
    path: str
    headers: dict[str, str]


Route = Reply | Callable[[Request], Reply]


class FeedServer:
    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.requests: list[Request] = []
        self.stopped = threading.Event()
        self.in_flight = 0
        self.in_flight_peak = 0
        self._lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                with server._lock:
                    server.in_flight += 1
                    server.in_flight_peak = max(server.in_flight_peak, server.in_flight)
                try:
                    self._answer()
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up: what a hostile-server test expects
                finally:
                    with server._lock:
                        server.in_flight -= 1

            def _answer(self) -> None:
                request = Request(self.path, {k.lower(): v for k, v in self.headers.items()})
                server.requests.append(request)
                route = server.routes.get(self.path.split("?")[0], Reply(b"not found", 404))
                reply = route(request) if callable(route) else route
                if reply.delay and server.stopped.wait(reply.delay):
                    return
                self.send_response(reply.status)
                for name, value in reply.headers.items():
                    self.send_header(name, value)
                if reply.stream is not None:
                    self.send_header("Connection", "close")
                    self.end_headers()
                    reply.stream(Writer(self.wfile, server.stopped))
                    self.close_connection = True
                    return
                self.send_header("Content-Length", str(len(reply.body)))
                self.end_headers()
                self.wfile.write(reply.body)

            def log_message(self, format: str, *args: object) -> None:
                pass

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._httpd.daemon_threads = True
        self.port = self._httpd.server_address[1]

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    @contextmanager
    def running(self) -> Iterator[FeedServer]:
        thread = threading.Thread(target=self._httpd.serve_forever, args=(0.05,), daemon=True)
        thread.start()
        try:
            yield self
        finally:
            self.stopped.set()
            self._httpd.shutdown()
            self._httpd.server_close()
            thread.join(timeout=5)
