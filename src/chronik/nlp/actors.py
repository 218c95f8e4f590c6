"""The actor dictionary and the `chronik_actors` component that finds its actors in German text.

The dictionary (`data/actors/*.yml`, schema in `data/actors/README.md`) lists people, organisations,
countries and capitals with their aliases and roles; `data/lexicon/roles.yml` and
`data/lexicon/demonyms.yml` map titles and demonym adjectives to roles and countries. Everything here
is pure data access, so the extraction layer can resolve "der russische Präsident" with
`ActorDictionary.resolve_title("Präsident", "RU", on_date)`.

Matching works on "pieces": tokens split at hyphens, case- and diacritic-folded, so `Kim Jong-un`,
`Kim Jong Un` and `Kim-Jong-Un` are one alias whatever the tokenizer did with the hyphen. A match
must start and end at token boundaries (`Putin-Regierung` is not Putin). The last piece may carry a
genitive `-s`/`-es` (`Putins`, `Russlands`, `des Weißen Hauses`); adjectives inside multi-word names
inflect (`der Vereinigten Staaten`). Acronyms (`EU`, `AP`, `WHO`) match in their exact case, other
capitalised alias words only capitalised.

Surnames alone link only when safe. An entry's `surnames` link anywhere when it says
`surname_unique: true` (`Putin`, `Selenskyj`); otherwise (`Kim`, a very common Korean surname, or
`Li`, `Johnson`) a bare surname links only when the same document names exactly one dictionary person
with that surname in full. A surname right next to another name word (`Kim Young-ho`,
`Melania Trump`) never links.

Dictionary matches win over statistical entities they overlap, except when a statistical entity
strictly contains the match (`Universität Moskau`): then the longer name stays and, when it has the
same label and the match was a full alias (`Präsident Wladimir Putin` tagged PER), it takes the link.
One exception: a dictionary place ending a person's name of at least two words is cut off it (`besucht
Präsident Karl Brenner Wien`, tagged as one PER: the recogniser ran the destination into the name);
a single name word before it stays a name (`Jack London`).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

import yaml
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from chronik.core.datafiles import YAML_LOADER
from chronik.core.errors import ConfigError
from chronik.nlp.token_table import string_columns

DATA_DIR = Path(__file__).resolve().parents[1] / "data"
ACTORS_DIR = DATA_DIR / "actors"
LEXICON_DIR = DATA_DIR / "lexicon"

ACTOR_TYPES = ("person", "organisation", "country", "location")
# Entity labels as the statistical recogniser uses them.
LABELS = {"person": "PER", "organisation": "ORG", "country": "LOC", "location": "LOC"}
ADJECTIVE_ENDINGS = ("em", "en", "er", "es", "e")
NOUN_ENDINGS = ("innen", "in", "en", "n", "s", "e")
GENITIVE_ENDINGS = ("es", "s")
HYPHENS = "-‐‑–"
NAME_TAGS = frozenset({"NE", "FM"})
_FOLD_TABLE = str.maketrans({"ß": "ss", "ẞ": "ss", "’": "'", "‘": "'", "`": "'", "‐": "-", "‑": "-"})
_ALIAS_TOKEN = re.compile(r"[^\W_]+(?:[.'’][^\W_]+)*\.?|[^\w\s]")


# ---------------------------------------------------------------------------- data classes


@dataclass(frozen=True)
class Role:
    """One period in which an actor held a role; dates are ISO strings, possibly partial ("2024-10")."""

    role: str
    of: str
    title_de: str = ""
    body: str | None = None
    start: str | None = None
    end: str | None = None
    approx: bool = False

    def active_on(self, day: str | None) -> bool:
        """Held on `day` (ISO date); with None: held now, i.e. no end date is known."""
        if day is None:
            return self.end is None
        if self.start is not None and day < _lower_bound(self.start):
            return False
        return self.end is None or day < _upper_bound(self.end)


@dataclass(frozen=True)
class Actor:
    """An entry of the actor dictionary."""

    id: str
    type: str
    name: str
    aliases: tuple[str, ...] = ()
    country: str | None = None
    roles: tuple[Role, ...] = ()
    wikidata: str | None = None
    surnames: tuple[str, ...] = ()
    surname_unique: bool = False
    kind: str | None = None
    capital_of: str | None = None
    capital: str | None = None
    metonym: bool = False
    part_of: str | None = None
    # An article and an ordinary word that name the entry only so (the word capitalised, the article in
    # any case) in a sentence naming another party: `der Linken` beside the SPD, not `die linke Hand`, not
    # `die Linken` (leftists at large).
    article_aliases: tuple[str, ...] = ()

    @property
    def label(self) -> str:
        """The entity label of this actor's mentions (PER, ORG or LOC)."""
        return LABELS[self.type]

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass(frozen=True)
class TitleSense:
    """What a title noun names: its roles (usual first), and whose office when the title says so."""

    title: str
    roles: tuple[str, ...]
    of: str | None = None
    body: str | None = None
    former: bool = False
    feminine: bool = False

    @property
    def role(self) -> str:
        return self.roles[0]


