"""Golden tests for attribution: which source the text credits, for which stretch."""

from __future__ import annotations

import pytest

from chronik.extract.attribution import Attribution, attribution_for_span, attributions, sentence_bounds


def _sources(text: str) -> list[str]:
    found = attributions(text)
    for a in found:
        assert text[a.start : a.end] == a.source
        assert text[a.cue_start : a.cue_end] == a.cue
    return [a.source for a in found]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Laut Interfax kamen drei Minister.", "Interfax"),
        ("Der Feuerwehr zufolge brannte die Halle völlig aus.", "Feuerwehr"),
        ("Nach Angaben Kiews wurden zwei Dörfer getroffen.", "Kiews"),
        ("Nach Angaben der örtlichen Behörden stieg das Wasser weiter.", "örtlichen Behörden"),
        ("Laut einem Bericht der Zeitung El País floh der Minister.", "Zeitung El País"),
        ("Die Nachrichtenagentur Yonhap berichtete, der Zug sei abgefahren.", "Nachrichtenagentur Yonhap"),
        ("Am Montag berichteten iranische Staatsmedien über das Treffen.", "iranische Staatsmedien"),
        ("Wie das Innenministerium mitteilte, wurden vier Personen festgenommen.", "Innenministerium"),
        ("Das Außenamt teilte am Freitag mit, die Gespräche seien beendet.", "Außenamt"),
        (
            "„Wir sind zufrieden“, sagte Regierungssprecherin Lena Berg am Abend.",
            "Regierungssprecherin Lena Berg",
        ),
        ("„Das war ein Fehler“, so der Bürgermeister.", "Bürgermeister"),
        ("In einer Erklärung hieß es aus Regierungskreisen, man sei besorgt.", "Regierungskreisen"),
        (
            "Der Sprecher des Senats, Tom Hale, sagte am Freitag, alles sei bereit.",
            "Sprecher des Senats, Tom Hale",
        ),
        ("Der Premier traf den König. (Quelle: Reuters)", "Reuters"),
        (
            "Laut einer am Dienstag veröffentlichten Mitteilung des Roten Kreuzes fehlt Wasser.",
            "Roten Kreuzes",
        ),
        (
            "Die Streiks sollen ruhen, so verdi-Verhandlungsführer Jan Roth.",
            "verdi-Verhandlungsführer Jan Roth",
        ),
        ("Im letzten Absatz der Anordnung heißt es, die Frist laufe ab.", "letzten Absatz der Anordnung"),
        ("Die Truppe soll, wie der Verband bekannt gab, verkleinert werden.", "Verband"),
    ],
)
def test_must_credit_source(text: str, source: str) -> None:
    assert source in _sources(text)


def test_zitierte_credits_the_quoted_person_and_keeps_the_relay() -> None:
    found = attributions("Reuters zitierte am Dienstag Ministerin Eva Kron mit den Worten, der Plan stehe.")
    assert [(a.source, a.relay) for a in found] == [("Ministerin Eva Kron", "Reuters")]


def test_byline_credits_the_whole_text() -> None:
    text = "Madrid (dpa) – Die Regierung trat zurück. Neuwahlen folgen im Herbst."
    byline = next(a for a in attributions(text) if a.kind == "byline")
    assert (byline.source, byline.scope_start, byline.scope_end) == ("dpa", 0, len(text))
    trailing = "Die Regierung trat zurück.\n\nAuf Informationen von AFP"
    assert [(a.source, a.kind) for a in attributions(trailing)] == [("AFP", "byline")]


def test_anonymous_and_pronoun_sources_are_marked() -> None:
    found = attributions("Nach ersten Angaben gab es keine Verletzten. Er sagte, der Zug sei pünktlich.")
    assert [(a.source, a.anonymous, a.pronoun) for a in found] == [
        ("ersten Angaben", True, False),
        ("Er", False, True),
    ]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Seiner Meinung nach hätte die Aufsicht die Landung verbieten müssen.", "Seiner Meinung"),
        ("Laut ihren Angaben wurden drei Häuser beschädigt.", "ihren Angaben"),
        ("Die Lage sei nach seiner Einschätzung stabil.", "seiner Einschätzung"),
        ("Die Firma hat nach eigenen Angaben keine Schulden.", "eigenen Angaben"),
    ],
)
def test_a_possessive_report_credits_its_owner_as_a_pronoun(text: str, source: str) -> None:
    """`Seiner Meinung nach`, `nach eigenen Angaben`: whose view it is, the possessive tells (the
    actor before it, or the clause's subject): the source is resolved like a pronoun."""
    found = attributions(text)
    assert [(a.source, a.anonymous, a.pronoun) for a in found] == [(source, False, True)]


@pytest.mark.parametrize(
    "text",
    [
        "Nach seiner Rückkehr reiste die Delegation nach Moskau.",
        "Nach dem Treffen reiste die Delegation nach Moskau.",
        "Er teilte die Ansicht seiner Kollegen nicht.",
        "Berichten zufolge kam es zu Schüssen.",
        "Die Kommission sagte das Treffen kurzfristig ab, so dass niemand kam.",
        "Der Bürgermeister verließ nach der Sitzung das Rathaus.",
    ],
)
def test_must_not_credit_a_named_source(text: str) -> None:
    assert [a for a in attributions(text) if not a.anonymous] == []


def test_attribution_for_span_prefers_the_sentence_and_falls_back_to_the_byline() -> None:
    text = "Kairo (AFP) – Laut Polizei kamen zwei Menschen ums Leben. Der Präsident reiste ab."
    found = attributions(text)
    first = text.index("kamen")
    second = text.index("reiste")
    credit = attribution_for_span(found, first, first + 5)
    assert isinstance(credit, Attribution) and credit.source == "Polizei"
    fallback = attribution_for_span(found, second, second + 6)
    assert fallback is not None and (fallback.source, fallback.kind) == ("AFP", "byline")
    assert attribution_for_span([], 0, 1) is None


def test_pronoun_and_anonymous_sources_do_not_credit_a_span() -> None:
    text = "Er sagte, der Zug sei pünktlich."
    assert attribution_for_span(attributions(text), 0, len(text)) is None


def test_the_plain_splitter_ends_no_sentence_after_an_initial_or_a_number() -> None:
    text = "Laut Jana K. Brenner kamen am 3. Mai viele. Danach war es still!  Neu: der Rest."
    assert [text[a:b].strip() for a, b in sentence_bounds(text)] == [
        "Laut Jana K. Brenner kamen am 3. Mai viele.",
        "Danach war es still!",
        "Neu: der Rest.",
    ]
