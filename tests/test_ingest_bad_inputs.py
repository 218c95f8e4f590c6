"""Each bad input becomes one Skipped naming the file (and line) with a clear reason; the batch goes on."""

from __future__ import annotations

import gzip
import json
import random
from pathlib import Path

import pytest

from chronik.core.models import Skipped, SourceItem
from chronik.core.settings import Settings
from chronik.ingest.sources import read_sources

GOOD = "Der Landtag hat am Mittwoch über den Haushalt beraten. Die Opposition kritisierte die Pläne."


def read(specs: list[str], settings: Settings) -> list[SourceItem | Skipped]:
    return list(read_sources(specs, settings))


def only_skipped(path: Path, settings: Settings) -> Skipped:
    results = read([str(path)], settings)
    assert len(results) == 1 and isinstance(results[0], Skipped), results
    assert results[0].source == str(path)
    return results[0]


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b"  \n\t\r\n", "only whitespace"),
        ("nul.txt", b"Text\x00mit NUL", "binary"),
        ("controls.dat", bytes(range(1, 9)) * 20 + b"etwas Text", "binary"),
        ("image.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        (
            "random.txt",
            bytes(random.Random(7).randrange(0x80, 0x100) for _ in range(3000)),
            "not valid UTF-8",
        ),
        ("latin.json", '{"text": "Größe"}'.encode("cp1252"), "invalid UTF-8"),
        ("broken.json", b'{"text": "Eins",\n "title": }', "malformed JSON"),
        ("scalar.json", b"42", "no text field"),
        ("notext.json", b'{"id": 1, "tags": ["a"]}', "no text field"),
        ("nobody.html", b"<html><head><title>Nur Kopf</title></head></html>", "no main text"),
        ("emptybody.htm", b"<html><head><title>T</title></head><body>  </body></html>", "no main text"),
        ("empty.gz", gzip.compress(b""), "gzip archive is empty"),
        ("empty.jsonl", b"\n\n", "no records"),
        ("empty-list.json", b" [] ", "no records"),
        ("header-only.csv", b"title,text\r\n", "no records"),
        ("bad.utf16.txt", b"\xff\xfeA\x00\x00\xd8", "utf-16"),
    ],
)
def test_bad_file_is_one_clear_skip(
    tmp_path: Path, settings: Settings, name: str, data: bytes, reason: str
) -> None:
    path = write(tmp_path / name, data)
    (skipped,) = read([str(path)], settings)
    assert isinstance(skipped, Skipped) and skipped.source == str(path)
    assert reason in skipped.reason and str(path) in str(skipped)


def test_malformed_json_names_the_line(tmp_path: Path, settings: Settings) -> None:
    skipped = only_skipped(write(tmp_path / "b.json", b'[\n{"text": "Eins"},\n{"text": }\n]'), settings)
    assert skipped.line == 3 and str(skipped).startswith(f"{tmp_path / 'b.json'}:3: malformed JSON")


def test_too_large_is_refused_before_reading(tmp_path: Path) -> None:
    settings = Settings.load(max_input_bytes=100)
    big = write(tmp_path / "big.txt", b"a" * 101)
    skipped = only_skipped(big, settings)
    # The size comes from the file system (a read would stop at limit + 1 and say "more than").
    assert skipped.reason == "101 bytes, over the limit of 100 (max_input_bytes)"
    assert isinstance(read([str(write(tmp_path / "ok.txt", b"a" * 100))], settings)[0], SourceItem)


def test_gzip_bomb_stops_at_the_limit(tmp_path: Path) -> None:
    settings = Settings.load(max_input_bytes=10_000)
    path = write(tmp_path / "bomb.txt.gz", gzip.compress(b"a" * 1_000_000))
    assert "decompresses to more than 10000 bytes" in only_skipped(path, settings).reason


