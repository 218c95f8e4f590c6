"""German noun phrases from part-of-speech tags alone (`chronik_noun_phrases`), no parser needed.

A phrase is: an optional determiner, possessive, number or pre-nominal genitive (`Nordkoreas`), then
adjectives and participles, which after a determiner may carry their own prepositional phrase
(`ein in Nordkorea hergestelltes Gewehr`), then the nucleus: a noun, a name, a measure construction
(`ein Paar Handschuhe`) or a noun in close apposition with a name (`Präsident Wladimir Putin`,
`der nordkoreanische Führer Kim Jong-un`), then genitive attributes (`die Hauptstadt des Landes`,
`der Präsident Russlands`). Pronouns are one-word phrases.

Results go to `doc.spans["noun_phrases"]`, sorted, possibly nested. Span labels:
- `NP`      a maximal phrase (or a pronoun);
- `NP_GEN`  a genitive attribute inside a larger phrase (`des Landes`, pre-nominal `Nordkoreas`);
- `NP_PP`   the phrase inside a pre-nominal participle's preposition (`Nordkorea` in the example).
Each span records `span._.np_head` (doc index of the head token: the noun measured, the name of a
close apposition) and `span._.np_title` (doc index of the apposition's title noun, or None).

Tags are STTS (`token.tag_`); a backend with only universal POS is mapped through `upos_to_stts` in
`data/lexicon/noun_phrases.yml`. Without either, the component does nothing but warn
(`on_missing_tags="warn"`, the default) or raises `MissingAnnotation` (`"raise"`).
Entity boundaries (`doc.ents`) keep two adjacent names apart (`Merkel` `Macron`).
"""

from __future__ import annotations

import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml
from spacy.attrs import POS, SENT_START, TAG
from spacy.language import Language
from spacy.tokens import Doc, Span

from chronik.core.datafiles import read_mapping
from chronik.core.errors import ConfigError, MissingAnnotation
from chronik.nlp.token_table import string_columns

LEXICON = Path(__file__).resolve().parents[1] / "data" / "lexicon" / "noun_phrases.yml"
SPAN_KEY = "noun_phrases"
TOP, GENITIVE, INNER_PP = "NP", "NP_GEN", "NP_PP"
NO_TOKENS: frozenset[int] = frozenset()
# The tag classes a phrase can start with, besides a name: `_Chunker.parse` finds none elsewhere.
OPENING_CLASSES = ("pronoun", "determiner", "number", "adjective", "pre_adjective", "truncated", "noun")

if not Span.has_extension("np_head"):
    Span.set_extension("np_head", default=None)
if not Span.has_extension("np_title"):
    Span.set_extension("np_title", default=None)


class MissingTagsWarning(UserWarning):
    """A Chronik component ran on a document without part-of-speech tags and did nothing."""


@dataclass(frozen=True)
class NpLexicon:
    """The chunker's tag classes and word lists, read from `noun_phrases.yml`."""

    tags: dict[str, frozenset[str]]
    upos_to_stts: dict[str, str]
    genitive_determiners: frozenset[str]
    measure_nouns: frozenset[str]

    def is_(self, cls: str, tag: str) -> bool:
        return tag in self.tags.get(cls, frozenset())


@dataclass(frozen=True)
class NounPhrase:
    """Tokens [start, end) of one phrase with its head, the apposition's title and its label."""

    start: int
    end: int
    head: int
    title: int | None = None
    label: str = TOP


@cache
def load_np_lexicon(path: str | None = None) -> NpLexicon:
    """The chunker lexicon; cached per path."""
    source = Path(path) if path else LEXICON
    try:
        data = read_mapping(source)
        return NpLexicon(
            tags={k: frozenset(v) for k, v in data["tags"].items()},
            upos_to_stts=dict(data.get("upos_to_stts") or {}),
            genitive_determiners=frozenset(w.lower() for w in data.get("genitive_determiners") or ()),
            measure_nouns=frozenset(data.get("measure_nouns") or ()),
        )
    except (OSError, yaml.YAMLError, KeyError, TypeError, AttributeError) as err:
        raise ConfigError(f"{source}: {err}") from err


