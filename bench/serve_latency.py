"""p50/p95 latency of `chronik serve`: GET /api/events with filters and the event page.

    python bench/serve_latency.py --db 10kgnad.db [--requests 300]

Builds the knowledge base from ../shared/corpora/10kgnad/articles.csv.gz first when --db does not
exist (about 90 s; the file is reused on the next run). Starts `chronik serve` as its own process on
a free port of 127.0.0.1 and asks one request at a time from here; the filters are drawn from the
base itself (busiest actors, countries, types, months, words of evidence). Goal: p95 < 50 ms.
"""

from __future__ import annotations

import argparse
import random
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpora" / "10kgnad" / "articles.csv.gz"
CHRONIK = [sys.executable, "-m", "chronik.cli.app"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def timed(client: httpx.Client, path: str, params: Any = None) -> float:
    started = time.perf_counter()
    response = client.get(path, params=params)
    elapsed = time.perf_counter() - started
    if response.status_code != 200:
        raise SystemExit(f"{path} {params}: HTTP {response.status_code} {response.text[:300]}")
    return elapsed * 1000


def filters(client: httpx.Client, rng: random.Random) -> list[list[tuple[str, str]]]:
    """Filter combinations an analyst would use, drawn from what the base holds."""
    stats = client.get("/api/stats").json()
    types = [t for t in stats["events_by_type"] if t != "statement"] or list(stats["events_by_type"])
    actors = [
        e["name"]
        for e in client.get("/api/entities", params={"type": "person", "limit": 20}).json()["entities"]
    ]
    countries = [
        e["name"]
        for e in client.get("/api/entities", params={"type": "country", "limit": 15}).json()["entities"]
    ]
    facets = client.get("/api/events", params={"facets": "true", "limit": 0}).json()["facets"]
    months = [m["value"] for m in facets["month"]] or ["2015-06"]
    sources = [s["value"] for s in facets["source"]]
    sample = client.get("/api/events", params={"limit": 200}).json()["events"]
    words = [w for ev in sample for w in ev["evidence"][0]["text"].split() if len(w) > 6 and w.isalpha()]
    combos: list[list[tuple[str, str]]] = []
    for _ in range(40):
        combos += [
            [("type", rng.choice(types))],
            [("type", rng.choice(types)), ("type", rng.choice(types))],
            [("actor", rng.choice(actors))],
            [("actor", rng.choice(countries)), ("type", rng.choice(types))],
            [("since", rng.choice(months)), ("until", rng.choice(months))],
            [("q", rng.choice(words))],
            [("source", rng.choice(sources))] if sources else [("modality", "planned")],
            [("modality", "planned"), ("type", rng.choice(types))],
        ]
    return combos


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--db", type=Path, required=True, help="knowledge base (built from 10kgnad if missing)"
    )
    parser.add_argument("--requests", type=int, default=300, help="requests per measurement")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    if not args.db.exists():
        print(f"building {args.db} from {CORPUS} …", flush=True)
        subprocess.run([*CHRONIK, "build", str(CORPUS), "--db", str(args.db)], check=True)
    port = free_port()
    server = subprocess.Popen(
        [*CHRONIK, "serve", "--db", str(args.db), "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        base = f"http://127.0.0.1:{port}"
        with httpx.Client(base_url=base, timeout=30) as client:
            for _ in range(200):
                try:
                    client.get("/api/stats")
                    break
                except httpx.TransportError:
                    time.sleep(0.1)
            rng = random.Random(args.seed)
            combos = filters(client, rng)
            events = client.get("/api/events", params={"limit": 500}).json()
            ids = [e["id"] for e in events["events"]]
            for params in combos[:20]:  # warm up the page cache and the connections of each thread
                timed(client, "/api/events", params)
            api = [timed(client, "/api/events", rng.choice(combos)) for _ in range(args.requests)]
            pages = [timed(client, f"/events/{rng.choice(ids)}") for _ in range(args.requests)]
            stats = client.get("/api/stats").json()
    finally:
        server.terminate()
        server.wait(10)
    print(
        f"knowledge base: {stats['documents']} documents, {stats['events']} events, "
        f"{stats['entities']} entities"
    )
    for name, values in (("GET /api/events (filters)", api), ("GET /events/{id} (page)", pages)):
        print(
            f"{name}: p50 {statistics.median(values):.1f} ms, p95 {percentile(values, 95):.1f} ms, "
            f"max {max(values):.1f} ms over {len(values)} requests"
        )
    print(
        f"p95 latency: /api/events with filters {percentile(api, 95):.1f} ms, "
        f"event page {percentile(pages, 95):.1f} ms (goal < 50 ms)"
    )


if __name__ == "__main__":
    main()
