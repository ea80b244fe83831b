"""Build one very long article in all three editions, in a scratch copy, and say how it went.

    .venv/bin/python tools/long_article.py [--megabytes 5]

The article is generated (seeded, so every run is the same text): paragraphs
that name register entries, so the glossary has thousands of mentions. It
prints the wall time of ``folio build`` and the size of each edition.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORDS = [
    "the",
    "of",
    "and",
    "troops",
    "border",
    "drones",
    "shells",
    "front",
    "line",
    "reported",
    "officials",
    "said",
    "minister",
    "talks",
    "winter",
    "supply",
]


def article(megabytes: float) -> str:
    rng = random.Random(7)
    paragraphs: list[str] = []
    size = 0
    while size < megabytes * 1_000_000:
        body = " ".join(rng.choice(WORDS) for _ in range(60))
        paragraph = (
            f"Paragraph {len(paragraphs) + 1}: Kim Jong Un and Vladimir Putin were named; {body}. Mr. Kim spoke."
        )
        paragraphs.append(paragraph)
        size += len(paragraph) + 1
    return "\n".join(paragraphs) + "\n© 2026 Test Press. All rights reserved. Published under licence.\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--megabytes", type=float, default=5.0, help="the article's size (default 5)")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="folio-long-") as scratch:
        project = Path(scratch)
        shutil.copytree(ROOT / "conf", project / "conf")
        shutil.copytree(ROOT / "book", project / "book", ignore=shutil.ignore_patterns("chapters"))
        (project / "seeds").mkdir()
        text = article(options.megabytes)
        (project / "seeds" / "long.txt").write_text(text, encoding="utf-8")
        (project / "seeds" / "long.toml").write_text('title = "A Very Long Article"\nsource = "Test Press"\n')
        print(f"long article: {len(text.encode()) / 1e6:.1f} MB, {text.count(chr(10))} lines", flush=True)
        started = time.perf_counter()
        env = {**os.environ, "SOURCE_DATE_EPOCH": "1735689600"}
        result = subprocess.run([sys.executable, "-m", "folio", "--root", str(project), "build"], env=env, check=False)
        print(f"folio build: exit {result.returncode} in {time.perf_counter() - started:.1f} s")
        for path in sorted((project / "dist").glob("*.*")):
            print(f"  {path.name}: {path.stat().st_size / 1e6:.1f} MB")
        return result.returncode


if __name__ == "__main__":
    sys.exit(main())
