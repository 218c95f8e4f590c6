"""Readers of the annotated corpora the German analysis is trained and measured on.

The corpora stay in `../shared/corpora` (their licences forbid copying them into the project); the
training recipe, the quality benchmarks and the tests all read them through these functions.
"""

from __future__ import annotations

import gzip
from collections.abc import Iterator
from pathlib import Path


def read_conllu(path: Path) -> Iterator[tuple[str, list[list[str]]]]:
    """(text, token rows) per sentence of a gzipped CoNLL-U file; multiword-token lines are skipped."""
    text = ""
    rows: list[list[str]] = []
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("# text = "):
                text = line[len("# text = ") :]
            elif line.startswith("#"):
                continue
            elif not line:
                if rows:
                    yield text, rows
                text, rows = "", []
            else:
                cols = line.split("\t")
                if cols[0].isdigit():
                    rows.append(cols)
    if rows:
        yield text, rows


def read_conllu_trees(path: Path) -> Iterator[tuple[list[str], list[bool], list[str], list[int], list[str]]]:
    """(words, spaces, tags, heads, deps) per sentence; a contraction ("zum" = "zu dem") is one token.

    The news tokenizer keeps contractions whole (STTS `APPRART`), so the token takes the head and relation
    of the part whose head lies outside it (the preposition's `case`). Heads are token indices, the root
    points to itself with the relation `ROOT`.
    """
    with gzip.open(path, "rt", encoding="utf-8") as f:
        blocks = f.read().split("\n\n")
    for block in blocks:
        lines = [line.split("\t") for line in block.splitlines() if line and not line.startswith("#")]
        if not lines:
            continue
        ranges = {int(c[0].split("-")[0]): c for c in lines if "-" in c[0]}
        words = [c for c in lines if c[0].isdigit()]
        token_of: dict[int, int] = {}  # word id → token index
        parts: list[list[list[str]]] = []
        surface: list[tuple[str, str]] = []  # (form, misc) per token
        skip_to = 0
        for c in words:
            wid = int(c[0])
            if wid <= skip_to:
                token_of[wid] = len(parts) - 1
                parts[-1].append(c)
                continue
            if wid in ranges:
                skip_to = int(ranges[wid][0].split("-")[1])
                surface.append((ranges[wid][1], ranges[wid][9]))
            else:
                surface.append((c[1], c[9]))
            token_of[wid] = len(parts)
            parts.append([c])
        heads, deps, tags = [], [], []
        for i, members in enumerate(parts):
            outside = [c for c in members if int(c[6]) == 0 or token_of[int(c[6])] != i] or members
            word = outside[0]
            head = int(word[6])
            heads.append(i if head == 0 else token_of[head])
            deps.append("ROOT" if head == 0 else word[7])
            tags.append("APPRART" if len(members) > 1 and members[0][4] == "APPR" else word[4])
        yield (
            [form for form, _ in surface],
            ["SpaceAfter=No" not in misc for _, misc in surface],
            ["PROAV" if t == "PAV" else t for t in tags],
            heads,
            deps,
        )


def read_germeval(path: Path) -> Iterator[tuple[list[str], list[str], list[str]]]:
    """(words, outer BIO tags, nested BIO tags) per sentence of a gzipped GermEval 2014 TSV file."""
    words: list[str] = []
    outer: list[str] = []
    nested: list[str] = []
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        for line in lines:
            if line.startswith("#"):
                continue
            if not line.strip():
                if words:
                    yield words, outer, nested
                words, outer, nested = [], [], []
                continue
            cols = line.rstrip("\n").split("\t")
            words.append(cols[1])
            outer.append(cols[2])
            nested.append(cols[3] if len(cols) > 3 else "O")
    if words:
        yield words, outer, nested
