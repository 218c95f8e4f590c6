"""An audit of events on a second outlet (issue 10): 640 German Wikinews articles nobody annotated.

The articles: the documents of `../shared/corpora/wikinews-quotes/train.jsonl.gz` that are not
documents of `../shared/eval/wikinews-events.gold.json` (the 60 development articles), each written
as `wn-NNNN.json` ({title, published, text}) exactly as `../shared/eval/materialize_wikinews.py`
writes the development set. They are in no gold file and may be read; rules and tests still name
none of their entities or phrases.

Precision: every event of the six judged types (meeting, visit, agreement, gift, invitation,
transfer) that the build reports on the 640 articles is judged against its article and
`../shared/eval/ANNOTATION.md` (`reported` in the judged file: right, or wrong with a kind).

Recall, by a rule fixed before any article was read: the 25 articles whose file stem (`wn-NNNN`)
has the smallest SHA-1 hex digest. Each was read in full and every event of the six types listed
(`articles` in the judged file) before the build's events were compared with the list.

Build and judge (commands of the judged round in the judged file's `build.commands`):

    python bench/wikinews_audit.py --write /tmp/wq/train     # the 640 articles
    chronik build /tmp/wq/train --db /tmp/wq/wq.db
    chronik export --db /tmp/wq/wq.db --format json --output /tmp/wq/wq.json
    python bench/wikinews_audit.py [--export /tmp/wq/wq.json]   # figures, last line

With `--export`, the judged file must judge exactly the export's events of the six types (same ids).
The script checks that the judged file lists exactly the articles the rule chooses, that every
listed event's evidence is the article's text at its offsets (offsets of the `text` field) and that
every reported event's evidence is in its article (its offsets are those of the build's cleaned
document text, as exported). Last line:
`articles=… listed=… found=… recall=… reported=… right=… precision=… modality=…` (modality: the
share of right events whose modality is right). Without `../shared` it prints a message and exits 0.
"""

from __future__ import annotations

import argparse
import collections
import gzip
import hashlib
import json
import re
import sys
from pathlib import Path

from shared_paths import SHARED  # bench/, beside this script

ROOT = Path(__file__).resolve().parents[1]
CORPUS = SHARED / "corpora" / "wikinews-quotes" / "train.jsonl.gz"
DEV_GOLD = SHARED / "eval" / "wikinews-events.gold.json"
JUDGED = Path(__file__).resolve().parent / "wikinews_audit.json"
JUDGED_TYPES = frozenset({"meeting", "visit", "agreement", "gift", "invitation", "transfer"})
SAMPLE_SIZE = 25
NAME = re.compile(r"^\s*(\d+)\s+-\s+(.*?)\s*\((\d{4}-\d{2}-\d{2})\)\s*$")  # as materialize_wikinews.py


