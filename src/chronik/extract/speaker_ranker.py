"""A trained ranker of who speaks in a sentence that the quotation rules leave without a speaker.

Free indirect speech (`Die Lage sei ernst.` two sentences after `Der Minister besuchte ...`) and
reports with verbs no cue list foresees carry no cue the rules can read. For each such sentence,
`chronik.extract.quotes` lists the noun phrases and pronouns of the sentence and the three before
it, each described by string features (tag, entity label, case, neighbouring words, verbs of its
clause, distance, what the rules found nearby). This module scores them with a logistic model whose
weights are data (`data/extract/speaker_ranker.json`, trained by `training/train_speaker_ranker.py`
on the Wikinews quotation corpus); the best candidate speaks the sentence when its score clears the
file's threshold. Where the rules did name a speaker, a rival phrase of the same sentence replaces
it only when it outscores it by the file's `override_margin`.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files
from typing import Any

from chronik.core.errors import ConfigError

_FLAG_SETS_KEPT = 256  # sets of sentence flags whose features' addends are kept (about 30 occur)
_VERB_CROSSED = (math.nan, math.nan)  # in place of a verb-crossed feature's addends: the verbs' own
SENTENCE = "s_"  # prefix of the features that describe the sentence spoken, not the phrase
VERB = "s_verb="  # a verb of the sentence spoken


def conjoined(features: Sequence[str], verb_crossed: frozenset[str] = frozenset()) -> list[str]:
    """The features with their conjunctions, so that a linear model can weigh a phrase by the
    sentence it would speak: every phrase feature with every sentence flag (`speaker_like|d1` &
    `s_konjunktiv_one`), and the phrase features in `verb_crossed` with every verb of the sentence.
    Distance-marked copies (`…|d0`) of sentence features are not conjoined again."""
    flags, verbs = _sentence_parts(features)
    own = [f for f in features if not f.startswith(SENTENCE)]
    out = list(features)
    out += [f"{f}&{flag}" for f in own for flag in flags]
    out += [f"{f}&{verb}" for f in own if f in verb_crossed for verb in verbs]
    return out


def _sentence_parts(features: Sequence[str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The sentence flags and the sentence's verbs among the features, each once (not the
    distance-marked copies), as `conjoined` pairs them with the phrase features."""
    sentence = [f for f in features if f.startswith(SENTENCE) and "|" not in f]
    verbs = tuple(f for f in sentence if f.startswith(VERB))
    return tuple(f for f in sentence if not f.startswith(VERB)), verbs


