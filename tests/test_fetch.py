"""URLs and feeds against a real HTTP server on 127.0.0.1: pages, feeds, redirects and every failure."""

from __future__ import annotations

import gzip
import socket
import time
from collections.abc import Callable, Iterator

import pytest

from chronik.core.errors import FetchError
from chronik.core.models import Skipped, SourceItem
from chronik.core.settings import Settings
from chronik.ingest.fetch import fetch
from chronik.ingest.sources import read_sources
from local_http import ReplyHandler, serving

SLOW_SECONDS = 3.0
TIMEOUT = 0.5


def page(title: str, body: str, lang: str = "de") -> bytes:
    return f"""<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>
<meta property="article:published_time" content="2024-02-01"></head>
<body><nav><a href="/">Start</a> <a href="/a">Ressort</a></nav><article><h1>{title}</h1>
<p>{body}</p><p>Die Gespräche sollen in der kommenden Woche fortgesetzt werden, hieß es weiter.</p>
</article><footer>Impressum</footer></body></html>""".encode()


PAGES = {
    "/seite.html": page("Gipfel in Rom", "Die Regierungschefs haben sich am Freitag in Rom getroffen."),
    "/eins.html": page("Besuch in Kiew", "Der Minister ist am Dienstag überraschend nach Kiew gereist."),
    "/zwei.html": page("Abkommen unterzeichnet", "Beide Länder unterzeichneten ein Abkommen über Handel."),
}


def feed(base: str, links: tuple[str, str]) -> bytes:
    items = "".join(
        f"""<item><title>Meldung {n}</title><link>{link}</link>
        <pubDate>Mon, 0{n} Jan 2024 10:00:00 +0100</pubDate>
        <description>Kurzfassung der Meldung {n}.</description></item>"""
        for n, link in enumerate(links, 1)
    )
    return f"""<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Test</title>
    <link>{base}/</link><language>de-de</language>{items}</channel></rss>""".encode()


class Handler(ReplyHandler):
    user_agents: list[str] = []  # noqa: RUF012 - shared record of what clients sent

    def do_GET(self) -> None:
        Handler.user_agents.append(self.headers.get("User-Agent", ""))
        base = f"http://{self.headers['Host']}"
        path = self.path
        if path in PAGES:
            self.reply(200, PAGES[path], "text/html; charset=utf-8")
        elif path == "/feed.xml":
            self.reply(200, feed(base, (f"{base}/eins.html", "/zwei.html")), "application/rss+xml")
        elif path == "/kaputt-feed.xml":
            self.reply(200, feed(base, (f"{base}/fehlt.html", f"{base}/eins.html")), "text/xml")
        elif path == "/alt":
            self.send_response(301)
            self.send_header("Location", "/seite.html")
            self.end_headers()
        elif path == "/daten.jsonl.gz":
            body = gzip.compress(b'{"text": "Eins."}\n{"text": "Zwei."}\n')
            self.reply(200, body, "application/gzip")
        elif path == "/langsam":
            time.sleep(SLOW_SECONDS)
            self.reply(200, PAGES["/seite.html"], "text/html")
        elif path == "/tropfen":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            for _ in range(int(SLOW_SECONDS / 0.1)):
                self.wfile.write(b"<p>x</p>")
                self.wfile.flush()
                time.sleep(0.1)
        elif path == "/riesig":
            self.reply(200, b"<p>" + b"x" * 200_000 + b"</p>", "text/html")
        elif path == "/riesig-ohne-laenge":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()  # HTTP/1.0: the body runs until the connection closes
            for _ in range(50):
                self.wfile.write(b"y" * 10_000)
        else:
            self.reply(404, b"nicht gefunden", "text/plain")


@pytest.fixture(scope="module")
def base() -> Iterator[str]:
    with serving(Handler) as port:
        yield f"http://127.0.0.1:{port}"


@pytest.fixture
def settings() -> Settings:
    return Settings.load(http_timeout=TIMEOUT, http_max_bytes=100_000, user_agent="ChronikTest/1")


def read(specs: list[str], settings: Settings) -> list[SourceItem | Skipped]:
    return list(read_sources(specs, settings))


def timed(call: Callable[[], list[SourceItem | Skipped]]) -> tuple[list[SourceItem | Skipped], float]:
    start = time.monotonic()
    results = call()
    return results, time.monotonic() - start


