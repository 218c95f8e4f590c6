"""Counts of entity-name error kinds over whole exports (not judged): before/after figures.

    python bench/entity_kinds.py BEFORE.json AFTER.json

Each line counts the entities of an export whose name shows one kind of error that the entity audit
(`bench/README_entity_audit.md`) found, by the name alone: several names in one span, an opening
function word, a score, a link, punctuation at an edge, a lower-case word inside, a first name
alone. The counts mix right and wrong cases (`Institut für empirische Sozialforschung` holds a
lower-case word and is a name); they show where a repair took effect, the judged sample says
whether it was right.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from chronik.extract.entities import first_names

FUNCTION_WORDS = frozenset(
    {"der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "zum", "zur"}
    | {"im", "am", "vom", "beim", "ins", "von", "mit", "für", "bei", "nach", "auf", "aus", "mein"}
    | {"meine", "unser", "durch", "ohne", "per"}
)
SEVERAL = re.compile(r"\w[,/]\s*[A-ZÄÖÜ]|\s[–—]\s|[A-ZÄÖÜ]\w+ und [A-ZÄÖÜ]")
SCORE = re.compile(r"\d+[:,]\d|[+\-]\d")
LINK = re.compile(r"https?://|pic\.twitter\.com")
EDGE = re.compile(r"^[^\w@]|.*[/,;:(–-]$")

Entity = dict[str, Any]


def kinds(entities: list[Entity]) -> dict[str, int]:
    names = {e["name"] for e in entities}
    tests: dict[str, Callable[[Entity], bool]] = {
        "several names in one span (comma, slash, dash, und)": lambda e: bool(SEVERAL.search(e["name"])),
        "opening function word (Der …, Zum …, Von …)": lambda e: (
            len(e["name"].split()) > 1 and e["name"].split()[0].lower() in FUNCTION_WORDS
        ),
        "score or signed number (1:44,8, +0,20)": lambda e: bool(SCORE.search(e["name"])),
        "link (http…, pic.twitter.com)": lambda e: bool(LINK.search(e["name"])),
        "punctuation at an edge (/Wien, Cent/)": lambda e: bool(EDGE.match(e["name"])),
        "lower-case word of 5+ letters inside": lambda e: any(
            w.isalpha() and w.islower() and len(w) >= 5 for w in e["name"].split()
        ),
        "lone lower-case word, not in the dictionary": lambda e: (
            e["name"].isalpha() and e["name"].islower() and not e["kb_id"]
        ),
        "person named by a first name alone": lambda e: e["type"] == "person" and e["name"] in first_names(),
        "person name opened by a description (Tennisspielerin Maria …)": lambda e: (
            e["type"] == "person" and len(e["name"].split()) > 2 and e["name"].split()[1] in first_names()
        ),
        "name in -s beside an entity named without it": lambda e: (
            e["name"].endswith("s") and e["name"][:-1] in names
        ),
    }
    counts = {"entities": len(entities)}
    counts.update({label: sum(1 for e in entities if test(e)) for label, test in tests.items()})
    return counts


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    before, after = (kinds(json.loads(Path(p).read_text(encoding="utf-8"))["entities"]) for p in argv)
    print(f"{'before':>7} {'after':>7}  kind")
    for label in before:
        print(f"{before[label]:7} {after[label]:7}  {label}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
