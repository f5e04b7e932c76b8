"""Run a terminal app as a whole process in a pseudo-terminal and time the markers it writes.

The protocol (docs/PERFORMANCE.md): the harness sets PAPERTUI_BENCH_FIRST_PAINT=<file> (and optionally
PAPERTUI_BENCH_LOADED=<file>, PAPERTUI_BENCH_EXIT=1); the app writes time.time() into each file when it
reaches that point. Times are reported from just before the process was started."""

from __future__ import annotations

import fcntl
import os
import pty
import signal
import struct
import subprocess
import tempfile
import termios
import threading
import time
from pathlib import Path

from tests.benchmarks.common import ROOT


def _drain(fd: int) -> None:
    while True:
        try:
            if not os.read(fd, 65536):
                return
        except OSError:
            return


def time_markers(argv: list[str], markers: tuple[str, ...], *, env: dict[str, str] | None = None,
                 timeout: float = 30.0, size: tuple[int, int] = (120, 40)) -> dict[str, float]:
    """Seconds from spawn to each marker ("FIRST_PAINT", "LOADED"); markers never written are missing."""
    with tempfile.TemporaryDirectory(prefix="papertui-marker-") as tmp:
        files = {name: Path(tmp) / name.lower() for name in markers}
        full_env = {k: v for k, v in os.environ.items() if not k.startswith("TEXTUAL")}
        full_env.update(env or {})
        full_env.update({f"PAPERTUI_BENCH_{name}": str(path) for name, path in files.items()})
        full_env.update({"PAPERTUI_BENCH_EXIT": "1", "TERM": "xterm-256color", "COLORTERM": "truecolor"})
        master, slave = pty.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", size[1], size[0], 0, 0))
        started = time.time()
        proc = subprocess.Popen(argv, stdin=slave, stdout=slave, stderr=slave, env=full_env, cwd=ROOT,
                                start_new_session=True, close_fds=True)
        os.close(slave)
        reader = threading.Thread(target=_drain, args=(master,), daemon=True)
        reader.start()
        deadline = started + timeout
        try:
            while time.time() < deadline and proc.poll() is None:
                if all(path.exists() and path.read_text() for path in files.values()):
                    break
                time.sleep(0.005)
        finally:
            if proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
                try:
                    proc.wait(5)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait()
            os.close(master)
        found = {}
        for name, path in files.items():
            if path.exists() and path.read_text().strip():
                found[name] = float(path.read_text()) - started
        return found
