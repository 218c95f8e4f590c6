"""Clauses and their noun-phrase arguments, read from STTS tags alone (no parser is available).

A sentence is cut into clauses at commas, colons and conjunctions that start a new finite clause;
relative clauses are set apart and the main clause they interrupt is joined again. Each clause gets
its base noun phrases (determiner + modifiers + nouns/names), with the case the determiner or the
morphology shows, the preposition that governs them, coordination groups (`X, Y und Z`), genitive
attributes (`die Einladung des Präsidenten`, `Putins Besuch`) and possessive determiners.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from spacy.tokens import Span
from wordfreq import zipf_frequency

from chronik.core.datafiles import read_mapping
from chronik.extract.frames import NounTrigger, load_frames
from chronik.nlp.morphology import load_case_lexicon
from chronik.nlp.noun_phrases import load_np_lexicon
from chronik.nlp.token_table import TokenLike, token_table

FINITE = {"VVFIN", "VAFIN", "VMFIN", "VVIMP", "VAIMP"}
VERBS = FINITE | {"VVPP", "VVINF", "VVIZU", "VAPP", "VAINF", "VMINF", "VMPP"}
SUBORDINATORS = {"KOUS", "KOUI", "PWAV", "PWS", "PWAT"}
RELATIVES = {"PRELS", "PRELAT"}
DETERMINERS = {"ART", "PPOSAT", "PDAT", "PIAT", "PIDAT", "PWAT", "PRELAT"}
MODIFIERS = {"ADJA", "CARD", "PIAT", "PIDAT"}
NOMINALS = {"NN", "NE", "FM", "XY", "NNE"}
PREPOSITIONS = {"APPR", "APPRART"}
PRONOUNS = {"PPER", "PDS", "PIS", "PRELS"}
CLAUSE_MARKS = {",", ";", ":", "–", "—", "(", ")"}
QUOTES = set("„“”\"‚‘’'«»›‹")
CONJUNCTIONS = {"und", "oder", "aber", "sondern", "doch", "sowie"}
# Words opening a verbless insertion that restates what came before (`…, also die Gegner des Plans`).
RESTATEMENT_MARKERS = {"also", "sprich", "mithin"}
# Tags that open the rest of a main clause after an insertion (`X traf, wie Y berichtete, am Montag Z`,
# `… den Minister`, `… nach Oslo reisen`); an adverb opens more of the insertion (`…, darunter …`).
CONTINUATION_OPENERS = {
    *("APPR", "APPRART", "ART", "PPOSAT", "PDAT", "PIAT", "CARD", "NN", "NE", "ADJA", "VVINF", "VVPP")
}
PLACE_ATTRIBUTES = {"an", "in", "bei"}  # `Frankfurt am Main`, `Freiburg im Breisgau`
COORDINATORS = {",", "und", "sowie", "oder", "bzw.", "&"}
# Conjunctions that close a list of phrases (`X, Y und Z`).
LIST_CLOSERS = {"und", "sowie", "oder", "bzw."}
# Coordinators of two words (`sowohl X als auch Y`, `X ebenso wie Y`, `X wie auch Y`).
PAIRED_COORDINATORS = {("als", "auch"), ("ebenso", "wie"), ("wie", "auch"), ("sowie", "auch")}
# APPRART forms and their preposition; everything else uses the lowercased word.
CONTRACTIONS = {
    "vom": "von",
    "im": "in",
    "ins": "in",
    "am": "an",
    "ans": "an",
    "zum": "zu",
    "zur": "zu",
    "beim": "bei",
    "aufs": "auf",
    "übers": "über",
    "fürs": "für",
    "durchs": "durch",
    "unterm": "unter",
}
# Determiner forms and the cases they allow, for pipelines whose morphology has no Case.
DETERMINER_CASES = {
    "der": ("Nom", "Gen", "Dat"),
    "die": ("Nom", "Acc"),
    "das": ("Nom", "Acc"),
    "dem": ("Dat",),
    "den": ("Acc", "Dat"),
    "des": ("Gen",),
    "ein": ("Nom", "Acc"),
    "eine": ("Nom", "Acc"),
    "einen": ("Acc",),
    "einem": ("Dat",),
    "eines": ("Gen",),
    "einer": ("Gen", "Dat"),
    "diese": ("Nom", "Acc"),  # demonstratives, as determiners and alone (`Diese hatte er … ausgehändigt`)
    "dieser": ("Nom", "Gen", "Dat"),
    "diesen": ("Acc", "Dat"),
    "diesem": ("Dat",),
    "dieses": ("Nom", "Acc", "Gen"),
    "herr": ("Nom",),
    "herrn": ("Acc", "Dat", "Gen"),
    "er": ("Nom",),
    "ihn": ("Acc",),
    "ihm": ("Dat",),
    "ihnen": ("Dat",),
    "wir": ("Nom",),
    "uns": ("Acc", "Dat"),
    "ich": ("Nom",),
    "mir": ("Dat",),
    "mich": ("Acc",),
}
POSSESSIVE_STEMS = ("sein", "ihr", "unser", "euer", "mein", "dein")
# A word rarer than this in German is a name, whatever the tagger says (`Kowalskis Kamera`,
# `der Verein Lindenhof`). Zipf frequency in German, from wordfreq.
RARE_WORD_ZIPF = 3.0
NOUNS_FILE = Path(__file__).resolve().parents[1] / "data" / "extract" / "nouns.yml"


@cache
def noun_classes() -> dict[str, Any]:
    """The noun classes of `data/extract/nouns.yml` (actor, place and time heads, pronouns...)."""
    return read_mapping(NOUNS_FILE)


def in_noun_class(lemma: str, suffixes: Sequence[str]) -> bool:
    """Whether a noun belongs to a class of nouns.yml by its ending: the word itself (`Stadt`) or a
    compound of at least three more letters (`Hauptstadt`, not `Island` for `land`); a feminine form
    in -in/-innen belongs where its stem does (`Botschafterin`, `Präsidentinnen`)."""
    entry = _SUFFIX_SETS.get(id(suffixes))
    if entry is None or entry[0] is not suffixes:
        if len(_SUFFIX_SETS) >= 256:
            _SUFFIX_SETS.clear()  # lists made afresh for each call must not pile up
        entry = _SUFFIX_SETS[id(suffixes)] = (suffixes, frozenset(suffixes), {})
    known = entry[2].get(lemma)
    if known is None:
        if len(entry[2]) >= _KNOWN_LEMMAS:
            entry[2].clear()
        known = entry[2][lemma] = _ends_in(lemma.lower(), entry[1])
    return known


def _ends_in(low: str, endings: frozenset[str]) -> bool:
    # The word's own tails, not the class's entries: one set comparison however long the class.
    return not endings.isdisjoint(_tails(low))


@lru_cache(maxsize=2_048)  # a word is asked about for many classes; each entry holds ~20 strings: kept small
def _tails(low: str) -> frozenset[str]:
    """The word and what is left of it without its first three or more letters, and the same of
    its stem without a feminine ending (`-in`, `-innen`)."""
    stems = [low]
    for ending in ("innen", "in"):
        if low.endswith(ending) and len(low) - len(ending) >= 5:
            stems.append(low[: -len(ending)])
            break
    return frozenset(w[k:] for w in stems for k in (0, *range(3, len(w))))


# Each class list (kept alive here, so its id is not reused) with its entries as a set and the
# answers given so far, by lemma.
_SUFFIX_SETS: dict[int, tuple[Sequence[str], frozenset[str], dict[str, bool]]] = {}
_KNOWN_LEMMAS = 5_000  # answers kept per class


TIME_WORDS = frozenset(noun_classes()["time_heads"])
UNOWNED_TIMES = TIME_WORDS - frozenset(noun_classes()["owned_times"])
HONORIFICS = frozenset(noun_classes()["honorifics"])
MEASURE_NOUNS = frozenset(noun_classes()["measure_nouns"])
PREPOSITIONAL_NOUNS = frozenset(noun_classes()["prepositional_nouns"])
EXCLUDING_WORDS = tuple(tuple(words) for words in noun_classes()["excluding_words"])
# The cues by their first word, in their order: most words begin none, and are passed by one lookup.
_EXCLUDING_BY_FIRST: dict[str, tuple[tuple[str, ...], ...]] = {
    first: tuple(cue for cue in EXCLUDING_WORDS if cue[0] == first)
    for first in {cue[0] for cue in EXCLUDING_WORDS}
}


@dataclass
class NounPhrase:
    """A base noun phrase in a clause; token indices are doc indices, `end` exclusive."""

    start: int
    end: int
    head: int
    prep: str | None = None
    cases: frozenset[str] = frozenset()
    group: int = -1  # coordination group: phrases sharing it fill the same slot
    # index (in the clause's list) of the phrase it is attribute of: a genitive, or a person's party in
    # brackets (`X (Partei)`)
    genitive_of: int | None = None
    possessive: int | None = None  # token index of a possessive determiner (sein, ihr)
    pronoun: bool = False
    relative: bool = False
    core_start: int = -1  # first token of the nominal core (after determiners and modifiers)
    short_form: bool = False  # `(EU)` after `die Europäische Union`: the phrase before, named again

    @property
    def core(self) -> tuple[int, int]:
        """Token range of the nominal core (not an embedded `in Russland hergestellte`)."""
        return (self.core_start if self.core_start >= 0 else self.start, self.end)

    def text(self, doc: Sequence[TokenLike]) -> str:
        return "".join(t.text_with_ws for t in doc[self.start : self.end]).strip()


@dataclass
class Clause:
    """Tokens of one clause (not always contiguous: an interrupting relative clause is cut out)."""

    tokens: list[int]
    phrases: list[NounPhrase] = field(default_factory=list)
    relative: bool = False
    joined_by_conjunction: bool = False  # `… dankte und ihm … überreichte`: may share its subject

    @property
    def start(self) -> int:
        return self.tokens[0]

    @property
    def end(self) -> int:
        return self.tokens[-1] + 1


DATELINE_DASHES = {"–", "—"}
LIST_MEMBER_MAX = 8  # tokens of one member of a comma list before the clause it belongs to


def preposition_of(token: TokenLike) -> str:
    low = token.text.lower()
    return CONTRACTIONS.get(low, low)


def _has_verb(tokens: Sequence[TokenLike], finite_only: bool = False) -> bool:
    tags = FINITE if finite_only else VERBS
    return any(t.tag_ in tags for t in tokens)


def _insertion(clause: Clause, words: Sequence[TokenLike]) -> bool:
    """Whether a clause is an insertion between commas that ends in its own finite verb, opened by a
    conjunction or `wie` (`…, wie Reuters berichtete, …`, `…, als er ankam, …`; not `wo`)."""
    first, last = words[clause.tokens[0]], words[clause.tokens[-1]]
    before = words[first.i - 1] if first.i > 0 else None
    return (
        (first.tag_ == "KOUS" or first.lower_ == "wie")
        and before is not None
        and before.text == ","
        and last.tag_ in FINITE
        and last.i + 1 < len(words)
        and words[last.i + 1].text == ","
    )


def split_clauses(sent: Span) -> list[Clause]:
    """Cut a sentence into clauses; see the module docstring for the rules."""
    table = token_table(sent.doc)
    words = table.words()
    toks: list[TokenLike] = [w for w in words[sent.start : sent.end] if not w.is_space]
    if not toks:
        return []
    segments: list[list[TokenLike]] = [[]]
    for k, tok in enumerate(toks):
        # A line break between two finite clauses ends a clause (a headline-like line before it).
        if (
            k
            and "\n" in table.text[table.end(toks[k - 1].i) : tok.idx]  # white space after the last word
            and segments[-1]
        ):
            rest = [t for t in toks[k:] if t.text not in CLAUSE_MARKS]
            if _has_verb(segments[-1], finite_only=True) and _has_verb(rest[:12], finite_only=True):
                segments.append([])
        if tok.text in CLAUSE_MARKS and tok.tag_.startswith("$"):
            # A short verbless label before a colon is a dateline or a speaker tag (`SEOUL:`), no argument.
            if tok.text == ":" and len(segments[-1]) <= 3 and not _has_verb(segments[-1]):
                segments[-1] = []
            # `Wien – Russland lieferte …`, `Berlin (dpa) – …`: a short verbless label opening the
            # sentence before a dash is a dateline, no argument.
            if (
                tok.text in DATELINE_DASHES
                and all(not seg or not _has_verb(seg) for seg in segments)
                and 0 < sum(len(seg) for seg in segments) <= 6
                and next(t for seg in segments for t in seg).tag_ in {"NE", "NN", "FM", "XY"}
            ):
                segments = [[]]
                continue
            segments.append([])
            continue
        if tok.text.lower() in CONJUNCTIONS and tok.tag_ == "KON" and segments[-1]:
            rest = []
            for nxt in toks[k + 1 :]:
                if nxt.text in CLAUSE_MARKS:
                    break
                rest.append(nxt)
            # `traf X und Y und reiste ab`: a verb right after a later conjunction opens that one's
            # clause, not this one's; a verb right after this one opens a clause that shares the
            # subject before, even after a list of objects (`traf X, Y und Z und reiste ab`).
            verb = next((m for m, t in enumerate(rest) if t.tag_ in FINITE), None)
            later = verb is not None and verb > 0 and _coordinates_clauses(rest[verb - 1])
            opens = _has_verb(segments[-1]) or (verb == 0 and any(_has_verb(seg) for seg in segments))
            if opens and verb is not None and not later:
                segments.append([tok])
                continue
        segments[-1].append(tok)
    segments = [s for s in segments if s]
    doc = sent.doc
    is_rel = [
        bool(s)
        and (s[0].tag_ in RELATIVES or (len(s) > 1 and s[0].tag_ in PREPOSITIONS and s[1].tag_ in RELATIVES))
        for s in segments
    ]
    clauses: list[Clause] = []
    k = 0
    pending: list[TokenLike] = []  # a verbless stretch waiting for the clause it belongs to
    pending_list = False  # whether it is the head of a list that the next clause ends
    while k < len(segments):
        seg = segments[k]
        if is_rel[k]:
            clauses.append(Clause([t.i for t in seg], relative=True))
            k += 1
            continue
        # The main clause interrupted by a relative clause goes on after it: join both halves.
        if (
            k + 2 < len(segments)
            and is_rel[k + 1]
            and not _has_verb(seg, finite_only=True)
            and not is_rel[k + 2]
            and segments[k + 2][0].tag_ not in SUBORDINATORS
        ):
            seg = seg + segments[k + 2]
            clauses.append(Clause([t.i for t in segments[k + 1]], relative=True))
            segments[k + 1], segments[k + 2] = [], []
            is_rel[k + 1] = is_rel[k + 2] = False
        if not seg:
            k += 1
            continue
        # `…, das von X – also Y – nie unterzeichnet wurde`: a relative clause cut by an insertion
        # goes on until it has its verb.
        if (
            clauses
            and clauses[-1].relative
            and not _has_verb([words[i] for i in clauses[-1].tokens])
            and seg[0].tag_ not in SUBORDINATORS | RELATIVES | {"KON"}
        ):
            clauses[-1].tokens.extend(t.i for t in pending + seg)
            pending = []
            k += 1
            continue
        # A stretch with no finite verb that is no infinitive clause (`…, eine Weste von X als
        # Geschenke erhalten`) is the rest of the clause before it, or a comma-separated list inside it.
        continues = (
            not _has_verb(seg, finite_only=True)
            and not any(t.tag_ in {"PTKZU", "VVIZU"} for t in seg)
            and seg[0].tag_ not in SUBORDINATORS | RELATIVES
        )
        if _is_apposition(
            seg, segments[k - 1] if k else [], segments[k + 1] if k + 1 < len(segments) else []
        ) or (k and seg[0].text.lower() in RESTATEMENT_MARKERS and not _has_verb(seg)):
            # `…, also einige der schärfsten Gegner, …`: what came before, said again; no new argument.
            k += 1  # `Juri Uschakow, Putins leitendem Berater, …`: describes a name, fills no slot
            continue
        if not _has_verb(seg) and _opens_list(segments, k):
            # `X, Y und Z trafen sich`, `…, dass X, Y und Z …`: the members before the last comma
            # belong to the clause the list ends in, commas kept so that they coordinate.
            # A stretch pending before the list's first member is no member (`Der Plan Lindentals, wo X, …`);
            # before a subordinate clause it is no part of that clause either.
            if pending and not pending_list and seg[0].tag_ in SUBORDINATORS:
                clauses.append(Clause([t.i for t in pending]))
                pending = []
            pending.extend((_comma_before(seg, pending) if pending_list else []) + seg)
            pending_list = True
            k += 1
            continue
        if not _has_verb(seg) or (continues and clauses and not clauses[-1].relative):
            if clauses and not clauses[-1].relative:
                target = clauses[-1]
                if (
                    len(clauses) > 1
                    and not clauses[-2].relative
                    and _insertion(clauses[-1], words)
                    and seg[0].tag_ in CONTINUATION_OPENERS
                ):
                    # `X traf sich, wie Reuters berichtete, mit Y`: the main clause goes on after the
                    # insertion between commas, which stays a clause of its own.
                    target = clauses[-2]
                if pending_list:
                    # `werden die Minister Xs, Ys, Zs und Ws teilnehmen`: the list ending in the rest of
                    # the clause before is part of it, all its members.
                    seg = pending + _comma_before(seg, pending) + seg
                    pending, pending_list = [], False
                # Keep the comma: it may sit inside a phrase (`eine luxuriöse, in X hergestellte Limousine`).
                comma = seg[0].i - 1
                if comma >= 0 and doc[comma].text == "," and target is clauses[-1]:
                    target.tokens.append(comma)
                target.tokens.extend(t.i for t in seg)
            else:
                # Keep the comma here too: it closes an apposition before a conjunct (`Der Chef der
                # Y, X, und Z vereinbarten`) or parts two members of a list (`zwischen X, Y und Z`).
                pending.extend(_comma_before(seg, pending) + seg)
            k += 1
            continue
        joined = seg[0].tag_ == "KON"
        if pending:
            # `X, der Chef der Y, und Z trafen sich`, `X, ein Vertrauter der Y, traf Z`: the comma before
            # the conjunction or the verb closes an apposition.
            pending.extend(_comma_before(seg, pending))
        clauses.append(Clause([t.i for t in pending + seg], joined_by_conjunction=joined))
        pending, pending_list = [], False
        k += 1
    if pending:
        clauses.append(Clause([t.i for t in pending]))
    for clause in clauses:
        clause.tokens.sort()
    clauses.sort(key=lambda c: c.start)
    for clause in clauses:
        clause.phrases = noun_phrases([words[i] for i in clause.tokens])
    return clauses


def _coordinates_clauses(tok: TokenLike) -> bool:
    return tok.tag_ == "KON" and tok.text.lower() in CONJUNCTIONS


def _opens_list(segments: Sequence[Sequence[TokenLike]], k: int) -> bool:
    """Whether segment k, verbless, begins a comma list of phrases that a later segment closes with
    `und`/`oder`/`sowie` right before its verb (`X, Y und Z trafen sich`, `dass X, Y und Z sich …`).
    A list that ends without a verb (`traf X, Y und Z.`) is the object of the clause before; a comma
    after an adjective sits inside one phrase (`sein eigenes, von X geführtes Gefolge`)."""
    if k and segments[k - 1] and segments[k - 1][-1].tag_ == "ADJA":
        return False
    for j in range(k, len(segments)):
        seg = segments[j]
        if not seg or seg[0].tag_ in RELATIVES or (j > k and seg[0].tag_ in SUBORDINATORS | PREPOSITIONS):
            return False
        verb = next((m for m, t in enumerate(seg) if t.tag_ in VERBS), None)
        if verb is None:
            if len(seg) > LIST_MEMBER_MAX or seg[-1].tag_ not in NOMINALS:
                return False
            continue
        if j == k:
            return False
        before = seg[:verb]
        # `X, der Chef der Y, und Z …`: a comma before the conjunction closes an apposition, no list.
        return (
            bool(before)
            and before[0].tag_ != "KON"
            and any(t.text.lower() in LIST_CLOSERS and t.tag_ == "KON" for t in before)
            and before[-1].tag_ in NOMINALS | {"ADJA", "CARD", "PPER", "PRF", "PIS"}
            and any(t.tag_ in NOMINALS for t in before)
        )
    return False


def _comma_before(seg: Sequence[TokenLike], pending: Sequence[TokenLike]) -> list[TokenLike]:
    """The comma right before a segment, when there is a stretch before it to coordinate with."""
    if not pending or not seg:
        return []
    comma = seg[0].doc[seg[0].i - 1]
    return [comma] if comma.text == "," else []


def _is_apposition(seg: Sequence[TokenLike], before: Sequence[TokenLike], after: Sequence[TokenLike]) -> bool:
    """A short verbless stretch between commas, right after a name, whose noun is a role or title
    (not one opened by a conjunction: `X, und der Chef`, another member of a list)."""
    if not seg or not before or not after or _has_verb(seg) or len(seg) > 6 or seg[0].tag_ == "KON":
        return False
    if not (before[-1].tag_ == "NE" and before[-1].ent_type_ == "PER"):
        return False
    nouns = [t for t in seg if t.tag_ == "NN"]
    suffixes = noun_classes()["actor_suffixes"]
    return bool(nouns) and any(nouns[-1].lemma_.lower().endswith(s) for s in suffixes)


def _cases(tokens: Sequence[TokenLike], head: TokenLike) -> frozenset[str]:
    """Cases the phrase may have: its article, honorific or pronoun decides first (they show case
    reliably); the morphology of the head or article only where they do not."""
    first = tokens[0].text.lower()
    if first in DETERMINER_CASES:
        return frozenset(DETERMINER_CASES[first])
    if tokens[0].tag_ == "PPOSAT":
        ending = first[len(next((s for s in POSSESSIVE_STEMS if first.startswith(s)), "")) :]
        table = {
            "": ("Nom", "Acc"),
            "e": ("Nom", "Acc"),
            "en": ("Acc", "Dat"),
            "em": ("Dat",),
            "es": ("Gen",),
            "er": ("Gen", "Dat"),
        }
        return frozenset(table.get(ending, ()))
    # A bare name shows no case; morphology that claims one for it only guesses.
    if all(t.tag_ in {"NE", "FM", "XY"} for t in tokens):
        return frozenset()
    # Nor does a title before a name without article (`hat Lehrer X der Gemeinde …`): the case the
    # morphology writes on it is the clause's guess (`Herrn X`, which shows it, is read above).
    if (
        len(tokens) > 1
        and tokens[0].tag_ == "NN"
        and not tokens[0].ent_type_
        and all(t.tag_ in {"NE", "FM", "XY"} or t.ent_type_ == "PER" for t in tokens[1:])
    ):
        return frozenset()
    # `5 Millionen Euro`, `30 Bilder` tagged a dative singular: a guess the count belies.
    counted = tokens[0].tag_ == "CARD" and tokens[0].text.lower() not in {"1", "ein", "eins"}
    for tok in (tokens[0], head):
        words = token_table(tok.doc)
        if counted and "Sing" in words.morph(tok.i, "Number"):
            continue
        found = words.morph(tok.i, "Case")
        if found:
            return frozenset(c for value in found for c in value.split(","))
    return frozenset()


def _is_name_genitive(tok: TokenLike, nxt: TokenLike | None) -> bool:
    """`Putins Besuch`, `Nordkoreas Machthaber`: a name in -s before the noun it belongs to."""
    return (
        tok.tag_ == "NE"
        and bool(tok.ent_type_)
        and nxt is not None
        # The next word starts what the name belongs to, not more of the same name (`Thomas Müller`);
        # a title the tagger calls a name (`Nordkoreas Machthaber`) counts too.
        and (nxt.tag_ in {"NN", "ADJA"} or (nxt.text.lower() in HONORIFICS and nxt.ent_iob_ != "I"))
        and (tok.text.endswith("s") or tok.text.endswith("'"))
        and len(tok.text) > 3
        and not _surname_in_s(tok)
    )


def _surname_in_s(tok: TokenLike) -> bool:
    """`sagte Minister Jannis Kostopoulos am Montag … betonte Kostopoulos griechischen Berichten
    zufolge`: a name the article gives elsewhere as the end of a full name, not before a noun it
    belongs to, is a surname in -s (its genitive would take an apostrophe), not `Putins`."""
    doc = tok.doc
    table = token_table(doc)
    for i in table.positions(tok.text):  # the word's places only: a scan per candidate would be quadratic
        if i == tok.i or doc[i].ent_iob_ != "I" or doc[i].ent_type_ != "PER":
            continue
        if i + 1 == len(table.texts) or table.tags[i + 1] not in {"NN", "ADJA", "NE"}:
            return True
    return False


def noun_phrases(tokens: Sequence[TokenLike]) -> list[NounPhrase]:
    """Base noun phrases over a run of tokens (one clause), with case, preposition and groups."""
    phrases: list[NounPhrase] = []
    n = len(tokens)
    i = 0
    prep: str | None = None
    last_end = -1  # position (in `tokens`) right after the previous phrase
    between: list[TokenLike] = []
    excluding = False  # after `außer`, `nicht aber`: the next phrase names who is left out
    while i < n:
        tok = tokens[i]
        if cue := _excluding_words(tokens, i):
            prep, excluding = " ".join(cue), True
            between.extend(tokens[i : i + len(cue)])
            i += len(cue)
            continue
        if excluding and tok.tag_ in PREPOSITIONS:
            between.append(tok)  # `außer mit X`: X is still the one left out
            i += 1
            continue
        if tok.tag_ in PREPOSITIONS or _prepositional_noun(tokens, i):
            prep = preposition_of(tok)
            between.append(tok)
            i += 1
            continue
        if tok.text in QUOTES:
            i += 1
            continue
        start = i
        j = i
        possessive = None
        while j < n and (tokens[j].tag_ in DETERMINERS or tokens[j].text in QUOTES):
            if tokens[j].tag_ == "PPOSAT":
                possessive = tokens[j].i
            j += 1
        has_det = j > start
        if has_det and j < n and (end := _participial_attribute(tokens, j)) is not None:
            j = end  # `dem inzwischen als Favorit der Partei feststehenden Kandidaten`
        # Pre-nominal modifiers, including participle phrases (`ein in Nordkorea hergestelltes`).
        while j < n:
            tag = tokens[j].tag_
            if j > start and tokens[j].i != tokens[j - 1].i + 1:
                break
            if tag in MODIFIERS or tokens[j].text in QUOTES:
                j += 1
            elif (
                tag in {"ADJD", "ADV", "PTKNEG"}
                and j + 1 < n
                and tokens[j + 1].tag_ in {"ADJA", "ADJD"} | PREPOSITIONS
            ):
                j += 1  # `offiziell eingesetzte`, `nicht erkannte`
            elif (
                tokens[j].text == ","
                and j > start
                and tokens[j - 1].tag_ == "ADJA"
                and j + 1 < n
                and (tokens[j + 1].tag_ in {"ADJA", "ADV", "ADJD"} | PREPOSITIONS)
            ):
                j += 1  # `eine luxuriöse, in Russland hergestellte Limousine`
            elif tag in PREPOSITIONS and has_det:
                look = j + 1
                while look < n and look < j + 8 and tokens[look].tag_ not in VERBS | {"ADJA"} | PREPOSITIONS:
                    look += 1
                if look < n and tokens[look].tag_ == "ADJA":
                    j = look
                else:
                    break
            else:
                break
        k = j
        while k < n and (
            tokens[k].tag_ in NOMINALS
            # a name after a title, whatever the tagger called its first word (`Kollegen Karl-Heinz X`)
            or (k > j and tokens[k].ent_type_ == "PER" and tokens[k - 1].tag_ == "NN")
            or (tokens[k].tag_ == "TRUNC" and k + 2 < n and tokens[k + 1].tag_ == "KON")
            or (tokens[k].tag_ == "KON" and k > j and tokens[k - 1].tag_ == "TRUNC")
        ):
            if k > j:
                prev, cur = tokens[k - 1], tokens[k]
                if cur.i != prev.i + 1 or prev.lemma_.lower() in TIME_WORDS:
                    break  # a cut-out relative clause lies between, or a date ends here
                # Two common nouns in a row are two phrases (`im Westen Befürchtungen`) unless the
                # first measures the second (`ein Paar Handschuhe`, `zwei Tonnen Reis`).
                if (
                    cur.tag_ == "NN"
                    and prev.tag_ == "NN"
                    and prev.lemma_.lower() not in MEASURE_NOUNS
                    and not cur.ent_type_
                    and not _named_by_title(prev, cur)
                ):
                    break
                # A new entity, or a title after a name (`Genosse Kim Genosse Putin`), starts a new phrase.
                if cur.ent_iob_ == "B" and prev.ent_type_:
                    break
                if cur.text.lower() in HONORIFICS or (
                    cur.tag_ == "NN" and prev.tag_ == "NE" and prev.ent_type_ and not cur.ent_type_
                ):
                    break  # `Herr Kim Herrn Putin`: an honorific starts the next name
                if _is_name_genitive(prev, cur) and k - 1 == j:
                    break
                if _full_name_genitive(tokens, k, _name_end(tokens, k)):
                    break  # `der Besuch Karl Obermanns`: the name after the noun is its genitive
            k += 1
        if k == j and _is_name_genitive(tokens[j] if j < n else tok, tokens[j + 1] if j + 1 < n else None):
            k = j + 1  # a prenominal genitive on its own
        if k > j:
            head_tok = tokens[k - 1]
            if tokens[j].tag_ == "NE" and any(t.tag_ == "NN" for t in tokens[j:k]) and tokens[j].ent_type_:
                head_tok = tokens[j]
            elif k - j == 2 and _named_by_title(tokens[j], tokens[j + 1]):
                head_tok = tokens[j]  # `der Verein Lindenhof` is a club
            np = NounPhrase(
                start=tokens[start].i,
                end=tokens[k - 1].i + 1,
                head=head_tok.i,
                prep=prep,
                cases=_cases(tokens[start:k], head_tok),
                possessive=possessive,
                core_start=tokens[j].i,
            )
        elif has_det and j > start and tokens[j - 1].tag_ in {"ADJA", "CARD"}:
            # A determiner with an adjective and no noun: `das zweite`, `die beiden`.
            np = NounPhrase(
                start=tokens[start].i,
                end=tokens[j - 1].i + 1,
                head=tokens[j - 1].i,
                prep=prep,
                cases=_cases(tokens[start:j], tokens[j - 1]),
                possessive=possessive,
            )
            k = j
        elif tok.tag_ in PRONOUNS or (tok.text.lower() in DETERMINER_CASES and tok.tag_ in {"PPER", "PRF"}):
            np = NounPhrase(
                start=tok.i,
                end=tok.i + 1,
                head=tok.i,
                prep=prep,
                cases=_cases([tok], tok),
                pronoun=tok.tag_ != "PRELS",
                relative=tok.tag_ == "PRELS",
            )
            k = i + 1
        else:
            if tok.text not in QUOTES:
                between.append(tok)
            # A verb or a clause-internal stop ends the reach of the last preposition, and so does a
            # reflexive pronoun right after it, its object (`unter sich eine Vereinbarung`).
            if (
                tok.tag_ in VERBS
                or (tok.tag_.startswith("$") and tok.text not in QUOTES)
                or (tok.tag_ == "PRF" and i > 0 and tokens[i - 1].tag_ in PREPOSITIONS)
            ):
                prep, excluding = None, False
            i += 1
            continue
        # Coordination: only conjunctions, commas and quotes between this phrase and the last one.
        head = _attribute_chain_head(phrases, tokens)
        if head is not None and _apposed_name(tokens, between, start, k):
            # `zwischen dem Direktor für X, Karl Y, und …`: the name between commas after a role noun's
            # attribute names the role noun's holder, in its slot (not the attribute's `für`).
            np.group, np.prep = phrases[head].group, phrases[head].prep
        elif phrases and _closed_apposition(tokens, between, start, k):
            # `Der Minister, ein Vertrauter der Y, und Z`: a description between commas closed before
            # `und` says who the phrase before is; it is no member of the list.
            np.genitive_of, np.group, np.prep = len(phrases) - 1, phrases[-1].group, phrases[-1].prep
        elif (
            phrases
            and last_end == start
            and _is_short_form(tokens, start, k)
            and _after_person(tokens, start)
        ):
            # `Innenminister X (Partei)`: the person's party, an attribute, no actor beside the person.
            np.genitive_of, np.prep, np.group = len(phrases) - 1, phrases[-1].prep, phrases[-1].group
        elif phrases and last_end == start and _is_short_form(tokens, start, k):
            # `die Europäische Union (EU), die …`: the same thing named again; the list goes on.
            np.group, np.prep, np.short_form = phrases[-1].group, phrases[-1].prep, True
        elif (
            phrases
            and between
            and _coordinates(between)
            and not _case_breaks_coordination(np, target := _conjunct_target(phrases, between, head))
        ):
            # `X (Partei A) und Y (Partei B)`: Y joins X, not what the brackets after X say X is.
            if (
                len(phrases) > 1
                and _in_brackets(tokens, target)
                and phrases[-2].end == target.start - 1
                and not target.short_form
            ):
                target = phrases[-2]
            # `die Städte X am Amur und Y`: Y joins X, not the place attribute `am Amur` of X.
            if (
                np.prep is None
                and target.prep in PLACE_ATTRIBUTES
                and len(phrases) > 1
                and phrases[-2].prep is None
                and phrases[-2].end == target.start - 1
                and any(t.tag_ == "NE" for t in tokens if phrases[-2].start <= t.i < phrases[-2].end)
                and tokens[start].tag_ == "NE"
            ):
                target = phrases[-2]
            np.group = target.group
            if np.prep is None:
                np.prep = target.prep
        elif phrases and not between and last_end == start:
            _attach_attribute(phrases, np, tokens, start, k)
        if np.group == -1:
            np.group = len(phrases)
        phrases.append(np)
        between = []
        last_end = k
        i = k
        prep, excluding = None, False  # a preposition governs one phrase (and its coordinated continuations)
    return phrases


def _attribute_chain_head(phrases: Sequence[NounPhrase], tokens: Sequence[TokenLike]) -> int | None:
    """The role noun the last phrase is an attribute of, through genitives and prepositional phrases
    right after it (`dem Direktor für die innere Sicherheit`, `der Stabschef im Heer`): its index, or
    None where the last phrase is no such attribute."""
    if not phrases:
        return None
    table = token_table(tokens[0].doc)
    idx = len(phrases) - 1
    for _ in range(3):
        if idx < 1:
            return None
        np, before = phrases[idx], phrases[idx - 1]
        attached = np.genitive_of == idx - 1 or (
            np.prep is not None and before.end == np.start - 1 and table.tags[before.end] in PREPOSITIONS
        )
        if not attached:
            return None
        idx -= 1
        if _person_noun(table.lemmas[phrases[idx].head]):
            return idx
    return None


def _person_noun(lemma: str) -> bool:
    """A noun that may stand for a person named beside it: an office, title or role (nouns.yml)."""
    classes = noun_classes()
    return any(
        in_noun_class(lemma, classes[name])
        for name in ("actor_suffixes", "title_suffixes", "member_nouns", "person_heads")
    )


def _apposed_name(tokens: Sequence[TokenLike], between: Sequence[TokenLike], start: int, end: int) -> bool:
    """Whether tokens[start:end] are a person's name set off by commas alone (`…, Karl Y, …`)."""
    return (
        [t.text for t in between] == [","]
        and all(t.ent_type_ == "PER" for t in tokens[start:end])
        and (end == len(tokens) or tokens[end].text == ",")
    )


