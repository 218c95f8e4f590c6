"""Input that is wrong in quiet ways: each kind is either skipped with its reason, or stored with a
warning, or stored right; never stored wrong in silence. The URLs go to a real HTTP server on
127.0.0.1; the address policy is tested with loopback addresses and names only."""

from __future__ import annotations

import base64
import json
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from chronik.core.controls import one_line, visible
from chronik.core.errors import ConfigError, FetchError
from chronik.core.models import Skipped, SourceItem
from chronik.core.settings import Settings
from chronik.ingest.decode import decode
from chronik.ingest.fetch import AddressPolicy, address_kind, fetch
from chronik.ingest.formats.tables import detect_dialect
from chronik.ingest.sources import read_sources
from local_http import ReplyHandler, serving

# --- inputs -------------------------------------------------------------------------------------

GOOD_TEXTS = {
    "gut-eins.txt": "Der Stadtrat hat am Dienstag über den neuen Radweg am Flussufer beraten.\n"
    "Die Bürgerinitiative begrüßte die Pläne, die Händler äußerten Sorgen.\n",
    "gut-zwei.txt": "Die Hafenbehörde meldete für das erste Quartal einen Rückgang der Umschläge.\n"
    "Als Grund nannte sie den schwachen Außenhandel und gestiegene Kosten.\n",
}
CP1252_TEXT = (
    "Die Straßenbahn fährt ab März öfter – „vorerst“ nur werktags, sagte die Sprecherin.\n"
    "Die Fahrkarte kostet künftig 3 € statt 2,80 €; Schüler zahlen weniger.\n"
)
CSV_ROW_TEXT = "Der Ausschuss tagte am Montag, und er beschloss den Plan Nummer {}."
BROKEN_CSV_LINE = 6  # header on line 1, rows 0–3 on lines 2–5


def unclosed_quote_csv() -> str:
    """Every text holds the same comma, so a wrong quote character parses just as consistently."""
    lines = ["titel,text,datum"]
    lines += [f'Meldung {n},"{CSV_ROW_TEXT.format(n)}",2024-03-0{n + 1}' for n in range(9)]
    # Row 4 lost its closing quote.
    lines[BROKEN_CSV_LINE - 1] = f'Meldung 4,"{CSV_ROW_TEXT.format(4)},2024-03-05'
    return "\n".join(lines) + "\n"


def cp1252_with_an_undefined_byte() -> tuple[bytes, int]:
    data = CP1252_TEXT.encode("cp1252")
    at = data.index(b"werktags") + 4
    return data[:at] + b"\x81" + data[at:], at


HTML_WITH_SCRIPT_IN_H1 = """<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"></head>
<body><article><h1>Haushalt beschlossen<script>var zaehler = "abc"; melde(zaehler);</script></h1>
<p>Der Kreistag hat am Mittwoch den Haushalt für das kommende Jahr beschlossen, die Opposition nicht.</p>
<p>Im Antrag stand &lt;script&gt;alert(1)&lt;/script&gt; als Beispiel, das Text bleiben muss.</p>
<p>Die Beratungen sollen in der kommenden Woche fortgesetzt werden, hieß es aus dem Kreistag.</p>
</article></body></html>"""

ESC_TITLE = "\x1b[2J\x1b]0;gekapert\x07Wahl im\nKreis"
ESC_TEXT = "Die Wahl im Kreis \x1b[31mendete\x1b[0m knapp.\x9b2J Der Sieger \u202edankte\u202c den Wählern."


def nested_json(depth: int) -> bytes:
    return ("[" * depth + "]" * depth).encode()


def read(specs: list[str], settings: Settings) -> list[SourceItem | Skipped]:
    return list(read_sources(specs, settings))


