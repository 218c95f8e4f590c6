"""The date an article speaks from: metadata, else a dateline or dated line; never a head count."""

from __future__ import annotations

from datetime import date

import pytest

from chronik.extract.dateline import find_datelines
from chronik.extract.timex import find_times, reference_date


@pytest.mark.parametrize(
    ("published", "text", "expected"),
    [
        ("2021-03-04T08:00:00Z", "WIEN (XPA) – Ein Satz.", date(2021, 3, 4)),
        (None, "Der Rat tagte.\n(XPA/Nordpress, 2.8.2015)", date(2015, 8, 2)),
        (None, "LINZ, 3. Mai 2024 (XPA) – Der Rat tagte.", date(2024, 5, 3)),
        (None, "Montag, 14.09.2023, 10:15 Uhr\nDer Rat tagte am Dienstag.", date(2023, 9, 14)),
        (None, "Rund 2000 Menschen kamen 2019 zur Kundgebung.", None),
        (None, "Der Rat tagte.", None),
    ],
)
def test_reference_date_comes_from_metadata_then_datelines(
    published: str | None, text: str, expected: date | None
) -> None:
    assert reference_date(published, text) == expected


def test_a_date_inside_a_sentence_is_no_dated_line() -> None:
    assert find_datelines("Erster Satz.\nAm 14.09.2023 tagte der Rat in Linz.\nDritter Satz.") == []


def test_a_weekday_resolves_against_the_reference_date_and_stays_a_weekday_without_one() -> None:
    text = "Montag, 14.09.2023, 10:15 Uhr\nDer Rat tagte am Dienstag. Danach gingen alle heim."
    anchor = reference_date(None, text)
    resolved = [t for t in find_times(text, anchor) if t.text == "Dienstag"]
    assert [t.value for t in resolved] == ["2023-09-12"]
    alone = find_times("Der Rat tagte am Dienstag. Danach gingen alle heim.", None)
    assert [t.value for t in alone] == ["XXXX-WXX-2"]  # one expression, in its own sentence only
