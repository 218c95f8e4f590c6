"""Prune spacy-lookups-data's German Brown clusters to the frequent words and save the table the
`chronik.ClusterHashEmbed.v1` features read: `src/chronik/nlp/models/clusters-de.tsv.gz`.

    python training/make_clusters.py [--min-logprob -16.0]
"""

from __future__ import annotations

import argparse
import gzip
import json
from pathlib import Path

import spacy_lookups_data

from chronik.nlp.features import CLUSTER_TABLE


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--min-logprob", type=float, default=-16.0)
    args = parser.parse_args()
    data = Path(spacy_lookups_data.__file__).parent / "data"
    with gzip.open(data / "de_lexeme_cluster.json.gz", "rt", encoding="utf-8") as f:
        clusters = json.load(f)
    with gzip.open(data / "de_lexeme_prob.json.gz", "rt", encoding="utf-8") as f:
        probs = json.load(f)
    kept = sorted(
        (w, c) for w, c in clusters.items() if c and probs.get(w, -99.0) >= args.min_logprob and "\t" not in w
    )
    CLUSTER_TABLE.parent.mkdir(parents=True, exist_ok=True)
    # mtime=0 keeps the file byte-identical between runs.
    with open(CLUSTER_TABLE, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as f:
        f.write("".join(f"{w}\t{c}\n" for w, c in kept).encode("utf-8"))
    print(f"{len(kept)} words → {CLUSTER_TABLE} ({CLUSTER_TABLE.stat().st_size // 1024} KiB)")


if __name__ == "__main__":
    main()