def chronik(*args: str) -> tuple[int, str, str]:
    from typer.testing import CliRunner

    from chronik.cli.app import app

    unset: dict[str, str | None] = {k: None for k in os.environ if k.startswith("CHRONIK_")}
    result = CliRunner().invoke(app, list(args), env=unset, catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


# --- 1. CSV with one unclosed quote -------------------------------------------------------------


def test_one_unclosed_quote_costs_one_row_not_the_file(tmp_path: Path, settings: Settings) -> None:
    text = unclosed_quote_csv()
    path = tmp_path / "meldungen.csv"
    path.write_text(text, encoding="utf-8")
    assert detect_dialect(text).quotechar == '"'  # not "'", under which every text is cut at its comma
    results = read([str(path)], settings)
    skipped = [r for r in results if isinstance(r, Skipped)]
    items = [r for r in results if isinstance(r, SourceItem)]
    assert [(s.line, s.reason.split(" (")[0]) for s in skipped] == [(BROKEN_CSV_LINE, "malformed CSV row")]
    assert "reading goes on at line 7" in skipped[0].reason
    assert [(i.title, i.raw, i.published, i.metadata) for i in items] == [
        (f"Meldung {n}", CSV_ROW_TEXT.format(n), f"2024-03-0{n + 1}", {}) for n in range(9) if n != 4
    ]


def test_unclosed_quote_in_a_text_of_several_lines(tmp_path: Path, settings: Settings) -> None:
    path = tmp_path / "zeilen.csv"
    path.write_text(
        "titel,text,datum\n"
        'A,"Erste Meldung, vollständig.",2024-01-01\n'
        'B,"Zweite Meldung beginnt hier,\n'
        "und geht, ohne Ende weiter,2024-01-02\n"  # would pass for a row of three fields
        'C,"Dritte Meldung, vollständig.",2024-01-03\n'
        'D,"Vierte Meldung, vollständig.",2024-01-04\n',
        encoding="utf-8",
    )
    results = read([str(path)], settings)
    assert [(r.line, r.reason.split("; ")[1]) if isinstance(r, Skipped) else r.title for r in results] == [
        "A",
        (3, "lines 3-4 skipped, reading goes on at line 5"),
        "C",
        "D",
    ]


def test_row_with_a_stray_delimiter_is_skipped(tmp_path: Path, settings: Settings) -> None:
    good = [f'M{n},"Meldung {n}, mit Komma.",2024-01-0{n + 1}' for n in range(5)]
    path = tmp_path / "breit.csv"
    path.write_text(
        "\n".join(["titel,text,datum", *good[:2], "B,Ohne Anführung, mit Komma,2024-01-09", *good[2:]]),
        encoding="utf-8",
    )
    results = read([str(path)], settings)
    assert [r.raw for r in results if isinstance(r, SourceItem)] == [
        f"Meldung {n}, mit Komma." for n in range(5)
    ]
    (skipped,) = [r for r in results if isinstance(r, Skipped)]
    assert skipped.line == 4 and skipped.reason.startswith("4 fields where the header has 3")


# --- 2. one undefined byte in a cp1252 file -----------------------------------------------------


def test_one_undefined_byte_does_not_switch_the_file_to_a_dos_code_page(
    tmp_path: Path, settings: Settings
) -> None:
    data, at = cp1252_with_an_undefined_byte()
    path = tmp_path / "alt.txt"
    path.write_bytes(data)
    (item,) = read([str(path)], settings)
    assert isinstance(item, SourceItem)
    assert item.raw == CP1252_TEXT[:at] + "\ufffd" + CP1252_TEXT[at:]
    (warning,) = item.warnings
    assert warning.startswith("read as cp1252; 1 byte(s)") and f"0x81 at offset {at}" in warning


def test_a_dos_file_is_still_read_as_dos(tmp_path: Path, settings: Settings) -> None:
    text = "Größere Übungen: Die Bürger ärgern sich über die Fähre, hieß es.\n"
    decoded = decode(text.encode("cp850"), "dos.txt")
    assert (decoded.text, decoded.encoding, decoded.warning) == (text, "cp850", None)


def test_undefined_byte_in_a_csv_warns_on_its_row_only(tmp_path: Path, settings: Settings) -> None:
    rows = ["titel;text", "Eins;Die Brücke über den Fluss wird gesperrt.", "Zwei;Die Straße öffnet später."]
    data = "\n".join(rows).encode("cp1252").replace("später".encode("cp1252"), b"sp\x8dter")
    path = tmp_path / "alt.csv"
    path.write_bytes(data + b"\n")
    first, second = read([str(path)], settings)
    assert isinstance(first, SourceItem) and isinstance(second, SourceItem)
    assert first.raw == "Die Brücke über den Fluss wird gesperrt." and first.warnings == ()
    assert second.raw == "Die Straße öffnet sp\ufffdter." and "0x8d" in second.warnings[0]


# --- 3. control characters and search markers ---------------------------------------------------


def test_visible_and_one_line() -> None:
    assert visible("a\x1b[31mb\x07\r\nc\rd\x9b\u202e") == "a\\x1b[31mb\\x07\r\nc\\x0dd\\x9b\\u202e"
    assert visible("Zeile\n\tEingerückt") == "Zeile\n\tEingerückt"
    assert one_line(ESC_TITLE) == "[2J ]0;gekapert Wahl im Kreis"
    assert one_line(" \x07 ") is None


@pytest.fixture
def controlled_db(tmp_path: Path) -> str:
    path = tmp_path / "steuer.jsonl"
    records = [
        {"title": ESC_TITLE, "text": ESC_TEXT, "author": "Re\x1bdaktion"},
        {"title": "Markierung", "text": "Kein Treffer hier, nur \x02Schein\x03 und Beiwerk über Wahlen."},
    ]
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    db = str(tmp_path / "k.db")
    code, _, err = chronik("ingest", str(path), "--db", db)
    assert code == 0, err
    return db


def no_controls(output: str) -> bool:
    return not any(c in output for c in "\x1b\x07\x02\x03\x9b\u202e")


def test_control_characters_never_reach_the_terminal(controlled_db: str) -> None:
    code, listed, _ = chronik("docs", "list", "--db", controlled_db)
    assert code == 0 and no_controls(listed) and "gekapert Wahl im Kreis" in listed
    docs = json.loads(chronik("docs", "list", "--db", controlled_db, "--json")[1])["documents"]
    first = next(d for d in docs if "Kreis" in (d["title"] or ""))
    assert first["title"] == "[2J ]0;gekapert Wahl im Kreis"  # stored on one line, without controls
    for args in (("docs", "show", first["id"]), ("docs", "show", first["id"], "--raw")):
        code, shown, _ = chronik(*args, "--db", controlled_db)
        assert code == 0 and no_controls(shown)
        assert "\\x1b[31mendete\\x1b[0m knapp.\\x9b2J Der Sieger \\u202edankte" in shown
    code, as_json, _ = chronik("docs", "show", first["id"], "--db", controlled_db, "--json")
    assert no_controls(as_json) and json.loads(as_json)["raw"] == ESC_TEXT  # stored exactly, escaped in JSON
    assert json.loads(as_json)["author"] == "Re daktion"
    code, found, _ = chronik("docs", "search", "Wahl*", "--db", controlled_db)
    assert code == 0 and no_controls(found)


def test_stored_text_cannot_fake_a_search_hit(controlled_db: str) -> None:
    code, out, _ = chronik("docs", "search", "Beiwerk", "--db", controlled_db, "--json")
    (hit,) = json.loads(out)["documents"]
    assert [hit["snippet"][a:b] for a, b in hit["highlights"]] == ["Beiwerk"]
    assert "\x02Schein\x03" in hit["snippet"]  # the stored characters, not a highlight
    code, shown, _ = chronik("docs", "search", "Beiwerk", "--db", controlled_db)
    assert code == 0 and "\\x02Schein\\x03" in shown


# --- 4. one line, not a traceback ---------------------------------------------------------------


@pytest.mark.parametrize("depth", [100, 100_000])
def test_deeply_nested_json_is_one_skip(tmp_path: Path, settings: Settings, depth: int) -> None:
    path = tmp_path / "tief.json"
    path.write_bytes(nested_json(depth))
    (skipped,) = read([str(path)], settings)
    assert isinstance(skipped, Skipped) and skipped.reason == "JSON nested more than 64 levels deep"


def test_deeply_nested_json_line_is_skipped_with_its_number(tmp_path: Path, settings: Settings) -> None:
    path = tmp_path / "tief.jsonl"
    path.write_bytes(b'{"text": "Eine gute Meldung."}\n{"text": ' + nested_json(50_000) + b"}\n")
    good, bad = read([str(path)], settings)
    assert isinstance(good, SourceItem) and isinstance(bad, Skipped) and bad.line == 2
    assert "nested more than 64" in bad.reason


@pytest.mark.parametrize("option", ["--limit", "--offset"])
def test_huge_limit_or_offset_is_a_usage_error(tmp_path: Path, option: str) -> None:
    db = str(tmp_path / "k.db")
    (tmp_path / "a.txt").write_text(GOOD_TEXTS["gut-eins.txt"], encoding="utf-8")
    assert chronik("ingest", str(tmp_path / "a.txt"), "--db", db)[0] == 0
    code, out, err = chronik("docs", "list", option, "99999999999999999999", "--db", db)
    assert code == 2 and "Traceback" not in out + err and "OverflowError" not in out + err
    assert chronik("docs", "list", option, str(2**63 - 1), "--db", db)[0] == 0


# --- 5. HTML titles and text, credentials, URLs of fetched records -------------------------------


def test_script_in_h1_stays_out_of_the_title_and_escaped_markup_stays_text(
    tmp_path: Path, settings: Settings
) -> None:
    path = tmp_path / "seite.html"
    path.write_text(HTML_WITH_SCRIPT_IN_H1, encoding="utf-8")
    (item,) = read([str(path)], settings)
    assert isinstance(item, SourceItem) and item.title == "Haushalt beschlossen"
    assert "zaehler" not in item.raw
    # Escaped markup in the page is text: kept as the characters it shows; renderers escape it.
    assert "Im Antrag stand <script>alert(1)</script> als Beispiel, das Text bleiben muss." in item.raw


class Handler(ReplyHandler):
    seen: list[tuple[str, str]] = []  # noqa: RUF012 - (path, Authorization) of every request

    def do_GET(self) -> None:
        Handler.seen.append((self.path, self.headers.get("Authorization", "")))
        port = self.server.server_address[1]
        if self.path == "/seite.html":
            self.reply(200, HTML_WITH_SCRIPT_IN_H1.encode(), "text/html; charset=utf-8")
        elif self.path == "/daten.json":
            self.reply(200, json.dumps({"text": GOOD_TEXTS["gut-zwei.txt"]}).encode(), "application/json")
        elif self.path == "/liste.json":
            records = [
                {"text": "Erste Meldung."},
                {"text": "Zweite Meldung.", "url": "https://example.org/2"},
            ]
            self.reply(200, json.dumps(records).encode(), "application/json")
        elif self.path == "/weiter":
            self.send_response(302)
            self.send_header("Location", f"http://127.0.0.2:{port}/seite.html")
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif self.path == "/feed.xml":
            links = (f"http://127.0.0.2:{port}/seite.html", f"http://127.0.0.1:{port}/seite.html")
            items = "".join(
                f"<item><title>Eintrag {n}</title><link>{link}</link>"
                f"<description>Kurzfassung {n} der Meldung.</description></item>"
                for n, link in enumerate(links, 1)
            )
            feed = f'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>{items}</channel></rss>'
            self.reply(200, feed.encode(), "application/rss+xml")
        else:
            self.reply(404, b"", "text/plain")


@pytest.fixture(scope="module")
def port() -> Iterator[int]:
    with serving(Handler) as port:
        yield port


def test_credentials_are_used_but_never_stored(tmp_path: Path, port: int) -> None:
    Handler.seen.clear()
    db, out = str(tmp_path / "k.db"), tmp_path / "k.json"
    code, stdout, err = chronik("ingest", f"http://leser:geheim@127.0.0.1:{port}/seite.html", "--db", db)
    assert code == 0, err
    assert Handler.seen == [("/seite.html", "Basic " + base64.b64encode(b"leser:geheim").decode())]
    assert chronik("export", "--db", db, "--output", str(out))[0] == 0
    (doc,) = json.loads(out.read_text("utf-8"))["documents"]
    assert doc["source"] == doc["url"] == f"http://127.0.0.1:{port}/seite.html"
    with sqlite3.connect(db) as conn:  # nowhere in the knowledge base, runs included
        dump = "\n".join(conn.iterdump())
    assert "geheim" not in dump and "geheim" not in stdout + err


def test_record_url_with_credentials_is_stored_without_them(tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    path.write_text(
        json.dumps({"text": GOOD_TEXTS["gut-eins.txt"], "url": "https://ich:pw@example.org/a?b=1"})
    )
    db, out = str(tmp_path / "k.db"), tmp_path / "k.json"
    assert chronik("ingest", str(path), "--db", db)[0] == 0
    assert chronik("export", "--db", db, "--output", str(out))[0] == 0
    assert json.loads(out.read_text("utf-8"))["documents"][0]["url"] == "https://example.org/a?b=1"


def test_json_fetched_from_a_url_keeps_it(port: int) -> None:
    base = f"http://127.0.0.1:{port}"
    (single,) = read([f"{base}/daten.json"], Settings.load())
    first, second = read([f"{base}/liste.json"], Settings.load())
    assert isinstance(single, SourceItem) and single.url == f"{base}/daten.json"
    assert isinstance(first, SourceItem) and isinstance(second, SourceItem)
    assert (first.url, second.url) == (f"{base}/liste.json", "https://example.org/2")


# --- 6. one address policy, on every connection -------------------------------------------------


def test_address_kinds_and_policy_spec() -> None:
    from ipaddress import ip_address

    kinds = {
        a: address_kind(ip_address(a)) for a in ("127.0.0.2", "::1", "::ffff:127.0.0.1", "169.254.169.254")
    }
    kinds |= {a: address_kind(ip_address(a)) for a in ("fe80::1", "10.1.2.3", "192.168.0.1", "fd00::1")}
    kinds |= {a: address_kind(ip_address(a)) for a in ("93.184.216.34", "0.0.0.0", "224.0.0.1")}
    assert kinds == {
        "127.0.0.2": "loopback",
        "::1": "loopback",
        "::ffff:127.0.0.1": "loopback",
        "169.254.169.254": "link-local",
        "fe80::1": "link-local",
        "10.1.2.3": "private",
        "192.168.0.1": "private",
        "fd00::1": "private",
        "93.184.216.34": "public",
        "0.0.0.0": "reserved",
        "224.0.0.1": "reserved",
    }
    policy = AddressPolicy.parse("public, 10.20.0.0/16")
    assert (
        policy.refusal(ip_address("10.20.1.1")) is None
        and policy.refusal(ip_address("10.21.1.1")) == "private"
    )
    assert AddressPolicy.parse("any").allow_all and AddressPolicy.from_settings(Settings.load()).allow_all
    with pytest.raises(ConfigError, match="neither 'any'"):
        AddressPolicy.parse("public,intranet")
    with pytest.raises(ConfigError, match="empty"):
        AddressPolicy.parse(" , ")


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost"])
def test_public_policy_refuses_loopback_before_connecting(port: int, host: str) -> None:
    Handler.seen.clear()
    settings = Settings.load(fetch_allowed_addresses="public")
    (skipped,) = read([f"http://{host}:{port}/seite.html"], settings)
    assert isinstance(skipped, Skipped) and skipped.reason.startswith("refused: ")
    assert "(loopback)" in skipped.reason and "fetch_allowed_addresses" in skipped.reason
    if host == "localhost":  # resolved first, then refused
        assert skipped.reason.startswith("refused: localhost resolves to ")
    assert Handler.seen == []
    with pytest.raises(FetchError, match="refused"):
        AddressPolicy.public_only().check_url(f"http://{host}:{port}/seite.html")
    with pytest.raises(FetchError, match="refused"):
        fetch(f"http://{host}:{port}/seite.html", Settings.load(), policy=AddressPolicy.public_only())


def test_every_redirect_hop_is_checked(port: int) -> None:
    Handler.seen.clear()
    only_this = Settings.load(fetch_allowed_addresses="127.0.0.1/32")
    (skipped,) = read([f"http://127.0.0.1:{port}/weiter"], only_this)
    assert isinstance(skipped, Skipped)
    assert (
        skipped.reason == "refused: 127.0.0.2 (loopback) is not an allowed address (fetch_allowed_addresses)"
    )
    assert [path for path, _ in Handler.seen] == ["/weiter"]
    assert fetch(f"http://127.0.0.1:{port}/seite.html", only_this).status == 200


def test_every_feed_link_is_checked(port: int) -> None:
    only_this = Settings.load(fetch_allowed_addresses="127.0.0.1/32")
    refused, fetched = read([f"http://127.0.0.1:{port}/feed.xml"], only_this)
    assert isinstance(refused, SourceItem) and isinstance(fetched, SourceItem)
    assert refused.raw == "Kurzfassung 1 der Meldung." and refused.metadata["page_error"].startswith(
        "refused: 127.0.0.2 (loopback)"
    )
    assert fetched.title == "Eintrag 2" and "den Haushalt für das kommende Jahr beschlossen" in fetched.raw


# --- acceptance: a folder of all of them and good articles ----------------------------------------


def test_ingest_a_folder_of_quietly_bad_inputs(tmp_path: Path) -> None:
    folder = tmp_path / "eingang"
    folder.mkdir()
    for name, text in GOOD_TEXTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "meldungen.csv").write_text(unclosed_quote_csv(), encoding="utf-8")
    (folder / "alt.txt").write_bytes(cp1252_with_an_undefined_byte()[0])
    (folder / "steuer.jsonl").write_text(json.dumps({"title": ESC_TITLE, "text": ESC_TEXT}) + "\n")
    (folder / "tief.json").write_bytes(nested_json(10_000))
    (folder / "seite.html").write_text(HTML_WITH_SCRIPT_IN_H1, encoding="utf-8")
    (folder / "zugang.json").write_text(
        json.dumps(
            {"text": "Eine Meldung mit Zugangsdaten in der Adresse.", "url": "http://a:b@example.org/x"}
        )
    )
    db, out = str(tmp_path / "k.db"), tmp_path / "k.json"
    code, stdout, stderr = chronik("ingest", str(folder), "--db", db)
    assert code == 3, stderr  # partial
    lines = [line for line in (stdout + stderr).splitlines() if line.startswith(("skipped ", "warning "))]
    assert lines == [
        f"warning {folder / 'alt.txt'}: read as cp1252; 1 byte(s) it leaves undefined became U+FFFD "
        f"(0x81 at offset {cp1252_with_an_undefined_byte()[1]})",
        f"skipped {folder / 'meldungen.csv'}:{BROKEN_CSV_LINE}: "
        'malformed CSV row (unclosed or stray " quote: '
        "',' expected after '\"'); line 6 skipped, reading goes on at line 7",
        f"skipped {folder / 'tief.json'}: JSON nested more than 64 levels deep",
    ]
    assert (
        stdout.startswith("ingested 14, duplicates 0, near-duplicates ")
        and "skipped 2, stored with a warning 1" in stdout
    )
    assert chronik("export", "--db", db, "--output", str(out))[0] == 0
    by_source = {d["source"]: d for d in json.loads(out.read_text("utf-8"))["documents"]}
    for name, text in GOOD_TEXTS.items():
        assert by_source[str(folder / name)]["raw"] == text
    rows = sorted(
        (d["title"], d["raw"]) for s, d in by_source.items() if s.startswith(str(folder / "meldungen.csv"))
    )
    assert rows == sorted((f"Meldung {n}", CSV_ROW_TEXT.format(n)) for n in range(9) if n != 4)
    assert by_source[str(folder / "seite.html")]["title"] == "Haushalt beschlossen"
    assert by_source[str(folder / "steuer.jsonl") + "#1"]["raw"] == ESC_TEXT
    assert by_source[str(folder / "zugang.json")]["url"] == "http://example.org/x"
    shown = chronik("docs", "show", by_source[str(folder / "alt.txt")]["id"], "--db", db)[1]
    assert "warnings: read as cp1252; 1 byte(s) it leaves undefined became U+FFFD" in shown
    assert len(by_source) == 14 and not any("\x1b" in (d["title"] or "") for d in by_source.values())
