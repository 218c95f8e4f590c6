"""German noun phrases from tags (`chronik_noun_phrases`)."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc, Span

from chronik.core.errors import MissingAnnotation
from chronik.nlp.noun_phrases import SPAN_KEY, MissingTagsWarning, chunk


@pytest.fixture(scope="module")
def nlp() -> spacy.language.Language:
    nlp = spacy.blank("de")
    nlp.add_pipe("chronik_noun_phrases")
    return nlp


def tagged(nlp: spacy.language.Language, text: str) -> Doc:
    """A doc from `word/TAG` pairs (STTS), run through the pipeline."""
    words, tags = zip(*(item.rsplit("/", 1) for item in text.split()), strict=True)
    return nlp(Doc(nlp.vocab, words=list(words), tags=list(tags)))


def phrases(doc: Doc) -> list[tuple[str, str, str, str | None]]:
    """(label, text, head, title) of every phrase."""
    out = []
    for span in doc.spans[SPAN_KEY]:
        title = doc[span._.np_title].text if span._.np_title is not None else None
        out.append((span.label_, span.text, doc[span._.np_head].text, title))
    return out


def test_prenominal_participle_with_its_own_prepositional_phrase(nlp: spacy.language.Language) -> None:
    doc = tagged(nlp, "ein/ART in/APPR Nordkorea/NE hergestelltes/ADJA Gewehr/NN")
    assert phrases(doc) == [
        ("NP", "ein in Nordkorea hergestelltes Gewehr", "Gewehr", None),
        ("NP_PP", "Nordkorea", "Nordkorea", None),
    ]


def test_participle_chain_of_two_prepositional_phrases(nlp: spacy.language.Language) -> None:
    doc = tagged(nlp, "die/ART am/APPRART Montag/NN in/APPR Berlin/NE vorgestellten/ADJA Pläne/NN")
    assert phrases(doc)[0] == ("NP", "die am Montag in Berlin vorgestellten Pläne", "Pläne", None)


def test_preposition_after_a_noun_is_not_swallowed(nlp: spacy.language.Language) -> None:
    doc = tagged(nlp, "ein/ART Paar/NN Handschuhe/NN aus/APPR einem/ART Raumanzug/NN")
    assert phrases(doc) == [
        ("NP", "ein Paar Handschuhe", "Handschuhe", None),
        ("NP", "einem Raumanzug", "Raumanzug", None),
    ]


def test_determiner_adjective_noun_and_numbers(nlp: spacy.language.Language) -> None:
    doc = tagged(nlp, "der/ART nordkoreanische/ADJA Führer/NN traf/VVFIN fünf/CARD Sprengdrohnen/NN")
    assert phrases(doc) == [
        ("NP", "der nordkoreanische Führer", "Führer", None),
        ("NP", "fünf Sprengdrohnen", "Sprengdrohnen", None),
    ]


def test_genitive_attribute_is_part_of_the_phrase_and_a_phrase_of_its_own(
    nlp: spacy.language.Language,
) -> None:
    doc = tagged(nlp, "die/ART Hauptstadt/NN des/ART Landes/NN")
    assert phrases(doc) == [
        ("NP", "die Hauptstadt des Landes", "Hauptstadt", None),
        ("NP_GEN", "des Landes", "Landes", None),
    ]


def test_close_apposition_head_is_the_name(nlp: spacy.language.Language) -> None:
    doc = tagged(
        nlp,
        "Präsident/NN Wladimir/NE Putin/NE überreichte/VVFIN dem/ART nordkoreanischen/ADJA Führer/NN "
        "Kim/NE Jong-un/NE ein/ART Gewehr/NN",
    )
    assert phrases(doc) == [
        ("NP", "Präsident Wladimir Putin", "Putin", "Präsident"),
        ("NP", "dem nordkoreanischen Führer Kim Jong-un", "Jong-un", "Führer"),
        ("NP", "ein Gewehr", "Gewehr", None),
    ]


def test_honorifics_split_adjacent_names(nlp: spacy.language.Language) -> None:
    doc = tagged(nlp, "schenkte/VVFIN Herr/NN Putin/NE Herrn/NN Kim/NE ein/ART Buch/NN")
    assert [p[1] for p in phrases(doc)] == ["Herr Putin", "Herrn Kim", "ein Buch"]


def test_prenominal_genitive_name(nlp: spacy.language.Language) -> None:
    doc = tagged(nlp, "Nordkoreas/NE Machthaber/NN Kim/NE Jong/NE Un/NE reiste/VVFIN")
    assert phrases(doc) == [
        ("NP", "Nordkoreas Machthaber Kim Jong Un", "Un", "Machthaber"),
        ("NP_GEN", "Nordkoreas", "Nordkoreas", None),
    ]


def test_postnominal_genitive_name_after_a_determined_noun(nlp: spacy.language.Language) -> None:
    doc = tagged(nlp, "der/ART Präsident/NN Russlands/NE sagte/VVFIN")
    assert phrases(doc)[0] == ("NP", "der Präsident Russlands", "Präsident", None)


def test_coordinated_adjectives_and_pronouns(nlp: spacy.language.Language) -> None:
    doc = tagged(nlp, "er/PPER lobte/VVFIN wirtschaftliche/ADJA und/KON humanitäre/ADJA Zusammenarbeit/NN")
    assert [p[1] for p in phrases(doc)] == ["er", "wirtschaftliche und humanitäre Zusammenarbeit"]


def test_entities_keep_adjacent_names_apart(nlp: spacy.language.Language) -> None:
    doc = Doc(nlp.vocab, words=["Merkel", "Macron", "lachten"], tags=["NE", "NE", "VVFIN"])
    doc.ents = [Span(doc, 0, 1, label="PER"), Span(doc, 1, 2, label="PER")]
    assert [p[1] for p in phrases(nlp(doc))] == ["Merkel", "Macron"]


def test_phrases_never_cross_a_sentence_boundary() -> None:
    found = chunk(["Putin", "Wladiwostok"], ["NE", "NE"], sentence_starts=[False, True])
    assert [(p.start, p.end) for p in found] == [(0, 1), (1, 2)]


def test_universal_pos_alone_is_enough(nlp: spacy.language.Language) -> None:
    doc = Doc(nlp.vocab, words=["der", "russische", "Präsident"], pos=["DET", "ADJ", "NOUN"])
    assert phrases(nlp(doc)) == [("NP", "der russische Präsident", "Präsident", None)]


def test_without_tags_it_warns_and_does_nothing(nlp: spacy.language.Language) -> None:
    with pytest.warns(MissingTagsWarning):
        doc = nlp("Der Minister kam.")
    assert list(doc.spans[SPAN_KEY]) == []


def test_without_tags_it_can_raise() -> None:
    strict = spacy.blank("de")
    strict.add_pipe("chronik_noun_phrases", config={"on_missing_tags": "raise"})
    with pytest.raises(MissingAnnotation):
        strict("Der Minister kam.")


def test_with_the_hanta_backend_on_a_real_sentence() -> None:
    pipeline = pytest.importorskip("chronik.nlp.pipeline")
    nlp = pipeline.hanta_pipeline()
    doc = nlp("Der russische Außenminister Sergej Lawrow wird Nordkorea im Oktober besuchen.")
    from chronik.nlp.noun_phrases import find_noun_phrases

    found = find_noun_phrases(doc) or []
    assert [doc[p.start : p.end].text for p in found] == [
        "Der russische Außenminister Sergej Lawrow",
        "Nordkorea",
        "Oktober",
    ]
