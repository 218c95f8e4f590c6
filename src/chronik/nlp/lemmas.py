"""Lemmas of known word forms from a table, and repairs of impossible verb lemmas (`chronik_lemmas`).

The edit-tree lemmatizer generalises, and sometimes picks the wrong tree for a frequent verb form
("schenkte" → "schenkn", "unterzeichneten" → "unterzeichneen"). For a (form, STTS tag) pair that its
training data holds, this component sets the lemma seen there most often (built by
`training/assemble.py` from HanTa's news annotations and UD German-GSD dev gold, stored with the
model as `lemmas.json.gz`); other forms keep the edit tree's lemma, except that a verb lemma no
German infinitive could have is repaired: "-een" → "-en" ("warteen" → "warten"), consonant + "n" →
consonant + "en" ("schenkn" → "schenken"); a particle verb's participle left as it was gets the
particle and the lemma of the bare participle ("zusammengetroffen" → "zusammentreffen"); a finite
form left as it was that ends in a strong verb's preterite stem gets that verb's infinitive ("lieh"
→ "leihen", `data/nlp/strong_verbs.tsv`).

A weak verb's preterite reads like its participle's adjective (`vereinbarten`, `unterzeichnete`), and
the tagger takes it for one before a bare noun (`Im Dezember vereinbarten Bund und Länder …`). Where
such a form that the table knows as a finite verb stands second in a main clause that has no other
finite verb (after one phrase that is complete, with no article waiting for its noun: not `die im
Dezember vereinbarten Regeln`; or after a comma and before a determiner, where no adjective stands:
`X, der Chef, und Y vereinbarten einen Plan`), it is the finite verb and gets that tag and lemma.

`Als` opening a sentence or a clause is a preposition (`Als Präsident hat er …`) or opens a clause
of time (`Als X den Präsidenten traf, …`); the tagger takes it for a preposition before a name. Where
the stretch it opens (to the next comma or the sentence's end) ends in a finite verb, it opens a
clause: it gets the tag of a subordinating conjunction.

`ihr` right before a determiner (`schenkte ihr eine Vase`, `gab ihr das Buch`) is no possessive, which
takes no article after it: it is the personal pronoun (the dative `ihr`), whatever the tagger said.
"""

from __future__ import annotations

import gzip
import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from functools import cache
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, MorphAnalysis, Token

from chronik.nlp.token_table import string_columns
from chronik.nlp.tokenizer import read_word_list

FACTORY = "chronik_lemmas"
TABLE_FILE = "lemmas.json.gz"
IMPOSSIBLE_VERB_ENDING = "een"
# An infinitive ends in -en, -eln, -ern or a vowel plus n ("tun", "sein"); "schenkn" is a tree error.
INFINITIVE_N_AFTER = frozenset("aeiouäöüylr")


def repaired_verb_lemma(tag: str, lemma: str) -> str:
    """The lemma, with an impossible verb infinitive made possible: "-een" → "-en", "-kn" → "-ken"."""
    if not tag.startswith("V") or len(lemma) < 4 or not lemma.endswith("n"):
        return lemma
    if lemma.endswith(IMPOSSIBLE_VERB_ENDING):
        return lemma[:-2] + "n"
    if lemma[-2] not in INFINITIVE_N_AFTER:
        return lemma[:-1] + "en"
    return lemma


FINITE_TAGS = frozenset({"VVFIN", "VAFIN", "VMFIN"})
ADJECTIVE_TAG = "ADJA"
WEAK_PRETERITE_ENDINGS = ("te", "ten")
# Tags of the word before an adjective that it belongs to (`den vereinbarten`, `mit vereinbarten`,
# `neuen vereinbarten`, `und vereinbarten`): no phrase before it has ended there.
ATTRIBUTE_BEFORE_TAGS = frozenset(
    {"ART", "APPR", "APPRART", "ADJA", "PIAT", "PIDAT", "PDAT", "PPOSAT", "PRELAT", "PWAT", "KON", "KOKOM"}
    | {"KOUS", "PRELS", "PWS", "PWAV", "$,", "$(", "$."}
)
DETERMINER_TAGS = frozenset({"ART", "PDAT", "PIAT", "PIDAT", "PPOSAT"})
# Tags after a determiner that open an extended attribute (`die im Dezember`, `die gestern`, `die
# 1974`): the determiner's noun comes after the adjective.
EXTENDED_ATTRIBUTE_TAGS = frozenset({"APPR", "APPRART", "ADV", "ADJD", "CARD", "PROAV", "PTKNEG", "$("})
# A bare infinitive after it, no `zu` before (`Die 2013 vereinbarten Regeln gelten`, `gelten` read
# an infinitive): the clause's verb is elsewhere.
BARE_INFINITIVE_TAGS = frozenset({"VVINF", "VAINF", "VMINF"})
CLAUSE_END_TAGS = frozenset({"$,", "$.", "$("})
SENTENCE_END = frozenset({".", "!", "?"})
CLAUSE_OPENERS = frozenset({":", ";"})
CLOSING_BRACKETS = frozenset({")", "]"})
OPENING_BRACKETS = frozenset({"(", "["})
YEAR = re.compile(r"1[89]\d\d|20\d\d")
PARTICIPLE_TAG = "VVPP"
PRETERITE_ENDINGS = ("", "n", "en", "st", "t", "est", "et")  # lieh, brachten, liehen, liehst …


