"""One entity per real-world actor across articles.

Extraction gives every entity a key: the actor dictionary's id when it is a known actor, else its
type and folded name. Fusion merges keys that name the same actor with a spelling difference
(`Sergej Schoigu` / `Sergei Schoigu`: same surname, first names one edit apart) and gives every key
a stable global id. Namesakes with different full names (`Kim Jong Un`, `Kim Young-ho`) never merge,
and a lone surname that no dictionary entry explains stays inside its own article.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

from chronik.core.models import Entity, Event, RoleFiller
from chronik.core.strings import one_edit_apart


def same_name(a: str, b: str) -> bool:
    """Two folded multi-word names of one person: same surname, each other word at most one edit apart."""
    wa, wb = a.split(), b.split()
    if len(wa) < 2 or len(wa) != len(wb) or wa[-1] != wb[-1]:
        return False
    return all(one_edit_apart(x, y) and (len(x) > 3 or x == y) for x, y in zip(wa[:-1], wb[:-1], strict=True))


def same_place_name(a: str, b: str) -> bool:
    """Two transliterations of one place (`komsomolsk` / `kimsomolsk`): one long word, one edit apart."""
    return len(a) >= 7 and " " not in a and a[0] == b[:1] and one_edit_apart(a, b)


def canonical_keys(keys: Iterable[str]) -> dict[str, str]:
    """Map every key to the key of its actor (the most frequent spelling wins; ties: the first in
    sorted order, so the result does not depend on the order articles come in)."""
    counts: dict[str, int] = {}
    for key in keys:
        counts[key] = counts.get(key, 0) + 1
    ordered = sorted(counts, key=lambda k: (-counts[k], k))
    canon: dict[str, str] = {}
    # The keys that are their own actor, in the order they came, by what a match must share
    # (persons: surname and word count; places: first letter), so a key meets only likely matches.
    targets: dict[tuple[str, ...], list[str]] = {}
    for key in ordered:
        kind, _, name = key.partition(":")
        target = key
        bucket: tuple[str, ...] | None = None
        if not key.startswith("kb:") and kind in {"person", "location"}:
            words = name.split()
            if kind == "person":
                bucket, alike = (kind, words[-1] if words else "", str(len(words))), same_name
            else:
                bucket, alike = (kind, name[:1]), same_place_name
            found = (seen for seen in targets.get(bucket, ()) if alike(name, seen.partition(":")[2]))
            target = next(found, key)
        canon[key] = target
        if target == key and bucket is not None:
            targets.setdefault(bucket, []).append(key)
    return canon


def global_id(key: str) -> str:
    return "e" + hashlib.sha1(key.encode()).hexdigest()[:12]


def fuse_entities(
    batches: list[tuple[list[Entity], list[Event]]], canon: dict[str, str] | None = None
) -> list[tuple[list[Entity], list[Event]]]:
    """Give the entities of several articles global ids, merging spellings of one actor; `canon`
    (from `canonical_keys` over every article's keys) lets a build fuse a few articles at a time."""
    if canon is None:
        canon = canonical_keys(str(e.attributes.get("key", e.id)) for ents, _ in batches for e in ents)
    out = []
    for entities, events in batches:
        ids: dict[str, str] = {}
        for ent in entities:
            key = canon.get(str(ent.attributes.get("key", ent.id)), str(ent.attributes.get("key", ent.id)))
            ids[ent.id] = global_id(key)
            ent.id = ids[ent.id]
            ent.attributes["key"] = key
        for ev in events:
            ev.roles = {r: [_relink(f, ids) for f in fs] for r, fs in ev.roles.items()}
            if ev.place is not None:
                ev.place = _relink(ev.place, ids)
        out.append((entities, events))
    return out


def _relink(filler: RoleFiller, ids: dict[str, str]) -> RoleFiller:
    if filler.entity is None or filler.entity not in ids:
        return filler
    return RoleFiller(filler.text, filler.start, filler.end, ids[filler.entity], filler.quantity)
