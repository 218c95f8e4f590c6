"""Every input format becomes SourceItems with the right text, fields and source names."""

from __future__ import annotations

import gzip
import io
import json
import sys
from pathlib import Path

import pytest

from chronik.core.models import Skipped, SourceItem
from chronik.core.settings import Settings
from chronik.ingest.formats.detect import sniff_format
from chronik.ingest.formats.fields import normalise_date
from chronik.ingest.formats.tables import detect_dialect
from chronik.ingest.sources import read_sources

ARTICLE = (
    "Die Außenministerin ist am Montag zu Gesprächen nach Warschau gereist. "
    "Dort traf sie ihren polnischen Amtskollegen, mit dem sie über die Lage an der Grenze sprach.\n"
    "Beide Seiten vereinbarten, die Zusammenarbeit bei der Energieversorgung auszubauen. "
    "Ein weiteres Treffen ist für den Herbst in Berlin geplant."
)

PAGE = """<!DOCTYPE html>
<html lang="de-DE"><head><meta charset="utf-8"><title>Reise nach Warschau | Beispielblatt</title>
<meta name="author" content="Eva Muster">
<meta property="article:published_time" content="2023-05-08T09:30:00+02:00">
<link rel="canonical" href="https://zeitung.example/politik/reise-warschau"></head>
<body><nav><a href="/">Startseite</a> <a href="/politik">Politik</a> <a href="/sport">Sport</a></nav>
<article><h1>Reise nach Warschau</h1>
<p>Die Außenministerin ist am Montag zu Gesprächen nach Warschau gereist. Dort traf sie ihren
polnischen Amtskollegen, mit dem sie über die Lage an der Grenze sprach.</p>
<p>Beide Seiten vereinbarten, die Zusammenarbeit bei der Energieversorgung auszubauen. Ein weiteres
Treffen ist für den Herbst in Berlin geplant.</p></article>
<footer>Impressum · Datenschutz · Kontakt</footer></body></html>
"""


def read(specs: list[str], settings: Settings) -> list[SourceItem | Skipped]:
    return list(read_sources(specs, settings))


def items_of(results: list[SourceItem | Skipped]) -> list[SourceItem]:
    assert all(isinstance(r, SourceItem) for r in results), [str(r) for r in results]
    return [r for r in results if isinstance(r, SourceItem)]


# --- plain text -------------------------------------------------------------------------------


def test_seed_articles_are_read_exactly(seeds_dir: Path, settings: Settings) -> None:
    spec = str(seeds_dir)
    items = items_of(read([spec], settings))
    assert [Path(i.source).name for i in items] == sorted(p.name for p in seeds_dir.glob("*.txt"))
    for item in items:
        assert item.raw == Path(item.source).read_text(encoding="utf-8")
        assert item.source.startswith(spec)


def test_text_keeps_crlf_and_drops_only_the_bom(tmp_path: Path, settings: Settings) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"\xef\xbb\xbfErste Zeile\r\nZweite Zeile  \r\n\r\n")
    (item,) = items_of(read([str(path)], settings))
    assert item.raw == "Erste Zeile\r\nZweite Zeile  \r\n\r\n"
    assert item.source == str(path)


@pytest.mark.parametrize("encoding", ["cp1252", "iso8859_15", "utf-16"])
def test_text_in_other_encodings(tmp_path: Path, settings: Settings, encoding: str) -> None:
    text = "Größere Übungen in Köln – „vorerst“ nicht; Straße gesperrt, Kosten 5 €.\n"
    if encoding == "iso8859_15":
        text = text.replace("–", "-").replace("„", '"').replace("“", '"')
    path = tmp_path / "alt.txt"
    path.write_bytes(text.encode(encoding))
    (item,) = items_of(read([str(path)], settings))
    assert item.raw == text


def test_utf8_with_a_stray_cp1252_byte(tmp_path: Path, settings: Settings) -> None:
    path = tmp_path / "mixed.txt"
    path.write_bytes("Über die Brücke gehen".encode() + b" und sp\xe4ter zur\xfcck.")
    (item,) = items_of(read([str(path)], settings))
    assert item.raw == "Über die Brücke gehen und später zurück."


def test_unknown_extension_that_is_text(tmp_path: Path, settings: Settings) -> None:
    path = tmp_path / "meldung.dat"
    path.write_text(ARTICLE, encoding="utf-8")
    (item,) = items_of(read([str(path)], settings))
    assert item.raw == ARTICLE


