"""Word-cluster ids read per cluster give every word the ids `cluster_ids` gives it alone."""

from __future__ import annotations

import gzip
from pathlib import Path

from chronik.nlp.features import PREFIXES, cluster_id_rows, cluster_ids, cluster_table, doc_cluster_ids


def test_cluster_rows_hold_each_words_own_ids_one_tuple_per_cluster(tmp_path: Path) -> None:
    path = tmp_path / "clusters.tsv.gz"
    lines = ["Velmora\t5", "Tarnhof\t5", "laufen\t13", "Brisk\t1022", "leer\t0"]
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    table = cluster_table(str(path))
    rows = cluster_id_rows(str(path))
    assert rows == {w: tuple(cluster_ids(w, table)) for w, c in table.items() if c}
    assert "leer" not in rows
    assert rows["Velmora"] is rows["Tarnhof"]  # shared by the words of one cluster
    ids = doc_cluster_ids(["Velmora", "LAUFEN", "unbekannt"], rows)
    assert ids.shape == (3, len(PREFIXES))
    assert ids[2].tolist() == [0] * len(PREFIXES)
