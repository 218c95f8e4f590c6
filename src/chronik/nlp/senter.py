"""Trained sentence starts that add to the rules (`chronik_senter`).

`chronik_sentences` finds sentences that end in punctuation; text without final punctuation (reviews,
comments, run-together headlines) is what it misses. This component is spaCy's sentence recognizer
(a tagger over the shared tok2vec, trained on UD German-GSD dev documents and rule-segmented news), but
it only ever *adds* a start, and only where the rules cannot have one: after a word (letters or digits,
no punctuation) and before a capitalised word, when the model gives the start a probability of at
least `threshold`. Every start the rules set stays.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

import numpy
from spacy.language import Language
from spacy.pipeline.senter import DEFAULT_SENTER_MODEL, SentenceRecognizer
from spacy.tokens import Doc
from thinc.api import Model

FACTORY = "chronik_senter"
# Column of the "sentence starts here" label in the model's output (labels are ("I", "S")).
START = 1


@Language.factory(
    FACTORY,
    assigns=["token.is_sent_start"],
    requires=["token.is_sent_start"],
    default_config={
        "model": DEFAULT_SENTER_MODEL,
        "overwrite": False,
        "scorer": {"@scorers": "spacy.senter_scorer.v1"},
        "threshold": 0.5,
    },
)
def make_senter(
    nlp: Language, name: str, model: Model, overwrite: bool, scorer: Callable | None, threshold: float
) -> AddingSentenceRecognizer:
    return AddingSentenceRecognizer(
        nlp.vocab, model, name, overwrite=overwrite, scorer=scorer, threshold=threshold
    )


# STTS tags of words that open a phrase or clause and so never close a sentence: prepositions,
# articles, possessives, subordinators (`Laut | Berliner Polizei` is one sentence).
_OPEN_TAGS = frozenset({"APPR", "APPRART", "ART", "PPOSAT", "KOUS"})


def may_add_start(prev_text: str, text: str, prev_tag: str = "") -> bool:
    """A start the rules cannot have set: a word, then a capitalised word; not after a word that
    opens a phrase (`prev_tag`, when the tagger ran)."""
    return prev_text.isalnum() and text[:1].isupper() and prev_tag not in _OPEN_TAGS


class AddingSentenceRecognizer(SentenceRecognizer):
    """spaCy's `senter`, predicting probabilities and only adding starts (see module doc)."""

    def __init__(
        self, vocab: Any, model: Model, name: str = FACTORY, *, threshold: float = 0.5, **kwargs: Any
    ):
        super().__init__(vocab, model, name, **kwargs)
        self.threshold = threshold

    def predict(self, docs: Iterable[Doc]) -> list[numpy.ndarray]:
        docs = list(docs)
        if not any(len(doc) for doc in docs):
            return [numpy.zeros((len(doc),), dtype="float32") for doc in docs]
        probs = []
        for scores in self.model.predict(docs):
            # The tagger's outputs are unnormalised; a two-way softmax is the logistic of the margin.
            scores = self.model.ops.to_numpy(scores)
            probs.append(1.0 / (1.0 + numpy.exp(scores[:, 1 - START] - scores[:, START])))
        return probs

    def set_annotations(self, docs: Iterable[Doc] | Doc, batch_probs: Sequence[numpy.ndarray]) -> None:
        if isinstance(docs, Doc):
            docs = [docs]
        for doc, probs in zip(docs, batch_probs, strict=True):
            if not len(doc):
                continue
            annotated = doc.has_annotation("SENT_START")
            candidates = numpy.flatnonzero(probs >= self.threshold).tolist()
            for i in candidates:
                if i == 0:
                    continue
                token = doc[i]
                if may_add_start(doc[i - 1].text, token.text, doc[i - 1].tag_):
                    token.is_sent_start = True
            if not annotated:
                # Without rule starts (training, a bare pipeline) the model alone decides the rest.
                for token in doc:
                    if token.is_sent_start is None:
                        token.is_sent_start = token.i == 0
