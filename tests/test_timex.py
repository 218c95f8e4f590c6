"""Golden tests for German temporal expressions: what must be found, with which TIMEX3 value,
and what must not be taken for a time."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from chronik.extract.timex import Timex, anchor_from, extent, find_times, normalise, time_for_span

# A Thursday.
ANCHOR = date(2024, 3, 14)


def _values(text: str, anchor: date | None = ANCHOR) -> list[tuple[str, str | None]]:
    times = find_times(text, anchor)
    for t in times:
        assert text[t.start : t.end] == t.text
    return [(t.text, t.value) for t in times]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Der Vertrag wurde am 2. Februar 2021 in Wien unterzeichnet.", [("2. Februar 2021", "2021-02-02")]),
        ("Die Sitzung fand am 02.02.2021 statt.", [("02.02.2021", "2021-02-02")]),
        ("Das Protokoll trägt das Datum 2021-02-02.", [("2021-02-02", "2021-02-02")]),
        ("Am 3. Jänner reiste die Delegation ab.", [("3. Jänner", "2024-01-03")]),
        ("Im Juli 2018 begann der Bau.", [("Juli 2018", "2018-07")]),
        ("Im Jahr 1999 wurde die Brücke eröffnet.", [("Jahr 1999", "1999")]),
        ("Vor 40 Jahren wurde die Partei gegründet.", [("Vor 40 Jahren", "1984")]),
        ("1989 fiel die Mauer.", [("1989", "1989")]),
        ("Gestern Abend sprach die Ministerin.", [("Gestern Abend", "2024-03-13TEV")]),
        ("Vergangene Woche tagte der Rat.", [("Vergangene Woche", "2024-W10")]),
        ("Im Sommer 2019 brannte der Wald.", [("Sommer 2019", "2019-SU")]),
        ("In den 1970er Jahren wuchs die Stadt.", [("1970er Jahren", "197")]),
        ("Das Werk soll im Vorjahr geschlossen worden sein.", [("Vorjahr", "2023")]),
    ],
)
def test_must_extract_with_value(text: str, expected: list[tuple[str, str]]) -> None:
    assert _values(text) == expected


def test_partial_date_without_anchor_keeps_unknown_year() -> None:
    assert _values("Am 5. Mai traf sie den Botschafter.", None) == [("5. Mai", "XXXX-05-05")]
    assert _values("Im November wird gewählt.", None) == [("November", "XXXX-11")]


def test_relative_words_without_anchor_have_no_value() -> None:
    assert _values("Heute und vorgestern regnete es.", None) == [("Heute", None), ("vorgestern", None)]


def test_weekday_without_anchor_is_a_week_pattern() -> None:
    assert _values("Am Dienstag kam er an.", None) == [("Dienstag", "XXXX-WXX-2")]


def test_weekday_in_past_sentence_is_the_last_such_day() -> None:
    assert _values("Am Dienstag empfing der König die Gäste.") == [("Dienstag", "2024-03-12")]
    assert _values("Am heutigen Donnerstag tagt der Rat.") == [("heutigen Donnerstag", "2024-03-14")]


def test_weekday_with_future_cue_is_the_next_such_day() -> None:
    assert _values("Am Samstag wird die Kanzlerin nach Rom reisen.") == [("Samstag", "2024-03-16")]
    assert _values("Am kommenden Montag beginnt der Gipfel.") == [("kommenden Montag", "2024-03-18")]
    assert _values("Am vergangenen Donnerstag begann der Gipfel.") == [
        ("vergangenen Donnerstag", "2024-03-07")
    ]


def test_a_direction_given_overrides_the_sentences_cues() -> None:
    assert normalise("Dienstag", ANCHOR, "future") == "2024-03-19"
    assert normalise("Dienstag", ANCHOR) == "2024-03-12"
    assert normalise("im Oktober", ANCHOR, "future") == "2024-10"


def test_morgen_opening_a_sentence_before_its_verb_is_tomorrow() -> None:
    assert _values("Morgen reist die Ministerin nach Rom.") == [("Morgen", "2024-03-15")]
    assert _values("Er sagte: Morgen fliegt sie.") == [("Morgen", "2024-03-15")]
    assert _values("Der Morgen danach war kalt.") == []


def test_month_without_year_is_resolved_to_the_nearest_plausible_year() -> None:
    # December lies nine months ahead but three months back: the past wins.
    assert _values("Im Dezember begann der Streik.") == [("Dezember", "2023-12")]
    assert _values("Im April soll gewählt werden.") == [("April", "2024-04")]


def test_parts_of_periods_carry_a_mod() -> None:
    times = find_times("Anfang des Jahres, Mitte Oktober und Ende 2022 gab es Gespräche.", ANCHOR)
    assert [(t.text, t.value, t.mod) for t in times] == [
        ("Anfang des Jahres", "2024", "START"),
        ("Mitte Oktober", "2023-10", "MID"),
        ("Ende 2022", "2022", "END"),
    ]


def test_range_prepositions_become_mods() -> None:
    times = find_times("Seit 2015 regiert die Partei, bis 2030 soll das Netz stehen.", ANCHOR)
    assert [(t.text, t.mod) for t in times] == [("2015", "ON_OR_AFTER"), ("2030", "ON_OR_BEFORE")]


def test_day_range_shares_month_and_year() -> None:
    assert _values("Die Messe dauert vom 4. bis 6. Juni 2025.") == [
        ("4.", "2025-06-04"),
        ("6. Juni 2025", "2025-06-06"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Rund 2000 Menschen demonstrierten.",
        "Es kamen 2.500 Besucher.",
        "August Bebel gründete die Partei.",
        "Am Morgen regnete es.",
        "Die Partie endete 13.09. nach Verlängerung.",
        "Er wohnt in der Hauptstraße 12.",
        "Montags ist das Museum geschlossen.",
    ],
)
def test_must_not_extract(text: str) -> None:
    assert find_times(text, ANCHOR) == []


def test_time_for_span_takes_the_closest_expression_in_the_sentence() -> None:
    text = "Am 4. März traf sie den Gesandten, am 9. März unterzeichneten beide das Abkommen."
    times = find_times(text, ANCHOR)
    trigger = text.index("unterzeichneten")
    chosen = time_for_span(times, trigger, trigger + len("unterzeichneten"), (0, len(text)))
    assert isinstance(chosen, Timex) and chosen.value == "2024-03-09"
    assert time_for_span(times, 0, 2, (len(text), len(text))) is None


def test_normalise_and_anchor_from() -> None:
    assert normalise("7. Oktober 2023") == "2023-10-07"
    assert normalise("kein Datum") is None
    assert anchor_from("2023-10-07T08:30:00+02:00") == date(2023, 10, 7)
    assert anchor_from("Berlin, 07.10.2023") == date(2023, 10, 7)
    assert anchor_from(None) is None


@pytest.mark.parametrize("published", ["0001-01-01", "1899-12-31", "2999-05-01T00:00:00Z"])
def test_implausible_publication_dates_anchor_nothing(published: str) -> None:
    assert anchor_from(published, today=date(2026, 1, 1)) is None


def test_a_plausible_publication_date_anchors_relative_dates() -> None:
    assert anchor_from("2026-01-02", today=date(2026, 1, 1)) == date(2026, 1, 2)


# Invented sentences with something for every rule, and near misses that a gate must not hide.
GATED = [
    "Am 2024-03-07 und am 7.3. sowie vom 12.03.2024 bis 14.3.24 tagte der Rat in Dornfeld.",
    "Mittwoch, den 13. September 2023 kam er, vom 12. bis 14. Sept. 2023 blieb er, am 3.Mai ging er.",
    "Die Meldung vom March 5, 2021 nannte den August 2022 und Mitte Oktober 2019.",
    "Im August, seit vergangenem Januar und bis zum nächsten Dez. wird geplant; August Wellbach nicht.",
    "Im Jahr 1989 und Anfang des Jahres 2001, 1969 betrat er den Mond; 2000 Menschen kamen 2015.",
    "In den 90er Jahren und Ende der 1980er-Jahre, im Frühjahr 2020 und im vergangenen Winter.",
    "Am Montagabend, am kommenden Freitag Nachmittag, heute Morgen, gestern und morgen früh.",
    "Vor drei Jahren, in zwei Wochen, vor rund 75 Jahren, Mitte der Woche, vergangene Woche.",
    "Anfang dieses Monats, Ende des Jahres, im Vorjahr und im Folgejahr, Mainz im Maisfeld.",
    "Oktoberfest, Maibaum, Januarloch, Sommerfest 2023 und Winterdienst ohne ein Datum.",
]


@pytest.mark.parametrize("anchor", [ANCHOR, None])
def test_gates_only_skip_rules_that_would_find_nothing(
    anchor: date | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    from chronik.extract import timex

    gated = [find_times(text, anchor) for text in GATED]
    vocab = timex._vocabulary()
    ungated = replace(vocab, rules=tuple((pattern, handler, ()) for pattern, handler, _ in vocab.rules))
    monkeypatch.setattr(timex, "_vocabulary", lambda: ungated)
    assert gated == [find_times(text, anchor) for text in GATED]
    assert all(gated)


@pytest.mark.parametrize(
    "value, first, last",
    [
        ("2024-03-07", date(2024, 3, 7), date(2024, 3, 7)),
        ("2024-03-07TEV", date(2024, 3, 7), date(2024, 3, 7)),
        ("2024-W11", date(2024, 3, 11), date(2024, 3, 17)),
        ("2024-02", date(2024, 2, 1), date(2024, 2, 29)),
        ("2024-12", date(2024, 12, 1), date(2024, 12, 31)),
        ("2024-FA", date(2024, 9, 1), date(2024, 11, 30)),
        ("2024-WI", date(2024, 12, 1), date(2025, 2, 28)),
        ("2025", date(2025, 1, 1), date(2025, 12, 31)),
    ],
)
def test_extent_is_the_first_and_last_day_of_a_value(value: str, first: date, last: date) -> None:
    assert extent(value) == (first, last)


@pytest.mark.parametrize("value", [None, "", "199", "PRESENT_REF", "P3D", "2024-13", "2024-02-30", "0000"])
def test_extent_of_no_calendar_span_is_none(value: str | None) -> None:
    assert extent(value) is None


def test_a_sentence_after_an_initial_is_not_a_new_sentence_for_the_direction() -> None:
    # `A.` after a first name ends no sentence: the future cue of the sentence decides for Montag.
    text = "Der Minister wird mit Max A. Reinhold am Montag in Oslo sprechen."
    found = find_times(text, anchor=date(2024, 5, 15))
    assert [t.value for t in found] == ["2024-05-20"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # A relative or `dass` clause's future cue tells its own time, not the main clause's.
        ("Karla Brenner traf am Montag Jean Morel, der bald zurücktreten soll.", "2024-05-13"),
        ("Karla Brenner sagte am Montag, dass sie bald nach Oslo reisen werde.", "2024-05-13"),
        # A time inside such a clause, or a cue of the main clause around an insertion, still counts.
        ("Sie kündigte an, dass sie am Montag nach Oslo reisen werde.", "2024-05-20"),
        ("Der Minister wird, wie ein Sprecher sagte, am Montag nach Oslo reisen.", "2024-05-20"),
    ],
)
def test_a_clause_with_a_time_of_its_own_looks_forward_alone(text: str, value: str) -> None:
    assert [t.value for t in find_times(text, anchor=date(2024, 5, 15))] == [value]


def test_a_gate_word_absent_from_the_lower_cased_text_closes_the_gate_unless_its_case_misleads() -> None:
    """The rules' gates first look for their words in the lower-cased text; `ſ` (long s), which a
    case-blind pattern reads as `s`, lower-cases to itself, so there the gate's pattern decides."""
    from chronik.extract.timex import _found, _vocabulary

    gates = [g for _, _, gates in _vocabulary().rules for g in gates if "august" in g[1]]
    months = next(g for g in gates if g[0].search("Im August reisten sie."))  # a month word alone
    assert _found(months, "Im Auguſt reisten sie.", {}, []) is True
    assert _found(months, "Im Augenblick reisten sie.", {}, []) is False
    assert _found(months, "Im AUGUST reisten sie.", {}, []) is True


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # Letters a case-blind pattern reads as others name the same month or weekday (no KeyError).
        ("Im Auguſt 2023 reisten sie ab.", "2023-08"),
        ("Am MİTTWOCH reisten sie ab.", "2024-05-15"),
        # … and so do a number word and a part of the day.
        ("Vor DREİ Tagen reisten sie ab.", "2024-05-12"),
        ("Gestern MİTTAG reisten sie ab.", "2024-05-14TMI"),
    ],
)
def test_a_time_word_written_with_a_case_blind_letter_is_read(text: str, value: str) -> None:
    assert [t.value for t in find_times(text, anchor=date(2024, 5, 15))] == [value]
