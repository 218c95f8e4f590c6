"""The ASGI app of `chronik serve`: the JSON API under /api, the web pages, static files.

Reading: each request reads through a read-only connection of its worker thread (opened once per
thread, `mode=ro`), inside one read transaction (a consistent snapshot; WAL lets it run while a
writer commits) and under the `query_time_limit`. Writing (`POST /api/documents`) opens its own
writable connection; there is one writer at a time.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from chronik import __version__
from chronik.core.errors import ChronikError, InvalidQuery, StoreError
from chronik.core.settings import Settings
from chronik.store.kb import KnowledgeBase

HERE = Path(__file__).resolve().parent


class Readers:
    """One read-only knowledge base per thread, so requests never share a connection."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._local = threading.local()
        KnowledgeBase.open(settings.db, readonly=True, settings=settings).close()  # fail now, not per request

    @contextmanager
    def read(self) -> Iterator[sqlite3.Connection]:
        kb: KnowledgeBase | None = getattr(self._local, "kb", None)
        if kb is None:
            kb = self._local.kb = KnowledgeBase.open(self.settings.db, readonly=True, settings=self.settings)
        with kb.reading(self.settings.query_time_limit) as conn:
            conn.execute("BEGIN")
            try:
                yield conn
            finally:
                conn.execute("COMMIT")


def create_app(settings: Settings) -> FastAPI:
    """The app over `settings.db` (which must exist and be migrated)."""
    from chronik.web import api, pages

    app = FastAPI(
        title="Chronik",
        version=__version__,
        summary="A source-grounded chronicle of who did what to whom, read from German news.",
        docs_url="/api/docs",
        redoc_url=None,
        openapi_url="/api/openapi.json",
    )
    app.state.settings = settings
    app.state.readers = Readers(settings)
    app.state.writer_lock = threading.Lock()
    app.state.nlp = None
    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")

    def wants_json(request: Request) -> bool:
        return request.url.path.startswith("/api")

    def error(request: Request, status: int, message: str) -> Any:
        if wants_json(request):
            return JSONResponse({"error": message}, status_code=status)
        return pages.error_page(request, status, message)

    @app.exception_handler(InvalidQuery)
    async def invalid_query(request: Request, err: InvalidQuery) -> Any:
        return error(request, 422, str(err))

    @app.exception_handler(RequestValidationError)
    async def invalid_parameters(request: Request, err: RequestValidationError) -> Any:
        message = "; ".join(
            f"{'.'.join(str(p) for p in e['loc'] if p not in ('query', 'body', 'path'))}: {e['msg']}"
            for e in err.errors()
        )
        return error(request, 422, message)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, err: StarletteHTTPException) -> Any:
        response = error(request, err.status_code, str(err.detail))
        for key, value in (err.headers or {}).items():
            response.headers[key] = value
        return response

    @app.exception_handler(StoreError)
    async def store_error(request: Request, err: StoreError) -> Any:
        # The time limit is the usual reason: the server is fine, the question was too costly.
        return error(request, 503 if "longer than" in str(err) else 500, str(err))

    @app.exception_handler(ChronikError)
    async def chronik_error(request: Request, err: ChronikError) -> Any:
        return error(request, 422, str(err))

    @app.get("/favicon.ico", include_in_schema=False)
    async def favicon() -> HTMLResponse:
        return HTMLResponse(status_code=204)

    return app


def serve(settings: Settings, host: str, port: int) -> None:
    """Run the app with uvicorn until interrupted."""
    import uvicorn

    uvicorn.run(create_app(settings), host=host, port=port, log_level="info")
