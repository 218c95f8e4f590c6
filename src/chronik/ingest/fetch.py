"""The one module of Chronik that touches the network: HTTP GET with a time limit, a size limit
(enforced while the body streams in), our User-Agent and redirects followed. Every failure is a
`FetchError` with a reason a user can act on.

Which addresses may be fetched is one `AddressPolicy` (setting `fetch_allowed_addresses`). It is
checked where a connection is opened, on the addresses the host name resolved to, so it holds for
every redirect hop and every feed link, and a name cannot resolve to one address when checked and
to another when connected.
"""

from __future__ import annotations

import ipaddress
import socket
import time
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import httpcore
import httpx

from chronik.core.errors import ConfigError, FetchError
from chronik.core.settings import Settings

MAX_REDIRECTS = 10

# The kinds of address a policy names; `any` allows every address, CIDR networks may be listed too.
ADDRESS_KINDS = ("public", "private", "loopback", "link-local")

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network


def address_kind(address: IPAddress) -> str:
    """`loopback`, `link-local`, `private`, `public`, or `reserved` (multicast, unspecified, …)."""
    address = _unmapped(address)
    if address.is_loopback:
        return "loopback"
    if address.is_link_local:
        return "link-local"
    if address.is_multicast or address.is_unspecified or address.is_reserved:
        return "reserved"
    if address.is_private:
        return "private"
    return "public" if address.is_global else "reserved"


def _unmapped(address: IPAddress) -> IPAddress:
    """`::ffff:127.0.0.1` is 127.0.0.1."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return address.ipv4_mapped
    return address


class AddressRefused(Exception):
    """Raised while connecting; `fetch` turns it into a `FetchError` naming the URL."""


@dataclass(frozen=True)
class AddressPolicy:
    """Which addresses may be fetched: kinds of address (`ADDRESS_KINDS`) and extra networks.

    Build it with `AddressPolicy.parse("public")`, `AddressPolicy.from_settings(settings)` or
    `AddressPolicy.public_only()` (what a server fetching URLs for others should use).
    """

    kinds: frozenset[str] = frozenset(ADDRESS_KINDS)
    networks: tuple[IPNetwork, ...] = ()
    allow_all: bool = True

    @classmethod
    def parse(cls, spec: str) -> AddressPolicy:
        """`any`, or a comma-separated list of kinds and CIDR networks (`public,10.1.0.0/16`)."""
        kinds: set[str] = set()
        networks: list[IPNetwork] = []
        for part in (p.strip().lower() for p in spec.split(",")):
            if not part:
                continue
            if part == "any":
                return cls()
            if part in ADDRESS_KINDS:
                kinds.add(part)
                continue
            try:
                networks.append(ipaddress.ip_network(part, strict=False))
            except ValueError:
                raise ConfigError(
                    f"fetch_allowed_addresses: {part!r} is neither 'any', one of "
                    f"{', '.join(ADDRESS_KINDS)}, nor a network such as 10.0.0.0/8"
                ) from None
        if not kinds and not networks:
            raise ConfigError("fetch_allowed_addresses is empty: name at least one kind, or 'any'")
        return cls(frozenset(kinds), tuple(networks), allow_all=False)

    @classmethod
    def from_settings(cls, settings: Settings) -> AddressPolicy:
        return cls.parse(settings.fetch_allowed_addresses)

    @classmethod
    def public_only(cls) -> AddressPolicy:
        return cls(frozenset({"public"}), (), allow_all=False)

    def refusal(self, address: IPAddress) -> str | None:
        """The kind of address that makes `address` refused (`loopback`, …), or None when allowed."""
        if self.allow_all or any(_unmapped(address) in network for network in self.networks):
            return None
        kind = address_kind(address)
        return None if kind in self.kinds else kind

    def check_url(self, url: str) -> None:
        """Refuse a URL whose host resolves to an address the policy does not allow.

        A quick answer before fetching (an API can reply 400 at once); `fetch` checks again on
        every connection it opens, redirects included.
        """
        if not is_url(url):
            raise FetchError("not an http(s) URL", without_credentials(url))
        if self.allow_all:
            return
        parts = urlsplit(url)
        try:
            port = parts.port or (443 if parts.scheme == "https" else 80)
        except ValueError as err:
            raise FetchError(f"invalid URL: {err}", without_credentials(url)) from err
        try:
            self.allowed_addresses(parts.hostname or "", port)
        except AddressRefused as err:
            raise FetchError(str(err), without_credentials(url)) from err
        except OSError as err:
            raise FetchError(f"cannot resolve {parts.hostname}: {err}", without_credentials(url)) from err

    def allowed_addresses(self, host: str, port: int) -> list[IPAddress]:
        """The addresses `host` resolves to that may be used; `AddressRefused` when there are none."""
        resolved = _resolve(host, port)
        allowed = [address for address in resolved if self.refusal(address) is None]
        if not allowed:
            found = ", ".join(f"{a} ({self.refusal(a)})" for a in resolved)
            literal = host.strip("[]") in {str(a) for a in resolved}
            where = f"{found} is" if literal else f"{host} resolves to {found},"
            raise AddressRefused(f"refused: {where} not an allowed address (fetch_allowed_addresses)")
        return allowed


def _resolve(host: str, port: int) -> list[IPAddress]:
    bare = host.strip("[]")
    try:
        return [ipaddress.ip_address(bare)]
    except ValueError:
        pass
    found = socket.getaddrinfo(bare, port, type=socket.SOCK_STREAM)
    addresses = (ipaddress.ip_address(str(info[4][0]).split("%")[0]) for info in found)
    return list(dict.fromkeys(addresses))


class _CheckedBackend(httpcore.SyncBackend):
    """Connects only to resolved addresses the policy allows, and to exactly those it checked."""

    def __init__(self, policy: AddressPolicy) -> None:
        self.policy = policy

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        try:
            addresses = self.policy.allowed_addresses(host, port)
        except OSError as err:  # the name does not resolve
            raise httpcore.ConnectError(f"cannot resolve {host}: {err}") from err
        failure: httpcore.ConnectError | None = None
        for address in addresses:
            try:
                return super().connect_tcp(str(address), port, timeout, local_address, socket_options)
            except httpcore.ConnectError as err:
                failure = err
        assert failure is not None  # allowed_addresses never returns an empty list
        raise failure


class _CheckedTransport(httpx.HTTPTransport):
    """httpx's transport with the connection pool on a backend that applies the address policy."""

    def __init__(self, policy: AddressPolicy) -> None:
        super().__init__()
        # httpx has no public parameter for the network backend; the pool it built is replaced by
        # one like it (no proxies: a proxy would hide the address actually fetched).
        self._pool = httpcore.ConnectionPool(
            ssl_context=httpx.create_ssl_context(), network_backend=_CheckedBackend(policy)
        )