@dataclass(frozen=True)
class Match:
    """A dictionary match over tokens [start, end); `surname` when only a surname matched."""

    start: int
    end: int
    actor_id: str
    surname: bool = False


@dataclass
class _Node:
    children: dict[str, _Node] = field(default_factory=dict)
    # (actor id, the alias pieces as written, surname?, inflectable?)
    entries: list[tuple[str, tuple[str, ...], bool, bool]] = field(default_factory=list)


# ---------------------------------------------------------------------------- pure helpers


@lru_cache(maxsize=1 << 17)
def fold(text: str) -> str:
    """Case- and accent-free form used for every comparison: `Türkei`, `Tuerkei`, `TURKEI` fold alike."""
    text = unicodedata.normalize("NFKD", text.translate(_FOLD_TABLE).lower())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    # German ASCII spellings (ae, oe, ue) and the umlaut stripped above must meet.
    return text.replace("ae", "a").replace("oe", "o").replace("ue", "u")


def split_pieces(text: str) -> list[str]:
    """A token's text split at hyphens; a bare hyphen or dash yields no piece."""
    return [p for p in re.split(f"[{HYPHENS}]", text) if p]


def alias_pieces(alias: str) -> list[str]:
    """An alias as the pieces a document would show: words, hyphen parts and punctuation marks."""
    pieces: list[str] = []
    for token in _ALIAS_TOKEN.findall(alias):
        pieces.extend(split_pieces(token))
    return pieces


@lru_cache(maxsize=1 << 17)
def piece_key(piece: str) -> str:
    """Trie key of a piece: folded, without a trailing full stop (`II.` and `II` alike)."""
    key = fold(piece)
    return key.rstrip(".") or key


def _is_acronym(piece: str) -> bool:
    letters = [ch for ch in piece if ch.isalpha()]
    return len(letters) >= 2 and all(ch.isupper() for ch in letters)


def case_fits(alias_piece: str, doc_piece: str) -> bool:
    """Acronyms need their exact case, capitalised words a capital; lower-case alias words anything.
    Short words keep their accents: `Malé` is not `Male`."""
    if len(alias_piece) < 6 and not alias_piece.isascii() and doc_piece.lower() != alias_piece.lower():
        return False
    if _is_acronym(alias_piece):
        return doc_piece.rstrip(".") == alias_piece.rstrip(".")
    if alias_piece[:1].isupper():
        return doc_piece[:1].isupper()
    return True


def adjective_variants(piece: str) -> list[str]:
    """Inflected forms of a capitalised adjective inside a multi-word name (`Vereinigte` → `Vereinigten`)."""
    if len(piece) < 4 or not piece[:1].isupper():
        return [piece]
    for ending in ("es", "er", "en", "e"):
        if piece.endswith(ending):
            stem = piece[: -len(ending)]
            return [stem + e for e in ADJECTIVE_ENDINGS]
    return [piece]


def _as_date(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, dt.date):
        return value.isoformat()[:10]
    text = str(value).strip()
    if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", text):
        raise ConfigError(f"bad date {value!r} in the actor dictionary (want YYYY, YYYY-MM or YYYY-MM-DD)")
    return text


def _lower_bound(partial: str) -> str:
    return (partial + "-01-01")[:10] if len(partial) == 4 else (partial + "-01")[:10]


def _upper_bound(partial: str) -> str:
    """Exclusive upper bound: the day itself ends a full date; a month or year ends after it."""
    if len(partial) == 10:
        return partial
    if len(partial) == 4:
        return f"{int(partial) + 1:04d}-01-01"
    year, month = int(partial[:4]), int(partial[5:7])
    return f"{year + (month == 12):04d}-{month % 12 + 1:02d}-01"


def normalise_day(day: str | dt.date | None) -> str | None:
    """An ISO day for comparisons; partial dates mean their first day."""
    if day is None:
        return None
    text = _as_date(day)
    return _lower_bound(text) if text else None


# ---------------------------------------------------------------------------- loading


def _read_yaml(path: Path) -> Any:
    try:
        return yaml.load(path.read_text(encoding="utf-8"), Loader=YAML_LOADER)
    except (OSError, yaml.YAMLError) as err:
        raise ConfigError(f"{path}: {err}") from err


