"""Marking spans in untrusted article text: escaped, well nested whatever the spans."""

from __future__ import annotations

from html.parser import HTMLParser

from chronik.web.highlight import Span, mark_up


class Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.open: list[str] = []
        self.seen: list[str] = []
        self.text = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.open.append(tag)
        self.seen.append(tag)

    def handle_endtag(self, tag: str) -> None:
        assert self.open.pop() == tag  # well nested

    def handle_data(self, data: str) -> None:
        self.text += data


def parsed(html: str) -> Tags:
    tags = Tags()
    tags.feed(str(html))
    tags.close()
    assert tags.open == []
    return tags


def test_markup_in_the_text_is_escaped_and_the_text_survives() -> None:
    text = 'Vorher <script>alert(1)</script> & <img src=x onerror="y()"> nachher'
    html = mark_up(text, [Span(0, 6, "evidence"), Span(7, 15, "mention", href="/entities/e1")])
    tags = parsed(html)
    assert tags.text == text and set(tags.seen) == {"mark", "a"}
    assert "<script>" not in html and "&lt;script&gt;" in html


def test_overlapping_spans_nest_and_each_piece_keeps_its_marks() -> None:
    text = "Der Präsident schenkte dem Gast ein Buch."
    spans = [
        Span(0, 40, "evidence", anchor="ev-v1"),
        Span(4, 13, "role role-giver", href="/entities/e1"),
        Span(14, 22, "trigger"),
        Span(8, 30, "odd"),  # crosses the others
    ]
    html = mark_up(text, spans)
    tags = parsed(html)
    assert tags.text == text
    assert html.count('id="ev-v1"') == 1 and html.startswith('<mark class="evidence" id="ev-v1">Der </mark>')
    assert '<mark class="trigger">schenkte</mark>' in html


def test_spans_are_shifted_and_cut_to_an_excerpt() -> None:
    html = mark_up(
        "Gast ein Buch", [Span(100, 104, "role"), Span(95, 102, "x"), Span(200, 210, "far")], offset=100
    )
    assert (
        str(html)
        == '<mark class="role"><mark class="x">Ga</mark></mark><mark class="role">st</mark> ein Buch'
    )
