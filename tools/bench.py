"""`make bench`: time the editions, make, pandoc as the peer, and anthologies.

Every figure is the median of whole-process runs (``make …`` or ``pandoc …``)
in a scratch copy of the project, so the working tree is never touched. It
writes the table to docs/benchmarks.md with the command that reproduces it.

    .venv/bin/python tools/bench.py [--runs N] [--sizes 1,10,100] [--out FILE]
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
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
    with tempfile.TemporaryDirectory(prefix="folio-bench-") as scratch:
        book = scratch_project(Path(scratch) / "book")
        make = maker(book, venv)
        rows += edition_rows(make, book, options.runs)
        rows += peer_rows(book, options.runs, rows)
        for size in options.sizes:
            rows += anthology_rows(Path(scratch) / f"anthology-{size}", venv, size, options.anthology_runs)
    report(rows, options)
    return 0


def parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5, help="runs per figure (the median is reported; default 5)")
    parser.add_argument("--anthology-runs", type=int, default=1, help="runs per anthology figure (default 1)")
    parser.add_argument(
        "--sizes", type=lambda s: [int(n) for n in s.split(",")], default=[1, 10, 100], help="anthology sizes"
    )
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "benchmarks.md", help="where to write the table")
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


def peer_rows(book: Path, runs: int, rows: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """pandoc on the same chapter: EPUB, and PDF with the same TeX engine (xelatex)."""
    chapter = next((book / "book" / "chapters").glob("*.md"))
    out = book / "pandoc"
    out.mkdir(exist_ok=True)
    figures = dict((name, float(value.split()[0])) for name, value, _ in rows)
    found = []
    for kind, extra in (("epub", []), ("pdf", ["--pdf-engine=xelatex"])):
        command = ["pandoc", str(chapter), "-f", "markdown", "-o", str(out / f"chapter.{kind}"), *extra]
        say(f"bench: pandoc → {kind} ({runs} runs)")
        peer = median_of(runs, lambda: None, lambda command=command: timed(command))
        ours = figures[f"`make {kind}` cold"]
        found.append((f"pandoc {kind} (same chapter)", seconds(peer), f"folio/pandoc = {ours / peer:.1f}×"))
    slowest = max(figures[f"`make {e}` cold"] for e in ("html", "pdf", "epub"))
    found.append(
        ("`make all` cold / slowest single edition", f"{figures['`make all` cold'] / slowest:.2f}×", "target ≤ 1.2×")
    )
    return found


def anthology_rows(folder: Path, venv: Path, size: int, runs: int) -> list[tuple[str, str, str]]:
    """A book of ``size`` copies of the seed: cold build, then HTML+EPUB after one seed is edited."""
    scratch_project(folder)
    seeds = folder / "seeds"
    text, sidecar = (seeds / f"{SEED}.txt").read_text(), (seeds / f"{SEED}.toml").read_text()
    for path in seeds.iterdir():
        path.unlink()
    shutil.rmtree(folder / "book" / "chapters")
    for index in range(size):
        (seeds / f"{index:03d}_copy.txt").write_text(text)
        (seeds / f"{index:03d}_copy.toml").write_text(sidecar.replace('title = "', f'title = "{index + 1}. '))
    make = maker(folder, venv)
    say(f"bench: anthology of {size}: cold build of all three editions")
    cold = median_of(runs, lambda: clean(folder), lambda: make("all"))
    edited = seeds / f"{size // 2:03d}_copy.txt"

    def edit() -> None:
        lines = edited.read_text().splitlines()
        lines[0] += " Edited."
        edited.write_text("\n".join(lines))
        subprocess.run(
            [str(venv / "bin" / "folio"), "ingest", "--force", str(edited)], cwd=folder, check=True, capture_output=True
        )

    say(f"bench: anthology of {size}: HTML and EPUB after one seed is edited")
    rebuild = median_of(runs, edit, lambda: make("html", "epub"))
    return [
        (f"anthology of {size}: all three editions cold", seconds(cold), "target ≤ 60 s" if size == 100 else ""),
        (
            f"anthology of {size}: HTML + EPUB after one seed edited",
            seconds(rebuild),
            "target ≤ 5 s" if size == 100 else "",
        ),
    ]


def timed(command: list[str]) -> float:
    started = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(
            f"bench: {' '.join(command)} failed (exit {result.returncode}); run `make setup`:\n{result.stderr[-2000:]}"
        )
    return time.perf_counter() - started


def seconds(value: float) -> str:
    return f"{value:.2f} s"


def report(rows: list[tuple[str, str, str]], options: argparse.Namespace) -> None:
    lines = [
        "# Benchmarks",
        "",
        f"Measured by `make bench` (`.venv/bin/python tools/bench.py --runs {options.runs}"
        f" --sizes {','.join(map(str, options.sizes))}`) on {platform.machine()}, {os.cpu_count()} cores,"
        f" Python {platform.python_version()}. Each figure is the median of {options.runs} whole-process runs"
        f" (anthologies: {options.anthology_runs}); machines here are noisy, so compare ratios from one run.",
        "",
        "| what | time | note |",
        "| --- | --- | --- |",
        *[f"| {name} | {value} | {note} |" for name, value, note in rows],
        "",
    ]
    options.out.parent.mkdir(parents=True, exist_ok=True)
    options.out.write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines))


def say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


if __name__ == "__main__":
    sys.exit(main())
