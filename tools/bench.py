"""`make bench`: time the editions, make, pandoc as the peer, and anthologies.

Every figure is the median of whole-process runs (``make …`` or ``pandoc …``)
in a scratch copy of the project, so the working tree is never touched. It
writes the table to docs/benchmarks.md with the command that reproduces it.

    .venv/bin/python tools/bench.py [--runs N] [--sizes 1,10,100,300] [--megabytes 1,5] [--out FILE]
                                    [--only drafting]

It also plots build time against the number of articles into the table's
name with ``.svg`` (docs/benchmarks.svg).

``--only drafting`` times `folio glossary draft` alone (a 1,000-word article
drafted into an empty register, with Faker's and pycountry's lists read from
the libraries, "cold", and from folio's cache) and updates only its rows of
the table.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
SEED = "000_0e102ba998a2e36a"
ACE = "tools/ace/node_modules/.bin/ace-cli"
COPY = [
    "book",
    "conf",
    "seeds",
    "src",
    "Makefile",
    "pyproject.toml",
    "tools/setup-system",
    "tools/ace/package.json",
    "tools/ace/package-lock.json",
    "tools/audit/package.json",
    "tools/audit/package-lock.json",
]


def main(argv: list[str] | None = None) -> int:
    options = parse(argv)
    if sys.prefix == sys.base_prefix:
        print(
            "bench: run this with the project's virtualenv (`make bench`, or .venv/bin/python tools/bench.py):",
            file=sys.stderr,
        )
        print(f"bench: {sys.executable} is not in one, and make would install folio over its prefix", file=sys.stderr)
        return 2
    venv = Path(sys.prefix)
    rows: list[tuple[str, str, str]] = []
    profile: list[str] = []
    with tempfile.TemporaryDirectory(prefix="folio-bench-") as scratch:
        if options.only != "drafting":
            book = scratch_project(Path(scratch) / "book")
            make = maker(book, venv)
            rows += edition_rows(make, book, options.runs)
            rows += peer_rows(book, venv, options.runs, rows)
            profile = epub_profile(book, venv) + pdf_passes(book, make)
            points = []
            for size in options.sizes:
                found, point = anthology_rows(Path(scratch) / f"anthology-{size}", venv, size, options.anthology_runs)
                rows += found
                points.append(point)
            plot(points, options.out.with_suffix(".svg"))
            rows += long_article_rows(Path(scratch), venv, options.megabytes)
        rows += drafting_rows(Path(scratch) / "drafting", venv, options.runs)
    report(rows, options, profile)
    return 0


def parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5, help="runs per figure (the median is reported; default 5)")
    parser.add_argument("--anthology-runs", type=int, default=1, help="runs per anthology figure (default 1)")
    parser.add_argument(
        "--sizes", type=lambda s: [int(n) for n in s.split(",")], default=[1, 10, 100, 300], help="anthology sizes"
    )
    parser.add_argument(
        "--megabytes",
        type=lambda s: [float(n) for n in s.split(",")],
        default=[1.0, 5.0],
        help="sizes of the one long article, in MB (default 1,5)",
    )
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "benchmarks.md", help="where to write the table")
    parser.add_argument(
        "--only", choices=["drafting"], help="time only this part, and update only its rows of the table"
    )
    return parser.parse_args(argv)


def scratch_project(folder: Path) -> Path:
    """A copy of the project's sources (no _build, no dist)."""
    folder.mkdir(parents=True)
    for name in COPY:
        source = ROOT / name
        target = folder / name
        target.parent.mkdir(parents=True, exist_ok=True)
        if source.is_dir():
            shutil.copytree(source, target, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, target)
    # The scratch copy uses this virtualenv as it is: its install stamps must never look older than the
    # files they stand for, or make would reinstall folio from the scratch copy into this virtualenv.
    for name in ("pyproject.toml", "tools/setup-system"):
        os.utime(folder / name, (0, 0))
    subprocess.run(["git", "init", "-q"], cwd=folder, check=True)
    return folder


def maker(folder: Path, venv: Path) -> Callable[..., float]:
    """A function that runs `make TARGET…` in ``folder`` and returns its wall time."""
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1735689600"}

    def make(*targets: str) -> float:
        command = ["make", "-s", f"VENV={venv}", f"ACE={ROOT / ACE}", *targets]
        started = time.perf_counter()
        result = subprocess.run(command, cwd=folder, env=env, capture_output=True, text=True)
        elapsed = time.perf_counter() - started
        if result.returncode != 0:
            raise SystemExit(f"bench: {' '.join(command)} failed in {folder}:\n{result.stderr[-3000:]}")
        return elapsed

    return make