def _actor_from(entry: Mapping[str, Any], where: str, known_roles: set[str]) -> Actor:
    try:
        actor_id, kind, name = str(entry["id"]), str(entry["type"]), str(entry["name"])
    except KeyError as err:
        raise ConfigError(f"{where}: entry without {err.args[0]!r}: {dict(entry)}") from err
    if kind not in ACTOR_TYPES:
        raise ConfigError(f"{where}: {actor_id}: type {kind!r} is not one of {ACTOR_TYPES}")
    roles = []
    for raw in entry.get("roles") or ():
        role = str(raw.get("role", ""))
        if known_roles and role not in known_roles:
            raise ConfigError(f"{where}: {actor_id}: unknown role {role!r} (see lexicon/roles.yml)")
        if "of" not in raw:
            raise ConfigError(f"{where}: {actor_id}: role {role!r} without 'of'")
        roles.append(
            Role(
                role=role,
                of=str(raw["of"]),
                title_de=str(raw.get("title_de") or ""),
                body=raw.get("body"),
                start=_as_date(raw.get("start")),
                end=_as_date(raw.get("end")),
                approx=bool(raw.get("approx", False)),
            )
        )
    return Actor(
        id=actor_id,
        type=kind,
        name=name,
        aliases=tuple(str(a) for a in entry.get("aliases") or ()),
        country=entry.get("country"),
        roles=tuple(roles),
        wikidata=entry.get("wikidata"),
        surnames=tuple(str(s) for s in entry.get("surnames") or ()),
        surname_unique=bool(entry.get("surname_unique", False)),
        kind=entry.get("kind"),
        capital_of=entry.get("capital_of"),
        capital=entry.get("capital"),
        metonym=bool(entry.get("metonym", False)),
        part_of=entry.get("part_of"),
        article_aliases=tuple(str(a) for a in entry.get("article_aliases") or ()),
    )


def _forms(lemma: str, endings: Iterable[str]) -> Iterator[str]:
    yield lemma
    for ending in endings:
        yield lemma + ending


_TITLE_WORDS_KEPT = 10_000  # words whose title sense is kept


