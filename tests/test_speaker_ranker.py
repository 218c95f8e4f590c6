"""The learnt speaker ranker: its model arithmetic, its data file, and how quotes use it."""

from __future__ import annotations

import pytest
from spacy.language import Language

from chronik.core.errors import ConfigError
from chronik.extract.quotes import extract_quotes, speaker_candidates
from chronik.extract.speaker_ranker import SpeakerModel, conjoined, model_from_json, shipped_model

# A minister who does something that is no speech act, then a sentence in Konjunktiv I: free
# indirect speech the quotation rules cannot credit (no speech verb, no quote before it).
FREE_INDIRECT = (
    "Der Innenminister besuchte am Montag die Unglücksstelle in Hamburg. "
    "Die Lage sei inzwischen unter Kontrolle."
)


def test_conjoined_crosses_phrase_features_with_sentence_flags_and_chosen_ones_with_verbs() -> None:
    features = ["tag=NN|d0", "speaker_like|d0", "s_konjunktiv_one", "s_konjunktiv_one|d0", "s_verb=werten"]
    out = conjoined(features, frozenset({"speaker_like|d0"}))
    assert out[: len(features)] == features
    assert "tag=NN|d0&s_konjunktiv_one" in out
    assert "speaker_like|d0&s_konjunktiv_one" in out
    assert "speaker_like|d0&s_verb=werten" in out
    assert "tag=NN|d0&s_verb=werten" not in out  # not chosen for verb conjunctions
    assert not any(f.endswith("&s_konjunktiv_one|d0") for f in out)  # distance copies stay single


def test_score_sums_the_weights_of_the_conjoined_features() -> None:
    weights = {
        "tag=NN|d0": 0.5,
        "tag=NN|d0&s_rule": -0.25,
        "speaker_like|d0&s_verb=werten": 1.5,
        "speaker_like|d0&s_rule": 0.125,
        "s_rule": 2.0,
    }
    model = SpeakerModel(weights, bias=-1.0, threshold=0.0, verb_crossed=frozenset({"speaker_like|d0"}))
    for features in (
        ["tag=NN|d0", "speaker_like|d0", "s_rule", "s_verb=werten", "s_rule|d0"],
        ["tag=NN|d0", "s_verb=werten"],  # another sentence: other flags, the cache must not mix them
        ["speaker_like|d0", "s_rule", "s_verb=sagen"],
    ):
        expected = -1.0 + sum(weights.get(f, 0.0) for f in conjoined(features, model.verb_crossed))
        assert model.score(features) == pytest.approx(expected)


def test_scores_of_a_row_equal_each_candidates_score_to_the_last_bit() -> None:
    weights = {
        "tag=NN|d0": 0.1,
        "tag=NN|d0&s_rule": 0.2,
        "speaker_like|d0&s_verb=werten": 0.7,
        "speaker_like|d0&s_rule": 0.3,
        "s_rule": 0.6,
        "s_rule|d0": -0.45,
    }
    model = SpeakerModel(weights, bias=-0.35, threshold=0.0, verb_crossed=frozenset({"speaker_like|d0"}))
    sentence = ["s_rule", "s_verb=werten", "s_rule|d0"]
    row = [
        ["tag=NN|d0", "speaker_like|d0", *sentence],
        ["speaker_like|d0", "d=0", *sentence, "rule_speaker"],
        ["tag=NN|d0", *sentence],
    ]
    assert model.scores(row, sentence) == [model.score(features) for features in row]
    candidates = list(zip("abc", row, strict=True))
    assert model.best(candidates, model.scores(row, sentence)) == model.best(candidates)


def test_best_candidate_must_clear_the_threshold() -> None:
    model = SpeakerModel({"a": 2.0, "b": -1.0}, bias=-0.5, threshold=0.0)
    assert model.best([("x", ["b"]), ("y", ["a"])]) == ("y", 1.5)
    assert model.best([("x", ["b"])]) is None
    assert model.best([]) is None
    assert model.probability(["a"]) == pytest.approx(1 / (1 + 2.718281828**-1.5), rel=1e-6)


def test_model_file_round_trips_and_bad_files_fail_clearly() -> None:
    model = SpeakerModel({"a": 1.25}, bias=-2.0, threshold=-1.5, verb_crossed=frozenset({"a"}))
    assert model_from_json(model.to_json()) == model
    with pytest.raises(ConfigError):
        model_from_json({"bias": 0.0, "threshold": 0.0})
    with pytest.raises(ConfigError):
        model_from_json({"weights": {"a": "viel"}, "bias": 0.0, "threshold": 0.0})


