"""The JSON API: every answer is a context built by `chronik.store.queries`, returned as it is."""

from __future__ import annotations

import secrets
import sqlite3
from collections.abc import Callable
from typing import Annotated, Any

from fastapi import APIRouter, Body, Depends, HTTPException, Query, Request
from fastapi.concurrency import run_in_threadpool
from pydantic import BaseModel, Field

from chronik.core.errors import IngestError
from chronik.core.models import SourceItem
from chronik.core.settings import Settings
from chronik.store import queries
from chronik.store.queries import EventFilter

router = APIRouter(prefix="/api", tags=["api"])

MAX_LIMIT = 500


def event_filter(
    type: Annotated[list[str], Query(description="Event type; repeat for several.")] = [],  # noqa: B006
    actor: Annotated[
        str | None,
        Query(description="Entity id, dictionary id, name or alias; a country also finds its government."),
    ] = None,
    place: Annotated[
        str | None, Query(description="Place: entity id, name or part of the place text.")
    ] = None,
    since: Annotated[str | None, Query(description="Earliest date: YYYY, YYYY-MM or YYYY-MM-DD.")] = None,
    until: Annotated[
        str | None, Query(description="Latest date (inclusive): YYYY, YYYY-MM or YYYY-MM-DD.")
    ] = None,
    modality: Annotated[str | None, Query(description="asserted, planned, negated or uncertain.")] = None,
    source: Annotated[
        str | None, Query(description="Document id, outlet, or part of the source path/URL.")
    ] = None,
    q: Annotated[str | None, Query(description="Words that must all occur in an evidence sentence.")] = None,
    limit: Annotated[int, Query(ge=0, le=MAX_LIMIT)] = 50,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> EventFilter:
    """The filter of `/api/events` and of the event pages, from the query string."""
    return EventFilter(
        types=tuple(dict.fromkeys(t for t in type if t)),
        actor=actor or None,
        place=place or None,
        since=since or None,
        until=until or None,
        modality=modality or None,
        source=source or None,
        q=q or None,
        limit=limit,
        offset=offset,
    )


def one(
    request: Request,
    kind: str,
    item_id: str,
    read: Callable[[sqlite3.Connection, str], dict[str, Any] | None],
) -> dict[str, Any]:
    """The record `read` finds for an id, or a 404 that names what is missing."""
    with request.app.state.readers.read() as conn:
        record = read(conn, item_id)
    if record is None:
        raise HTTPException(404, f"no {kind} {item_id!r}")
    return record


def checked(request: Request, conn: Any, f: EventFilter) -> EventFilter:
    settings: Settings = request.app.state.settings
    return queries.check_filter(f, queries.known_event_types(conn), settings.max_query_chars)


@router.get("/events", summary="Events matching the filters, newest first")
def list_events(
    request: Request,
    f: Annotated[EventFilter, Depends(event_filter)],
    facets: Annotated[
        bool, Query(description="Also count the matches by type, actor, country, source, month")
    ] = False,
) -> dict[str, Any]:
    with request.app.state.readers.read() as conn:
        f = checked(request, conn, f)
        result: dict[str, Any] = {
            "events": queries.event_records(conn, f),
            "total": queries.count_events(conn, f),
        }
        if facets:
            result["facets"] = queries.event_facets(conn, f)
    return result


@router.get("/events/{event_id}", summary="One event with its roles, evidence and sources")
def get_event(request: Request, event_id: str) -> dict[str, Any]:
    return one(request, "event", event_id, queries.event_record)


@router.get("/entities", summary="Entities whose name or alias contains q, most mentioned first")
def list_entities(
    request: Request,
    q: Annotated[str | None, Query()] = None,
    type: Annotated[str | None, Query(description="person, organisation, location, country or other")] = None,
    limit: Annotated[int, Query(ge=0, le=MAX_LIMIT)] = 50,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> dict[str, Any]:
    settings: Settings = request.app.state.settings
    queries.check_query_text(q, settings.max_query_chars)
    with request.app.state.readers.read() as conn:
        entities, total = queries.entity_summaries(conn, q, type, limit, offset)
    return {"entities": entities, "total": total}


@router.get("/entities/{entity_id}", summary="One entity: aliases, mentions, events and relations")
def get_entity(request: Request, entity_id: str) -> dict[str, Any]:
    return one(request, "entity", entity_id, queries.entity_record)


@router.get("/documents", summary="Full-text search over documents (or all, in the order ingested)")
def list_documents(
    request: Request,
    q: Annotated[str | None, Query(description='FTS5 query: words, "a phrase", prefix*, AND/OR/NOT')] = None,
    limit: Annotated[int, Query(ge=0, le=MAX_LIMIT)] = 20,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> dict[str, Any]:
    settings: Settings = request.app.state.settings
    queries.check_query_text(q, settings.max_query_chars)
    with request.app.state.readers.read() as conn:
        if q and q.strip():
            deadline = queries.Deadline(settings.query_time_limit)
            return {"documents": queries.search_documents(conn, q, limit, deadline=deadline)}
        documents, total = queries.document_summaries(conn, limit, offset)
    return {"documents": documents, "total": total}


@router.get("/documents/{document_id}", summary="One document: text, mentions and events with raw offsets")
def get_document(request: Request, document_id: str) -> dict[str, Any]:
    return one(request, "document", document_id, queries.document_record)


@router.get("/stats", summary="Counts of documents, entities, events and runs")
def get_stats(request: Request) -> dict[str, Any]:
    with request.app.state.readers.read() as conn:
        return queries.stats(conn)


class NewDocument(BaseModel):
    """An article to add: its text (and metadata), or a URL to fetch it from."""

    text: str | None = Field(None, description="The article text; leave out to fetch `url`.")
    url: str | None = Field(None, description="Where the article is; fetched when there is no text.")
    title: str | None = None
    published: str | None = Field(None, description="Publication date, ISO 8601.")
    author: str | None = None
    language: str | None = Field(None, description="Language code; detected when left out.")
    source: str | None = Field(None, description="What to record as the source; default: the URL or 'api'.")
    outlet: str | None = Field(None, description="The outlet that published it.")


def _authorised(request: Request) -> None:
    settings: Settings = request.app.state.settings
    if not settings.api_token:
        raise HTTPException(403, "writing through the API is disabled: no api_token is configured")
    scheme, _, given = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not secrets.compare_digest(
        given.strip().encode(), settings.api_token.encode()
    ):
        raise HTTPException(401, "a valid bearer token is required", headers={"WWW-Authenticate": "Bearer"})


@router.post("/documents", status_code=201, summary="Add one article (text or URL) and extract its events")
async def add_document(request: Request, body: Annotated[NewDocument, Body()]) -> dict[str, Any]:
    _authorised(request)
    if not (body.text and body.text.strip()) and not body.url:
        raise HTTPException(422, "give the article's text, or a url to fetch it from")
    return await run_in_threadpool(_add, request, body)


def _add(request: Request, body: NewDocument) -> dict[str, Any]:
    from chronik.nlp.pipeline import load_pipeline
    from chronik.service.add_article import add_article, fetch_article
    from chronik.store.kb import KnowledgeBase

    settings: Settings = request.app.state.settings
    if body.text and body.text.strip():
        item = SourceItem(
            source=body.source or body.url or "api",
            raw=body.text,
            title=body.title,
            url=body.url,
            published=body.published,
            author=body.author,
            language=body.language,
            metadata={"outlet": body.outlet} if body.outlet else {},
        )
    else:
        assert body.url is not None
        try:
            item = fetch_article(body.url, settings, settings.api_fetch_allowed_addresses)
        except IngestError as err:
            # The API's own policy setting is the one to name, not the command line's.
            reason = err.reason.replace("(fetch_allowed_addresses)", "(api_fetch_allowed_addresses)")
            raise HTTPException(422, f"cannot ingest {body.url}: {reason}") from err
    with request.app.state.writer_lock:  # one writer; the pipeline is loaded once, on the first write
        if request.app.state.nlp is None:
            request.app.state.nlp = load_pipeline(settings)
        with KnowledgeBase.open(settings.db, settings=settings) as kb:
            try:
                added = add_article(item, kb, settings, request.app.state.nlp)
            except IngestError as err:
                raise HTTPException(422, f"cannot ingest this article: {err.reason}") from err
    return {
        "id": added.document_id,
        "status": added.status,
        "entities": added.entities,
        "events": added.events,
        "url": f"/api/documents/{added.document_id}",
    }
