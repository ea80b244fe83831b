"""Typeset the LaTeX Sphinx wrote: latexmk with xelatex, in the background.

latexmk reruns xelatex and xindy only as the document needs, each pass
starting from the precompiled preamble (:mod:`folio.pdf.format`). Sphinx's
``latexmkrc`` takes xindy's options from ``XINDYOPTS``, which only Sphinx's
own Makefile exports; :func:`latexmk_environment` sets it from there, the
one place folio handles it. A new SOURCE_DATE_EPOCH typesets again
(:func:`_forced`).
"""

from __future__ import annotations

import re
import sys
import time
from datetime import datetime
from pathlib import Path
from typing import NamedTuple

from folio.config import BookConfig
from folio.diagnostics import BuildError, Code, Diagnostic, diagnose
from folio.pdf.metadata import write_metadata
from folio.tools import Job, Progress, find

LATEX_TIMEOUT = 900

_LATEX_ERROR = re.compile(r"^(?P<file>[^:\n]+):(?P<line>\d+): (?P<message>.+)$", re.MULTILINE)
"""An error as ``-file-line-error`` writes it in the log: ``./book.tex:55: Undefined control sequence.``"""


class Latex(NamedTuple):
    """latexmk typesetting in the background."""

    job: Job
    pdf: Path
    started: float
    reported: list[bool]
    """Non-empty once the end of typesetting was reported."""


def start_latex(folder: Path, slug: str, logs: Path, cache: Path, env: dict[str, str], progress: Progress) -> Latex:
    """Start typesetting ``folder/<slug>.tex`` with latexmk (it reruns only as needed).

    The preamble comes precompiled from ``cache`` (:mod:`folio.pdf.format`).
    """
    command = [
        sys.executable,
        "-m",
        "folio.pdf.format",
        str(cache),
        f"{slug}.tex",
        "--",
        find("latexmk"),
        # The count of pages LaTeX keeps in the .aux changes when the index
        # arrives; nothing here uses it, so it must not cost another pass.
        "-e",
        "$hash_calc_ignore_pattern{'aux'} = 'abspage.last';",
        # The glossary reads the mentions' pages (.fpg, folio.sty) in the pass that writes them.
        "-e",
        "$hash_calc_ignore_pattern{'fpg'} = '.';",
        "-pdfxe",
        "-interaction=nonstopmode",
        "-halt-on-error",
        "-file-line-error",
        *_forced(folder, env),
        f"{slug}.tex",
    ]
    progress("folio: pdf: latexmk (xelatex) …")
    started = time.time()
    job = Job(
        command,
        logs / "latexmk.log",
        "latexmk",
        env=latexmk_environment(folder, env),
        cwd=folder,
        timeout=LATEX_TIMEOUT,
    )
    return Latex(job, folder / f"{slug}.pdf", started, [])


def wait_latex(latex: Latex, progress: Progress) -> None:
    """Wait for latexmk (at once if it has finished). On failure, name the file and line where LaTeX stopped."""
    try:
        latex.job.wait()
    except BuildError as error:
        raise BuildError(*latex_error(latex.pdf.with_suffix(".log"), latex.started), *error.diagnostics) from None
    if not latex.reported:
        progress(f"folio: pdf: latexmk (xelatex) done in {time.time() - latex.started:.1f} s")
        latex.reported.append(True)


def finish_latex(
    latex: Latex, output: Path, book: BookConfig, notices: tuple[str, ...], modified: datetime, progress: Progress
) -> Path:
    """Wait for latexmk, then write the PDF to ``output`` with its XMP packet (the notices as ``dc:rights``)."""
    wait_latex(latex, progress)
    return write_metadata(latex.pdf, output, book, notices, modified)


def latex_error(log: Path, since: float) -> list[Diagnostic]:
    """The error that stopped LaTeX, at the file and line its log (if written ``since`` then) names."""
    fresh = log.is_file() and log.stat().st_mtime >= since - 1
    text = log.read_text(encoding="utf-8", errors="replace") if fresh else ""
    match = _LATEX_ERROR.search(text)
    if match is None:
        return []
    place = (log.parent / match["file"]).resolve()
    return [diagnose(Code.P007, place, int(match["line"]), message=match["message"].strip(), log=log)]


_EPOCH_STAMP = ".folio-source-date-epoch"
"""The SOURCE_DATE_EPOCH of the last typesetting in a LaTeX folder."""


def _forced(folder: Path, env: dict[str, str]) -> list[str]:
    """latexmk's ``-g`` (typeset again) when the last typesetting was under another SOURCE_DATE_EPOCH.

    xdvipdfmx names the PDF's font subsets from the epoch, and a commit on the same day leaves the ``.tex``
    unchanged, so latexmk alone would keep the old names: the PDF would depend on what was built before.
    """
    stamp = folder / _EPOCH_STAMP
    epoch = env.get("SOURCE_DATE_EPOCH", "")
    stale = not stamp.is_file() or stamp.read_text(encoding="utf-8") != epoch
    stamp.write_text(epoch, encoding="utf-8")
    return ["-g"] if stale else []


def latexmk_environment(folder: Path, env: dict[str, str]) -> dict[str, str]:
    """``env`` with ``XINDYOPTS`` as Sphinx's Makefile in ``folder`` sets it."""
    makefile = folder / "Makefile"
    text = makefile.read_text(encoding="utf-8") if makefile.is_file() else ""
    match = re.search(r"^export XINDYOPTS = (.*)$", text, re.MULTILINE)
    return {**env, "XINDYOPTS": match.group(1).strip()} if match else env
