"""A reader's audit of events on unseen 10kgnad articles (issue 10): the fixed sample and its figures.

The rule, fixed before any article was read: eligible are the rows of
`../shared/corpora/10kgnad/articles.csv.gz` labelled Inland, Panorama or Wirtschaft whose `row`
value is not a document of `../shared/eval/10kgnad-events.gold.json` (gold keys `kg-NNNN` name the
`row` column, as `materialize_10kgnad.py` maps them); they are ordered by the SHA-1 hex digest of the
`row` value written as a decimal integer (`str(int(row))`), and the first 25 are taken (sample 1).

Sample 2 (`--sample 2`), fixed before any of its articles was read, after sample 1 had been worked
on: the same eligible rows in the same order, positions 26-50 (the 25 after sample 1); its judged
list is `bench/reader_audit_sample2.json`.

Sample 3 (`--sample 3`), fixed before any of its articles was read, after samples 1 and 2 had been
worked on: the same eligible rows in the same order, positions 51-75 (the 25 after sample 2); its
judged list is `bench/reader_audit_sample3.json`. It was listed blind (no build looked at); until a
build is judged its `build` is null and every `reported` list empty, and only `listed=` is printed.

Sample 4 (`--sample 4`), fixed before any of its articles was read, after samples 1-3 had been
worked on: the same eligible rows in the same order, positions 76-100 (the 25 after sample 3); its
judged list is `bench/reader_audit_sample4.json`, listed blind as sample 3 was.

Sample 5 (`--sample 5`), fixed before any of its articles was read by its reader, after samples 1-4
and "other" had been judged: the same eligible rows in the same order, positions 101-125 (the 25 after
sample 4; part of the pool 101-375 that earlier rule writers used and session 13 barred from
reading); its judged list is `bench/reader_audit_sample5.json`, listed blind as samples 3 and 4 were.

Sample 6 (`--sample 6`), fixed before any of its articles was read by its reader, after samples 1-5
and "other" had been judged: the same eligible rows in the same order, positions 126-150 (the 25 after
sample 5; part of the pool 101-375, blind for the rule writers of session 14); its judged list is
`bench/reader_audit_sample6.json`, listed blind as samples 3-5 were.

Sample 7 (`--sample 7`), fixed before any of its articles was read by its reader, after sample 6 had
been listed and judged: the same eligible rows in the same order, positions 151-175 (the 25 after
sample 6; part of the pool 101-375, blind for the rule writers of session 14); its judged list is
`bench/reader_audit_sample7.json`, listed blind as samples 3-6 were.

Sample 8 (`--sample 8`), fixed before any of its articles was read by its reader, after sample 7 had
been listed and judged: the same eligible rows in the same order, positions 176-200 (the 25 after
sample 7; part of the pool 101-375, blind for the rule writers of sessions 14 and 15); its judged list
is `bench/reader_audit_sample8.json`, listed blind as samples 3-7 were.

Sample 9 (`--sample 9`), fixed before any of its articles was read by its reader, after sample 8 had
been listed and judged: the same eligible rows in the same order, positions 201-225 (the 25 after
sample 8; part of the pool 101-375, blind for the rule writers of sessions 14-16); its judged list
is `bench/reader_audit_sample9.json`, listed blind as samples 3-8 were.

Sample 10 (`--sample 10`), fixed before any of its articles was read by its reader, after sample 9 had
been listed and judged: the same eligible rows in the same order, positions 226-250 (the 25 after
sample 9; part of the pool 101-375, blind for the rule writers of sessions 14-17); its judged list
is `bench/reader_audit_sample10.json`, listed blind as samples 3-9 were.

Sample "other" (`--sample 101`), fixed before any of its articles was read, after samples 1-4 had
been judged and positions 101-375 of the order above used as a pool by rule writers: eligible are
the rows labelled Etat, Kultur, Web or Wissenschaft (`OTHER_LABELS`) not in the gold file, in the
same SHA-1 order; the first 25 are taken. Its judged list is `bench/reader_audit_other.json`.
Sample 100 + n would take positions 25(n-1)+1..25n of that order.

Run:
- `python bench/reader_audit.py [--sample N] --select DIR` writes the 25 articles as `DIR/kg-NNNN.txt`.
- `python bench/reader_audit.py [--sample N] [--judged FILE]` recomputes the figures from the
  judged list and prints as its last line
  `articles=… listed=… reported=… right=… precision=… recall=…`
  (for a sample whose build is not yet judged: `articles=… listed=… borderline=…`, after one line
  per listed type).

Precision is right / reported (reported = the build's events of the six judged types); recall is the
share of the reader's listed events that some reported event got right (its `matches`). A line before
the last gives the same figures without the events the reader marked `borderline`; earlier rounds
(`previous_rounds` in the judged file: the build commit, its figures, verdicts and missed kinds,
checked against each other) are printed before those two, oldest first; the current round is
labelled with the commit of its build (`build` in the judged file).
"""

from __future__ import annotations

import argparse
import collections
import csv
import gzip
import hashlib
import io
import json
import sys
from pathlib import Path

