"""Fusion across articles: spellings of one actor merge, namesakes stay apart, events follow."""

from __future__ import annotations

from chronik.core.models import Entity, Event, RoleFiller
from chronik.fuse.entities import canonical_keys, fuse_entities, global_id, same_name


def test_spelling_variants_of_one_full_name_are_one_person() -> None:
    assert same_name("sergej schoigu", "sergei schoigu")
    assert same_name("wladimir putin", "wladimir putin")


def test_namesakes_and_short_first_names_stay_apart() -> None:
    assert not same_name("kim jong un", "kim young-ho")
    assert not same_name("kim", "kim")  # a surname alone is no full name
    assert not same_name("jan müller", "jon müller")  # short first names differ too easily


def test_canonical_keys_prefer_the_frequent_spelling() -> None:
    keys = ["person:sergej schoigu", "person:sergej schoigu", "person:sergei schoigu", "kb:person:x"]
    canon = canonical_keys(keys)
    assert canon["person:sergei schoigu"] == "person:sergej schoigu"
    assert canon["kb:person:x"] == "kb:person:x"


def test_fused_ids_are_global_and_event_fillers_follow_them() -> None:
    a = Entity("d1-e1", "person", "Sergej Schoigu", attributes={"key": "person:sergej schoigu"})
    b = Entity("d2-e1", "person", "Sergei Schoigu", attributes={"key": "person:sergei schoigu"})
    ev = Event("v1", "visit", roles={"visitor": [RoleFiller("Schoigu", 0, 7, entity="d2-e1")]})
    (ents1, _), (ents2, evs2) = fuse_entities([([a], []), ([b], [ev])])
    # A tie of spellings goes to the first in sorted order, whichever article comes first.
    assert ents1[0].id == ents2[0].id == global_id("person:sergei schoigu")
    assert evs2[0].roles["visitor"][0].entity == ents2[0].id
    c = Entity("d3-e1", "person", "Sergej Schoigu", attributes={"key": "person:sergej schoigu"})
    d = Entity("d4-e1", "person", "Sergei Schoigu", attributes={"key": "person:sergei schoigu"})
    (ents4, _), (ents3, _) = fuse_entities([([d], []), ([c], [])])
    assert ents3[0].id == ents4[0].id == ents1[0].id


def test_two_transliterations_of_one_place_are_one_entity() -> None:
    from chronik.fuse.entities import canonical_keys

    canon = canonical_keys(
        ["location:tschernigow", "location:tschernihow", "location:bremen", "location:bremer"]
    )
    assert canon["location:tschernihow"] == canon["location:tschernigow"]
    assert canon["location:bremen"] != canon["location:bremer"]  # short names stay apart
