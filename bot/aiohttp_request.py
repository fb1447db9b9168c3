"""python-telegram-bot's HTTP connection (its `BaseRequest` extension point) on aiohttp
instead of httpx. Measured (benchmarks.storm, py-spy): httpx and httpcore took about a third
of the event loop's time in a storm, most of it per request (finding the async library,
checking every pooled connection); aiohttp is already in the process (the web server, the
tests' fake Bot API) and costs a fraction of that per request.

What it keeps from PTB's HTTPXRequest: its time-outs (connect, read, a write time-out that
is longer for uploads, and a pool time-out), connection reuse, and the errors PTB and our
retry rule (rules/sending.retry_is_safe) read: a full pool or a refused connection means the
request never left; a time-out or a broken connection after it went out may have been run.
"""

import asyncio
import logging
from typing import Any
from urllib.parse import urlencode

import aiohttp
from telegram._utils.defaultvalue import DefaultValue
from telegram._utils.types import ODVInput
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, RequestData

logger = logging.getLogger(__name__)


class PoolTimeout(Exception):
    """No free connection within the pool time-out: the request was not sent."""


class AiohttpRequest(BaseRequest):
    def __init__(
        self,
        connection_pool_size: int = 256,
        read_timeout: float | None = 5.0,
        write_timeout: float | None = 5.0,
        connect_timeout: float | None = 5.0,
        pool_timeout: float | None = 1.0,
        media_write_timeout: float | None = 20.0,
    ) -> None:
        self._pool_size = connection_pool_size
        self._read_timeout = read_timeout
        self._write_timeout = write_timeout
        self._connect_timeout = connect_timeout
        self._pool_timeout = pool_timeout
        self._media_write_timeout = media_write_timeout
        # Our own bound on requests under way, so that waiting for a connection has its own
        # time-out (aiohttp counts it as part of connecting, which would look like a request
        # that may have gone out).
        self._free = asyncio.Semaphore(connection_pool_size)
        self._session: aiohttp.ClientSession | None = None

    @property
    def read_timeout(self) -> float | None:
        return self._read_timeout

    async def initialize(self) -> None:
        if self._session is None or self._session.closed:
            connector = aiohttp.TCPConnector(limit=self._pool_size, ttl_dns_cache=300)
            self._session = aiohttp.ClientSession(
                connector=connector,
                headers={"User-Agent": self.USER_AGENT},
                timeout=aiohttp.ClientTimeout(total=None),
            )

    async def shutdown(self) -> None:
        if self._session is not None and not self._session.closed:
            await self._session.close()

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        write_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        connect_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        pool_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        if self._session is None or self._session.closed:
            raise RuntimeError("This AiohttpRequest is not initialized!")
        files = request_data.multipart_data if request_data else None
        read = _chosen(read_timeout, self._read_timeout)
        connect = _chosen(connect_timeout, self._connect_timeout)
        waiting = _chosen(pool_timeout, self._pool_timeout)
        write = _chosen(write_timeout, self._media_write_timeout if files else self._write_timeout)
        try:
            async with asyncio.timeout(waiting):
                await self._free.acquire()
        except TimeoutError:
            raise TimedOut(
                "Pool timeout: All connections in the connection pool are occupied. Request"
                " was *not* sent to Telegram."
            ) from PoolTimeout()
        try:
            # The read time-out runs from the request written; the writing has its own.
            timeout = aiohttp.ClientTimeout(
                sock_connect=connect, sock_read=read, total=_sum(connect, write, read)
            )
            async with self._session.request(
                method, url, data=_body(request_data), timeout=timeout
            ) as response:
                return response.status, await response.read()
        except aiohttp.ConnectionTimeoutError as error:  # connecting took too long: not sent
            raise TimedOut from error
        except (TimeoutError, aiohttp.ServerTimeoutError) as error:
            raise TimedOut from error
        except aiohttp.ClientConnectorError as error:  # refused, no route: not sent
            raise NetworkError(f"aiohttp.{type(error).__name__}: {error}") from error
        except aiohttp.ClientError as error:  # broke after it went out: may have been run
            raise NetworkError(f"aiohttp.{type(error).__name__}: {error}") from error
        finally:
            self._free.release()


def _chosen(given: ODVInput[float], default: float | None) -> float | None:
    return default if isinstance(given, DefaultValue) else given


def _sum(*parts: float | None) -> float | None:
    return None if any(p is None for p in parts) else sum(p for p in parts if p is not None)


def _body(request_data: RequestData | None) -> Any:
    """Form fields, as PTB's HTTPXRequest sends them (urlencoded once, here: aiohttp's own
    form encoding costs a tenth of a message's CPU); multipart when there are files."""
    if request_data is None:
        return None
    fields = request_data.json_parameters
    files = request_data.multipart_data
    if not files:
        if not fields:
            return None
        encoded = urlencode(fields).encode()
        return aiohttp.BytesPayload(encoded, content_type="application/x-www-form-urlencoded")
    form = aiohttp.FormData()
    for name, value in fields.items():
        form.add_field(name, value)
    for name, (file_name, content, mime_type) in files.items():
        form.add_field(name, content, filename=file_name or name, content_type=mime_type)
    return form