def stts_tags(doc: Doc, lexicon: NpLexicon) -> list[str] | None:
    """STTS tag per token: `token.tag_`, else mapped from `token.pos_`, else None for the whole doc."""
    strings = doc.vocab.strings
    if len(doc) and doc.has_annotation("TAG"):
        return [strings[h] for h in doc.to_array(TAG).tolist()]
    if len(doc) and doc.has_annotation("POS"):
        return [lexicon.upos_to_stts.get(strings[h], "XY") for h in doc.to_array(POS).tolist()]
    return None


def handle_missing_tags(doc: Doc, component: str, on_missing_tags: str) -> None:
    """Raise or warn (as configured) about a document the component cannot analyse."""
    message = f"{component}: document has no token.tag_ or token.pos_; nothing done"
    if on_missing_tags == "raise":
        raise MissingAnnotation(message)
    if len(doc):
        warnings.warn(message, MissingTagsWarning, stacklevel=3)


# ---------------------------------------------------------------------------- the chunker


class _Chunker:
    """Recursive-descent chunker over (words, tags); `unit[i]` groups tokens of one entity."""

    def __init__(
        self,
        words: Sequence[str],
        tags: Sequence[str],
        lexicon: NpLexicon,
        units: Sequence[int | None] = (),
        labels: Sequence[str] = (),
        sentence_starts: Sequence[bool] = (),
    ) -> None:
        self.words, self.tags, self.lex = words, tags, lexicon
        self.n = len(words)
        self.units = list(units) or [None] * self.n
        self.labels = list(labels) or [""] * self.n
        self.starts = list(sentence_starts) or [False] * self.n
        # Token indices per tag class, computed once: `is_` is the chunker's innermost question.
        # The classes of each tag are looked up once per distinct tag, not once per token.
        classes = {tag: [c for c, members in lexicon.tags.items() if tag in members] for tag in set(tags)}
        found: dict[str, list[int]] = {cls: [] for cls in lexicon.tags}
        for i, tag in enumerate(tags):
            for cls in classes[tag]:
                found[cls].append(i)
        self.members: dict[str, frozenset[int]] = {cls: frozenset(at) for cls, at in found.items()}
        # Where `parse` can find a phrase at all: a word of one of these classes or a name's start.
        self.openers: frozenset[int] = frozenset().union(
            *(self.members.get(cls, NO_TOKENS) for cls in OPENING_CLASSES)
        )

    def tag(self, i: int) -> str:
        return self.tags[i] if 0 <= i < self.n else ""

    def is_(self, cls: str, i: int) -> bool:
        return i in self.members.get(cls, NO_TOKENS)

    def boundary(self, i: int) -> bool:
        """A new sentence starts at i: phrases never cross it."""
        return i >= self.n or self.starts[i]

    def name_run(self, i: int) -> int:
        """End of the name starting at i: a whole entity, or consecutive name tags outside entities."""
        if self.units[i] is not None:
            j = i
            while j < self.n and self.units[j] == self.units[i]:
                j += 1
            return j
        if not self.is_("name", i):
            return i
        j = i + 1
        while j < self.n and not self.boundary(j) and self.units[j] is None and self.is_("name", j):
            j += 1
        return j

    def starts_name(self, i: int) -> bool:
        return i < self.n and (
            (self.units[i] is not None and (i == 0 or self.units[i - 1] != self.units[i]))
            or (self.units[i] is None and self.is_("name", i))
        )

    def saxon_genitive(self, i: int) -> int | None:
        """End of a pre-nominal genitive name at i (`Nordkoreas Machthaber`, `Putins Besuch`)."""
        if not self.starts_name(i):
            return None
        end = self.name_run(i)
        last = self.words[end - 1]
        if len(last) < 3 or not last.endswith("s") or self.boundary(end):
            return None
        return end if self.is_("noun", end) or self.is_("adjective", end) or self.is_("number", end) else None

    def adjective_ahead(self, i: int) -> bool:
        """Only pre-adjective words (adverbs) lie between i and an adjective."""
        while i < self.n and self.is_("pre_adjective", i):
            i += 1
        return self.is_("adjective", i)

    def participle_chain(self, i: int) -> tuple[int, list[NounPhrase]] | None:
        """Prepositional phrases (and adverbs) that end in an adjective: `in Nordkorea hergestelltes`."""
        inner: list[NounPhrase] = []
        j = i
        while j < self.n and not self.boundary(j):
            if self.is_("pre_adjective", j):
                j += 1
            elif self.is_("preposition", j):
                found = self.parse(j + 1, allow_pp=False)
                if not found:
                    return None
                phrase, nested = found
                inner.append(NounPhrase(phrase.start, phrase.end, phrase.head, phrase.title, INNER_PP))
                inner.extend(nested)
                j = phrase.end
            else:
                break
        return (j, inner) if inner and self.is_("adjective", j) else None

    def parse(self, i: int, allow_pp: bool = True) -> tuple[NounPhrase, list[NounPhrase]] | None:
        """The phrase starting at token i and the phrases nested in it, or None."""
        if i >= self.n:
            return None
        if self.is_("pronoun", i):
            return NounPhrase(i, i + 1, i), []
        nested: list[NounPhrase] = []
        j = i
        determined = False
        if self.is_("determiner", j):
            j += 1
            determined = True
        elif (end := self.saxon_genitive(j)) is not None:
            nested.append(NounPhrase(j, end, end - 1, None, GENITIVE))
            j = end
        # Pre-modifiers: numbers, adjectives, adverbs before adjectives, coordinated adjectives,
        # truncated compounds and (after a determiner) participles with their own phrases.
        saw_adjective = False
        while j < self.n and not self.boundary(j):
            if (
                self.is_("number", j)
                or self.is_("adjective", j)
                or (determined and self.is_("determiner", j))
            ):
                saw_adjective = saw_adjective or self.is_("adjective", j)
                j += 1
            elif (self.is_("pre_adjective", j) and self.adjective_ahead(j)) or (
                saw_adjective
                and (self.is_("coordination", j) or self.words[j] == ",")
                and self.adjective_ahead(j + 1)
            ):
                j += 1
            elif self.is_("truncated", j) and self.is_("coordination", j + 1):
                j += 2
            elif determined and allow_pp and self.is_("preposition", j):
                chain = self.participle_chain(j)
                if chain is None:
                    break
                j, inner = chain
                nested.extend(inner)
            else:
                break
        if self.boundary(j) and j > i:
            return None
        head, title = self.nucleus(j, determined)
        if head is None:
            return None
        end = head[1]
        end = self.genitive_attributes(end, head[0], title, determined, nested)
        return NounPhrase(i, end, head[0], title), nested

    def nucleus(self, j: int, determined: bool) -> tuple[tuple[int, int] | None, int | None]:
        """((head index, end), title index) of the phrase's nucleus at j."""
        if j >= self.n:
            return None, None
        if self.starts_name(j) and not self.is_("noun", j):
            end = self.name_run(j)
            return (end - 1, end), None
        if not self.is_("noun", j) and not self.starts_name(j):
            return None, None
        if self.units[j] is not None:  # a noun-tagged word that starts an entity: the name is the unit
            end = self.name_run(j)
            return (end - 1, end), None
        # A measure noun counts what follows: "ein Paar (schwarze) Handschuhe".
        if self.words[j] in self.lex.measure_nouns:
            k = j + 1
            while k < self.n and (self.is_("adjective", k) or self.is_("number", k)):
                k += 1
            if self.is_("noun", k) and self.units[k] is None and not self.boundary(j + 1):
                return (k, k + 1), None
        end = j + 1
        if self.starts_name(end) and not self.boundary(end) and not self.genitive_name(end, determined):
            name_end = self.name_run(end)
            return (name_end - 1, name_end), j
        return (j, end), None

    def genitive_name(self, i: int, determined: bool) -> bool:
        """A name after a determined noun is a genitive attribute (`der Präsident Russlands`), not an
        apposition, when it ends in -s and is a place or organisation (or untyped and one word)."""
        end = self.name_run(i)
        if not determined or not self.words[end - 1].endswith("s"):
            return False
        if self.is_("noun", end) or self.is_("adjective", end):
            return False  # it opens the next phrase: "der Präsident Russlands Wladimir Putin"
        label = self.labels[i]
        return label in ("LOC", "ORG") or (not label and end - i == 1)

    def genitive_attributes(
        self, end: int, head: int, title: int | None, determined: bool, nested: list[NounPhrase]
    ) -> int:
        """Extend the phrase over genitive attributes after a noun head; return the new end."""
        while end < self.n and not self.boundary(end) and title is None and self.is_("noun", head):
            word = self.words[end].lower()
            if self.is_("determiner", end) and word in self.lex.genitive_determiners:
                found = self.parse(end, allow_pp=True)
                if not found:
                    break
                phrase, inner = found
                nested.append(NounPhrase(phrase.start, phrase.end, phrase.head, phrase.title, GENITIVE))
                nested.extend(inner)
                end = phrase.end
                head = phrase.head
            elif self.starts_name(end) and self.genitive_name(end, determined):
                name_end = self.name_run(end)
                nested.append(NounPhrase(end, name_end, name_end - 1, None, GENITIVE))
                end = name_end
                break
            else:
                break
        return end

    def phrases(self) -> list[NounPhrase]:
        """Every phrase, top-level and nested, in document order."""
        out: list[NounPhrase] = []
        i = 0
        while i < self.n:
            if i not in self.openers and not self.starts_name(i):
                i += 1  # `parse` would find nothing here
                continue
            found = self.parse(i)
            if found is None:
                i += 1
                continue
            phrase, nested = found
            out.append(phrase)
            out.extend(nested)
            i = phrase.end
        return sorted(out, key=lambda p: (p.start, -p.end))


