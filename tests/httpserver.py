"""A real HTTP server on 127.0.0.1, in a thread, that plays scripted responses and logs what it saw.

Tests point clients at `server.url` and queue replies per path (or a default). Each request is logged with
the server's monotonic receive time, so tests can measure the spacing the client really produced.

    with ScriptedServer() as server:
        server.script("/api/query", Reply(429, headers={"Retry-After": "0.2"}), Reply(200, body=feed))
        ... client with base_url=server.url + "/api/" ...
        assert [r.path for r in server.log] == ["/api/query", "/api/query"]
"""

from __future__ import annotations

import threading
import time
from collections import defaultdict, deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit


@dataclass(frozen=True)
class Reply:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds before the server answers (to trigger client timeouts)
    content_type: str = "application/atom+xml; charset=utf-8"


@dataclass(frozen=True)
class Seen:
    at: float  # time.monotonic() when the request line arrived
    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        """A client hanging up (timeouts, size caps) is part of the tests, not an error to print."""


class ScriptedServer:
    def __init__(self, default: Reply | None = None) -> None:
        self.default = default or Reply(404, b'{"error": "not scripted"}', content_type="application/json")
        self.log: list[Seen] = []
        self._scripts: dict[str, deque[Reply]] = defaultdict(deque)
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._httpd = _QuietServer(("127.0.0.1", 0), self._handler_class())
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.02}, name="scripted-http", daemon=True
        )

    @property
    def url(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}"

    def script(self, path: str, *replies: Reply) -> None:
        """Replies for a path, served in order; when they run out the default answers."""
        with self._lock:
            self._scripts[path].extend(replies)

    def paths(self) -> list[str]:
        return [seen.path for seen in self.log]

    def __enter__(self) -> ScriptedServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()  # wakes handlers sleeping on a delayed reply
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=5)

    def _next(self, path: str) -> Reply:
        with self._lock:
            queue = self._scripts.get(path)
            return queue.popleft() if queue else self.default

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
                parts = urlsplit(self.path)
                seen = Seen(time.monotonic(), "GET", parts.path, parse_qs(parts.query), dict(self.headers.items()))
                with server._lock:
                    server.log.append(seen)
                reply = server._next(parts.path)
                if reply.delay and server._stop.wait(reply.delay):
                    return
                try:
                    self.send_response(reply.status)
                    self.send_header("Content-Type", reply.content_type)
                    self.send_header("Content-Length", str(len(reply.body)))
                    for name, value in reply.headers.items():
                        self.send_header(name, value)
                    self.end_headers()
                    self.wfile.write(reply.body)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (a timeout test): nothing to answer

            def log_message(self, format: str, *args: object) -> None:  # keep test output quiet
                pass

        return Handler
