"""Golden tests for who-said-what, on the shipped analysis pipeline."""

from __future__ import annotations

import pytest
from spacy.language import Language

from chronik.extract.quotes import Quote, extract_quotes, quotation_spans


def _quotes(nlp: Language, text: str) -> list[Quote]:
    doc = nlp(text)
    quotes = extract_quotes(doc)
    for q in quotes:
        for span in (q.content, q.cue, q.speaker, q.addressee):
            if span is not None:
                assert text[span.start : span.end] == span.text
    return quotes


def _summary(quotes: list[Quote]) -> list[tuple[str, str | None, str]]:
    return [(q.kind, q.speaker.text if q.speaker else None, q.content.text) for q in quotes]


def test_direct_quote_with_cue_after(nlp: Language) -> None:
    text = "„Wir werden die Brücke bis zum Sommer reparieren“, sagte Bürgermeisterin Anna Vogt am Montag."
    assert _summary(_quotes(nlp, text)) == [
        ("direct", "Bürgermeisterin Anna Vogt", "„Wir werden die Brücke bis zum Sommer reparieren“")
    ]


def test_direct_quote_after_colon_with_any_verb(nlp: Language) -> None:
    text = "Der Trainer brachte es auf den Punkt: „Wir haben heute verdient verloren.“"
    quotes = _quotes(nlp, text)
    assert _summary(quotes) == [("direct", "Der Trainer", "„Wir haben heute verdient verloren.“")]


def test_direct_quote_with_so(nlp: Language) -> None:
    text = "„Die Lage im Hafen ist unter Kontrolle“, so der Sprecher der Feuerwehr."
    assert [(q.kind, q.speaker.text if q.speaker else None) for q in _quotes(nlp, text)] == [
        ("direct", "Sprecher der Feuerwehr")
    ]


def test_indirect_speech_with_dass_and_konjunktiv(nlp: Language) -> None:
    quotes = _quotes(nlp, "Die Ministerin sagte, dass die Schulen geöffnet bleiben.")
    assert _summary(quotes) == [("indirect", "Die Ministerin", "dass die Schulen geöffnet bleiben")]
    quotes = _quotes(nlp, "Der Konzern teilte am Dienstag mit, die Produktion werde verlagert.")
    assert _summary(quotes) == [("indirect", "Der Konzern", "die Produktion werde verlagert")]


def test_inverted_subject_and_content_before_the_cue(nlp: Language) -> None:
    quotes = _quotes(nlp, "Die Verhandlungen seien gescheitert, erklärte ein Sprecher der Gewerkschaft.")
    assert _summary(quotes) == [
        ("indirect", "ein Sprecher der Gewerkschaft", "Die Verhandlungen seien gescheitert")
    ]


def test_credit_phrases_make_indirect_quotes(nlp: Language) -> None:
    quotes = _quotes(nlp, "Laut Polizei wurden bei dem Unfall drei Menschen verletzt.")
    assert [
        (q.kind, q.speaker.text if q.speaker else None, q.cue.text if q.cue else None) for q in quotes
    ] == [("indirect", "Polizei", "Laut")]


def test_konjunktiv_sentences_continue_the_last_speaker(nlp: Language) -> None:
    text = (
        "Der Direktor des Museums sagte, das Gemälde sei gestohlen worden. "
        "Die Diebe seien durch ein Fenster eingestiegen. "
        "Am Abend regnete es."
    )
    quotes = _quotes(nlp, text)
    assert [(q.speaker.text if q.speaker else None, q.cue is None) for q in quotes] == [
        ("Der Direktor des Museums", False),
        ("Der Direktor des Museums", True),
    ]


def test_pronoun_speaker_is_resolved_to_the_last_person(nlp: Language) -> None:
    text = "Kommissarin Jana Roth leitet die Ermittlungen. Sie sagte, der Täter sei bewaffnet gewesen."
    quotes = _quotes(nlp, text)
    assert [(q.speaker.text if q.speaker else None, q.speaker_name) for q in quotes] == [("Sie", "Jana Roth")]