class ActorDictionary:
    """The actors, titles and demonyms, with lookups that are pure functions of the data."""

    def __init__(
        self,
        actors: Iterable[Actor],
        titles: Iterable[Mapping[str, Any]] = (),
        demonyms: Mapping[str, Any] | None = None,
        roles: Mapping[str, str] | None = None,
        former_markers: Iterable[str] = (),
        honorifics: Iterable[str] = (),
        name_particles: Mapping[str, Iterable[str]] | None = None,
    ) -> None:
        self.actors: dict[str, Actor] = {}
        for actor in actors:
            if actor.id in self.actors:
                raise ConfigError(f"actor id {actor.id!r} is defined twice")
            self.actors[actor.id] = actor
        self.roles = dict(roles or {})
        self.former_markers = frozenset(fold(w) for w in former_markers)
        self.honorifics = frozenset(fold(w) for w in honorifics)
        particles = name_particles or {}
        self.name_particles = {
            kind: frozenset(particles.get(kind) or ()) for kind in ("foreign", "ambiguous", "inner", "joined")
        }
        self._by_alias: dict[str, set[str]] = defaultdict(set)
        for actor in self.actors.values():
            for name in actor.names:
                self._by_alias[self._alias_key(name)].add(actor.id)
        # `article_aliases`: (article lower-case, word as written) → the entry's id.
        self.article_aliases = {
            (alias.split()[0].lower(), alias.split()[-1]): a.id
            for a in self.actors.values()
            for alias in a.article_aliases
        }
        self._titles: dict[str, TitleSense] = {}
        for entry in titles:
            self._add_title(entry)
        self._demonyms: dict[str, set[str]] = defaultdict(set)
        self._ambiguous_demonyms: set[str] = set()
        self._demonym_nouns: dict[str, set[str]] = defaultdict(set)
        if demonyms:
            self._add_demonyms(demonyms)
        self._trie: _Node | None = None
        self._title_senses: dict[str, TitleSense | None] = {}  # role_of_title's answers, by word

    # -- lookups by id and name

    def get(self, actor_id: str) -> Actor | None:
        return self.actors.get(actor_id)

    def __len__(self) -> int:
        return len(self.actors)

    def __iter__(self) -> Iterator[Actor]:
        return iter(self.actors.values())

    def country(self, code: str) -> Actor | None:
        """The country entry for an ISO code."""
        return self.actors.get(f"country:{code.upper()}")

    @staticmethod
    def _alias_key(text: str) -> str:
        return " ".join(piece_key(p) for p in alias_pieces(text))

    def by_alias(self, text: str) -> tuple[Actor, ...]:
        """Actors one of whose names is `text` (folded; a genitive -s/-es is tried too)."""
        key = self._alias_key(text)
        ids = self._by_alias.get(key)
        if not ids:
            for ending in GENITIVE_ENDINGS:
                if key.endswith(ending) and (ids := self._by_alias.get(key[: -len(ending)])):
                    break
        return tuple(self.actors[i] for i in sorted(ids or ()))

    def holders(self, role: str, of: str, on_date: str | dt.date | None = None) -> tuple[Actor, ...]:
        """Who held `role` of `of` (ISO country code or organisation id) on `on_date` (None: now)."""
        of = of.removeprefix("country:")
        day = normalise_day(on_date)
        found = [
            (r.start or "", actor)
            for actor in self.actors.values()
            for r in actor.roles
            if r.role == role and of in (r.of, r.body) and r.active_on(day)
        ]
        seen: dict[str, Actor] = {}
        for _, actor in sorted(found, key=lambda pair: pair[0], reverse=True):
            seen.setdefault(actor.id, actor)
        return tuple(seen.values())

    def resolve_title(
        self, title: str, of: str | None = None, on_date: str | dt.date | None = None
    ) -> tuple[Actor, ...]:
        """Holders of what `title` names, trying the title's roles in order; `of` overrides the title's."""
        sense = self.role_of_title(title)
        if sense is None:
            return ()
        whose = sense.body or sense.of if of is None else of
        if whose is None:
            return ()
        for role in sense.roles:
            found = self.holders(role, whose, on_date)
            if found:
                return found
        return ()

    # -- titles

    def _add_title(self, entry: Mapping[str, Any]) -> None:
        title = str(entry["title"])
        roles = tuple(str(r) for r in entry.get("roles") or ())
        if not roles:
            raise ConfigError(f"roles.yml: title {title!r} has no roles")
        unknown = [r for r in roles if self.roles and r not in self.roles]
        if unknown:
            raise ConfigError(f"roles.yml: title {title!r} names unknown roles {unknown}")
        base = TitleSense(title, roles, entry.get("of"), entry.get("body"))
        # Adjective nouns (Außenbeauftragter) inflect like adjectives, the others take -s/-n/-en.
        endings = ("s", "es", "n", "en")
        stem = title[:-2] if title.endswith("er") and entry.get("feminine", "").endswith("e") else title
        for form in _forms(title, endings):
            self._titles.setdefault(fold(form), base)
        if stem != title:
            for form in _forms(stem, ADJECTIVE_ENDINGS):
                self._titles.setdefault(fold(form), base)
        feminine = entry.get("feminine")
        if feminine:
            fem = TitleSense(title, roles, base.of, base.body, feminine=True)
            for form in _forms(str(feminine), ("nen", "n")):
                self._titles.setdefault(fold(form), fem)

    def _affiliation(self, prefix: str) -> tuple[str | None, str | None]:
        """(of, body) that a compound's first part names: `US` → US, `Kreml` → (RU, org:kreml)."""
        actors = self.by_alias(prefix)
        if len(actors) != 1:
            return None, None
        actor = actors[0]
        if actor.type == "country":
            return actor.country, None
        if actor.type == "organisation" and actor.country:
            return actor.country, actor.id
        if actor.type == "organisation":
            return actor.id, None
        return None, None

    def role_of_title(self, word: str) -> TitleSense | None:
        """The sense of a title noun in any case and number; hyphenated and closed compounds whose
        first part names a known actor (US-Präsident, Nato-Generalsekretär, Kremlchef) carry it in `of`.
        Each word is read once (the dictionary does not change; a sense is frozen)."""
        known = self._title_senses
        if word in known:
            return known[word]
        if len(known) >= _TITLE_WORDS_KEPT:
            known.clear()
        sense = known[word] = self._role_of_title(word)
        return sense

    def _role_of_title(self, word: str) -> TitleSense | None:
        word = word.strip().strip(".,;:!?\"'„“”»«()")
        if not word:
            return None
        sense = self._titles.get(fold(word))
        if sense is not None:
            return sense
        parts = split_pieces(word)
        if len(parts) > 1:
            head = self.role_of_title(parts[-1])
            if head is None:
                return None
            prefix = parts[:-1]
            former = head.former
            if fold(prefix[0]) in self.former_markers:
                former, prefix = True, prefix[1:]
            of, body = (None, None)
            if prefix:
                of, body = self._affiliation("-".join(prefix))
                if of is None:
                    return None  # Vize-Präsident, Ober-Befehlshaber: not the title's own role
            return TitleSense(head.title, head.roles, head.of or of, head.body or body, former, head.feminine)
        # A closed compound: Exkanzler, Natochef.
        folded = fold(word)
        for cut in range(2, len(word) - 2):
            rest = folded[cut:]
            if rest in self._titles:
                prefix_text = word[:cut]
                head = self._titles[rest]
                if fold(prefix_text) in self.former_markers:
                    return TitleSense(head.title, head.roles, head.of, head.body, True, head.feminine)
                of, body = self._affiliation(prefix_text)
                if of is not None:
                    return TitleSense(
                        head.title, head.roles, head.of or of, head.body or body, False, head.feminine
                    )
        return None

    def is_former_marker(self, word: str) -> bool:
        """`ehemalige`, `früheren`, `Ex`: words that make a title mean a former holder."""
        folded = fold(word)
        return folded in self.former_markers or any(
            folded == fold(m) + e for m in self.former_markers for e in ADJECTIVE_ENDINGS
        )

    def is_honorific(self, word: str) -> bool:
        return fold(word) in self.honorifics or fold(word).rstrip("n") in self.honorifics

    # -- demonyms

    def _add_demonyms(self, data: Mapping[str, Any]) -> None:
        for code, words in (data.get("adjectives") or {}).items():
            for word in words:
                self._demonyms[fold(word)].add(str(code))
        for actor_id, words in (data.get("organisations") or {}).items():
            for word in words:
                self._demonyms[fold(word)].add(str(actor_id))
        self._ambiguous_demonyms = {fold(w) for w in data.get("ambiguous") or ()}
        for code, words in (data.get("nouns") or {}).items():
            for word in words:
                self._demonym_nouns[fold(word)].add(str(code))

    def _demonym_lookup(self, word: str) -> set[str]:
        folded = fold(word)
        for candidate in (folded, *(folded[: -len(e)] for e in ADJECTIVE_ENDINGS if folded.endswith(e))):
            if candidate in self._ambiguous_demonyms:
                return set()
            if candidate in self._demonyms:
                return self._demonyms[candidate]
        for candidate in (folded, *(folded[: -len(e)] for e in NOUN_ENDINGS if folded.endswith(e))):
            if candidate in self._demonym_nouns:
                return self._demonym_nouns[candidate]
            if folded.endswith("in") and candidate + "e" in self._demonym_nouns:
                return self._demonym_nouns[candidate + "e"]  # `Schwedin` of `Schwede`
        return set()

    def countries_of_demonym(self, word: str) -> tuple[str, ...]:
        """Countries (or organisation ids) an adjective or person noun names; `russisch-chinesischen`
        names two. Ambiguous demonyms (koreanisch) name none."""
        found = self._demonym_lookup(word)
        if len(found) == 1:
            return tuple(found)
        if found:
            return ()
        parts = split_pieces(word)
        if len(parts) < 2:
            return ()
        codes: list[str] = []
        for part in parts:
            single = self._demonym_lookup(part)
            if len(single) != 1:
                return ()
            codes.extend(single)
        return tuple(dict.fromkeys(codes))

    def country_of_demonym(self, word: str) -> str | None:
        """The one country an adjective or person noun names (`nordkoreanischen` → KP), else None."""
        found = self.countries_of_demonym(word)
        return found[0] if len(found) == 1 else None

    # -- the matcher's index

    @property
    def trie(self) -> _Node:
        if self._trie is None:
            self._trie = self._build_trie()
        return self._trie

    def _build_trie(self) -> _Node:
        root = _Node()

        def add(pieces: Sequence[str], actor_id: str, surname: bool, inflect: bool) -> None:
            node = root
            for piece in pieces:
                node = node.children.setdefault(piece_key(piece), _Node())
            node.entries.append((actor_id, tuple(pieces), surname, inflect))

        for actor in self.actors.values():
            for name in dict.fromkeys(actor.names):
                pieces = alias_pieces(name)
                if not pieces:
                    continue
                add(pieces, actor.id, False, True)
                if actor.type != "person" and len(pieces) > 1:
                    for variant in _inflected_names(pieces):
                        add(variant, actor.id, False, True)
            for surname in actor.surnames:
                add(alias_pieces(surname), actor.id, True, True)
        return root