def _closed_apposition(
    tokens: Sequence[TokenLike], between: Sequence[TokenLike], start: int, end: int
) -> bool:
    """Whether tokens[start:end] open a description (a determiner and a common noun) set off by a comma
    before it and one right before a conjunction or the finite verb after it, with only its attributes
    between (`…, ein Vertrauter der Kanzlerin, und …`, `X, ein Vertrauter der Y, traf Z`): an
    apposition, not a member of a list (which has no comma before its `und`)."""
    if (
        [t.text for t in between] != [","]
        or tokens[start].tag_ not in DETERMINERS
        or tokens[end - 1].tag_ != "NN"
    ):
        return False
    for m in range(end, min(len(tokens) - 1, end + LIST_MEMBER_MAX)):
        tok = tokens[m]
        if tok.text == ",":
            after = tokens[m + 1]
            return (after.text.lower() in LIST_CLOSERS and after.tag_ == "KON") or after.tag_ in FINITE
        if tok.tag_ in VERBS or tok.tag_ == "KON" or tok.tag_.startswith("$"):
            return False
    return False


def _conjunct_target(
    phrases: Sequence[NounPhrase], between: Sequence[TokenLike], head: int | None
) -> NounPhrase:
    """The phrase a conjunct joins: the last one, or, after a comma that closes an apposition with an
    attribute (`zwischen X, dem Direktor für Y, und Z`), the phrase the apposition describes."""
    if (
        head is not None
        and len(between) == 2
        and between[0].text == ","
        and between[1].text.lower() in LIST_CLOSERS
        and head > 0
        and phrases[head - 1].end == phrases[head].start - 1
        and between[0].doc[phrases[head].start - 1].text == ","
        and phrases[head - 1].group == phrases[head].group
    ):
        return phrases[head - 1]
    return phrases[-1]