from shared_paths import SHARED  # bench/, beside this script

ROOT = Path(__file__).resolve().parents[1]
CORPUS = SHARED / "corpora" / "10kgnad" / "articles.csv.gz"
GOLD = SHARED / "eval" / "10kgnad-events.gold.json"
JUDGED = {
    1: Path(__file__).resolve().parent / "reader_audit.json",
    2: Path(__file__).resolve().parent / "reader_audit_sample2.json",
    3: Path(__file__).resolve().parent / "reader_audit_sample3.json",
    4: Path(__file__).resolve().parent / "reader_audit_sample4.json",
    5: Path(__file__).resolve().parent / "reader_audit_sample5.json",
    6: Path(__file__).resolve().parent / "reader_audit_sample6.json",
    7: Path(__file__).resolve().parent / "reader_audit_sample7.json",
    8: Path(__file__).resolve().parent / "reader_audit_sample8.json",
    9: Path(__file__).resolve().parent / "reader_audit_sample9.json",
    10: Path(__file__).resolve().parent / "reader_audit_sample10.json",
    101: Path(__file__).resolve().parent / "reader_audit_other.json",
}
LABELS = frozenset({"Inland", "Panorama", "Wirtschaft"})
# A blind round needs articles no rule writer has used, and LABELS' order has only 381 eligible rows
# (1-100 judged and fed back, 101-375 a pool). Samples numbered from OTHER on draw on the other news
# labels instead; Sport is left out because fixtures and results are no events of the judged types.
OTHER_LABELS = frozenset({"Etat", "Kultur", "Web", "Wissenschaft"})
OTHER = 101
SAMPLE_SIZE = 25
JUDGED_TYPES = frozenset({"meeting", "visit", "agreement", "gift", "invitation", "transfer"})


def doc_key(row: str) -> str:
    return f"kg-{int(row):04d}"


def labels_and_position(number: int) -> tuple[frozenset[str], int]:
    """The labels a sample draws on and its place in their order: 1-100 LABELS, from OTHER on OTHER_LABELS."""
    if number >= OTHER:
        return OTHER_LABELS, number - OTHER + 1
    return LABELS, number


def sample(corpus: Path, gold: Path, size: int = SAMPLE_SIZE, number: int = 1) -> list[dict[str, str]]:
    """The audited articles: eligible rows ordered by SHA-1 of their row value; sample `number`
    takes positions (number-1)*size+1 .. number*size of that order (sample 1: the first `size`);
    sample OTHER + k - 1 takes the k-th `size` of the order of OTHER_LABELS."""
    labels, number = labels_and_position(number)
    taken = set(json.loads(gold.read_text(encoding="utf-8"))["docs"])
    with io.TextIOWrapper(gzip.open(corpus), encoding="utf-8") as fh:
        rows = [
            row
            for row in csv.DictReader(fh, delimiter=";", quotechar="'")
            if row["label"] in labels and doc_key(row["row"]) not in taken
        ]
    rows.sort(key=lambda row: hashlib.sha1(str(int(row["row"])).encode("ascii")).hexdigest())
    start = (number - 1) * size
    if len(rows) < start + size:
        raise SystemExit(f"only {len(rows)} eligible articles, {start + size} wanted")
    return rows[start : start + size]


def select(out: Path, corpus: Path, gold: Path, number: int = 1) -> int:
    out.mkdir(parents=True, exist_ok=True)
    for row in sample(corpus, gold, number=number):
        (out / f"{doc_key(row['row'])}.txt").write_text(row["text"], encoding="utf-8")
        print(f"{doc_key(row['row'])} {row['label']}")
    return 0


def credited(article: dict) -> set[str]:
    """Ids of the listed events that a reported event got right."""
    return {event["matches"] for event in article["reported"] if event["verdict"] == "right"}


def check(judged: dict) -> None:
    """Every listed event and verdict well formed; a right event names the listed event it matches.
    A file whose build is not yet judged (`build` null) has no reported events and no missed kinds."""
    unjudged = judged["build"] is None
    for article in judged["articles"]:
        if unjudged and article["reported"]:
            raise SystemExit(f"{article['doc']}: reported events but no build")
        ids = set()
        for event in article["listed"]:
            if event["type"] not in JUDGED_TYPES or not isinstance(event.get("borderline"), bool):
                raise SystemExit(f"{article['doc']}: listed event {event.get('id')} malformed")
            ids.add(event["id"])
        for event in article["reported"]:
            if event["type"] not in JUDGED_TYPES or event["verdict"] not in ("right", "wrong"):
                raise SystemExit(f"{article['doc']}: reported event {event.get('event')} malformed")
            if event["verdict"] == "wrong" and not event.get("kind"):
                raise SystemExit(f"{article['doc']}: a wrong event without an error kind")
            if event["verdict"] == "right" and event.get("matches") not in ids:
                raise SystemExit(f"{article['doc']}: a right event matches no listed event")
        for event in article["listed"]:
            if unjudged:
                continue
            if event["id"] not in credited(article) and not event.get("missed_kind"):
                raise SystemExit(f"{article['doc']}: missed event {event['id']} without a kind")
    for earlier in judged.get("previous_rounds", []):
        verdicts = [event["verdict"] for event in earlier["reported"]]
        stored = earlier["figures"]
        if (stored["reported"], stored["right"]) != (len(verdicts), verdicts.count("right")):
            raise SystemExit(f"round {earlier['round']}: figures disagree with its judged events")
        if sum(earlier["missed_kinds"].values()) != stored["listed"] - stored["found"]:
            raise SystemExit(f"round {earlier['round']}: missed kinds do not add up")