def test_directory_is_recursive_sorted_and_skips_hidden(tmp_path: Path, settings: Settings) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    for rel in ["b/2.txt", "a.txt", "b/1.txt", ".hidden.txt", ".git/config.txt"]:
        (tmp_path / rel).write_text(f"Text von {rel}", encoding="utf-8")
    items = items_of(read([str(tmp_path)], settings))
    assert [Path(i.source).relative_to(tmp_path).as_posix() for i in items] == ["a.txt", "b/1.txt", "b/2.txt"]


def test_glob(tmp_path: Path, settings: Settings) -> None:
    for name in ["x1.txt", "x2.txt", "y.txt"]:
        (tmp_path / name).write_text(f"Inhalt {name}", encoding="utf-8")
    items = items_of(read([str(tmp_path / "x*.txt")], settings))
    assert [Path(i.source).name for i in items] == ["x1.txt", "x2.txt"]


def test_gzipped_text(tmp_path: Path, settings: Settings) -> None:
    path = tmp_path / "a.txt.gz"
    path.write_bytes(gzip.compress(ARTICLE.encode()))
    (item,) = items_of(read([str(path)], settings))
    assert item.raw == ARTICLE and item.source == str(path)


# --- HTML -------------------------------------------------------------------------------------


def test_html_main_text_and_metadata(tmp_path: Path, settings: Settings) -> None:
    path = tmp_path / "seite.html"
    path.write_text(PAGE, encoding="utf-8")
    (item,) = items_of(read([str(path)], settings))
    assert "Warschau gereist" in item.raw
    assert "Energieversorgung" in item.raw
    assert "Impressum" not in item.raw and "Startseite" not in item.raw
    assert item.title == "Reise nach Warschau"
    assert item.published == "2023-05-08"
    assert item.url == "https://zeitung.example/politik/reise-warschau"
    assert item.author == "Eva Muster"
    assert item.language == "de"
    assert item.original == PAGE


def test_html_in_cp1252_with_meta_charset_and_gzip(tmp_path: Path, settings: Settings) -> None:
    page = PAGE.replace('charset="utf-8"', 'charset="windows-1252"').replace(" · ", " - ")
    path = tmp_path / "seite.htm.gz"
    path.write_bytes(gzip.compress(page.encode("cp1252")))
    (item,) = items_of(read([str(path)], settings))
    assert "Außenministerin" in item.raw and item.original == page


# --- JSON Lines and JSON ----------------------------------------------------------------------


def test_jsonl_fields_sources_and_metadata(tmp_path: Path, settings: Settings) -> None:
    records = [
        {
            "text": ARTICLE,
            "title": "Reise",
            "url": "https://x.example/1",
            "published": "08.05.2023",
            "language": "de-AT",
            "source": "Beispielblatt",
            "rubrik": "Politik",
        },
        {"body": "Zweiter Artikel.", "headline": "Zwei", "date": "2023-05-09T18:00:00Z"},
    ]
    path = tmp_path / "a.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n", encoding="utf-8")
    first, second = items_of(read([str(path)], settings))
    assert first.source == f"{path}#1" and second.source == f"{path}#2"
    assert first.raw == ARTICLE and first.title == "Reise" and first.url == "https://x.example/1"
    assert first.published == "2023-05-08" and first.metadata["published_raw"] == "08.05.2023"
    assert first.language == "de"
    assert first.metadata["outlet"] == "Beispielblatt" and first.metadata["rubrik"] == "Politik"
    assert second.raw == "Zweiter Artikel." and second.title == "Zwei" and second.published == "2023-05-09"
    assert second.language is None


def test_field_names_come_from_settings(tmp_path: Path) -> None:
    path = tmp_path / "a.ndjson"
    path.write_text(
        json.dumps({"originalText": "Ein Text.", "text": "nicht dieser", "documentName": "T"}) + "\n"
    )
    settings = Settings.load(text_field="originalText", title_field="documentName")
    (item,) = items_of(read([str(path)], settings))
    assert item.raw == "Ein Text." and item.title == "T" and item.metadata == {"text": "nicht dieser"}


