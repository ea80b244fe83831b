"""Step 4: build the editions with Sphinx, LaTeX and the EPUB step, then publish.

Every edition is built under ``_build/`` and only then moved into ``dist/``
with a rename, so ``dist/`` never holds a half-written edition and a failed
or interrupted build leaves the previous one in place.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from folio.config import BookConfig
from folio.diagnostics import BuildError, Code, fail
from folio.project import Project
from folio.seed import Seed

EDITIONS = ("html", "pdf", "epub")
SPHINX_BUILDER = {"html": "html", "pdf": "latex", "epub": "epub"}
LOG_TAIL = 20
LATEX_TIMEOUT = 900

Progress = Callable[[str], None]


def build(project: Project, editions: Sequence[str], *, sphinx_opts: Sequence[str] = (), progress: Progress) -> list[Path]:
    """Build ``editions`` in order; return the published paths."""
    seeds = project.read_seeds()
    project.require_chapters(seeds)
    book = project.book_config()
    env = build_environment(project)
    published = []
    for edition in editions:
        with step(progress, edition, "edition"):
            run_sphinx(project, SPHINX_BUILDER[edition], sphinx_opts, env, progress)
            if edition == "html":
                published.append(publish_tree(project.build / "html", project.dist / "html", project.build))
            elif edition == "pdf":
                pdf = run_latex(project, book.slug, env, progress)
                published.append(publish_file(pdf, project.dist / f"{book.slug}.pdf"))
            else:
                published.append(package_epub(project, book, seeds, env, progress))
    return published


def build_environment(project: Project) -> dict[str, str]:
    """The environment for every tool: a fixed SOURCE_DATE_EPOCH for reproducible output."""
    env = dict(os.environ)
    env["SOURCE_DATE_EPOCH"] = str(source_date_epoch(project.root))
    env["FORCE_SOURCE_DATE"] = "1"
    return env


def source_date_epoch(root: Path) -> int:
    """SOURCE_DATE_EPOCH if set, else the last commit's time, else 0."""
    value = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if value.isdigit():
        return int(value)
    try:
        out = subprocess.run(
            ["git", "-C", str(root), "log", "-1", "--format=%ct"],
            capture_output=True, text=True, check=True, timeout=30,
        ).stdout.strip()
        return int(out)
    except (OSError, subprocess.SubprocessError, ValueError):
        return 0


def run_sphinx(project: Project, builder: str, opts: Sequence[str], env: dict[str, str], progress: Progress) -> None:
    """Run sphinx-build for one builder, its output and log under ``_build/``."""
    command = [
        sys.executable, "-m", "sphinx", "-b", builder, "-c", str(project.conf),
        "-d", str(project.build / f"doctrees-{builder}"), "-q", *opts,
        str(project.book), str(project.build / builder),
    ]
    with step(progress, builder, "sphinx-build"):
        run_logged(command, project.build / "logs" / f"sphinx-{builder}.log", f"sphinx-build -b {builder}", env=env)


def run_latex(project: Project, slug: str, env: dict[str, str], progress: Progress) -> Path:
    """Typeset the LaTeX Sphinx wrote, with latexmk (it reruns only as needed)."""
    folder = project.build / "latex"
    if shutil.which("latexmk") is None:
        raise fail(BuildError, Code.B001, "latexmk", tool="latexmk", fix="run `make setup` (it installs TeX Live)")
    command = ["latexmk", "-pdfxe", "-interaction=nonstopmode", "-halt-on-error", "-file-line-error", f"{slug}.tex"]
    with step(progress, "pdf", "latexmk (xelatex)"):
        run_logged(command, project.build / "logs" / "latexmk.log", "latexmk", env=latexmk_environment(folder, env), cwd=folder, timeout=LATEX_TIMEOUT)
    return folder / f"{slug}.pdf"


def latexmk_environment(folder: Path, env: dict[str, str]) -> dict[str, str]:
    """Sphinx's latexmkrc runs xindy with $XINDYOPTS, which only Sphinx's Makefile there exports."""
    makefile = folder / "Makefile"
    text = makefile.read_text(encoding="utf-8") if makefile.is_file() else ""
    match = re.search(r"^export XINDYOPTS = (.*)$", text, re.MULTILINE)
    return {**env, "XINDYOPTS": match.group(1).strip()} if match else env


def package_epub(project: Project, book: BookConfig, seeds: list[Seed], env: dict[str, str], progress: Progress) -> Path:
    """The EPUB step: package Sphinx's content with ebooklib into ``dist/``."""
    from folio.epub import build_epub

    output = project.dist / f"{book.slug}.epub"
    notices = tuple(dict.fromkeys(seed.notice for seed in seeds))
    sources = tuple(dict.fromkeys(seed.sidecar.source for seed in seeds if seed.sidecar.source))
    modified = datetime.fromtimestamp(int(env["SOURCE_DATE_EPOCH"]), UTC)
    with step(progress, "epub", "package with ebooklib"):
        return build_epub(project.build / "epub", output, book=book, notices=notices, sources=sources, modified=modified)


def run_logged(command: Sequence[str], log: Path, name: str, *, env: dict[str, str], cwd: Path | None = None, timeout: int = 600) -> None:
    """Run a tool with its output in ``log``; on failure raise B002 with the log's tail."""
    log.parent.mkdir(parents=True, exist_ok=True)
    try:
        with log.open("w", encoding="utf-8") as handle:
            status = subprocess.run(command, stdout=handle, stderr=subprocess.STDOUT, env=env, cwd=cwd, timeout=timeout).returncode
    except subprocess.TimeoutExpired:
        raise fail(BuildError, Code.B004, log, tool=name, seconds=timeout) from None
    if status != 0:
        lines = log.read_text(encoding="utf-8", errors="replace").splitlines()
        tail = "\n".join(f"    {line}" for line in lines[-LOG_TAIL:])
        raise fail(BuildError, Code.B002, log, step=name, status=status, tail=tail)


def publish_file(source: Path, target: Path) -> Path:
    """Copy ``source`` to ``target`` through a temporary name and a rename."""
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_name(f".{target.name}.tmp")
    try:
        shutil.copyfile(source, temporary)
        temporary.replace(target)
    finally:
        temporary.unlink(missing_ok=True)
    return target


def publish_tree(source: Path, target: Path, scratch: Path) -> Path:
    """Replace the folder ``target`` with a copy of ``source``, swapping by renames."""
    staging, previous = scratch / f"publish-{target.name}", scratch / f"previous-{target.name}"
    for folder in (staging, previous):
        shutil.rmtree(folder, ignore_errors=True)
    shutil.copytree(source, staging, ignore=shutil.ignore_patterns(".buildinfo", ".doctrees"))
    target.parent.mkdir(parents=True, exist_ok=True)
    if target.exists():
        target.rename(previous)
    try:
        staging.rename(target)
    except OSError:
        if previous.exists() and not target.exists():
            previous.rename(target)
        raise
    shutil.rmtree(previous, ignore_errors=True)
    return target


@contextmanager
def step(progress: Progress, edition: str, name: str) -> Iterator[None]:
    """Report a step's start and how long it took."""
    progress(f"folio: {edition}: {name} …")
    started = time.perf_counter()
    yield
    progress(f"folio: {edition}: {name} done in {time.perf_counter() - started:.1f} s")
