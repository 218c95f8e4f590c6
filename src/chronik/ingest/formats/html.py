"""HTML pages: trafilatura finds the main text and the metadata; the markup is kept as `original`."""

from __future__ import annotations

import re
from typing import Any

import lxml.html
import trafilatura
from lxml.etree import ParserError
from trafilatura.settings import Document

from chronik.core.errors import EmptyInput, UnreadableInput
from chronik.core.models import SourceItem
from chronik.ingest.decode import decode
from chronik.ingest.formats.fields import normalise_date, normalise_language

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)""", re.IGNORECASE)
# Elements after which a feed entry's text starts a new line.
_BLOCKS = frozenset(
    {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre"}
    | {"tr", "table", "section", "article", "header", "footer", "figure", "figcaption"}
)
_DROPPED = frozenset({"script", "style", "noscript", "template"})
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")
_EXTRA_METADATA = ("sitename", "hostname", "description", "categories", "tags")
_CODE = (
    "//script[not(contains(translate(@type, 'JSON+LD', 'json+ld'), 'ld+json'))]"
    " | //style | //noscript | //template"
)


def read_html(
    data: bytes | str, source: str, *, url: str | None = None, charset: str | None = None
) -> SourceItem:
    """Main text of a page as `raw`, its metadata in the fields; raise if there is no main text.

    `charset` is what the HTTP header declared; a `<meta charset>` is the next hint.
    """
    decoded = None if isinstance(data, str) else decode(data, source, charset or _meta_charset(data))
    html = decoded.text if decoded is not None else str(data)
    tree = trafilatura.load_html(html)
    if tree is None:
        raise UnreadableInput("not parseable as HTML", source)
    # Read the declared language before trafilatura prunes the tree.
    language = normalise_language(tree.get("lang") or _meta_language(tree))
    _drop_code(tree)
    document = trafilatura.bare_extraction(tree, url=url, with_metadata=True, include_comments=False)
    text = document.text if isinstance(document, Document) else None
    if not isinstance(document, Document) or not text or not text.strip():
        raise EmptyInput("no main text found in the HTML (empty body or only navigation)", source)
    metadata: dict[str, Any] = {}
    for name in _EXTRA_METADATA:
        value = getattr(document, name, None)
        if value:
            metadata[name] = value
    return SourceItem(
        source=source,
        raw=text,
        title=document.title or None,
        url=document.url or url,
        published=normalise_date(document.date),
        author=document.author or None,
        language=language or normalise_language(document.language),
        original=html,
        metadata=metadata,
        warnings=(decoded.warning,) if decoded and decoded.warning and "\ufffd" in text else (),
    )


def fragment_text(fragment: str) -> str:
    """Readable text of an HTML fragment (a feed entry's content): one line per block element."""
    if not fragment.strip():
        return ""
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (ParserError, ValueError):
        return fragment.strip()
    for element in list(root.iter()):
        if element is root or not isinstance(element.tag, str):
            continue
        if element.tag in _DROPPED:
            element.drop_tree()
        elif element.tag in _BLOCKS:
            element.tail = "\n" + (element.tail or "")
    lines = (_SPACES.sub(" ", line).strip() for line in root.text_content().split("\n"))
    return "\n".join(line for line in lines if line)


def _drop_code(tree: Any) -> None:
    """Remove scripts, styles and templates, so their code cannot become a title or text.

    JSON-LD scripts stay: they are metadata (author, date, headline) trafilatura reads.
    """
    for element in tree.xpath(_CODE):
        if element.getparent() is not None:
            element.drop_tree()  # keeps the text that follows the element


def _meta_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:4096])
    return match.group(1).decode("ascii") if match else None


def _meta_language(tree: Any) -> str | None:
    lower = "translate(@http-equiv, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')"
    for xpath in (f'//meta[{lower}="content-language"]/@content', '//meta[@property="og:locale"]/@content'):
        found = tree.xpath(xpath)
        if found:
            return str(found[0])
    return None