def test_json_list_object_with_list_and_single_object(tmp_path: Path, settings: Settings) -> None:
    listed = tmp_path / "list.json"
    listed.write_text(json.dumps([{"text": "Eins."}, {"content": ["Absatz eins.", "Absatz zwei."]}]))
    wrapped = tmp_path / "wrapped.json"
    wrapped.write_text(json.dumps({"meta": {"n": 1}, "data": {"articles": [{"article": "Drei."}]}}))
    single = tmp_path / "single.json"
    single.write_text(json.dumps({"text": "Vier.", "title": "Einzeln"}))
    items = items_of(read([str(listed), str(wrapped), str(single)], settings))
    assert [(i.source, i.raw) for i in items] == [
        (f"{listed}#0", "Eins."),
        (f"{listed}#1", "Absatz eins.\n\nAbsatz zwei."),
        (f"{wrapped}#0", "Drei."),
        (str(single), "Vier."),
    ]


def test_json_lines_saved_as_json(tmp_path: Path, settings: Settings) -> None:
    path = tmp_path / "lines.json"
    path.write_text('{"text": "Eins."}\n\n{"text": "Zwei."}\n')
    assert [i.raw for i in items_of(read([str(path)], settings))] == ["Eins.", "Zwei."]


def test_gzipped_jsonl(tmp_path: Path, settings: Settings) -> None:
    path = tmp_path / "a.jsonl.gz"
    path.write_bytes(gzip.compress(b'{"text": "Eins."}\n{"text": "Zwei."}\n'))
    items = items_of(read([str(path)], settings))
    assert [(i.source, i.raw) for i in items] == [(f"{path}#1", "Eins."), (f"{path}#2", "Zwei.")]


# --- CSV and TSV ------------------------------------------------------------------------------


def test_csv_semicolon_single_quotes_header_and_metadata(tmp_path: Path, settings: Settings) -> None:
    rows = [
        "nr;rubrik;text",
        "1;Politik;'Er sagte: \"Wir kommen\"; dann ging er.'",
        "2;Sport;'Ein Text mit ''Apostroph'' und\r\nzweiter Zeile.'",
    ]
    path = tmp_path / "a.csv"
    path.write_bytes("\r\n".join(rows).encode() + b"\r\n")
    first, second = items_of(read([str(path)], settings))
    assert first.raw == 'Er sagte: "Wir kommen"; dann ging er.'
    assert first.metadata == {"nr": "1", "rubrik": "Politik"} and first.source == f"{path}#2"
    assert second.raw == "Ein Text mit 'Apostroph' und\r\nzweiter Zeile." and second.source == f"{path}#3"


def test_csv_columns_by_name_and_long_fields(tmp_path: Path, settings: Settings) -> None:
    long_text = "Sehr langer Artikel, mit Kommas. " * 8000  # over csv's 128 KiB default field limit
    path = tmp_path / "b.csv"
    path.write_text(
        f'Headline,Datum,Body\n"Titel eins",14.09.2023,"{long_text}"\n'
        '"Titel zwei",2023-09-15,"Kurz, knapp."\n',
        encoding="utf-8",
    )
    first, second = items_of(read([str(path)], settings))
    assert first.raw == long_text and first.title == "Titel eins" and first.published == "2023-09-14"
    assert second.raw == "Kurz, knapp." and second.published == "2023-09-15" and second.metadata == {}


def test_csv_without_header_takes_the_longest_column(tmp_path: Path, settings: Settings) -> None:
    path = tmp_path / "c.csv"
    path.write_text(
        '17,"Ein langer Text über den Haushalt, der im Parlament beraten wurde."\n'
        '18,"Noch ein Text über die Wahl in Hessen, die im Herbst stattfindet."\n'
    )
    items = items_of(read([str(path)], settings))
    assert [i.raw[:15] for i in items] == ["Ein langer Text", "Noch ein Text ü"]
    assert items[0].metadata == {"column1": "17"} and items[0].source == f"{path}#1"


def test_tsv_and_configured_delimiter(tmp_path: Path) -> None:
    tsv = tmp_path / "d.tsv"
    tsv.write_text("title\ttext\nEins\tText eins, mit Komma.\nZwei\tText zwei; mit Semikolon.\n")
    piped = tmp_path / "e.csv"
    piped.write_text("title|text\nDrei|Text drei, mit Komma; und Semikolon.\n")
    settings = Settings.load(csv_delimiter="|")
    items = items_of(read([str(piped)], settings)) + items_of(read([str(tsv)], Settings.load()))
    assert [(i.title, i.raw) for i in items] == [
        ("Drei", "Text drei, mit Komma; und Semikolon."),
        ("Eins", "Text eins, mit Komma."),
        ("Zwei", "Text zwei; mit Semikolon."),
    ]


