"""A finite verb the tagger read as an adjective, repaired (`chronik_verb_tags`).

Before a bare noun the tagger takes a preterite plural for an attributive adjective: in `Nach dem
Skandal vereinbarten Bund und Länder 1998, …` it tags `vereinbarten` ADJA, and the sentence keeps
no finite verb at all, so no clause has a predicate and no event is read. A German main clause
has a finite verb; where the stretch up to the sentence's first comma (brackets left out) has none
(a capitalised word of a name tagged as a verb counts as none), the first ADJA in it that the lemma
table knows as a finite form (`chronik_lemmas`), standing where the finite verb of a main clause
stands (after a first constituent, not after an article, a preposition, a number or another
adjective) and before the phrase that may be its subject, is that verb: it gets the tag VVFIN, the
POS VERB and its finite form's lemma.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, MorphAnalysis, Token

FACTORY = "chronik_verb_tags"
FINITE = frozenset({"VVFIN", "VAFIN", "VMFIN"})
# Tags after which an adjective belongs to a noun phrase (`die vereinbarten Regeln`, `zu vereinbarten
# Preisen`, `drei vereinbarten`), not the verb of a clause.
ATTRIBUTIVE_BEFORE = frozenset(
    {"ART", "APPR", "APPRART", "ADJA", "CARD", "PDAT", "PPOSAT", "PIAT", "PIDAT", "PWAT", "PRELAT"}
    | {"KON", "KOKOM"}
)
# Tags that may open the subject after the verb (`vereinbarten Bund und Länder`, `… die Länder`).
SUBJECT_START = frozenset({"NN", "NE", "ART", "PPER", "PIS", "PDS", "PPOSAT", "PIAT"})


def _main_stretch(sent: list[Token]) -> list[Token]:
    """The sentence's tokens up to its first comma outside brackets, bracketed ones left out."""
    out: list[Token] = []
    depth = 0
    for tok in sent:
        if tok.text in "([":
            depth += 1
        elif tok.text in ")]":
            depth = max(depth - 1, 0)
        elif depth == 0 and tok.tag_ == "$,":
            break
        elif depth == 0:
            out.append(tok)
    return out


def repair(doc: Doc, finite_forms: dict[str, str]) -> Doc:
    """Retag the finite verb an adjective tag hid in each verbless main clause (see module doc)."""
    for sent in doc.sents:
        stretch = _main_stretch(list(sent))
        # A name the tagger called a verb (`Minister Hannes Kessler`, the surname a VVFIN) is no verb.
        if any(t.tag_ in FINITE and not (t.ent_type_ and t.text[:1].isupper()) for t in stretch):
            continue
        for k, tok in enumerate(stretch):
            if tok.tag_ != "ADJA" or not tok.text.islower() or tok.text not in finite_forms:
                continue
            # The word right before it, a closing bracket too (`Unter Minister X (Partei) vereinbarten …`).
            before = doc[tok.i - 1] if k and tok.i > sent.start else None
            after = stretch[k + 1] if k + 1 < len(stretch) else None
            if before is None or before.tag_ in ATTRIBUTIVE_BEFORE:
                continue
            if after is None or after.tag_ not in SUBJECT_START:
                continue
            tok.tag_ = "VVFIN"
            tok.pos_ = "VERB"
            tok.lemma_ = finite_forms[tok.text]
            tok.morph = MorphAnalysis(doc.vocab, {})
            break
    return doc


@Language.factory(
    FACTORY,
    assigns=["token.tag", "token.pos", "token.lemma"],
    requires=["token.tag", "token.is_sent_start"],
    default_config={},
)
def make_verb_tags(nlp: Language, name: str) -> VerbTags:
    lemmas = nlp.get_pipe("chronik_lemmas") if "chronik_lemmas" in nlp.pipe_names else None
    table = getattr(lemmas, "table", None) or {}
    return VerbTags(dict(table.get("VVFIN", {})))


class VerbTags:
    """Repairs a finite verb tagged as an adjective in a verbless main clause (see module doc)."""

    def __init__(self, finite_forms: dict[str, str]) -> None:
        self.finite_forms = finite_forms

    def __call__(self, doc: Doc) -> Doc:
        return repair(doc, self.finite_forms) if self.finite_forms else doc