def _inflected_names(pieces: Sequence[str]) -> Iterator[list[str]]:
    """Every combination of inflected adjectives before the last piece (few: names are short)."""
    options = [adjective_variants(p) for p in pieces[:-1]]
    combos: list[list[str]] = [[]]
    for choices in options:
        combos = [[*c, choice] for c in combos for choice in choices]
    for combo in combos:
        if combo != list(pieces[:-1]):
            yield [*combo, pieces[-1]]


def load_actor_dictionary(actors_dir: str | None = None, lexicon_dir: str | None = None) -> ActorDictionary:
    """Read every `*.yml` of the actors folder plus the role and demonym lexicons; cached per folder
    (the shipped folders however they are named: the pipeline's component and extraction share one)."""
    return _actor_dictionary(str(actors_dir or ACTORS_DIR), str(lexicon_dir or LEXICON_DIR))


@cache
def _actor_dictionary(actors_dir: str, lexicon_dir: str) -> ActorDictionary:
    adir, ldir = Path(actors_dir), Path(lexicon_dir)
    role_data = _read_yaml(ldir / "roles.yml") if (ldir / "roles.yml").is_file() else {}
    known_roles = set((role_data.get("roles") or {}).keys())
    actors: list[Actor] = []
    files = sorted(adir.glob("*.yml"))
    if not files:
        raise ConfigError(f"no actor dictionary files in {adir}")
    for path in files:
        data = _read_yaml(path)
        if not isinstance(data, dict) or not isinstance(data.get("entries"), list):
            raise ConfigError(f"{path}: want a mapping with an 'entries' list")
        actors.extend(_actor_from(e, path.name, known_roles) for e in data["entries"])
    demonyms = _read_yaml(ldir / "demonyms.yml") if (ldir / "demonyms.yml").is_file() else None
    return ActorDictionary(
        actors,
        titles=role_data.get("titles") or (),
        demonyms=demonyms,
        roles=role_data.get("roles") or {},
        former_markers=role_data.get("former_markers") or (),
        honorifics=role_data.get("honorifics") or (),
        name_particles=role_data.get("name_particles") or {},
    )


# ---------------------------------------------------------------------------- matching


