"""The shipped German pipeline: loads offline, tokenises and splits news, tags, lemmatises, finds names."""

from __future__ import annotations

from pathlib import Path

import numpy
import pytest
import spacy
from spacy.tokens import Doc

from chronik.core.errors import MissingAnnotation, NlpError
from chronik.core.settings import Settings
from chronik.nlp.lemmas import KnownLemmas, particle_participle_lemma, repaired_verb_lemma, strong_verb_lemma
from chronik.nlp.pipeline import MODEL_DIR, hanta_pipeline, load_pipeline
from chronik.nlp.tokenizer import blank_german
from chronik.nlp.upos import UposFromStts


@pytest.fixture(scope="module")
def nlp() -> spacy.Language:
    return load_pipeline(Settings.load(nlp_backend="chronik-de"))


@pytest.fixture(scope="module")
def splitter() -> spacy.Language:
    """Tokenizer and sentence rules only: what the boundary tests are about."""
    blank = blank_german()
    blank.add_pipe("chronik_sentences")
    return blank


def sentences(nlp: spacy.Language, text: str) -> list[str]:
    return [s.text.strip() for s in nlp(text).sents]


def test_shipped_pipeline_loads_from_the_package_without_network(nlp: spacy.Language) -> None:
    assert (MODEL_DIR / "config.cfg").is_file()
    for name in ("chronik_sentences", "ner"):
        assert name in nlp.pipe_names
    assert all(f.stat().st_size < 50_000_000 for f in MODEL_DIR.rglob("*") if f.is_file())


def test_pipeline_is_cached_per_backend(nlp: spacy.Language) -> None:
    assert load_pipeline(Settings.load(nlp_backend="chronik-de")) is nlp


@pytest.mark.parametrize(
    ("text", "token"),
    [
        ("Laut Nr. 5 der Liste", "Nr."),
        ("Das gilt z. B. für Banken.", "z."),
        ("Er traf u. a. Minister.", "a."),
        ("Dr. Weber kam.", "Dr."),
        ("Bund bzw. Länder zahlen.", "bzw."),
        ("Am 13. September begann es.", "13."),
        ("Gemäß Art. 3 GG gilt das.", "Art."),
    ],
)
def test_abbreviations_and_ordinals_keep_their_full_stop(
    splitter: spacy.Language, text: str, token: str
) -> None:
    doc = splitter(text)
    assert token in [t.text for t in doc]
    assert len(list(doc.sents)) == 1


def test_german_quotes_are_tokens_of_their_own(splitter: spacy.Language) -> None:
    words = [t.text for t in splitter("Sie nannte es „unfair“ und ‚falsch‘.")]
    assert words == ["Sie", "nannte", "es", "„", "unfair", "“", "und", "‚", "falsch", "‘", "."]


def test_ordinal_date_does_not_end_a_sentence(splitter: spacy.Language) -> None:
    text = "Die Wahl fand am 1. Mai statt. Danach regierte die Koalition."
    assert sentences(splitter, text) == ["Die Wahl fand am 1. Mai statt.", "Danach regierte die Koalition."]


def test_year_with_full_stop_ends_a_sentence(splitter: spacy.Language) -> None:
    doc = splitter("Der Vertrag lief bis 2019. Dann kam der Streit.")
    assert [s.text.strip() for s in doc.sents] == ["Der Vertrag lief bis 2019.", "Dann kam der Streit."]
    assert [t.text for t in doc][4:6] == ["2019", "."]


def test_score_with_full_stop_ends_a_sentence(splitter: spacy.Language) -> None:
    # A score is never an ordinal: its stop ends the sentence before any capitalised word.
    doc = splitter("Borowski traf im Rückspiel zum 2:1. Ein weiteres Tor fiel nicht.")
    assert sentences(splitter, "Borowski traf im Rückspiel zum 2:1. Ein weiteres Tor fiel nicht.") == [
        "Borowski traf im Rückspiel zum 2:1.",
        "Ein weiteres Tor fiel nicht.",
    ]
    assert [t.text for t in doc][5:7] == ["2:1", "."]