def articles(corpus: Path, dev_gold: Path) -> dict[str, dict[str, str]]:
    """The train articles outside the development set, by file stem: {title, published, text}."""
    dev = set(json.loads(dev_gold.read_text(encoding="utf-8"))["docs"])
    out: dict[str, dict[str, str]] = {}
    with gzip.open(corpus, "rt", encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            m = NAME.match(rec["documentName"])
            if m and f"wn-{m.group(1)}" not in dev:
                doc = {"title": m.group(2), "published": m.group(3), "text": rec["originalText"]}
                out[f"wn-{m.group(1)}"] = doc
    return out


def sample(stems: list[str], size: int = SAMPLE_SIZE) -> list[str]:
    """The rule: the stems with the smallest SHA-1 hex digests, in that order."""
    return sorted(stems, key=lambda s: hashlib.sha1(s.encode("utf-8")).hexdigest())[:size]


def write(out: Path, arts: dict[str, dict[str, str]]) -> int:
    out.mkdir(parents=True, exist_ok=True)
    for stem, doc in arts.items():
        (out / f"{stem}.json").write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    print(f"wrote {len(arts)} articles to {out}")
    return 0


def _squeeze(text: str) -> str:
    return " ".join(text.split())


def check(judged: dict, arts: dict[str, dict[str, str]]) -> None:
    """The judged file covers the rule's articles; its entries are well formed and agree."""
    chosen = sample(list(arts))
    if [a["doc"] for a in judged["articles"]] != chosen:
        raise SystemExit(f"the judged file does not list the articles the rule chooses: {chosen}")
    right = {e["event"]: e for e in judged["reported"] if e["verdict"] == "right"}
    for event in judged["reported"]:
        if event["type"] not in JUDGED_TYPES or event["verdict"] not in ("right", "wrong"):
            raise SystemExit(f"reported event {event.get('event')} malformed")
        if event["verdict"] == "wrong" and not event.get("kind"):
            raise SystemExit(f"reported event {event['event']}: wrong without a kind")
        if not set(event["docs"]) <= set(arts):
            raise SystemExit(f"reported event {event['event']}: a document outside the 640 articles")
        for ev in event["evidence"]:  # offsets of the build's cleaned text: whitespace may differ
            if _squeeze(ev["text"]) not in _squeeze(arts[ev["doc"]]["text"]):
                raise SystemExit(f"reported event {event['event']}: evidence not in its article")
    ids = set()
    for article in judged["articles"]:
        text = arts[article["doc"]]["text"]
        for event in article["listed"]:
            ids.add(event["id"])
            span = event["evidence"]
            if event["type"] not in JUDGED_TYPES or not isinstance(event.get("borderline"), bool):
                raise SystemExit(f"listed event {event.get('id')} malformed")
            if text[span["start"]:span["end"]] != span["text"]:
                raise SystemExit(f"listed event {event['id']}: evidence not at its offsets")
            found = event.get("found_by")
            if found is None and not event.get("missed_kind"):
                raise SystemExit(f"listed event {event['id']}: missed without a kind")
            if found is not None and (found not in right or article["doc"] not in right[found]["docs"]):
                raise SystemExit(f"listed event {event['id']}: found by no right event of its article")
    # A right event in a sampled article must be one the reader listed (else the list missed it).
    for event in right.values():
        if set(event["docs"]) & set(chosen) and event.get("matches") not in ids:
            raise SystemExit(f"reported event {event['event']}: right in a sampled article but not listed")


def check_export(judged: dict, export: Path) -> None:
    data = json.loads(export.read_text(encoding="utf-8"))
    built = {e["id"] for e in data["events"] if e["type"] in JUDGED_TYPES}
    have = {e["event"] for e in judged["reported"]}
    if built != have:
        new, gone = len(built - have), len(have - built)
        raise SystemExit(f"the export has {new} events not judged, {gone} judged ones gone")


def figures(judged: dict, with_borderline: bool = True) -> dict[str, float | int]:
    listed = [e for a in judged["articles"] for e in a["listed"] if with_borderline or not e["borderline"]]
    found = sum(e.get("found_by") is not None for e in listed)
    reported = judged["reported"]
    right = [e for e in reported if e["verdict"] == "right"]
    return {
        "articles": len(judged["articles"]),
        "listed": len(listed),
        "found": found,
        "recall": found / len(listed) if listed else 0.0,
        "reported": len(reported),
        "right": len(right),
        "precision": len(right) / len(reported) if reported else 0.0,
        "modality": sum(e["modality_right"] for e in right) / len(right) if right else 0.0,
    }


def line(r: dict[str, float | int]) -> str:
    return (
        f"articles={r['articles']} listed={r['listed']} found={r['found']} recall={r['recall']:.2f} "
        f"reported={r['reported']} right={r['right']} precision={r['precision']:.2f} "
        f"modality={r['modality']:.2f}"
    )


def report(judged: dict) -> int:
    reported = judged["reported"]
    for kind, count in sorted(collections.Counter(e["type"] for e in reported).items()):
        right = sum(e["verdict"] == "right" for e in reported if e["type"] == kind)
        print(f"reported {kind:11} {right}/{count} right")
    wrong = collections.Counter(e["kind"] for e in reported if e["verdict"] == "wrong")
    for kind, count in wrong.most_common():
        print(f"wrong:  {kind} {count}")
    border = sum(e["borderline"] for e in reported if e["verdict"] == "right")
    print(f"right but borderline: {border}")
    missed = [e for a in judged["articles"] for e in a["listed"] if e.get("found_by") is None]
    for kind, count in collections.Counter(e["missed_kind"] for e in missed).most_common():
        print(f"missed: {kind} {count}")
    print("without borderline listed events:", line(figures(judged, with_borderline=False)))
    print(line(figures(judged)))
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--write", metavar="DIR", help="write the 640 articles into DIR as wn-NNNN.json and stop")
    ap.add_argument("--judged", default=str(JUDGED))
    ap.add_argument("--export", help="a build's export: the judged file must judge exactly its events")
    ap.add_argument("--corpus", default=str(CORPUS))
    ap.add_argument("--gold", default=str(DEV_GOLD), help="the gold file whose documents are left out")
    args = ap.parse_args()
    if not (Path(args.corpus).exists() and Path(args.gold).exists()):
        print(f"skipped: {args.corpus} or {args.gold} not present")
        return 0
    arts = articles(Path(args.corpus), Path(args.gold))
    if args.write:
        return write(Path(args.write), arts)
    judged = json.loads(Path(args.judged).read_text(encoding="utf-8"))
    check(judged, arts)
    if args.export:
        check_export(judged, Path(args.export))
    return report(judged)


if __name__ == "__main__":
    sys.exit(main())