def _excluding_words(tokens: Sequence[TokenLike], i: int) -> tuple[str, ...] | None:
    """The words of nouns.yml's `excluding_words` starting at `tokens[i]` (`außer`, `mit Ausnahme`)."""
    for cue in _EXCLUDING_BY_FIRST.get(tokens[i].text.lower(), ()):
        if i + len(cue) <= len(tokens) and all(
            tokens[i + k].text.lower() == word for k, word in enumerate(cue[1:], start=1)
        ):
            return cue
    return None


# Words that end an extended attribute's reach: a clause boundary, a verb, a stop.
_ATTRIBUTE_STOPS = VERBS | {"KOUS", "KOUI", "PRELS", "PRELAT", "PWS", "PWAV", "$.", "$,", "$("}
# Words an extended attribute opens with (`dem bereits …`, `dem als …`, `der seit …`).
_ATTRIBUTE_OPENERS = PREPOSITIONS | {"ADV", "ADJD", "KOKOM", "PTKNEG", "PAV"}


def _participial_attribute(tokens: Sequence[TokenLike], j: int, reach: int = 15) -> int | None:
    """An extended attribute between a determiner and its noun (`dem seit Jahren als Favorit
    geltenden Kandidaten`): the position of the adjective or participle that closes it, the first
    one that is followed by a noun and does not begin a phrase of its own inside the attribute
    (`der Grünen Partei` is part of the attribute, not its end). None when no such word follows
    within reach, before a verb or a clause boundary."""
    n = len(tokens)
    if tokens[j].tag_ not in _ATTRIBUTE_OPENERS:
        return None
    for m in range(j, min(n - 1, j + reach)):
        tok = tokens[m]
        if m > j and tok.i != tokens[m - 1].i + 1:
            return None
        if tok.tag_ in _ATTRIBUTE_STOPS:
            return None
        if tok.tag_ != "ADJA" or tokens[m + 1].tag_ not in NOMINALS | {"ADJA"}:
            continue
        back = m - 1
        while back >= j and tokens[back].tag_ in {"ADJA", "ADJD", "ADV", "PTKNEG"}:
            back -= 1
        if back >= j and tokens[back].tag_ in DETERMINERS | PREPOSITIONS:
            continue  # an adjective of a phrase inside the attribute
        return m if m > j else None
    return None