def test_html_page(base: str, settings: Settings) -> None:
    Handler.user_agents.clear()
    (item,) = read([f"{base}/seite.html"], settings)
    assert isinstance(item, SourceItem)
    assert item.source == f"{base}/seite.html" and item.url == f"{base}/seite.html"
    assert "in Rom getroffen" in item.raw and "Impressum" not in item.raw
    assert item.title == "Gipfel in Rom" and item.published == "2024-02-01" and item.language == "de"
    assert item.original == PAGES["/seite.html"].decode()
    assert Handler.user_agents == ["ChronikTest/1"]


def test_redirect_is_followed(base: str, settings: Settings) -> None:
    (item,) = read([f"{base}/alt"], settings)
    assert isinstance(item, SourceItem) and item.source == f"{base}/alt" and item.url == f"{base}/seite.html"


def test_feed_entries_become_their_pages(base: str, settings: Settings) -> None:
    first, second = read([f"{base}/feed.xml"], settings)
    assert isinstance(first, SourceItem) and isinstance(second, SourceItem)
    assert (first.source, second.source) == (f"{base}/eins.html", f"{base}/zwei.html")
    assert "überraschend nach Kiew gereist" in first.raw and "Abkommen über Handel" in second.raw
    assert (first.title, first.published, first.url) == ("Meldung 1", "2024-01-01", f"{base}/eins.html")
    assert second.published == "2024-01-02" and second.metadata["feed"] == f"{base}/feed.xml"
    assert first.original is not None and "<article>" in first.original


def test_feed_entry_falls_back_to_its_summary(base: str, settings: Settings) -> None:
    first, second = read([f"{base}/kaputt-feed.xml"], settings)
    assert isinstance(first, SourceItem) and isinstance(second, SourceItem)
    assert first.raw == "Kurzfassung der Meldung 1." and first.metadata["page_error"] == "HTTP 404 Not Found"
    assert first.title == "Meldung 1" and first.language == "de"
    assert "nach Kiew gereist" in second.raw


def test_gzipped_records_over_http(base: str, settings: Settings) -> None:
    items = read([f"{base}/daten.jsonl.gz"], settings)
    assert [(i.source, i.raw) for i in items if isinstance(i, SourceItem)] == [
        (f"{base}/daten.jsonl.gz#1", "Eins."),
        (f"{base}/daten.jsonl.gz#2", "Zwei."),
    ]


def test_slow_endpoint_times_out(base: str, settings: Settings) -> None:
    (skipped,), elapsed = timed(lambda: read([f"{base}/langsam"], settings))
    assert isinstance(skipped, Skipped) and "http_timeout" in skipped.reason
    assert elapsed < SLOW_SECONDS / 2


def test_trickling_endpoint_hits_the_deadline(base: str, settings: Settings) -> None:
    (skipped,), elapsed = timed(lambda: read([f"{base}/tropfen"], settings))
    assert isinstance(skipped, Skipped) and "took longer than 0.5 s" in skipped.reason
    assert elapsed < SLOW_SECONDS / 2


@pytest.mark.parametrize(
    ("path", "reason"),
    [
        ("/riesig", "response of 200007 bytes is over the limit of 100000 (http_max_bytes)"),
        ("/riesig-ohne-laenge", "response larger than 100000 bytes (http_max_bytes); abandoned"),
    ],
)
def test_huge_response_is_refused(base: str, settings: Settings, path: str, reason: str) -> None:
    (skipped,) = read([base + path], settings)
    assert isinstance(skipped, Skipped) and skipped.reason == reason and skipped.source == base + path


def test_http_error(base: str, settings: Settings) -> None:
    (skipped,) = read([f"{base}/gibt-es-nicht"], settings)
    assert isinstance(skipped, Skipped) and skipped.reason == "HTTP 404 Not Found"


def test_unreachable_port(settings: Settings) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    (skipped,) = read([f"http://127.0.0.1:{port}/x"], settings)
    assert isinstance(skipped, Skipped) and skipped.reason.startswith("cannot connect")


def test_batch_goes_on_after_failed_urls(base: str, settings: Settings) -> None:
    results = read([f"{base}/gibt-es-nicht", f"{base}/langsam", f"{base}/seite.html"], settings)
    assert [type(r).__name__ for r in results] == ["Skipped", "Skipped", "SourceItem"]


def test_fetch_raises_fetch_error(base: str, settings: Settings) -> None:
    assert fetch(f"{base}/seite.html", settings).content == PAGES["/seite.html"]
    with pytest.raises(FetchError, match="HTTP 404"):
        fetch(f"{base}/nichts", settings)
    with pytest.raises(FetchError, match="not an http"):
        fetch("ftp://127.0.0.1/x", settings)
