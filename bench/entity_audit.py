"""Entity audit: a fixed sample of 100 entities of a build, judged by hand (issue 10, acceptance item).

    python bench/entity_audit.py --sample EXPORT.json [--output FILE] [--force] [--build LABEL]
    python bench/entity_audit.py [bench/entity_audit.json]

Sample rule (fixed before looking at any entity): every entity of the export gets the key
`sha1(type + "\\t" + fold(name))` in hex, `fold` being the name comparison form of
`chronik.extract.entities` (lower case, NFC, hyphens and runs of space as one space); entities are
sorted by that key (ties: by entity id) and the first 100 are the sample. Each sampled entity is
written with type, name, aliases, mention count, document count, up to 3 mention contexts (±60
characters of the raw text around the mention; the first mention of each of the first three
documents it occurs in, then further mentions in text order) and the other entities of the same
export that might name the same actor (`split_candidates`: same last word, one name inside the
other, an acronym and its long form, the same name under another type). The candidates only help
the judge; whether an entity is a split piece is the judge's verdict.

A judge fills, per entity: `verdict` (`ok`; `junk`: not a named actor, place or organisation at
all — a common noun, a substance, a number, a fragment; `mistyped`: a real name whose type is wrong
among person, organisation, country, location, other, with `correct_type`), `kind` (a short name
of the error kind; empty when ok), `reason`, `split` (true when the entity is one piece of an actor
that the same build splits into several entities) with `split_kind`, `split_scope` (`same article`
or `across articles`) and `split_with` (names of the other pieces), and `notes` (other faults seen in
the contexts shown, such as a wrong pronoun or a wrong merge; not counted systematically).

Rounds: `--sample --force` over a judged file moves that file's sample, verdicts and export figures
into its `previous_rounds` list (numbered, with the `build` label given when it was drawn) and
draws the new sample; each new record gets `earlier_verdict`, the latest verdict an earlier round
gave to the same type and name. It is a hint for the judge, who checks the contexts and sets the
new `verdict` fields; the new round starts unjudged.

The default mode recomputes the figures from the judged file, earlier rounds first, each on a line
of its own. Its last line, the current round's figures, is machine-readable:
`sample=… junk=… junk_rate=… mistyped=… mistyped_rate=… split_actors=…` (split_actors: sampled
entities judged to be one piece of a split actor).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from chronik.extract.entities import fold

ROOT = Path(__file__).resolve().parents[1]
JUDGED = ROOT / "bench" / "entity_audit.json"
SAMPLE_SIZE = 100
CONTEXT_CHARS = 60
MAX_CONTEXTS = 3
MAX_CANDIDATES = 12
TYPES = ("person", "organisation", "country", "location", "other")
VERDICTS = ("ok", "junk", "mistyped")
SPLIT_SCOPES = ("same article", "across articles")
RULE = (
    "sort all entities of the export by sha1(type + TAB + fold(name)) in hex (ties: entity id), "
    "take the first 100"
)
# Words that an acronym of a long form leaves out (`Bund für Umwelt und Naturschutz` → BUND keeps
# them, `Freie Demokratische Partei` → FDP has none): both readings are tried.
FUNCTION_WORDS = frozenset(
    {"der", "die", "das", "des", "dem", "den", "für", "und", "von", "vom", "zur", "zum", "in", "im", "am"}
    | {"an", "auf", "bei", "of", "the", "and", "for"}
)


def sample_key(entity: dict[str, Any]) -> tuple[str, str]:
    text = f"{entity['type']}\t{fold(entity['name'])}"
    return hashlib.sha1(text.encode("utf-8")).hexdigest(), str(entity["id"])


def draw_sample(entities: Sequence[dict[str, Any]], size: int = SAMPLE_SIZE) -> list[dict[str, Any]]:
    """The fixed sample: the first `size` entities in sha1 order of type and folded name."""
    return sorted(entities, key=sample_key)[:size]


def context(raw: str, start: int, end: int, width: int = CONTEXT_CHARS) -> str:
    """The mention in brackets with `width` characters either side, line breaks shown as spaces."""
    left = raw[max(0, start - width) : start]
    right = raw[end : end + width]
    return re.sub(r"\s+", " ", f"{left}[[{raw[start:end]}]]{right}")


def pick_mentions(mentions: Sequence[dict[str, Any]], limit: int = MAX_CONTEXTS) -> list[dict[str, Any]]:
    """First mention of each of the first documents, then further mentions in text order."""
    ordered = sorted(mentions, key=lambda m: (str(m["document"]), int(m["start"])))
    firsts: list[dict[str, Any]] = []
    seen: set[str] = set()
    for m in ordered:
        if m["document"] not in seen:
            seen.add(m["document"])
            firsts.append(m)
    rest = [m for m in ordered if m not in firsts]
    return (firsts + rest)[:limit]


def initials(name: str, skip_function_words: bool) -> str:
    words = [w for w in re.split(r"[\s\-‐‑/]+", name) if w]
    if skip_function_words:
        words = [w for w in words if w.lower() not in FUNCTION_WORDS]
    return "".join(w[0] for w in words if w[0].isalpha()).lower()


def looks_like_acronym(name: str) -> bool:
    return " " not in name.strip() and 2 <= len(name) <= 7 and sum(c.isupper() for c in name) >= 2


def related(a: dict[str, Any], b: dict[str, Any]) -> str | None:
    """Why entity b might name the same actor as entity a (None when nothing suggests it)."""
    fa, fb = fold(a["name"]), fold(b["name"])
    if fa == fb:
        return "same name" if a["type"] == b["type"] else "same name, other type"
    wa, wb = fa.split(), fb.split()
    if wa and wb and wa[-1] == wb[-1] and len(wa[-1]) > 2:
        return "same last word"
    if len(fa) > 3 and re.search(rf"\b{re.escape(fa)}\b", fb):
        return "name inside the other"
    if len(fb) > 3 and re.search(rf"\b{re.escape(fb)}\b", fa):
        return "other inside the name"
    for short, long_ in ((a["name"], b["name"]), (b["name"], a["name"])):
        long_forms = {initials(long_, True), initials(long_, False)}
        if looks_like_acronym(short) and len(long_.split()) >= 2 and short.lower() in long_forms:
            return "acronym and long form"
    aliases_a = {fold(x) for x in a.get("aliases", [])} | {fa}
    aliases_b = {fold(x) for x in b.get("aliases", [])} | {fb}
    if aliases_a & aliases_b:
        return "shared alias"
    return None


def split_candidates(entity: dict[str, Any], others: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    found = []
    for other in others:
        if other["id"] == entity["id"]:
            continue
        why = related(entity, other)
        if why:
            found.append(
                {
                    "id": other["id"],
                    "type": other["type"],
                    "name": other["name"],
                    "mentions": len(other["mentions"]),
                    "why": why,
                }
            )
    found.sort(key=lambda c: (-c["mentions"], c["name"]))
    return found[:MAX_CANDIDATES]


def sample_record(
    entity: dict[str, Any], raw: dict[str, str], others: list[dict[str, Any]]
) -> dict[str, Any]:
    mentions = entity["mentions"]
    return {
        "id": entity["id"],
        "sample_key": sample_key(entity)[0],
        "type": entity["type"],
        "name": entity["name"],
        "aliases": entity["aliases"],
        "mentions": len(mentions),
        "documents": len({m["document"] for m in mentions}),
        "contexts": [
            {"document": m["document"], "text": context(raw[m["document"]], m["start"], m["end"])}
            for m in pick_mentions(mentions)
        ],
        "split_candidates": split_candidates(entity, others),
        "verdict": None,
        "correct_type": None,
        "kind": "",
        "reason": "",
        "split": None,
        "split_kind": "",
        "split_scope": "",
        "split_with": [],
        "notes": [],
    }


def export_indicators(entities: Sequence[dict[str, Any]]) -> dict[str, int]:
    """Export-wide counts that hint at splits and cut names; unjudged, they mix right and wrong cases."""
    types: dict[str, set[str]] = defaultdict(set)
    keys: Counter[tuple[str, str]] = Counter()
    for e in entities:
        types[fold(e["name"])].add(e["type"])
        keys[(e["type"], fold(e["name"]))] += 1
    cut = 0
    for e in entities:
        names = [m["text"] for m in e["mentions"] if m["kind"] == "name"]
        cut += bool(names) and all(t == e["name"] + "s" for t in names)
    return {
        "folded_names": len(types),
        "names_under_several_types": sum(len(v) > 1 for v in types.values()),
        "keys_with_several_entities": sum(c > 1 for c in keys.values()),
        "entities_sharing_a_key": sum(c for c in keys.values() if c > 1),
        "named_one_s_short_of_every_name_mention": cut,
        "entities_with_one_mention": sum(len(e["mentions"]) == 1 for e in entities),
    }


def previous_rounds(judged: dict[str, Any]) -> list[dict[str, Any]]:
    """The rounds a judged file holds: its earlier rounds, then its current one (when judged)."""
    rounds = list(judged.get("previous_rounds", []))
    if any(e.get("verdict") for e in judged.get("entities", [])):
        current = {k: v for k, v in judged.items() if k != "previous_rounds"}
        rounds.append({"round": len(rounds) + 1, **current})
    return rounds


def earlier_verdict(record: dict[str, Any], rounds: Sequence[dict[str, Any]]) -> dict[str, Any] | None:
    """The latest verdict given to the same type and name in an earlier round, for the judge to check."""
    for past in reversed(rounds):
        for e in past.get("entities", []):
            if e["type"] == record["type"] and e["name"] == record["name"] and e.get("verdict"):
                fields = ("verdict", "correct_type", "kind", "reason", "split", "split_kind")
                return {"round": past.get("round"), **{f: e.get(f) for f in fields}}
    return None


def write_sample(export_path: Path, output: Path, force: bool, build: str = "") -> int:
    rounds: list[dict[str, Any]] = []
    if output.exists():
        judged = json.loads(output.read_text(encoding="utf-8"))
        if any(e.get("verdict") for e in judged.get("entities", [])) and not force:
            print(f"{output} holds verdicts; pass --force to draw the sample again", file=sys.stderr)
            return 2
        rounds = previous_rounds(judged)
    export = json.loads(export_path.read_text(encoding="utf-8"))
    raw = {d["id"]: d["raw"] for d in export["documents"]}
    entities = export["entities"]
    sample = draw_sample(entities)
    records = [sample_record(e, raw, entities) for e in sample]
    for record in records:
        record["earlier_verdict"] = earlier_verdict(record, rounds)
    payload = {
        "rule": RULE,
        "build": build,
        "export": {
            "documents": len(export["documents"]),
            "entities": len(entities),
            "types": dict(Counter(e["type"] for e in entities)),
            **export_indicators(entities),
        },
        "entities": records,
        "previous_rounds": rounds,
    }
    output.write_text(json.dumps(payload, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"export: {payload['export']}")
    print(f"wrote {len(records)} of {len(entities)} entities to {output}")
    return 0


def check_judgement(record: dict[str, Any]) -> None:
    """A judged record must be complete and consistent; anything else is an error, not a zero."""
    where = f"entity {record.get('id')} ({record.get('name')!r})"
    if record.get("verdict") not in VERDICTS:
        raise ValueError(f"{where}: verdict {record.get('verdict')!r} is not one of {VERDICTS}")
    if record["verdict"] == "mistyped" and record.get("correct_type") not in TYPES:
        raise ValueError(f"{where}: mistyped needs correct_type among {TYPES}")
    if record["verdict"] == "mistyped" and record.get("correct_type") == record.get("type"):
        raise ValueError(f"{where}: correct_type equals the given type")
    if record["verdict"] != "ok" and not record.get("kind"):
        raise ValueError(f"{where}: an error needs a kind")
    if not record.get("reason"):
        raise ValueError(f"{where}: no reason given")
    if not isinstance(record.get("split"), bool):
        raise ValueError(f"{where}: split must be true or false")
    if record["split"] and not record.get("split_with"):
        raise ValueError(f"{where}: a split piece needs split_with")
    if record["split"] and not record.get("split_kind"):
        raise ValueError(f"{where}: a split piece needs split_kind")
    if record["split"] and record.get("split_scope") not in SPLIT_SCOPES:
        raise ValueError(f"{where}: split_scope must be one of {SPLIT_SCOPES}")


def figures(records: Sequence[dict[str, Any]]) -> dict[str, Any]:
    for r in records:
        check_judgement(r)
    n = len(records)
    verdicts = Counter(r["verdict"] for r in records)
    return {
        "sample": n,
        "junk": verdicts["junk"],
        "junk_rate": verdicts["junk"] / n if n else 0.0,
        "mistyped": verdicts["mistyped"],
        "mistyped_rate": verdicts["mistyped"] / n if n else 0.0,
        "split_actors": sum(1 for r in records if r["split"]),
    }


def report(path: Path) -> int:
    judged = json.loads(path.read_text(encoding="utf-8"))
    records = judged["entities"]
    try:
        result = figures(records)
        for past in judged.get("previous_rounds", []):
            figures(past["entities"])
    except ValueError as err:
        print(f"{path}: {err}", file=sys.stderr)
        return 2
    by_kind: dict[tuple[str, str], list[str]] = defaultdict(list)
    for r in records:
        if r["verdict"] != "ok":
            by_kind[(r["verdict"], r["kind"])].append(f"{r['name']} ({r['type']})")
    for (verdict, kind), names in sorted(by_kind.items(), key=lambda kv: (kv[0][0], -len(kv[1]), kv[0][1])):
        print(f"{verdict} / {kind}: {len(names)} — {'; '.join(names)}")
    types = Counter(r["type"] for r in records)
    print(f"sample types: {dict(types)}; rule: {judged.get('rule', RULE)}")
    for verdict in ("junk", "mistyped"):
        given = Counter(r["type"] for r in records if r["verdict"] == verdict)
        print(f"{verdict} by the type the build gave: {dict(given.most_common())}")
    mentions = sum(r["mentions"] for r in records)
    for verdict in ("junk", "mistyped"):
        share = sum(r["mentions"] for r in records if r["verdict"] == verdict)
        rate = share / mentions if mentions else 0.0
        print(f"{verdict} weighted by mentions: {share}/{mentions} = {rate:.2f}")
    splits = Counter((r["split_kind"], r["split_scope"]) for r in records if r["split"])
    for (kind, scope), n in splits.most_common():
        print(f"split / {kind} ({scope}): {n}")
    notes = Counter(note for r in records for note in r.get("notes", []))
    for note, n in notes.most_common():
        print(f"noted / {note}: {n}")
    reused = sum(1 for r in records if (r.get("earlier_verdict") or {}).get("verdict") == r["verdict"])
    print(f"verdicts equal to an earlier round's for the same type and name: {reused}")
    for past in judged.get("previous_rounds", []):
        label = f"round {past.get('round')} ({past.get('build', 'build not recorded')})"
        print(f"{label}: {figure_line(figures(past['entities']))}")
    print(figure_line(result))
    return 0


def figure_line(result: dict[str, Any]) -> str:
    return (
        f"sample={result['sample']} junk={result['junk']} junk_rate={result['junk_rate']:.2f} "
        f"mistyped={result['mistyped']} mistyped_rate={result['mistyped_rate']:.2f} "
        f"split_actors={result['split_actors']}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("judged", nargs="?", type=Path, default=JUDGED, help="the judged sample file")
    parser.add_argument("--sample", type=Path, metavar="EXPORT", help="draw the sample from this JSON export")
    parser.add_argument("--output", type=Path, default=JUDGED, help="where --sample writes")
    parser.add_argument(
        "--force",
        action="store_true",
        help="let --sample draw over a judged file (its verdicts move to previous_rounds)",
    )
    parser.add_argument("--build", default="", help="with --sample: a label of the build (commit) to record")
    args = parser.parse_args()
    if args.sample:
        return write_sample(args.sample, args.output, args.force, args.build)
    return report(args.judged)


if __name__ == "__main__":
    sys.exit(main())