def clean(folder: Path) -> None:
    for name in ("_build", "dist"):
        shutil.rmtree(folder / name, ignore_errors=True)


def median_of(runs: int, prepare: Callable[[], None], measure: Callable[[], float]) -> float:
    times = []
    for _ in range(runs):
        prepare()
        times.append(measure())
    return statistics.median(times)


def edition_rows(make: Callable[..., float], book: Path, runs: int) -> list[tuple[str, str, str]]:
    rows = []
    for target in ("html", "pdf", "epub", "all"):
        say(f"bench: make {target}, cold and with nothing changed ({runs} runs each)")
        cold = median_of(runs, lambda: clean(book), lambda target=target: make(target))
        warm = median_of(runs, lambda: None, lambda target=target: make(target))
        rows.append((f"`make {target}` cold", seconds(cold), ""))
        rows.append((f"`make {target}` nothing changed", seconds(warm), ""))
    return rows


def peer_rows(book: Path, venv: Path, runs: int, rows: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """The peers, run here in the same command: pandoc on the same chapter, and Sphinx's own import cost.

    pandoc makes the EPUB and, with the same TeX engine (xelatex), the PDF of
    the seed's chapter; ``import sphinx.application`` is the floor under any
    Sphinx build. Every ratio of the issue is printed against them.
    """
    chapter = next((book / "book" / "chapters").glob("*.md"))
    out = book / "pandoc"
    out.mkdir(exist_ok=True)
    figures = {name: float(value.split()[0]) for name, value, _ in rows}
    found = []
    peers = {}
    for kind, extra in (("epub", []), ("pdf", ["--pdf-engine=xelatex"])):
        command = ["pandoc", str(chapter), "-f", "markdown", "-o", str(out / f"chapter.{kind}"), *extra]
        say(f"bench: pandoc → {kind} ({runs} runs)")
        peers[kind] = median_of(runs, lambda: None, lambda command=command: timed(command))
        found.append((f"pandoc {kind} (same chapter)", seconds(peers[kind]), ""))
    say(f"bench: python -c 'import sphinx.application' ({runs} runs)")
    floor = median_of(
        runs, lambda: None, lambda: timed([str(venv / "bin" / "python"), "-c", "import sphinx.application"])
    )
    found.append(("`import sphinx.application` (a fresh Python)", seconds(floor), ""))
    ratios = [
        ("`make pdf` cold / pandoc's xelatex PDF", figures["`make pdf` cold"] / peers["pdf"], "target ≤ 1.0×"),
        ("`make epub` cold / pandoc's EPUB", figures["`make epub` cold"] / peers["epub"], ""),
        ("`make epub` cold / `import sphinx.application`", figures["`make epub` cold"] / floor, "target ≤ 2.0×"),
        ("`make all` cold / `make pdf` cold", figures["`make all` cold"] / figures["`make pdf` cold"], "target ≤ 1.1×"),
    ]
    return found + [(name, f"{ratio:.2f}×", note) for name, ratio, note in ratios]


PROFILE = "## Where a cold `make epub` spends its time"


def epub_profile(book: Path, venv: Path) -> list[str]:
    """A cold `folio build epub`: folio's own step timings, the slowest imports of folio and of the Sphinx it
    runs (``PYTHONPROFILEIMPORTTIME``), and folio's calls with the most time (cProfile), as Markdown."""
    say("bench: profiling a cold `folio build epub` (import times, then cProfile)")
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1735689600"}
    python = str(venv / "bin" / "python")
    clean(book)
    started = time.perf_counter()
    result = subprocess.run(
        [python, "-m", "folio", "build", "epub"],
        cwd=book,
        env={**env, "PYTHONPROFILEIMPORTTIME": "1"},
        capture_output=True,
        text=True,
    )
    total = time.perf_counter() - started
    if result.returncode != 0:
        raise SystemExit(f"bench: folio build epub failed in {book}:\n{result.stderr[-3000:]}")
    steps = [line.strip() for line in result.stderr.splitlines() if line.startswith("folio: ") and " … " not in line]
    sphinx_log = (book / "_build" / "logs" / "sphinx-epub.log").read_text(encoding="utf-8", errors="replace")
    clean(book)
    stats = book / "epub.prof"
    subprocess.run(
        [python, "-m", "cProfile", "-o", str(stats), "-m", "folio", "build", "epub"],
        cwd=book,
        env=env,
        capture_output=True,
        check=True,
    )
    out = subprocess.run(
        [python, "-c", f"import pstats; pstats.Stats({str(stats)!r}).sort_stats('cumulative').print_stats(20)"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    listing = out[out.index("ncalls") :] if "ncalls" in out else out
    return [
        PROFILE,
        "",
        f"One cold run (`rm -rf _build dist; PYTHONPROFILEIMPORTTIME=1 python -m folio build epub`), {total:.2f} s"
        " in all. The EPUB marks the print edition's page breaks, so it waits for LaTeX to typeset the PDF;"
        " Sphinx's LaTeX and EPUB builders run beside LaTeX.",
        "",
        "folio's steps, as it printed them:",
        "",
        "```",
        *steps,
        "```",
        "",
        *_imports("folio's own process", result.stderr),
        *_imports("Sphinx's EPUB run (`_build/logs/sphinx-epub.log`)", sphinx_log),
        "cProfile of folio's process in a second cold run, the 20 calls with the most cumulative time"
        " (Sphinx and LaTeX run in their own processes, so time spent on them shows as `wait`):",
        "",
        "```",
        *[line.rstrip() for line in listing.strip().splitlines()],
        "```",
        "",
    ]


def _imports(title: str, log: str, count: int = 12) -> list[str]:
    """The ``count`` slowest top-level imports in a ``-X importtime`` log, as a Markdown table."""
    found = []
    for line in log.splitlines():
        match = re.match(r"import time:\s+\d+ \|\s+(\d+) \| (\S.*)$", line)
        if match:
            found.append((int(match[1]) / 1e6, match[2]))
    total = sum(seconds_taken for seconds_taken, _ in found)
    rows = [f"| `{name}` | {seconds_taken:.3f} |" for seconds_taken, name in sorted(found, reverse=True)[:count]]
    return [
        f"The slowest top-level imports of {title}, {total:.2f} s of imports in all:",
        "",
        "| module | seconds (cumulative) |",
        "| --- | --- |",
        *rows,
        "",
    ]


def pdf_passes(book: Path, make: Callable[..., float]) -> list[str]:
    """What each LaTeX pass of a cold `make pdf` was run for, from latexmk's log."""
    say("bench: the LaTeX passes of a cold `make pdf`")
    clean(book)
    make("pdf")
    log = (book / "_build" / "logs" / "latexmk.log").read_text(encoding="utf-8", errors="replace")
    lines = ["## The LaTeX passes of a cold `make pdf`", "", "From `_build/logs/latexmk.log`:", ""]
    for block in re.split(r"^-{6,}$", log, flags=re.M):
        found = re.search(r"Rule '([^']+)':\s+Reasons for rerun\n(.*)", block, flags=re.S)
        if found:
            reasons = " ".join(line.strip() for line in found[2].splitlines() if line.strip())
            lines.append(f"- `{found[1]}` because: {reasons}")
    return [*lines, ""]


def anthology(folder: Path, size: int) -> Path:
    """A scratch project whose seeds are ``size`` copies of the seed, each with its own title."""
    scratch_project(folder)
    seeds = folder / "seeds"
    text, sidecar = (seeds / f"{SEED}.txt").read_text(), (seeds / f"{SEED}.toml").read_text()
    for path in seeds.iterdir():
        path.unlink()
    shutil.rmtree(folder / "book" / "chapters")
    for index in range(size):
        (seeds / f"{index:03d}_copy.txt").write_text(text)
        (seeds / f"{index:03d}_copy.toml").write_text(sidecar.replace('title = "', f'title = "{index + 1}. '))
    return folder


TARGETS = {"cold": "target ≤ 15 s", "html epub": "target ≤ 2 s", "all": "target ≤ 8 s"}
"""The issue's targets for the anthology of 100."""


def anthology_rows(folder: Path, venv: Path, size: int, runs: int) -> tuple[list[tuple[str, str, str]], Point]:
    """A book of ``size`` articles: all editions cold, then after one seed is edited (HTML + EPUB, and all).

    Every article's text is then looked for in every edition (``folio check
    --no-external``), so the figures are of books that are whole.
    """
    make = maker(anthology(folder, size), venv)
    # "Cold" as for the one-article book: no _build/ or dist/, and the caches `make clean` keeps (the
    # precompiled LaTeX preamble, the web fonts and stylesheets), made here by one build of the book.
    shutil.copytree(folder.parent / "book" / ".cache", folder / ".cache", dirs_exist_ok=True)
    say(f"bench: anthology of {size}: cold build of all three editions")
    cold = median_of(runs, lambda: clean(folder), lambda: make("all"))
    edited = folder / "seeds" / f"{size // 2:03d}_copy.txt"

    def edit() -> None:
        lines = edited.read_text().splitlines()
        lines[0] += " Edited."
        edited.write_text("\n".join(lines))

    say(f"bench: anthology of {size}: HTML and EPUB, then every edition, after one seed is edited")
    partial = median_of(runs, edit, lambda: make("html", "epub"))
    whole = median_of(runs, edit, lambda: make("all"))
    checked = subprocess.run(
        [str(venv / "bin" / "folio"), "check", "--no-external"], cwd=folder, capture_output=True, text=True
    )
    if checked.returncode != 0:
        raise SystemExit(f"bench: the anthology of {size} does not check clean:\n{checked.stderr[-3000:]}")
    notes = TARGETS if size == 100 else dict.fromkeys(TARGETS, "")
    rows = [
        (f"anthology of {size}: all three editions cold", seconds(cold), notes["cold"]),
        (f"anthology of {size}: HTML + EPUB after one seed edited", seconds(partial), notes["html epub"]),
        (f"anthology of {size}: all editions after one seed edited", seconds(whole), notes["all"]),
    ]
    return rows, Point(size, cold, partial, whole)


class Point(NamedTuple):
    """One anthology's figures, for the plot."""

    articles: int
    cold: float
    partial: float
    whole: float


def long_article_rows(scratch: Path, venv: Path, sizes: list[float]) -> list[tuple[str, str, str]]:
    """One generated article of each size in megabytes, all editions cold (tools/long_article.py's text)."""
    from long_article import article

    rows, first = [], None
    for megabytes in sizes:
        folder = scratch_project(scratch / f"long-{megabytes}")
        shutil.copytree(scratch / "book" / ".cache", folder / ".cache", dirs_exist_ok=True)
        for path in (folder / "seeds").iterdir():
            path.unlink()
        shutil.rmtree(folder / "book" / "chapters")
        (folder / "seeds" / "long.txt").write_text(article(megabytes), encoding="utf-8")
        (folder / "seeds" / "long.toml").write_text('title = "A Very Long Article"\nsource = "Test Press"\n')
        say(f"bench: one {megabytes:g} MB article, all editions cold (one run)")
        took = maker(folder, venv)("all")
        per = f"{took / megabytes:.1f} s per MB"
        if first is not None:
            per += f" ({first[1] / first[0]:.1f} s per MB at {first[0]:g} MB)"
        first = first or (megabytes, took)
        rows.append((f"one {megabytes:g} MB article: all three editions cold", seconds(took), per))
    return rows


def plot(points: list[Point], path: Path) -> None:
    """Time against the number of articles, as an SVG with no script (pygal)."""
    import pygal

    chart = pygal.XY(
        js=[],
        show_dots=True,
        x_title="articles in the book",
        y_title="seconds (wall)",
        title="folio: build time against book size",
        legend_at_bottom=True,
        include_x_axis=True,
        width=800,
        height=480,
    )
    chart.add("all editions, cold", [(p.articles, round(p.cold, 2)) for p in points])
    chart.add("all editions, one seed edited", [(p.articles, round(p.whole, 2)) for p in points])
    chart.add("HTML + EPUB, one seed edited", [(p.articles, round(p.partial, 2)) for p in points])
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(chart.render())


DRAFTING_ARTICLES = ROOT / "tests" / "roots" / "drafting" / "tuned"
WORDS = 1000


def drafting_rows(folder: Path, venv: Path, runs: int) -> list[tuple[str, str, str]]:
    """`folio glossary draft` on a 1,000-word article (paragraphs of our test articles) into an empty register."""
    scratch_project(folder)
    seeds = folder / "seeds"
    for path in seeds.iterdir():
        path.unlink()
    paragraphs: list[str] = []
    for article in sorted(DRAFTING_ARTICLES.glob("*.txt")):
        for line in article.read_text(encoding="utf-8").splitlines()[:-1]:
            if sum(len(p.split()) for p in paragraphs) < WORDS:
                paragraphs.append(line)
    notice = "© 2026 Bench Press Ltd. All rights reserved. Used under licence."
    (seeds / "bench.txt").write_text("\n".join([*paragraphs, notice]) + "\n", encoding="utf-8")
    register = folder / "book" / "glossary.yml"
    words = sum(len(p.split()) for p in paragraphs)
    command = [str(venv / "bin" / "folio"), "glossary", "draft", "seeds/bench.txt"]
    cache = folder / "cache"

    def empty() -> None:
        register.write_text("entries: []\n", encoding="utf-8")

    def cold() -> None:
        empty()
        shutil.rmtree(cache, ignore_errors=True)

    def run() -> float:
        return timed(command, cwd=folder, env={**os.environ, "XDG_CACHE_HOME": str(cache)})

    say(f"bench: folio glossary draft, a {words}-word article ({runs} runs each, cold and cached)")
    first = median_of(runs, cold, run)
    cached = median_of(runs, empty, run)
    note = "target < 1 s; the whole command, Python start-up included"
    return [
        (f"`folio glossary draft`, {words} words, word lists read from the libraries", seconds(first), note),
        (f"`folio glossary draft`, {words} words, word lists from the cache", seconds(cached), note),
    ]


def timed(command: list[str], cwd: Path | None = None, env: dict[str, str] | None = None) -> float:
    started = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True, cwd=cwd, env=env)
    if result.returncode != 0:
        raise SystemExit(
            f"bench: {' '.join(command)} failed (exit {result.returncode}); run `make setup`:\n{result.stderr[-2000:]}"
        )
    return time.perf_counter() - started


def seconds(value: float) -> str:
    return f"{value:.2f} s"


def report(rows: list[tuple[str, str, str]], options: argparse.Namespace, profile: list[str]) -> None:
    megabytes = ",".join(f"{m:g}" for m in options.megabytes)
    intro = (
        f"Measured by `make bench` (`.venv/bin/python tools/bench.py --runs {options.runs}"
        f" --sizes {','.join(map(str, options.sizes))} --megabytes {megabytes}`)"
        f" on {platform.machine()}, {os.cpu_count()} cores,"
        f" Python {platform.python_version()}. Each figure is the median of {options.runs} whole-process runs"
        f" (anthologies: {options.anthology_runs}); machines here are noisy, so compare ratios from one run."
    )
    if options.only:
        rows = merged(options.out, rows)
        text = options.out.read_text(encoding="utf-8") if options.out.is_file() else ""
        kept = [line for line in text.split("\n\n")[1:2] if line.startswith("Measured by")]
        only = (
            f"The `folio glossary draft` rows were measured apart (`.venv/bin/python tools/bench.py --only"
            f" drafting --runs {options.runs}`, the median of {options.runs} runs)."
        )
        intro = "\n\n".join([*(kept or [intro]), only])
    lines = [
        "# Benchmarks",
        "",
        intro,
        "",
        "| what | time | note |",
        "| --- | --- | --- |",
        *[f"| {name} | {value} | {note} |" for name, value, note in rows],
        "",
    ]
    if options.only and options.out.is_file():
        text = options.out.read_text(encoding="utf-8")
        profile = text[text.index(PROFILE) :].splitlines() if PROFILE in text else []
    lines += [*profile, ""] if profile else []
    options.out.parent.mkdir(parents=True, exist_ok=True)
    options.out.write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines))


def merged(path: Path, rows: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """The rows of the table in ``path``, with ``rows`` replacing those of the same name (or added); a name
    differs only in its word count when the drafting article, made of our test articles, grows."""
    new = {_shape(name): (name, value, note) for name, value, note in rows}
    old = []
    if path.is_file():
        for line in path.read_text(encoding="utf-8").splitlines():
            cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
            if line.startswith("| ") and len(cells) == 3 and cells[0] not in {"what", "---"}:
                old.append(new.pop(_shape(cells[0]), (cells[0], cells[1], cells[2])))
    return [*old, *new.values()]


def _shape(name: str) -> str:
    return re.sub(r"\b\d+ words\b", "N words", name)


def say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


if __name__ == "__main__":
    sys.exit(main())
