"""A process-wide, per-host request gate: one request in flight at a time and a minimum gap between them.

arXiv's terms ask for "no more than one request every three seconds" and "a single connection at a time"
across everything we run, so the gate is shared by every client in the process, whichever event loop or
thread it runs on. The gap is measured from the end of one request to the start of the next, which makes
"starts at least `interval` apart" hold as seen by the server too.
"""

from __future__ import annotations

import asyncio
import threading
import time
import weakref
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

_POLL = 0.02  # how often a request waiting on another thread's or loop's request looks again


class HostGate:
    """Serialises requests to one host and spaces them `interval` seconds apart."""

    def __init__(self, host: str, interval: float, *, clock=time.monotonic) -> None:
        self.host = host
        self.interval = interval
        self._clock = clock
        self._state = threading.Lock()
        self._busy = False
        self._next_start = 0.0
        self._loop_locks: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Lock] = (
            weakref.WeakKeyDictionary()
        )

    @asynccontextmanager
    async def slot(self) -> AsyncIterator[None]:
        """Wait for the host to be free and the gap to pass; release (and start the next gap) on exit."""
        async with self._loop_lock():  # FIFO among the tasks of this loop
            await self._acquire()
            try:
                yield
            finally:
                with self._state:
                    self._busy = False
                    self._next_start = max(self._next_start, self._clock() + self.interval)

    def _loop_lock(self) -> asyncio.Lock:
        loop = asyncio.get_running_loop()
        with self._state:
            lock = self._loop_locks.get(loop)
            if lock is None:
                lock = self._loop_locks[loop] = asyncio.Lock()
            return lock

    async def _acquire(self) -> None:
        while True:
            with self._state:
                now = self._clock()
                if not self._busy and now >= self._next_start:
                    self._busy = True
                    return
                wait = _POLL if self._busy else self._next_start - now
            await asyncio.sleep(min(max(wait, 0.0), 1.0) if self._busy else max(wait, 0.0))


_gates: dict[str, HostGate] = {}
_gates_lock = threading.Lock()


def gate_for(host: str, interval: float) -> HostGate:
    """The process's gate for a host. The strictest interval asked for wins, so no client can loosen it."""
    key = host.lower()
    with _gates_lock:
        gate = _gates.get(key)
        if gate is None:
            gate = _gates[key] = HostGate(key, interval)
        elif interval > gate.interval:
            gate.interval = interval
        return gate


def reset_gates() -> None:
    """Forget all gates (tests use a fresh one per server)."""
    with _gates_lock:
        _gates.clear()
