"""Cleaning of scraped, machine-translated news text, with a record of every change.

Cleaning never rewrites text: it proposes `Edit`s on the raw text, each naming the rule (a key of
`data/cleaning/*.yml`) that asked for it, and `core.offsets.apply_edits` builds the cleaned text and
the map back to the raw text. Two passes, both pure:

1. layout (per line): boilerplate lines and repeated headlines go, blank-line runs collapse to one,
   whitespace inside kept lines is repaired. The first line of text is the headline when it looks
   like one (or is repeated); it is kept, its repetitions are not.
2. repairs (per word, on the text after pass 1, so that the document's own vocabulary is clean):
   drop-cap debris, glued words and sentences, stray dots in names. Their edits are carried back to
   raw offsets, so the record stays one flat list of edits on the raw text.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from chronik.core.datafiles import read_mapping
from chronik.core.errors import ConfigError
from chronik.core.models import Cleaned
from chronik.core.offsets import Edit, OffsetMap, apply_edits
from chronik.ingest.boilerplate import BoilerplateRules, boilerplate_rule, find_title, repeats_headline
from chronik.ingest.repairs import RULES as REPAIR_RULES
from chronik.ingest.repairs import RepairRules, propose_repairs, repair_line_start, vocabulary
from chronik.ingest.whitespace import RULES as WHITESPACE_RULES
from chronik.ingest.whitespace import (
    Line,
    WhitespaceRules,
    content_edits,
    normalise,
    separator_edit,
    split_lines,
)

DATA_FILES = ("boilerplate.yml", "whitespace.yml", "repairs.yml")
HEADLINE_REPEAT = "headline_repeat"
# Pass-1 edits inside a line that a word repair may take over.
_ABSORBABLE = frozenset({"invisible_char", "odd_space", "space_run"})


@dataclass(frozen=True)
class CleaningRules:
    boilerplate: BoilerplateRules
    whitespace: WhitespaceRules
    repairs: RepairRules


def _read(name: str) -> dict[str, Any]:
    return read_mapping(resources.files("chronik") / "data" / "cleaning" / name)


@cache
def load_rules() -> CleaningRules:
    """The cleaning rules from `data/cleaning/*.yml`, read and compiled once per process."""
    boilerplate, whitespace, repairs = (_read(name) for name in DATA_FILES)
    names = [*boilerplate["rules"], *WHITESPACE_RULES, HEADLINE_REPEAT, *REPAIR_RULES]
    if len(names) != len(set(names)):
        raise ConfigError("cleaning rules: a rule name is used twice across data/cleaning/*.yml")
    return CleaningRules(
        BoilerplateRules.from_data(boilerplate),
        WhitespaceRules.from_data(whitespace),
        RepairRules.from_data(repairs),
    )


def rule_names() -> frozenset[str]:
    """Every rule name an edit can carry."""
    line_rules = [rule.name for rule in load_rules().boilerplate.line_rules]
    return frozenset([*line_rules, *WHITESPACE_RULES, HEADLINE_REPEAT, *REPAIR_RULES])


def _verdicts(
    lines: Sequence[Line], rules: CleaningRules, raw: str, known_title: str | None
) -> tuple[list[str | None], list[str], int | None]:
    """Per line: the rule that drops it (or None), its normalised text, and the headline's index."""
    texts = [normalise(line.text, rules.whitespace) for line in lines]
    # Lines are matched as they will read once repaired: drop-cap debris ("lLesen Sie auch: …")
    # must not hide a boilerplate line or a repeated headline.
    vocab = vocabulary(raw)
    forms = [repair_line_start(t, vocab, rules.repairs) if t else t for t in texts]
    verdicts: list[str | None] = [
        boilerplate_rule(t, rules.boilerplate, f) if t else None for t, f in zip(texts, forms, strict=True)
    ]
    kept = [i for i, v in enumerate(verdicts) if v is None]
    found = find_title([forms[i] or None for i in kept], rules.boilerplate)
    title_line = kept[found] if found is not None else None
    if title_line is None and known_title:
        first = next((i for i in kept if texts[i]), None)
        if first is not None and repeats_headline(forms[first], known_title, rules.boilerplate):
            title_line = first
    headline = forms[title_line] if title_line is not None else known_title
    if headline:
        for i in kept:
            if i != title_line and texts[i] and repeats_headline(forms[i], headline, rules.boilerplate):
                verdicts[i] = HEADLINE_REPEAT
    return verdicts, texts, title_line


