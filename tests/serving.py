"""Helpers for tests of `chronik serve`: a knowledge base built once, a real uvicorn server on 127.0.0.1."""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import uvicorn

from chronik.core.settings import Settings
from chronik.web.app import create_app

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "examples" / "seeds"

# An invented report (no name of the examples or development sets): a head of government acting
# for his country, a dated meeting and a gift.
INVENTED = (
    "Trudeau empfängt Macron in Ottawa\n\n"
    "Der kanadische Premierminister Justin Trudeau hat am 12. März 2024 in Ottawa den französischen "
    "Präsidenten Emmanuel Macron getroffen. "
    "Trudeau schenkte Macron bei dem Treffen ein Kanu aus Zedernholz.\n"
)


def build(folder: Path, db: Path, extra: dict[str, str] | None = None) -> dict[str, Any]:
    """`chronik build` of the example articles (and `extra` files) into `db`; its --json summary."""
    inputs = folder / "inputs"
    shutil.copytree(SEEDS, inputs)
    for name, text in (extra or {}).items():
        (inputs / name).write_text(text, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "chronik.cli.app", "build", str(inputs), "--db", str(db), "--json"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return dict(json.loads(done.stdout))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def running(settings: Settings) -> Iterator[str]:
    """`chronik serve`'s app over `settings.db` on a free port of 127.0.0.1; yields its base URL."""
    port = free_port()
    server = uvicorn.Server(
        uvicorn.Config(create_app(settings), host="127.0.0.1", port=port, log_level="warning")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the server did not start")
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(10)


def get(base: str, path: str, **params: Any) -> httpx.Response:
    return httpx.get(base + path, params=params, timeout=30)
