"""Entities of one article: named mentions clustered into actors, titles kept, descriptions resolved.

`Präsident Wladimir Putin`, `Herr Putin` and `Putins` become one entity; `Kim Jong-un`, `Kim Jong Un`
and `Jong Un` another, while `Kim Young-ho` stays apart. A surname alone joins the full name it was
last used for. Role descriptions (`der russische Präsident`, `Nordkoreas Machthaber`, `der Minister`)
are resolved to a person of the article that holds that role: from appositions in the article itself
(`der nordkoreanische Führer Kim Jong-un`) or from the actor dictionary.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import cache, lru_cache
from pathlib import Path
from typing import ClassVar

from spacy.tokens import Doc, Span, Token
from wordfreq import zipf_frequency

from chronik.core.models import EntityType
from chronik.core.strings import one_edit_apart
from chronik.extract.actor_lookup import Actors
from chronik.extract.arguments import FINITE, RARE_WORD_ZIPF, NounPhrase, in_noun_class, noun_classes
from chronik.extract.cue_lexicon import words as cue_words
from chronik.nlp.token_table import TokenTable, token_table


@cache
def _title_suffixes() -> tuple[str, ...]:
    return tuple(noun_classes()["title_suffixes"])


NAME_TAGS = {"NE", "FM", "XY"}  # tags the tagger gives names (and foreign or odd words)
ACRONYM_MAX = 5  # letters of an abbreviation in capitals (`EU`, `OPEC`, `UNHCR`)
# Words before a noun that make it a common noun's phrase (`die Fischer`, `drei Bauern`), not a name.
DETERMINED_NOUN_TAGS = {"ART", "ADJA", "PPOSAT", "PDAT", "PIAT", "PIDAT", "PWAT", "CARD", "APPRART"}
# A noun after a name in -s is the name's genitive's head (`Kims Besuch`) when it is a common word;
# a rarer one is a surname (`Klaus Brenner`). Zipf frequency in German, from wordfreq.
COMMON_NOUN_ZIPF = 4.0
# A word this frequent in lower case is a function word the tagger called a name (`Es` after a
# line-up): no surname.
FUNCTION_WORD_ZIPF = 5.5
LABEL_TYPES: dict[str, EntityType] = {
    "PER": "person",
    "ORG": "organisation",
    "LOC": "location",
    "OTH": "other",
    "MISC": "other",
    "GPE": "country",
    "PERSON": "person",
}
SPLIT = re.compile(r"[\s\-‐‑]+")
# Tags of words that never open or close a name: articles, prepositions, pronouns, conjunctions,
# adverbs, finite verbs and punctuation (`Den Bayern`, `Zum FC Bayern`, `Austria AG von`).
EDGE_TAGS = frozenset(
    {"ART", "APPR", "APPRART", "APPO", "APZR", "PPOSAT", "PDAT", "PDS", "PIAT", "PIDAT", "PIS", "PPER"}
    | {"PRF", "PRELS", "PRELAT", "PWS", "PWAV", "PWAT", "PROAV", "KON", "KOUS", "KOUI", "KOKOM", "ADV"}
    | {"PTKNEG", "PTKZU", "PTKVZ", "VVFIN", "VAFIN", "VMFIN", "$,", "$(", "$."}
)
# Lower-case words of these tags end a name (`SPÖ nominierter Kandidat`) or open none
# (`französischen Revolution`): German names capitalise their adjectives (`Deutsche Bank`).
LOWER_BREAK_TAGS = frozenset(
    {"ADJA", "ADJD", "ADV", "PIAT", "PIDAT", "PDAT", "PPOSAT", "VVFIN", "VVPP", "VVINF", "VAFIN", "VMFIN"}
)
# Punctuation between two names in one span (`Wien/Berlin`, `Ulmer, Leitgeb`, `Jazz – Warriors`).
NAME_SEPARATORS = frozenset({",", "/", ";", "–", "—", "-", "(", ")", ":", "|", "+"})
# Conjunctions between two names (`Ram und Jeep`); between common nouns they belong to one name
# (`Institut für Wärme und Öltechnik`).
NAME_CONJUNCTIONS = frozenset({"und", "oder", "sowie", "bzw.", "vs.", "versus"})
# Shortest title (`Parteichef`) and description (`Broker`) after which a place or organisation span
# names a person: shorter words open names (`Premier League`, `Super Mario Maker`).
TITLE_IN_SPAN_MIN = 8
DESCRIPTION_MIN = 6
# First names derived from GermEval 2014 by training/make_first_names.py.
FIRST_NAMES_FILE = Path(__file__).resolve().parents[1] / "data" / "extract" / "first_names.txt"
# A result or a measurement in a span is no part of a name (`Warriors 103:106`, `Bull 1:44,893`).
SCORE = re.compile(r"[+\-]?\d+(?:[:,]\d+)+\.?|\d+:\d+.*")
# An initial (`P.`) is no name by itself.
INITIAL = re.compile(r"\w\.")
# A match result (`1:1`, `2:0-Sieg`) next to a name marks a team; a clock time (`20:15 Uhr`) does not.
RESULT = re.compile(r"\d+:\d+")
# A match result alone (`2:1`, `103:106`, `2:0-Sieg`); a clock time (`18:30`, `9:00`) has two-digit minutes.
MATCH_RESULT = re.compile(r"(\d{1,3}):(\d{1,3})(?![\d:])")
# Games and goals after a player's club in a line-up (`Kovač (Lindental, 43/8)`).
RECORD = re.compile(r"\s*,\s*\d+\s*/\s*\d+")
# A web address (`velmo.de`, `www.velmo.at`): an outlet when the text cites it as a source.
DOMAIN = re.compile(r"(?:[\w-]+\.)+[a-z]{2,4}", re.IGNORECASE)
# A model code or a version number after a name marks a product (`Quad x3-8300`, `Norphone 6P`,
# `Velmolink 4.1`): letters and digits, three characters at least, or a version with one digit after
# the point. A year or a club number (`Lindental 05`), a price (`1.426`), a clock time (`22.40`), a
# house number (`12a`) and a brand's short suffix (`Velmo O2`) are none.
MODEL_CODE = re.compile(
    r"[ \t]+(?:(?=\S{3})[A-Za-z]{1,3}\d+[A-Za-z]?(?:-\d+)?|\d+[A-Z]{1,2}|\d{1,2}\.\d)(?![\w]|\.\d)"
)
# Words before a name that make it a thing of its kind, not the company of that name (`eine Velmo`,
# `drei Velmo`, `jede Velmo`).
COUNTED_NOUN_TAGS = frozenset({"PIAT", "PIDAT", "CARD", "PPOSAT"})
INDEFINITE_ARTICLES = frozenset(
    {"ein", "eine", "einen", "einem", "einer", "eines", "kein", "keine", "keinen"}
)
# Words before a level of a federal state that make it a phrase of its own (`der Bund`, `vom Bund`;
# not `im Bund mit`), and tags before a bare one that make it part of another phrase (`die reichen
# Länder und Gemeinden`, `ein Bund und`); articles between coordinated levels (`Bund und die Länder`).
STATE_LEVEL_ARTICLES = frozenset({"der", "die", "den", "dem", "des", "vom", "beim", "zum"})
STATE_LEVEL_BARE_BREAKERS = frozenset(
    {"ADJA", "ART", "PIAT", "PIDAT", "PDAT", "PPOSAT", "CARD", "NN", "NE", "APPRART"}
)
STATE_LEVEL_ARTICLE_TAGS = frozenset({"ART"})
STATE_LEVEL_JOINS = frozenset({"KON", "$,"})
# What joins the items of a list of names after an organisation noun (`die Gewerkschaften X und Y`).
_LIST_JOINERS = frozenset({",", "und", "sowie"})
# A link is no name of an actor (`pic.twitter.com/…`, `https://t.co/…`).
LINK = re.compile(r"(?:https?://|pic\.twitter\.com/|t\.co/)", re.IGNORECASE)


@lru_cache(maxsize=1 << 16)  # every word of an article is folded (surnames tagged as nouns); most recur
def fold(text: str) -> str:
    """Lowercase, NFC, hyphens as spaces: the form in which names are compared."""
    text = unicodedata.normalize("NFC", text).lower()
    return " ".join(w for w in SPLIT.split(text) if w)


@lru_cache(maxsize=1 << 16)  # looked up for most capitalised words of an article; most recur
def _zipf(word: str) -> float:
    """The word's Zipf frequency in German (wordfreq), as the rules below compare it."""
    return zipf_frequency(word, "de")


@cache
def _rare_noun(text: str) -> bool:
    """A noun too rare to be a common one and no compound of one (`Mwakasege`, not `Anhänger`)."""
    return _zipf(text) < RARE_WORD_ZIPF and not any(
        _zipf(text[k:].lstrip("-")) >= COMMON_NOUN_ZIPF for k in range(1, len(text) - 3)
    )


def first_names() -> frozenset[str]:
    """The first names of `data/extract/first_names.txt` (one a line, `#` comments)."""
    lines = FIRST_NAMES_FILE.read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip() for w in lines if w.strip() and not w.startswith("#"))


def _hyphenated_first_name(tok: Token) -> bool:
    """`Frank-Walter`, `Karl-Heinz`: first names joined by a hyphen, whatever the tagger called them."""
    parts = tok.text.split("-")
    return len(parts) > 1 and all(p in first_names() for p in parts)


@dataclass
class LocalMention:
    start: int  # character offsets into the analysed (cleaned) text
    end: int
    text: str
    kind: str = "name"


@dataclass
class LocalEntity:
    """An entity of one article. `key` is what fusion across articles compares."""

    type: EntityType
    name: str
    tokens: tuple[str, ...]
    kb_id: str | None = None
    mentions: list[LocalMention] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    roles: set[tuple[str, str | None]] = field(default_factory=set)  # (title lemma or role, country)
    genders: set[str] = field(default_factory=set)  # grammatical gender the text marks: "m", "f"
    local: bool = False  # the article's own, fused with no other article's (`der Bund` of its state)
    # Mentions added to any entity so far: a reader that depends on them tells by it whether they changed.
    mentions_added: ClassVar[int] = 0

    @property
    def key(self) -> str:
        return f"kb:{self.kb_id}" if self.kb_id else f"{self.type}:{' '.join(self.tokens)}"

    def add(self, start: int, end: int, text: str, kind: str = "name") -> None:
        if not any(m.start == start and m.end == end for m in self.mentions):
            self.mentions.append(LocalMention(start, end, text, kind))
            LocalEntity.mentions_added += 1

    def last_mention_before(self, pos: int) -> int:
        return max((m.start for m in self.mentions if m.start < pos), default=-1)

    def mention_before(self, pos: int) -> LocalMention | None:
        """The mention starting last before `pos` (None where none does)."""
        return max((m for m in self.mentions if m.start < pos), key=lambda m: m.start, default=None)


def honorific_words() -> set[str]:
    return set(noun_classes()["honorifics"])


def name_tokens(text: str) -> tuple[str, ...]:
    """Folded name tokens without leading honorifics and titles (`Herrn Kim` → `kim`)."""
    honorifics = set(noun_classes()["honorifics"])
    words = fold(text).split()
    while len(words) > 1 and words[0] in honorifics:
        words = words[1:]
    return tuple(words)