def chunk(
    words: Sequence[str],
    tags: Sequence[str],
    lexicon: NpLexicon | None = None,
    units: Sequence[int | None] = (),
    labels: Sequence[str] = (),
    sentence_starts: Sequence[bool] = (),
) -> list[NounPhrase]:
    """Noun phrases of a tagged token sequence; `units` gives tokens of one entity the same number."""
    return _Chunker(words, tags, lexicon or load_np_lexicon(), units, labels, sentence_starts).phrases()


def find_noun_phrases(doc: Doc, lexicon: NpLexicon | None = None) -> list[NounPhrase] | None:
    """Noun phrases of a spaCy doc, or None when it has no tags."""
    lexicon = lexicon or load_np_lexicon()
    tags = stts_tags(doc, lexicon)
    if tags is None:
        return None
    units: list[int | None] = [None] * len(doc)
    labels = [""] * len(doc)
    for k, ent in enumerate(doc.ents):
        for i in range(ent.start, ent.end):
            units[i], labels[i] = k, ent.label_
    starts: list[bool] = []
    if doc.has_annotation("SENT_START"):
        starts = [flag == 1 for flag in doc.to_array(SENT_START).tolist()]
        starts[0] = False
    return chunk(string_columns(doc, ("ORTH",))[0], tags, lexicon, units, labels, starts)