def _is_short_form(tokens: Sequence[TokenLike], start: int, end: int) -> bool:
    """Whether tokens[start:end] are a short form in brackets right after a noun (`Zentralbank
    (EZB)`): one to three names or nouns (the brackets are cut out of the clause's tokens)."""
    doc = tokens[start].doc
    first, last = tokens[start].i, tokens[end - 1].i
    return (
        end - start <= 3
        and first >= 2
        and doc[first - 1].text == "("
        and doc[first - 2].tag_ in NOMINALS
        and last + 1 < len(doc)
        and doc[last + 1].text == ")"
        and all(t.tag_ in NOMINALS for t in tokens[start:end])
    )


def _after_person(tokens: Sequence[TokenLike], start: int) -> bool:
    """Whether a phrase in brackets follows a person's name (`X (Partei)`), not a body's (`(EU)`)."""
    doc = tokens[start].doc
    first = tokens[start].i
    return doc[first - 2].ent_type_ == "PER" and tokens[start].ent_type_ != "PER"


def _named_by_title(title: TokenLike, name: TokenLike) -> bool:
    """`der Verein Lindenhof`, `die Firma Brandtmeier`: an organisation noun (nouns.yml
    `organisation_heads`) before a rare word the tagger called a noun, its name."""
    return (
        title.tag_ == "NN"
        and name.tag_ == "NN"
        and in_noun_class(title.lemma_, noun_classes()["organisation_heads"])
        and zipf_frequency(name.text, "de") < RARE_WORD_ZIPF
    )


