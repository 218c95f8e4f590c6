"""Golden tests for modality: each sentence names its trigger word and the modality it must get.
Runs on the shipped analysis pipeline (real tags and lemmas)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from chronik.extract.modality import modality_of, modality_reading, present_tense


def _modality(nlp: Language, text: str, trigger: str) -> str:
    doc = nlp(text)
    token = next(t for t in doc if t.text == trigger)
    return modality_of(token.sent, token)


PLANNED = [
    ("Der Minister will das Abkommen mit Chile so bald wie möglich unterzeichnen.", "unterzeichnen"),
    ("Die Kanzlerin wird voraussichtlich Hanoi und Saigon besuchen.", "besuchen"),
    ("Der Außenminister soll im Mai nach Ottawa reisen.", "reisen"),
    ("Die Präsidentin plant, im Herbst nach Chile zu fliegen.", "fliegen"),
    ("Der Premier kündigte an, den Emir in Doha zu treffen.", "treffen"),
    ("Der bevorstehende Besuch des Papstes beschäftigt die Stadt.", "Besuch"),
    ("Er sagte, er werde den Vertrag im Winter unterzeichnen.", "unterzeichnen"),
    ("Der Botschafter will kommende Woche den König treffen.", "treffen"),
    ("Die Verhandlungen über ein Abkommen mit Chile ziehen sich hin.", "Abkommen"),
    ("Norwegen und Chile verhandeln seit Mai über einen neuen Vertrag.", "Vertrag"),
    ("Die Detailverhandlungen über ein neues Abkommen mit Chile haben begonnen.", "Abkommen"),
    ("An den Gesprächen werden die Minister Norwegens, Chiles und Kenias teilnehmen.", "Gesprächen"),
    ("An den Gesprächen werden Ole Berg (SPD), Ana Ruiz (Kammer) und Eva Lind teilnehmen.", "Gesprächen"),
    ("Als seine Aufgabe sieht es der Präsident an, Frieden mit Chile zu schließen.", "schließen"),
    ("Ziel sei, dass Norwegen und Chile bis Mai ein Abkommen unterzeichnen.", "unterzeichnen"),
    ("Der Streit überschattet schon das nächste Gipfeltreffen.", "Gipfeltreffen"),
    ("Sie erklärte die Bereitschaft ihres Landes, in Gespräche mit Chile einzutreten.", "Gespräche"),
    ("Norwegen ist bereit, Chile Hilfen zu liefern.", "liefern"),
    ("Beachtet wurde die Ankündigung der Bank Norvik, ihre Tochter zu verkaufen.", "verkaufen"),
    # Pending: not reached yet, expected.
    ("Die Einigung zwischen Norwegen und Chile steht noch aus.", "Einigung"),
    ("Die Unterzeichnung des Abkommens mit Chile stand im Mai noch aus.", "Unterzeichnung"),
    ("Über die ausstehende Einigung mit Chile wird weiter verhandelt.", "Einigung"),
    ("Gemäß dem geplanten Abkommen zwischen Norwegen und Chile sollen die Zölle sinken.", "Abkommen"),
    # spoken up for: wished for, not made yet
    ("Die Mehrheit der Bürger sprach sich für eine Einigung mit den Gläubigern aus.", "Einigung"),
    ("Die Ministerin plädierte für ein Treffen mit dem chilenischen Präsidenten.", "Treffen"),
    ("Der Verband setzt sich für ein Abkommen zwischen Norwegen und Chile ein.", "Abkommen"),
    # a plan told of the event noun
    ("Ein Treffen mit Chile wurde am Montag angekündigt.", "Treffen"),
    ("Norwegen kündigte einen Besuch in Chile an.", "Besuch"),
    ("Die Regierung in Oslo hat ein Treffen mit Chile beschlossen.", "Treffen"),
]
NEGATED = [
    ("Die beiden Regierungen haben kein Abkommen unterzeichnet.", "unterzeichnet"),
    ("Der Bürgermeister hat die Delegation nicht empfangen.", "empfangen"),
    ("Das Ministerium bestritt, dass Waffen geliefert wurden.", "geliefert"),
    ("Weder Madrid noch Lissabon unterzeichneten die Erklärung.", "unterzeichneten"),
    ("Der geplante Besuch in Kairo wurde abgesagt.", "Besuch"),
    ("Die Delegation reiste ab, ohne ein Abkommen zu unterzeichnen.", "unterzeichnen"),
    ("Die Reise nach Lima war für Mai geplant, wurde aber abgesagt.", "Reise"),
    ("Sie hätte zu der Anhörung gerne auch Kritiker eingeladen, fand aber keine.", "eingeladen"),
    ("Der Minister hat bei keinem Treffen mit dem Emir über Öl gesprochen.", "Treffen"),
    ("Der Minister nahm am Treffen mit dem Emir nicht teil.", "Treffen"),
    # Refused: what was offered did not take place.
    ("Die Ministerin lehnte ein Treffen mit dem Emir ab.", "Treffen"),
    ("Die Gewerkschaft erklärte, der Vorstand habe ein Gespräch mit ihr abgelehnt.", "Gespräch"),
    ("Der Gouverneur verweigerte der Delegation einen Besuch der Anlage.", "Besuch"),
    ("Warum hat Norwegen das Abkommen mit Chile nicht unterzeichnet?", "unterzeichnet"),
    # a clause after the denial that sets no condition leaves it denied
    ("Norwegen und Chile haben sich nicht geeinigt, wenn auch nur knapp.", "geeinigt"),
    ("Norwegen und Chile unterzeichneten kein Abkommen, als der Minister in Oslo war.", "unterzeichneten"),
    ("Norwegen, Chile und Peru haben kein Abkommen unterzeichnet.", "unterzeichnet"),
    # `nicht` before the event noun's own attribute denies it
    ("Das nicht unterzeichnete Abkommen zwischen Norwegen und Chile sorgt für Streit.", "Abkommen"),
    ("Die Ministerin hat in Oslo nicht ausländische Gäste empfangen.", "empfangen"),
]
UNCERTAIN = [
    ("Eine Einigung zwischen Norwegen und Chile sei möglich, sagte der Minister.", "Einigung"),
    ("Ein Abkommen mit Chile sei durchaus möglich.", "Abkommen"),
    ("Er hofft, dass es zu einem Treffen mit dem Emir kommen könne.", "Treffen"),
    ("Der General soll dem Oberst eine Uhr geschenkt haben.", "geschenkt"),
    ("Angeblich traf der Gesandte den Scheich in Riad.", "traf"),
    ("Die Ministerin könnte im Juni nach Tokio reisen.", "reisen"),
    ("Traf der Kanzler den Präsidenten in Warschau?", "Traf"),
    ("Hat Norwegen mit Chile ein Abkommen geschlossen?", "geschlossen"),
    # being considered
    ("Ein Besuch des Präsidenten in Oslo ist im Gespräch.", "Besuch"),
    ("Im Gespräch ist auch ein Treffen mit dem chilenischen Präsidenten.", "Treffen"),
    # what a condition denies hangs on it: not told as not done
    ("Wenn bis Mai keine Einigung zwischen Norwegen und Chile erzielt ist, droht ein Prozess.", "Einigung"),
    ("Wenn Chile nicht zustimmt, unterzeichnen Norwegen und Chile kein Abkommen.", "unterzeichnen"),
    ("Die Delegation reist ab, falls sich Norwegen und Chile nicht einigen.", "einigen"),
    # … also where a list cut by commas parts the event from the conditional word
    ("Wenn zwischen Norwegen, Chile und Peru keine Einigung erzielt ist, droht ein Prozess.", "Einigung"),
    ("Wenn zwischen Norwegen, Chile und Peru eine Einigung erzielt ist, endet der Streit.", "Einigung"),
    ("Berichten zufolge überreichte der Gouverneur dem Gast ein Schwert.", "überreichte"),
    ("Es ist unklar, ob die Ministerin an dem Treffen teilnimmt.", "teilnimmt"),
    ("Dem Vernehmen nach traf der Gesandte den Scheich in Riad.", "traf"),
    ("Tut er das nicht, müssen sich Norwegen und Chile binnen 21 Tagen einigen.", "einigen"),
    ("Wenn der Rat nicht zustimmt, unterzeichnen Norwegen und Chile ein neues Abkommen.", "unterzeichnen"),
    ("Die Kritiker fürchten Nachteile, wenn Norwegen und Chile ihr Abkommen aushandeln.", "Abkommen"),
    ("Es gibt Streit, wenn der Gesandte den Scheich in Riad trifft.", "trifft"),
    # An obligation tells what is required, not that it is done.
    ("Die Regierung in Lomar muss mit der Gewerkschaft Nordbund eine Vereinbarung treffen.", "Vereinbarung"),
    ("Mit den Fischern müssen nun Gespräche geführt werden, sagte die Ministerin.", "Gespräche"),
    ("Er sagte, Norwegen müsse sich mit Chile auf einen neuen Vertrag einigen.", "einigen"),
    ("Dafür müssten sich Norwegen und Chile erst auf ein Abkommen einigen.", "einigen"),
]
ASSERTED = [
    ("An den Gesprächen nahmen Ole Berg (Bauernbund), Ana Ruiz (Kammer) und Eva Lind teil.", "Gesprächen"),
    ("Der Gesandte traf den Scheich in Riad, wenn auch nur für eine Stunde.", "traf"),
    ("Der Sprecher sagte, die beiden Minister hätten ein Abkommen unterzeichnet.", "unterzeichnet"),
    ("Der Außenminister traf seinen Amtskollegen in Rom.", "traf"),
    ("Die Kanzlerin reiste nicht nach Paris, sondern nach Madrid.", "reiste"),
    ("Das Treffen fand nicht öffentlich statt.", "fand"),
    ("Er besuchte nicht nur Lyon, sondern auch Nizza.", "besuchte"),
    ("Sie traf den Senator nicht, und danach reiste sie ab.", "reiste"),
    ("Ohne ein Wort zu sagen, verließen die Diplomaten den Saal.", "verließen"),
    ("Das Abkommen wird am Freitag unterzeichnet.", "unterzeichnet"),
    ("Nach Verhandlungen über Zölle unterzeichneten Norwegen und Chile ein Abkommen.", "unterzeichneten"),
    ("Die Verhandlungen mit Chile führte Minister Lars Berg.", "Verhandlungen"),
    ("Nachdem die Frist abgelaufen war, einigten sich Norwegen und Chile auf einen Entwurf.", "einigten"),
    ("Am Montag trafen sich die Außenminister Norwegens, Chiles und Kenias in Oslo.", "trafen"),
    ("Das Treffen in Oslo verfolgte das Ziel, die Lage zu beruhigen.", "Treffen"),
    ("Ziel der Kritik war der Minister, nachdem er den Emir in Doha getroffen hatte.", "getroffen"),
    # An event noun that is its clause's occasion took place, whatever the clause denies.
    ("Bei dem Treffen mit dem Emir gab es keine Einigung.", "Treffen"),
    ("Der Minister setzte sich beim gestrigen Gipfel in Rom nicht durch.", "Gipfel"),
    ("Die Ministerinnen haben sich auf einem Treffen in Riga nicht geeinigt.", "Treffen"),
    ("Bei dem Treffen mit dem Emir lehnte der Minister den Vorschlag ab.", "Treffen"),
    # … and so is one named as the time around the clause (`im Vorfeld`, `am Rande`).
    ("Im Vorfeld des Besuchs des Emirs in Oslo gab es keine Proteste.", "Besuchs"),
    ("Am Rande des Gipfels in Rom lehnte der Minister den Vorschlag ab.", "Gipfels"),
    # a condition told before in a clause of its own is no list part of the event's clause
    ("Er drücke ein Auge zu, wenn ein Kunde Fotos länger verwendet, sagte der Fotograf Ole Berg.", "sagte"),
    # the particle of `bereitstellen` is no `bereit` (ready to)
    ("Norwegen stellte am Montag Hilfen für Chile bereit.", "stellte"),
    # a past obligation reports what was done; an occasion is not what is required
    ("Der Minister musste im Jahr 2010 mit Chile ein Abkommen unterzeichnen.", "unterzeichnen"),
    ("Sie mussten sich nach langem Streit mit dem Verband einigen.", "einigen"),
    ("Beim Gipfel in Rom muss der Minister die Partner überzeugen.", "Gipfel"),
    # `steht` alone: the agreement is reached
    ("Die Einigung zwischen Norwegen und Chile steht.", "Einigung"),
    # `nicht` before another noun's attribute denies that noun, not the event
    ("Die Minister kritisierten die noch nicht fertigen Ergebnisse des Gipfels in Oslo.", "Gipfels"),
    ("Norwegen und Chile haben ein nie ratifiziertes Abkommen unterzeichnet.", "unterzeichnet"),
    # an event noun referred to as there (`gemäß`, `entsprechend`): the clause's cues are not its own
    (
        "Entsprechend dem Koalitionsvertrag von Rot und Grün soll die Schule künftig länger offen sein.",
        "Koalitionsvertrag",
    ),
    (
        "Gemäß einer Vereinbarung zwischen Norwegen und Chile werden Flüchtlinge nicht mehr festgehalten.",
        "Vereinbarung",
    ),
    # talks held (`im Gespräch mit`) are no talk of a plan
    ("Der Kanzler war am Montag im Gespräch mit dem Präsidenten.", "Gespräch"),
    # `für` without speaking up for it: a vote on it, thanks for it
    ("Das Parlament stimmte für das Abkommen zwischen Norwegen und Chile.", "Abkommen"),
    ("Norwegen bedankte sich für den Besuch des Präsidenten in Oslo.", "Besuch"),
    # the event noun that plans or provides is no plan; an agreement adopted is concluded
    ("Das Abkommen zwischen Norwegen und Chile sieht vor, dass die Zölle sinken.", "Abkommen"),
    ("Der Gipfel in Oslo hat beschlossen, dass Chile Hilfen erhalten soll.", "Gipfel"),
    ("Seit Montag steht die Einigung mit Chile, sagte der Minister.", "Einigung"),
    # a question opened by an interrogative word asks about an event it takes as given
    ("Worauf haben sich Norwegen und Chile geeinigt?", "geeinigt"),
    ("Wann trafen sich der Kanzler und der Präsident in Warschau?", "trafen"),
    ("Welche Geschenke überreichte der Gouverneur dem Gast?", "überreichte"),
]


@pytest.mark.parametrize(("text", "trigger"), PLANNED)
def test_must_read_planned(nlp: Language, text: str, trigger: str) -> None:
    assert _modality(nlp, text, trigger) == "planned"


@pytest.mark.parametrize(("text", "trigger"), NEGATED)
def test_must_read_negated(nlp: Language, text: str, trigger: str) -> None:
    assert _modality(nlp, text, trigger) == "negated"


@pytest.mark.parametrize(("text", "trigger"), UNCERTAIN)
def test_must_read_uncertain(nlp: Language, text: str, trigger: str) -> None:
    assert _modality(nlp, text, trigger) == "uncertain"


@pytest.mark.parametrize(("text", "trigger"), ASSERTED)
def test_must_not_read_a_modality_into_plain_or_scoped_statements(
    nlp: Language, text: str, trigger: str
) -> None:
    assert _modality(nlp, text, trigger) == "asserted"


def test_reading_names_the_deciding_cue_with_offsets(nlp: Language) -> None:
    doc = nlp("Der Minister wird den Vertrag nicht unterzeichnen.")
    token = next(t for t in doc if t.text == "unterzeichnen")
    reading = modality_reading(token.sent, token)
    assert reading.modality == "negated"
    assert reading.cue == "nicht"
    assert reading.cue_start is not None and reading.cue_end is not None
    assert doc.text[reading.cue_start : reading.cue_end] == "nicht"


def test_a_past_passive_with_wurde_is_asserted_not_planned() -> None:
    from chronik.core.models import Document
    from chronik.core.offsets import OffsetMap
    from chronik.core.settings import Settings
    from chronik.extract.document import extract
    from chronik.nlp.pipeline import load_pipeline

    text = "Der General Karim Nasser kam nach Bagdad. Er wurde dort von dem Minister Ali Rami empfangen."
    doc = Document(id="t", source="t", raw=text, text=text, offsets=OffsetMap.identity(len(text)))
    meetings = [e for e in extract(doc, load_pipeline(Settings.load())(text)).events if e.type == "meeting"]
    assert meetings and meetings[0].modality == "asserted"


def test_a_future_across_an_apposition_is_planned() -> None:
    from chronik.core.models import Document
    from chronik.core.offsets import OffsetMap
    from chronik.core.settings import Settings
    from chronik.extract.document import extract
    from chronik.nlp.pipeline import load_pipeline

    text = "Der Minister Jan Kral wird mit Sun Li, dem Chef der Behörde, zusammentreffen."
    doc = Document(id="t", source="t", raw=text, text=text, offsets=OffsetMap.identity(len(text)))
    meetings = [e for e in extract(doc, load_pipeline(Settings.load())(text)).events if e.type == "meeting"]
    assert meetings and meetings[0].modality == "planned"


def test_a_failed_meeting_took_place(nlp: Language) -> None:
    doc = nlp("Das Treffen der beiden Präsidenten in Genf ist gescheitert.")
    token = next(t for t in doc if t.text == "Treffen")
    assert modality_of(token.sent, token, "meeting") == "asserted"
    assert modality_of(token.sent, token, "agreement") == "negated"


def test_a_negating_adjective_of_another_noun_leaves_the_event(nlp: Language) -> None:
    text = "Nach dem abgesagten Konzert reiste die Sängerin nach Oslo."
    assert _modality(nlp, text, "reiste") == "asserted"
    assert _modality(nlp, "Der abgesagte Besuch in Oslo sorgte für Ärger.", "Besuch") == "negated"


@pytest.mark.parametrize(
    ("text", "trigger", "present"),
    [
        ("Am Freitag trifft der Gesandte den Emir.", "trifft", True),
        ("Am Freitag empfängt die Königin den Gast.", "empfängt", True),
        ("Am Freitag lädt der Premier die Minister ein.", "lädt", True),
        ("Am Freitag hält sich der Kanzler in Lima auf.", "hält", True),
        ("Am Freitag ist der Gesandte in Lima zu Gast.", "ist", True),
        ("Am Freitag traf der Gesandte den Emir.", "traf", False),
        ("Am Freitag empfing die Königin den Gast.", "empfing", False),
        ("Am Freitag hielt sich der Kanzler in Lima auf.", "hielt", False),
        ("Am Freitag berieten die Minister.", "berieten", False),
        ("Am Freitag landete der Gesandte in Lima.", "landete", False),
        ("Am Freitag hat der Gesandte den Emir getroffen.", "getroffen", False),
        ("Am Freitag ist der Gesandte in Lima eingetroffen.", "eingetroffen", False),
        ("Am Freitag wurde der Gesandte in Lima empfangen.", "empfangen", False),
    ],
)
def test_the_present_tense_is_told_from_past_and_perfect(
    nlp: Language, text: str, trigger: str, present: bool
) -> None:
    doc = nlp(text)
    token = next(t for t in doc if t.text == trigger)
    assert present_tense(token.sent, token) is present


def test_an_invitation_turned_down_was_still_made(nlp: Language) -> None:
    doc = nlp("Der Präsident lehnte die Einladung des Emirs nach Doha ab.")
    token = next(t for t in doc if t.text == "Einladung")
    assert modality_of(token.sent, token, "invitation") == "asserted"
    assert modality_of(token.sent, token) == "negated"


def test_an_agreement_adopted_is_concluded_but_a_meeting_decided_is_planned(nlp: Language) -> None:
    doc = nlp("Das Kabinett hat einen Vertrag zwischen dem Land und seinen Hochschulen beschlossen.")
    token = next(t for t in doc if t.text == "Vertrag")
    assert modality_of(token.sent, token, "agreement") == "asserted"
    doc = nlp("Die Regierung in Oslo hat ein Treffen mit Chile beschlossen.")
    token = next(t for t in doc if t.text == "Treffen")
    assert modality_of(token.sent, token, "meeting") == "planned"
    # deciding to conclude one is a plan
    doc = nlp("Das Kabinett hat beschlossen, einen Vertrag mit den Hochschulen zu schließen.")
    token = next(t for t in doc if t.text == "Vertrag")
    assert modality_of(token.sent, token, "agreement") == "planned"


def test_an_obligation_said_is_a_statement_made(nlp: Language) -> None:
    doc = nlp("Die Regierung müsse sich mit Chile einigen, so der Minister.")
    token = next(t for t in doc if t.text == "einigen")
    assert modality_of(token.sent, token, "agreement") == "uncertain"
    assert modality_of(token.sent, token, "statement") == "asserted"