def figures(judged: dict, with_borderline: bool = True) -> dict[str, float | int]:
    """Counts and ratios of a judged file (optionally leaving out the borderline listed events)."""
    listed = found = reported = right = 0
    for article in judged["articles"]:
        kept = [e for e in article["listed"] if with_borderline or not e["borderline"]]
        listed += len(kept)
        found += len(credited(article) & {e["id"] for e in kept})
        reported += len(article["reported"])
        right += sum(event["verdict"] == "right" for event in article["reported"])
    return {
        "articles": len(judged["articles"]),
        "listed": listed,
        "reported": reported,
        "right": right,
        "found": found,
        "precision": right / reported if reported else 0.0,
        "recall": found / listed if listed else 0.0,
    }


def line(result: dict[str, float | int]) -> str:
    return (
        f"articles={result['articles']} listed={result['listed']} reported={result['reported']} "
        f"right={result['right']} found={result['found']} precision={result['precision']:.2f} "
        f"recall={result['recall']:.2f}"
    )


def report(path: Path, corpus: Path, gold: Path, number: int = 1) -> int:
    judged = json.loads(path.read_text(encoding="utf-8"))
    check(judged)
    chosen = [doc_key(row["row"]) for row in sample(corpus, gold, number=number)]
    if [article["doc"] for article in judged["articles"]] != chosen:
        raise SystemExit(f"{path} does not judge the articles the rule chooses: {chosen}")
    articles = judged["articles"]
    if judged["build"] is None:
        return report_listed(articles)
    reported = [event for article in articles for event in article["reported"]]
    for kind, count in sorted(collections.Counter(e["type"] for e in reported).items()):
        right = sum(e["verdict"] == "right" for e in reported if e["type"] == kind)
        print(f"reported {kind:11} {right}/{count} right")
    wrong = collections.Counter(e["kind"] for e in reported if e["verdict"] == "wrong")
    for kind, count in wrong.most_common():
        print(f"wrong:  {kind} {count}")
    missed = [e for a in articles for e in a["listed"] if e["id"] not in credited(a)]
    for kind, count in collections.Counter(e["missed_kind"] for e in missed).most_common():
        print(f"missed: {kind} {count}")
    for earlier in judged.get("previous_rounds", []):
        print(f"round {earlier['round']} (build {earlier['commit'].split()[0]}): {line(earlier['figures'])}")
        strict = earlier["figures_without_borderline"]
        print(f"  without borderline listed events: found={strict['found']}/{strict['listed']}")
    print(f"round {judged['build']['round']} (build {judged['build']['commit'].split()[0]}):")
    print("without borderline listed events:", line(figures(judged, with_borderline=False)))
    print(line(figures(judged)))
    return 0


def report_listed(articles: list[dict]) -> int:
    """The figures of a sample listed but not yet judged against a build: listed events by type."""
    listed = [event for article in articles for event in article["listed"]]
    for kind, count in sorted(collections.Counter(e["type"] for e in listed).items()):
        border = sum(e["borderline"] for e in listed if e["type"] == kind)
        print(f"listed {kind:11} {count} ({border} borderline)")
    print("build: not yet judged")
    border = sum(e["borderline"] for e in listed)
    print(f"articles={len(articles)} listed={len(listed)} borderline={border}")
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--select", metavar="DIR", help="write the sampled articles into DIR and stop")
    ap.add_argument("--sample", type=int, choices=sorted(JUDGED), default=1,
                    help="1: the first 25 of the order (default); 2: positions 26-50; 3: positions 51-75; "
                    "4: positions 76-100; 5: positions 101-125; 6: positions 126-150; 7: positions 151-175; "
                    "8: positions 176-200; 9: positions 201-225; 10: positions 226-250; "
                    "101: the first 25 of the order of the other labels (Etat, Kultur, Web, Wissenschaft)")
    ap.add_argument("--judged", help="the judged list (JSON; default: the sample's file in bench/)")
    ap.add_argument("--corpus", default=str(CORPUS))
    ap.add_argument("--gold", default=str(GOLD), help="the gold file whose documents are excluded")
    args = ap.parse_args()
    if args.select:
        return select(Path(args.select), Path(args.corpus), Path(args.gold), args.sample)
    judged = Path(args.judged) if args.judged else JUDGED[args.sample]
    return report(judged, Path(args.corpus), Path(args.gold), args.sample)


if __name__ == "__main__":
    sys.exit(main())