def _prepositional_noun(tokens: Sequence[TokenLike], i: int) -> bool:
    """`Richtung Ukraine`: a bare noun of nouns.yml's `prepositional_nouns` right before a name."""
    tok = tokens[i]
    return (
        tok.tag_ == "NN"
        and tok.text.lower() in PREPOSITIONAL_NOUNS
        and i + 1 < len(tokens)
        and tokens[i + 1].tag_ in {"NE", "FM"}
        and not (i and tokens[i - 1].tag_ in DETERMINERS | MODIFIERS)
    )


def _in_brackets(tokens: Sequence[TokenLike], np: NounPhrase) -> bool:
    """Whether a phrase stands alone in brackets in the text (the brackets are cut out of the clause)."""
    doc = tokens[0].doc
    return np.start > 0 and np.end < len(doc) and doc[np.start - 1].text == "(" and doc[np.end].text == ")"


def _coordinates(between: Sequence[TokenLike]) -> bool:
    """Whether the words between two phrases join them: conjunctions, commas and quotes."""
    if all(t.text.lower() in COORDINATORS or t.text in QUOTES for t in between):
        return True
    words = tuple(t.text.lower() for t in between if t.text != "," and t.text not in QUOTES)
    return words in PAIRED_COORDINATORS


def _case_breaks_coordination(np: NounPhrase, target: NounPhrase) -> bool:
    """`mit X und eine Besichtigung`: a bare phrase whose case the target's preposition cannot
    govern is no continuation of it (it belongs to a list further out)."""
    if np.prep is not None or target.prep is None or not np.cases:
        return False
    governed = load_case_lexicon().prepositions.get(target.prep)
    return governed is not None and bool(governed) and not (np.cases & governed)