def test_reported_speech_act_without_content(nlp: Language) -> None:
    quotes = _quotes(nlp, "Die Opposition kritisierte die Entscheidung scharf.")
    assert _summary(quotes) == [
        ("reported", "Die Opposition", "Die Opposition kritisierte die Entscheidung scharf")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Der Film „Die Reise nach Rom“ lief am Abend im Kino.",
        "Die Kommission sagte das Treffen kurzfristig ab.",
        "Die Tests bestätigten, dass das Wasser sauber ist.",
        "Um die Lage zu erklären, reiste der Minister an.",
        "Das Abkommen wurde am Freitag in Genf unterzeichnet.",
    ],
)
def test_must_not_extract_a_quote(nlp: Language, text: str) -> None:
    assert _quotes(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        # a separable particle standing apart before its verb, in a verb-final clause
        (
            "Die Fabrik wird geschlossen, wie der Konzern am Montag bekannt gab.",
            "der Konzern",
            "Die Fabrik wird geschlossen",
        ),
        # the particle after an apposition between commas
        (
            "Jetzt teilte der Leiter der Polizei, Jan Roth, mit, dass das Handy gefunden wurde.",
            "der Leiter der Polizei",
            "dass das Handy gefunden wurde",
        ),
        # holding a view: `ist der Meinung`, `teilen die Auffassung`
        (
            "Die Gewerkschaft ist der Meinung, dass die Löhne steigen müssen.",
            "Die Gewerkschaft",
            "dass die Löhne steigen müssen",
        ),
        # what was said on both sides of the cue
        (
            "Die Lage sei ernst, sagte die Ministerin, ihre Gedanken seien bei den Opfern.",
            "die Ministerin",
            "Die Lage sei ernst, sagte die Ministerin, ihre Gedanken seien bei den Opfern",
        ),
        (
            "Die Brücke soll laut Bauamt im Mai wieder befahrbar sein.",
            "Bauamt",
            "Die Brücke soll laut Bauamt im Mai wieder befahrbar sein",
        ),
        # a credit opening a parenthesis speaks for the parenthesis only
        (
            "Das Dorf liegt am Fluss (nach anderen Angaben liegt es zehn Kilometer entfernt).",
            "anderen Angaben",
            "liegt es zehn Kilometer entfernt",
        ),
        (
            "Die Wissenschaftler waren bisher davon ausgegangen, dass die Höhle leer ist.",
            "Die Wissenschaftler",
            "dass die Höhle leer ist",
        ),
        ("Wie die Richterin darlegte, war die Klage verspätet.", "die Richterin", "war die Klage verspätet"),
        # a feminine role noun is as much a speaker as its masculine entry (`aktivist`)
        (
            "Die Aktivistin zeigte sich besorgt, dass die Gewalt zunimmt.",
            "Die Aktivistin",
            "dass die Gewalt zunimmt",
        ),
        (
            "„Die Lage ist stabil“, ließ ein Sprecher der Bahn am Abend verlauten.",
            "ein Sprecher der Bahn",
            "„Die Lage ist stabil“",
        ),
        # `Für X ist ...`: X's view, in its quotation or in Konjunktiv I
        (
            "Für den Virologen Jan Roth ist die Lage „sehr ernst“.",
            "den Virologen Jan Roth",
            "„sehr ernst“",
        ),
        (
            "Für die Gewerkschaft sei der Plan ein schwerer Fehler.",
            "die Gewerkschaft",
            "sei der Plan ein schwerer Fehler",
        ),
    ],
)
def test_cue_shapes_credit_their_speaker(nlp: Language, text: str, speaker: str, content: str) -> None:
    assert [(q.speaker.text if q.speaker else None, q.content.text) for q in _quotes(nlp, text)] == [
        (speaker, content)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Für die Kinder gibt es im Sommer ein neues Spielzeug „Lego“.",
        "Für den Bau der Brücke ist die Stadt zuständig.",
    ],
)
def test_fuer_without_a_view_is_no_quote(nlp: Language, text: str) -> None:
    assert extract_quotes(nlp(text), ranker=None) == []