@cache
def strong_verbs() -> dict[str, str]:
    """Preterite stem → infinitive of strong and irregular verbs (`data/nlp/strong_verbs.tsv`)."""
    rows = (line.split("\t") for line in read_word_list("strong_verbs.tsv"))
    return {stem.strip(): infinitive.strip() for stem, infinitive in rows}


def strong_verb_lemma(form: str) -> str | None:
    """The infinitive of a preterite form of a strong verb, its prefix kept (`verlieh` → `verleihen`,
    `liehen` → `leihen`), else None."""
    low = form.lower()
    table = strong_verbs()
    for ending in PRETERITE_ENDINGS:
        if not low.endswith(ending):
            continue
        word = low[: len(low) - len(ending)]
        for k in range(len(word) - 2):  # the longest stem first, three letters at least
            if word[k:] in table:
                return word[:k] + table[word[k:]]
    return None


def particle_participle_lemma(form: str, participles: dict[str, str]) -> str | None:
    """The infinitive of a particle verb's participle the table lacks, from its bare participle that
    the table knows, the particle put before it (`zusammengetroffen` → `zusammen` + `treffen`)."""
    low = form.lower()
    for k in range(2, len(low) - 4):  # the particle first (two letters at least), then `ge`
        if low.startswith("ge", k):
            base = participles.get(low[k:])
            if base is not None:
                return low[:k] + base
    return None


def lemma_table(docs: Iterable[Doc]) -> dict[str, dict[str, str]]:
    """tag → form → the lemma the annotated docs give that form most often."""
    counts: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for doc in docs:
        for token in doc:
            if token.tag_ and token.lemma_:
                counts[token.tag_, token.text][token.lemma_] += 1
    table: dict[str, dict[str, str]] = defaultdict(dict)
    for (tag, form), lemmas in counts.items():
        table[tag][form] = lemmas.most_common(1)[0][0]
    return dict(table)


def _weak_preterite_candidates(texts: Sequence[str], tags: Sequence[str]) -> list[int]:
    """The words `_verb_second_preterite` looks at further: lower-case adjectives with a weak
    preterite's ending."""
    return [
        i
        for i, (text, tag) in enumerate(zip(texts, tags, strict=True))
        if tag == ADJECTIVE_TAG and text.islower() and text.endswith(WEAK_PRETERITE_ENDINGS)
    ]


def _opens_a_clause(token: Token) -> bool:
    """Whether a word at a sentence's or clause's start opens a stretch (to the next comma or the
    sentence's end) whose last word is a finite verb, the only one in it (`Als X den Y traf, …`)."""
    doc = token.doc
    if not (token.is_sent_start or (token.i > 0 and doc[token.i - 1].tag_ == "$,")):
        return False
    last: Token | None = None
    finite = 0
    for t in doc[token.i + 1 :]:
        if t.tag_ in {"$,", "$."} or t.is_sent_start:
            break
        last = t
        finite += t.tag_ in FINITE_TAGS
    return last is not None and last.tag_ in FINITE_TAGS and finite == 1


@Language.factory(
    FACTORY,
    assigns=["token.lemma", "token.tag", "token.pos", "token.morph"],
    requires=["token.tag", "token.lemma"],
    default_config={},
)
def make_lemmas(nlp: Language, name: str) -> KnownLemmas:
    return KnownLemmas()