def without_credentials(url: str) -> str:
    """The URL without `user:password@`, so credentials are never stored, printed or exported."""
    if "@" not in url or not is_url(url):
        return url
    parts = urlsplit(url)
    if parts.username is None and parts.password is None:
        return url
    host = parts.netloc.rpartition("@")[2]
    return urlunsplit(parts._replace(netloc=host))


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


def open_client(settings: Settings, policy: AddressPolicy | None = None) -> httpx.Client:
    """A client to reuse for many requests (a feed and its pages); close it when done.

    It connects only to addresses `policy` allows (default: the one the settings name).
    """
    policy = policy or AddressPolicy.from_settings(settings)
    return httpx.Client(
        follow_redirects=True,
        max_redirects=MAX_REDIRECTS,
        timeout=httpx.Timeout(settings.http_timeout),
        headers={"User-Agent": settings.user_agent},
        transport=None if policy.allow_all else _CheckedTransport(policy),
    )


def fetch(
    url: str, settings: Settings, client: httpx.Client | None = None, policy: AddressPolicy | None = None
) -> Fetched:
    """GET `url`; raise `FetchError` when it is unreachable, slow, too big, answers an error or
    (with a client of our own) leads to an address the policy refuses. A client passed in brings
    its own policy (`open_client`)."""
    if not is_url(url):
        raise FetchError("not an http(s) URL", without_credentials(url))
    if client is not None:
        return _fetch(client, url, settings)
    with open_client(settings, policy) as own:
        return _fetch(own, url, settings)


def _fetch(client: httpx.Client, url: str, settings: Settings) -> Fetched:
    try:
        return _download(client, url, settings)
    except FetchError as err:  # the source a user sees never carries credentials
        raise FetchError(err.reason, without_credentials(url), err.line) from err


def _download(client: httpx.Client, url: str, settings: Settings) -> Fetched:
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
                url=without_credentials(str(response.url)),
                content=bytes(body),
                content_type=response.headers.get("content-type", ""),
                charset=response.charset_encoding,
                status=response.status_code,
            )
    except AddressRefused as err:
        raise FetchError(str(err), url) from err
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