def test_dialect_detection_prefers_the_quote_in_use() -> None:
    sample = "row;label;text\n0;A;'Er sagte \"ja\" und ging'\n1;B;'Sie sagte \"nein\"'\n"
    dialect = detect_dialect(sample)
    assert (dialect.delimiter, dialect.quotechar) == (";", "'")


def test_10kgnad_corpus_as_it_is(corpora_dir: Path, settings: Settings) -> None:
    results = read([str(corpora_dir / "10kgnad" / "articles.csv.gz")], settings)
    items = items_of(results)
    assert len(items) == 877
    assert {"row", "label"} == set(items[0].metadata)
    assert not items[0].raw.startswith("'") and len({i.source for i in items}) == 877


# --- feeds read from a file, standard input, sniffing -----------------------------------------


def test_feed_file_uses_entry_content_without_network(tmp_path: Path, settings: Settings) -> None:
    path = tmp_path / "nachrichten.rss"
    path.write_text(
        """<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>T</title>
        <language>de-de</language>
        <item><title>Eins</title><link>http://127.0.0.1:9/eins</link>
        <pubDate>Thu, 14 Sep 2023 00:30:00 +0200</pubDate>
        <description>&lt;p&gt;Erster Absatz.&lt;/p&gt;&lt;p&gt;Zweiter Absatz.&lt;/p&gt;</description></item>
        <item><title>Zwei</title><description>Nur eine Zeile.</description></item>
        </channel></rss>""",
        encoding="utf-8",
    )
    first, second = items_of(read([str(path)], settings))
    assert first.raw == "Erster Absatz.\nZweiter Absatz." and first.title == "Eins"
    assert (
        first.published == "2023-09-14"
        and first.language == "de"
        and first.source == "http://127.0.0.1:9/eins"
    )
    assert second.raw == "Nur eine Zeile." and second.source == f"{path}#1"


class _Stdin:
    def __init__(self, data: bytes) -> None:
        self.buffer = io.BytesIO(data)


@pytest.mark.parametrize(
    ("data", "raws"),
    [
        (b'{"text": "Eins."}\n{"text": "Zwei."}\n', ["Eins.", "Zwei."]),
        (b'[{"text": "Eins."}]', ["Eins."]),
        (PAGE.encode(), None),
        (ARTICLE.encode(), [ARTICLE]),
        (gzip.compress(ARTICLE.encode()), [ARTICLE]),
    ],
)
def test_stdin_is_sniffed(
    monkeypatch: pytest.MonkeyPatch, settings: Settings, data: bytes, raws: list[str] | None
) -> None:
    monkeypatch.setattr(sys, "stdin", _Stdin(data))
    items = items_of(read(["-"], settings))
    if raws is None:
        assert len(items) == 1 and items[0].title == "Reise nach Warschau"
    else:
        assert [i.raw for i in items] == raws


@pytest.mark.parametrize(
    ("head", "fmt"),
    [
        (b"\xef\xbb\xbf [1]", "json"),
        (b'{"a":\n 1}', "json"),
        (b'{"a":1}\n{"a":2}', "jsonl"),
        (b"<?xml version='1.0'?><feed xmlns='x'>", "feed"),
        (b"<!doctype html><p>x", "html"),
        (b"Ein <p> im Text", "html"),
        (b"Nur Text.", "text"),
    ],
)
def test_sniff_format(head: bytes, fmt: str) -> None:
    assert sniff_format(head) == fmt


@pytest.mark.parametrize(
    ("value", "iso"),
    [
        ("2023-09-14T23:30:00+02:00", "2023-09-14"),
        ("Thu, 14 Sep 2023 23:30:00 +0200", "2023-09-14"),
        ("14.9.2023", "2023-09-14"),
        ("2023/09/14", "2023-09-14"),
        (1694649600, "2023-09-14"),
        ("1694649600000", "2023-09-14"),
        ("gestern", None),
        ("31.02.2023", None),
        (True, None),
    ],
)
def test_normalise_date(value: object, iso: str | None) -> None:
    assert normalise_date(value) == iso