@lru_cache(maxsize=1 << 17)
def _token_pieces(text: str) -> tuple[str, ...]:
    return tuple(split_pieces(text))


def _doc_pieces(doc: Doc, texts: Sequence[str]) -> list[tuple[str, int, bool, bool]]:
    """(piece text, token index, starts its token, ends its token) for every piece of the doc
    (`texts`: its token texts)."""
    out: list[tuple[str, int, bool, bool]] = []
    spaces = doc.to_array("IS_SPACE").tolist() if len(doc) else []
    for i, text in enumerate(texts):
        if spaces[i]:
            continue
        parts = _token_pieces(text)
        for k, part in enumerate(parts):
            out.append((part, i, k == 0, k == len(parts) - 1))
        if not parts:
            out.append(("", i, True, True))  # a bare dash: matches nothing, ends every walk
    return out


def find_matches(
    doc: Doc, dictionary: ActorDictionary, texts: Sequence[str] | None = None
) -> list[tuple[int, int, set[str], bool]]:
    """Longest dictionary matches, left to right: (start token, end token, actor ids, surname-only);
    `texts`: the doc's token texts, if read."""
    pieces = _doc_pieces(doc, texts if texts is not None else string_columns(doc, ("ORTH",))[0])
    root = dictionary.trie
    found: list[tuple[int, int, set[str], bool]] = []
    p = 0
    while p < len(pieces):
        if not pieces[p][2]:
            p += 1
            continue
        best: tuple[int, set[str], bool] | None = None  # (end piece index, ids, surname)
        node = root
        q = p
        while q < len(pieces) and pieces[q][0]:
            text, _, _, ends_token = pieces[q]
            key = piece_key(text)
            if ends_token:
                # A genitive ending on the last piece: Putins, Russlands, Weißen Hauses.
                for ending in GENITIVE_ENDINGS:
                    stem_node = node.children.get(key[: -len(ending)]) if key.endswith(ending) else None
                    if stem_node is not None and len(key) > len(ending) + 1:
                        hit = _accept(stem_node, pieces[p : q + 1], inflected=True)
                        if hit and (best is None or q >= best[0]):
                            best = (q, *hit)
            child = node.children.get(key)
            if child is None:
                break
            node = child
            if ends_token:
                hit = _accept(node, pieces[p : q + 1], inflected=False)
                if hit:
                    best = (q, *hit)
            q += 1
        if best is None:
            p += 1
            continue
        end_q, ids, surname = best
        found.append((pieces[p][1], pieces[end_q][1] + 1, ids, surname))
        p = end_q + 1
    return found


def _accept(
    node: _Node, doc_pieces: Sequence[tuple[str, int, bool, bool]], inflected: bool
) -> tuple[set[str], bool] | None:
    """Actor ids of the entries at `node` whose case fits the document; full aliases beat surnames."""
    full: set[str] = set()
    surnames: set[str] = set()
    for actor_id, written, surname, inflect in node.entries:
        if inflected and not inflect:
            continue
        if len(written) != len(doc_pieces):
            continue
        if all(case_fits(a, d[0]) for a, d in zip(written, doc_pieces, strict=True)):
            (surnames if surname else full).add(actor_id)
    if full:
        return full, False
    if surnames:
        return surnames, True
    return None


def _name_like(token: Token) -> bool:
    """A neighbouring word that makes a bare surname part of someone else's name."""
    if token.tag_:
        return token.tag_ in NAME_TAGS
    if token.pos_:
        return token.pos_ == "PROPN"
    return token.ent_type_ == "PER"


def dictionary_matches(
    doc: Doc, dictionary: ActorDictionary, link_surnames_in_context: bool = True
) -> list[Match]:
    """The linked actor mentions of `doc`: unambiguous aliases, unique surnames, and surnames the
    document itself disambiguates."""
    texts, lowers = string_columns(doc, ("ORTH", "LOWER"))
    raw = find_matches(doc, dictionary, texts)
    full_ids = {next(iter(ids)) for _, _, ids, surname in raw if not surname and len(ids) == 1}
    matches: list[Match] = []
    for start, end, ids, surname in raw:
        if end - start == 1 and doc[start].tag_ == "ADJA":
            continue  # `Grüne Politiker`: the adjective an alias is made of (`die Grünen`), before a noun
        if not surname:
            if len(ids) == 1:
                matches.append(Match(start, end, next(iter(ids))))
            continue
        before = doc[start - 1] if start > 0 else None
        after = doc[end] if end < len(doc) else None
        if (before is not None and _name_like(before)) or (after is not None and _name_like(after)):
            continue
        unique = [i for i in ids if dictionary.actors[i].surname_unique]
        if len(ids) == 1 and unique:
            matches.append(Match(start, end, unique[0], surname=True))
        elif link_surnames_in_context:
            named = ids & full_ids
            if len(named) == 1:
                matches.append(Match(start, end, next(iter(named)), surname=True))
    if dictionary.article_aliases:
        found = _article_alias_matches(doc, texts, lowers, dictionary, matches)
        matches = sorted(matches + found, key=lambda m: m.start)
    return matches


