"""Cleaning removes page chrome and repairs scraping damage, and records every change as an edit.

Acceptance on the example articles, then one invented German snippet per rule (what must change
and what must not), then properties that hold for any text.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from chronik.core.errors import ConfigError
from chronik.core.models import Cleaned
from chronik.ingest import lexicon
from chronik.ingest.boilerplate import BoilerplateRules
from chronik.ingest.clean import DATA_FILES, clean_text, rule_names

DATA = Path(__file__).resolve().parents[1] / "src" / "chronik" / "data" / "cleaning"
SEEDS = sorted((Path(__file__).resolve().parents[1] / "examples" / "seeds").glob("*.txt"))
BOILERPLATE = [
    "Quellenlink",
    "Kommentar (0)",
    "[Anzeige_2]",
    "Leave a Reply",
    "source-120",
    "toi-allgemeines",
]
# damaged form in the raw text -> how the cleaned text reads
DAMAGE = {
    "QUtin wurde": "Putin wurde",
    "QUtin dankte": "Putin dankte",
    "UNDDas Verteidigungsabkommen": "Das Verteidigungsabkommen",
    "Cauf Informationen": "Auf Informationen",
    "Anschließendüberreichte": "Anschließend überreichte",
    "Koreaist": "Korea ist",
    "J.ong Un ist": "Jong Un ist",
    "Geschenke.Dies": "Geschenke. Dies",
}
TITLES = {
    "000": None,
    "001": "Eine luxuriöse Limousine, Kunstwerke und andere Geschenke, mit denen Wladimir Putin und "
    "Kim Jong-un ihre diplomatischen Beziehungen festigten",
    "002": "Kim Jong Un lädt Putin nach Nordkorea ein, während er seinen Russlandbesuch fortsetzt – KCNA",
    "003": "Nordkoreas Machthaber Kim Jong Un erhält zum Ende seiner Russlandreise Drohnen als Geschenke",
    "004": None,
}


def assert_grounded(raw: str, cleaned: Cleaned) -> None:
    """Every copied stretch of the cleaned text maps back to the same raw characters."""
    text, omap = cleaned.text, cleaned.offsets
    for piece in omap.pieces:
        if piece.copied:
            s, e = omap.to_raw(piece.clean_start, piece.clean_end)
            assert raw[s:e] == text[piece.clean_start : piece.clean_end]
            for word in re.finditer(r"\S+", text[piece.clean_start : piece.clean_end]):
                a, b = piece.clean_start + word.start(), piece.clean_start + word.end()
                s, e = omap.to_raw(a, b)
                assert raw[s:e] == text[a:b]
    known = rule_names()
    assert all(edit.rule in known for edit in cleaned.edits)


def changed(raw: str) -> tuple[str, set[str]]:
    cleaned = clean_text(raw)
    assert_grounded(raw, cleaned)
    return cleaned.text, {edit.rule for edit in cleaned.edits}


# The data files ---------------------------------------------------------------------------------


def test_every_rule_an_edit_names_is_a_documented_key_of_a_data_file() -> None:
    data = {name: yaml.safe_load((DATA / name).read_text(encoding="utf-8")) for name in DATA_FILES}
    keys = {**data["boilerplate.yml"]["rules"], **data["whitespace.yml"]["rules"], **data["repairs.yml"]}
    keys["headline_repeat"] = data["boilerplate.yml"]["headline_repeat"]
    assert rule_names() <= set(keys)
    for rule in data["boilerplate.yml"]["rules"].values():
        assert rule["why"] and rule["patterns"]


def test_a_broken_pattern_is_a_config_error() -> None:
    data = yaml.safe_load((DATA / "boilerplate.yml").read_text(encoding="utf-8"))
    data["rules"]["broken"] = {"why": "test", "patterns": ["(unclosed"]}
    with pytest.raises(ConfigError, match="broken"):
        BoilerplateRules.from_data(data)
    data["rules"]["broken"] = {"why": "test", "patterns": ["{{no_such_list}}"]}
    with pytest.raises(ConfigError, match="no_such_list"):
        BoilerplateRules.from_data(data)


# Acceptance on the example articles ------------------------------------------------------------


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name[:3])
def test_seed_loses_boilerplate(path: Path) -> None:
    text = clean_text(path.read_text(encoding="utf-8")).text
    for chrome in BOILERPLATE:
        assert chrome not in text
    assert not re.search(r"^(PREV|NEXT) ", text, re.MULTILINE)
    assert "Lesen Sie hier" not in text
    assert "\n\n\n" not in text and text == text.strip()


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name[:3])
def test_seed_damage_is_repaired(path: Path) -> None:
    raw = path.read_text(encoding="utf-8")
    text = clean_text(raw).text
    for damaged, repaired in DAMAGE.items():
        assert damaged not in text
        if damaged in raw:
            assert repaired in text
    for damaged in ("QUtin", "lLesen", "UNDDas", "Cauf", "J.ong"):
        assert damaged not in text


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name[:3])
def test_seed_content_survives_unchanged(path: Path) -> None:
    raw = path.read_text(encoding="utf-8")
    text = clean_text(raw).text
    for line in raw.splitlines():
        sentence_like = len(line.split()) >= 8 and line.rstrip()[-1:] in '.“”"!?'
        if sentence_like and not any(d.split()[0] in line for d in DAMAGE):
            assert line.strip() in text


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name[:3])
def test_seed_title_is_the_kept_first_line(path: Path) -> None:
    cleaned = clean_text(path.read_text(encoding="utf-8"))
    assert cleaned.title == TITLES[path.name[:3]]
    if cleaned.title:
        assert cleaned.text.split("\n", 1)[0] == cleaned.title
        assert cleaned.text.count(cleaned.title) == 1


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name[:3])
def test_seed_is_grounded_and_cleaning_is_idempotent(path: Path) -> None:
    raw = path.read_text(encoding="utf-8")
    cleaned = clean_text(raw)
    assert_grounded(raw, cleaned)
    again = clean_text(cleaned.text)
    assert again.text == cleaned.text and again.edits == ()


# Boilerplate lines ---------------------------------------------------------------------------

BODY = "Die Stadt Bremen hat am Montag einen neuen Haushalt beschlossen. Er gilt ab Januar."
TAIL = "Der Bürgermeister zeigte sich zufrieden mit dem Ergebnis der Abstimmung."


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("[Werbung_3]", "bracketed_tag"),
        ("[Video]", "bracketed_tag"),
        ("Anzeige", "advert_marker"),
        ("Kommentare (12)", "comment_prompt"),
        ("3 Kommentare", "comment_prompt"),
        ("Jetzt kommentieren", "comment_prompt"),
        ("Teilen", "share_prompt"),
        ("Artikel teilen", "share_prompt"),
        ("Share this article", "share_prompt"),
        ("Facebook | Twitter | WhatsApp", "share_prompt"),
        ("Quelle-Link", "source_link"),
        ("Weiterlesen …", "source_link"),
        ("Zurück", "navigation"),
        ("Weiter »", "navigation"),
        ("Vorheriger Artikel: Streik bei der Bahn beendet", "navigation"),
        ("NEXT Neue Regeln für Mieter", "navigation"),
        ("politik-inland-42", "slug_line"),
        ("news_ticker-2024", "slug_line"),
        ("–", "lone_symbol"),
        ("* * *", "lone_symbol"),
        ("•", "lone_symbol"),
        ("Lesen Sie auch: Streit um die Schuldenbremse", "read_more_teaser"),
        ("Mehr zum Thema: Haushalt", "read_more_teaser"),
        ("08:30 Uhr", "timestamp_line"),
        ("vor 3 Stunden", "timestamp_line"),
        ("14.03.2024", "timestamp_line"),
        ("Dienstag, 5. März 2024, 09:12 Uhr", "timestamp_line"),
        ("Aktualisiert am 2. Mai 2023 um 17:45", "timestamp_line"),
        ("Foto: dpa/Carsten Koall", "media_credit"),
        ("Lesezeit: 4 Minuten", "reading_time"),
        ("Schlagwörter: Bremen, Haushalt", "tag_list"),
    ],
)
def test_boilerplate_line_is_removed_with_its_rule(line: str, rule: str) -> None:
    text, rules = changed(f"{BODY}\n{line}\n{TAIL}")
    assert text == f"{BODY}\n{TAIL}"
    assert rule in rules


@pytest.mark.parametrize(
    "line",
    [
        "NATO",
        "Bremen",
        "Weiter so, sagte der Trainer nach dem Spiel.",
        "Teilen und herrschen war sein Motto.",
        "Am Mittwoch trafen sich die Minister in Berlin.",
        "Kommentar von Anna Berger",
        "Lesen und Schreiben lernen die Kinder in der ersten Klasse.",
        "Zum Thema Migration äußerte sich der Minister nicht.",
        "Die USA und die EU verhandeln weiter.",
        "E-Mail-Adressen wurden nicht veröffentlicht.",
        "Nr. 5 der Liste ist z. B. ein Vorschlag der SPD.",
    ],
)
def test_content_line_is_kept(line: str) -> None:
    raw = f"{BODY}\n{line}\n{TAIL}"
    text, rules = changed(raw)
    assert text == raw and not rules


def test_stray_letter_does_not_hide_a_teaser() -> None:
    text, rules = changed(f"{BODY}\n\nmMehr zum Thema: Wahlen in Bremen\n\n{TAIL}")
    assert text == f"{BODY}\n\n{TAIL}" and "read_more_teaser" in rules


# Headline ------------------------------------------------------------------------------------

HEADLINE = "Bremer Senat beschließt Haushalt für die kommenden zwei Jahre"


@pytest.mark.parametrize(
    "repeat",
    [
        HEADLINE,
        HEADLINE.upper(),
        "Bremer Senat beschliesst Haushalt fuer die kommenden zwei Jahre",  # transliterated
        "Bremer Senat beschließt Haushalt für die",  # truncated
        HEADLINE + " | Weser-Bote",  # with the site name
    ],
)
def test_repeated_headline_is_dropped_first_kept(repeat: str) -> None:
    raw = f"{HEADLINE}\n\n{repeat}\n{BODY}"
    cleaned = clean_text(raw)
    assert cleaned.title == HEADLINE
    assert cleaned.text == f"{HEADLINE}\n\n{BODY}"
    assert "headline_repeat" in {e.rule for e in cleaned.edits}


@pytest.mark.parametrize(
    "sentence", ["Bremer Senat beschließt Haushalt.", f"{HEADLINE} mit knapper Mehrheit."]
)
def test_sentence_beginning_like_the_headline_is_kept(sentence: str) -> None:
    raw = f"{HEADLINE}\n\n{sentence}\n{BODY}"
    assert clean_text(raw).text == raw


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        (f"{HEADLINE}\n{BODY}", HEADLINE),  # directly above a paragraph
        (f"vor 2 Stunden\n{HEADLINE}\n\n{BODY}", HEADLINE),  # after a removed line
        (f"Papst empfängt Benedikt XVI.\n\n{BODY}", "Papst empfängt Benedikt XVI."),
        (f"{BODY}\n\n{TAIL}", None),  # a sentence is no headline
        ("Der Senat hat am Montag in der\nBürgerschaft einen neuen Haushalt\nbeschlossen.", None),
        ("Der Senat tagte\nin der Bürgerschaft.", None),  # hard-wrapped paragraph
    ],
)
def test_title_detection(raw: str, title: str | None) -> None:
    assert clean_text(raw).title == title


def test_metadata_title_repetitions_are_dropped() -> None:
    cleaned = clean_text(f"{BODY}\n{HEADLINE}\n{TAIL}", title=HEADLINE)
    assert cleaned.title == HEADLINE
    assert cleaned.text == f"{BODY}\n{TAIL}"


# Blank lines and whitespace ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        ("\n\nA b c.\n\n\n\nD e f.\n\n", "A b c.\n\nD e f."),
        ("A b c.\n\n[Anzeige]\n\nD e f.", "A b c.\n\nD e f."),
        ("A b c.\n[Anzeige]\nD e f.", "A b c.\nD e f."),
        ("A b c.\r\nD e f.\r\n", "A b c.\nD e f."),
        ("A\u00a0b  c. \t\nD\u200be f.\u00a0", "A b c.\nDe f."),
        ("  Eingerückt bleibt Text.", "Eingerückt bleibt Text."),
        ("Ein Satz mit einem Leerzeichen.", "Ein Satz mit einem Leerzeichen."),
        ("", ""),
        ("[Anzeige]\n\n", ""),
    ],
)
def test_layout_and_whitespace(raw: str, text: str) -> None:
    assert changed(raw)[0] == text


# Repairs -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "text", "rule"),
    [
        (
            "eEs war ein kalter Morgen in Bremen.",
            "Es war ein kalter Morgen in Bremen.",
            "dropcap_stray_lower",
        ),
        ("XYZDie Regierung tagte.", "Die Regierung tagte.", "dropcap_caps_prefix"),
        (
            "Dnach dem Spiel ging er nach Hause.",
            "Nach dem Spiel ging er nach Hause.",
            "dropcap_stray_capital",
        ),
        (
            "Kanzlerin Merkel reiste ab.\n\nXErkel sagte, sie sei zufrieden.",
            "Kanzlerin Merkel reiste ab.\n\nMerkel sagte, sie sei zufrieden.",
            "dropcap_lost_initial",
        ),
        ("Die Hauptstadt Berlinist groß.", "Die Hauptstadt Berlin ist groß.", "glued_words"),
        ("Danachsagte der Minister nichts.", "Danach sagte der Minister nichts.", "glued_words"),
        ("Die Polizeiund die Feuerwehr kamen.", "Die Polizei und die Feuerwehr kamen.", "glued_words"),
        (
            "Der Zug kam an.Danach stiegen alle aus.",
            "Der Zug kam an. Danach stiegen alle aus.",
            "glued_sentence",
        ),
        (
            "Er sagte: „Wir bleiben hier.“Dann ging er.",
            "Er sagte: „Wir bleiben hier.“ Dann ging er.",
            "glued_sentence",
        ),
        (
            "Der Politiker Olaf Scholz sprach. O.laf Scholz lächelte.",
            "Der Politiker Olaf Scholz sprach. Olaf Scholz lächelte.",
            "stray_dot_in_name",
        ),
    ],
)
def test_repair(raw: str, text: str, rule: str) -> None:
    cleaned, rules = changed(raw)
    assert cleaned == text
    assert rule in rules


@pytest.mark.parametrize(
    "raw",
    [
        # compounds are not glue
        "Das Gipfeltreffen endete mit einem Verteidigungsabkommen über Sprengdrohnen.",
        "Zum Vorstellungsende kamen alle Darsteller auf die Bühne.",
        "Indexbasierte Stromverträge werden teurer.",
        "Ein zu bestellender Vorsitzender fehlt noch.",
        "Die Weltraummacht plant eine Mission.",
        "Gleichgeachtet wurden alle Anträge, festgelegt wurde nichts.",
        "Das Priestersein und das Stummsein sind Themen des Romans.",
        "Die Grenzschutzbehörden und Raketenabwehrsysteme wurden verstärkt.",
        # abbreviations, numbers, addresses
        "Das gilt z.B. für Nr.5 und Nr. 6 in Abs.3.",
        "Die U.S. Army und die U.N. Mission blieben.",
        "Mehr unter www.example.org/Seite.Html und bei info@Beispiel.de oder Spiegel.De.",
        "Die Aktie von E.on fiel, J. Smith sagte nichts.",
        "Es waren 3.000 Menschen, am 3.Oktober.",
        # legitimate capitals
        "NATO und USA verhandeln, die DVRK schweigt.",
        "DVRK\n\nDVRKRegierung ist kein Wort, aber DVRK steht da.",
        "IKEA verkauft iPhone-Hüllen nicht.",
        "McDonald's eröffnet eine Filiale.",
        "CDs und PCs sind alt.",
    ],
)
def test_must_not_change(raw: str) -> None:
    text, rules = changed(raw)
    assert text == raw, rules


# Properties ----------------------------------------------------------------------------------

WORDS = [
    "Die",
    "Regierung",
    "hat",
    "am",
    "Montag",
    "beschlossen",
    "Koreaist",
    "QUtin",
    "Putin",
    "lLesen",
    "Sie",
    "Teilen",
    "Kommentare",
    "[Anzeige_1]",
    "12:15",
    "Uhr",
    "-",
    "Geschenke.Dies",
    "J.ong",
    "Jong",
    "z.B.",
    "NATO",
    "source-1",
    "PREV",
    "Gipfeltreffen",
    "und",
    "ist",
    "Anschließendüberreichte",
]
LINES = st.lists(st.sampled_from(WORDS), max_size=8).map(" ".join)
CHARS = st.text(alphabet="abcÄßXYZ .,:-!?\n\r\t\u00a0\u200b[]()0123456789", max_size=80)
TEXTS = st.one_of(CHARS, st.lists(st.one_of(LINES, CHARS), max_size=8).map("\n".join))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_any_text_is_cleaned_and_grounded(raw: str) -> None:
    cleaned = clean_text(raw)
    assert_grounded(raw, cleaned)
    for a, b in zip(cleaned.edits, cleaned.edits[1:], strict=False):
        assert a.end <= b.start


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_cleaning_is_idempotent(raw: str) -> None:
    once = clean_text(raw)
    twice = clean_text(once.text)
    assert twice.text == once.text
    assert twice.edits == ()


def test_word_tables_read_back_from_the_cache_folder_equal_the_tables_built(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    built = lexicon._case_entries(lexicon._lookups("de_lexeme_prob"))
    first = lexicon._cached("de_lexeme_prob", lexicon._case_entries)
    kept = list((tmp_path / "chronik" / "lexicon").glob("de_lexeme_prob-*.pickle"))
    assert len(kept) == 1
    read_back = lexicon._cached("de_lexeme_prob", lambda table: {})  # read back, not built
    assert list(first.items()) == list(built.items()) == list(read_back.items())
    kept[0].write_bytes(b"damaged")
    assert lexicon._cached("de_lexeme_prob", lexicon._case_entries) == built
    (tmp_path / "chronik" / "lexicon" / "de_lexeme_prob-0000000000000000.pickle").write_bytes(b"old")
    kept[0].unlink()
    lexicon._cached("de_lexeme_prob", lexicon._case_entries)
    assert [p.name for p in (tmp_path / "chronik" / "lexicon").iterdir()] == [kept[0].name]