@cache
def _event_nouns() -> tuple[NounTrigger, ...]:
    """The noun triggers of the frame lexicon (`Besuch`, `Reise`, `Treffen`, `Geschenk` …)."""
    return tuple(nt for frame in load_frames() for nt in frame.nouns)


def _name_end(tokens: Sequence[TokenLike], start: int) -> int:
    """Where the entity starting at `start` ends (a local index, exclusive)."""
    k = start + 1
    while k < len(tokens) and tokens[k].ent_iob_ == "I" and tokens[k].i == tokens[k - 1].i + 1:
        k += 1
    return k


def _full_name_genitive(tokens: Sequence[TokenLike], start: int, k: int) -> bool:
    """`der Besuch Karl Obermanns`, `die Reise Anna Bergers`: a person's full name in -s right after
    an event noun of the frame lexicon is its genitive attribute (after any other noun it is an
    apposition: `Sänger Robbie Williams`, `EU-Kommissar Dimitris Avramopoulos`)."""
    if start < 1 or k > len(tokens):
        return False
    name = tokens[start:k]
    before = tokens[start - 1]
    return (
        1 < len(name) <= 3
        and all(t.tag_ == "NE" and t.ent_type_ == "PER" for t in name)
        and name[0].ent_iob_ == "B"
        and name[-1].text.endswith("s")
        and before.tag_ == "NN"
        and any(nt.matches(before.lemma_) for nt in _event_nouns())
    )