def _article_alias_matches(
    doc: Doc,
    texts: Sequence[str],
    lowers: Sequence[str],
    dictionary: ActorDictionary,
    matches: Sequence[Match],
) -> list[Match]:
    """A party's `article_aliases` word right after its article and before no noun, in a sentence that
    names another party (a match, or a compound's first part: `SPD-Chef`). `texts` and `lowers`
    are the doc's token texts and lower-case forms."""
    taken = {i for m in matches for i in range(m.start, m.end)}
    found: list[Match] = []
    aliases = dictionary.article_aliases
    for i in range(1, len(texts)):
        actor_id = aliases.get((lowers[i - 1], texts[i]))
        if actor_id is None or i in taken:
            continue
        token = doc[i]
        if token.tag_ == "ADJA":
            continue
        nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if nxt is not None and nxt.tag_ in {"NN", "NE"}:
            continue  # `die Linke Hand`: an adjective before its noun
        sent = token.sent if doc.has_annotation("SENT_START") else doc[:]
        if any(_names_party(dictionary, other, actor_id, matches) for other in sent if other.i != token.i):
            found.append(Match(token.i, token.i + 1, actor_id))
    return found


def _names_party(dictionary: ActorDictionary, token: Token, not_id: str, matches: Sequence[Match]) -> bool:
    """Whether a token is (or its compound starts with) another party's name."""
    for m in matches:
        if m.start <= token.i < m.end:
            actor = dictionary.actors[m.actor_id]
            return actor.kind == "party" and actor.id != not_id
    first = _token_pieces(token.text)[:1]
    return (
        bool(first)
        and len(_token_pieces(token.text)) > 1
        and any(a.kind == "party" and a.id != not_id for a in dictionary.by_alias(first[0]))
    )


def merge_entities(doc: Doc, matches: Sequence[Match], dictionary: ActorDictionary) -> list[Span]:
    """Statistical entities and dictionary matches as one non-overlapping list (see module doc)."""
    statistical = [piece for s in doc.ents for piece in _cut_off_actor_words(doc, s, matches, dictionary)]
    kept: list[Span] = []
    linked_outer: dict[tuple[int, int], str] = {}
    person_starts = {s.start for s in statistical if s.label_ == "PER"}
    for m in matches:
        actor = dictionary.actors[m.actor_id]
        if actor.kind == "party" and m.end in person_starts:
            continue  # `der Grüne Peter Pilz`: the party says who the person is, like a title
        outer = [s for s in statistical if s.start <= m.start and m.end <= s.end and len(s) > m.end - m.start]
        branch = (
            _regional_branch(doc, m, outer[0] if outer else None, dictionary)
            if actor.kind == "party"
            else None
        )
        if branch is not None:
            kept.append(branch)  # `die Berliner SPD`, `die ÖVP Wien`: a branch, not the national party
            continue
        if outer:
            if not m.surname and outer[0].label_ == actor.label:
                linked_outer[(outer[0].start, outer[0].end)] = m.actor_id
            continue
        kept.append(Span(doc, m.start, m.end, label=actor.label, kb_id=m.actor_id))
    result = list(kept)
    for s in statistical:
        if any(s.start < k.end and k.start < s.end for k in kept):
            continue
        kb = linked_outer.get((s.start, s.end))
        result.append(Span(doc, s.start, s.end, label=s.label_, kb_id=kb) if kb else s)
    return sorted(result, key=lambda s: s.start)


def _regional_branch(doc: Doc, m: Match, outer: Span | None, dictionary: ActorDictionary) -> Span | None:
    """A party's regional branch, as an organisation of its own (no link): the party named with a place
    after it, in one name the recogniser found (`die ÖVP Wien`, `der CDU Hamburg`), or after a place's
    capitalised adjective that follows an article (`die Berliner SPD`, `der Tiroler SPÖ`)."""
    if outer is not None and outer.label_ == "ORG" and outer.start == m.start:
        rest = doc[m.end : outer.end]
        if rest and all(t.text[:1].isupper() and t.tag_ in NAME_TAGS for t in rest):
            return Span(doc, outer.start, outer.end, label="ORG")
    if m.start >= 2:
        word, article = doc[m.start - 1], doc[m.start - 2]
        if (
            word.text[:1].isupper()
            and word.text.endswith("er")
            and len(word.text) > 4
            and article.tag_ in {"ART", "APPRART"}
            and not dictionary.role_of_title(word.text)  # `der Bundeskanzler SPD`: no place
            # an adjective, or a word the tagger took for a noun whose stem is a place (`Tiroler`), not a
            # noun of its own (`vom Regierungspartner SPÖ`)
            and (
                word.tag_ == "ADJA"
                or (
                    word.tag_ in {"NN", "NE"}
                    and any(a.type in {"location", "country"} for a in dictionary.by_alias(word.text[:-2]))
                )
            )
        ):
            return Span(doc, m.start - 1, m.end, label="ORG")
    return None


