"""The one module of Chronik that touches the network: HTTP GET with a time limit, a size limit
(enforced while the body streams in), our User-Agent and redirects followed. Every failure is a
`FetchError` with a reason a user can act on."""

from __future__ import annotations

import time
from dataclasses import dataclass
from urllib.parse import urlsplit

import httpx

from chronik.core.errors import FetchError
from chronik.core.settings import Settings

MAX_REDIRECTS = 10


@dataclass(frozen=True)
class Fetched:
    """A response body and what the server said about it; `url` is the final URL after redirects."""

    url: str
    content: bytes
    content_type: str
    charset: str | None
    status: int


def is_url(spec: str) -> bool:
    parts = urlsplit(spec)
    return parts.scheme in ("http", "https") and bool(parts.netloc)


def open_client(settings: Settings) -> httpx.Client:
    """A client to reuse for many requests (a feed and its pages); close it when done."""
    return httpx.Client(
        follow_redirects=True,
        max_redirects=MAX_REDIRECTS,
        timeout=httpx.Timeout(settings.http_timeout),
        headers={"User-Agent": settings.user_agent},
    )


def fetch(url: str, settings: Settings, client: httpx.Client | None = None) -> Fetched:
    """GET `url`; raise `FetchError` when it is unreachable, slow, too big or answers an error."""
    if not is_url(url):
        raise FetchError("not an http(s) URL", url)
    if client is not None:
        return _fetch(client, url, settings)
    with open_client(settings) as own:
        return _fetch(own, url, settings)


def _fetch(client: httpx.Client, url: str, settings: Settings) -> Fetched:
    limit, timeout = settings.http_max_bytes, settings.http_timeout
    # httpx's timeout bounds each network wait; the deadline bounds the whole download, so a
    # server that trickles bytes cannot hold the batch forever.
    deadline = time.monotonic() + timeout
    try:
        with client.stream("GET", url) as response:
            if response.status_code >= 400:
                raise FetchError(f"HTTP {response.status_code} {response.reason_phrase}".strip(), url)
            declared = response.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > limit:
                raise FetchError(
                    f"response of {declared} bytes is over the limit of {limit} (http_max_bytes)", url
                )
            body = bytearray()
            for chunk in response.iter_bytes():
                body += chunk
                if len(body) > limit:
                    raise FetchError(f"response larger than {limit} bytes (http_max_bytes); abandoned", url)
                if time.monotonic() > deadline:
                    raise FetchError(
                        f"download took longer than {timeout:g} s (http_timeout); abandoned", url
                    )
            return Fetched(
                url=str(response.url),
                content=bytes(body),
                content_type=response.headers.get("content-type", ""),
                charset=response.charset_encoding,
                status=response.status_code,
            )
    except httpx.TimeoutException as err:
        raise FetchError(f"no answer within {timeout:g} s (http_timeout): {type(err).__name__}", url) from err
    except httpx.ConnectError as err:
        raise FetchError(f"cannot connect: {err}", url) from err
    except httpx.TooManyRedirects as err:
        raise FetchError(f"more than {MAX_REDIRECTS} redirects", url) from err
    except (httpx.InvalidURL, httpx.UnsupportedProtocol) as err:
        raise FetchError(f"invalid URL: {err}", url) from err
    except httpx.HTTPError as err:
        raise FetchError(f"request failed: {type(err).__name__}: {err}", url) from err
