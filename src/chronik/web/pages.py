"""The web pages: server-rendered HTML (Jinja2, autoescaped) of the same contexts the API returns.

Every fact links to its evidence: events to the sentences they were read from, entities to their
mentions, sentences to their place in the article. Article text reaches a page only through
`highlight.mark_up`, which escapes it.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader
from markupsafe import Markup
from starlette.datastructures import QueryParams

from chronik.store import queries
from chronik.store.queries import EventFilter
from chronik.web.api import checked, event_filter, one
from chronik.web.highlight import Span, mark_up
from chronik.web.network import build_network

router = APIRouter(include_in_schema=False)
# autoescape=True everywhere: titles, names and evidence are article text, untrusted input.
templates = Jinja2Templates(
    env=Environment(loader=FileSystemLoader(Path(__file__).resolve().parent / "templates"), autoescape=True)
)

NETWORK_TYPES = (
    "meeting",
    "gift",
    "transfer",
    "visit",
    "invitation",
    "agreement",
    "support",
    "warning",
    "threat",
)
LEDGER_TYPES = ("gift", "transfer")
PAGE = 50


def _url(request: Request, path: str | None = None, **changes: Any) -> str:
    """This page's URL (or `path`) with query parameters changed; None removes one, a list repeats it."""
    params: dict[str, list[str]] = defaultdict(list)
    for key, value in request.query_params.multi_items():
        params[key].append(value)
    for key, value in changes.items():
        params.pop(key, None)
        if value is None:
            continue
        params[key] = [str(v) for v in value] if isinstance(value, list | tuple) else [str(value)]
    if "offset" not in changes:  # a new filter starts at the first page
        params.pop("offset", None)
    query = str(QueryParams([(k, v) for k, vs in params.items() for v in vs]))
    return (path or request.url.path) + (f"?{query}" if query else "")