def _attach_attribute(
    phrases: list[NounPhrase], np: NounPhrase, tokens: Sequence[TokenLike], start: int, k: int
) -> None:
    """A phrase right after another: a genitive attribute of it (`der Gouverneur der Region`,
    `ein Besuch Putins`), or the possessor before it (`Putins Besuch`)."""
    prev_np = phrases[-1]
    first = tokens[start]
    # `der Präsident Russlands`, but `besuchte am Montag Paris`: a day or month owns no name.
    postnominal_name = (
        first.tag_ == "NE"
        and first.text.endswith("s")
        and k == start + 1
        and tokens[start - 1].lemma_.lower() not in UNOWNED_TIMES
    ) or _full_name_genitive(tokens, start, k)
    # A determinerless adjective in -er after a noun is a genitive (`ein Gewehr höchster Qualität`).
    bare_genitive = first.tag_ == "ADJA" and first.text.endswith("er") and tokens[start - 1].tag_ == "NN"
    # `der Verkauf seiner Anteile`: a possessive that opens a genitive (the chunker's lexicon lists
    # them: `seines`, `ihrer`…), read like `der`; not `dieses`, `keines`, which are also accusatives.
    genitive_determiner = first.text.lower() in {"des", "eines", "der"} or (
        first.tag_ == "PPOSAT" and first.text.lower() in load_np_lexicon().genitive_determiners
    )
    # `Außerdem gewährt das Emirat X der Firma Y einen Kredit`: a name right after the finite verb is
    # the subject, and `der …` after it the dative object, not a genitive of the name.
    dative_after_subject = (
        first.text.lower() not in {"des", "eines"}
        # a surname the tagger called a noun (`Jonas Pirkner`) ends a name too
        and (tokens[start - 1].tag_ == "NE" or tokens[start - 1].ent_type_ == "PER")
        and prev_np.prep is None
        and prev_np.start > 0
        and first.doc[prev_np.start - 1].tag_ in FINITE
    )
    if genitive_determiner and dative_after_subject:
        return
    if genitive_determiner or np.cases == frozenset({"Gen"}) or postnominal_name or bare_genitive:
        np.genitive_of = len(phrases) - 1
        np.prep = prev_np.prep
    elif prev_np.end - prev_np.start == 1 and start > 0 and _is_name_genitive(tokens[start - 1], first):
        prev_np.genitive_of = len(phrases)
        np.prep, prev_np.prep = prev_np.prep, None
