"""Step 4: build the editions with Sphinx, LaTeX and the EPUB step, check them, then publish.

Every input (seeds, chapters, ``book.toml`` with its ``-D folio_*``
overrides, the glossary register) is checked before Sphinx starts, so a bad
input gets folio's own diagnostic. Every edition is built under ``_build/``,
must pass the cheap checks of :mod:`folio.checks` (every article word in
order, the licence notice), and only then is moved into ``dist/`` with a
rename, with SIGINT, SIGTERM and SIGHUP held off while it moves. So ``dist/`` never
holds a half-written or unchecked edition, and a failed or interrupted build
leaves the previous one in place and says so.
"""

from __future__ import annotations

import fcntl
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
from typing import NamedTuple

from folio import checks
from folio.config import BookConfig, fields
from folio.diagnostics import BuildError, CheckError, Code, Diagnostic, FolioError, InputError, diagnose, fail
from folio.processes import Job, run_logged
from folio.project import Project
from folio.publish import publish
from folio.seed import Seed

EDITIONS = ("html", "pdf", "epub")
ORDER = ("pdf", "html", "epub")
"""The build order: LaTeX, the slow step, runs in the background while the others build."""
SPHINX_BUILDER = {"html": "html", "pdf": "latex", "epub": "epub"}
LATEX_TIMEOUT = 900

Progress = Callable[[str], None]
Gate = Callable[[list[Seed], Path], list[Diagnostic]]


def build(project: Project, editions: Sequence[str], *, sphinx_opts: Sequence[str] = (), progress: Progress) -> list[Path]:
    """Check the inputs, then build, check and publish ``editions``; return the published paths.

    The editions share one Sphinx environment (the sources are read once).
    The PDF's Sphinx run comes first so that LaTeX, the slow step, typesets
    in the background while the HTML and EPUB editions build.
    """
    seeds, book = check_inputs(project, sphinx_opts)
    env = build_environment(project)
    published, latex = [], None
    try:
        for edition in (e for e in ORDER if e in editions):
            with kept_on_failure(project, edition, edition_path(project, book, edition)):
                run_sphinx(project, SPHINX_BUILDER[edition], sphinx_opts, env, progress, yielding=latex is not None)
                if edition == "pdf":
                    latex = start_latex(project, book.slug, env, progress)
                else:
                    published.append(finish(project, edition, book, seeds, stage(project, edition, book, seeds, env, progress), progress))
        if latex is not None:
            with kept_on_failure(project, "pdf", edition_path(project, book, "pdf")):
                notices = tuple(dict.fromkeys(seed.notice for seed in seeds))
                published.append(finish(project, "pdf", book, seeds, finish_latex(latex, notices, progress), progress))
    except FolioError as error:
        if latex is not None and latex.job.process.poll() is None:
            raise type(error)(*error.diagnostics, diagnose(Code.B009, project.relative(edition_path(project, book, "pdf")), edition="pdf")) from None
        raise
    finally:
        if latex is not None:
            latex.job.cancel()
    return published


def finish(project: Project, edition: str, book: BookConfig, seeds: list[Seed], staged: Path, progress: Progress) -> Path:
    """Check a staged edition and publish it into ``dist/``."""
    target = edition_path(project, book, edition)
    gate(edition, seeds, staged, progress)
    publish(staged, target, project.build)
    progress(f"folio: published {project.relative(target)}")
    return target


def check_inputs(project: Project, sphinx_opts: Sequence[str]) -> tuple[list[Seed], BookConfig]:
    """Everything the build reads, checked before Sphinx starts, so that errors are folio's own."""
    try:
        seeds = project.read_seeds()
        project.require_chapters(seeds)
        book = with_overrides(project.book_config(), sphinx_opts)
        project.check_register()
    except InputError as error:
        raise InputError(*error.diagnostics, diagnose(Code.B010, project.relative(project.dist))) from None
    return seeds, book


def with_overrides(book: BookConfig, sphinx_opts: Sequence[str]) -> BookConfig:
    """The book configuration with the ``-D folio_<field>=value`` options applied, as Sphinx will."""
    known = {item.name for item in fields()}
    changes = {}
    for setting in defines(sphinx_opts):
        name, _, value = setting.partition("=")
        if name.startswith("folio_") and name.removeprefix("folio_") in known:
            changes[name.removeprefix("folio_")] = value
    try:
        return book.replace(**changes) if changes else book
    except BuildError as error:
        raise InputError(*error.diagnostics) from None


