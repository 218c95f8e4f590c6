"""The frame lexicon: event types, their triggers and how German syntax maps onto their roles.

Read from `data/frames/*.yml` (see the README there); nothing here knows any particular event type.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from chronik.core.datafiles import read_mapping
from chronik.core.errors import ExtractionError

FRAMES_DIR = Path(__file__).resolve().parents[1] / "data" / "frames"
FILLER_KINDS = {"actor", "thing", "place"}


# Verb prefixes and particles: `Überlieferung`, `Ablieferung` are words of their own, not compounds
# of `Lieferung` with a first part that could fill a role.
BOUND_PREFIXES = frozenset(
    [
        "ab",
        "an",
        "auf",
        "aus",
        "be",
        "bei",
        "dar",
        "durch",
        "ein",
        "ent",
        "er",
        "ge",
        "her",
        "hin",
        "los",
        "mit",
        "nach",
        "über",
        "um",
        "un",
        "unter",
        "ver",
        "vor",
        "weg",
        "wider",
        "zer",
        "zu",
        "zurück",
        "zusammen",
    ]
)


def _bound_prefix(first: str) -> bool:
    return first.rstrip("-") in BOUND_PREFIXES


@dataclass(frozen=True)
class VerbTrigger:
    lemmas: frozenset[str]
    active: dict[str, str]
    passive: dict[str, str]
    object_heads: tuple[str, ...] = ()
    not_object_heads: tuple[str, ...] = ()  # an object with such a head (or ending) makes no event
    # If given, the object filling a thing role may be an actor and must be a named entity of these
    # types (not one of the dictionary's states and bodies) or have one of `object_heads`: a company
    # bought (`übernahm die Firma X`, `kaufte Y`), not the responsibility or the chair taken over.
    object_types: frozenset[str] = frozenset()
    subject_heads: tuple[str, ...] = ()  # if given, the subject's head must be (or end in) one of these
    clause_words: tuple[str, ...] = ()  # if given, the clause must hold one of these lemmas (`Verfügung`)
    # A clause holding one of these words (lemma or form, whole words: compounds are listed) uses the
    # verb in another sense (`trifft … hart`, `mit einem Stein getroffen`): no event.
    not_clause_words: tuple[str, ...] = ()
    collective: bool = False  # a plural subject alone is two sides (`die Minister berieten`)
    # An actor phrase headed by one of these plural forms (or a compound ending in one) is two sides
    # or more (`von allen beteiligten Staaten beschlossen`), not one body (`vom Parlament beschlossen`).
    plural_sides: tuple[str, ...] = ()
    needs_context: bool = False
    # With `needs_context`: the words (as the frame's `context`) that license this entry instead of the
    # frame's (charity proceeds: only near donations, not near any gift).
    context: tuple[str, ...] = ()
    reflexive: bool = False
    # With `sich` no event, an idiom (`lieferten sich einen Streit`, `verkauft sich gut`), unless
    # under `lassen` (`ließ sich Waffen liefern`).
    irreflexive: bool = False
    # Only sides the text names count: a plural subject `sich einig` shares an opinion (`Die Experten
    # sind sich einig, dass …`), it makes no agreement.
    named_sides: bool = False
    # Only sides linked to an entity count towards `min_actors`: a dative read from its case alone is
    # no one paid (`gab 185.000 Euro Kapital`, `sollte sie für das Wegwerfen einer Flasche 90 Euro bezahlen`).
    linked_sides: bool = False
    actor_objects: bool = False  # a thing as object or subject makes no event (`eine Entscheidung treffen`)
    person_objects: bool = False  # an object that names no person makes no event (`besuchte Y`: a place)
    # Slots filled only by a phrase naming a person (`beriet beim Präsidenten X`: the host; not
    # `bei der Firma Y`, `bei Wien`); another phrase there fills no role.
    person_slots: frozenset[str] = frozenset()
    only_modalities: tuple[str, ...] = ()
    # `ließ Helfer nach X fliegen`, `die Flüchtlinge einreisen zu lassen`: under `lassen` the
    # accusative object does what the verb says, not the subject.
    causative: bool = False
    implicit: tuple[tuple[str, str], ...] = ()
    min_actors: int = 0
    requires: tuple[str, ...] = ()  # roles that must be filled, or the verb makes no event
    attributes: tuple[tuple[str, str], ...] = ()  # set on its events (`kind: sale`)
    # Slots one of which must name a person or a state one may meet, unless the clause says its
    # subject's sides act on each other (`miteinander`): `sprach mit X` is a talk, `sprach mit der
    # Zeitung Y` an interview, `sprach von X` a statement.
    interlocutors: tuple[str, ...] = ()
    # Prepositions of a topic whose phrase takes an interlocutor's phrase right after it as its own
    # attribute (`sprach über eine Zusammenarbeit mit X`: the cooperation is with X, the talk is not).
    topic_preps: frozenset[str] = frozenset()
    # Only actors from another country than its place make the event, and only a place phrase right
    # after the verb, a time or an adverb (`sagte X am Montag in Y`), not one that may be a noun's
    # attribute (`über die Lage in Y`, `der Botschafter in Y`).
    abroad: bool = False
    # The verb alone is the clause's predicate: no participle, infinitive or adverbial adjective
    # beside it (`war am Montag in Y`, not `ist in Y gestorben`, `ist in Y beliebt`).
    bare: bool = False
    # Participles (`eingeladen`) that, closing an extended attribute before a noun, make a passive
    # clause about it (`die von X eingeladenen Autoren`): the noun fills the passive subject's role.
    attribute_participles: tuple[str, ...] = ()
    # Actors known to come from the place's country are at home there: they fill no role (`war im Mai in Y`).
    not_home: bool = False
    # Named entities of these types fill a place role too (`besuchte die Firma X`: an institution visited).
    place_types: frozenset[str] = frozenset()
    # The frame's `named_actor` level for this entry's events, where it asks more (`strict`: `Mit X wurde
    # vereinbart` only where X is a name or resolved to one, not `mit den Händlern`).
    named_actor: str = ""


@dataclass(frozen=True)
class NounTrigger:
    lemmas: frozenset[str]
    slots: dict[str, str]
    clause_slots: dict[str, str]
    suffix: bool = False
    # Endings of other words that end like a lemma (`Wiedervereinigung`, `Straßenreinigung` are no
    # `Einigung`; `Strompreise`, `Landkreise` no `Reise`): a noun ending so matches no lemma.
    not_compounds: tuple[str, ...] = ()
    exchange: bool = False
    needs_context: bool = False
    requires: tuple[str, ...] = ()  # roles that must be filled, or the noun is no event
    min_actors: int = 0
    attributes: tuple[tuple[str, str], ...] = ()  # set on its events (`kind: aid`)
    # A clause holding one of these words (lemma or form, as for verbs) tells another sense of the noun
    # (`ein gemeinsamer Auftritt bei den Wahlen`: a joint run, no meeting): no event.
    not_clause_words: tuple[str, ...] = ()
    clause_verbs: frozenset[str] = frozenset()  # if given, clause slots apply only beside these verbs
    # … or in a phrase of these prepositions holding the noun (`auf Einladung von X kamen Y und Z`)
    clause_preps: frozenset[str] = frozenset()
    # … or as the genitive of a phrase headed by one of these (`am Rande des Gipfels in Y sagte X`)
    occasion_heads: frozenset[str] = frozenset()
    # Clause slots that apply only there, in a phrase of `clause_preps` (`auf Einladung von X kamen Y in Z
    # zusammen`: Z is where they came; not where one accepts an invitation, `nahm in Z die Einladung an`)
    prep_clause_slots: dict[str, str] = field(default_factory=dict)
    # Prepositions whose phrase, holding the noun, makes the clause's subject its actor and a
    # genitive after it no actor (`X ist zu einem Besuch der Truppen in Y`: X visits).
    subject_preps: frozenset[str] = frozenset()
    # If given, the noun's genitive attribute must have such a head (or ending): what is signed
    # (`die Unterzeichnung des Abkommens`, not `des Gesetzes`).
    object_heads: tuple[str, ...] = ()
    # If given, the attribute filling a thing role may be an actor and must be a named entity of these
    # types (not one of the dictionary's) or have one of `object_heads`, as for verbs: a company sold
    # or taken over (`der Verkauf der Firma X`, `die Übernahme von X`), not the costs or the rules.
    object_types: frozenset[str] = frozenset()
    not_object_heads: tuple[str, ...] = ()  # an attribute with such a head (or ending) is no such item
    # Verbs beside which the clause slots apply as beside `clause_verbs`, but of a thing made before
    # that its sides keep or carry out (`X hält das Abkommen mit Y ein`: X is the other side); no sides
    # of talks just told are taken for it (`Das Abkommen von 1990 müsse umgesetzt werden`).
    keeping_verbs: frozenset[str] = frozenset()
    # Verbs that, in the noun's clause, say the thing is ended or merely held, not made (`kündigte
    # den Vertrag mit X`, `löste ihre Mietverträge`): no event.
    not_clause_verbs: frozenset[str] = frozenset()
    # A counted noun (`zwei Vereinbarungen mit X`, `32 Staatsverträge`) is a tally, no event, unless
    # one of its `clause_verbs` stands beside it (`schlossen drei Abkommen`).
    not_counted: bool = False
    # True: the noun makes an event (from this entry) only as the object, in no prepositional phrase,
    # of one of its `clause_verbs` (`X sprach Y eine Einladung aus`, not `X sprach sich für eine
    # Einladung an Y aus`).
    object_of_clause_verbs: bool = False
    # Prepositions whose phrase, holding the noun, makes it an interview unless its `mit` partner is
    # a person or a state (`sagte X im Gespräch mit der Zeitung Y`).
    interview_preps: frozenset[str] = frozenset()
    # Prepositions whose phrase after the noun, naming a place that is no country, says where the
    # event is, not who takes part (`der Gipfel von Lissabon`).
    place_preps: frozenset[str] = frozenset()
    members: str | None = None  # the role the noun itself fills as a body of members (`Ministerrat`)
    preps: frozenset[str] = frozenset()  # if given, `members` only in a phrase of these (`beim`, `nach dem`)
    # In a phrase of these prepositions a body's meeting (`beim EU-Gipfel`) has the person its clause
    # is about among those present (`X will beim EU-Gipfel seine Forderungen durchsetzen`).
    attendee_preps: frozenset[str] = frozenset()
    # The role of the people and states a clause places at the noun in a phrase of `attendee_preps`
    # (`X hatte bei der Konferenz argumentiert`, `auf der Klimakonferenz forderte Y`): each mention
    # names one attendee; the mentions of one conference in an article pool them.
    attendees: str | None = None
    # Verbs by which the clause's subject takes part in the noun's event, as a phrase of
    # `attendee_preps` places it there (`X nahm am Treffen der Außenminister teil`).
    attendance_verbs: frozenset[str] = frozenset()
    # True: the people the noun's own attributes name host it (`der Empfang des Präsidenten X`): whom
    # the clause places there (`attendee_preps`) is their guest and meets them.
    hosted: bool = False
    # Plural heads (or their endings) of a genitive naming holders of one office in several bodies
    # (`der Außenminister`, `der Regierungschefs`, `der Sozialpartner`): several sides in one phrase,
    # met by whom the clause places at the noun (`attendee_preps`, `attendance_verbs`).
    plural_sides: tuple[str, ...] = ()
    clause_words: frozenset[str] = frozenset()  # if given, the clause must hold one of these lemmas
    implicit: tuple[tuple[str, str], ...] = ()  # an unsaid role: `subject`, the person talked about
    # An extended attribute before the noun whose participle starts with one of these is a passive
    # clause about it (`das von X und Y unterzeichnete Abkommen`); its phrases fill `attribute_slots`.
    attribute_participles: tuple[str, ...] = ()
    attribute_slots: dict[str, str] = field(default_factory=dict)
    # Only with such an attribute is the noun an event (`der mit X ausgehandelte Kompromiss`, not
    # `der Kompromiss`).
    attribute_only: bool = False
    # Slots that take another role where a genitive attribute (or `dessen`, `deren`) names the noun's
    # `gen` role already: `die Übernahme des Kartendienstes von X`, `dessen Verkauf von X`: X sells.
    slots_after_genitive: dict[str, str] = field(default_factory=dict)
    # Event types whose people, where the noun names no side and its `side` role is implicit, are its
    # sides when one was told just before (`X lud Y nach Wien ein. Das Treffen soll im Mai stattfinden`).
    parties_from: frozenset[str] = frozenset()
    # If given, the noun's actors (its owner, genitive or the clause's subject) must be headed by (or,
    # a person, bear the title of) one of these: `bei seiner Ankunft in Y` tells a visit of an office-holder.
    subject_heads: tuple[str, ...] = ()
    # If given, a `poss` slot of a thing role applies only in a phrase of these prepositions: `bei ihrem
    # Verkauf an Y` (the company sold), not `steigerte ihren Verkauf an Y` (its sales).
    poss_preps: frozenset[str] = frozenset()
    # Only its actors from another country than its place make the event (`sagte X bei einer
    # Pressekonferenz in Y`: X came to Y only where X is from elsewhere).
    abroad: bool = False
    # Roles the sides the noun names fill in turn, in the order the text names them: its actor slots
    # and the genitive attributes of what it is of (`der Tausch von Anteilen der X und der Y`: X
    # hands over, Y receives).
    sides_in_turn: tuple[str, ...] = ()
    _bases: tuple[tuple[str, str], ...] = field(default=(), init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        # The bases longest first, each with its lower-case form, sorted once instead of per noun.
        ordered = tuple((b, b.lower()) for b in sorted(self.lemmas, key=len, reverse=True))
        object.__setattr__(self, "_bases", ordered)

    def matches(self, lemma: str) -> str | None:
        """The trigger lemma `lemma` matches (itself, or as the head of a compound), else None."""
        low = lemma.lower()
        if self.not_compounds and low.endswith(self.not_compounds):
            return None
        # The longest base first: `Gewehraustausch` is Gewehr + Austausch, not Gewehraus + Tausch.
        for base, b in self._bases:
            if low == b:
                return base
            compound = self.suffix and len(low) > len(b) + 2 and low.endswith(b)
            if compound and not _bound_prefix(low[: -len(b)]):
                return base
        return None


@dataclass(frozen=True)
class Frame:
    type: str
    plover: str | None
    roles: dict[str, str]
    verbs: tuple[VerbTrigger, ...]
    nouns: tuple[NounTrigger, ...]
    context: tuple[str, ...] = ()
    context_window: int = 2
    absorbs: dict[str, dict[str, str]] = field(default_factory=dict)
    # Another type an actor of this event makes where it happens away from the actor's country
    # (`{type: visit, actor: visitor, place: destination}`: a meeting abroad is a visit).
    away: dict[str, str] = field(default_factory=dict)
    # Titles (lemmas) of people who live where they serve (`Botschafter`): never away from home.
    resident_titles: frozenset[str] = frozenset()
    # Another type the named people of one event make together (`{type: meeting, actor: participant,
    # place: place}`: two people visiting a place on the same occasion meet there).
    together: dict[str, str] = field(default_factory=dict)
    implicit: dict[str, str] = field(default_factory=dict)
    # Events of another type whose actors are the sides an unsaid one takes (`{type: meeting, actor:
    # participant}`: `X verhandelte mit Y. Vereinbart wurde …`), for triggers with `implicit: talks`.
    talks: dict[str, str] = field(default_factory=dict)
    # Verbs by which a side seeks an agreement of its own (`X schlug vor zu prüfen, ob mit Y ein Abkommen
    # geschlossen werden kann`): for triggers with `implicit: talks`, an agentless passive naming one side
    # in a clause these govern has the governing clause's subject as the other side (inferred).
    proposers: frozenset[str] = frozenset()
    # Verbs by which a side tells of an agreement of its own (`X teilte mit, mit Y sei … vereinbart
    # worden`): as `proposers`, for a clause these govern in reported speech (`dass`, the subjunctive).
    announcers: frozenset[str] = frozenset()
    source: str = ""
    yields_to: tuple[str, ...] = ()  # types whose event on the same trigger word replaces this one
    excluded_actor_kinds: frozenset[str] = frozenset()  # dictionary kinds that never fill its actor roles
    # Entity types that never fill its actor roles (`location`: a sea, region or town does not travel).
    excluded_actor_types: frozenset[str] = frozenset()
    # Head nouns (or compound endings) of unnamed fillers that never fill its actor roles.
    excluded_actor_heads: list[str] = field(default_factory=list)
    strong_verb_lemmas: frozenset[str] = field(default_factory=frozenset)  # need no context
    # No event where the trigger's sentence or the one before reports sport (nouns.yml sports_words,
    # match results): a team's trip to an away match is no visit.
    off_sports: bool = False
    # Word beginnings that, as the trigger word's first part or a word of its clause, say the sides
    # were not together in person (`Telefongespräch`, `telefonisch`, `per Videokonferenz`): no event.
    remote: tuple[str, ...] = ()
    # Slots whose phrase fills its role whatever kind it is (a hand-over's dative is its recipient,
    # `den Dritten`, `dem Museum X`, as much as a named actor).
    any_kind_slots: frozenset[str] = frozenset()
    # Heads of a sum of money: the amount a noun whose own phrase fills a role (noun slot `self`)
    # is said to be (`ein Kredit über 50 Millionen Euro`, `Hilfen in Höhe von zwei Milliarden Dollar`).
    amount_heads: tuple[str, ...] = ()
    # A habitual marker in the trigger's clause (cues/time.yml `habitual`: `jedes Jahr`, `jährlich`)
    # tells of a custom, no single event (`Jährlich werden Schüler eingeladen`).
    single_occasion: bool = False
    # Where an actor role holds a generic crowd (nouns.yml `generic_quantifiers`: `mit zahlreichen
    # Kunden`), the event needs this many other sides, or it is a practice with the crowd, no event
    # (`Lieferverträge mit vielen Partnern`).
    specific_sides: int = 0
    # Which actors an event needs (ANNOTATION: the text names an actor in a main role). `strict`: an
    # actor role filled by a name, or by a pronoun or role noun the article resolves to a named entity
    # (an unresolved `er`, `der Mann`, people at large make none); `specific`: also a role noun that
    # may stand for someone in particular (`der Botschafter`, `Management und Betriebsrat`), not an
    # unresolved pronoun nor a crowd (`zahlreiche Kunden`); '' (default): any filler.
    named_actor: str = ""
    # Roles every event of the frame needs once implicit roles are inferred (`party`: an agreement
    # no side of which is named or inferred, `Verträge wurden abgeschlossen`, tells of no one's).
    requires: tuple[str, ...] = ()


NAMED_ACTOR_LEVELS = ("", "strict", "specific")


def head_is_excluded(head: str, excluded: tuple[str, ...]) -> bool:
    """Whether a head word is (or ends in) one of `not_object_heads`; an entry `=word` takes the
    word alone, not its compounds (`=tor` is a goal, a `Motor` is goods)."""
    return any(head == h[1:] if h.startswith("=") else head.endswith(h) for h in excluded)


def _named_actor(frame: str, value: object) -> str:
    level = "" if value in (None, False) else str(value)
    if level not in NAMED_ACTOR_LEVELS:
        raise ExtractionError(f"frame {frame}: named_actor must be one of strict, specific, not {value!r}")
    return level


def _check_roles(frame: str, roles: dict[str, str], mapping: dict[str, str]) -> dict[str, str]:
    for slot, role in mapping.items():
        if role not in roles and role != "participant":
            raise ExtractionError(f"frame {frame}: slot {slot} names unknown role {role!r}")
    return dict(mapping)


def _roles_in_turn(frame: str, roles: dict[str, str], listed: list[Any]) -> tuple[str, ...]:
    return tuple(_check_roles(frame, roles, {str(k): str(r) for k, r in enumerate(listed)}).values())


def _attributes(trigger: dict[str, Any]) -> tuple[tuple[str, str], ...]:
    return tuple((str(k), str(v)) for k, v in (trigger.get("attributes") or {}).items())


def _role(frame: str, roles: dict[str, str], role: Any, key: str = "members") -> str | None:
    if role is None:
        return None
    if str(role) not in roles:
        raise ExtractionError(f"frame {frame}: `{key}` names unknown role {role!r}")
    return str(role)


def _away(frame: str, data: Any, key: str = "away") -> dict[str, str]:
    if not data:
        return {}
    if not isinstance(data, dict) or set(data) != {"type", "actor", "place"}:
        raise ExtractionError(f"frame {frame}: `{key}` needs exactly `type`, `actor` and `place`")
    return {str(k): str(v) for k, v in data.items()}


def _talks(frame: str, data: Any) -> dict[str, str]:
    if not data:
        return {}
    if not isinstance(data, dict) or set(data) != {"type", "actor"}:
        raise ExtractionError(f"frame {frame}: `talks` needs exactly `type` and `actor`")
    return {str(k): str(v) for k, v in data.items()}


def parse_frame(data: dict[str, Any], source: str = "") -> Frame:
    """Validate one frame definition (a parsed YAML mapping)."""
    try:
        ftype = str(data["type"])
        roles = {str(k): str(v) for k, v in data["roles"].items()}
    except (KeyError, AttributeError) as err:
        raise ExtractionError(f"{source}: a frame needs `type` and `roles`") from err
    bad = {k: v for k, v in roles.items() if v not in FILLER_KINDS}
    if bad:
        raise ExtractionError(f"{source}: unknown filler kinds {bad}; use {sorted(FILLER_KINDS)}")
    roles.setdefault("participant", "actor")
    verbs = tuple(
        VerbTrigger(
            lemmas=frozenset(v["lemmas"]),
            active=_check_roles(ftype, roles, v.get("active", {})),
            passive=_check_roles(ftype, roles, v.get("passive", {})),
            object_heads=tuple(h.lower() for h in v.get("object_heads", [])),
            not_object_heads=tuple(h.lower() for h in v.get("not_object_heads", [])),
            object_types=frozenset(str(t) for t in v.get("object_types", [])),
            subject_heads=tuple(h.lower() for h in v.get("subject_heads", [])),
            clause_words=tuple(w.lower() for w in v.get("clause_words", [])),
            not_clause_words=tuple(w.lower() for w in v.get("not_clause_words", [])),
            collective=bool(v.get("collective", False)),
            plural_sides=tuple(h.lower() for h in v.get("plural_sides", [])),
            needs_context=bool(v.get("needs_context", False)),
            context=tuple(w.lower() for w in v.get("context", [])),
            reflexive=bool(v.get("reflexive", False)),
            irreflexive=bool(v.get("irreflexive", False)),
            named_sides=bool(v.get("named_sides", False)),
            linked_sides=bool(v.get("linked_sides", False)),
            actor_objects=bool(v.get("actor_objects", False)),
            person_objects=bool(v.get("person_objects", False)),
            person_slots=frozenset(str(v) for v in v.get("person_slots", [])),
            only_modalities=tuple(v.get("only_modalities", [])),
            causative=bool(v.get("causative", False)),
            implicit=tuple((str(r), str(how)) for r, how in v.get("implicit", {}).items()),
            min_actors=int(v.get("min_actors", 0)),
            requires=tuple(v.get("requires", [])),
            attributes=_attributes(v),
            interlocutors=tuple(str(slot) for slot in v.get("interlocutors", [])),
            topic_preps=frozenset(str(p).lower() for p in v.get("topic_preps", [])),
            named_actor=_named_actor(ftype, v.get("named_actor")),
            abroad=bool(v.get("abroad", False)),
            bare=bool(v.get("bare", False)),
            attribute_participles=tuple(str(p).lower() for p in v.get("attribute_participles", [])),
            place_types=frozenset(str(t) for t in v.get("place_types", [])),
            not_home=bool(v.get("not_home", False)),
        )
        for v in data.get("verbs", [])
    )
    nouns = tuple(
        NounTrigger(
            lemmas=frozenset(n["lemmas"]),
            slots=_check_roles(ftype, roles, n.get("slots", {})),
            clause_slots=_check_roles(ftype, roles, n.get("clause_slots", {})),
            suffix=bool(n.get("suffix", False)),
            not_compounds=tuple(str(w).lower() for w in n.get("not_compounds", [])),
            exchange=bool(n.get("exchange", False)),
            needs_context=bool(n.get("needs_context", False)),
            requires=tuple(n.get("requires", [])),
            min_actors=int(n.get("min_actors", 0)),
            attributes=_attributes(n),
            clause_verbs=frozenset(str(v).lower() for v in n.get("clause_verbs", [])),
            clause_preps=frozenset(str(v).lower() for v in n.get("clause_preps", [])),
            occasion_heads=frozenset(str(v).lower() for v in n.get("occasion_heads", [])),
            prep_clause_slots=_check_roles(ftype, roles, n.get("prep_clause_slots", {})),
            subject_preps=frozenset(str(v).lower() for v in n.get("subject_preps", [])),
            object_heads=tuple(str(h).lower() for h in n.get("object_heads", [])),
            object_types=frozenset(str(t) for t in n.get("object_types", [])),
            not_object_heads=tuple(str(h).lower() for h in n.get("not_object_heads", [])),
            not_clause_verbs=frozenset(str(v).lower() for v in n.get("not_clause_verbs", [])),
            keeping_verbs=frozenset(str(v).lower() for v in n.get("keeping_verbs", [])),
            not_counted=bool(n.get("not_counted", False)),
            object_of_clause_verbs=bool(n.get("object_of_clause_verbs", False)),
            interview_preps=frozenset(str(v).lower() for v in n.get("interview_preps", [])),
            place_preps=frozenset(str(v).lower() for v in n.get("place_preps", [])),
            members=_role(ftype, roles, n.get("members")),
            preps=frozenset(str(v).lower() for v in n.get("preps", [])),
            attendee_preps=frozenset(str(v).lower() for v in n.get("attendee_preps", [])),
            attendees=_role(ftype, roles, n.get("attendees"), "attendees"),
            attendance_verbs=frozenset(str(v).lower() for v in n.get("attendance_verbs", [])),
            hosted=bool(n.get("hosted", False)),
            plural_sides=tuple(str(h).lower() for h in n.get("plural_sides", [])),
            clause_words=frozenset(str(v).lower() for v in n.get("clause_words", [])),
            not_clause_words=tuple(str(v).lower() for v in n.get("not_clause_words", [])),
            implicit=tuple((str(r), str(how)) for r, how in n.get("implicit", {}).items()),
            attribute_participles=tuple(str(w).lower() for w in n.get("attribute_participles", [])),
            attribute_slots=_check_roles(ftype, roles, n.get("attribute_slots", {})),
            attribute_only=bool(n.get("attribute_only", False)),
            slots_after_genitive=_check_roles(ftype, roles, n.get("slots_after_genitive", {})),
            parties_from=frozenset(str(t) for t in n.get("parties_from", [])),
            subject_heads=tuple(str(h).lower() for h in n.get("subject_heads", [])),
            abroad=bool(n.get("abroad", False)),
            poss_preps=frozenset(str(v).lower() for v in n.get("poss_preps", [])),
            sides_in_turn=_roles_in_turn(ftype, roles, n.get("sides_in_turn", [])),
        )
        for n in data.get("nouns", [])
    )
    return Frame(
        type=ftype,
        plover=data.get("plover"),
        roles=roles,
        verbs=verbs,
        nouns=nouns,
        context=tuple(w.lower() for w in data.get("context", [])),
        context_window=int(data.get("context_window", 2)),
        absorbs={
            str(t): {str(a): str(b) for a, b in (m or {}).items()}
            for t, m in (data.get("absorbs") or {}).items()
        },
        implicit={str(r): str(how) for r, how in (data.get("implicit") or {}).items()},
        away=_away(ftype, data.get("away")),
        resident_titles=frozenset(str(t).lower() for t in data.get("resident_titles", [])),
        together=_away(ftype, data.get("together"), "together"),
        talks=_talks(ftype, data.get("talks")),
        proposers=frozenset(str(v).lower() for v in data.get("proposers", [])),
        announcers=frozenset(str(v).lower() for v in data.get("announcers", [])),
        source=source,
        yields_to=tuple(str(t) for t in data.get("yields_to", [])),
        excluded_actor_kinds=frozenset(str(k) for k in data.get("excluded_actor_kinds", [])),
        excluded_actor_heads=[str(h).lower() for h in data.get("excluded_actor_heads", [])],
        excluded_actor_types=frozenset(str(t) for t in data.get("excluded_actor_types", [])),
        strong_verb_lemmas=frozenset(lemma for v in verbs if not v.needs_context for lemma in v.lemmas),
        off_sports=bool(data.get("off_sports", False)),
        remote=tuple(str(w).lower() for w in data.get("remote", [])),
        any_kind_slots=frozenset(str(s) for s in data.get("any_kind_slots", [])),
        amount_heads=tuple(str(h).lower() for h in data.get("amount_heads", [])),
        requires=tuple(_role(ftype, roles, r, "requires") or "" for r in data.get("requires", [])),
        single_occasion=bool(data.get("single_occasion", False)),
        specific_sides=int(data.get("specific_sides", 0)),
        named_actor=_named_actor(ftype, data.get("named_actor")),
    )


@cache
def load_frames(directory: str = str(FRAMES_DIR)) -> tuple[Frame, ...]:
    """Every frame in the lexicon directory, in file-name order."""
    frames = []
    for path in sorted(Path(directory).glob("*.yml")):
        frames.append(parse_frame(read_mapping(path), source=path.name))
    if not frames:
        raise ExtractionError(f"no frames in {directory}")
    return tuple(frames)