def test_an_adverbial_clause_is_not_what_the_speaker_said(nlp: Language) -> None:
    quotes = _quotes(nlp, "Während die Regierung zögerte, forderte die Opposition sofortige Neuwahlen.")
    assert _summary(quotes) == [
        (
            "reported",
            "die Opposition",
            "Während die Regierung zögerte, forderte die Opposition sofortige Neuwahlen",
        )
    ]


def test_a_fronted_object_leaves_the_named_subject_as_speaker(nlp: Language) -> None:
    quotes = _quotes(nlp, "Vorbehalte äußerte Peter Struck, bei der Wahl würden nicht alle zustimmen.")
    assert [q.speaker.text for q in quotes if q.speaker] == ["Peter Struck"]


def test_impersonal_subjects_speak_for_no_one(nlp: Language) -> None:
    quotes = _quotes(nlp, "Auf der Webseite hat man geschrieben: „Wir öffnen im Mai.“")
    assert [q.speaker.text for q in quotes if q.speaker] == []


def test_rules_read_a_confirmed_event_as_no_statement(nlp: Language) -> None:
    # `bestätigte den Vorfall` reports an event more often than a statement, so no rule makes it a
    # quote. The trained ranker may still judge it a reported statement, as Wikinews annotators
    # often do; that judgement is measured by bench/quotes_wikinews.py, not fixed here.
    assert extract_quotes(nlp("Der Minister bestätigte den Vorfall am Sonntag."), ranker=None) == []


def test_quotation_spans_pair_german_and_french_marks() -> None:
    text = 'Er rief „Halt!“ und sie antwortete »Nein«; ein "Test".'
    assert [text[a:b] for a, b in quotation_spans(text)] == ["„Halt!“", "»Nein«", '"Test"']


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Die Stiftung legte am Dienstag eine Studie vor. Demnach lesen Kinder heute weniger Bücher.",
            "Demnach",
            "lesen Kinder heute weniger Bücher",
        ),
        (
            # `wonach` inside a sentence stands for the phrase before it (Wikinews convention).
            "Es kursiert ein Gerücht, wonach der Verein seinen Trainer entlassen will.",
            "ein Gerücht",
            "der Verein seinen Trainer entlassen will",
        ),
        (
            "Die Zahlen stammen aus Umfragen, denen zufolge die Partei deutlich verliert.",
            "denen",
            "die Partei deutlich verliert",
        ),
    ],
)
def test_anaphoric_source_is_the_speaker(nlp: Language, text: str, speaker: str, content: str) -> None:
    quotes = _quotes(nlp, text)
    assert [(q.speaker.text if q.speaker else None, q.content.text) for q in quotes] == [(speaker, content)]


def test_temporal_danach_is_no_source(nlp: Language) -> None:
    assert _quotes(nlp, "Wir aßen im Hotel zu Mittag. Danach gingen wir am Fluss spazieren.") == []


def test_cue_pointing_back_credits_the_previous_sentence(nlp: Language) -> None:
    text = "Der Einbrecher ist gefasst. Das bestätigte ein Sprecher der Polizei am Abend."
    assert _summary(_quotes(nlp, text)) == [
        ("indirect", "ein Sprecher der Polizei", "Der Einbrecher ist gefasst")
    ]


def test_wie_clause_credits_the_main_clause(nlp: Language) -> None:
    text = "Der Vorstand plant den Verkauf der Sparte, wie die Zeitung berichtet."
    assert _summary(_quotes(nlp, text)) == [
        ("indirect", "die Zeitung", "Der Vorstand plant den Verkauf der Sparte")
    ]


def test_speaker_with_apposition_between_commas(nlp: Language) -> None:
    text = "Der Bürgermeister von Ulm, Hans Ott, teilte mit, dass die Brücke gesperrt bleibe."
    assert _summary(_quotes(nlp, text)) == [
        ("indirect", "Der Bürgermeister von Ulm, Hans Ott", "dass die Brücke gesperrt bleibe")
    ]