def noun_phrase_spans(doc: Doc, phrases: Sequence[NounPhrase]) -> list[Span]:
    """Spans for phrases, with `np_head` and `np_title` set."""
    spans = []
    for p in phrases:
        span = Span(doc, p.start, p.end, label=p.label)
        span._.np_head = p.head
        span._.np_title = p.title
        spans.append(span)
    return spans


# ---------------------------------------------------------------------------- component


@Language.factory(
    "chronik_noun_phrases",
    assigns=["doc.spans"],
    requires=["token.tag"],
    default_config={"lexicon_path": "", "on_missing_tags": "warn"},
)
def make_noun_phrases(nlp: Language, name: str, lexicon_path: str, on_missing_tags: str) -> NounPhraseChunker:
    if on_missing_tags not in ("warn", "raise"):
        raise ConfigError(f"{name}: on_missing_tags must be 'warn' or 'raise', not {on_missing_tags!r}")
    return NounPhraseChunker(load_np_lexicon(lexicon_path or None), on_missing_tags)


class NounPhraseChunker:
    """Writes `doc.spans["noun_phrases"]` (see module doc)."""

    def __init__(self, lexicon: NpLexicon, on_missing_tags: str = "warn") -> None:
        self.lexicon = lexicon
        self.on_missing_tags = on_missing_tags

    def __call__(self, doc: Doc) -> Doc:
        phrases = find_noun_phrases(doc, self.lexicon)
        if phrases is None:
            handle_missing_tags(doc, "chronik_noun_phrases", self.on_missing_tags)
            phrases = []
        doc.spans[SPAN_KEY] = noun_phrase_spans(doc, phrases)
        return doc
