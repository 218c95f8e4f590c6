"""Which format an input is in: from its name, its HTTP content type, or a look at its first bytes."""

from __future__ import annotations

import json
import re
from typing import Literal
from urllib.parse import urlsplit

Format = Literal["text", "html", "json", "jsonl", "csv", "tsv", "feed"]

EXTENSIONS: dict[str, Format] = {
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".shtml": "html",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".csv": "csv",
    ".tsv": "tsv",
    ".tab": "tsv",
    ".rss": "feed",
    ".atom": "feed",
}

CONTENT_TYPES: dict[str, Format] = {
    "text/html": "html",
    "application/xhtml+xml": "html",
    "application/rss+xml": "feed",
    "application/atom+xml": "feed",
    "application/rdf+xml": "feed",
    "application/feed+json": "json",
    "application/json": "json",
    "application/x-ndjson": "jsonl",
    "application/jsonl": "jsonl",
    "application/jsonlines": "jsonl",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
}

_FEED_ROOT = re.compile(rb"<(?:rss|feed|rdf:rdf)[\s>]")
_HTML_MARK = re.compile(rb"<(?:!doctype\s+html|html|head|body|article|p|div)[\s>/]")
_SNIFF_BYTES = 4096


def format_from_name(name: str) -> Format | None:
    """The format an extension promises (`x.csv.gz` is CSV); None when it promises nothing."""
    path = urlsplit(name).path if "://" in name else name
    lowered = path.lower()
    if lowered.endswith(".gz"):
        lowered = lowered[:-3]
    dot = lowered.rfind(".")
    if dot < 0 or "/" in lowered[dot:]:
        return None
    return EXTENSIONS.get(lowered[dot:])


def format_from_content_type(content_type: str | None) -> Format | None:
    """The format an HTTP Content-Type names; generic XML and plain text are left to sniffing."""
    if not content_type:
        return None
    return CONTENT_TYPES.get(content_type.split(";")[0].strip().lower())


def sniff_format(data: bytes) -> Format:
    """Guess the format from the first bytes: JSON, JSON Lines, a feed, HTML, else plain text."""
    head = data[:_SNIFF_BYTES].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(b"["):
        return "json"
    if head.startswith(b"{"):
        return "jsonl" if _is_json_lines(data) else "json"
    if _FEED_ROOT.search(head[:1024]):
        return "feed"
    if head.startswith(b"<") or _HTML_MARK.search(head[:1024]):
        return "html"
    return "text"


def _is_json_lines(data: bytes) -> bool:
    """Several lines, the first of which is a whole JSON object on its own."""
    lines = [line for line in data.lstrip(b"\xef\xbb\xbf \t\r\n").split(b"\n", 2)[:2] if line.strip()]
    if len(lines) < 2:
        return False
    try:
        return isinstance(json.loads(lines[0]), dict)
    except (ValueError, RecursionError):
        return False
