"""Fusion of event reports across articles: one event however many articles report it, its sources
and where they disagree; reports of other events stay apart. Invented articles and reports."""

from __future__ import annotations

import pytest

from chronik.core.models import Document, Entity, Event, Evidence, RoleFiller
from chronik.core.offsets import OffsetMap
from chronik.extract.coreference import item_head
from chronik.fuse.events import fuse_events, outlets_of

ALMA = Entity("e-alma", "person", "Alma Berger")
BODO = Entity("e-bodo", "person", "Bodo Falk")
LINZ = Entity("e-linz", "location", "Linz")
GRAZ = Entity("e-graz", "location", "Graz")
LAND = Entity("e-land", "country", "Nordland")
ENTITIES = [ALMA, BODO, LINZ, GRAZ, LAND]


def doc(name: str, text: str = "Ein Bericht.", **fields: object) -> Document:
    return Document(
        id=name, source=f"{name}.txt", raw=text, text=text, offsets=OffsetMap.identity(len(text)), **fields
    )  # type: ignore[arg-type]


def actor(entity: Entity) -> RoleFiller:
    return RoleFiller(entity.name, 0, 1, entity.id)


def thing(text: str, quantity: int | None = None) -> RoleFiller:
    return RoleFiller(text, 0, 1, None, quantity)


def report(
    rid: str,
    document: str,
    type: str,
    roles: dict[str, list[RoleFiller]],
    *,
    time: str | None = None,
    place: Entity | None = None,
    modality: str = "asserted",
    sentence: str = "Ein Satz über das Ereignis.",
    credited: str | None = None,
) -> Event:
    return Event(
        id=rid,
        type=type,
        roles=roles,
        modality=modality,  # type: ignore[arg-type]
        time=time,
        place=actor(place) if place else None,
        evidence=[Evidence(document, 0, len(sentence), sentence, 0, 3, "Ein", attributed_to=credited)],
    )


def meeting(rid: str, document: str, **kw: object) -> Event:
    return report(rid, document, "meeting", {"participant": [actor(ALMA), actor(BODO)]}, **kw)  # type: ignore[arg-type]


def fuse(*pairs: tuple[Document, list[Event]]) -> list[Event]:
    return fuse_events([(d, ENTITIES, evs) for d, evs in pairs])


def test_one_meeting_told_with_two_dates_is_one_event_that_records_the_disagreement() -> None:
    events = fuse(
        (doc("a"), [meeting("r1", "a", time="XXXX-05-13", place=LINZ)]),
        (doc("b"), [meeting("r2", "b", time="XXXX-05-14", place=LINZ)]),
    )
    assert len(events) == 1
    (ev,) = events
    assert ev.mentions == ["r1", "r2"]
    assert {e.document for e in ev.evidence} == {"a", "b"}
    fields = {d.field: dict(d.values) for d in ev.disagreements}
    assert fields["time"] == {"XXXX-05-13": ("a",), "XXXX-05-14": ("b",)}


def test_a_different_count_of_items_is_one_gift_with_a_quantity_disagreement() -> None:
    roles_a = {"giver": [actor(ALMA)], "recipient": [actor(BODO)], "item": [thing("fünf Drohnen", 5)]}
    roles_b = {"giver": [actor(ALMA)], "recipient": [actor(BODO)], "item": [thing("drei Kampfdrohnen", 3)]}
    (ev,) = fuse(
        (doc("a"), [report("g1", "a", "gift", roles_a)]),
        (doc("b"), [report("g2", "b", "gift", roles_b)]),
    )
    item = next(d for d in ev.disagreements if d.field == "item")
    assert dict(item.values) == {"fünf Drohnen": ("a",), "drei Kampfdrohnen": ("b",)}


def test_planned_in_one_article_and_done_in_another_is_one_visit_with_a_modality_disagreement() -> None:
    roles = {"visitor": [actor(ALMA)], "destination": [actor(GRAZ)]}
    (ev,) = fuse(
        (doc("a"), [report("v1", "a", "visit", roles, modality="planned")]),
        (doc("b"), [report("v2", "b", "visit", roles, modality="asserted")]),
    )
    modality = next(d for d in ev.disagreements if d.field == "modality")
    assert dict(modality.values) == {"planned": ("a",), "asserted": ("b",)}
    assert ev.modality == "asserted"


