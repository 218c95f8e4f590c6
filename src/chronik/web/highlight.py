"""Article text with spans marked up: mentions, evidence sentences, triggers and role fillers.

Untrusted text is escaped here and only here (markupsafe), so no page can render article text raw.
Spans may overlap; the text is cut at every span boundary and each piece is wrapped in the spans
that cover it (outermost first), which keeps the HTML well nested whatever the spans are.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from itertools import pairwise

from markupsafe import Markup, escape


@dataclass(frozen=True)
class Span:
    """A stretch [start, end) to mark: `kind` becomes the CSS class, `href` a link, `anchor` an id."""

    start: int
    end: int
    kind: str
    title: str = ""
    href: str | None = None
    anchor: str | None = None


def mark_up(text: str, spans: Iterable[Span], offset: int = 0) -> Markup:
    """`text` (which starts at `offset` of the document) as HTML with every span in it marked."""
    inside = [
        Span(max(s.start - offset, 0), min(s.end - offset, len(text)), s.kind, s.title, s.href, s.anchor)
        for s in spans
        if s.end > offset and s.start < offset + len(text) and s.end > s.start
    ]
    # Longer spans first, so they wrap shorter ones that start at the same place.
    inside.sort(key=lambda s: (s.start, -s.end))
    cuts = sorted({0, len(text)} | {s.start for s in inside} | {s.end for s in inside})
    opened: set[int] = set()
    out: list[str] = []
    for a, b in pairwise(cuts):
        covering = [i for i, s in enumerate(inside) if s.start <= a and b <= s.end]
        piece = str(escape(text[a:b]))
        for i in reversed(covering):
            s = inside[i]
            attrs = f' class="{escape(s.kind)}"'
            if s.title:
                attrs += f' title="{escape(s.title)}"'
            if s.anchor and i not in opened:  # the id goes on the first piece only
                attrs += f' id="{escape(s.anchor)}"'
                opened.add(i)
            if s.href:
                piece = f'<a href="{escape(s.href)}"{attrs}>{piece}</a>'
            else:
                piece = f"<mark{attrs}>{piece}</mark>"
        out.append(piece)
    return Markup("".join(out))
