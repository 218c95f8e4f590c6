"""Passed to `spacy train --code`: registers Chronik's tokenizer, components and architectures."""

import chronik.nlp.features
import chronik.nlp.sentences
import chronik.nlp.senter
import chronik.nlp.tokenizer  # noqa: F401
