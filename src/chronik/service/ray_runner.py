"""The Ray runner: the per-document stage on Ray Data, for a cluster (`chronik build --runner ray`).

Documents go to Ray in slices of `RAY_SLICE` (so the driver's memory stays bounded); each slice is
a Ray Dataset whose `map_batches` runs `Analyser`, a callable class that loads the pipeline once
per worker and calls the same `stage.analyse_documents` as the local runner. Outcomes come back in
order and the driver stores them and fuses, as with the local runner. Documents and outcomes
travel pickled. Ray is an optional extra: `pip install 'chronik[ray]'`.
"""

from __future__ import annotations

import pickle
from collections.abc import Iterable, Iterator
from itertools import chain
from typing import Any

from chronik.core.errors import ConfigError
from chronik.core.memory import settle_loaded
from chronik.core.models import Document
from chronik.core.settings import Settings
from chronik.service.runners import Runner
from chronik.service.stage import Outcome, analyse_documents

RAY_SLICE = 1024  # documents per Ray Dataset: the driver holds at most this many at once
RAY_BATCH = 16  # documents per map_batches call on a worker


class Analyser:
    """Ray Data's callable class: the pipeline loads in __init__, once per worker."""

    def __init__(self, settings: Settings) -> None:
        from chronik.nlp.pipeline import load_pipeline

        self.settings = settings
        self.nlp = load_pipeline(settings)
        settle_loaded()

    def __call__(self, batch: dict[str, Any]) -> dict[str, list[bytes]]:
        documents = [pickle.loads(bytes(payload)) for payload in batch["document"]]
        outcomes = analyse_documents(self.nlp, documents, self.settings)
        return {"outcome": [pickle.dumps(o) for o in outcomes]}


def ray_runner(address: str | None = None) -> Runner:
    """A runner on the Ray cluster at `address` (None: start a local one for this build)."""
    try:
        import ray
    except ModuleNotFoundError as err:
        raise ConfigError("the Ray runner needs Ray: pip install 'chronik[ray]'") from err

    def run(batches: Iterable[list[Document]], settings: Settings) -> Iterator[Outcome]:
        started_here = not ray.is_initialized()
        if started_here:
            options: dict[str, Any] = {"include_dashboard": False, "log_to_driver": False}
            if address is None:
                options["num_cpus"] = max(settings.nlp_processes, 1)
            ray.init(address=address, **options)
        try:
            context = ray.data.DataContext.get_current()
            context.execution_options.preserve_order = True  # outcomes in the order given
            context.enable_progress_bars = False
            documents = chain.from_iterable(batches)
            while slice_ := [d for _, d in zip(range(RAY_SLICE), documents, strict=False)]:
                dataset = ray.data.from_items([{"document": pickle.dumps(d)} for d in slice_])
                analysed = dataset.map_batches(
                    Analyser,
                    fn_constructor_kwargs={"settings": settings},
                    batch_size=RAY_BATCH,
                    concurrency=max(settings.nlp_processes, 1),
                    num_cpus=1,
                )
                for row in analysed.iter_rows():
                    yield pickle.loads(row["outcome"])
        finally:
            if started_here:
                ray.shutdown()

    return run
