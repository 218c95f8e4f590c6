"""What extraction asks of the actor dictionary, in one narrow interface over `chronik.nlp.actors`.

Keeping the questions here (is this a name, which country does `russisch` mean, who was Russia's
president on a date) lets the entity and event code stay independent of the dictionary's layout.
"""

from __future__ import annotations

from datetime import date
from functools import cache
from typing import Any

from chronik.core.models import EntityType

HEAD_ROLES = {"head_of_state", "leader"}
LEADER_ROLES = HEAD_ROLES | {"head_of_government"}
TYPE_MAP: dict[str, EntityType] = {
    "person": "person",
    "organisation": "organisation",
    "organization": "organisation",
    "country": "country",
    "location": "location",
    "place": "location",
}


class Actors:
    """Questions about known actors, answered from the actor dictionary."""

    def __init__(self, dictionary: Any) -> None:
        self.d = dictionary

    def _entry(self, kb_id: str | None) -> Any:
        return self.d.get(kb_id) if kb_id else None

    @staticmethod
    def _field(entry: Any, name: str) -> Any:
        if entry is None:
            return None
        if isinstance(entry, dict):
            return entry.get(name)
        return getattr(entry, name, None)

    def kind(self, kb_id: str | None) -> str | None:
        """What kind of actor a dictionary entry is (`news_agency`, `legislature`, …)."""
        value = self._field(self._entry(kb_id), "kind")
        return str(value) if value else None

    def entity_type(self, kb_id: str | None) -> EntityType | None:
        return TYPE_MAP.get(str(self._field(self._entry(kb_id), "type")))

    def name(self, kb_id: str | None) -> str | None:
        value = self._field(self._entry(kb_id), "name")
        return str(value) if value else None

    def country(self, kb_id: str | None) -> str | None:
        value = self._field(self._entry(kb_id), "country")
        return str(value) if value else None

    def titles(self, kb_id: str | None) -> list[str]:
        """The German titles of the offices a dictionary person held (`Präsident`, `Außenminister`)."""
        roles = self._field(self._entry(kb_id), "roles") or ()
        return [str(t).lower() for r in roles if (t := self._field(r, "title_de"))]

    def name_particles(self) -> tuple[frozenset[str], frozenset[str]]:
        """The lower-case particles of surnames (`van`, `bin`, `von`) and the second particles that
        may follow one (`der` of `van der`), from the dictionary's lexicon (roles.yml)."""
        particles = getattr(self.d, "name_particles", None) or {}
        words = frozenset().union(*(particles.get(k, ()) for k in ("foreign", "ambiguous", "inner")))
        return words, frozenset(particles.get("joined", ()))

    def _ids(self, text: str) -> list[str]:
        return [a.id for a in self.d.by_alias(text)] if text else []

    def ids(self, text: str) -> list[str]:
        """Dictionary ids a name or alias stands for."""
        return self._ids(text)

    def is_name(self, text: str) -> bool:
        return bool(self._ids(text))

    def is_place(self, text: str) -> bool:
        return any(self.entity_type(i) in {"country", "location"} for i in self._ids(text))

    def person_by_name(self, text: str) -> str | None:
        people = [i for i in self._ids(text) if self.entity_type(i) == "person"]
        return people[0] if len(people) == 1 else None

    def person_by_surname(self, surname: str, countries: set[str], on: date | None = None) -> str | None:
        """The one known person with this surname whose country the article mentions (or whose
        surname is marked unique), else None: `Kim` alone is too common to link blindly."""
        found = [a for a in self._surnames().get(surname.lower(), [])]
        unique = [a.id for a in found if a.surname_unique]
        local = [a.id for a in found if a.country in countries]
        # A lone surname in the news means the country's leader before anyone else of that name.
        day = on.isoformat() if on else None
        heads = [
            a.id
            for a in found
            if a.country in countries and any(r.role in HEAD_ROLES and r.active_on(day) for r in a.roles)
        ]
        leaders = [
            a.id
            for a in found
            if a.country in countries and any(r.role in LEADER_ROLES and r.active_on(day) for r in a.roles)
        ]
        for pool in (unique, local, heads, leaders):
            if len(pool) == 1:
                return str(pool[0])
        return None

    def is_surname(self, text: str) -> bool:
        word = text.lower().removesuffix("s") if text.lower() not in self._surnames() else text.lower()
        return word in self._surnames()

    @cache  # noqa: B019 - one Actors object lives for the whole process
    def _surnames(self) -> dict[str, list[Any]]:
        index: dict[str, list[Any]] = {}
        for actor in self.d:
            if actor.type == "person":
                for surname in actor.surnames or (actor.name.split()[-1],):
                    index.setdefault(surname.lower(), []).append(actor)
        return index

    def demonym_country(self, word: str) -> str | None:
        return self.d.country_of_demonym(word) if word else None

    def demonym_countries(self, word: str) -> tuple[str, ...]:
        """The countries a hyphenated adjective names (`deutsch-französisch`: two), or the one country
        of a plain one; none for an ambiguous one."""
        return tuple(c for c in self.d.countries_of_demonym(word) if len(c) == 2) if word else ()

    def role_of_title(self, word: str) -> str | None:
        sense = self.d.role_of_title(word) if word else None
        return sense.role if sense is not None else None

    def country_of_title(self, word: str) -> str | None:
        """The country a title implies by itself (`Kremlsprecher`, `US-Präsident`)."""
        sense = self.d.role_of_title(word) if word else None
        of = sense.of if sense is not None else None
        if of and not of.startswith("country:") and len(of) != 2:
            return self.country(of)
        return of.removeprefix("country:") if of else None

    def holders(self, title: str, country: str | None, on: date | None) -> set[str]:
        """People who held the office a title names (for `country`) on a date (None: now)."""
        return {a.id for a in self.d.resolve_title(title, country, on)}


@cache
def load_actors() -> Actors:
    from chronik.nlp.actors import load_actor_dictionary

    return Actors(load_actor_dictionary())
