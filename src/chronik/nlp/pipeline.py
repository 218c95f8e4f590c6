"""The configured German analysis pipeline: `load_pipeline(settings) -> spacy.Language`.

Backends (`settings.nlp_backend`):
- `chronik-de` (default): the pipeline shipped in `chronik/nlp/models/chronik-de/`;
- `hanta`: news tokenizer + rule sentences + HanTa tags and lemmas, no entities (slow; the teacher);
- any other value: an installed spaCy pipeline name or a path, loaded with `spacy.load`.

The Chronik components (actor dictionary, case, noun phrases) are added on top of any backend when
their modules are installed. A backend without sentence boundaries gets `chronik_sentences`. A
backend that lacks an annotation the contract promises (`token.tag`, `token.pos`, `token.lemma`,
`doc.ents`) raises `MissingAnnotation`: Chronik never runs on silently degraded analysis.
"""

from __future__ import annotations

import importlib
import logging
from functools import cache
from pathlib import Path

import spacy
from spacy.language import Language

from chronik.core.errors import MissingAnnotation, NlpError
from chronik.core.settings import Settings
from chronik.nlp import features, lemmas, release_tensor, sentences, senter, teacher, tokenizer, upos

log = logging.getLogger(__name__)

SHIPPED = "chronik-de"
HANTA = "hanta"
MODEL_DIR = Path(__file__).resolve().parent / "models" / SHIPPED
# (module, factory) of the Chronik components, in pipeline order, each after the statistical ones.
# Noun phrases before case: chronik_case reads the phrases from doc.spans instead of chunking again.
CHRONIK_COMPONENTS = (
    ("chronik.nlp.verb_tags", "chronik_verb_tags"),
    ("chronik.nlp.actors", "chronik_actors"),
    ("chronik.nlp.noun_phrases", "chronik_noun_phrases"),
    ("chronik.nlp.morphology", "chronik_case"),
)
# What the rest of Chronik reads, and which component attribute ("assigns") provides it.
CONTRACT = {
    "token.tag": "STTS tags (token.tag_)",
    "token.pos": "universal POS (token.pos_)",
    "token.lemma": "lemmas (token.lemma_)",
    "doc.ents": "named entities (doc.ents)",
}
SENTENCE_ASSIGNS = ("token.is_sent_start", "token.dep", "token.sent_start")
# Built-in components that set an annotation without declaring it in `assigns`.
UNDECLARED_ASSIGNS = {"attribute_ruler": ("token.pos", "token.tag", "token.lemma")}

# Keep linters from dropping the imports whose only job is to register factories.
_REGISTERED = (
    features.cluster_hash_embed,
    lemmas.KnownLemmas,
    release_tensor.release_tensor,
    senter.AddingSentenceRecognizer,
    sentences.SentenceSplitter,
    teacher.HantaTagger,
    tokenizer.news_tokenizer,
    upos.UposFromStts,
)


# The dependency parser and its own network, if the pipeline has them: run only with
# `settings.dependency_parser`, or when the pipeline has nothing else that sets sentence starts.
PARSER_COMPONENTS = ("parser_tok2vec", "parser")
SENTENCE_STARTS = ("token.is_sent_start", "token.sent_start")


def load_pipeline(settings: Settings) -> Language:
    """The analysis pipeline for `settings.nlp_backend`, loaded once per backend and process."""
    return _load(settings.nlp_backend, settings.dependency_parser)


@cache
def _load(backend: str, parse: bool = False) -> Language:
    if backend == HANTA:
        nlp = build_hanta_pipeline()
        return add_chronik_components(nlp, backend, contract=("token.tag", "token.pos", "token.lemma"))
    if backend == SHIPPED:
        if not (MODEL_DIR / "config.cfg").is_file():
            raise NlpError(f"the shipped pipeline is missing from {MODEL_DIR}; run `bash training/train.sh`")
        nlp = spacy.load(MODEL_DIR)
    else:
        try:
            nlp = spacy.load(backend)
        except OSError as err:
            raise NlpError(f"cannot load spaCy pipeline {backend!r}: {err}") from err
    if not parse:
        drop_parser(nlp)
    return add_chronik_components(nlp, backend)


def drop_parser(nlp: Language) -> None:
    """Remove the dependency parser (and its own tok2vec) when another component sets sentence starts."""
    parsers = [name for name in PARSER_COMPONENTS if name in nlp.pipe_names]
    others = [name for name in nlp.pipe_names if name not in parsers]
    if parsers and any(
        attr in nlp.get_pipe_meta(name).assigns for name in others for attr in SENTENCE_STARTS
    ):
        for name in parsers:
            nlp.remove_pipe(name)


@cache
def hanta_pipeline() -> Language:
    """The teacher alone (cached; training/make_data.py distils it), without Chronik components."""
    return build_hanta_pipeline()


def build_hanta_pipeline() -> Language:
    """News tokenizer, rule sentences and HanTa: accurate tags and lemmas, slowly; no entities."""
    nlp = tokenizer.blank_german()
    nlp.add_pipe("chronik_sentences")
    nlp.add_pipe("chronik_hanta")
    return nlp


def assigned(nlp: Language) -> set[str]:
    """Every annotation some component of `nlp` declares (or is known) to set."""
    found: set[str] = set()
    for name in nlp.pipe_names:
        meta = nlp.get_pipe_meta(name)
        found.update(meta.assigns)
        found.update(UNDECLARED_ASSIGNS.get(meta.factory, ()))
    return found


def check_contract(nlp: Language, backend: str, contract: tuple[str, ...] = tuple(CONTRACT)) -> None:
    """Raise MissingAnnotation when the backend does not set what Chronik reads."""
    missing = [attr for attr in contract if attr not in assigned(nlp)]
    if missing:
        wanted = ", ".join(CONTRACT[attr] for attr in missing)
        raise MissingAnnotation(
            f"backend {backend!r} (components: {', '.join(nlp.pipe_names) or 'none'}) "
            f"does not provide {wanted}; "
            "use 'chronik-de' or a pipeline with a tagger, lemmatizer and entity recognizer"
        )


def add_chronik_components(
    nlp: Language, backend: str, contract: tuple[str, ...] = tuple(CONTRACT)
) -> Language:
    """Check the backend against the contract, then add sentence rules and the Chronik components."""
    if not any(attr in assigned(nlp) for attr in SENTENCE_ASSIGNS):
        # Must run first: it may split "2019." before any tok2vec sees the tokens.
        nlp.add_pipe("chronik_sentences", first=True)
    check_contract(nlp, backend, contract)
    for module, factory in CHRONIK_COMPONENTS:
        try:
            importlib.import_module(module)
        except ModuleNotFoundError as err:
            if err.name != module:
                raise
            log.debug("component %s not installed (%s missing)", factory, module)
            continue
        if factory not in nlp.pipe_names:
            nlp.add_pipe(factory)
    if "chronik_release_tensor" not in nlp.pipe_names:
        nlp.add_pipe("chronik_release_tensor", last=True)
    return nlp
