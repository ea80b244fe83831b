"""Run sphinx-build for one builder, with one shared environment and reproducible output.

Every builder shares one environment in ``_build/doctrees``: the first run
reads the sources, the others only write. A lock keeps two folio processes
(``make -j``) from writing the environment at once.
"""

from __future__ import annotations

import fcntl
import json
import os
import shutil
import subprocess
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from folio.project import READ_LOG, Project
from folio.tools import Progress, python_tool, run_logged, step

SPHINX_PAGES = frozenset({"genindex", "search", "py-modindex", "nav", "toc"})
"""Pages Sphinx writes that have no source document."""


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
            capture_output=True,
            text=True,
            check=True,
            timeout=30,
        ).stdout.strip()
        return int(out)
    except (OSError, subprocess.SubprocessError, ValueError):
        return 0


def run_sphinx(
    project: Project,
    builder: str,
    opts: Sequence[str],
    env: dict[str, str],
    progress: Progress,
    *,
    yielding: bool = False,
) -> None:
    """Run sphinx-build for one builder, its output and log under ``_build/``.

    Sphinx never deletes an output file, so before each run the pages of
    documents that no longer exist are removed: the page of a withdrawn
    article must not be published again (and Sphinx's EPUB builder would
    list it in its package). Sphinx warns about a page only when
    it reads it, so after a run that warned (its ``-q`` log is not empty) the
    environment starts afresh: otherwise a second ``-W`` build would pass
    where the first one failed. While LaTeX typesets in the background,
    Sphinx runs ``yielding`` (at a lower priority), so that LaTeX, the
    longest step, is not slowed on a small machine.
    """
    doctrees, log = project.build / "doctrees", project.build / "logs" / f"sphinx-{builder}.log"
    command = [
        *(["nice", "-n", "10"] if yielding and shutil.which("nice") else []),
        *python_tool("sphinx"),
        "-b",
        builder,
        # Read (and write) in parallel when no LaTeX runs beside: Sphinx forks only for more than a few pages.
        *([] if yielding else ["-j", "auto"]),
        "-c",
        str(project.conf),
        "-d",
        str(doctrees),
        "-q",
        *opts,
        str(project.book),
        str(project.build / builder),
    ]
    with sphinx_lock(project.build), step(progress, builder, "sphinx-build"):
        if log.is_file() and log.stat().st_size > 0:
            shutil.rmtree(doctrees, ignore_errors=True)
        prune_withdrawn(project, project.build / builder)
        (doctrees / READ_LOG).unlink(missing_ok=True)
        run_logged(command, log, f"sphinx-build -b {builder}", env=env)
    if summary := pages_read(doctrees):
        progress(f"folio: {builder}: {summary}")


def pages_read(doctrees: Path) -> str:
    """ "read 2 of 9 pages (index, copyright)": what the last Sphinx run read, from the extension's record."""
    try:
        record = json.loads((doctrees / READ_LOG).read_text(encoding="utf-8"))
        read, pages = list(record["read"]), int(record["pages"])
    except (OSError, ValueError, KeyError, TypeError):
        return ""
    if not read:
        return ""
    names = f" ({', '.join(read)})" if len(read) <= 6 else ""
    return f"read {len(read)} of {pages} pages{names}"


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