class KnownLemmas:
    """Sets table lemmas for known (form, tag) pairs and repairs "-een" verb lemmas (see module doc)."""

    def __init__(self, table: dict[str, dict[str, str]] | None = None) -> None:
        self.table = table or {}

    def __call__(self, doc: Doc) -> Doc:
        table = self.table
        # The attributes read once from the doc's arrays; a Token is made only to change one. Tags
        # changed here are APPR, PPOSAT and ADJA ones, each when its own word is reached: no word
        # reads a changed tag where the tag read before would answer otherwise.
        texts, tags, lowers, lemmas = string_columns(doc, ("ORTH", "TAG", "LOWER", "LEMMA"))
        n = len(texts)
        for i, tag in enumerate(tags):
            if tag == "APPR" and lowers[i] == "als" and _opens_a_clause(doc[i]):
                doc[i].tag_, doc[i].pos_ = "KOUS", "SCONJ"  # (its lemma is read by the tag it came with)
            elif tag == "PPOSAT" and lowers[i] == "ihr" and i + 1 < n and tags[i + 1] in DETERMINER_TAGS:
                doc[i].tag_, doc[i].pos_ = "PPER", "PRON"  # `schenkte ihr eine Vase`
            known = table.get(tag)
            text = texts[i]
            lemma = known.get(text) if known else None
            if lemma is not None:
                if lemma != lemmas[i]:  # (most table lemmas are the ones the lemmatizer gave)
                    doc[i].lemma_ = lemma
                continue
            lemma = lemmas[i]
            if tag[:1] == "V":
                fixed = repaired_verb_lemma(tag, lemma)
                # A finite form the edit tree left as it was (`lieh`) may be a strong verb's preterite.
                if tag in FINITE_TAGS and (lemma.lower() == text.lower() or not lemma.endswith("n")):
                    fixed = strong_verb_lemma(text) or fixed
                elif tag == PARTICIPLE_TAG and lemma.lower() == text.lower() and known:
                    fixed = particle_participle_lemma(text, known) or fixed
                if fixed != lemma:
                    doc[i].lemma_ = fixed

        finite = table.get("VVFIN")
        if finite:
            for i in _weak_preterite_candidates(texts, tags):
                token = doc[i]
                lemma = self._verb_second_preterite(token, finite)
                if lemma is not None:
                    token.tag_, token.pos_, token.lemma_ = "VVFIN", "VERB", lemma
                    number = "Plur" if token.text.endswith("n") else "Sing"
                    features = {"Mood": "Ind", "Number": number, "Person": "3", "Tense": "Past"}
                    token.morph = MorphAnalysis(token.vocab, {**features, "VerbForm": "Fin"})
        return doc

    @staticmethod
    def _verb_second_preterite(token: Token, finite: dict[str, str]) -> str | None:
        """The verb's lemma where an adjective is a weak preterite in verb-second position (see the
        module doc), else None."""
        text = token.text
        if token.tag_ != ADJECTIVE_TAG or not text.islower() or not text.endswith(WEAK_PRETERITE_ENDINGS):
            return None
        lemma = finite.get(text) or (finite.get(text + "n") if text.endswith("e") else None)
        if lemma is None:
            return None
        doc, sent = token.doc, token.sent
        # The main clause starts after a colon or semicolon (`Dann kam Bewegung in die Sache: Im
        # Dezember vereinbarten …`).
        depth, opened = 0, []
        for t in doc[sent.start : token.i]:
            depth += (t.text in OPENING_BRACKETS) - (t.text in CLOSING_BRACKETS)
            if t.text in CLAUSE_OPENERS and depth <= 0:
                opened.append(t.i + 1)  # not inside a bracket (`(übersetzt: „…“)`)
        start = max(opened, default=sent.start)
        prev = doc[token.i - 1] if token.i > start else None
        # A closing bracket ends the phrase before (`Unter Minister X (Partei) vereinbarten …`), and so
        # does a comma before a determiner: no adjective stands before one (`X, der Chef, und Y, der
        # Minister, vereinbarten einen Plan`).
        nxt = doc[token.i + 1] if token.i + 1 < sent.end else None
        closed = prev is not None and (
            prev.text in CLOSING_BRACKETS
            or (prev.tag_ == "$," and nxt is not None and nxt.tag_ in DETERMINER_TAGS | {"PPER", "PRF"})
        )
        if prev is None or (prev.tag_ in ATTRIBUTE_BEFORE_TAGS and not closed):
            return None
        if prev.tag_ == "CARD" and not (
            YEAR.fullmatch(prev.text) and prev.i > start and doc[prev.i - 1].tag_ not in ATTRIBUTE_BEFORE_TAGS
        ):
            return None  # `rund 40 verletzte Teilnehmer`; a year after a phrase ends it (`im Jahr 2013`)
        if not any(t.text in SENTENCE_END for t in doc[max(sent.start, sent.end - 2) : sent.end]):
            return None  # a headline (`Im Dezember vereinbarte Regeln`) needs no verb
        # A capitalised word inside the clause is no finite verb, whatever its tag (`Unter Minister
        # Jo Velmsch (SPD) vereinbarten …`, the surname read as a verb).
        before = doc[start : token.i]
        if any(t.tag_ in FINITE_TAGS and (t.i == start or t.text[:1].islower()) for t in before):
            return None
        if any(
            t.tag_ in DETERMINER_TAGS and t.i + 1 < token.i and doc[t.i + 1].tag_ in EXTENDED_ATTRIBUTE_TAGS
            for t in doc[sent.start : token.i]
        ):
            return None  # `Die im Dezember vereinbarten Regeln …`
        for t in doc[token.i + 1 : sent.end]:
            if t.tag_ in CLAUSE_END_TAGS:
                break
            if t.tag_ in FINITE_TAGS or (t.tag_ in BARE_INFINITIVE_TAGS and doc[t.i - 1].tag_ != "PTKZU"):
                return None  # `Im Dezember vereinbarten Regeln zufolge gilt …`
        return lemma

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        folder = Path(path)
        folder.mkdir(parents=True, exist_ok=True)
        with gzip.open(folder / TABLE_FILE, "wt", encoding="utf-8") as f:
            json.dump(self.table, f, ensure_ascii=False, sort_keys=True)

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> KnownLemmas:
        with gzip.open(Path(path) / TABLE_FILE, "rt", encoding="utf-8") as f:
            data: Any = json.load(f)
        self.table = {str(tag): dict(forms) for tag, forms in data.items()}
        return self