def test_headline_before_a_blank_line_is_its_own_sentence(splitter: spacy.Language) -> None:
    text = "Streik legt Flughafen lahm\n\nDie Gewerkschaft rief am Montag zum Ausstand auf."
    assert sentences(splitter, text) == [
        "Streik legt Flughafen lahm",
        "Die Gewerkschaft rief am Montag zum Ausstand auf.",
    ]


def test_hard_line_break_inside_a_paragraph_is_no_boundary(splitter: spacy.Language) -> None:
    text = "Die Ministerin kündigte an, die Mittel\nfür Schulen zu erhöhen."
    assert len(sentences(splitter, text)) == 1


def test_quote_spanning_sentences_closes_with_its_mark(splitter: spacy.Language) -> None:
    text = "Er sagte: „Wir bleiben. Wir geben nicht auf.“ Dann verließ er den Saal."
    assert sentences(splitter, text) == [
        "Er sagte: „Wir bleiben.",
        "Wir geben nicht auf.“",
        "Dann verließ er den Saal.",
    ]


def test_question_inside_a_quote_continues_after_a_comma(splitter: spacy.Language) -> None:
    assert len(sentences(splitter, "„Warum jetzt?“, fragte die Abgeordnete.")) == 1


def test_german_sentence_gets_plausible_tags_and_lemmas(nlp: spacy.Language) -> None:
    doc = nlp("Die Bürgermeisterin eröffnete gestern zwei neue Brücken über den Fluss.")
    by_word = {t.text: t for t in doc}
    assert by_word["Die"].tag_ == "ART" and by_word["Die"].pos_ == "DET"
    assert by_word["eröffnete"].tag_ == "VVFIN" and by_word["eröffnete"].lemma_ == "eröffnen"
    assert by_word["Brücken"].pos_ == "NOUN" and by_word["Brücken"].lemma_ == "Brücke"
    assert by_word["neue"].tag_ == "ADJA" and by_word["neue"].lemma_ == "neu"
    assert by_word["."].tag_ == "$."


def test_german_sentence_gets_plausible_entities(nlp: spacy.Language) -> None:
    doc = nlp("Die Kanzlerin Angela Merkel besuchte am Dienstag Paris und sprach mit Vertretern der UNESCO.")
    ents = {(e.text, e.label_) for e in doc.ents}
    assert ("Angela Merkel", "PER") in ents
    assert ("Paris", "LOC") in ents
    assert {label for _text, label in ents} <= {"PER", "LOC", "ORG", "OTH"}


def test_entity_offsets_point_into_the_text(nlp: spacy.Language) -> None:
    text = "Der Verband BUND kritisierte die Pläne von Bayer in Leverkusen."
    for ent in nlp(text).ents:
        assert text[ent.start_char : ent.end_char] == ent.text


def test_backend_by_path_gets_chronik_components(tmp_path: Path) -> None:
    path = tmp_path / "copy"
    spacy.load(MODEL_DIR).to_disk(path)
    other = load_pipeline(Settings.load(nlp_backend=str(path)))
    assert "ner" in other.pipe_names
    assert other("Olaf Scholz reiste nach Rom.").ents


def test_hanta_backend_by_name_tags_without_entities() -> None:
    doc = load_pipeline(Settings.load(nlp_backend="hanta"))("Die Kinder spielten im Garten.")
    assert [t.tag_ for t in doc] == ["ART", "NN", "VVFIN", "APPRART", "NN", "$."]
    assert doc[1].lemma_ == "Kind"
    assert hanta_pipeline().pipe_names == ["chronik_sentences", "chronik_hanta"]


def test_backend_without_tagger_raises_missing_annotation(tmp_path: Path) -> None:
    path = tmp_path / "blank"
    spacy.blank("de").to_disk(path)
    with pytest.raises(MissingAnnotation, match="STTS tags"):
        load_pipeline(Settings.load(nlp_backend=str(path)))


def test_unknown_backend_is_an_nlp_error() -> None:
    with pytest.raises(NlpError, match="cannot load"):
        load_pipeline(Settings.load(nlp_backend="no_such_pipeline_xyz"))