def test_truncated_gzip_text_is_skipped(tmp_path: Path, settings: Settings) -> None:
    packed = gzip.compress((GOOD * 50).encode())
    skipped = only_skipped(write(tmp_path / "a.txt.gz", packed[: len(packed) // 2]), settings)
    assert "truncated gzip" in skipped.reason and "not kept" in skipped.reason


def test_truncated_gzip_jsonl_keeps_the_records_before_the_damage(tmp_path: Path, settings: Settings) -> None:
    lines = [json.dumps({"text": f"{GOOD} Nummer {i}, {random.Random(i).random()}"}) for i in range(400)]
    packed = gzip.compress(("\n".join(lines) + "\n").encode())
    path = write(tmp_path / "a.jsonl.gz", packed[: len(packed) // 2])
    results = read([str(path)], settings)
    *items, skipped = results
    assert 0 < len(items) < 400 and all(isinstance(i, SourceItem) for i in items)
    assert [i.source for i in items] == [f"{path}#{n}" for n in range(1, len(items) + 1)]
    assert all(
        i.raw.startswith(GOOD) and i.raw.endswith(json.loads(lines[n])["text"][-10:])
        for n, i in enumerate(items)
        if isinstance(i, SourceItem)
    )
    assert isinstance(skipped, Skipped) and "truncated gzip" in skipped.reason
    assert f"kept the {len(items)} records" in skipped.reason and skipped.line == len(items) + 1


def test_truncated_gzip_csv_drops_the_cut_row(tmp_path: Path, settings: Settings) -> None:
    rows = "".join(f'{i},"{GOOD} Zeile {i} {random.Random(i).random()}"\n' for i in range(300))
    packed = gzip.compress(("nr,text\n" + rows).encode())
    results = read([str(write(tmp_path / "t.csv.gz", packed[: len(packed) * 2 // 3]))], settings)
    *items, skipped = results
    assert 0 < len(items) < 300 and isinstance(skipped, Skipped) and "truncated gzip" in skipped.reason
    for number, item in enumerate(items):
        assert isinstance(item, SourceItem) and item.metadata == {"nr": str(number)}
        assert item.raw == f"{GOOD} Zeile {number} {random.Random(number).random()}"


def test_corrupted_gzip_is_skipped(tmp_path: Path, settings: Settings) -> None:
    packed = bytearray(gzip.compress(GOOD.encode()))
    packed[-6] ^= 0xFF  # the CRC
    assert "damaged gzip" in only_skipped(write(tmp_path / "c.txt.gz", bytes(packed)), settings).reason


def test_bad_lines_of_jsonl_are_skipped_with_their_number(tmp_path: Path, settings: Settings) -> None:
    lines = [
        b'{"text": "Eins."}',
        b'{"text": "Zwei.", ',
        b'{"text": "Gr\xf6\xdfe"}',
        b'["eine", "Liste"]',
        b'{"title": "ohne Text"}',
        b'{"text": "   "}',
        b"",
        b'{"text": "Acht."}',
    ]
    path = write(tmp_path / "a.jsonl", b"\n".join(lines))
    results = read([str(path)], settings)
    summary = [(r.line, r.reason.split(" (")[0]) if isinstance(r, Skipped) else r.raw for r in results]
    assert summary == [
        "Eins.",
        (2, "malformed JSON: Expecting property name enclosed in double quotes"),
        (3, "invalid UTF-8"),
        (4, "a JSON array where an object was expected"),
        (5, "no text field"),
        (6, "the text field 'text' is empty"),
        "Acht.",
    ]
    assert all(isinstance(r, SourceItem) or r.source == str(path) for r in results)


def test_bad_items_of_a_json_list_are_skipped_by_index(tmp_path: Path, settings: Settings) -> None:
    path = write(tmp_path / "l.json", json.dumps([{"text": "Eins."}, "zwei", {"titel": "x"}]).encode())
    results = read([str(path)], settings)
    assert isinstance(results[0], SourceItem)
    assert [(r.source, r.reason[:30]) for r in results[1:] if isinstance(r, Skipped)] == [
        (f"{path}#1", "a JSON string where an object "),
        (f"{path}#2", "no text field (looked for: tex"),
    ]


def test_csv_row_without_text_is_skipped_with_its_line(tmp_path: Path, settings: Settings) -> None:
    path = write(tmp_path / "r.csv", b'title,text\nEins,"Text eins."\nZwei,\nDrei,"Text\ndrei."\n')
    results = read([str(path)], settings)
    assert [(r.line, r.reason) if isinstance(r, Skipped) else (r.source, r.raw) for r in results] == [
        (f"{path}#2", "Text eins."),
        (3, "the text field 'text' is empty"),
        (f"{path}#4", "Text\ndrei."),
    ]


def test_missing_paths_patterns_and_empty_directories(tmp_path: Path, settings: Settings) -> None:
    (tmp_path / "leer").mkdir()
    specs = [str(tmp_path / "fehlt.txt"), str(tmp_path / "*.nix"), str(tmp_path / "leer")]
    assert [(r.source, r.reason) for r in read(specs, settings) if isinstance(r, Skipped)] == [
        (specs[0], "no such file or directory"),
        (specs[1], "no file matches this pattern"),
        (specs[2], "the directory holds no (non-hidden) files"),
    ]


def test_the_batch_goes_on_past_every_bad_input(tmp_path: Path, settings: Settings) -> None:
    write(tmp_path / "1.txt", b"")
    write(tmp_path / "2.bin", b"\x00\x01\x02\x03")
    write(tmp_path / "3.jsonl", b'{"text": "Gut eins."}\n{kaputt\n')
    write(tmp_path / "4.html", b"<html></html>")
    write(tmp_path / "5.txt.gz", gzip.compress(GOOD.encode())[:20])
    write(tmp_path / "6.txt", GOOD.encode())
    results = read([str(tmp_path), str(tmp_path / "nicht-da")], settings)
    kinds = [(Path(r.source).name, type(r).__name__) for r in results]
    assert kinds == [
        ("1.txt", "Skipped"),
        ("2.bin", "Skipped"),
        ("3.jsonl#1", "SourceItem"),
        ("3.jsonl", "Skipped"),
        ("4.html", "Skipped"),
        ("5.txt.gz", "Skipped"),
        ("6.txt", "SourceItem"),
        ("nicht-da", "Skipped"),
    ]
