"""HanTa (Hanover Tagger) as a spaCy component (`chronik_hanta`): STTS tags, UPOS and lemmas.

HanTa is accurate but slow (a few thousand tokens per second). It is the `hanta` backend and the
teacher whose output over unlabelled news trains the fast shipped tagger and lemmatizer
(`training/make_data.py`). Its tags are normalised to the TIGER variant of STTS; UPOS comes from the
STTS→UPOS table in `chronik/data/nlp/stts_upos.tsv`.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from chronik.nlp.tokenizer import DATA_DIR

HANTA_MODEL = "morphmodel_ger.pgz"
# HanTa's own refinements of STTS that TIGER does not have.
HANTA_TAGS = {"NNA": "NN", "NNI": "NN", "UNKNOWN": "XY"}
PUNCT_TAGS = {",": "$,", ".": "$.", "!": "$.", "?": "$.", ":": "$.", ";": "$.", "…": "$."}


@cache
def stts_to_upos() -> dict[str, str]:
    """The STTS→UPOS table as a dict."""
    table: dict[str, str] = {}
    for line in (DATA_DIR / "stts_upos.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            tag, upos = line.split("\t")
            table[tag.strip()] = upos.strip()
    return table


@cache
def hanta_tagger() -> Any:
    from HanTa import HanoverTagger

    return HanoverTagger.HanoverTagger(HANTA_MODEL)


def normalise_tag(word: str, hanta_tag: str) -> str:
    """TIGER STTS for a HanTa tag: `VV(FIN)`→`VVFIN`; punctuation decided by its characters."""
    if word and not any(ch.isalnum() for ch in word):
        # HanTa calls quotes and dashes FM; in TIGER every punctuation mark is $, $. or $(.
        return PUNCT_TAGS.get(word, "$.") if set(word) <= set(".!?:;…") or word == "," else "$("
    tag = hanta_tag.replace("(", "").replace(")", "")
    return HANTA_TAGS.get(tag, tag)


def normalise_lemma(word: str, lemma: str, tag: str) -> str:
    """Repair HanTa's lemma casing: names stay as written, compound heads keep the written prefix."""
    if tag in {"NE", "XY", "FM", "CARD"} or tag.startswith("$"):
        return word
    if tag in {"NN", "TRUNC"}:
        if "-" in word and "-" in lemma:
            # "SPD-Chefs" → HanTa "Spd-chef"; keep "SPD-" as written and the head's lemma capitalised.
            head = lemma.rsplit("-", 1)[1]
            written = word.rsplit("-", 1)[0]
            return f"{written}-{head[:1].upper()}{head[1:]}"
        return lemma[:1].upper() + lemma[1:]
    return lemma


def analyse_words(words: list[str]) -> list[tuple[str, str]]:
    """(STTS tag, lemma) for each word of one sentence."""
    if not words:
        return []
    tagged = hanta_tagger().tag_sent(words, taglevel=1)
    out = []
    for word, lemma, hanta_tag in tagged:
        tag = normalise_tag(word, hanta_tag)
        out.append((tag, normalise_lemma(word, lemma, tag)))
    return out


def annotate_sentence(sent: Span) -> None:
    words = [t for t in sent if not t.is_space]
    table = stts_to_upos()
    for token, (tag, lemma) in zip(words, analyse_words([t.text for t in words]), strict=True):
        token.tag_ = tag
        token.pos_ = table.get(tag, "X")
        token.lemma_ = lemma
    for token in sent:
        if token.is_space:
            token.tag_, token.pos_, token.lemma_ = "_SP", "SPACE", token.text


@Language.factory(
    "chronik_hanta",
    assigns=["token.tag", "token.pos", "token.lemma"],
    requires=["token.is_sent_start"],
    default_config={},
)
def make_hanta(nlp: Language, name: str) -> HantaTagger:
    return HantaTagger(name)


class HantaTagger:
    """Tags and lemmatises each sentence with HanTa."""

    def __init__(self, name: str) -> None:
        self.name = name
        hanta_tagger()  # load the model now, not on the first document

    def __call__(self, doc: Doc) -> Doc:
        for sent in doc.sents:
            annotate_sentence(sent)
        return doc