NEWS_BOUNDARY_CASES = [
    "Streik legt Flughafen lahm\n\nDie Gewerkschaft rief am Montag zum Ausstand auf.",
    "Die Ministerin kündigte an, die Mittel\nfür Schulen zu erhöhen.",
    "Er sagte: „Wir bleiben. Wir geben nicht auf.“ Dann verließ er den Saal.",
    "„Warum jetzt?“, fragte die Abgeordnete.",
    "Das gilt z. B. für Banken. Dr. Weber kam am 13. September nach Berlin.",
    "Der Vertrag lief bis 2019. Dann kam der Streit.",
]


@pytest.mark.parametrize("text", NEWS_BOUNDARY_CASES)
def test_full_pipeline_keeps_the_rule_boundaries_of_news(
    nlp: spacy.Language, splitter: spacy.Language, text: str
) -> None:
    assert sentences(nlp, text) == sentences(splitter, text)


def test_sentence_model_only_adds_starts_after_a_word_before_a_capital(nlp: spacy.Language) -> None:
    senter = nlp.get_pipe("chronik_senter")
    with nlp.select_pipes(enable=["chronik_sentences"]):
        doc = nlp("Tolles Hotel Wir kommen wieder. Nr. 5 war gut")
    rule_starts = [t.i for t in doc if t.is_sent_start]
    senter.set_annotations([doc], [numpy.ones(len(doc), dtype="float32")])
    starts = [t.i for t in doc if t.is_sent_start]
    assert set(rule_starts) <= set(starts)
    added = {doc[i].text for i in set(starts) - set(rule_starts)}
    # After a word before a capital ("Hotel" → "Wir", "Nr." is no word) — "kommen", "wieder", "war",
    # "gut" are lower-case, so only "Hotel" and "Wir" could open a sentence.
    assert added == {"Hotel", "Wir"}


def test_sentence_model_adds_no_start_after_a_preposition(nlp: spacy.Language) -> None:
    senter = nlp.get_pipe("chronik_senter")
    with nlp.select_pipes(enable=["chronik_sentences", "tok2vec", "tagger"]):
        doc = nlp("Laut Berliner Polizei blieb es ruhig")
    senter.set_annotations([doc], [numpy.ones(len(doc), dtype="float32")])
    # Every word before a capital could open a sentence, but `Laut` (APPR) opens a phrase.
    assert doc[0].tag_ == "APPR" and not doc[1].is_sent_start and doc[2].is_sent_start


def test_stts_table_gives_upos_with_its_word_exceptions(nlp: spacy.Language) -> None:
    doc = Doc(nlp.vocab, words=["Alles", "andere", "kam", "zurück", "Peter"])
    for token, tag in zip(doc, ["PIS", "PIS", "VVFIN", "PTKVZ", "NE"], strict=True):
        token.tag_ = tag
    doc = UposFromStts(nlp)(doc)
    assert [t.pos_ for t in doc] == ["DET", "DET", "VERB", "ADV", "PROPN"]


@pytest.mark.parametrize(
    ("tag", "lemma", "repaired"),
    [
        ("VVFIN", "unterzeichneen", "unterzeichnen"),
        ("VVFIN", "warteen", "warten"),
        ("VVFIN", "schenkn", "schenken"),
        ("VVFIN", "sammeln", "sammeln"),
        ("VAFIN", "sein", "sein"),
        ("VVINF", "tun", "tun"),
        ("VVFIN", "gehen", "gehen"),
        ("NN", "Fee", "Fee"),
        ("NN", "Tournee", "Tournee"),
    ],
)
def test_impossible_verb_lemmas_are_repaired(tag: str, lemma: str, repaired: str) -> None:
    assert repaired_verb_lemma(tag, lemma) == repaired


@pytest.mark.parametrize(
    ("form", "lemma"),
    [
        ("lieh", "leihen"),
        ("liehen", "leihen"),
        ("ausliehen", "ausleihen"),
        ("überließ", "überlassen"),
        ("brachten", "bringen"),
        ("gehen", None),
        ("kaufte", None),
        ("bietet", None),
    ],
)
def test_a_strong_verbs_preterite_gets_its_infinitive(form: str, lemma: str | None) -> None:
    assert strong_verb_lemma(form) == lemma