def _cut_off_actor_words(
    doc: Doc, span: Span, matches: Sequence[Match], dictionary: ActorDictionary
) -> list[Span]:
    """A PER span whose last words are a dictionary place, after two or more name words, as the
    person alone (the place comes in as the dictionary match); a span whose first word is a
    dictionary party before two or more name words (`der Grüne Peter Pilz`) as the person after it
    (the party, a title there, is no entity: `merge_entities`); any other span as it is."""
    for m in matches:
        if m.surname:
            continue
        actor = dictionary.actors[m.actor_id]
        if (
            span.label_ == "PER"
            and m.end == span.end
            and m.start - span.start >= 2
            and actor.label == "LOC"
            and all(t.tag_ == "NE" for t in doc[span.start : m.start])
        ):
            return [Span(doc, span.start, m.start, label=span.label_, kb_id=span.kb_id_)]
        if (
            m.start == span.start
            and span.end - m.end >= 2
            and actor.kind == "party"
            and doc[m.end].tag_ == "NE"
            and all(t.text[:1].isupper() for t in doc[m.end : span.end])
        ):
            return [Span(doc, m.end, span.end, label="PER")]
    return [span]


# ---------------------------------------------------------------------------- component


@Language.factory(
    "chronik_actors",
    assigns=["doc.ents", "token.tag", "token.pos", "token.lemma"],
    requires=[],
    default_config={"actors_dir": "", "lexicon_dir": "", "link_surnames_in_context": True},
)
def make_actor_linker(
    nlp: Language, name: str, actors_dir: str, lexicon_dir: str, link_surnames_in_context: bool
) -> ActorLinker:
    return ActorLinker(
        load_actor_dictionary(actors_dir or None, lexicon_dir or None), link_surnames_in_context
    )


class ActorLinker:
    """Sets dictionary actors into `doc.ents` (labels PER/ORG/LOC, `ent.kb_id_` = dictionary id).

    Needs no tags; with STTS tags (or UPOS) it also refuses bare surnames that stand next to another
    name word. Runs after the statistical recogniser and merges with its entities.
    """

    def __init__(self, dictionary: ActorDictionary, link_surnames_in_context: bool = True) -> None:
        self.dictionary = dictionary
        self.link_surnames_in_context = link_surnames_in_context

    def __call__(self, doc: Doc) -> Doc:
        matches = dictionary_matches(doc, self.dictionary, self.link_surnames_in_context)
        doc.ents = join_name_particles(doc, merge_entities(doc, matches, self.dictionary), self.dictionary)
        return doc


def join_name_particles(doc: Doc, ents: Sequence[Span], dictionary: ActorDictionary) -> list[Span]:
    """A person's name and the particle and surname after it as one name (`Faisal | bin Rashed`,
    `Luiz | da | Costa`; `roles.yml` name_particles); the particles are tagged as names (`NE`, lemma
    the word), so no later reader takes `bin` for a verb or `da` for an adverb."""
    particles = dictionary.name_particles
    if not particles["foreign"] and not particles["ambiguous"]:
        return list(ents)
    by_start = {s.start: s for s in ents}
    out: list[Span] = []
    swallowed: set[int] = set()
    for span in ents:
        if span.start in swallowed:
            continue
        end = _particle_surname_end(doc, span, particles, by_start) if span.label_ == "PER" else None
        if end is None:
            out.append(span)
            continue
        swallowed.update(i for i in range(span.end, end) if i in by_start)
        out.append(Span(doc, span.start, end, label="PER"))
    foreign = particles["foreign"] | particles["ambiguous"]
    for span in out:
        if span.label_ != "PER":
            continue
        for tok in span[1:-1]:
            after_particle = tok.text in particles["joined"] and doc[tok.i - 1].text in foreign
            if tok.text in foreign or after_particle:
                tok.tag_, tok.pos_, tok.lemma_ = "NE", "PROPN", tok.text
    return out


def _particle_surname_end(
    doc: Doc, span: Span, particles: Mapping[str, frozenset[str]], by_start: Mapping[int, Span]
) -> int | None:
    """The end of `particle [joined] Surname` right after a person's name, if there is one."""
    i = span.end
    if i + 1 >= len(doc) or doc[i - 1].whitespace_ != " ":
        return None
    word = doc[i].text
    ambiguous = word in particles["ambiguous"]
    if word not in particles["foreign"] and not ambiguous:
        return None
    j = i + 1
    if doc[j].text in particles["joined"] and j + 1 < len(doc) and doc[j - 1].whitespace_ == " ":
        j += 1
    surname = doc[j]
    name_word = surname.text[:1].isupper() and surname.text.replace("-", "").isalpha()
    if doc[j - 1].whitespace_ != " " or not name_word:
        return None
    other = by_start.get(j)
    if other is not None:
        return other.end if other.label_ == "PER" else None
    if surname.ent_type_ or surname.tag_ not in ({"NE", "FM"} if ambiguous else {"NE", "FM", "NN"}):
        return None
    return j + 1
