"""RSS and Atom feeds: each entry names an article. Parsing is pure (the feed arrives as bytes);
fetching the linked pages is the caller's business (`chronik.ingest.fetch`)."""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date
from typing import Any

import feedparser

from chronik.core.errors import EmptyInput, UnreadableInput
from chronik.core.models import SourceItem
from chronik.ingest.formats.fields import normalise_date, normalise_language
from chronik.ingest.formats.html import fragment_text


@dataclass(frozen=True)
class FeedEntry:
    """What a feed says about one article; `content` is the entry's own HTML (content or summary)."""

    index: int
    link: str | None
    title: str | None
    published: str | None
    author: str | None
    language: str | None
    content: str | None


def parse_feed(data: bytes, source: str) -> list[FeedEntry]:
    """The entries of an RSS/Atom feed; relative links are resolved against `source` when it is a URL."""
    headers = {"content-location": source} if "://" in source else {}
    # A stream, never a string: given a string, feedparser would open it as a URL or a file name.
    parsed: Any = feedparser.parse(io.BytesIO(data), response_headers=headers)
    entries = parsed.get("entries") or []
    if not entries:
        if parsed.get("bozo") and not parsed.get("version"):
            raise UnreadableInput(f"not a readable RSS/Atom feed ({parsed.get('bozo_exception')})", source)
        raise EmptyInput("the feed has no entries", source)
    language = normalise_language(parsed.get("feed", {}).get("language"))
    return [_entry(index, entry, language) for index, entry in enumerate(entries)]


def entry_item(entry: FeedEntry, source: str, feed: str) -> SourceItem:
    """An article from the entry alone, for when its page cannot be had: the content's text."""
    raw = fragment_text(entry.content or "")
    if not raw:
        raise EmptyInput("the feed entry has neither content nor summary", source)
    return SourceItem(
        source=source,
        raw=raw,
        title=entry.title,
        url=entry.link,
        published=entry.published,
        author=entry.author,
        language=entry.language,
        original=entry.content,
        metadata={"feed": feed, "text_from": "feed entry"},
    )


def _entry(index: int, entry: Any, feed_language: str | None) -> FeedEntry:
    contents = [part.get("value") or "" for part in entry.get("content") or []]
    contents.append(entry.get("summary") or "")
    content = max(contents, key=len) or None
    published = None
    for key in ("published", "updated", "created"):
        published = normalise_date(entry.get(key))
        if published:
            break
    if published is None:
        parsed = entry.get("published_parsed") or entry.get("updated_parsed")
        published = date(*parsed[:3]).isoformat() if parsed else None
    return FeedEntry(
        index=index,
        link=(entry.get("link") or "").strip() or None,
        title=(entry.get("title") or "").strip() or None,
        published=published,
        author=(entry.get("author") or "").strip() or None,
        language=normalise_language(entry.get("language")) or feed_language,
        content=content,
    )