def test_a_preterite_the_edit_tree_left_unchanged_is_lemmatised(nlp: spacy.Language) -> None:
    doc = nlp("Die Sammlerin Vera Kolb lieh dem Verein zwei Stühle.")
    assert [t.lemma_ for t in doc if t.text == "lieh"] == ["leihen"]


@pytest.mark.parametrize(
    ("form", "lemma"),
    [
        ("zusammengetroffen", "zusammentreffen"),
        ("wiedergetroffen", "wiedertreffen"),
        ("getroffen", None),  # no particle before `ge`
        ("gelingen", None),
    ],
)
def test_a_particle_verbs_participle_gets_its_infinitive(form: str, lemma: str | None) -> None:
    assert particle_participle_lemma(form, {"getroffen": "treffen"}) == lemma


@pytest.mark.parametrize(
    ("text", "tag"),
    [
        # `Als` opening a stretch that ends in its finite verb opens a clause of time.
        ("Als Jan Kowal den Präsidenten Milan Vrba traf, war die Lage ruhig.", "KOUS"),
        ("Als die Ministerin Vera Kolb in Prag eintraf, regnete es.", "KOUS"),
        # A preposition: no finite verb closes its stretch.
        ("Als Präsident hat Jan Kowal viel getan.", "APPR"),
        ("Als Präsident traf Jan Kowal den Minister, wie erwartet, in Prag.", "APPR"),
    ],
)
def test_als_opening_a_clause_is_a_conjunction(nlp: spacy.Language, text: str, tag: str) -> None:
    assert nlp(text)[0].tag_ == tag


def test_a_participle_the_edit_tree_left_unchanged_is_lemmatised(nlp: spacy.Language) -> None:
    doc = nlp("Die Ministerin Vera Kolb ist am Montag mit dem Bürgermeister zusammengetroffen.")
    assert [t.lemma_ for t in doc if t.text == "zusammengetroffen"] == ["zusammentreffen"]


def test_docs_leave_the_pipeline_without_network_features(nlp: spacy.Language) -> None:
    # The tensor is dropped last so that `nlp.pipe(n_process=2)` does not ship it between processes.
    doc = nlp("Der Kanzler reiste am Montag nach Paris.")
    assert nlp.pipe_names[-1] == "chronik_release_tensor"
    assert doc.tensor.size == 0
    assert doc[1].tag_ and doc.ents


def test_regnal_numeral_is_an_ordinal_unless_a_sentence_opener_follows(splitter: spacy.Language) -> None:
    text = (
        "Der Gast sprach mit Königin Margarete II. Am Abend reiste er ab. "
        "Als Karl V. starb, folgte sein Sohn."
    )
    assert sentences(splitter, text) == [
        "Der Gast sprach mit Königin Margarete II.",
        "Am Abend reiste er ab.",
        "Als Karl V. starb, folgte sein Sohn.",
    ]


def test_a_parser_runs_only_when_asked_or_when_it_alone_sets_sentences() -> None:
    """`dependency_parser` off: a parser beside Chronik's sentence rules is removed at loading; one that
    is a pipeline's only source of sentence starts (a third-party pipeline) stays."""
    from chronik.nlp.pipeline import drop_parser

    with_rules = blank_german()
    with_rules.add_pipe("chronik_sentences")
    with_rules.add_pipe("parser")
    drop_parser(with_rules)
    assert with_rules.pipe_names == ["chronik_sentences"]
    alone = blank_german()
    alone.add_pipe("parser")
    drop_parser(alone)
    assert alone.pipe_names == ["parser"]


