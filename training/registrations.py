"""Passed to `spacy train --code`: registers Chronik's tokenizer, components and architectures."""

import chronik.nlp.features
import chronik.nlp.lemmas  # chronik_lemmas: the senter config sources the whole shipped pipeline
import chronik.nlp.sentences
import chronik.nlp.senter
import chronik.nlp.tokenizer  # noqa: F401