def test_the_same_leaders_meeting_in_another_year_or_place_stay_apart() -> None:
    events = fuse(
        (doc("a"), [meeting("m1", "a", time="2019-04", place=LINZ)]),
        (doc("b"), [meeting("m2", "b", time="2023-09-13", place=LINZ)]),
        (doc("c"), [meeting("m3", "c", place=GRAZ)]),
    )
    assert len(events) == 3


def test_a_meeting_with_an_unnamed_other_side_stays_apart_from_one_with_a_named_other() -> None:
    # `traf er den Minister in Linz` is not the meeting of Alma and Bodo in Linz: two sides each,
    # one side shared, the other not, though the reader could not name the minister.
    minister = {"participant": [actor(ALMA), thing("den Minister")]}
    events = fuse(
        (doc("a"), [meeting("m1", "a", time="2019-04", place=LINZ)]),
        (doc("b"), [report("m2", "b", "meeting", minister, place=LINZ)]),
    )
    assert len(events) == 2
    # A report naming one side only still joins.
    alone = {"participant": [actor(ALMA)]}
    joined = fuse(
        (doc("a"), [meeting("m1", "a", place=LINZ)]),
        (doc("b"), [report("m2", "b", "meeting", alone, place=LINZ)]),
    )
    assert len(joined) == 1


def test_a_denial_stays_apart_from_an_asserted_event_of_another_time() -> None:
    roles = {"party": [actor(ALMA), actor(BODO)]}
    events = fuse(
        (doc("a"), [report("x1", "a", "agreement", roles, modality="negated", place=LAND, time="2023")]),
        (doc("b"), [report("x2", "b", "agreement", roles, place=LAND, time="2024-06")]),
    )
    assert len(events) == 2


def test_reports_without_any_shared_detail_from_two_articles_stay_apart() -> None:
    # The same two people meet often: without place, date or item nothing says which meeting.
    assert len(fuse((doc("a"), [meeting("m1", "a")]), (doc("b"), [meeting("m2", "b")]))) == 2


def test_a_trip_to_two_cities_fuses_with_a_report_of_one_of_them() -> None:
    both = {"visitor": [actor(ALMA)], "destination": [actor(LINZ), actor(GRAZ)]}
    one = {"visitor": [actor(ALMA)], "destination": [actor(GRAZ)]}
    trips = fuse(
        (doc("a"), [report("t1", "a", "visit", both)]), (doc("b"), [report("t2", "b", "visit", one)])
    )
    assert len(trips) == 1


def test_fused_ids_are_stable_and_unrelated_articles_change_none() -> None:
    base = [
        (doc("a"), [meeting("m1", "a", place=LINZ, time="XXXX-05-13")]),
        (doc("b"), [meeting("m2", "b", place=LINZ, time="XXXX-05-13")]),
    ]
    first = [e.id for e in fuse(*base)]
    assert first == [e.id for e in fuse(*base)] == ["m1"]
    other = (doc("0"), [report("v9", "0", "visit", {"visitor": [actor(BODO)], "destination": [actor(GRAZ)]})])
    again = fuse(other, *base)
    assert "m1" in [e.id for e in again] and len(again) == 2


def test_the_earliest_report_by_reference_date_names_the_event() -> None:
    events = fuse(
        (doc("z", published="2023-05-20"), [meeting("late", "z", place=LINZ)]),
        (doc("y", published="2023-05-14"), [meeting("early", "y", place=LINZ)]),
    )
    assert [e.id for e in events] == ["early"]


def test_sources_name_outlets_and_credited_agencies() -> None:
    events = fuse(
        (
            doc("a", metadata={"outlet": "Tagblatt"}),
            [meeting("m1", "a", place=LINZ, credited="Agentur Nord")],
        ),
        (doc("b", url="https://www.beispiel.at/politik/1"), [meeting("m2", "b", place=LINZ)]),
        (doc("c", "Text.\n(XPA/Nordpress, 2.8.2015)"), [meeting("m3", "c", place=LINZ)]),
    )
    (ev,) = events
    assert {(s.name, s.kind) for s in ev.sources} == {
        ("Tagblatt", "outlet"),
        ("Agentur Nord", "credited"),
        ("beispiel.at", "outlet"),
        ("XPA", "outlet"),
        ("Nordpress", "outlet"),
    }


def test_outlets_fall_back_from_metadata_to_url_to_dateline() -> None:
    assert outlets_of(doc("a", metadata={"outlet": "Kurier"}, url="https://x.at/1")) == ("Kurier",)
    assert outlets_of(doc("b", url="http://www.zeitung.de/a?b=1")) == ("zeitung.de",)
    assert outlets_of(doc("c", "WIEN (XPA) – Ein Satz.")) == ("XPA",)
    assert outlets_of(doc("d", "Die Agentur (KNA) meldete.")) == ()


