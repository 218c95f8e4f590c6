"""Entity repairs of `chronik.extract.entities` on recogniser errors, forced with set spans so the
tests do not depend on what the statistical model happens to predict."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Span

from chronik.extract.actor_lookup import load_actors
from chronik.extract.entities import DocEntities


def _entities_with(nlp: Language, text: str, wrong: str, label: str) -> DocEntities:
    doc = nlp(text)
    start = text.index(wrong)
    span = doc.char_span(start, start + len(wrong))
    assert span is not None
    doc.ents = [e for e in doc.ents if e.end <= span.start or e.start >= span.end] + [
        Span(doc, span.start, span.end, label=label)
    ]
    return DocEntities(doc, load_actors())


def test_span_opened_by_a_place_noun_names_the_place_after_it(nlp: Language) -> None:
    found = _entities_with(
        nlp, "Die Ministerin bereiste die Städte Görlitz und Bautzen.", "Städte Görlitz", "ORG"
    )
    places = {e.name: e.type for e in found.entities}
    assert places.get("Görlitz") == "location"
    assert "Städte Görlitz" not in places


def test_organisation_named_after_a_person_noun_is_left_alone(nlp: Language) -> None:
    found = _entities_with(nlp, "Die Stiftung Warentest prüfte Fahrräder.", "Stiftung Warentest", "ORG")
    assert any(e.name == "Stiftung Warentest" and e.type == "organisation" for e in found.entities)


def test_capitalised_common_words_are_no_entities(nlp) -> None:  # type: ignore[no-untyped-def]
    from chronik.extract.actor_lookup import load_actors
    from chronik.extract.entities import DocEntities

    doc = nlp("Momentan wird über den Grenzeinsatz gestritten. Die Ministerin Vera Kolb widersprach.")
    names = [e.name for e in DocEntities(doc, load_actors()).entities]
    assert "Momentan" not in names and "Grenzeinsatz" not in names
    assert any("Kolb" in n for n in names)


def test_a_surname_the_tagger_calls_a_noun_stays_with_its_first_name(nlp) -> None:  # type: ignore[no-untyped-def]
    from chronik.extract.actor_lookup import load_actors
    from chronik.extract.entities import DocEntities

    doc = nlp("Der Abgeordnete Klaus Brenner sagte am Montag, er sei zufrieden.")
    names = [e.name for e in DocEntities(doc, load_actors()).entities if e.type == "person"]
    assert "Klaus Brenner" in names, names


def test_a_full_name_tagged_a_place_is_the_person_its_surname_names(nlp) -> None:  # type: ignore[no-untyped-def]
    from chronik.extract.actor_lookup import load_actors
    from chronik.extract.entities import DocEntities

    doc = nlp("Der General Karim Haddadi starb. Haddadi war seit Jahren Kommandeur.")
    ents = DocEntities(doc, load_actors()).entities
    assert all(e.type == "person" for e in ents if "Haddadi" in e.name), [(e.name, e.type) for e in ents]


def test_a_hyphenated_name_in_s_keeps_its_s(nlp) -> None:  # type: ignore[no-untyped-def]
    from chronik.extract.actor_lookup import load_actors
    from chronik.extract.entities import DocEntities

    doc = nlp("Der Kommandeur Abu Karim al-Hamadis wurde gestern gesehen.")
    names = [e.name for e in DocEntities(doc, load_actors()).entities]
    assert not any(n.endswith("al-Hamadi") for n in names), names


def _names(found: DocEntities) -> dict[str, str]:
    return {e.name: e.type for e in found.entities}


def test_places_of_a_slash_dateline_are_two_places(nlp: Language) -> None:
    found = _entities_with(
        nlp, "Wolkersdorf/Trazzano – Die Feuerwehr rückte am Montag aus.", "Wolkersdorf/Trazzano", "ORG"
    )
    names = _names(found)
    assert names.get("Wolkersdorf") == "location" and names.get("Trazzano") == "location", names


def test_a_comma_list_of_surnames_is_several_people(nlp: Language) -> None:
    found = _entities_with(
        nlp, "Im Kader fehlen Kowalczyk, Brandolini und Stoiber.", "Kowalczyk, Brandolini", "PER"
    )
    names = _names(found)
    assert "Kowalczyk, Brandolini" not in names
    assert names.get("Kowalczyk") == "person" and names.get("Brandolini") == "person", names


def test_two_names_joined_by_und_are_two_entities(nlp: Language) -> None:
    found = _entities_with(
        nlp, "Der Konzern verkauft die Marken Kowalczyk und Brandolini.", "Kowalczyk und Brandolini", "ORG"
    )
    assert {"Kowalczyk", "Brandolini"} <= set(_names(found)), _names(found)


def test_a_result_line_is_two_teams_without_the_score(nlp: Language) -> None:
    text = "Ergebnis: Vorderwald Falcons – Hinterberg Eagles 103:96."
    found = _entities_with(nlp, text, "Vorderwald Falcons – Hinterberg Eagles 103:96.", "ORG")
    names = _names(found)
    assert "Vorderwald Falcons" in names and "Hinterberg Eagles" in names, names
    assert not any(ch.isdigit() for n in names for ch in n), names


def test_a_description_before_a_first_name_is_no_part_of_the_name(nlp: Language) -> None:
    text = "Das sagt Kriminalsoziologin Renate Kasselbrink im Gespräch."
    found = _entities_with(nlp, text, "Kriminalsoziologin Renate Kasselbrink", "PER")
    people = [e for e in found.entities if e.type == "person"]
    assert [e.name for e in people] == ["Renate Kasselbrink"], _names(found)
    assert any("Kriminalsoziologin" in t for t in people[0].titles), people[0].titles


def test_a_lower_case_adjective_ends_a_name(nlp: Language) -> None:
    text = "Ein von der KVP nominierter Kandidat tritt an."
    found = _entities_with(nlp, text, "KVP nominierter Kandidat", "ORG")
    assert set(_names(found)) == {"KVP"}, _names(found)


def test_an_organisation_span_ending_in_a_title_and_a_name_is_the_person(nlp: Language) -> None:
    text = "Das sagte der abgewählte Landesparteichef Kowalczyk am Montag."
    found = _entities_with(nlp, text, "abgewählte Landesparteichef Kowalczyk", "ORG")
    assert _names(found) == {"Kowalczyk": "person"}, _names(found)


def test_a_short_title_word_may_open_a_name(nlp: Language) -> None:
    text = "Er spielt jetzt in der Premier Kowalczyk mit."
    found = _entities_with(nlp, text, "Premier Kowalczyk", "ORG")
    assert _names(found) == {"Premier Kowalczyk": "organisation"}, _names(found)


def test_a_guessed_sentence_start_does_not_part_first_name_and_surname(nlp: Language) -> None:
    doc = nlp("Das sagte Markus Quendlinger am Montag.")
    surname = next(t for t in doc if t.text == "Quendlinger")
    doc.ents = [Span(doc, surname.i - 1, surname.i, label="PER")]
    doc[surname.i].is_sent_start = True
    names = {e.name for e in DocEntities(doc, load_actors()).entities}
    assert "Markus Quendlinger" in names, names


def test_a_name_after_a_title_is_a_person_whatever_its_label(nlp: Language) -> None:
    text = "Die Partei von Premier Kowalczyk gewann die Wahl."
    found = _entities_with(nlp, text, "Kowalczyk", "ORG")
    assert _names(found) == {"Kowalczyk": "person"}, _names(found)


def _tagged_person(nlp: Language, text: str, name: str, word: str, tag: str) -> DocEntities:
    """The person span `name`, with `word` given the tag a tagger gets wrong for rare surnames."""
    doc = nlp(text)
    start = text.index(name)
    span = doc.char_span(start, start + len(name))
    assert span is not None
    next(t for t in doc if t.text == word).tag_ = tag
    doc.ents = [Span(doc, span.start, span.end, label="PER")]
    return DocEntities(doc, load_actors())


def test_a_rare_word_after_a_first_name_is_the_surname_before_a_noun(nlp: Language) -> None:
    text = "Dabei taucht Janusz Kowalczykis Kamera alles in Blau."
    found = _tagged_person(nlp, text, "Janusz Kowalczykis Kamera", "Kowalczykis", "NN")
    assert "Janusz Kowalczyki" in _names(found), _names(found)


def test_a_capitalised_word_tagged_a_verb_ends_a_name_as_its_surname(nlp: Language) -> None:
    text = "Im Auftrag von Landesrat Maurice Androschek (KVP)."
    found = _tagged_person(nlp, text, "Maurice Androschek", "Androschek", "VVFIN")
    assert "Maurice Androschek" in _names(found), _names(found)


# (text, span forced on the recogniser, its label, the name the entity must have)
CUT_TO_THE_NAME = [
    # function words off the edges
    (
        "Die Medien übertreiben. Zum FC Kornfeld gab es keinen Kontakt.",
        "Zum FC Kornfeld",
        "ORG",
        "FC Kornfeld",
    ),
    # a lower-case adjective opens no name; one after a preposition belongs to it
    (
        "Die Akten stammen von der panamaischen Kanzlei Brandolini Velox.",
        "panamaischen Kanzlei Brandolini Velox",
        "ORG",
        "Kanzlei Brandolini Velox",
    ),
    (
        "Das sagt das Kornfelder Institut für empirische Sozialforschung.",
        "Kornfelder Institut für empirische Sozialforschung",
        "ORG",
        "Kornfelder Institut für empirische Sozialforschung",
    ),
    # a genitive -s before a common noun goes
    ("Das sagte Kornlands Landeshauptmann am Montag.", "Kornlands", "LOC", "Kornland"),
    (
        "Kritiker lobten Velmaria Ostrovas Erzählband am Montag.",
        "Velmaria Ostrovas",
        "PER",
        "Velmaria Ostrova",
    ),
    # a first name, or a lone name word called a person, takes the surname after it
    ("Das sagte Vorstand Markus Feld am Montag.", "Markus", "PER", "Markus Feld"),
    ("Am Freitag sagte Wendelin Quendlinger, er höre auf.", "Wendelin", "PER", "Wendelin Quendlinger"),
]


@pytest.mark.parametrize(("text", "wrong", "label", "name"), CUT_TO_THE_NAME)
def test_a_span_is_cut_to_the_name(nlp: Language, text: str, wrong: str, label: str, name: str) -> None:
    assert name in _names(_entities_with(nlp, text, wrong, label))


# (text, span forced on the recogniser, its label): no name at all
NO_NAME = [
    ("Die erste Nacht im Zelt war kalt.", "Die erste Nacht", "OTH"),  # a sentence-opening phrase
    ("Eine Nutzerin schrieb pic.twitter.com/AbCdEf123 dazu.", "pic.twitter.com/AbCdEf123", "ORG"),  # a link
    (
        "Sie twitterte: I would really like to share these news. Dann ging sie.",
        "I would really like to share these news",
        "OTH",
    ),  # a quoted sentence
    ("Forscher beobachteten P. fasciatus im Aquarium.", "P. fasciatus", "PER"),  # a species
]


@pytest.mark.parametrize(("text", "wrong", "label"), NO_NAME)
def test_a_span_that_names_nothing_is_no_entity(nlp: Language, text: str, wrong: str, label: str) -> None:
    found = _entities_with(nlp, text, wrong, label)
    assert not found.entities, _names(found)


# A single name the recogniser typed a place or `other`, read as an organisation from the name or
# its context: (text, the name, its forced label, the expected type).
RETYPED = [
    ("Der Trainer wechselte zum FC Lindental.", "FC Lindental", "LOC", "organisation"),
    ("Die Nordhafen AG legte Zahlen vor.", "Nordhafen AG", "LOC", "organisation"),
    ("Sie spielt in der Arvena Conference.", "Arvena Conference", "LOC", "organisation"),
    ("Der Stürmer kehrte zum Klub Lindental zurück.", "Lindental", "LOC", "organisation"),
    ("Beim 1:1 gegen Norwick fehlte der Kapitän.", "Norwick", "LOC", "organisation"),
    ("Im Finale unterlag Norwick 0:3 den Gästen.", "Norwick", "LOC", "organisation"),
    ("Das Gerät sei ausverkauft, schreibt Velmo.de.", "Velmo.de", "MISC", "organisation"),
    ("Laut Velmo.de ist das Gerät schon ausverkauft.", "Velmo.de", "MISC", "organisation"),
    ("Das Gerät ist ausverkauft, wie Velmo.de feststellt.", "Velmo.de", "MISC", "organisation"),
    ("Im Mittelfeld: Tomas Kovač (Norwick, 43/8), Jan Berger (Ost, 12/1).", "Norwick", "LOC", "organisation"),
    ("Der Rückstand auf Spitzenreiter Norwick beträgt nur einen Punkt.", "Norwick", "LOC", "organisation"),
    # A rank or role noun of people before a name makes it a person.
    ("Im Hintergrund zieht Fürst Velmarek die Fäden.", "Velmarek", "LOC", "person"),
    ("Nach dem Spiel sagte Trainer Olbrecht, die Abwehr habe gut gestanden.", "Olbrecht", "MISC", "person"),
    # A model code or a version number after a name makes it a product.
    ("Als Prozessor dient der Velmo Quad x3-8300 mit vier Kernen.", "Velmo Quad", "ORG", "other"),
    ("Das Velmo Norphone 6P kostet 499 Euro.", "Velmo Norphone", "LOC", "other"),
    ("Das Gerät beherrscht Velmolink 4.1 und LTE.", "Velmolink", "ORG", "other"),
    ("Die Velmora Netz O2 senkt die Preise.", "Velmora Netz", "ORG", "organisation"),
    # A place stays a place: a clock time is no result, a website in a list no source, a place
    # after a preposition no team, a house number or a club's year no model code, a place's
    # genitive after a role noun no person.
    ("Die Demonstranten zogen zur Velmarer Straße 12a vor das Amt.", "Velmarer Straße", "LOC", "location"),
    ("Am Sonntag spielt Lindental 05 vor vollem Haus.", "Lindental", "LOC", "location"),
    ("Der Trainer Norwicks trat am Montag zurück.", "Norwicks", "LOC", "location"),
    ("Der Zug verließ Norwick 20:15 Uhr.", "Norwick", "LOC", "location"),
    ("Die Demonstranten zogen gegen Mittag durch Norwick.", "Norwick", "LOC", "location"),
    ("Seiten wie velmo.de oder ostro.com listen Bots auf.", "ostro.com", "MISC", "other"),
]


@pytest.mark.parametrize(("text", "name", "label", "etype"), RETYPED)
def test_a_single_name_is_typed_by_its_name_or_context(
    nlp: Language, text: str, name: str, label: str, etype: str
) -> None:
    found = _names(_entities_with(nlp, text, name, label))
    assert found.get(name) == etype, found


# A name right after an organisation noun, or in a list after one in the plural, is an
# organisation whatever the recogniser typed it; a name with a legal form is one too. The same
# noun before a place preposition, a person's title, a product noun or a person's genitive leave it.
BODY_AFTER_HEAD = [
    ("Die Gewerkschaft Velkana fordert mehr Lohn.", "Velkana", "PER", "organisation"),
    ("Der Kartendienst Norla wird verkauft.", "Norla", "LOC", "organisation"),
    ("Die Handelskammer Velmarsund kritisierte das Gesetz.", "Velmarsund", "LOC", "organisation"),
    ("Die Lorvent Holding kauft das Werk.", "Lorvent Holding", "LOC", "organisation"),
    ("Die Gewerkschaften Velkana und Ostrana riefen zum Streik auf.", "Ostrana", "PER", "organisation"),
    ("Chef Kasselbrink trat am Montag zurück.", "Kasselbrink", "PER", "person"),
    ("Das Modell Arvo kostet 400 Euro.", "Arvo", "PER", "person"),
    ("Im Halbfinale wartet Gegner Kasselbrink.", "Kasselbrink", "PER", "person"),
    ("Die Partei Anna Kasselbrinks gewann.", "Anna Kasselbrinks", "PER", "person"),
    ("Der Finanzinvestor Quorvant verkaufte das Werk.", "Quorvant", "PER", "organisation"),
    ("Die Handelskette Mirabel schließt 40 Filialen.", "Mirabel", "PER", "organisation"),
    ("Der Versandhändler Tellmark meldete Gewinne.", "Tellmark", "LOC", "organisation"),
    ("Der Finanzinvestor Anna Berger verkaufte das Werk.", "Anna Berger", "PER", "person"),
]


@pytest.mark.parametrize(("text", "name", "label", "etype"), BODY_AFTER_HEAD)
def test_a_name_after_an_organisation_noun_is_an_organisation(
    nlp: Language, text: str, name: str, label: str, etype: str
) -> None:
    found = _names(_entities_with(nlp, text, name, label))
    assert found.get(name) == etype, found


def test_a_genitive_of_a_person_after_an_organisation_noun_stays_the_person(nlp: Language) -> None:
    text = "Anna Kasselbrink sprach. Die Partei Kasselbrinks gewann."
    doc = nlp(text)
    doc.ents = [
        Span(doc, 0, 2, label="PER"),
        Span(doc, len(doc) - 3, len(doc) - 2, label="PER"),
    ]
    found = _names(DocEntities(doc, load_actors()))
    assert found == {"Anna Kasselbrink": "person"}, found


def test_a_name_listed_after_a_singular_organisation_noun_is_not_made_one(nlp: Language) -> None:
    found = _names(
        _entities_with(nlp, "Der Konzern Velmora und Kasselbrink einigten sich.", "Kasselbrink", "PER")
    )
    assert found.get("Kasselbrink") != "organisation" and found.get("Velmora") == "organisation", found


UNLABELLED_BODIES = [
    ("Die Bank Velmora erhöht die Zinsen.", "Velmora"),
    ("Die Stiftung Velmhaus lud zum Empfang.", "Velmhaus"),
    ("Am Montag meldete die Firma Tarvik GmbH Insolvenz an.", "Tarvik GmbH"),
    ("Die Gewerkschaften VERO-T und Ostrana riefen zum Streik auf.", "VERO-T"),
]


@pytest.mark.parametrize(("text", "name"), UNLABELLED_BODIES)
def test_a_name_the_recogniser_missed_after_an_organisation_noun(nlp: Language, text: str, name: str) -> None:
    doc = nlp(text)
    doc.ents = []
    found = _names(DocEntities(doc, load_actors()))
    assert found.get(name) == "organisation", found


def _mentions(found: DocEntities, name: str) -> list[str]:
    return [m.text for e in found.entities if e.name == name for m in e.mentions]


@pytest.mark.parametrize(
    "text",
    [
        "Der Konzern Zalpex meldete Gewinne. Später übernahm Zalpex die Sparte.",
        "Zalpex kauft ein Werk. Der Konzern Zalpex meldete am Montag Gewinne.",
    ],
)
def test_a_name_the_article_gives_an_organisation_names_it_again_unlabelled(nlp: Language, text: str) -> None:
    doc = nlp(text)
    doc.ents = []
    found = DocEntities(doc, load_actors())
    assert _names(found) == {"Zalpex": "organisation"}, _names(found)
    assert _mentions(found, "Zalpex") == ["Zalpex", "Zalpex"]


def test_a_name_the_article_gives_an_organisation_is_no_person_elsewhere(nlp: Language) -> None:
    doc = nlp("Der Konzern Zalpex meldete Gewinne. Nun kauft Zalpex ein Werk in Norwick.")
    second = [t.i for t in doc if t.text == "Zalpex"][1]
    doc.ents = [Span(doc, second, second + 1, label="PER")]
    found = DocEntities(doc, load_actors())
    assert _names(found) == {"Zalpex": "organisation"}, _names(found)


def test_a_company_named_with_and_without_its_legal_form_is_one(nlp: Language) -> None:
    doc = nlp("Die Zalpex AG meldete Gewinne. Nun kauft Zalpex ein Werk.")
    doc.ents = [Span(doc, 1, 3, label="ORG")]
    found = DocEntities(doc, load_actors())
    assert _names(found) == {"Zalpex AG": "organisation"}, _names(found)
    assert _mentions(found, "Zalpex AG") == ["Zalpex AG", "Zalpex"]


def test_a_founders_surname_is_no_company_named_again(nlp: Language) -> None:
    doc = nlp("Der Unternehmer Jan Zalpex gründete 1990 die Zalpex GmbH als Firma. Zalpex kaufte Werke.")
    first, second, _ = [t.i for t in doc if t.text == "Zalpex"]
    doc.ents = [Span(doc, first - 1, first + 1, label="PER"), Span(doc, second, second + 2, label="ORG")]
    found = DocEntities(doc, load_actors())
    orgs = [m.text for e in found.entities if e.type == "organisation" for m in e.mentions]
    assert orgs == ["Zalpex GmbH"], orgs


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # A thing of the company's kind (`eine Velmo`) or one with a model number is no company.
        ("Der Hersteller Velmo meldete Gewinne. Ich fahre eine Velmo.", "Velmo"),
        ("Der Hersteller Velmo meldete Gewinne. Eine Velmo 757 landete.", "Velmo"),
        # A common word is no company named again.
        ("Die Firma Post meldete Gewinne. Die Post kam spät.", "Post"),
    ],
)
def test_a_thing_or_a_common_word_is_no_company_named_again(nlp: Language, text: str, word: str) -> None:
    doc = nlp(text)
    doc.ents = []
    found = DocEntities(doc, load_actors())
    mentions = [m.text for e in found.entities for m in e.mentions if m.text == word]
    assert len(mentions) <= 1, mentions


def test_an_organisation_noun_before_a_place_phrase_names_nothing(nlp: Language) -> None:
    doc = nlp("Die Bank in Velmstadt schloss am Montag.")
    doc.ents = []
    assert _names(DocEntities(doc, load_actors())) == {}


def test_a_name_whose_end_is_not_known_is_not_cut_short(nlp: Language) -> None:
    doc = nlp("Die Firma Holzbau Weiler meldete am Montag Insolvenz an.")
    doc.ents = []
    assert "Holzbau" not in _names(DocEntities(doc, load_actors()))


def test_a_region_named_once_after_a_chamber_noun_stays_a_region(nlp: Language) -> None:
    text = "In der Velmarsund fror es. Die Handelskammer Velmarsund warnte vor Schäden in der Velmarsund."
    doc = nlp(text)
    doc.ents = [Span(doc, t.i, t.i + 1, label="LOC") for t in doc if t.text == "Velmarsund"]
    found = _names(DocEntities(doc, load_actors()))
    assert found.get("Velmarsund") == "location", found


def test_a_town_named_once_after_an_organisation_noun_stays_a_town(nlp: Language) -> None:
    text = "In Norwick wurde gewählt. Der Sportverband Norwick lud in Norwick ein."
    doc = nlp(text)
    doc.ents = [Span(doc, t.i, t.i + 1, label="LOC") for t in doc if t.text == "Norwick"]
    found = _names(DocEntities(doc, load_actors()))
    assert found.get("Norwick") == "location", found


def test_a_surname_in_the_genitive_is_the_person_named_in_full(nlp: Language) -> None:
    text = "Der Abgeordnete Karim Haddadi schwieg. Haddadis Sprecher widersprach am Abend."
    doc = nlp(text)
    full = doc.char_span(text.index("Karim"), text.index(" schwieg"))
    genitive = doc.char_span(text.index("Haddadis"), text.index(" Sprecher"))
    assert full is not None and genitive is not None
    doc.ents = [
        Span(doc, full.start, full.end, label="PER"),
        Span(doc, genitive.start, genitive.end, label="LOC"),
    ]
    ents = DocEntities(doc, load_actors()).entities
    assert [(e.name, e.type, len(e.mentions)) for e in ents] == [("Karim Haddadi", "person", 2)]


def test_a_name_given_after_a_rank_is_a_person_at_every_mention(nlp: Language) -> None:
    text = "Fürst Velmarek regierte lange. Später verlor Velmarek die Macht."
    doc = nlp(text)
    doc.ents = [Span(doc, t.i, t.i + 1, label="LOC") for t in doc if t.text == "Velmarek"]
    ents = DocEntities(doc, load_actors()).entities
    assert [(e.name, e.type, len(e.mentions)) for e in ents] == [("Velmarek", "person", 2)]


def test_a_lone_word_after_a_role_noun_takes_the_surname_after_it(nlp: Language) -> None:
    text = "Der Klub hat Mittelstürmer Jorinde Kasselbrink verpflichtet."
    doc = nlp(text)
    first = next(t for t in doc if t.text == "Jorinde")
    surname = doc[first.i + 1]
    surname.tag_ = "NE"
    doc.ents = [Span(doc, first.i, first.i + 1, label="LOC")]
    ents = DocEntities(doc, load_actors()).entities
    assert [(e.name, e.type) for e in ents] == [("Jorinde Kasselbrink", "person")]


def _entities_with_spans(nlp: Language, text: str, spans: list[tuple[str, str]]) -> DocEntities:
    """The article with exactly these recogniser spans (each the first occurrence of its text)."""
    doc = nlp(text)
    forced = []
    for wrong, label in spans:
        start = text.index(wrong)
        span = doc.char_span(start, start + len(wrong))
        assert span is not None
        forced.append(Span(doc, span.start, span.end, label=label))
    doc.ents = forced
    return DocEntities(doc, load_actors())


def test_noun_used_as_a_preposition_opens_no_name(nlp: Language) -> None:
    found = _entities_with(
        nlp, "Die Gemeinde gilt in Sachen Mülltrennung als Vorbild.", "Sachen Mülltrennung", "LOC"
    )
    assert not any("Sachen" in e.name for e in found.entities)


def test_rank_noun_before_a_number_ends_the_name(nlp: Language) -> None:
    found = _entities_with(
        nlp, "Die Läuferin Jorinde Kasselbrink kam in Velmstadt Platz 16 ins Ziel.", "Velmstadt Platz", "LOC"
    )
    names = {e.name: e.type for e in found.entities}
    assert names.get("Velmstadt") == "location"
    assert "Velmstadt Platz" not in names
    text = "Er arbeitete sich auf dem Rad von Platz 40 nach vorne."
    alone = _entities_with(nlp, text, "Rad von Platz", "ORG")
    assert not any("Platz" in e.name or e.name == "Rad" for e in alone.entities)


def test_abbreviation_of_a_common_noun_is_no_entity(nlp: Language) -> None:
    found = _entities_with(nlp, "Das Velmophone hat ein Display mit OLED und viel Speicher.", "OLED", "ORG")
    assert not any(e.name == "OLED" for e in found.entities)
    brand = _entities_with(nlp, "Betroffen sind Modelle der Marke Ram aus Norwick.", "Ram", "ORG")
    assert any(e.name == "Ram" for e in brand.entities)


def test_name_after_a_relation_noun_and_von_is_a_person(nlp: Language) -> None:
    found = _entities_with(
        nlp,
        "Nun folgt Anna Velmer als Nachfolgerin von Ilvana Kasselbrink-Trost im Vorsitz.",
        "Ilvana Kasselbrink-Trost",
        "ORG",
    )
    assert any(e.name == "Ilvana Kasselbrink-Trost" and e.type == "person" for e in found.entities)


def test_place_named_for_a_treaty_is_no_place_unless_after_a_place_preposition(nlp: Language) -> None:
    text = "Man habe weder Schengen noch die Regeln eingehalten, sagte Jorinde Kasselbrink."
    found = _entities_with(nlp, text, "Schengen", "LOC")
    assert any(e.name == "Schengen" and e.type == "other" for e in found.entities)
    town = _entities_with(nlp, "Die Minister trafen einander in Schengen am Fluss.", "Schengen", "LOC")
    assert any(e.name == "Schengen" and e.type == "location" for e in town.entities)


def test_teams_in_a_results_line_are_organisations(nlp: Language) -> None:
    text = "Ergebnisse: Velmora Hawks – Norwick Pirates 4:2, Peter Kasselbrink – Anna Velmer 6:3."
    found = _entities_with_spans(
        nlp,
        text,
        [
            ("Velmora Hawks", "PER"),
            ("Norwick Pirates", "PER"),
            ("Peter Kasselbrink", "PER"),
            ("Anna Velmer", "PER"),
        ],
    )
    types = {e.name: e.type for e in found.entities}
    assert types.get("Velmora Hawks") == "organisation"
    assert types.get("Norwick Pirates") == "organisation"
    assert types.get("Peter Kasselbrink") == "person"  # players named in full open with a first name
    assert types.get("Anna Velmer") == "person"


def test_name_in_brackets_with_players_is_a_player(nlp: Language) -> None:
    text = "Legionäre: Jorinde Kasselbrink spielt in Lindental. Lindental (Kasselbrink, Norwicz) verlor."
    found = _entities_with_spans(nlp, text, [("Jorinde Kasselbrink", "PER"), ("Norwicz", "LOC")])
    assert any(e.name == "Norwicz" and e.type == "person" for e in found.entities)


def test_a_place_before_a_sector_noun_is_one_company(nlp: Language) -> None:
    found = _entities_with(nlp, "Die Lindental Energie erhöht die Preise.", "Lindental", "LOC")
    assert _names(found).get("Lindental Energie") == "organisation", _names(found)


def test_a_place_before_a_sector_noun_after_a_place_preposition_stays_a_place(nlp: Language) -> None:
    found = _entities_with(nlp, "In Lindental Energie zu sparen ist schwer.", "Lindental", "LOC")
    assert _names(found).get("Lindental") == "location", _names(found)


def test_a_hyphenated_first_name_the_tagger_called_an_adjective_stays_in_the_name(nlp: Language) -> None:
    text = "Die Ministerin traf am Montag Karl-Heinz Brummwald."
    doc = nlp(text)
    first, last = (next(t for t in doc if t.text == w) for w in ("Karl-Heinz", "Brummwald"))
    first.tag_, last.tag_ = "ADJA", "NN"  # as the tagger reads some such names
    doc.ents = [e for e in doc.ents if e.end <= first.i or e.start > last.i] + [
        Span(doc, first.i, last.i + 1, label="PER")
    ]
    names = {e.name for e in DocEntities(doc, load_actors()).entities if e.type == "person"}
    assert "Karl-Heinz Brummwald" in names


def test_an_abbreviation_in_capitals_the_tagger_calls_a_noun_is_still_a_name(nlp: Language) -> None:
    text = "Die Umweltbehörde KVB und der Konzern Norvia verhandeln seit Monaten."
    doc = nlp(text)
    acronym = doc.char_span(text.index("KVB"), text.index("KVB") + 3)
    assert acronym is not None
    doc[acronym.start].tag_ = "NN"  # as the tagger reads some (`die Behörde EPA`)
    doc.ents = [e for e in doc.ents if e.end <= acronym.start or e.start >= acronym.end] + [
        Span(doc, acronym.start, acronym.end, label="ORG")
    ]
    assert any(e.name == "KVB" for e in DocEntities(doc, load_actors()).entities)
    # a capitalised common noun alone still is none, nor a longer word set in capitals
    found = _entities_with(nlp, "Momentan wird über den Grenzeinsatz gestritten.", "Grenzeinsatz", "ORG")
    assert not any(e.name == "Grenzeinsatz" for e in found.entities)
    for text, word_text in [
        ("Den Weg hat sie für das Gespräch mit dem MORGENBLATT gewählt.", "MORGENBLATT"),
        ("Das schrieb sie in der Zeitung DIE WOCHE am Montag.", "WOCHE"),
    ]:
        doc = nlp(text)
        word = doc.char_span(text.index(word_text), text.index(word_text) + len(word_text))
        assert word is not None
        doc[word.start].tag_ = "NN"
        doc.ents = [e for e in doc.ents if e.end <= word.start or e.start >= word.end] + [
            Span(doc, word.start, word.end, label="ORG")
        ]
        assert not any(e.name == word_text for e in DocEntities(doc, load_actors()).entities)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Premier Tshilombo Mwakasege traf am Dienstag in Berlin seine Amtskollegin.", "Tshilombo Mwakasege"),
        ("Am Montag traf Präsident Mwakasege den Gouverneur in Velmora.", "Mwakasege"),
        ("Ministerpräsidentin Oyelaran-Mbeki besuchte am Freitag Lissabon.", "Oyelaran-Mbeki"),
    ],
)
def test_a_name_the_recogniser_missed_after_a_title_is_a_person(nlp: Language, text: str, name: str) -> None:
    doc = nlp(text)
    start = text.index(name)
    doc.ents = [e for e in doc.ents if e.end_char <= start or e.start_char >= start + len(name)]
    persons = [e.name for e in DocEntities(doc, load_actors()).entities if e.type == "person"]
    assert name in persons, persons


@pytest.mark.parametrize(
    "text",
    [
        "Das Treffen der Minister Anfang Mai in Velmora blieb ohne Ergebnis.",
        "Auch Präsident Velmar-Anhänger gingen am Sonntag auf die Straße.",
        "Die Kanzlerin Zustimmung signalisierte nicht.",
    ],
)
def test_a_common_noun_after_a_title_is_no_name(nlp: Language, text: str) -> None:
    doc = nlp(text)
    doc.ents = [e for e in doc.ents if e.text == "Velmora"]
    names = [e.name for e in DocEntities(doc, load_actors()).entities]
    assert names in ([], ["Velmora"]), names


def test_an_unlabelled_name_listed_after_a_plural_title_is_a_person(nlp: Language) -> None:
    text = (
        "Die drei Präsidenten, Osvaldo Ramunde (Velmora), Tibor Kelmanek und Jurgis Paldauskas, reisten ab."
    )
    doc = nlp(text)
    doc.ents = [Span(doc, t.i, t.i + 2, label="PER") for t in doc if t.text in {"Tibor", "Jurgis"}]
    persons = [e.name for e in DocEntities(doc, load_actors()).entities if e.type == "person"]
    assert sorted(persons) == ["Jurgis Paldauskas", "Osvaldo Ramunde", "Tibor Kelmanek"], persons


def test_a_title_list_naming_no_person_adds_none(nlp: Language) -> None:
    text = "Die Minister, Osvaldo Ramunde und Velmar-Anhänger, reisten ab."
    doc = nlp(text)
    doc.ents = []
    persons = [e.name for e in DocEntities(doc, load_actors()).entities if e.type == "person"]
    assert persons == [], persons


def test_a_title_before_a_first_name_and_a_labelled_surname_adds_no_first_name_alone(nlp: Language) -> None:
    text = "Nach der Sitzung erklärte Präsident Floriano Kasselbrink, man sei zufrieden."
    doc = nlp(text)
    surname = next(t for t in doc if t.text == "Kasselbrink")
    doc.ents = [Span(doc, surname.i, surname.i + 1, label="PER")]
    names = [e.name for e in DocEntities(doc, load_actors()).entities]
    assert "Floriano" not in names, names


def test_a_league_after_a_title_word_is_no_person(nlp: Language) -> None:
    doc = nlp("Der Verteidiger spielt in der Premier League.")
    doc.ents = []
    assert not [e for e in DocEntities(doc, load_actors()).entities if e.type == "person"]


PARTICLE_NAMES = [
    # A foreign surname particle joins the surname to the first name, whatever the tagger called it
    # (`bin` is read as `ich bin`, `da` as an adverb), and the particle is tagged as a name word.
    ("Der Unterhändler Faisal bin Rashed traf am Montag in Kairo den Minister.", "Faisal bin Rashed", "bin"),
    ("Präsident Luiz da Costa empfing am Montag den Minister.", "Luiz da Costa", "da"),
    ("Der Botschafter Hendrik van der Meer traf den Minister.", "Hendrik van der Meer", "der"),
]


@pytest.mark.parametrize(("text", "name", "particle"), PARTICLE_NAMES)
def test_a_surname_particle_is_part_of_the_name(nlp: Language, text: str, name: str, particle: str) -> None:
    doc = nlp(text)
    found = DocEntities(doc, load_actors())
    assert _names(found).get(name) == "person", _names(found)
    assert next(t for t in doc if t.text == particle).tag_ == "NE"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A German preposition after a name opens the phrase after it; `da` before a noun is an adverb.
        ("Die Abgeordnete Petra Lang von der CDU traf den Minister.", "Petra Lang"),
        ("Weil Anna da Zeit hatte, kam sie mit.", "Anna"),
    ],
)
def test_a_german_word_after_a_name_is_no_surname_particle(nlp: Language, text: str, name: str) -> None:
    names = _names(DocEntities(nlp(text), load_actors()))
    assert names.get(name) == "person" and not any(n.startswith(name + " ") for n in names), names


def test_a_known_place_run_into_a_persons_name_is_the_place_and_the_person(nlp: Language) -> None:
    # `traf in Oslo Jean Morel`: no article or title between them, the recogniser saw one place.
    found = _entities_with(nlp, "Karla Brenner traf am Montag in Oslo Jean Morel.", "Oslo Jean Morel", "LOC")
    names = _names(found)
    assert names.get("Oslo") == "location" and names.get("Jean Morel") == "person", names


def test_a_place_before_a_word_that_is_no_first_name_stays_one_name(nlp: Language) -> None:
    found = _entities_with(nlp, "Die Hamburg Nord Lions spielten am Montag.", "Hamburg Nord Lions", "ORG")
    assert "Hamburg Nord Lions" in _names(found), _names(found)


@pytest.mark.parametrize(
    ("text", "wrong", "expected"),
    [
        # Two full names run together by the recogniser: two people.
        (
            "Nachdem Angela Brenner Thomas Nowak getroffen hatte, reiste sie ab.",
            "Angela Brenner Thomas Nowak",
            {"Angela Brenner", "Thomas Nowak"},
        ),
        # A double first name before a first name and surname stays one name.
        (
            "Der Minister Hans Peter Wilhelm Müller reiste ab.",
            "Hans Peter Wilhelm Müller",
            {"Hans Peter Wilhelm Müller"},
        ),
    ],
)
def test_two_full_names_run_together_are_two_people(
    nlp: Language, text: str, wrong: str, expected: set[str]
) -> None:
    names = _names(_entities_with(nlp, text, wrong, "PER"))
    assert {n for n, t in names.items() if t == "person"} == expected, names
