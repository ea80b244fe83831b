"""`make lighthouse`: Lighthouse's scores for the HTML edition's pages, mobile, as a reader's phone sees them.

Serves ``dist/html`` on 127.0.0.1 (Python's http.server: no compression, so
every byte counts as sent) and runs Lighthouse 12 (pinned in
``tools/audit/package-lock.json``) with Debian's Chromium, in its default
mobile configuration: a mid-range phone, simulated slow 4G. Prints each
page's category scores, its total weight and the metrics behind the
performance score; the JSON reports go to ``_build/lighthouse/``.

    .venv/bin/python tools/lighthouse.py [PAGE ...]   (default: the first chapter, the front page, the glossary)
"""

from __future__ import annotations

import functools
import http.server
import json
import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SITE = ROOT / "dist" / "html"
LIGHTHOUSE = ROOT / "tools" / "audit" / "node_modules" / ".bin" / "lighthouse"
REPORTS = ROOT / "_build" / "lighthouse"
METRICS = ("first-contentful-paint", "largest-contentful-paint", "total-blocking-time", "cumulative-layout-shift")


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


def default_pages() -> list[str]:
    chapters = sorted((SITE / "chapters").glob("*.html"))
    return [*(f"chapters/{p.name}" for p in chapters[:1]), "index.html", "glossary.html"]


def audit(url: str, report: Path, chromium: str) -> dict[str, object]:
    command = [
        str(LIGHTHOUSE),
        url,
        f"--chrome-path={chromium}",
        "--chrome-flags=--headless=new --no-sandbox --disable-gpu",
        "--output=json",
        f"--output-path={report}",
        "--quiet",
    ]
    subprocess.run(command, check=True, env={**os.environ, "CHROME_PATH": chromium}, timeout=600)
    result: dict[str, object] = json.loads(report.read_text(encoding="utf-8"))
    return result


def summary(page: str, result: dict[str, object]) -> str:
    categories = result["categories"]
    audits = result["audits"]
    assert isinstance(categories, dict) and isinstance(audits, dict)
    scores = ", ".join(f"{key} {round(value['score'] * 100)}" for key, value in categories.items())
    weight = audits["total-byte-weight"]["numericValue"] / 1000
    metrics = ", ".join(f"{name} {audits[name]['displayValue']}" for name in METRICS)
    return f"{page}: {scores}; {weight:.0f} kB in all\n  {metrics}"


def main(argv: list[str]) -> int:
    if not LIGHTHOUSE.exists() or not (SITE / "index.html").exists():
        print("lighthouse: run `make setup html` first (Lighthouse in tools/audit, the site in dist/html)")
        return 2
    chromium = os.environ.get("CHROME_PATH") or shutil.which("chromium") or shutil.which("chromium-browser")
    if not chromium:
        print("lighthouse: Chromium is not installed; run `make setup`")
        return 2
    handler = functools.partial(QuietHandler, directory=str(SITE))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    REPORTS.mkdir(parents=True, exist_ok=True)
    try:
        for page in argv or default_pages():
            report = REPORTS / (page.replace("/", "_").removesuffix(".html") + ".json")
            url = f"http://127.0.0.1:{server.server_address[1]}/{page}"
            print(summary(page, audit(url, report, chromium)), flush=True)
    finally:
        server.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
