"""Word-cluster features for the statistical components (`chronik.ClusterHashEmbed.v1`).

Brown clusters over a large German corpus (shipped by spacy-lookups-data, MIT) group words that occur
in similar contexts: "Berlin" with "Hamburg", "Merkel" with "Scholz". Names never seen in the small
GermEval training set still share a cluster with names that were, which is what a model without
pretrained vectors lacks most. The pruned table ships with the model as `clusters-de.tsv.gz`
(`training/make_clusters.py` builds it); the embedding concatenates spaCy's MultiHashEmbed with
hash embeddings of cluster-path prefixes and mixes them with a Maxout layer.
"""

from __future__ import annotations

import gzip
from collections.abc import Callable
from functools import cache
from pathlib import Path

import numpy
from spacy.ml.models.tok2vec import MultiHashEmbed
from spacy.tokens import Doc
from spacy.util import registry
from thinc.api import HashEmbed, Maxout, Model, chain, concatenate, list2ragged, ragged2list, with_array
from thinc.types import Floats2d, Ints2d

CLUSTER_TABLE = Path(__file__).resolve().parent / "models" / "clusters-de.tsv.gz"
# Prefix lengths of the cluster's bit path: coarse classes first, the full path last.
PREFIXES = (4, 6, 10, 0)


def cluster_table(path: str = str(CLUSTER_TABLE)) -> dict[str, int]:
    """word → Brown cluster id (read each time: only `cluster_id_rows`, which is kept, needs it)."""
    table: dict[str, int] = {}
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            word, _, cluster = line.rstrip("\n").partition("\t")
            table[word] = int(cluster)
    return table


def cluster_ids(word: str, table: dict[str, int]) -> list[int]:
    """One id per prefix length; unknown words look up their lower-case form, then get 0s."""
    cluster = table.get(word) or table.get(word.lower()) or 0
    if not cluster:
        return [0] * len(PREFIXES)
    bits = format(cluster, "b")
    # The prefix length joins the id so that "1" (4 bits) and "1" (6 bits) hash apart.
    return [int("1" + (bits[:n] if n else bits), 2) * 32 + (n or 31) for n in PREFIXES]


@cache
def cluster_id_rows(path: str = str(CLUSTER_TABLE)) -> dict[str, tuple[int, ...]]:
    """word → `cluster_ids` of its cluster, computed once per table (the per-token work is a lookup)."""
    table = cluster_table(path)
    # One tuple per cluster, not one per word (memory), worked out once per cluster (a word's ids
    # depend on its cluster only: 743 clusters against 203,419 words, 0.70 -> 0.02 s per process).
    shared: dict[int, tuple[int, ...]] = {}
    rows: dict[str, tuple[int, ...]] = {}
    for word, cluster in table.items():
        if cluster:
            ids = shared.get(cluster)
            if ids is None:
                ids = shared[cluster] = tuple(cluster_ids(word, table))
            rows[word] = ids
    return rows


def doc_cluster_ids(words: list[str], rows: dict[str, tuple[int, ...]]) -> numpy.ndarray:
    """(len(words), len(PREFIXES)) ids; same values as `cluster_ids` word by word."""
    unknown = (0,) * len(PREFIXES)
    ids = [rows.get(word) or rows.get(word.lower()) or unknown for word in words]
    return numpy.asarray(ids, dtype="uint64").reshape(len(words), len(PREFIXES))


def cluster_features(table_path: str) -> Model[list[Doc], list[Ints2d]]:
    def forward(model: Model, docs: list[Doc], is_train: bool) -> tuple[list[Ints2d], Callable]:
        rows = cluster_id_rows(table_path)
        feats = [
            model.ops.asarray2i(
                doc_cluster_ids([t.text for t in doc], rows),  # type: ignore[arg-type]
                dtype="uint64",
            )
            for doc in docs
        ]
        return feats, lambda d_feats: []

    return Model("cluster_features", forward)


@registry.architectures("chronik.ClusterHashEmbed.v1")
def cluster_hash_embed(
    width: int,
    attrs: list[str],
    rows: list[int],
    cluster_width: int,
    cluster_rows: int,
    table: str = "",
) -> Model[list[Doc], list[Floats2d]]:
    """MultiHashEmbed over `attrs` plus cluster-prefix embeddings, mixed back to `width`."""
    table_path = table or str(CLUSTER_TABLE)
    words = MultiHashEmbed(width=width, attrs=attrs, rows=rows, include_static_vectors=False)
    clusters: Model = chain(
        cluster_features(table_path),
        list2ragged(),
        with_array(
            concatenate(
                *[
                    HashEmbed(nO=cluster_width, nV=cluster_rows, column=i, seed=101 + i)
                    for i in range(len(PREFIXES))
                ]
            )
        ),
        ragged2list(),
    )
    mixed_width = width + cluster_width * len(PREFIXES)
    return chain(
        concatenate(words, clusters),
        with_array(Maxout(nO=width, nI=mixed_width, nP=3, dropout=0.0, normalize=True)),
    )
