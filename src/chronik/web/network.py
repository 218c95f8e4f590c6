"""The actor network: who met, gave to, visited… whom, as nodes and weighted edges with a layout."""

from __future__ import annotations

import math
import random
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from chronik.store.queries import RELATIONS


@dataclass
class Edge:
    source: str
    target: str
    type: str
    events: list[str] = field(default_factory=list)


@dataclass
class Network:
    nodes: dict[str, dict[str, Any]]  # id -> {"name", "type", "degree", "x", "y"}
    edges: list[Edge]


def build_network(events: Iterable[dict[str, Any]], max_nodes: int = 60) -> Network:
    """Edges between the entities of each event (directed where the event type is), the busiest
    `max_nodes` actors kept."""
    pairs: dict[tuple[str, str, str], Edge] = {}
    names: dict[str, str] = {}
    for ev in events:
        if ev["type"] not in _DIRECTION:
            continue
        etype = ev["type"]
        mine, theirs = _DIRECTION[etype]
        for a in ev["roles"].get(mine, []):
            for b in ev["roles"].get(theirs, []):
                if not a["entity"] or not b["entity"] or a["entity"] == b["entity"]:
                    continue
                src, dst = (a["entity"], b["entity"])
                if mine == theirs:
                    src, dst = sorted((src, dst))
                names[a["entity"]] = a["name"]
                names[b["entity"]] = b["name"]
                edge = pairs.setdefault((src, dst, etype), Edge(src, dst, etype))
                if ev["id"] not in edge.events:
                    edge.events.append(ev["id"])
    degree: Counter[str] = Counter()
    for e in pairs.values():
        degree[e.source] += len(e.events)
        degree[e.target] += len(e.events)
    kept = {n for n, _ in degree.most_common(max_nodes)}
    edges = [e for e in pairs.values() if e.source in kept and e.target in kept]
    nodes = {n: {"name": names[n], "degree": degree[n]} for n in sorted(kept)}
    _layout(nodes, edges)
    return Network(nodes, edges)


_DIRECTION: dict[str, tuple[str, str]] = {}
for _type, _mine, _theirs, _label in RELATIONS:  # the first relation of a type gives its direction
    _DIRECTION.setdefault(_type, (_mine, _theirs))


def _layout(
    nodes: dict[str, dict[str, Any]], edges: list[Edge], size: float = 1.0, rounds: int = 120
) -> None:
    """Fruchterman–Reingold force layout into the unit square, seeded so a page looks the same twice."""
    rng = random.Random(7)
    ids = list(nodes)
    pos = {n: [rng.random(), rng.random()] for n in ids}
    if not ids:
        return
    k = size * math.sqrt(1.0 / len(ids))
    temperature = 0.1
    for _ in range(rounds):
        shift = {n: [0.0, 0.0] for n in ids}
        for i, a in enumerate(ids):
            for b in ids[i + 1 :]:
                dx, dy = pos[a][0] - pos[b][0], pos[a][1] - pos[b][1]
                dist = max(math.hypot(dx, dy), 1e-3)
                force = k * k / dist
                shift[a][0] += dx / dist * force
                shift[a][1] += dy / dist * force
                shift[b][0] -= dx / dist * force
                shift[b][1] -= dy / dist * force
        for e in edges:
            dx, dy = pos[e.source][0] - pos[e.target][0], pos[e.source][1] - pos[e.target][1]
            dist = max(math.hypot(dx, dy), 1e-3)
            force = dist * dist / k
            for n, sign in ((e.source, -1), (e.target, 1)):
                shift[n][0] += sign * dx / dist * force
                shift[n][1] += sign * dy / dist * force
        for n in ids:
            dx, dy = shift[n]
            dist = max(math.hypot(dx, dy), 1e-9)
            step = min(dist, temperature)
            pos[n][0] = min(max(pos[n][0] + dx / dist * step, 0.0), 1.0)
            pos[n][1] = min(max(pos[n][1] + dy / dist * step, 0.0), 1.0)
        temperature *= 0.97
    xs = [p[0] for p in pos.values()]
    ys = [p[1] for p in pos.values()]
    span_x, span_y = (max(xs) - min(xs)) or 1.0, (max(ys) - min(ys)) or 1.0
    for n in ids:
        nodes[n]["x"] = (pos[n][0] - min(xs)) / span_x
        nodes[n]["y"] = (pos[n][1] - min(ys)) / span_y