def _layout_edits(raw: str, rules: CleaningRules, known_title: str | None) -> tuple[list[Edit], bool]:
    """Edits of pass 1, and whether the first kept line is the headline."""
    lines = split_lines(raw, rules.whitespace)
    verdicts, texts, title_line = _verdicts(lines, rules, raw, known_title)
    edits: list[Edit] = []
    pending_blank: Line | None = None  # a blank line kept only if text follows it
    last_text: Line | None = None
    for line, verdict, text in zip(lines, verdicts, texts, strict=True):
        if verdict is not None:
            edits.append(Edit(line.start, line.stop, "", verdict))
        elif not text and (last_text is None or pending_blank is not None):
            edits.append(Edit(line.start, line.stop, "", "blank_lines"))
        elif not text:
            pending_blank = line
        else:
            if pending_blank is not None:
                edits.extend(_kept_line_edits(pending_blank, rules))
                pending_blank = None
            edits.extend(_kept_line_edits(line, rules))
            last_text = line
    if pending_blank is not None:
        edits.append(Edit(pending_blank.start, pending_blank.stop, "", "blank_lines"))
    if last_text is not None and last_text.stop > last_text.end:
        end = last_text.end
        edits = [e for e in edits if not (e.start == end and e.rule == "line_break")]
        edits.append(Edit(end, last_text.stop, "", "document_end"))
    return edits, title_line is not None


def _kept_line_edits(line: Line, rules: CleaningRules) -> list[Edit]:
    edits = content_edits(line, rules.whitespace)
    if (sep := separator_edit(line)) is not None:
        edits.append(sep)
    return edits


def _non_overlapping(edits: Iterable[Edit]) -> list[Edit]:
    """The edits `apply_edits` would apply, in its order (earlier, longer first)."""
    chosen: list[Edit] = []
    for edit in sorted(edits, key=lambda e: (e.start, -(e.end - e.start))):
        if chosen and edit.start < chosen[-1].end:
            continue
        if chosen and edit.start == edit.end == chosen[-1].start == chosen[-1].end:
            continue
        chosen.append(edit)
    return chosen


def _to_raw(
    edits: Sequence[Edit], text: str, omap: OffsetMap, raw: str, layout: Sequence[Edit]
) -> tuple[list[Edit], set[Edit]]:
    """Carry edits on the pass-1 text back to raw offsets.

    A repair may span an in-line whitespace edit of pass 1 (an invisible character inside the
    damaged word): it then replaces that edit, which is returned as absorbed. Repairs that would
    cut into any other pass-1 edit are dropped.
    """
    out: list[Edit] = []
    absorbed: set[Edit] = set()
    for edit in edits:
        start, end = omap.to_raw(edit.start, edit.end)
        if edit.start == edit.end:
            # An insertion must not sit inside a pass-1 edit, nor where one starts (it would be dropped).
            if not any(e.start <= start < e.end for e in layout):
                out.append(Edit(start, start, edit.replacement, edit.rule))
            continue
        inside = [e for e in layout if start < e.end and e.start < end]
        if any(e.start < start or e.end > end or e.rule not in _ABSORBABLE for e in inside):
            continue
        local, _ = apply_edits(
            raw[start:end], [Edit(e.start - start, e.end - start, e.replacement) for e in inside]
        )
        if local == text[edit.start : edit.end]:
            out.append(Edit(start, end, edit.replacement, edit.rule))
            absorbed.update(inside)
    return out, absorbed


def clean_text(raw: str, *, title: str | None = None) -> Cleaned:
    """Clean one article's raw text; every change is an `Edit` naming its rule.

    Args:
        raw: the text as ingested.
        title: a headline known from metadata (a feed, a JSON field); its repetitions in the text
            are removed too, and it is the title when the text has no headline line.

    Returns:
        `Cleaned` with the text, the applied edits (sorted, on raw offsets), the map from cleaned
        to raw offsets, and the title (the cleaned headline line, else `title`).
    """
    rules = load_rules()
    layout, has_headline = _layout_edits(raw, rules, title)
    layout = _non_overlapping(layout)
    first_text, first_map = apply_edits(raw, layout)
    repairs = _non_overlapping(propose_repairs(first_text, rules.repairs))
    carried, absorbed = _to_raw(repairs, first_text, first_map, raw, layout)
    edits = _non_overlapping([*(e for e in layout if e not in absorbed), *carried])
    text, offsets = apply_edits(raw, edits)
    headline = text.split("\n", 1)[0] if has_headline else (title.strip() if title else None)
    return Cleaned(text=text, edits=tuple(edits), offsets=offsets, title=headline or None)