@dataclass(frozen=True)
class SpeakerModel:
    """Weights of the logistic model over `conjoined` features; `threshold` is the score (log-odds)
    a speaker must reach."""

    weights: Mapping[str, float]
    bias: float
    threshold: float
    verb_crossed: frozenset[str] = frozenset()
    # How far a rival phrase must outscore the speaker the rules chose to replace it (inf: never).
    margin: float = math.inf

    # Each feature's conjunctions (`conjoined`): feature -> {sentence flag or verb: weight}, so
    # that a score looks weights up without building their strings. Every `&` of a weight's name
    # may be the one that joins, so each split is indexed.
    _conjunctions: dict[str, dict[str, float]] = field(init=False, compare=False, repr=False)
    # By a sentence's flags: each phrase feature with a conjunction -> its weight and the sum of
    # its conjunctions' weights with those flags (`_flag_addends`). Sentences with the same flags
    # share them, within an article and across articles; a few dozen sets of flags occur.
    _addends_by_flags: dict[tuple[str, ...], dict[str, tuple[float, float]]] = field(
        init=False, compare=False, repr=False
    )

    def __post_init__(self) -> None:
        conjunctions: dict[str, dict[str, float]] = {}
        for name, value in self.weights.items():
            at = name.find("&")
            while at != -1:
                conjunctions.setdefault(name[:at], {})[name[at + 1 :]] = value
                at = name.find("&", at + 1)
        object.__setattr__(self, "_conjunctions", conjunctions)
        object.__setattr__(self, "_addends_by_flags", {})

    def score(self, features: Sequence[str]) -> float:
        """The bias plus the weights of `conjoined(features)`, summed in its order without building
        its strings."""
        return self.scores([features], features)[0]

    def scores(self, row: Sequence[Sequence[str]], sentence: Sequence[str]) -> list[float]:
        """`score` of each candidate of a row whose candidates all speak the sentence described by
        the `s_` features of `sentence` (as the rows of `quotes.speaker_candidates` do): per
        feature its weight, then the sum of its conjunctions' weights with the sentence's flags
        (`_flag_addends`) and, for a verb-crossed feature, its verbs."""
        flags, verbs = _sentence_parts(sentence)
        weight, addend = self.weights.get, self._flag_addends(flags).get
        crossed: dict[str, tuple[float, float]] = {}  # the verb-crossed features' addends in this sentence
        out = []
        for features in row:
            total = self.bias
            for f in features:  # plain loops, not sum(): this is the ranker's inner loop
                pair = addend(f)
                if pair is None:  # no conjunction: its weight alone (adding 0.0 changes no sum)
                    total += weight(f, 0.0)
                    continue
                if pair is _VERB_CROSSED:
                    pair = crossed.get(f) or crossed.setdefault(f, self._addend(f, flags, verbs))
                # In this order, as two additions: the sum must not change in its last bit.
                total += pair[0]
                total += pair[1]
            out.append(total)
        return out

    def _flag_addends(self, flags: tuple[str, ...]) -> dict[str, tuple[float, float]]:
        """Each phrase feature with a conjunction -> its weight and the sum of its conjunctions'
        weights with `flags`, added in their order (0.0 where none has a weight); verb-crossed
        ones -> `_VERB_CROSSED`, as the sentence's verbs add to them."""
        known = self._addends_by_flags
        addends = known.get(flags)
        if addends is None:
            if len(known) >= _FLAG_SETS_KEPT:
                known.clear()
            addends = known[flags] = {}
            for f in self._conjunctions:
                if not f.startswith(SENTENCE):
                    addends[f] = _VERB_CROSSED if f in self.verb_crossed else self._addend(f, flags, ())
        return addends

    def _addend(self, f: str, flags: Sequence[str], verbs: Sequence[str]) -> tuple[float, float]:
        """A phrase feature's weight and the sum of the weights of its conjunctions with the flags
        (and verbs), added in their order."""
        joined, part = self._conjunctions[f], 0.0
        for flag in flags:
            part += joined.get(flag, 0.0)
        if verbs:
            crossed = 0.0
            for verb in verbs:
                crossed += joined.get(verb, 0.0)
            part += crossed
        return self.weights.get(f, 0.0), part

    def probability(self, features: Sequence[str]) -> float:
        return 1.0 / (1.0 + math.exp(-self.score(features)))

    def best(
        self, candidates: Sequence[tuple[Any, Sequence[str]]], scores: Sequence[float] | None = None
    ) -> tuple[Any, float] | None:
        """The candidate with the highest score and its score, if it clears the threshold
        (`scores`: the candidates' scores, when the caller has them)."""
        if scores is None:
            scores = [self.score(features) for _, features in candidates]
        scored = [(x, i) for i, x in enumerate(scores)]
        if not scored:
            return None
        score, i = max(scored)
        return (candidates[i][0], score) if score > self.threshold else None

    def to_json(self) -> dict[str, Any]:
        return {
            "threshold": self.threshold,
            "bias": self.bias,
            "verb_crossed": sorted(self.verb_crossed),
            "override_margin": self.margin if math.isfinite(self.margin) else None,
            "weights": dict(sorted(self.weights.items())),
        }


def model_from_json(data: Mapping[str, Any]) -> SpeakerModel:
    try:
        weights = {str(k): float(v) for k, v in data["weights"].items()}
        crossed = frozenset(str(f) for f in data.get("verb_crossed", []))
        margin = data.get("override_margin")
        margin = math.inf if margin is None else float(margin)
        return SpeakerModel(weights, float(data["bias"]), float(data["threshold"]), crossed, margin)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ConfigError(f"speaker ranker weights: {exc}") from exc


@cache
def shipped_model() -> SpeakerModel | None:
    """The model in `data/extract/speaker_ranker.json`, or None when the file is absent."""
    path = files("chronik") / "data" / "extract" / "speaker_ranker.json"
    if not path.is_file():
        return None
    return model_from_json(json.loads(path.read_text(encoding="utf-8")))