def test_shipped_model_ranks_the_person_above_times_places_and_objects(nlp: Language) -> None:
    model = shipped_model()
    assert model is not None, "src/chronik/data/extract/speaker_ranker.json is missing"
    sents, rows, covered = speaker_candidates(nlp(FREE_INDIRECT))
    assert len(sents) == 2 and covered == [False, False]
    scores = {span.text: model.score(features) for span, features in rows[1]}
    assert set(scores) >= {"Der Innenminister", "Montag", "die Unglücksstelle", "Hamburg", "Die Lage"}
    assert max(scores, key=lambda text: scores[text]) == "Der Innenminister"


def test_candidates_span_the_sentence_and_the_three_before_it(nlp: Language) -> None:
    text = "Anna Vogt kam. Der Zug fuhr. Ein Hund bellte. Die Katze schlief. Es sei spät."
    sents, rows, _covered = speaker_candidates(nlp(text))
    assert len(sents) == 5
    texts = [span.text for span, _ in rows[4]]
    assert "Anna Vogt" not in texts  # four sentences back
    assert {"Der Zug", "Ein Hund", "Die Katze"} <= set(texts)
    for span, features in rows[4]:
        assert text[span.start : span.end] == span.text
        assert any(f.startswith("d=") for f in features)


def test_a_ranked_speaker_completes_what_the_rules_leave_uncredited(nlp: Language) -> None:
    doc = nlp(FREE_INDIRECT)
    assert extract_quotes(doc, None) == []
    eager = SpeakerModel({"tag=NN|d1": 3.0, "speaker_like|d1": 2.0}, bias=-2.0, threshold=0.5)
    quotes = extract_quotes(doc, eager)
    spoken = [q for q in quotes if q.content.text.startswith("Die Lage")]
    assert len(spoken) == 1
    quote = spoken[0]
    assert quote.kind == "indirect" and quote.cue is None
    assert quote.speaker is not None and quote.speaker.text == "Der Innenminister"
    assert quote.content.text == "Die Lage sei inzwischen unter Kontrolle"
    strict = SpeakerModel(eager.weights, eager.bias, threshold=10.0)
    assert extract_quotes(doc, strict) == []


def test_ranker_never_overrides_a_sentence_the_rules_credit(nlp: Language) -> None:
    text = "Der Minister besuchte Hamburg. Die Polizei sagte, die Lage sei ruhig."
    doc = nlp(text)
    rules = extract_quotes(doc, None)
    assert [(q.speaker.text if q.speaker else None) for q in rules] == ["Die Polizei"]
    eager = SpeakerModel({"tag=NN|d1": 9.0}, bias=0.0, threshold=-10.0)
    ranked = extract_quotes(doc, eager)
    assert [q for q in ranked if q.content.start >= rules[0].content.start - 40 and q.cue] == rules


def test_a_cross_reference_to_earlier_coverage_offers_no_speaker(nlp: Language) -> None:
    text = (
        "Die Fähre sank am Montag vor der Küste (die Lokalzeitung berichtete). Die Ursache sei noch unklar."
    )
    _sents, rows, _covered = speaker_candidates(nlp(text))
    offered = {span.text for row in rows for span, _ in row}
    assert "Die Fähre" in offered
    assert not any("Lokalzeitung" in t for t in offered)


def test_a_rival_far_ahead_of_the_rules_speaker_takes_over(nlp: Language) -> None:
    doc = nlp("Die Polizei sagte in Hamburg, die Lage sei ruhig.")
    [rule] = extract_quotes(doc, None)
    assert rule.speaker is not None and rule.speaker.text == "Die Polizei"

    def speakers(model: SpeakerModel) -> list[str]:
        return [q.speaker.text for q in extract_quotes(doc, model) if q.speaker]

    names = {"tag=NE|d0": 5.0}  # a toy model that prefers names: `Hamburg` over `Die Polizei`
    assert speakers(SpeakerModel(names, bias=0.0, threshold=-10.0)) == ["Die Polizei"]  # never overrides
    assert speakers(SpeakerModel(names, bias=0.0, threshold=-10.0, margin=6.0)) == ["Die Polizei"]
    assert speakers(SpeakerModel(names, bias=0.0, threshold=-10.0, margin=1.0)) == ["Hamburg"]
    assert speakers(SpeakerModel(names, bias=0.0, threshold=9.0, margin=1.0)) == ["Die Polizei"]