@pytest.mark.parametrize(
    ("text", "lemma"),
    [
        ("Im Dezember vereinbarten Velmorien und Tarnland einen Pakt.", "vereinbaren"),
        ("Damals vereinbarten Bund und Länder eine neue Ordnung.", "vereinbaren"),
        ("Am Montag unterzeichneten Bund und Länder den Vertrag.", "unterzeichnen"),
        ("Mit dem Verbot 2013 vereinbarten Bund und Länder, neu zu planen.", "vereinbaren"),
        ("Dann kam es zum Streit: Damals vereinbarten Velmo und Tarn Frieden.", "vereinbaren"),
        ("Unter Ministerin Jo Velmer (SPD) vereinbarten Bund und Länder eine Reform.", "vereinbaren"),
        ("Unter Minister Hans Arnusch (SPÖ) vereinbarten Bund und Länder eine Reform.", "vereinbaren"),
    ],
)
def test_a_weak_preterite_second_in_its_clause_is_the_finite_verb(
    nlp: spacy.Language, text: str, lemma: str
) -> None:
    (token,) = [t for t in nlp(text) if t.text.startswith(lemma[:-3])]
    assert (token.tag_, token.pos_, token.lemma_) == ("VVFIN", "VERB", lemma)
    assert token.morph.get("Number") == ["Plur"]


@pytest.mark.parametrize(
    "text",
    [
        "Die im Dezember vereinbarten Regeln gelten weiter.",
        "Mit den vereinbarten Regeln sind alle zufrieden.",
        "Im Dezember vereinbarten Regeln zufolge müssen die Länder zahlen.",
        "Die 2013 vereinbarten Regeln gelten.",
        "Mit 20 vereinbarten Terminen ist der Plan voll.",
        "Neu vereinbarte Regeln für die Länder",
        "Der Plan kam gut an: Die (im Dezember) vereinbarten Regeln gelten.",
        "Der Plan kam an: Mit den vereinbarten Regeln sind alle zufrieden.",
        "Die Bilanz: 41 Festnahmen und rund 40 vereinbarte Termine.",
        "Heute haben die im Bund (kurz: BV) vereinbarten Kräfte eine Kundgebung angekündigt.",
    ],
)
def test_an_adjective_of_a_participle_stays_an_adjective(nlp: spacy.Language, text: str) -> None:
    assert [t.tag_ for t in nlp(text) if t.text.startswith("vereinbart")] == ["ADJA"]


def _tagged(nlp: spacy.Language, words: list[str], tags: list[str]) -> Doc:
    doc = Doc(nlp.vocab, words=words, sent_starts=[True] + [False] * (len(words) - 1))
    for token, tag in zip(doc, tags, strict=True):
        token.tag_ = tag
    return KnownLemmas({"VVFIN": {"vereinbarten": "vereinbaren"}})(doc)


@pytest.mark.parametrize(("word", "verb"), [("Arnusch", True), ("arbeitet", False)])
def test_only_a_lower_case_finite_verb_before_the_preterite_keeps_it_an_adjective(
    nlp: spacy.Language, word: str, verb: bool
) -> None:
    # The tagger reads a rare surname as a finite verb; German writes no finite verb capitalised there.
    words = ["Unter", "Minister", "Hans", word, "(", "SPÖ", ")", "vereinbarten", "Bund", "und", "Länder", "."]
    tags = ["APPR", "NN", "NE", "VVFIN", "$(", "NE", "$(", "ADJA", "NN", "KON", "NN", "$."]
    doc = _tagged(nlp, words, tags)
    assert (doc[7].tag_ == "VVFIN") is verb


@pytest.mark.parametrize(
    ("words", "tags", "tag"),
    [
        # a possessive takes no article after it: `ihr` before one is the dative pronoun
        (["Er", "gab", "ihr", "eine", "Vase", "."], ["PPER", "VVFIN", "PPOSAT", "ART", "NN", "$."], "PPER"),
        (["Er", "gab", "ihr", "Buch", "ab", "."], ["PPER", "VVFIN", "PPOSAT", "NN", "PTKVZ", "$."], "PPOSAT"),
    ],
)
def test_ihr_before_an_article_is_the_personal_pronoun(
    nlp: spacy.Language, words: list[str], tags: list[str], tag: str
) -> None:
    assert _tagged(nlp, words, tags)[2].tag_ == tag
