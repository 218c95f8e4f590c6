"""Screenshots of the main web pages for the README (docs/screenshot-*.png).

    python scripts/screenshots.py --db chronik-demo.db [--out docs] [--chromium /usr/bin/chromium]

Serves the knowledge base on a free port of 127.0.0.1 and photographs, with Debian's Chromium driven
by Playwright: the events page, the page of the gift with the most roles filled, its article, and
the actor network.
"""

from __future__ import annotations

import argparse
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
from playwright.sync_api import sync_playwright

ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
]


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--db", required=True)
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parents[1] / "docs")
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    args = parser.parse_args()
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen(
        [sys.executable, "-m", "chronik.cli.app", "serve", "--db", args.db, "--port", str(port)],
        stderr=subprocess.DEVNULL,
    )
    try:
        for _ in range(100):
            try:
                httpx.get(base + "/api/stats")
                break
            except httpx.TransportError:
                time.sleep(0.1)
        gifts = httpx.get(base + "/api/events", params={"type": "gift", "limit": 200}).json()["events"]
        gift = max(gifts, key=lambda ev: (len(ev["roles"]), sum(len(f) for f in ev["roles"].values())))
        pages = {
            "events": "/",
            "event": f"/events/{gift['id']}",
            "document": f"/documents/{gift['evidence'][0]['document']}",
            "network": "/network",
        }
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=args.chromium, args=ARGS)
            page = browser.new_page(viewport={"width": 1200, "height": 720})
            for name, path in pages.items():
                page.goto(base + path)
                target = args.out / f"screenshot-{name}.png"
                page.screenshot(path=str(target))
                print(f"{target} ({target.stat().st_size // 1024} KB) ← {path}")
            browser.close()
    finally:
        server.terminate()
        server.wait(10)


if __name__ == "__main__":
    main()
