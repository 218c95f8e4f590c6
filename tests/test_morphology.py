"""Case and number from determiners, endings, prepositions and clause position (`chronik_case`)."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc, MorphAnalysis

from chronik.core.errors import MissingAnnotation
from chronik.nlp.morphology import expand, load_case_lexicon
from chronik.nlp.noun_phrases import MissingTagsWarning


@pytest.fixture(scope="module")
def nlp() -> spacy.language.Language:
    nlp = spacy.blank("de")
    nlp.add_pipe("chronik_case")
    return nlp


def tagged(nlp: spacy.language.Language, text: str, lemmas: dict[str, str] | None = None) -> Doc:
    words, tags = zip(*(item.rsplit("/", 1) for item in text.split()), strict=True)
    doc = Doc(nlp.vocab, words=list(words), tags=list(tags))
    for token in doc:
        token.lemma_ = (lemmas or {}).get(token.text, token.text)
    return nlp(doc)


def feats(doc: Doc, word: str, key: str) -> str:
    """The feature `key` of the first token `word`, multiple values joined as in CoNLL-U."""
    return ",".join(next(t for t in doc if t.text == word).morph.get(key, []))


def test_dative_object_and_accusative_object() -> None:
    nlp = spacy.blank("de")
    nlp.add_pipe("chronik_case")
    doc = tagged(nlp, "Der/ART Minister/NN überreichte/VVFIN dem/ART Gast/NN ein/ART Buch/NN ./$.")
    assert feats(doc, "Minister", "Case") == "Nom"
    assert feats(doc, "Gast", "Case") == "Dat"
    assert feats(doc, "Buch", "Case") == "Acc"
    assert feats(doc, "Buch", "Number") == "Sing"


def test_fronted_object_leaves_the_subject_after_the_verb(nlp: spacy.language.Language) -> None:
    doc = tagged(nlp, "Dem/ART Gast/NN überreichte/VVFIN der/ART Minister/NN ein/ART Buch/NN ./$.")
    assert [feats(doc, w, "Case") for w in ("Gast", "Minister", "Buch")] == ["Dat", "Nom", "Acc"]


def test_herrn_is_not_nominative_and_ambiguity_is_kept(nlp: spacy.language.Language) -> None:
    doc = tagged(nlp, "schenkte/VVFIN Herr/NN Putin/NE Herrn/NN Kim/NE ein/ART Paar/NN Handschuhe/NN ./$.")
    assert feats(doc, "Putin", "Case") == "Nom"
    assert feats(doc, "Kim", "Case") == "Acc,Dat"
    assert feats(doc, "Handschuhe", "Case") == "Acc"
    assert feats(doc, "Handschuhe", "Number") == ""  # "ein" agrees with Paar, not with the gloves


def test_pronouns_by_form(nlp: spacy.language.Language) -> None:
    doc = tagged(nlp, "Er/PPER gab/VVFIN ihm/PPER den/ART Brief/NN und/KON sie/PPER lachte/VVFIN ./$.")
    assert feats(doc, "Er", "Case") == "Nom" and feats(doc, "Er", "Person") == "3"
    assert feats(doc, "ihm", "Case") == "Dat"
    assert feats(doc, "Brief", "Case") == "Acc"


def test_prepositions_and_contractions_govern(nlp: spacy.language.Language) -> None:
    doc = tagged(
        nlp,
        "Sie/PPER sprach/VVFIN mit/APPR der/ART Regierung/NN im/APPRART Kreml/NE für/APPR Russland/NE ./$.",
    )
    assert feats(doc, "Regierung", "Case") == "Dat" and feats(doc, "Regierung", "Gender") == "Fem"
    assert feats(doc, "Kreml", "Case") == "Dat" and feats(doc, "Kreml", "Number") == "Sing"
    assert feats(doc, "Russland", "Case") == "Acc"


def test_a_pronoun_after_a_preposition_leaves_the_subject_to_the_name(nlp: spacy.language.Language) -> None:
    doc = tagged(nlp, "Für/APPR sie/PPER fordert/VVFIN Richter/NN Tom/NE Berg/NE lange/ADJA Sperren/NN ./$.")
    assert feats(doc, "sie", "Case") == "Acc"
    assert feats(doc, "Berg", "Case") == "Nom"


def test_two_way_preposition_stays_ambiguous_inside_a_participle(nlp: spacy.language.Language) -> None:
    doc = tagged(nlp, "Er/PPER erhielt/VVFIN ein/ART in/APPR Nordkorea/NE hergestelltes/ADJA Gewehr/NN ./$.")
    assert feats(doc, "Nordkorea", "Case") == "Acc,Dat"
    assert feats(doc, "Gewehr", "Case") == "Acc" and feats(doc, "Gewehr", "Gender") == "Neut"


def test_genitive_attribute_and_adjective_ending(nlp: spacy.language.Language) -> None:
    doc = tagged(nlp, "Der/ART Besuch/NN des/ART nordkoreanischen/ADJA Staatschefs/NN erfolgte/VVFIN ./$.")
    assert feats(doc, "Besuch", "Case") == "Nom"
    assert feats(doc, "Staatschefs", "Case") == "Gen" and feats(doc, "Staatschefs", "Number") == "Sing"


def test_copula_keeps_two_nominatives(nlp: spacy.language.Language) -> None:
    doc = tagged(nlp, "Die/ART Stadt/NN ist/VAFIN ein/ART wichtiger/ADJA Hafen/NN ./$.", {"ist": "sein"})
    assert feats(doc, "Stadt", "Case") == "Nom"
    assert feats(doc, "Hafen", "Case") == "Nom"


def test_coordinated_subjects(nlp: spacy.language.Language) -> None:
    doc = tagged(nlp, "Putin/NE und/KON Kim/NE trafen/VVFIN den/ART Gouverneur/NN ./$.")
    assert [feats(doc, w, "Case") for w in ("Putin", "Kim", "Gouverneur")] == ["Nom", "Nom", "Acc"]


def test_existing_morphology_is_never_overwritten(nlp: spacy.language.Language) -> None:
    doc = Doc(nlp.vocab, words=["dem", "Gast"], tags=["ART", "NN"])
    doc[1].morph = MorphAnalysis(nlp.vocab, "Case=Gen")
    nlp(doc)
    assert str(doc[1].morph) == "Case=Gen|Number=Sing"


def test_bundle_specs_expand() -> None:
    bundles, person = expand("Dat.Sing.*")
    assert len(bundles) == 3 and person is None
    assert load_case_lexicon().prepositions["mit"] == {"Dat"}


def test_without_tags_warn_or_raise() -> None:
    lenient = spacy.blank("de")
    lenient.add_pipe("chronik_case")
    with pytest.warns(MissingTagsWarning):
        lenient("Der Minister kam.")
    strict = spacy.blank("de")
    strict.add_pipe("chronik_case", config={"on_missing_tags": "raise"})
    with pytest.raises(MissingAnnotation):
        strict("Der Minister kam.")


@pytest.mark.parametrize(
    ("form", "number"),
    [
        *[(w, "Sing") for w in ("stellt", "traf", "kann", "schien", "ist")],
        *[(w, "Plur") for w in ("stellen", "trafen", "wandern", "handeln", "sind")],
    ],
)
def test_a_finite_verb_gets_its_number_from_its_form(
    nlp: spacy.language.Language, form: str, number: str
) -> None:
    doc = tagged(nlp, f"Sie/PPER {form}/VVFIN ./$.")
    assert feats(doc, form, "Number") == number


def test_a_fronted_das_leaves_the_subject_to_a_phrase_that_agrees_with_the_verb(
    nlp: spacy.language.Language,
) -> None:
    doc = tagged(nlp, "Das/PDS sagte/VVFIN die/ART Ministerin/NN ./$.")
    assert feats(doc, "Ministerin", "Case") == "Nom"
    # `Frauen` cannot be the subject of singular `betrifft`: `Das` stays the subject.
    doc = tagged(nlp, "Das/PDS betrifft/VVFIN die/ART Frauen/NN ./$.")
    assert "Nom" not in feats(doc, "Frauen", "Case")


def test_ihr_is_a_subject_only_beside_a_second_person_plural_verb(nlp: spacy.language.Language) -> None:
    doc = tagged(nlp, "Dabei/PROAV wurde/VAFIN ihr/PPER eine/ART Vase/NN geschenkt/VVPP ./$.")
    assert feats(doc, "ihr", "Case") == "Dat" and feats(doc, "Vase", "Case") == "Nom"
    doc = tagged(nlp, "Ihr/PPER habt/VAFIN eine/ART Vase/NN geschenkt/VVPP ./$.")
    assert feats(doc, "Ihr", "Case") == "Nom"
