"""The offset map leads every span of the cleaned text back to the raw characters it came from."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from chronik.core.offsets import Edit, OffsetMap, apply_edits


@st.composite
def text_and_edits(draw: st.DrawFn) -> tuple[str, list[Edit]]:
    raw = draw(st.text(alphabet="ab cdÄ\n.-", max_size=60))
    edits = []
    for _ in range(draw(st.integers(0, 6))):
        start = draw(st.integers(0, len(raw)))
        end = draw(st.integers(start, min(len(raw), start + 8)))
        edits.append(Edit(start, end, draw(st.sampled_from(["", " ", "X", "yz"]))))
    return raw, edits


@given(text_and_edits())
def test_copied_spans_round_trip(case: tuple[str, list[Edit]]) -> None:
    raw, edits = case
    text, omap = apply_edits(raw, edits)
    for piece in omap.pieces:
        if piece.copied:
            for a in range(piece.clean_start, piece.clean_end):
                for b in range(a + 1, piece.clean_end + 1):
                    s, e = omap.to_raw(a, b)
                    assert raw[s:e] == text[a:b]


@given(text_and_edits())
def test_every_span_maps_inside_raw_and_in_order(case: tuple[str, list[Edit]]) -> None:
    raw, edits = case
    text, omap = apply_edits(raw, edits)
    last = 0
    for a in range(len(text) + 1):
        s, e = omap.to_raw(a, min(a + 3, len(text)))
        assert 0 <= s <= e <= len(raw)
        assert s >= last or a == 0
        last = s


@given(text_and_edits())
def test_map_survives_json(case: tuple[str, list[Edit]]) -> None:
    raw, edits = case
    _, omap = apply_edits(raw, edits)
    assert OffsetMap.from_json(omap.to_json()) == omap


def test_replaced_word_maps_to_whole_raw_word() -> None:
    raw = "lLesen Sie hier: Anschließendüberreichte er"
    text, omap = apply_edits(raw, [Edit(0, 6, "Lesen", "dropcap"), Edit(29, 29, " ", "glued")])
    assert text == "Lesen Sie hier: Anschließend überreichte er"
    s, e = omap.to_raw(0, 5)
    assert raw[s:e] == "lLesen"
    s, e = omap.to_raw(text.index("überreichte"), text.index("überreichte") + 11)
    assert raw[s:e] == "überreichte"


def test_deleted_lines_leave_no_trace() -> None:
    raw = "Titel\n[Anzeige_2]\nText bleibt."
    text, omap = apply_edits(raw, [Edit(6, 18, "", "boilerplate")])
    assert text == "Titel\nText bleibt."
    s, e = omap.to_raw(6, 18)
    assert raw[s:e] == "Text bleibt."