def defines(sphinx_opts: Sequence[str]) -> Iterator[str]:
    """The ``name=value`` settings of sphinx-build's ``-D``/``--define`` options."""
    options = list(sphinx_opts)
    for index, option in enumerate(options):
        if option in ("-D", "--define") and index + 1 < len(options):
            yield options[index + 1]
        elif option.startswith("-D") and len(option) > 2:
            yield option[2:]
        elif option.startswith("--define="):
            yield option.removeprefix("--define=")


def edition_path(project: Project, book: BookConfig, edition: str) -> Path:
    """Where an edition is published: ``dist/html/``, ``dist/<slug>.pdf``, ``dist/<slug>.epub``."""
    return project.dist / ("html" if edition == "html" else f"{book.slug}.{edition}")


def stage(project: Project, edition: str, book: BookConfig, seeds: list[Seed], env: dict[str, str], progress: Progress) -> Path:
    """Finish the HTML or EPUB edition under ``_build/`` from what Sphinx wrote; return its path there."""
    if edition == "html":
        return project.build / "html"
    return package_epub(project, book, seeds, env, progress)


GATES: dict[str, Gate] = {"html": checks.check_html, "pdf": checks.check_pdf, "epub": checks.check_epub}
"""The cheap checks an edition must pass before it replaces the previous one (EPUBCheck and Ace stay in ``folio check``)."""


def gate(edition: str, seeds: list[Seed], staged: Path, progress: Progress) -> None:
    """Refuse an edition that lacks an article word or the licence notice."""
    with step(progress, edition, "check text and licence notice"):
        errors = [d for d in GATES[edition](seeds, staged) if d.is_error]
    if errors:
        raise CheckError(*errors)


@contextmanager
def kept_on_failure(project: Project, edition: str, target: Path) -> Iterator[None]:
    """When an edition fails, add to the error that its previous copy in ``dist/`` is unchanged."""
    try:
        yield
    except FolioError as error:
        note = diagnose(Code.B009, project.relative(target), edition=edition)
        raise type(error)(*error.diagnostics, note) from None


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


def run_sphinx(project: Project, builder: str, opts: Sequence[str], env: dict[str, str], progress: Progress,
               *, yielding: bool = False) -> None:
    """Run sphinx-build for one builder, its output and log under ``_build/``.

    Every builder shares one environment in ``_build/doctrees``: the first
    run reads the sources, the others only write. A lock keeps two folio
    processes (``make -j``) from writing the environment at once.
    Sphinx never deletes an output file, so after each run the pages of
    documents that no longer exist are removed: the page of a withdrawn
    article must not be published again, and the others are only rewritten
    when they change. Sphinx warns about a page only when it reads it,
    so after a run that warned (its ``-q`` log is not empty) the environment
    starts afresh too: otherwise a second ``-W`` build would pass where the
    first one failed. While LaTeX typesets in the background, Sphinx runs
    ``yielding`` (at a lower priority), so that LaTeX, the longest step,
    is not slowed on a small machine.
    """
    doctrees, log = project.build / "doctrees", project.build / "logs" / f"sphinx-{builder}.log"
    command = [
        *(["nice", "-n", "10"] if yielding and shutil.which("nice") else []),
        sys.executable, "-m", "sphinx", "-b", builder, "-c", str(project.conf),
        "-d", str(doctrees), "-q", *opts, str(project.book), str(project.build / builder),
    ]
    with sphinx_lock(project.build), step(progress, builder, "sphinx-build"):
        if log.is_file() and log.stat().st_size > 0:
            shutil.rmtree(doctrees, ignore_errors=True)
        run_logged(command, log, f"sphinx-build -b {builder}", env=env)
        prune_withdrawn(project, project.build / builder)


SPHINX_PAGES = frozenset({"genindex", "search", "py-modindex", "nav", "toc"})
"""Pages Sphinx writes that have no source document."""


def prune_withdrawn(project: Project, output: Path) -> None:
    """Delete the pages in ``output`` whose source document is gone from ``book/``."""
    for page in [*output.rglob("*.html"), *output.rglob("*.xhtml")]:
        relative = page.relative_to(output)
        if relative.parts[0].startswith("_") or relative.with_suffix("").as_posix() in SPHINX_PAGES:
            continue
        if not (project.book / relative.with_suffix(".md")).is_file():
            page.unlink()


