"""XeTeX or LuaTeX? Typeset the same book with both and count what a book designer counts.

LuaTeX can stretch and shrink the glyphs of a line a little (microtype's
font expansion, on by default there); XeTeX cannot. Expansion should give
fewer loose lines and fewer hyphens. This measures it on an anthology (the
seed and every article under ``tests/roots/*/`` that has a sidecar, unless
``--seeds`` names others), typeset with folio's own design by both engines:

* loose lines: the lines TeX had to stretch to a badness of 100 or more
  ("very loose" in TeX's own terms), and of 1,000 or more, from the log
  with ``\\hbadness=99``;
* overfull lines, from the log;
* hyphenated lines, and the longest run of them, from the PDF's body pages
  (:mod:`folio.pdf.typography`), and the P017–P019 findings;
* pages, and the wall time of the whole latexmk run.

    .venv/bin/python tools/engines.py [--seeds FILE ...] [--out docs/engines.md]
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

from bench import scratch_project  # noqa: E402

from folio.pdf.cover import page_count  # noqa: E402
from folio.pdf.typography import _HYPHENATED, body_pages, check_typography, page_lines  # noqa: E402

ENGINES = ("xelatex", "lualatex")
_UNDERFULL = re.compile(r"^Underfull \\hbox \(badness (\d+)\) in paragraph at lines (\d+)--", re.MULTILINE)
_OVERFULL = re.compile(r"^Overfull \\hbox .* at lines (\d+)--", re.MULTILINE)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seeds", nargs="*", type=Path, help="the articles (default: the seed and tests/roots/*/)")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "engines.md", help="where to write the table")
    parser.add_argument("--keep", type=Path, help="work in this (new) folder and keep it, to read the logs")
    options = parser.parse_args(argv)
    seeds = options.seeds or default_seeds()
    with tempfile.TemporaryDirectory(prefix="folio-engines-") as scratch:
        project = anthology(Path(options.keep or scratch) / "book", seeds)
        rows = [measure(project, engine) for engine in ENGINES]
    report(rows, seeds, options.out)
    return 0


def default_seeds() -> list[Path]:
    found = [ROOT / "seeds" / "000_0e102ba998a2e36a.txt"]
    found += sorted(p for p in (ROOT / "tests" / "roots").glob("*/*.txt") if p.with_suffix(".toml").is_file())
    return found


def anthology(folder: Path, seeds: list[Path]) -> Path:
    """A scratch copy of the project whose seeds are ``seeds`` (with their sidecars), ingested."""
    project = scratch_project(folder)
    for old in (project / "seeds").iterdir():
        old.unlink()
    shutil.rmtree(project / "book" / "chapters", ignore_errors=True)
    for number, seed in enumerate(seeds):
        name = f"{number:03d}_{seed.stem}"
        shutil.copy(seed, project / "seeds" / f"{name}.txt")
        if seed.with_suffix(".toml").is_file():
            sidecar = seed.with_suffix(".toml").read_text(encoding="utf-8")
            (project / "seeds" / f"{name}.toml").write_text(re.sub(r"(?m)^order = .*$", "", sidecar), "utf-8")
    folio("ingest", cwd=project)
    return project


def folio(*args: str, cwd: Path) -> None:
    subprocess.run([sys.executable, "-m", "folio", *args], cwd=cwd, check=True, capture_output=True)


def measure(project: Path, engine: str) -> dict[str, object]:
    """Typeset the book with ``engine`` and count what it did."""
    out = project / "_build" / engine
    say(f"engines: {engine}: sphinx-build -b latex")
    # folio fixes the engine (folio.sphinxext.latex.ENGINE); this run alone asks Sphinx for another.
    script = (
        "import sys, folio.sphinxext.latex as latex, sphinx.cmd.build as build;"
        f"latex.ENGINE = {engine!r}; sys.exit(build.main(sys.argv[1:]))"
    )
    subprocess.run(
        [sys.executable, "-c", script, "-q", "-b", "latex", "-c", "conf", "book", str(out)],
        cwd=project,
        check=True,
        env={**os.environ, "SOURCE_DATE_EPOCH": "1735689600"},
    )
    [tex] = out.glob("*.tex")
    text = tex.read_text(encoding="utf-8").replace("\\begin{document}", "\\begin{document}\\hbadness=99\\relax", 1)
    tex.write_text(text, encoding="utf-8")
    say(f"engines: {engine}: latexmk")
    started = time.perf_counter()
    subprocess.run(["make", "-C", str(out), "all-pdf", "LATEXMKOPTS=-silent"], check=True, capture_output=True)
    elapsed = time.perf_counter() - started
    log, pdf = tex.with_suffix(".log").read_text(encoding="utf-8", errors="replace"), tex.with_suffix(".pdf")
    counts = log_counts(log, tex.read_text(encoding="utf-8"))
    return {"engine": engine, "seconds": elapsed, **counts, **pdf_counts(pdf, project)}


def log_counts(log: str, tex: str) -> dict[str, int]:
    """Loose and overfull lines in the chapters (the .tex lines between the first chapter and the back matter)."""
    lines = tex.splitlines()
    start = next(n for n, line in enumerate(lines, 1) if line.startswith("\\chapter"))
    end = next((n for n, line in enumerate(lines, 1) if line.startswith("\\backmatter")), len(lines))
    badness = [int(b) for b, first in _UNDERFULL.findall(log) if start <= int(first) <= end]
    return {
        "loose": sum(b >= 100 for b in badness),
        "very_loose": sum(b >= 1000 for b in badness),
        "overfull": sum(start <= int(first) <= end for first in _OVERFULL.findall(log)),
    }


def pdf_counts(pdf: Path, project: Path) -> dict[str, int]:
    titles = [
        line.split("=", 1)[1].strip().strip('"')
        for p in (project / "seeds").glob("*.toml")
        for line in p.read_text(encoding="utf-8").splitlines()
        if line.startswith("title")
    ]
    pages = body_pages(pdf, titles)
    lines = [line for page in pages for line in page_lines(pdf, page)]
    hyphenated, run, longest = 0, 0, 0
    for line in lines:
        run = run + 1 if _HYPHENATED.search(line.text) else 0
        hyphenated += run > 0
        longest = max(longest, run)
    return {
        "pages": page_count(pdf),
        "lines": len(lines),
        "hyphenated": hyphenated,
        "longest_run": longest,
        "findings": len(check_typography(pdf, titles)),
    }


def report(rows: list[dict[str, object]], seeds: list[Path], out: Path) -> None:
    names = ", ".join(f"`{p.relative_to(ROOT) if p.is_relative_to(ROOT) else p}`" for p in seeds)
    head = (
        "| engine | pages | body lines | loose (badness ≥ 100) | very loose (≥ 1,000) | overfull"
        " | hyphenated lines | longest hyphen run | P017–P019 findings | latexmk |"
    )
    lines = [
        "# XeTeX or LuaTeX",
        "",
        "Measured by `.venv/bin/python tools/engines.py`: the same anthology typeset with folio's design"
        f" by each engine (LuaTeX with microtype's font expansion, XeTeX without), one run each. Articles: {names}."
        " Line counts are of the chapters' pages; the times are one cold latexmk run (three passes and xindy)."
        ' Why folio stays with XeTeX: README, "XeTeX, not LuaTeX".',
        "",
        head,
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
        *[
            f"| {r['engine']} | {r['pages']} | {r['lines']} | {r['loose']} | {r['very_loose']} | {r['overfull']}"
            f" | {r['hyphenated']} | {r['longest_run']} | {r['findings']} | {float(str(r['seconds'])):.1f} s |"
            for r in rows
        ],
        "",
    ]
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines))


def say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


if __name__ == "__main__":
    sys.exit(main())