def test_verb_of_saying_makes_any_noun_phrase_a_speaker(nlp: Language) -> None:
    quotes = _quotes(nlp, "Das Komitee sagte, der Beschluss sei ein Verstoß gegen geltendes Recht.")
    assert _summary(quotes) == [
        ("indirect", "Das Komitee", "der Beschluss sei ein Verstoß gegen geltendes Recht")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Der Pilot meldete einen Defekt, so dass die Maschine umkehren musste.",
        "Die Firma informierte die Kunden, die daraufhin ihre Verträge kündigten.",
        # `Als` opening the sentence tells when, not who said the main clause.
        "Als die Firma Brenntal AG ihre Übernahme durch die Holtmann GmbH verkündete, stieg der Kurs.",
    ],
)
def test_adverbial_and_relative_clauses_are_no_content(nlp: Language, text: str) -> None:
    assert [q for q in _quotes(nlp, text) if q.kind != "reported"] == []


def test_a_clause_opened_by_als_before_the_cue_is_part_of_what_was_said(nlp: Language) -> None:
    text = "Als die Retter eintrafen, war der Mann ansprechbar, sagte eine Sprecherin der Feuerwehr."
    assert _summary(_quotes(nlp, text)) == [
        ("indirect", "eine Sprecherin der Feuerwehr", "Als die Retter eintrafen, war der Mann ansprechbar")
    ]


def test_wie_clause_with_apposition_names_its_subject(nlp: Language) -> None:
    text = (
        "Wie die Sprecherin der Stadtwerke, Eva Brandt, mitteilte, bleibt das Hallenbad bis Mai geschlossen."
    )
    quotes = _quotes(nlp, text)
    assert [(q.kind, q.content.text) for q in quotes] == [
        ("indirect", "bleibt das Hallenbad bis Mai geschlossen")
    ]
    assert quotes[0].speaker is not None and "Sprecherin der Stadtwerke" in quotes[0].speaker.text


def test_particle_verb_angeben_makes_any_noun_phrase_a_speaker(nlp: Language) -> None:
    quotes = _quotes(nlp, "Die Reederei gab an, die Fähre ab Juli wieder fahren zu lassen.")
    assert _summary(quotes) == [("indirect", "Die Reederei", "die Fähre ab Juli wieder fahren zu lassen")]


def test_konjunktiv_one_continues_across_one_narrated_sentence(nlp: Language) -> None:
    text = (
        "Der Landrat Peter Kuhn sagte, die Straße werde im Herbst saniert. "
        "Die Straße wurde im Jahr 1970 gebaut. "
        "Die Kosten lägen bei zwei Millionen Euro, das Land übernehme die Hälfte."
    )
    quotes = _quotes(nlp, text)
    assert [(q.speaker.text if q.speaker else None) for q in quotes][-1:] == ["Der Landrat Peter Kuhn"]
    assert quotes[-1].content.text.startswith("Die Kosten lägen")
    assert not any(q.content.text.startswith("Die Straße wurde") for q in quotes)


def test_konjunktiv_two_does_not_continue_across_a_narrated_sentence(nlp: Language) -> None:
    text = (
        "Der Landrat Peter Kuhn sagte, die Straße werde im Herbst saniert. "
        "Die Straße wurde im Jahr 1970 gebaut. "
        "Ohne die Brücke wäre der Ort kaum erreichbar."
    )
    # The continuation rule stops at the narrated sentence. (The trained ranker weighs such a
    # sentence on its own and, at its low threshold, may still credit it: bench/quotes_wikinews.py.)
    quotes = extract_quotes(nlp(text), ranker=None)
    assert [q.content.text for q in quotes] == ["die Straße werde im Herbst saniert"]


@pytest.mark.parametrize(
    "text",
    [
        "Der Angeklagte wurde vom Landgericht zu drei Jahren Haft verurteilt.",
        "Die Mannschaft bestreitet am Samstag ihr erstes Heimspiel.",
    ],
)
def test_sentencing_and_playing_are_no_speech(nlp: Language, text: str) -> None:
    assert _quotes(nlp, text) == []


def test_a_wie_insertion_speaks_for_the_clause_on_both_sides(nlp: Language) -> None:
    text = "Der Minister wird, wie ein Sprecher sagte, am Montag nach Lindental reisen."
    assert _summary(_quotes(nlp, text)) == [("indirect", "ein Sprecher", text.rstrip("."))]