def test_unlinked_places_that_differ_are_a_place_disagreement_and_a_city_in_its_country_is_none() -> None:
    hall, castle = RoleFiller("im Rathaus", 0, 1), RoleFiller("im Schloss", 0, 1)
    a = meeting("m1", "a", time="XXXX-05-13")
    b = meeting("m2", "b", time="XXXX-05-13")
    a.place, b.place = hall, castle
    (ev,) = fuse((doc("a"), [a]), (doc("b"), [b]))
    place = next(d for d in ev.disagreements if d.field == "place")
    assert dict(place.values) == {"im Rathaus": ("a",), "im Schloss": ("b",)}
    (city_and_country,) = fuse(
        (doc("a"), [meeting("m1", "a", time="XXXX-05-13", place=LINZ)]),
        (doc("b"), [meeting("m2", "b", time="XXXX-05-13", place=LAND)]),
    )
    assert not city_and_country.disagreements


def visit(rid: str, document: str, **kw: object) -> Event:
    roles = {"visitor": [actor(ALMA)], "destination": [actor(LAND)]}
    return report(rid, document, "visit", roles, **kw)  # type: ignore[arg-type]


def test_an_earlier_visit_named_with_its_year_does_not_join_the_present_one_by_the_country_alone() -> None:
    events = fuse(
        (doc("a"), [visit("v2019", "a", time="2019-04")]),
        (doc("b"), [visit("vnow", "b")]),
        (doc("c"), [visit("vsep", "c", time="XXXX-09-12")]),
    )
    assert sorted(e.mentions for e in events) == [["v2019"], ["vnow", "vsep"]]


def test_a_place_each_report_names_and_the_other_mentions_links_two_articles() -> None:
    a = meeting("m1", "a", place=LAND, sentence="Berger und Falk trafen sich im Kongresshaus von Nordland.")
    b = meeting("m2", "b", sentence="Falk sprach mit Berger in Nordland.")
    b.place = RoleFiller("im Kongresshaus", 0, 1)
    assert len(fuse((doc("a"), [a]), (doc("b"), [b]))) == 1
    c = meeting("m3", "c", sentence="Falk sprach mit Berger.")
    c.place = RoleFiller("im Kongresshaus", 0, 1)
    assert len(fuse((doc("a"), [a]), (doc("c"), [c]))) == 2  # c's sentence names no Nordland


def test_an_article_reporting_a_past_and_a_planned_visit_keeps_both_and_others_join_the_like() -> None:
    events = fuse(
        (doc("b"), [visit("b1-plan", "b", modality="planned"), visit("b2-done", "b")]),
        (doc("c"), [visit("c-done", "c")]),
    )
    assert sorted(e.mentions for e in events) == [["b1-plan"], ["b2-done", "c-done"]]


def test_several_items_handed_over_at_once_fuse_with_a_report_of_one_of_them() -> None:
    both = {
        "giver": [actor(ALMA)],
        "recipient": [actor(BODO)],
        "item": [thing("ein Dolch"), thing("ein Teeservice")],
    }
    one = {"giver": [actor(ALMA)], "recipient": [actor(BODO)], "item": [thing("das Teeservice")]}
    other = {"giver": [actor(ALMA)], "recipient": [actor(BODO)], "item": [thing("eine Vase")]}
    events = fuse(
        (doc("a"), [report("g1", "a", "gift", both)]),
        (doc("b"), [report("g2", "b", "gift", one)]),
        (doc("c"), [report("g3", "c", "gift", other)]),
    )
    assert sorted(e.mentions for e in events) == [["g1", "g2"], ["g3"]]


@pytest.mark.parametrize(
    "phrase, head",
    [
        ("ein Gewehr höchster Qualität", "gewehr"),  # an article-less genitive attribute
        ("Drohnen des Typs Falke", "drohn"),  # a genitive with its article
        ("ein in Nordland hergestelltes Gewehr", "gewehr"),  # a participial attribute before the noun
        ("ein Paar warme Handschuhe", "handschuh"),
        ("fünf Drohnen", "drohn"),
    ],
)
def test_an_item_is_compared_by_its_head_noun(phrase: str, head: str) -> None:
    assert item_head(phrase) == head
