"""Polite HTTP for metadata sources: one gate per host, bounded retries, bounded waits, bounded bodies.

Every way a request can go wrong ends as a FetchError subclass with a message fit for the user, and
every wait is bounded (per-attempt timeout, a retry count, a cap on Retry-After), so a caller never hangs.
NetworkUnreachable is raised at once, without retries: it is the signal to go offline.
"""

from __future__ import annotations

import asyncio
import email.utils
import os
import random
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field, replace

import httpx

from tui import __version__
from tui.core.metadata.ratelimit import HostGate, gate_for

RETRY_STATUSES = frozenset({429, 502, 503, 504})


def default_user_agent() -> str:
    """$PAPERTUI_USER_AGENT, else a UA that says who we are and how to reach us, as arXiv asks."""
    return os.environ.get("PAPERTUI_USER_AGENT") or (
        f"papertui/{__version__} (+https://github.com/papertui/papertui; mailto:papertui@users.noreply.github.com)"
    )


@dataclass(frozen=True)
class HttpSettings:
    base_url: str
    user_agent: str = field(default_factory=default_user_agent)
    timeout: float = 20.0  # total seconds for one attempt, body included
    connect_timeout: float = 5.0
    interval: float = 3.0  # minimum gap between requests to the host, process-wide
    retries: int = 3
    backoff: float = 2.0  # wait before the first retry when the server gives no Retry-After; doubles
    max_wait: float = 60.0  # a longer Retry-After is not waited for: the request fails instead
    max_bytes: int = 10_000_000
    headers: Mapping[str, str] = field(default_factory=dict)

    def with_(self, **changes: object) -> HttpSettings:
        return replace(self, **changes)  # type: ignore[arg-type]


class FetchError(Exception):
    """A request that did not give a usable answer. str(error) is a sentence for the user."""

    def __init__(self, message: str, *, url: str = "", status: int | None = None) -> None:
        super().__init__(message)
        self.url = url
        self.status = status


class NetworkUnreachable(FetchError):
    """No connection could be made (DNS, refused, no route): go offline rather than retry."""


class FetchTimeout(FetchError):
    pass


class RateLimited(FetchError):
    """429 or a 5xx that means "later"; retry_after is the server's Retry-After in seconds, when given."""

    def __init__(self, message: str, *, url: str = "", status: int | None = None, retry_after: float | None = None):
        super().__init__(message, url=url, status=status)
        self.retry_after = retry_after


class HttpStatusError(FetchError):
    pass


class BadResponse(FetchError):
    """The server answered, but with something we will not or cannot parse (too large, malformed, hostile)."""


@dataclass(frozen=True)
class Fetched:
    status: int
    body: bytes
    headers: httpx.Headers
    url: str


Sleep = Callable[[float], Awaitable[None]]


class PoliteHttp:
    """An httpx.AsyncClient behind the host's gate. Use as an async context manager or call aclose()."""

    def __init__(
        self, settings: HttpSettings, *, transport: httpx.AsyncBaseTransport | None = None, sleep: Sleep | None = None
    ) -> None:
        self.settings = settings
        self._sleep = sleep or asyncio.sleep
        headers = {"User-Agent": settings.user_agent, **settings.headers}
        self._client = httpx.AsyncClient(
            base_url=settings.base_url,
            headers=headers,
            timeout=httpx.Timeout(settings.timeout, connect=settings.connect_timeout),
            trust_env=True,
            follow_redirects=True,
            limits=httpx.Limits(max_connections=1, max_keepalive_connections=1),
            transport=transport,
        )
        self.gate: HostGate = gate_for(httpx.URL(settings.base_url).netloc.decode("ascii"), settings.interval)

    async def __aenter__(self) -> PoliteHttp:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        await self._client.aclose()

    async def get(
        self, path: str, params: Mapping[str, str | int] | None = None, *, accept: frozenset[int] = frozenset({200})
    ) -> Fetched:
        """GET with retries on 429/5xx/timeouts. Statuses in `accept` are returned; others raise."""
        settings = self.settings
        url = str(self._client.base_url.join(path))
        last: FetchError | None = None
        for attempt in range(settings.retries + 1):
            if attempt:
                wait = self._retry_wait(last, attempt)
                if wait is None:
                    break
                await self._sleep(wait)
            try:
                async with self.gate.slot():
                    fetched = await asyncio.wait_for(self._once(path, params), timeout=settings.timeout)
            except (TimeoutError, httpx.TimeoutException) as exc:
                if isinstance(exc, httpx.ConnectTimeout):
                    raise NetworkUnreachable(f"cannot connect to {_host(url)}: timed out", url=url) from exc
                last = FetchTimeout(f"{_host(url)} did not answer within {settings.timeout:g} s", url=url)
                continue
            except httpx.ConnectError as exc:
                raise NetworkUnreachable(f"cannot connect to {_host(url)}: {_reason(exc)}", url=url) from exc
            except httpx.TransportError as exc:
                last = FetchError(f"connection to {_host(url)} failed: {_reason(exc)}", url=url)
                continue
            if fetched.status in accept:
                return fetched
            if fetched.status in RETRY_STATUSES:
                busy = " (too many requests)" if fetched.status == 429 else ""
                last = RateLimited(
                    f"{_host(url)} answered HTTP {fetched.status}{busy}",
                    url=url,
                    status=fetched.status,
                    retry_after=_retry_after(fetched.headers.get("retry-after")),
                )
                continue
            raise HttpStatusError(f"{_host(url)} answered HTTP {fetched.status}", url=url, status=fetched.status)
        assert last is not None
        raise last

    def _retry_wait(self, last: FetchError | None, attempt: int) -> float | None:
        """Retry-After when given (None: longer than we are willing to wait), else exponential backoff."""
        asked = last.retry_after if isinstance(last, RateLimited) else None
        if asked is not None:
            if asked > self.settings.max_wait:
                assert last is not None
                last.args = (f"{last} and asked to wait {asked:g} s; giving up for now",)
                return None
            return asked
        base = self.settings.backoff * (2 ** (attempt - 1))
        return min(base * (1 + random.random() * 0.25), self.settings.max_wait)

    async def _once(self, path: str, params: Mapping[str, str | int] | None) -> Fetched:
        limit = self.settings.max_bytes
        async with self._client.stream("GET", path, params=params) as response:
            declared = response.headers.get("content-length")
            if declared and declared.isdigit() and int(declared) > limit:
                raise BadResponse(f"response is larger than {limit} bytes", url=str(response.url))
            chunks: list[bytes] = []
            size = 0
            async for chunk in response.aiter_bytes():
                size += len(chunk)
                if size > limit:
                    raise BadResponse(f"response is larger than {limit} bytes", url=str(response.url))
                chunks.append(chunk)
            return Fetched(response.status_code, b"".join(chunks), response.headers, str(response.url))


def _retry_after(value: str | None) -> float | None:
    """Seconds (fractions accepted) or an HTTP date, per RFC 9110; garbage is ignored."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(float(value), 0.0)
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(when.timestamp() - time.time(), 0.0)


def _host(url: str) -> str:
    return httpx.URL(url).host or url


def _reason(exc: Exception) -> str:
    return str(exc) or type(exc).__name__
