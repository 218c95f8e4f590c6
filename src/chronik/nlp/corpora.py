"""Readers of the annotated corpora the German analysis is trained and measured on.

The corpora stay in `../shared/corpora` (their licences forbid copying them into the project); the
training recipe, the quality benchmark and the tests all read them through these two functions.
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