class DocEntities:
    """The entities of one analysed article and the look-ups the event extractor needs."""

    def __init__(self, doc: Doc, actors: Actors, published: date | None = None) -> None:
        self.doc = doc
        self.table = token_table(doc)  # the tokens' strings, read once
        self.text = self.table.text  # spaCy joins every token's text on each read of doc.text
        self.actors = actors
        # Lower-case particles of surnames (`von der Leyen`, `de Maizière`; roles.yml): an article or
        # preposition by tag, but part of the name when it opens one; `der` after one (`van der Meer`).
        self.particles, self.joined_particles = actors.name_particles()
        self.published = published
        self.entities: list[LocalEntity] = []
        self._by_token: dict[int, LocalEntity] = {}
        self._build()

    # -- building -------------------------------------------------------------------------
    def _register(self, ent: LocalEntity, span: Span) -> None:
        ent.add(span.start_char, span.end_char, span.text)
        for tok in span:
            self._by_token.setdefault(tok.i, ent)

    def _repaired_spans(self) -> list[Span]:
        """The recogniser's spans cut to names: split where punctuation or a conjunction stands between
        two names (`Wien/Berlin`, `Ulmer, Leitgeb`, `Ram und Jeep`), with function words, links and
        scores at the edges removed (`Zum FC Bayern`, `Red Bull 1:44,893`). A piece left with no
        letter goes, and so does one that lost an opening article or preposition and holds no name
        word (`Die erste Nacht`). A piece the actor dictionary knows by exactly one entry takes its
        link and type; the places of a dateline (`Wien/Berlin – …`) are places."""
        out: list[Span] = []
        for whole in self.doc.ents:
            place_and_person = self._place_before_person(whole)
            if place_and_person:
                out.extend(place_and_person)
                continue
            span = whole
            if span.kb_id_ or self.actors.is_name(span.text):
                out.append(span)
                continue
            cuts = [tok.i for tok in span if self._separates(tok, span)]
            bounds = list(zip([span.start, *(c + 1 for c in cuts)], [*cuts, span.end], strict=True))
            if any(sum(ch.isalpha() for ch in self.doc[a:b].text) < 2 for a, b in bounds):
                bounds = [(span.start, span.end)]  # `I/O`, `A/B`: one name with a slash inside
            for start, end in bounds:
                piece = self._piece(span, start, end, split=len(bounds) > 1)
                if piece is not None:
                    out.append(piece)
        return out

    def _place_before_person(self, span: Span) -> list[Span]:
        """`traf in Oslo Jean Morel`: a span the recogniser ran from a known place into a person's
        name (a first name and a capitalised word after it) as the place and the person; [] for any
        other span."""
        if len(span) < 3 or LABEL_TYPES.get(span.label_) == "person":
            return []  # (a span may carry the link of the place it starts with: see nlp.actors)
        last = self.doc[span.end - 1]
        for cut in range(span.start + 1, span.end - 1):
            first = self.doc[cut]
            if not (self._first_name(first) or _hyphenated_first_name(first)):
                continue
            place = self.doc[span.start : cut]
            if not self.actors.is_place(place.text) or not last.text[:1].isupper():
                return []
            rest = self.doc[cut + 1 : span.end]
            if not all(t.text[:1].isupper() or t.text in self.particles for t in rest):
                return []
            return [
                Span(self.doc, span.start, cut, label="LOC", kb_id=span.kb_id_),
                Span(self.doc, cut, span.end, label="PER"),
            ]
        return []

    def _place_companies(self, spans: list[Span]) -> list[Span]:
        """The spans with companies named after a place (`die Linz Energie`) made one organisation,
        also where the recogniser left the place name unlabelled (a lone name word or rare noun)."""
        out = [self._company_of_place(s) for s in spans]
        labelled = {i for s in spans for i in range(s.start, s.end)}
        for i in range(len(self.doc)):
            # The frequency look-ups below are slow: first what a company needs after its place.
            if i in labelled or not self._sector_noun_at(i + 1):
                continue
            tok = self.doc[i]
            if tok.ent_type_:
                continue
            # A name word the recogniser left unlabelled: tagged a name, or a noun too rare to be a
            # common one and no compound of one (`Kilowattstunde Strom`, `Ausgabengruppe Verkehr`).
            name_word = tok.tag_ == "NE" or (
                tok.tag_ == "NN"
                and _zipf(tok.text) < RARE_WORD_ZIPF
                and not any(_zipf(tok.text[k:]) >= COMMON_NOUN_ZIPF for k in range(1, len(tok.text) - 3))
            )
            if name_word:
                company = self._company_of_place(Span(self.doc, tok.i, tok.i + 1, label="LOC"))
                if company.label_ == "ORG":
                    out.append(company)
        return sorted(out, key=lambda s: s.start)

    def _sector_noun_at(self, i: int) -> bool:
        """Token i is a capitalised sector noun of nouns.yml's `place_company_nouns` (`Energie`)."""
        table = self.table
        if i >= len(table.texts) or table.tags[i] != "NN":
            return False
        text = table.texts[i]
        return text[:1].isupper() and text.lower() in noun_classes()["place_company_nouns"]

    def _company_of_place(self, span: Span) -> Span:
        """`die Linz Energie`, `Graz Wasser liefert`: a place name right before a sector noun of
        nouns.yml's `place_company_nouns` is one company's name with it, where the place opens a noun
        phrase (an article, a preposition that is no place preposition, or nothing before it, and the
        verb after the noun); `in Linz Energie sparen` keeps its place."""
        doc = self.doc
        if LABEL_TYPES.get(span.label_) != "location" or not self._sector_noun_at(span.end):
            return span
        before = doc[span.start - 1] if span.start > span.sent.start else None
        place_words = noun_classes()["place_prepositions"]
        opens = (
            before is None
            or before.tag_ in {"ART", "PDAT", "PPOSAT", "PIAT", "APPRART"}
            or (before.tag_ == "APPR" and before.lower_ not in place_words)
        )
        after = doc[span.end + 1] if span.end + 1 < len(doc) else None
        if before is None and after is not None and after.tag_ not in FINITE:
            return span  # `Linz Energie sparen`: a place and the verb's object
        if not opens:
            return span
        return Span(doc, span.start, span.end + 1, label="ORG")

    def _piece(self, span: Span, start: int, end: int, split: bool) -> Span | None:
        first, last = self._trimmed(start, end)
        if sum(t.text.isalpha() and t.text.islower() and len(t.text) >= 5 for t in self.doc[first:last]) >= 2:
            return None  # `I would like to share the sad news`: a quoted sentence, no name
        tail = self.doc[last - 1] if last > first else None
        if tail is not None and tail.text.isalpha() and tail.text.islower() and not self._breaks_name(tail):
            return None  # `incana`, `Servaea vestita`: a name ends in a capitalised word
        # A lower-case content word inside ends the name (`SPÖ nominierter Kandidat`).
        cut = next((t.i for t in self.doc[first + 1 : last] if self._breaks_name(t)), last)
        first, last = self._trimmed(first, cut)
        piece = self.doc[first:last]
        if not piece or not any(ch.isalpha() for ch in piece.text) or INITIAL.fullmatch(piece.text):
            return None  # no letter, or an initial alone (`P.` of `P. fasciatus`)
        if (
            first > start
            and self.doc[start].tag_ in EDGE_TAGS
            and not any(t.tag_ in NAME_TAGS for t in piece)
            and (any(t.text[:1].islower() for t in self.doc[start + 1 : last]) or piece[0].tag_ == "CARD")
        ):
            return None  # `Die erste Nacht`, `Die 499 Euro`: a sentence-opening noun phrase
        label = span.label_
        ids = set(self.actors.ids(piece.text)) if split else set()
        if len(ids) == 1:
            kb = ids.pop()
            etype = self.actors.entity_type(kb)
            label = {"person": "PER", "organisation": "ORG"}.get(etype or "", "LOC")
            return Span(self.doc, first, last, label=label, kb_id=kb)
        after = self.doc[span.end].text if span.end < len(self.doc) else ""
        if split and span[0].is_sent_start and after in {"–", "—", "-"}:
            label = "LOC"
        lone = self.doc[first] if last - first == 1 else None
        if lone is not None and (
            (self._first_name(lone) and self._surname_after(last))
            or (
                # A lone word the recogniser calls a person, tagged a name and no genitive
                # (`Googles | Suchmaschine`), before a name word: one name (`Wendelin Kasselbrink`).
                LABEL_TYPES.get(label) == "person"
                and lone.tag_ == "NE"
                and not lone.text.endswith("s")
                and self._surname_after(last, strict=True)
            )
        ):
            return Span(self.doc, first, last + 1, label="PER")  # `Jorinde | Kasselbrink`
        before = self.doc[first - 1] if first > 0 else None
        if (
            last - first == 1
            and before is not None
            and self._first_name(before)
            and not before.ent_type_
            and self._surname_after(first)
        ):
            return Span(self.doc, first - 1, last, label="PER")  # `Jorinde | Kasselbrink` (place)
        return Span(self.doc, first, last, label=label)

    @staticmethod
    def _first_name(tok: Token) -> bool:
        return tok.text in first_names()

    def _surname_after(self, i: int, strict: bool = False) -> bool:
        """Whether token i can be the surname after a first name: a capitalised word after one space,
        no other entity's and no title (`Hermann | König` stays apart). `strict` (after a word not
        known as a first name, that the recogniser calls a person): only a word tagged as a name
        (`Wendelin | Kasselbrink`, not `Googles | Suchmaschine`)."""
        if i >= len(self.doc):
            return False
        tok = self.doc[i]
        return (
            tok.tag_ in ({"NE"} if strict else {"NE", "NN", "FM"})
            and not (strict and _zipf(tok.text.lower()) >= FUNCTION_WORD_ZIPF)
            and tok.text[:1].isupper()
            and tok.text.replace("-", "").isalpha()
            and self.doc[i - 1].whitespace_ == " "  # one space, no line break (a sentence start
            # the recogniser guessed between two words does not part them: `sagte Jan | Engel`)
            and not tok.ent_type_
            and tok.text.lower() not in honorific_words()
            and not self.actors.role_of_title(tok.text)
        )

    def _separates(self, tok: Token, span: Span) -> bool:
        if tok.text in NAME_SEPARATORS and tok.tag_.startswith("$"):
            return True
        if tok.text.lower() not in NAME_CONJUNCTIONS or tok.i in {span.start, span.end - 1}:
            return False
        if LABEL_TYPES.get(span.label_) == "person":
            return True
        return self.doc[tok.i - 1].tag_ in NAME_TAGS and self.doc[tok.i + 1].tag_ in NAME_TAGS

    def _after_particle(self, i: int, start: int) -> bool:
        """Whether word i is a capitalised word after a surname particle inside a name from `start`
        (`van der | Meer`, `bin | Rashed`): the surname, whatever the tagger called it."""
        doc = self.doc
        j = i - 1
        if j > start and doc[j].text in self.joined_particles:
            j -= 1
        return j > start and doc[j].text in self.particles and doc[i].text[:1].isupper()

    def _lower_content_word(self, tok: Token) -> bool:
        """A lower-case adjective, verb, adverb or determiner: German names capitalise theirs; not a
        surname particle (`van`, and `der` after it)."""
        return (
            tok.text.islower()
            and tok.tag_ in LOWER_BREAK_TAGS
            and tok.text not in self.particles
            and not (
                tok.text in self.joined_particles
                and tok.i + 1 < len(self.doc)
                and self._after_particle(tok.i + 1, -1)  # `der` of `van der | Meer`
            )
        )

    def _breaks_name(self, tok: Token) -> bool:
        """A lower-case content word inside a span that no name holds: not an adjective after a
        preposition or article (`Institut für empirische Forschung`) nor one between two nouns
        (`Museum moderner Kunst`)."""
        if not self._lower_content_word(tok):
            return False
        before, after = self.doc[tok.i - 1], self.doc[tok.i + 1] if tok.i + 1 < len(self.doc) else None
        if tok.tag_ == "ADJA" and before.tag_ in {"APPR", "APPRART", "ART", "KON", "ADJA"}:
            return False
        return not (tok.tag_ == "ADJA" and before.tag_ == "NN" and after is not None and after.tag_ == "NN")

    @staticmethod
    def _capitalised_verb(tok: Token) -> bool:
        return tok.tag_.startswith("V") and tok.text[:1].isupper()

    def _particle_of_name(self, i: int, end: int) -> bool:
        """`von der Leyen`, `De Baere`: a surname particle with a name word after it."""
        return self.doc[i].text.lower() in self.particles and any(
            t.tag_ in NAME_TAGS for t in self.doc[i + 1 : end]
        )

    def _trimmed(self, start: int, end: int) -> tuple[int, int]:
        """Token bounds without function words, lower-case adjectives, links, scores and nouns used as
        prepositions at the start (`Zum FC Bayern`, `panamaischen Kanzlei Velox`, `in Sachen
        Datenschutz`) and without function words, links, scores and a rank noun before its number at
        the end (`Velmora Platz | 16`)."""
        doc = self.doc
        while start < end and (
            (doc[start].tag_ in EDGE_TAGS and not self._particle_of_name(start, end))
            or self._lower_content_word(doc[start])
            or LINK.match(doc[start].text)
            or (doc[start].tag_ == "NN" and doc[start].lower_ in noun_classes()["prepositional_nouns"])
        ):
            start += 1
        while end > start and (
            # A capitalised word the tagger calls a verb ends no name as a verb (`Maria Lassnig`).
            (doc[end - 1].tag_ in EDGE_TAGS and not self._capitalised_verb(doc[end - 1]))
            or SCORE.fullmatch(doc[end - 1].text)
            or LINK.match(doc[end - 1].text)
            or self._rank_before_number(end - 1)
            or self._count_after_name(end - 1)
            or (end - 1 > start and self._count_after_name(end - 2))
        ):
            end -= 1
        return start, end

    def _count_after_name(self, i: int) -> bool:
        """`von Velmora 5 | Millionen Euro`: a number before a noun of measure (nouns.yml's
        `measure_nouns`) counts what follows, it is no part of the name before it (nor is the noun
        of measure, where the recogniser took both: `vom Bund 500 Millionen | Euro`)."""
        doc = self.doc
        return (
            i + 1 < len(doc)
            and (doc[i].tag_ == "CARD" or doc[i].like_num)
            and doc[i + 1].lower_ in noun_classes()["measure_nouns"]
        )

    def _rank_before_number(self, i: int) -> bool:
        """`Platz 16`, `Paragraf 7`: a noun of nouns.yml's `rank_nouns` with a number after it."""
        doc = self.doc
        return (
            i + 1 < len(doc)
            and doc[i].lower_ in noun_classes()["rank_nouns"]
            and (doc[i + 1].tag_ == "CARD" or doc[i + 1].like_num)
        )

    def _person_spans(self, spans: list[Span]) -> list[Span]:
        """Person entities, split where a title or honorific starts a second name inside one span
        (`Putin Herrn Kim`, `Kim Jong-un Genosse Putin`): a frequent tagger error between two names."""
        honorifics = set(noun_classes()["honorifics"])
        out: list[Span] = []
        for ent in spans:
            if LABEL_TYPES.get(ent.label_) != "person":
                continue
            start = ent.start
            for tok in ent[1:]:
                if tok.text.lower() in honorifics and tok.i > start:
                    out.append(Span(self.doc, start, tok.i, label=ent.label_, kb_id=ent.kb_id_))
                    start = tok.i + 1
            if start < ent.end:
                out.extend(
                    self._split_known_names(
                        Span(self.doc, start, ent.end, label=ent.label_, kb_id=ent.kb_id_)
                    )
                )
        return out

    def _place_after_noun(self, span: Span) -> Span:
        """`die Städte Görlitz und Bautzen`, `Region Kursk`: a span the recogniser opened with a place
        noun names the place after it, whatever label it was given."""
        first = span[0]
        if span.kb_id_:
            return span
        # `auf der Insel Lipari`, `in der Stadt Varna`: a name the recogniser took for an organisation
        # or a miscellany, right after a place noun outside its span, is the place it names too.
        before = self.doc[span.start - 1] if span.start > 0 else None
        if (
            before is not None
            and before.tag_ == "NN"
            and LABEL_TYPES.get(span.label_) in {"organisation", "other"}
            and in_noun_class(before.lemma_ or before.text, noun_classes()["place_suffixes"])
        ):
            return Span(self.doc, span.start, span.end, label="LOC")
        if len(span) < 2 or first.tag_ != "NN":
            return span
        if not in_noun_class(first.lemma_ or first.text, noun_classes()["place_suffixes"]):
            return span
        return Span(self.doc, span.start + 1, span.end, label="LOC")

    def _split_known_names(self, span: Span) -> list[Span]:
        """Repair person spans the tagger ran together or over-extended: common nouns at the edges
        go (`Kims Besuch`), and two names the dictionary knows are cut apart (`Kim Jong Un Putin`)."""
        start, end = span.start, span.end
        # Titles in front go (`Machthaber Kim`); a capitalised word the tagger called a noun may be
        # a first name (`Annalena`), so other nouns stay.
        while start < end and (
            (self.doc[start].tag_ in {"ADJA", "ART"} and not _hyphenated_first_name(self.doc[start]))
            or (
                self.doc[start].tag_ == "NN"
                and (
                    self.doc[start].text.lower() in honorific_words()
                    or bool(self.actors.role_of_title(self.doc[start].text))
                    or self._role_before_first_name(start, end)
                )
            )
        ):
            start += 1
        # Nouns after a name go (`Kims Besuch`, `Putin Herrn`), but never the name's last word: the
        # tagger calls rare names nouns too.
        while end - start > 1 and self.doc[end - 1].tag_ in {"NN", "ADJA", "ART", "VVFIN"}:
            if self._surname_tagged_noun(self.doc[end - 1]) or self._after_particle(end - 1, start):
                break
            end -= 1
        if end <= start:
            return []
        span = Span(self.doc, start, end, label=span.label_, kb_id=span.kb_id_)
        if len(span) < 2 or self.actors.is_name(span.text):
            return [span]
        for cut in range(span.start + 1, span.end):
            left, right = self.doc[span.start : cut], self.doc[cut : span.end]
            if (self._known(left.text) and self._known(right.text)) or self._two_full_names(span, cut):
                return [
                    Span(self.doc, left.start, left.end, label=span.label_),
                    *self._split_known_names(Span(self.doc, right.start, right.end, label=span.label_)),
                ]
        return [span]

    def _two_full_names(self, span: Span, cut: int) -> bool:
        """`Nachdem Eva Lind Jan Nowak getroffen hatte`: a first name and a surname, then another first
        name and surname, run together by the recogniser: two people (not `Hans Peter | Wilhelm Müller`,
        whose second word is a first name too)."""
        doc = self.doc
        return (
            cut - span.start >= 2
            and span.end - cut >= 2
            and self._first_name(doc[span.start])
            and self._first_name(doc[cut])
            and not self._first_name(doc[cut - 1])
            and doc[cut - 1].text[:1].isupper()
        )

    def _titled(self, span: Span) -> bool:
        """A name of one to three name words right after a title or honorific (`Premier`, `Herrn`),
        or, typed a place or `other`, after a rank or role noun of people (`Fürst Velmar`, `Trainer
        Kasselbrink`; a name in -s there is a place's genitive: `Trainer Norwicks`)."""
        before = self.doc[span.start - 1] if span.start > 0 else None
        if before is None or len(span) > 3:
            return False
        if (
            before.tag_ == "NN"
            and (before.text.lower() in honorific_words() or bool(self.actors.role_of_title(before.text)))
            # after a title, a first name or a word too rare to be a common noun the tagger calls a
            # noun is a name's word too (`den Präsidenten Kwabena Mensah`)
            and (any(t.tag_ in NAME_TAGS for t in span) or self._name_span_after(span))
            and all(t.tag_ in NAME_TAGS or self._noun_tagged_name_word(t) for t in span)
        ):
            return True
        if not all(t.tag_ in NAME_TAGS for t in span):
            return False
        if self._related_person(span):
            return True
        return (
            before.tag_ in {"NN", "NE"}
            and not before.ent_type_
            and LABEL_TYPES.get(span.label_, "other") in {"location", "other"}
            and not span[-1].text.endswith("s")
            and not any(t.lower_.rstrip(".") in _organisation_name_words() for t in span)
            and in_noun_class(before.lemma_ or before.text, noun_classes()["person_heads"])
        )

    def _name_span_after(self, span: Span) -> bool:
        """Whether a one-word span is followed, after one space, by a word tagged a name that opens
        another span of the recogniser's, no person's (`Präsidenten Kwabena | Osei`: its surname)."""
        doc = self.doc
        return (
            len(span) == 1
            and span.end < len(doc)
            and span[-1].whitespace_ == " "
            and doc[span.end].tag_ in NAME_TAGS
            and doc[span.end].ent_iob_ == "B"
            and doc[span.end].ent_type_ != "PER"
        )

    def _split_surname(self, span: Span, tail: Span) -> bool:
        """Whether `tail`, a span right after the one-word titled name `span`, is its surname: one word
        tagged a name, after one space, no person and no dictionary entity."""
        return (
            len(tail) == 1
            and not tail.kb_id_
            and LABEL_TYPES.get(tail.label_) != "person"
            and tail[0].tag_ in NAME_TAGS
            and span[-1].whitespace_ == " "
            and tail[0].text[:1].isupper()
            and _zipf(tail[0].text.lower()) < FUNCTION_WORD_ZIPF
        )

    @staticmethod
    def _noun_tagged_name_word(tok: Token) -> bool:
        """A capitalised word tagged a noun that is a first name or too rare to be a common noun and
        no compound of one (`Kwabena`, not `Arbeit`, `Handelskammer`)."""
        text = tok.text
        return (
            tok.tag_ == "NN"
            and text[:1].isupper()
            and text.replace("-", "").isalpha()
            and (text in first_names() or _rare_noun(text))
        )

    def _team_in_pairing(self, span: Span) -> bool:
        """`Velmora Hawks – Norwick Pirates 4:2`: a name of two or more words, opening with no first
        name, on either side of a dash between two names with a match result after the second, is
        a team (players named in full open with a first name: `Jorinde Kasselbrink – …`)."""
        doc = self.doc
        if len(span) < 2 or span.kb_id_ or span[0].text in first_names():
            return False

        def result(i: int) -> bool:
            return i < len(doc) and RESULT.match(doc[i].text) is not None and not _before_uhr(doc[i])

        def dash(i: int) -> bool:
            return 0 <= i < len(doc) and doc[i].text in {"–", "—", "-"}

        if dash(span.start - 1) and span.start >= 2 and doc[span.start - 2].tag_ in NAME_TAGS:
            return result(span.end)
        if dash(span.end):
            after = span.end + 1
            while (
                after < len(doc)
                and after <= span.end + 4
                and doc[after].tag_ in NAME_TAGS
                and not RESULT.match(doc[after].text)  # the tagger calls a result a name (`1:2`)
            ):
                after += 1
            return after > span.end + 1 and result(after)
        return False

    def _listed_with_persons(self, span: Span, person_tokens: set[int], surnames: set[str]) -> bool:
        """`Lindental (Kasselbrink, Norwicz)`: a lone name typed a place or `other` in brackets that
        list only names, every other of them a person (or a surname of one the article names in
        full), is a person too."""
        doc = self.doc
        if len(span) != 1 or LABEL_TYPES.get(span.label_, "other") not in {"location", "other"}:
            return False
        brackets = {"(", ")"}
        before = range(span.start - 1, max(span.start - 12, -1), -1)
        left = next((i for i in before if doc[i].text in brackets), None)
        after = range(span.end, min(span.end + 12, len(doc)))
        right = next((i for i in after if doc[i].text in brackets), None)
        if left is None or right is None or doc[left].text != "(" or doc[right].text != ")":
            return False
        items: list[list[int]] = [[]]
        for tok in doc[left + 1 : right]:
            if tok.text == "," or tok.lower_ == "und":
                items.append([])
            elif tok.text[:1].isupper() and tok.tag_ in NAME_TAGS | {"NN"}:
                items[-1].append(tok.i)
            else:
                return False
        others = [item for item in items if span.start not in item]
        return (
            len(others) == len(items) - 1
            and bool(others)
            and all(
                item
                and (
                    all(i in person_tokens for i in item)
                    or (len(item) == 1 and not doc[item[0]].ent_type_ and fold(doc[item[0]].text) in surnames)
                )
                for item in others
            )
        )

    def _related_person(self, span: Span) -> bool:
        """`die Nachfolgerin von Jorinde Kasselbrink`: a name after `von` and a noun of nouns.yml's
        `person_relation_nouns` is a person, whatever the recogniser typed it."""
        doc = self.doc
        return (
            span.start >= 2
            and doc[span.start - 1].lower_ == "von"
            and doc[span.start - 2].tag_ == "NN"
            and (doc[span.start - 2].lemma_ or doc[span.start - 2].text).lower()
            in noun_classes()["person_relation_nouns"]
            and not any(t.lower_.rstrip(".") in _organisation_name_words() for t in span)
        )

    @staticmethod
    def _person_named_elsewhere(
        span: Span, full_names: list[tuple[str, ...]], titled: set[tuple[str, ...]]
    ) -> bool:
        """Part of a full name this article uses (`Jong` of `Kim Jong Un`), also in the genitive
        (`Haddadis` beside `Karim Haddadi`), or a name the article gives a person after a title
        (`Velmar` after `Fürst Velmar`)."""
        toks = name_tokens(span.text)
        forms = {toks}
        if len(toks) == 1 and toks[0].endswith("s") and len(toks[0]) > 3:
            forms.add((toks[0][:-1],))
        return any(form in titled or any(_contains(full, form) for full in full_names) for form in forms)

    def _person_after_title(self, span: Span) -> Span | None:
        """The person a place or organisation span ends with after a title or a description
        before a first name (`Landesparteichef Velox`, `Ex-Sieger Jorinde Kasselbrink`): the name
        words after the last such noun, one to three of them."""
        doc = self.doc
        for i in range(span.end - 2, span.start - 1, -1):
            tok = doc[i]
            if tok.tag_ != "NN":
                continue
            tail = doc[i + 1 : span.end]
            # A short title word may open a name itself (`Premier League`, `Super Mario`).
            titled = (
                len(tok.text) >= TITLE_IN_SPAN_MIN
                and (bool(self.actors.role_of_title(tok.text)) or self._is_title(tok.lemma_ or tok.text))
            ) or (len(tok.text) >= DESCRIPTION_MIN and self._role_before_first_name(i, span.end))
            if titled and len(tail) <= 3 and all(t.tag_ in NAME_TAGS for t in tail):
                return Span(doc, tail.start, tail.end, label="PER")
            return None
        return None

    def _unlabelled_names_after_titles(self, spans: list[Span]) -> list[Span]:
        """`Premier Jorinde Kasselbrink traf …`, `Präsident Kasselbrink`: one or two name words the
        recogniser left unlabelled right after an office title or honorific are a person (rare foreign
        names it does not know); a common noun there is none (`Präsident Trump-Anhänger`)."""
        doc, texts, tags, spaces = self.doc, self.table.texts, self.table.tags, self.table.spaces
        labelled = {i for s in spans for i in range(s.start, s.end)}
        found: list[Span] = []
        i = 1
        while i < len(texts):  # every word is asked: read from the table, not as a Token each
            if (
                i in labelled
                or i - 1 in labelled
                or tags[i - 1] != "NN"
                or not spaces[i - 1]
                or not (
                    texts[i - 1].lower() in honorific_words()
                    or self.actors.role_of_title(texts[i - 1])
                    or self._person_head_before(i)
                )
                or not self._unlabelled_name_word(i, labelled)
            ):
                i += 1
                continue
            end = self._unlabelled_run_end(i, labelled)
            before = texts[i - 1]
            titled = before.lower() in honorific_words() or bool(self.actors.role_of_title(before))
            if not titled and (end - i < 2 or (end < len(texts) and texts[end][:1].isupper())):
                # after a role noun of people only a first name and a surname (`Kollegin X Y`), not a
                # longer name (`Titelverteidiger New England Patriots`: a team)
                i = end
                continue
            if end in labelled:
                i = end  # `Präsident Jorinde | Kasselbrink`: a first name before a name the recogniser saw
                continue
            found.append(Span(doc, i, end, label="PER"))
            i = end
        return found + self._unlabelled_names_in_title_lists(spans, labelled)

    def _person_head_before(self, i: int) -> bool:
        """Whether the word before token i is a role noun of people (nouns.yml `person_heads`:
        `Kollegin`, `Expertin`, `Trainer`)."""
        before = self.doc[i - 1]
        return in_noun_class(before.lemma_ or before.text, noun_classes()["person_heads"])

    def _unlabelled_run_end(self, i: int, labelled: set[int]) -> int:
        """The end of the one or two unlabelled name words from token i (the second only after a space)."""
        end = i + 1
        if end < len(self.table.texts) and self.table.spaces[i] and self._unlabelled_name_word(end, labelled):
            end += 1
        return end

    def _organisation_head_before(self, i: int) -> bool:
        """Token i opens a name right after a noun of nouns.yml's `organisation_heads` or
        `anaphor_organisation_heads` (`die Gewerkschaft | Velkana`, `die Großbank | Norla`), or
        after such a noun in the plural and earlier names of a list (`die Gewerkschaften VERO-T
        und | GKB-ow`). A team's standing (`standing_heads`: `Gegner Kasselbrink`) may name a
        player and counts not."""
        table = self.table
        tags, texts, lemmas = table.tags, table.texts, table.lemmas
        if i < 1 or (tags[i - 1] != "NN" and texts[i - 1] not in _LIST_JOINERS):
            return False  # most words: neither a noun nor a list before them (asked of every word)
        heads, standing = body_heads(), noun_classes()["standing_heads"]

        def head(k: int) -> bool:
            return (
                k >= 0
                and tags[k] == "NN"
                and texts[k][:1].isupper()
                and in_noun_class(lemmas[k], heads)
                and not in_noun_class(lemmas[k], standing)
            )

        if head(i - 1):
            return True
        k = i - 1
        if k < 1 or texts[k] not in _LIST_JOINERS:
            return False
        k -= 1  # back over the earlier items of a list, one or two name words each
        for _ in range(8):
            start = k
            while (
                start > k - 2
                and start >= 0
                and tags[start] in NAME_TAGS | {"NN"}
                and texts[start][:1].isupper()
            ):
                if head(start):
                    break
                start -= 1
            if start == k:
                return False
            if head(start):
                return "Plur" in table.morph(start, "Number") and start < k
            if start < 1 or texts[start] != ",":
                return False
            k = start - 1
        return False

    def _body_named(self, span: Span, surnames: set[str]) -> bool:
        """A span the recogniser typed a person is an organisation after an organisation noun
        (`_organisation_head_before`) or with a legal form in it (`Tarvik GmbH`), unless it opens
        with a first name, the actor dictionary knows it, or it is a person's genitive (`die Partei
        Kasselbrinks` beside `Jorinde Kasselbrink`)."""
        if span.kb_id_ or span[0].text in first_names():
            return False
        if any(t.lower_.rstrip(".") in _organisation_name_words() for t in span):
            return True
        if not self._organisation_head_before(span.start):
            return False
        stem = span.text[:-1] if span.text.endswith("s") else span.text
        return not (self._known(stem) or stem in surnames)

    def _unlabelled_names_after_organisation_heads(self, spans: list[Span]) -> list[Span]:
        """`die Bank Velmora`, `die Gewerkschaften VERO-T und GKB-ow`: one or two name words the
        recogniser left unlabelled right after an organisation noun, or in a list after one in the
        plural, name an organisation (a common noun there is none: `Bank Filialen`)."""
        doc, texts, spaces = self.doc, self.table.texts, self.table.spaces
        labelled = {i for s in spans for i in range(s.start, s.end)}
        found: list[Span] = []
        i = 1
        while i < len(texts):
            if (
                i in labelled
                or not self._organisation_head_before(i)  # the cheaper test first: few words follow one
                or not self._unlabelled_name_word(i, labelled)
            ):
                i += 1
                continue
            end = self._unlabelled_run_end(i, labelled)
            if end in labelled:
                i = end
                continue
            if end < len(texts) and texts[end].lower().rstrip(".") in _organisation_name_words():
                end += 1  # `die Firma Tarvik GmbH`: its legal form
            elif end < len(texts) and texts[end][:1].isupper() and spaces[end - 1]:
                i = end  # `die Firma Holzbau Weiler`: where the name ends is not known, none is taken
                continue
            found.append(Span(doc, i, end, label="ORG"))
            labelled.update(range(i, end))
            i = end
        return found

    def _organisation_names_again(
        self, others: list[Span], persons: list[Span], surnames: set[str]
    ) -> tuple[set[int], list[Span]]:
        """`Der Konzern Zalpex … Zalpex übernimmt`, `die Zalpex AG … kauft Zalpex`: a name the article
        gives an organisation (its legal form left off) names it where it stands again unlabelled; a
        mention typed a person is the organisation only where the article says it is one (after an
        organisation noun, with its legal form: the recogniser's label alone may be the error). Not
        a word of a person's name (`Conrad Zalpex`), a place, a common word, a word of a longer
        name (`Zalpex Games`), one after a place preposition (`im Trentino`), an indefinite article
        or before a number (`eine Velmo`, `Velmo 757`: things of the kind). Returns the starts of the
        person spans that are the organisation and the new organisation spans."""
        doc, texts, tags = self.doc, self.table.texts, self.table.tags
        names: dict[tuple[str, ...], bool] = {}  # name → whether the article says it is an organisation
        for span in others:
            if LABEL_TYPES.get(span.label_) != "organisation" or span.kb_id_:
                continue
            words = _without_legal_form(tuple(t.text for t in span))
            if words[-1].lower().rstrip(".") in _legal_forms():
                continue
            said = (
                any(t.lower_.rstrip(".") in _organisation_name_words() for t in span)
                or self._organisation_head_before(span.start)
                or self._organisation_reading(span)
            )
            names[words] = names.get(words, False) or said
        person_words = {w for s in persons if len(s) > 1 for w in name_tokens(s.text)} | surnames
        person_words |= {w[:-1] for w in person_words if w.endswith("s")}  # `Jan Zalpex'` genitive: `Zalpexs`
        for name in list(names):
            if any(fold(w) in person_words for w in name) or self.actors.is_place(" ".join(name)):
                del names[name]
        if not names:
            return set(), []
        labelled = {i for s in others for i in range(s.start, s.end)}
        person_at = {s.start: s for s in persons}
        place_words = frozenset(noun_classes()["place_prepositions"])
        moved: set[int] = set()
        found: list[Span] = []
        n_tokens = len(texts)
        by_first: dict[str, list[tuple[str, ...]]] = {}
        for name in names:
            by_first.setdefault(name[0], []).append(name)
        for i, text in enumerate(texts):
            for name in by_first.get(text, ()):
                end = i + len(name)
                if (
                    end > n_tokens
                    or tuple(texts[i:end]) != name
                    or (len(name) == 1 and not self._rare_name_word(i))
                    or self._in_a_longer_name(i, end)
                    or (end < n_tokens and (tags[end] == "CARD" or doc[end].like_num))
                    or (i > 0 and tags[i - 1] in COUNTED_NOUN_TAGS)
                    or (i > 0 and texts[i - 1].lower() in INDEFINITE_ARTICLES)
                    or self._read_as_place(i, place_words)
                ):
                    continue
                person = person_at.get(i)
                said = names[name]
                if person is not None and person.end == end and said and person[0].text not in first_names():
                    moved.add(i)
                elif person is not None or any(k in labelled or doc[k].ent_type_ for k in range(i, end)):
                    continue
                found.append(Span(doc, i, end, label="ORG"))
        return moved, found

    def _read_as_place(self, i: int, place_words: frozenset[str]) -> bool:
        """Token i opens a place's name: after a place preposition, articles and adjectives between or
        not (`im nordwestlichen Velmtal`), or right after a place noun (`das Land Velmtal`)."""
        t = self.table
        k = i - 1
        if k >= 0 and t.tags[k] == "NN" and in_noun_class(t.lemmas[k], noun_classes()["place_suffixes"]):
            return True
        while k >= 0 and t.tags[k] in {"ART", "ADJA"}:
            k -= 1
        return k >= 0 and t.lowers[k] in place_words

    def _in_a_longer_name(self, start: int, end: int) -> bool:
        """Tokens [start, end) have a capitalised name word right before or after them, on the same line
        (`Zalpex Games`, `Gear Zalpex`)."""
        texts, tags, spaces = self.table.texts, self.table.tags, self.table.spaces

        def name_word(k: int) -> bool:
            return 0 <= k < len(texts) and tags[k] in NAME_TAGS and texts[k][:1].isupper()

        return (name_word(start - 1) and spaces[start - 1] and not self.doc[start].is_sent_start) or (
            name_word(end) and spaces[end - 1] and not self.doc[end].is_sent_start
        )

    def _rare_name_word(self, i: int) -> bool:
        """Token i, one word alone, can be a company's name: tagged a name, or a noun too rare to be a
        common one (not `Post`, `Real`)."""
        text, tag = self.table.texts[i], self.table.tags[i]
        if zipf_frequency(text.lower(), "de") >= COMMON_NOUN_ZIPF:
            return _acronym(text)
        return tag in NAME_TAGS or tag == "NN"

    def _unlabelled_names_in_title_lists(self, spans: list[Span], labelled: set[int]) -> list[Span]:
        """`Die drei Präsidenten, Jorinde Kasselbrink (Velmora), Tibor Norwicz und …`: in a list of
        names apposed to an office title, an item of one to three name words the recogniser left
        unlabelled is a person where another item is one (a country in brackets may follow each)."""
        doc, texts, tags = self.doc, self.table.texts, self.table.tags
        n = len(texts)
        persons = {i for s in spans if LABEL_TYPES.get(s.label_) == "person" for i in range(s.start, s.end)}
        found: list[Span] = []
        for t in range(n - 2):
            if tags[t] != "NN" or texts[t + 1] != "," or not self.actors.role_of_title(texts[t]):
                continue
            items: list[tuple[int, int]] = []
            i = t + 2
            while i < n:
                end = i
                stop = min(n, i + 3)
                while end < stop and (end in persons or self._unlabelled_name_word(end, labelled)):
                    end += 1
                if end == i:
                    break
                items.append((i, end))
                if end + 2 < n and texts[end] == "(" and texts[end + 2] == ")":
                    end += 3  # `(Velmora)`: the item's country
                if end >= n or texts[end] not in {",", "und"}:
                    break
                i = end + 1
            named = [(a, b) for a, b in items if all(k in persons for k in range(a, b))]
            if len(items) >= 2 and named:
                unread = [(a, b) for a, b in items if not any(k in labelled for k in range(a, b))]
                found.extend(Span(doc, a, b, label="PER") for a, b in unread)
        return found

    def _unlabelled_name_word(self, i: int, labelled: set[int]) -> bool:
        """Token i can be a word of a name the recogniser missed: capitalised letters outside every
        span, no title, tagged a name but no function word, or a noun too rare to be a common one and
        no compound of one (`Mwakasege`, not `Anhänger`, `Trump-Anhänger`)."""
        text, tag = self.table.texts[i], self.table.tags[i]
        if (
            i in labelled
            or not text[:1].isupper()
            or not text.replace("-", "").isalpha()
            or text.lower() in honorific_words()
            or self.actors.role_of_title(text)
            or text.lower() in _organisation_name_words()  # `Premier League`
            # A compound ending in a common noun names a group, not a person (`Velmar-Anhänger`);
            # a tail of one or two letters is none (`VERO-T`).
            or (
                "-" in text
                and len(text.rsplit("-", 1)[1]) > 2
                and _zipf(text.rsplit("-", 1)[1]) >= COMMON_NOUN_ZIPF
            )
        ):
            return False
        if tag in NAME_TAGS:
            return _zipf(text.lower()) < FUNCTION_WORD_ZIPF
        return tag == "NN" and _rare_noun(text)

    def _role_before_first_name(self, i: int, end: int) -> bool:
        """`Kriminalsoziologin Jorinde Kasselbrink`: a noun before a first name and a surname is the
        person's description (a first name the tagger calls a noun, `Matt Jones`, is no first name's
        description)."""
        doc = self.doc
        return (
            i + 2 < end
            and doc[i].text not in first_names()
            and doc[i + 1].text in first_names()
            and doc[i + 2].tag_ in NAME_TAGS
        )

    def _surname_of_a_person(self, span: Span, surnames: set[str]) -> bool:
        """A name of two or more words, all tagged as names, ending in a surname the article gives a
        person elsewhere."""
        toks = name_tokens(span.text)
        named = len(span) >= 2 and all(t.tag_ in NAME_TAGS for t in span)
        return named and bool(toks) and toks[-1] in surnames

    def _surname_tagged_noun(self, tok: Token) -> bool:
        """`Michael Griffin sagte`: a noun-tagged last word after a first name, closing the phrase, is
        the surname (a noun after a name is `Kims Besuch`: a genitive before it, a phrase going on)."""
        doc = self.doc
        before = doc[tok.i - 1]
        rare = _zipf(tok.text) < RARE_WORD_ZIPF
        return (
            tok.tag_ in {"NN", "VVFIN"}  # a capitalised `VVFIN` after a name is none (`Maria Lassnig`)
            and (before.tag_ == "NE" or _hyphenated_first_name(before))
            and (
                not before.text.endswith(("s", "’s", "'s"))
                or before.text in first_names()  # `Markus Feld`: a first name, no genitive
                or _zipf(tok.text) < COMMON_NOUN_ZIPF
            )
            and tok.text[:1].isupper()
            and tok.text.lower() not in honorific_words()
            and not self.actors.role_of_title(tok.text)
            # A rare word after a first name is a surname even before a noun (`Janusz Kowalskis
            # Kamera`: its genitive); after a genitive (`McCarthys Enthüllungsdrama`) it is the head.
            and (
                (rare and not before.text.endswith("s"))
                or tok.i + 1 == len(doc)
                or doc[tok.i + 1].tag_ not in {"NN", "NE", "ADJA"}
            )
        )

    def _known(self, text: str) -> bool:
        return self.actors.is_name(text) or self.actors.is_surname(text)

    def _names_inside(self, span: Span) -> list[Span]:
        """Known people named inside a span that is no name itself (longest names first)."""
        found: list[Span] = []
        i = span.start
        while i < span.end:
            for j in range(min(span.end, i + 5), i, -1):
                piece = self.doc[i:j]
                if all(t.tag_ in {"NE", "FM", "XY"} for t in piece) and self.actors.person_by_name(
                    piece.text
                ):
                    found.append(Span(self.doc, i, j, label="PER"))
                    i = j
                    break
            else:
                i += 1
        return found

    def _described_names_inside(self, span: Span) -> list[Span]:
        """People a span that is no name holds after a description before a first name (`Lehrerin
        Jorinde Kasselbrink dem Land`: the recogniser ran the name on into the dative after it)."""
        doc = self.doc
        found: list[Span] = []
        for i in range(span.start, span.end - 2):
            if doc[i].tag_ != "NN" or not self._role_before_first_name(i, span.end):
                continue
            end = i + 2
            while end < min(span.end, i + 4) and doc[end].tag_ in NAME_TAGS:
                end += 1
            found.append(Span(doc, i + 1, end, label="PER"))
        return found

    def _build(self) -> None:
        self._labelled_words: frozenset[str] | None = None  # see _base_tokens
        self._titled_words: set[int] = set()
        repaired = self._place_companies(self._repaired_spans())
        persons = self._person_spans(repaired)
        # Teams in a results line (`Velmora Hawks – Norwick Pirates 4:2`) the recogniser called people.
        teams = [Span(self.doc, s.start, s.end, label="ORG") for s in persons if self._team_in_pairing(s)]
        persons = [s for s in persons if not any(t.start == s.start for t in teams)]
        # `die Gewerkschaft Velkana`, `die Tarvik GmbH` the recogniser called people: organisations.
        named = {name_tokens(s.text)[-1] for s in persons if len(name_tokens(s.text)) > 1}
        bodies = [Span(self.doc, s.start, s.end, label="ORG") for s in persons if self._body_named(s, named)]
        persons = [s for s in persons if not any(b.start == s.start for b in bodies)]
        repaired = [*repaired, *teams, *bodies]
        person_tokens = {i for s in persons for i in range(s.start, s.end)}
        full_names = [name_tokens(s.text) for s in persons if len(name_tokens(s.text)) > 1]
        person_surnames = {name_tokens(s.text)[-1] for s in persons if name_tokens(s.text)}
        titled = {
            name_tokens(s.text)
            for s in repaired
            if LABEL_TYPES.get(s.label_) != "person" and not s.kb_id_ and self._titled(s)
        }
        others = []
        absorbed: set[int] = set()  # starts of spans read as the surname of a titled name before them
        for span in repaired:
            if LABEL_TYPES.get(span.label_) == "person" or span.start in absorbed:
                continue
            # A span with an article or a verb inside is a clause the tagger mistook for a name, and
            # one holding a known person's name (`Genosse Kim Jong-un Genosse Putin`) is mislabelled:
            # keep only the people they name.
            inside = self._names_inside(span) if not span.kb_id_ else []
            if inside or any(t.tag_ in {"ART", "VVFIN", "VAFIN", "VMFIN"} for t in span[1:]):
                persons.extend(inside or ([] if span.kb_id_ else self._described_names_inside(span)))
            elif not span.kb_id_ and self._listed_with_persons(span, person_tokens, person_surnames):
                persons.append(Span(self.doc, span.start, span.end, label="PER"))
            elif not span.kb_id_ and self._titled(span):
                # `von Premier Jorinde Kasselbrink` tagged an organisation: a person; a lone word
                # takes a name word after it (`Torhüter Jorinde | Kasselbrink`).
                end = span.end + (len(span) == 1 and self._surname_after(span.end, strict=True))
                # `die Außenministerin Kwabena | Osei` cut in two spans, neither a person: one name.
                tail = next((s for s in repaired if s.start == span.end), None) if len(span) == 1 else None
                if end == span.end and tail is not None and self._split_surname(span, tail):
                    end = tail.end
                    absorbed.add(tail.start)
                persons.append(Span(self.doc, span.start, end, label="PER"))
            elif not span.kb_id_ and self._person_named_elsewhere(span, full_names, titled):
                # Part of a full name this article uses (`Jong` of `Kim Jong Un`): a person after all.
                persons.append(Span(self.doc, span.start, span.end, label="PER"))
            elif not span.kb_id_ and self._surname_of_a_person(span, person_surnames):
                # `Qasem Soleimani` tagged a place beside `Soleimani` tagged a person: a person.
                persons.append(Span(self.doc, span.start, span.end, label="PER"))
            elif not span.kb_id_ and (tail := self._person_after_title(span)) is not None:
                persons.append(tail)  # `Abgehalfterter Parteichef Velox`: the person Velox
            else:
                others.append(self._place_after_noun(span))
        others.extend(self._unlabelled_names_after_organisation_heads(repaired))
        moved, again = self._organisation_names_again(others, persons, named)
        persons = [s for s in persons if s.start not in moved]
        others.extend(again)
        after_titles = self._unlabelled_names_after_titles(repaired)
        self._titled_words = {s.start for s in after_titles}  # names, whatever the tagger calls them
        persons.extend(after_titles)
        persons.sort(key=lambda s: s.start)
        # Full names first, so that surnames and partial names have something to join.
        singles: list[Span] = []
        for span in persons:
            toks = self._base_tokens(span)
            if not toks:
                continue
            if len(toks) < 2 or self._partial_of_existing(toks):
                singles.append(span)
                continue
            match = next(
                (e for e in self.entities if e.type == "person" and self._same_full_name(e.tokens, toks)),
                None,
            )
            if match is None:
                match = LocalEntity("person", self._clean_name(span), toks, kb_id=span.kb_id_ or None)
                self.entities.append(match)
            match.kb_id = match.kb_id or span.kb_id_ or None
            self._register(match, span)
        for span in sorted(singles, key=lambda s: s.start):
            toks = self._base_tokens(span)
            candidates = [e for e in self.entities if e.type == "person" and _contains(e.tokens, toks)]
            if span.kb_id_:
                linked = [e for e in candidates if e.kb_id == span.kb_id_]
                candidates = linked or candidates
            if candidates:
                best = max(
                    candidates, key=lambda e: (e.last_mention_before(span.start_char), len(e.mentions))
                )
            else:
                same = next((e for e in self.entities if e.type == "person" and e.tokens == toks), None)
                if same is None:
                    same = LocalEntity("person", self._clean_name(span), toks, kb_id=span.kb_id_ or None)
                    self.entities.append(same)
                best = same
            self._register(best, span)
        persons.extend(self._surnames_tagged_nouns())
        for span in others:
            etype = LABEL_TYPES.get(span.label_, "other")
            kb = span.kb_id_ or None
            if kb:
                etype = self.actors.entity_type(kb) or etype
            toks = self._base_tokens(span)
            key_match = next(
                (
                    e
                    for e in self.entities
                    if e.type != "person" and ((kb and e.kb_id == kb) or (not kb and e.tokens == toks))
                ),
                None,
            )
            if key_match is None and etype == "organisation" and not kb:
                # `die Zalpex AG` and `Zalpex`: one company, named with its legal form or without.
                key_match = next(
                    (
                        e
                        for e in self.entities
                        if e.type == "organisation"
                        and not e.kb_id
                        and _without_legal_form(e.tokens) == _without_legal_form(toks)
                    ),
                    None,
                )
            if key_match is None:
                name = self.actors.name(kb) if kb else self._clean_name(span)
                key_match = LocalEntity(etype, name or span.text, toks, kb_id=kb)
                self.entities.append(key_match)
            self._register(key_match, span)
        self._link_persons_to_dictionary()
        self._drop_common_words()
        self._retype_organisations()
        self._retype_products()
        self._retype_treaties()
        self._state_levels()
        # Write the repaired spans back, so that phrases are cut where the names are and a title the
        # recogniser took into a name (`Kriminalsoziologin Jorinde Kasselbrink`) is read as a title.
        kept_spans = [s for s in persons + others if s.start in self._by_token]
        spans = sorted({(s.start, s.end): s for s in kept_spans}.values(), key=lambda s: (s.start, -len(s)))
        kept: list[Span] = []
        for span in spans:
            if not kept or span.start >= kept[-1].end:
                kept.append(span)
        self.doc.ents = kept
        self._labelled_words = None  # the labels changed
        self._collect_titles()
        self._collect_genders()

    def _surnames_tagged_nouns(self) -> list[Span]:
        """Unlabelled words the tagger called common nouns that are the surname of a person the article
        names in full, with no article or attribute before them (`nachdem Haddadi in Y gewesen war`,
        `mit seinem Vorbild Haddadi`; not `die Fischer`): registered as that person's mentions (of
        namesakes, the one named last before)."""
        found: list[Span] = []
        surnames = {e.tokens[-1] for e in self.entities if e.type == "person" and len(e.tokens) > 1}
        if not surnames:
            return found
        tags = self.table.tags  # every word is asked: read from the table, not as a Token each
        for i, text in enumerate(self.table.texts):
            if tags[i] != "NN":
                continue
            word = fold(text)
            if (
                word not in surnames
                or self.doc[i].ent_type_
                or i in self._by_token
                or (i > 0 and tags[i - 1] in DETERMINED_NOUN_TAGS)
            ):
                continue
            person = self._surname_holder(word, self.table.starts[i])
            if person is None:
                continue
            span = Span(self.doc, i, i + 1, label="PER")
            self._register(person, span)
            found.append(span)
        return found

    def _state_levels(self) -> None:
        """`der Bund`, `Bund und Länder`, `den Kommunen`: a level of a federal state (nouns.yml's
        `state_levels`) standing as a phrase of its own is one organisation of the article, kept
        apart from other articles' (their state may be another). A word the recogniser took alone
        for a name joins it; one inside a longer name stays there (`Bund Deutscher Architekten`)."""
        classes = noun_classes()
        form_of = {form: name for name, forms in classes["state_levels"].items() for form in forms}
        country_like = frozenset(classes["country_like_state_levels"])
        t = self.table
        words = {
            i: name
            for i, lower in enumerate(t.lowers)
            if (name := form_of.get(lower)) is not None
            and t.tags[i] == "NN"
            and t.texts[i][:1].isupper()
            and not self._in_longer_name(i)
        }
        found = [(i, name, self._levels_beside(i, words)) for i, name in words.items()]
        found = [(i, name, beside) for i, name, beside in found if self._level_phrase(i, bool(beside))]
        own = {name for _, name, _ in found if name not in country_like}
        for i, name, beside in found:
            # `die Länder` are countries as often: a level beside another, or where the article
            # names another level.
            if name in country_like and not (beside - country_like or own):
                continue
            ent = next((e for e in self.entities if e.local and e.name == name), None)
            if ent is None:
                ent = LocalEntity("organisation", name, (fold(name),), local=True)
                self.entities.append(ent)
            old = self._by_token.get(i)
            if old is not None and old is not ent:
                old.mentions = [m for m in old.mentions if not m.start <= self.doc[i].idx < m.end]
                if not old.mentions:
                    self.entities.remove(old)
            self._by_token[i] = ent
            ent.add(self.doc[i].idx, self.doc[i].idx + len(self.doc[i]), self.doc[i].text, "description")

    def _in_longer_name(self, i: int) -> bool:
        """Token i belongs to a name of more than this word."""
        ent = self._by_token.get(i)
        tok = self.doc[i]
        word = (tok.idx, tok.idx + len(tok))
        return ent is not None and any(
            m.start <= tok.idx < m.end and (m.start, m.end) != word for m in ent.mentions
        )

    def _levels_beside(self, i: int, words: dict[int, str]) -> set[str]:
        """The levels coordinated with the level word at token i (`Bund, Länder und Gemeinden`,
        `der Bund und die Länder`)."""
        doc = self.doc
        beside: set[str] = set()
        for step in (-1, 1):
            j = i + step
            while 0 <= j < len(doc) and doc[j].tag_ in STATE_LEVEL_JOINS | STATE_LEVEL_ARTICLE_TAGS:
                j += step
            joined = any(doc[k].tag_ in STATE_LEVEL_JOINS for k in range(min(i, j), max(i, j)))
            if j in words and joined:
                beside.add(words[j])
        return beside

    def _level_phrase(self, i: int, coordinated: bool) -> bool:
        """Whether the level word at token i stands as a phrase of its own: after a definite article
        (`der Bund`, `vom Bund`), or bare beside another level (`Bund und Länder`), with no adjective
        before it and no name or genitive after it (`ein Bund Petersilie`, `im Bund mit`, `die reichen
        Länder`, `der Bund der Steuerzahler`, `die Länder Europas`)."""
        doc = self.doc
        after = doc[i + 1] if i + 1 < len(doc) else None
        if after is not None and (
            after.tag_ in NAME_TAGS or after.i in self._by_token or after.lower_ in {"der", "des"}
        ):
            return False
        before = doc[i - 1] if i > doc[i].sent.start else None
        if before is not None and before.lower_ in STATE_LEVEL_ARTICLES:
            return True
        return coordinated and (before is None or before.tag_ not in STATE_LEVEL_BARE_BREAKERS)

    def _base_tokens(self, span: Span) -> tuple[str, ...]:
        toks = name_tokens(span.text)
        if toks and toks[-1].endswith("s") and len(toks[-1]) > 3:
            base = (*toks[:-1], toks[-1][:-1])
            known = {e.tokens[-1] for e in self.entities if e.tokens}
            # Only a genitive of a name the dictionary or this article knows without its -s loses it
            # (`Chinas`, `Putins`); `Lesbos`, `Paris`, `Klaus` keep theirs.
            if base[-1] in known or self.actors.is_name(" ".join(base)):
                return base
            # A genitive of a name used elsewhere in the article unchanged (`Putins` / `Putin`).
            if self._labelled_words is None:  # read once while the doc's labels stay as they are
                labels = self.doc.to_array("ENT_TYPE").tolist() if len(self.doc) else []
                self._labelled_words = frozenset(
                    fold(text) for text, label in zip(self.table.texts, labels, strict=True) if label
                )
            if base[-1] in self._labelled_words:
                return base
            if self._genitive_before_noun(span):
                return base
        if toks and toks[-1].endswith("'"):
            return (*toks[:-1], toks[-1][:-1])
        return toks

    def _genitive_before_noun(self, span: Span) -> bool:
        """`Kornlands Landeshauptmann`, `Velmaria Ostrovas Erzählband`: a name in -s right before a common
        noun is that noun's genitive attribute. A lone word the recogniser calls a person may be a first
        name before its surname (`Markus Feld`, `Jonas Kaufmann`), and names in -ss and -us keep theirs."""
        last = span[-1].text
        after = self.doc[span.end] if span.end < len(self.doc) else None
        return (
            after is not None
            and after.tag_ == "NN"
            and after.text[:1].isupper()
            and last.endswith("s")
            and not last.endswith(("ss", "us"))
            and last not in first_names()
            and not self._rank_before_number(span.end)  # `Kasselbrinks Platz 4`: no genitive
            and (len(span) > 1 or LABEL_TYPES.get(span.label_) != "person")
        )

    def _clean_name(self, span: Span) -> str:
        words = span.text.split()
        honorifics = set(noun_classes()["honorifics"])
        while len(words) > 1 and words[0].lower() in honorifics:
            words = words[1:]
        name = " ".join(words)
        base = self._base_tokens(span)
        last = fold(words[-1]).split()
        if base and last and last[-1] != base[-1] and name.endswith("s"):
            name = name[:-1]
        return name

    def _partial_of_existing(self, toks: tuple[str, ...]) -> bool:
        return any(
            len(e.tokens) > len(toks) and _contains(e.tokens, toks)
            for e in self.entities
            if e.type == "person"
        )

    @staticmethod
    def _same_full_name(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
        if a == b:
            return True
        if len(a) != len(b) or a[-1] != b[-1]:
            return False
        return all(one_edit_apart(x, y) for x, y in zip(a, b, strict=True))

    def _link_persons_to_dictionary(self) -> None:
        countries = {c for e in self.entities if e.kb_id and (c := self.actors.country(e.kb_id))}
        table = token_table(self.doc)
        for tag, lemma in zip(table.tags, table.lemmas, strict=True):
            code = self.actors.demonym_country(lemma) if tag in {"ADJA", "ADJD"} else None
            if code:
                countries.add(code)
        for ent in self.entities:
            if ent.type != "person" or ent.kb_id:
                continue
            full = self.actors.person_by_name(" ".join(ent.tokens))
            if full:
                ent.kb_id = full
            elif len(ent.tokens) == 1:
                ent.kb_id = self.actors.person_by_surname(ent.tokens[0], countries, self.published)
            if ent.kb_id:
                ent.name = self.actors.name(ent.kb_id) or ent.name

    def _person_mention_spans(self) -> Iterator[tuple[LocalEntity, Span]]:
        """Every mention of every person, as a span of the analysed text."""
        for ent in self.entities:
            if ent.type != "person":
                continue
            for m in ent.mentions:
                span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
                if span is not None:
                    yield ent, span

    def _collect_titles(self) -> None:
        """Titles standing before a name (`Kreml-Sprecher Dmitri Peskow`) become the entity's roles."""
        counterparts: list[tuple[LocalEntity, Span, str | None]] = []
        for ent, span in self._person_mention_spans():
            i = span.start - 1
            words: list[Token] = []
            while i >= 0 and self.doc[i].tag_ in {"NN", "ADJA", "NE"} and not self.doc[i].ent_type_:
                words.insert(0, self.doc[i])
                i -= 1
            if i >= 0 and self.doc[i].tag_ == "ART" and words:
                words.insert(0, self.doc[i])
            nouns = [w for w in words if w.tag_ == "NN"]
            if not nouns:
                continue
            title = " ".join(w.text for w in words)
            if title not in ent.titles:
                ent.titles.append(title)
            country = next((self.actors.demonym_country(w.lemma_) for w in words if w.tag_ == "ADJA"), None)
            owner = self.doc[i] if i >= 0 else None
            if country is None and owner is not None and owner.text.endswith("s"):
                # `Ungarns Außenminister X`: a country's genitive before the title says whose office.
                kind, _, code = owner.ent_kb_id_.partition(":")
                country = code if kind == "country" and code else None
            for noun in nouns:
                ent.roles.add((noun.lemma_.lower(), country))
                role = self.actors.role_of_title(noun.lemma_)
                if role:
                    ent.roles.add((role, country))
            if in_noun_class(nouns[-1].lemma_, noun_classes()["counterpart_titles"]):
                counterparts.append((ent, span, country))
        # `Der Präsident X und sein Kollege Y`: Y holds the office of the person named last before
        # him in the sentence (in his own country, where an adjective says which).
        for ent, span, country in counterparts:
            pos = span.start_char
            before = [
                e
                for e in self.entities
                if e is not ent and e.type == "person" and e.last_mention_before(pos) >= span.sent.start_char
            ]
            if before:
                other = max(before, key=lambda e: e.last_mention_before(pos))
                ent.roles |= {(title, country) for title, _ in other.roles}

    def _drop_common_words(self) -> None:
        """An entity named only by single words the tagger reads as common words (`Grenzeinsatz`,
        `Momentan`: a capitalised noun or a sentence-opening adverb) or by abbreviations of common
        nouns (nouns.yml's `common_abbreviations`: `OLED`, `SMS`) is no name, unless the actor
        dictionary knows it. A surname the tagger calls a noun survives inside its full name."""
        junk = []
        abbreviations = frozenset(noun_classes()["common_abbreviations"])
        for ent in self.entities:
            if ent.kb_id:
                continue
            spans = [self.doc.char_span(m.start, m.end, alignment_mode="expand") for m in ent.mentions]
            common = spans and all(
                span is not None
                and len(span) == 1
                and span[0].tag_ not in NAME_TAGS
                and span.start not in self._titled_words
                and not _acronym(span[0].text)
                for span in spans
            )
            # `Ram`, a brand, is no `RAM`: an abbreviation is written in capitals.
            abbreviated = ent.mentions and all(
                fold(m.text) in abbreviations and not m.text[1:].islower() for m in ent.mentions
            )
            if common or abbreviated:
                junk.append(ent)
        dropped = {id(e) for e in junk}
        self.entities = [e for e in self.entities if id(e) not in dropped]
        self._by_token = {i: e for i, e in self._by_token.items() if id(e) not in dropped}

    def _retype_organisations(self) -> None:
        """A name the recogniser typed a place or `other` that no dictionary entry types is an
        organisation when the name holds an organisation word (`Nordhafen AG`, `Arvena Conference`),
        or when any of its mentions in the article reads as one: after an organisation noun (`der
        Klub Lindental`), a team beside a match result (`beim 1:1 gegen Lindental`, `Lindental 2:0`),
        a player's club in a line-up (`Kovač (Lindental, 43/8)`), a web address the text cites as a
        source (`laut velmo.de`, `schreibt velmo.de`), more often than it reads as a place (`in
        Lindental`: `der Sportverband Lindental` does not make the town of the article a club)."""
        place_words = frozenset(noun_classes()["place_prepositions"])
        for ent in self.entities:
            if ent.kb_id or ent.type not in {"location", "other"}:
                continue
            if any(t.rstrip(".") in _organisation_name_words() for t in ent.tokens):
                ent.type = "organisation"
                continue
            found = [self.doc.char_span(m.start, m.end, alignment_mode="expand") for m in ent.mentions]
            spans = [s for s in found if s is not None]
            readings = sum(1 for s in spans if self._organisation_reading(s))
            places = sum(1 for s in spans if self._after_place_preposition(s.start, place_words))
            if readings > places:
                ent.type = "organisation"

    def _after_place_preposition(self, i: int, place_words: frozenset[str]) -> bool:
        """Token i follows a place preposition, an article between or not (`in Lindental`, `in der
        Velmark`, `aus dem Velmtal`)."""
        doc = self.doc
        if i > 0 and doc[i - 1].tag_ == "ART":
            i -= 1
        return i > 0 and doc[i - 1].lower_ in place_words

    def _retype_products(self) -> None:
        """A name the recogniser typed an organisation or a place that no dictionary entry types is
        a product (`other`) when at least half of its mentions in the article stand right before a
        model code or a version number (`der Velmo Quad x3-8300`, `das Norphone 6P`, `Velmolink
        4.1`). A club before its year (`Lindental 05`) and a house number (`Hafengasse 12a`) are none."""
        for ent in self.entities:
            if ent.kb_id or ent.type not in {"organisation", "location"}:
                continue
            if any(t.rstrip(".") in _organisation_name_words() for t in ent.tokens):
                continue
            found = [MODEL_CODE.match(self.text, m.end) is not None for m in ent.mentions]
            if found and 2 * sum(found) >= len(found):
                ent.type = "other"

    def _retype_treaties(self) -> None:
        """A place of nouns.yml's `treaty_places` named bare (`weder Velmstadt noch …`) is the treaty
        or area named after it (`other`); after a place preposition (`in Velmstadt`) it stays a place."""
        place_words = frozenset(noun_classes()["place_prepositions"])
        treaties = frozenset(noun_classes()["treaty_places"])
        for ent in self.entities:
            if ent.kb_id or ent.type != "location" or " ".join(ent.tokens) not in treaties:
                continue
            found = [self.doc.char_span(m.start, m.end, alignment_mode="expand") for m in ent.mentions]
            if not any(
                s is None or (s.start > 0 and self.doc[s.start - 1].lower_ in place_words) for s in found
            ):
                ent.type = "other"

    def _organisation_reading(self, span: Span) -> bool:
        doc = self.doc
        before = doc[span.start - 1] if span.start > 0 else None
        after = doc[span.end] if span.end < len(doc) else None
        if before is None:
            return False
        if before.tag_ == "NN" and in_noun_class(before.lemma_, noun_classes()["organisation_heads"]):
            return True
        if before.lower_ == "gegen" and any(
            RESULT.search(t.text) for t in doc[max(span.start - 4, 0) : span.start - 1]
        ):
            return True
        if after is not None and RESULT.fullmatch(after.text) and not _before_uhr(after):
            return True
        if self._club_in_line_up(span):
            return True
        if not DOMAIN.fullmatch(span.text):
            return False
        verbs = _speech_verb_forms()
        return (
            before.lower_ in {"laut", "lt."}
            or before.lower_ in verbs
            or (after is not None and (after.lower_ in verbs or after.lemma_.lower() in verbs))
        )

    def _club_in_line_up(self, span: Span) -> bool:
        """`Kovač (Lindental, 43/8)`: in brackets after a person, before games and goals, a club."""
        doc = self.doc
        if span.start < 2 or doc[span.start - 1].text != "(":
            return False
        player = self._by_token.get(span.start - 2)
        return (
            player is not None
            and player.type == "person"
            and RECORD.match(self.text, span.end_char) is not None
        )

    def _collect_genders(self) -> None:
        """The gender the text marks on a person: an honorific (`Frau`, `Herrn`), a role noun in its
        feminine form (`Reporterin`) or a masculine title, a relative pronoun right after a mention
        (`X von Y, die … berichtete`). Only a person marked one way only is given a gender."""
        honorific = noun_classes()["honorific_gender"]
        for ent, span in self._person_mention_spans():
            before = self.doc[span.start - 1] if span.start > 0 else None
            if before is not None and before.text.lower() in honorific:
                ent.genders.add(honorific[before.text.lower()])
            ent.genders.update(self._relative_gender(span))
        for ent in self.entities:
            titles = {title for title, _ in ent.roles} if ent.type == "person" else set()
            for title in titles:
                # `Ministerin` is kept with its base `minister` (the office it names): the base marks no man.
                if self._is_title(title) and f"{title}in" not in titles:
                    ent.genders.add("f" if _feminine_form(title) and self._is_title(title[:-2]) else "m")

    def _relative_gender(self, span: Span) -> set[str]:
        """`Anna Roth (von der Zeitung X), die … berichtete`: the singular relative pronoun's gender."""
        i = span.end
        while i < len(self.doc) and i < span.end + 5 and self.doc[i].tag_ in {"APPR", "APPRART", "ART", "NE"}:
            i += 1
        if i + 1 >= len(self.doc) or self.doc[i].text != "," or self.doc[i + 1].tag_ != "PRELS":
            return set()
        pron = self.doc[i + 1].text.lower()
        verb = next((t for t in self.doc[i + 2 : i + 15] if t.tag_ in {"VVFIN", "VAFIN", "VMFIN"}), None)
        if verb is None or verb.morph.get("Number", []) != ["Sing"]:  # the case reader's number of its form
            return set()
        return {"f"} if pron == "die" else {"m"} if pron == "der" else set()

    def gender_fits(self, ent: LocalEntity, pronoun: str, wanted: str | None = None) -> bool:
        """Whether a person may be what a singular third-person pronoun stands for (`wanted`: the gender
        its clause gives it where its form alone does not: `sie` with a singular verb)."""
        wanted = wanted or noun_classes()["pronoun_gender"].get(pronoun.lower())
        return wanted is None or ent.genders != {"m" if wanted == "f" else "f"}

    # -- look-ups ---------------------------------------------------------------------------
    def at(self, start_token: int, end_token: int, prefer_person: bool = True) -> LocalEntity | None:
        """The entity named inside tokens [start, end): a person before anything else."""
        found = [self._by_token[i] for i in range(start_token, end_token) if i in self._by_token]
        if not found:
            return None
        if prefer_person:
            people = [e for e in found if e.type == "person"]
            if people:
                return people[0]
        return found[0]

    def persons_before(self, pos: int) -> list[LocalEntity]:
        """People mentioned before character `pos`, the most recent first."""
        people = [e for e in self.entities if e.type == "person" and e.last_mention_before(pos) >= 0]
        return sorted(people, key=lambda e: -e.last_mention_before(pos))

    def describe(self, np: NounPhrase) -> tuple[str, str | None] | None:
        """(title lemma, country code) when the phrase is a role description, else None."""
        t = self.table
        if not self.describe_noun(np.head):
            return None
        country = self.actors.country_of_title(t.texts[np.head])
        for i in range(np.start, np.end):
            if t.tags[i] in {"ADJA", "ADJD"}:
                country = country or self.actors.demonym_country(t.lemmas[i])
        return t.lemma_lowers[np.head], country

    def person_by_surname_mention(self, start: int, end: int) -> LocalEntity | None:
        """A lone name the tagger left unlabelled (`wo Haddadi eintraf`) at tokens [start, end) that is
        the surname of a person of the article (of namesakes, the one named last before it); the
        mention joins them."""
        t = self.table
        if end - start != 1 or t.tags[start] not in NAME_TAGS or self.doc[start].ent_type_:
            return None
        text, start_char, end_char = t.texts[start], t.starts[start], t.end(start)
        person = self._surname_holder(fold(text), start_char)
        if person is not None:
            person.add(start_char, end_char, text)
        return person

    def _surname_holder(self, word: str, pos: int) -> LocalEntity | None:
        """The person the article names in full whose surname is `word` (folded); of namesakes the one
        named last before `pos`, and none where none of them is named before it (no telling which)."""
        people = [
            e for e in self.entities if e.type == "person" and len(e.tokens) > 1 and e.tokens[-1] == word
        ]
        before = [e for e in people if e.last_mention_before(pos) >= 0]
        if not before and len(people) != 1:
            return None
        return max(before or people, key=lambda e: e.last_mention_before(pos))

    def describe_noun(self, i: int) -> bool:
        """Whether token i is a noun that names an office (`Präsident`, `Regionalgouverneur`)."""
        return self.table.tags[i] == "NN" and self._is_title(self.table.lemmas[i])

    def _is_title(self, lemma: str) -> bool:
        low = lemma.lower()
        return bool(self.actors.role_of_title(lemma)) or low.endswith(_title_suffixes())

    def resolve_description(self, title: str, country: str | None, pos: int) -> LocalEntity | None:
        """The person of this article who holds the described role, if exactly one does."""
        role = self.actors.role_of_title(title)
        keys = {(title, country)} | ({(role, country)} if role else set())
        # 1. An apposition in this article said so (`der nordkoreanische Führer Kim Jong-un`).
        hits = [e for e in self.entities if e.type == "person" and e.roles & keys]
        if not hits and country is None:
            hits = [
                e
                for e in self.entities
                if e.type == "person" and any(t == title or (role and t == role) for t, _ in e.roles)
            ]
            hits = [e for e in hits if e.last_mention_before(pos) >= 0]
            # A bare title (`der Minister`) refers to the last person introduced with it.
            hits = sorted(hits, key=lambda e: -e.last_mention_before(pos))[:1]
        if not hits and role and country:
            # 2. The actor dictionary knows who held the role; prefer people this article names.
            holders = self.actors.holders(title, country, self.published)
            hits = [e for e in self.entities if e.kb_id in holders]
            if not hits and len(holders) == 1 and self.published is not None:
                kb = next(iter(holders))
                ent = LocalEntity(
                    "person",
                    self.actors.name(kb) or kb,
                    tuple(fold(self.actors.name(kb) or kb).split()),
                    kb_id=kb,
                )
                self.entities.append(ent)
                hits = [ent]
        return hits[0] if len(hits) == 1 else None

    def country(self, code: str) -> LocalEntity | None:
        """The article's entity of a country by its code, added from the dictionary if unnamed."""
        return self.known(f"country:{code}")

    def known(self, kb_id: str) -> LocalEntity | None:
        """The article's entity of a dictionary actor, added from the dictionary if unnamed."""
        found = next((e for e in self.entities if e.kb_id == kb_id), None)
        name = self.actors.name(kb_id)
        kind = self.actors.entity_type(kb_id)
        if found is None and name and kind:
            found = LocalEntity(kind, name, tuple(fold(name).split()), kb_id=kb_id)
            self.entities.append(found)
        return found

    def country_entity(self, np: NounPhrase) -> LocalEntity | None:
        ent = self.at(np.start, np.end, prefer_person=False)
        return ent if ent is not None and ent.type in {"country", "location"} else None


@cache
def _acronym(text: str) -> bool:
    """A short word in capitals that is no common word: an abbreviation (`die Behörde NPA`), a name
    even where the tagger calls it a noun; a common word set in capitals (`DIE WELT`, `mit dem
    STANDARD`) is not one."""
    return 2 <= len(text) <= ACRONYM_MAX and text.isupper() and _zipf(text.lower()) < COMMON_NOUN_ZIPF


@cache
def body_heads() -> tuple[str, ...]:
    """Nouns before a name that make it an organisation (see `_organisation_head_before`)."""
    classes = noun_classes()
    return (*classes["organisation_heads"], *classes["anaphor_organisation_heads"])


@cache
def _organisation_name_words() -> frozenset[str]:
    classes = noun_classes()
    return frozenset(w.rstrip(".") for w in (*classes["organisation_name_words"], *classes["legal_forms"]))


@cache
def _legal_forms() -> frozenset[str]:
    return frozenset(noun_classes()["legal_forms"])


def _without_legal_form(words: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    """A company's name words without the legal form at their end (`Zalpex GmbH & Co KG` → `Zalpex`);
    a legal form alone stays."""
    out = list(words)
    while len(out) > 1 and out[-1].lower().rstrip(".") in {*_legal_forms(), "&", "co"}:
        out.pop()
    return tuple(out)


@cache
def _speech_verb_forms() -> frozenset[str]:
    """Every form of the speech verbs (`schreibt`, `berichtete`, `feststellt`) of data/cues/speech.yml."""
    return frozenset(f for entry in cue_words("speech", "verbs") for f in entry.split("|"))


def _feminine_form(lemma: str) -> bool:
    """`Reporterin`, `Ministerin`: a role noun's feminine form (its base is a title itself)."""
    return lemma.lower().endswith("in") and len(lemma) > 5


def _contains(full: tuple[str, ...], part: tuple[str, ...]) -> bool:
    """`part` is a contiguous run of `full` (`jong un` in `kim jong un`)."""
    n = len(part)
    return any(full[i : i + n] == part for i in range(len(full) - n + 1))


def _before_uhr(tok: Token) -> bool:
    """`20:15 Uhr`: the number is a clock time."""
    return tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "uhr"


def is_match_result(table: TokenTable, i: int) -> bool:
    """Token i of a table is a match result alone (`2:1`, `103:106`, `2:0-Sieg`), not a clock time
    (`18:30`, `18:30 Uhr`); a sports report says so."""
    m = MATCH_RESULT.match(table.texts[i])
    if m is None:
        return False
    hours, minutes = m.groups()
    clock = len(minutes) == 2 and int(hours) <= 24
    return not clock and not _before_uhr(table.doc[i])