def render(request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
    return templates.TemplateResponse(
        request, name, {"url": lambda **c: _url(request, **c), **context}, status_code=status
    )


def error_page(request: Request, status: int, message: str) -> HTMLResponse:
    return render(
        request, "error.html", status=status, title=str(status), status_code=status, message=message
    )


def evidence_spans(event: dict[str, Any], evidence: dict[str, Any]) -> list[Span]:
    """One report's trigger, role fillers and place (linked to their entities)."""
    doc = evidence["document"]
    spans = [Span(evidence["trigger"]["start"], evidence["trigger"]["end"], "trigger", "trigger")]
    for role, fillers in event["roles"].items():
        for f in fillers:
            if f["document"] == doc:
                href = f"/entities/{f['entity']}" if f["entity"] else None
                spans.append(Span(f["start"], f["end"], f"role role-{role}", role, href))
    place = event["place"]
    if place and place["document"] == doc and place["start"] is not None:
        href = f"/entities/{place['entity']}" if place["entity"] else None
        spans.append(Span(place["start"], place["end"], "role role-place", "place", href))
    return spans


def report_html(
    event: dict[str, Any], evidence: dict[str, Any], raw: str | None
) -> tuple[Markup, Markup | None]:
    """A report's sentence, and its whole article, with the sentence, trigger and role fillers marked."""
    spans = evidence_spans(event, evidence)
    if raw is None:
        return mark_up(evidence["text"], spans, offset=evidence["start"]), None
    sentence = mark_up(raw[evidence["start"] : evidence["end"]], spans, offset=evidence["start"])
    article = mark_up(raw, [Span(evidence["start"], evidence["end"], "evidence"), *spans])
    return sentence, article


def _rows(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [queries.event_row(ev) | {"evidence": ev["evidence"][:1]} for ev in events]


@router.get("/", response_class=HTMLResponse)
def index(request: Request, f: Annotated[EventFilter, Depends(event_filter)]) -> HTMLResponse:
    with request.app.state.readers.read() as conn:
        f = checked(request, conn, f)
        events = queries.event_records(conn, f)
        total = queries.count_events(conn, f)
        facets = queries.event_facets(conn, f)
        types = queries.known_event_types(conn)
    return render(
        request,
        "events.html",
        title="Events",
        f=f,
        rows=_rows(events),
        total=total,
        facets=facets,
        types=types,
        modalities=queries.MODALITIES,
        previous=_url(request, offset=max(f.offset - (f.limit or PAGE), 0)) if f.offset else None,
        next=_url(request, offset=f.offset + (f.limit or PAGE)) if f.offset + len(events) < total else None,
    )


@router.get("/events/{event_id}", response_class=HTMLResponse)
def event_page(request: Request, event_id: str) -> HTMLResponse:
    event = one(request, "event", event_id, queries.event_record)
    with request.app.state.readers.read() as conn:
        texts = queries.document_texts(conn, [e["document"] for e in event["evidence"]])
    reports = []
    for e in event["evidence"]:
        sentence, article = report_html(event, e, texts.get(e["document"], {}).get("raw"))
        document = texts.get(e["document"], {"id": e["document"], "title": None, "outlet": e["document"]})
        reports.append({"evidence": e, "document": document, "html": sentence, "article": article})
    return render(
        request,
        "event.html",
        title=f"{event['type']} {event.get('date') or ''}",
        event=event,
        row=queries.event_row(event),
        reports=reports,
    )


@router.get("/entities/{entity_id}", response_class=HTMLResponse)
def entity_page(request: Request, entity_id: str) -> HTMLResponse:
    entity = one(request, "entity", entity_id, queries.entity_record)
    with request.app.state.readers.read() as conn:
        titles = queries.document_texts(conn, {m["document"] for m in entity["mentions"]}, raw=False)
    by_document: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for m in entity["mentions"]:
        by_document[m["document"]].append(m)
    return render(
        request,
        "entity.html",
        title=entity["name"],
        entity=entity,
        rows=_rows(entity["events"]),
        mentions=[(titles.get(d), d, ms) for d, ms in by_document.items()],
    )


@router.get("/documents/{document_id}", response_class=HTMLResponse)
def document_page(request: Request, document_id: str) -> HTMLResponse:
    doc = one(request, "document", document_id, queries.document_record)
    spans = [
        Span(
            e["start"],
            e["end"],
            f"evidence ev-{ev['type']}",
            ev["type"],
            f"/events/{ev['id']}",
            f"ev-{ev['id']}",
        )
        for ev in doc["events"]
        for e in ev["evidence"]
    ]
    spans += [
        Span(
            m["start"],
            m["end"],
            f"mention ent-{m['type']}",
            m["name"],
            f"/entities/{m['entity']}",
            f"m-{m['start']}",
        )
        for m in doc["mentions"]
    ]
    return render(
        request,
        "document.html",
        title=doc["title"] or doc["id"],
        doc=doc,
        text=mark_up(doc["raw"], spans),
        rows=_rows(doc["events"]),
    )


@router.get("/timeline", response_class=HTMLResponse)
def timeline(request: Request, f: Annotated[EventFilter, Depends(event_filter)]) -> HTMLResponse:
    f = f.page(min(f.limit or 500, 500) if "limit" in request.query_params else 500, f.offset)
    with request.app.state.readers.read() as conn:
        f = checked(request, conn, f)
        events = queries.event_records(conn, f)
        total = queries.count_events(conn, f)
        types = queries.known_event_types(conn)
    months: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in _rows(events):
        date = row["date"]
        months[date[:7] if date[:4].isdigit() else "undated"].append(row)
    return render(
        request,
        "timeline.html",
        title="Timeline",
        f=f,
        months=months,
        total=total,
        shown=len(events),
        types=types,
    )


@router.get("/ledger", response_class=HTMLResponse)
def ledger(request: Request, f: Annotated[EventFilter, Depends(event_filter)]) -> HTMLResponse:
    wanted = f.types or LEDGER_TYPES
    f = replace(f, types=wanted, limit=500, offset=0)
    with request.app.state.readers.read() as conn:
        f = checked(request, conn, f)
        events = queries.event_records(conn, f)
        total = queries.count_events(conn, f)
    return render(
        request, "ledger.html", title="Gift and transfer ledger", f=f, rows=_rows(events), total=total
    )


@router.get("/network", response_class=HTMLResponse)
def network(
    request: Request,
    type: Annotated[list[str], Query()] = [],  # noqa: B006
    actor: Annotated[str | None, Query()] = None,
    nodes: Annotated[int, Query(ge=2, le=150)] = 60,
) -> HTMLResponse:
    wanted = tuple(t for t in type if t) or NETWORK_TYPES
    f = EventFilter(types=wanted, actor=actor or None, limit=None)
    with request.app.state.readers.read() as conn:
        f = checked(request, conn, f)
        graph = build_network(queries.iter_event_records(conn, f), max_nodes=nodes)
    return render(
        request,
        "network.html",
        title="Actor network",
        graph=graph,
        types=NETWORK_TYPES,
        chosen=wanted,
        actor=actor,
    )