@contextmanager
def sphinx_lock(folder: Path) -> Iterator[None]:
    """Hold ``_build/.sphinx.lock`` while Sphinx reads or writes the shared environment."""
    folder.mkdir(parents=True, exist_ok=True)
    with (folder / ".sphinx.lock").open("w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        yield


class Latex(NamedTuple):
    """latexmk typesetting in the background."""

    job: Job
    pdf: Path
    started: float


def start_latex(project: Project, slug: str, env: dict[str, str], progress: Progress) -> Latex:
    """Start typesetting the LaTeX Sphinx wrote, with latexmk (it reruns only as needed)."""
    folder = project.build / "latex"
    if shutil.which("latexmk") is None:
        raise fail(BuildError, Code.B001, "latexmk", tool="latexmk", fix="run `make setup` (it installs TeX Live)")
    command = ["latexmk", "-pdfxe", "-interaction=nonstopmode", "-halt-on-error", "-file-line-error", f"{slug}.tex"]
    progress("folio: pdf: latexmk (xelatex) …")
    started = time.time()
    job = Job(command, project.build / "logs" / "latexmk.log", "latexmk",
              env=latexmk_environment(folder, env), cwd=folder, timeout=LATEX_TIMEOUT)
    return Latex(job, folder / f"{slug}.pdf", started)


def finish_latex(latex: Latex, notices: tuple[str, ...], progress: Progress) -> Path:
    """Wait for latexmk, then set the notices as the XMP rights; on failure, name where LaTeX stopped."""
    from folio.pdfmeta import set_rights

    try:
        latex.job.wait()
    except BuildError as error:
        raise BuildError(*latex_error(latex.pdf.with_suffix(".log"), latex.started), *error.diagnostics) from None
    progress(f"folio: pdf: latexmk (xelatex) done in {time.time() - latex.started:.1f} s")
    return set_rights(latex.pdf, latex.pdf.parent.parent / "editions" / latex.pdf.name, notices)


def run_latex(project: Project, slug: str, env: dict[str, str], progress: Progress) -> Path:
    """Typeset the LaTeX Sphinx wrote and wait for the PDF."""
    notices = tuple(dict.fromkeys(seed.notice for seed in project.read_seeds()))
    return finish_latex(start_latex(project, slug, env, progress), notices, progress)


_LATEX_ERROR = re.compile(r"^(?P<file>[^:\n]+):(?P<line>\d+): (?P<message>.+)$", re.MULTILINE)
"""An error as ``-file-line-error`` writes it in the log: ``./book.tex:55: Undefined control sequence.``"""


def latex_error(log: Path, since: float) -> list[Diagnostic]:
    """The error that stopped LaTeX, at the file and line its log (if written ``since`` then) names."""
    fresh = log.is_file() and log.stat().st_mtime >= since - 1
    text = log.read_text(encoding="utf-8", errors="replace") if fresh else ""
    match = _LATEX_ERROR.search(text)
    if match is None:
        return []
    place = (log.parent / match["file"]).resolve()
    return [diagnose(Code.P007, place, int(match["line"]), message=match["message"].strip(), log=log)]


def latexmk_environment(folder: Path, env: dict[str, str]) -> dict[str, str]:
    """Sphinx's latexmkrc runs xindy with $XINDYOPTS, which only Sphinx's Makefile there exports."""
    makefile = folder / "Makefile"
    text = makefile.read_text(encoding="utf-8") if makefile.is_file() else ""
    match = re.search(r"^export XINDYOPTS = (.*)$", text, re.MULTILINE)
    return {**env, "XINDYOPTS": match.group(1).strip()} if match else env


def package_epub(project: Project, book: BookConfig, seeds: list[Seed], env: dict[str, str], progress: Progress) -> Path:
    """The EPUB step: package Sphinx's content with ebooklib, under ``_build/`` until it is checked."""
    from folio.epub import build_epub

    output = project.build / "editions" / f"{book.slug}.epub"
    notices = tuple(dict.fromkeys(seed.notice for seed in seeds))
    sources = tuple(dict.fromkeys(seed.sidecar.source for seed in seeds if seed.sidecar.source))
    modified = datetime.fromtimestamp(int(env["SOURCE_DATE_EPOCH"]), UTC)
    with step(progress, "epub", "package with ebooklib"):
        return build_epub(project.build / "epub", output, book=book, notices=notices, sources=sources, modified=modified)


@contextmanager
def step(progress: Progress, edition: str, name: str) -> Iterator[None]:
    """Report a step's start and how long it took."""
    progress(f"folio: {edition}: {name} …")
    started = time.perf_counter()
    yield
    progress(f"folio: {edition}: {name} done in {time.perf_counter() - started:.1f} s")
