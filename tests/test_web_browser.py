"""The web pages in a real browser (Playwright driving Debian's Chromium) over a real server."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from chronik.core.settings import Settings
from serving import INVENTED, build, get, running

CHROMIUM = Path(os.environ.get("CHRONIK_TEST_CHROMIUM", "/usr/bin/chromium"))
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
]

playwright_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")
if not CHROMIUM.is_file():
    pytest.skip(
        f"no Chromium at {CHROMIUM}: install Debian's (apt-get install chromium) "
        "or set CHRONIK_TEST_CHROMIUM",
        allow_module_level=True,
    )

pytestmark = pytest.mark.slow

# Untrusted article text that tries to run code when shown.
HOSTILE = (
    "Skript im Artikel <script>window.pwned = 'script'</script>\n\n"
    'Die Agentur meldete <img src="x" onerror="window.pwned = \'onerror\'"> '
    'und <b onmouseover="x()">fett</b>. Der kanadische Premierminister Justin Trudeau hat den '
    "französischen Präsidenten Emmanuel Macron getroffen.\n"
)


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    folder = tmp_path_factory.mktemp("web")
    db = folder / "k.db"
    build(folder, db, {"invented.txt": INVENTED, "hostile.txt": HOSTILE})
    with running(Settings.load(db=str(db))) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with playwright_api.sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context()
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda err: errors.append(str(err)))
    page.on("dialog", lambda dialog: errors.append(f"dialog {dialog.message}"))
    page.errors = errors
    yield page
    context.close()


def the_gift(base: str) -> dict[str, Any]:
    (gift,) = get(base, "/api/events", type="gift", source="invented.txt").json()["events"]
    return dict(gift)


def test_event_page_highlights_the_evidence_and_links_to_entity_and_document(base: str, page: Any) -> None:
    gift = the_gift(base)
    page.goto(f"{base}/events/{gift['id']}")
    evidence = page.locator("article.report p.evidence")
    assert "Kanu aus Zedernholz" in evidence.inner_text()
    assert (
        page.locator("article.report p.evidence mark.trigger").inner_text()
        == gift["evidence"][0]["trigger"]["text"]
    )
    marked = page.locator(
        "article.report p.evidence mark, article.report p.evidence a.role"
    ).all_inner_texts()
    assert any("Kanu" in m for m in marked)  # the item
    page.locator("article.report details summary").first.click()  # the sentence in its article
    in_article = page.locator("article.report details .article mark.evidence")
    assert "Kanu" in "".join(in_article.all_inner_texts()) and in_article.first.is_visible()
    giver = gift["roles"]["giver"][0]
    page.locator("article.report p.evidence a.role-giver").first.click()
    page.wait_for_url(f"**/entities/{giver['entity']}")
    assert page.locator("h1").inner_text().startswith(giver["name"])
    assert page.locator(f"a[href='/events/{gift['id']}']").count() >= 1  # its relations and timeline
    page.go_back()
    page.locator("article.report .meta a").first.click()
    page.wait_for_url(f"**/documents/{gift['evidence'][0]['document']}#ev-{gift['id']}")
    assert page.locator(f".article [id='ev-{gift['id']}']").count() == 1  # where the link lands
    sentence = "".join(page.locator(f".article a.evidence[href='/events/{gift['id']}']").all_inner_texts())
    assert "Kanu aus Zedernholz" in sentence and page.locator(".article a.mention").count() >= 3
    assert page.errors == []


def test_a_facet_narrows_the_event_list(base: str, page: Any) -> None:
    page.goto(base + "/")
    total = int(page.locator("section.results h1").inner_text().split()[0])
    page.locator("section.facet[data-facet='type'] a", has_text="meeting").click()
    page.wait_for_url("**/?type=meeting")
    narrowed = int(page.locator("section.results h1").inner_text().split()[0])
    assert 0 < narrowed < total
    types = page.locator("table.events td span.type").all_inner_texts()
    assert types and set(types) == {"meeting"}
    assert page.locator("input[type=checkbox][value=meeting]").is_checked()


def test_hostile_article_text_is_shown_and_runs_nothing(base: str, page: Any) -> None:
    (doc,) = get(base, "/api/documents", q="Skript Agentur").json()["documents"]
    page.goto(f"{base}/documents/{doc['id']}")
    text = page.locator(".article").inner_text()
    assert "<script>window.pwned = 'script'</script>" in text and 'onerror="window.pwned' in text
    assert page.locator(".article script, .article img, .article b").count() == 0
    page.locator(".article").hover()
    assert page.evaluate("typeof window.pwned") == "undefined"
    assert "Skript im Artikel" in page.title()
    assert page.errors == []


def test_main_pages_render(base: str, page: Any) -> None:
    for path, heading in (
        ("/timeline", "Timeline"),
        ("/ledger", "Gift and transfer ledger"),
        ("/network", "Actor network"),
    ):
        response = page.goto(base + path)
        assert response.status == 200 and page.locator("h1").inner_text().startswith(heading)
    assert page.locator("svg.network circle.node").count() >= 2
    assert page.errors == []
