"""``folio check``: every check, in one list of named steps.

Chapters against their seeds, the glossary, then each edition that was
built (an edition that is missing or cannot be read is a finding, and the
others are still checked), the LaTeX log, and the external checkers
(EPUBCheck, Ace). A step that cannot run (a tool is missing) is a finding
too, so one failure never hides the rest.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from folio.checks.editions import check_epub, check_html, check_pdf
from folio.checks.external import run_ace, run_epubcheck
from folio.checks.glossary import check_glossary
from folio.diagnostics import Code, Diagnostic, FolioError, diagnose
from folio.ingest.chapter import check_chapter
from folio.ingest.seed import Seed
from folio.pdf.geometry import trim_points
from folio.pdf.latexlog import read_log
from folio.pdf.preflight import preflight
from folio.pdf.typography import check_typography
from folio.project import Project
from folio.tools import Progress

Check = Callable[[list[Seed], Path], list[Diagnostic]]


def verify(project: Project, *, external: bool, progress: Progress) -> list[Diagnostic]:
    """Run every check that applies; return all findings."""
    seeds = project.read_seeds()
    book = project.book_config()
    findings = check_chapters(project, seeds)
    progress("folio: check: glossary register and links …")
    findings += check_glossary(project.root)
    epub = project.dist / f"{book.slug}.epub"
    editions: dict[str, tuple[Path, Check]] = {
        "html": (project.dist / "html", check_html),
        "pdf": (project.dist / f"{book.slug}.pdf", check_pdf),
        "epub": (epub, check_epub),
    }
    readable = {}
    for edition, (path, check) in editions.items():
        found = check_edition(project, edition, path, check, seeds, progress)
        readable[edition] = path.exists() and not any(d.code in (Code.E006, Code.P009) for d in found)
        findings += found
    for name, trim in ((f"{book.slug}-print.pdf", trim_points(book)), (f"{book.slug}-cover.pdf", None)):
        path = project.dist / name
        if path.exists():
            progress(f"folio: check: {name}: PDF/X-4 preflight")
            findings += guarded(functools.partial(preflight, path, trim))
        else:
            findings.append(diagnose(Code.B008, project.relative(path), edition="pdf"))
    if readable["pdf"]:
        progress("folio: check: pdf typography (page turns, hyphens, widows and orphans)")
        titles = [seed.sidecar.title for seed in seeds]
        findings += guarded(functools.partial(check_typography, editions["pdf"][0], titles))
    findings += check_latex_log(project, book.slug)
    if external and readable["epub"]:
        findings += check_external(epub, progress)
    return findings


def check_chapters(project: Project, seeds: list[Seed]) -> list[Diagnostic]:
    """Every seed has its chapter, and every chapter's words match its seed."""
    findings: list[Diagnostic] = []
    try:
        project.require_chapters(seeds)
    except FolioError as error:
        findings += error.diagnostics
    for chapter in sorted((project.book / "chapters").glob("*.md")):
        findings += check_chapter(chapter, project.root)
    return findings


def check_edition(
    project: Project, edition: str, path: Path, check: Check, seeds: list[Seed], progress: Progress
) -> list[Diagnostic]:
    if not path.exists():
        return [diagnose(Code.B008, project.relative(path), edition=edition)]
    progress(f"folio: check: {edition} edition ({path.name})")
    failed = project.failed_editions().get(edition)
    stale = [diagnose(Code.B012, project.relative(path), edition=edition, reason=failed)] if failed else []
    return stale + guarded(lambda: check(seeds, path))


def check_latex_log(project: Project, slug: str) -> list[Diagnostic]:
    """Every warning LaTeX left in the log of the last PDF build."""
    log = project.build / "latex" / f"{slug}.log"
    return read_log(log) if log.is_file() else []


def check_external(epub: Path, progress: Progress) -> list[Diagnostic]:
    """EPUBCheck and Ace, side by side: each is a separate process (Java, Node)."""
    progress("folio: check: EPUBCheck and Ace by DAISY …")
    with ThreadPoolExecutor(max_workers=2) as pool:
        epubcheck = pool.submit(guarded, lambda: run_epubcheck(epub))
        ace = pool.submit(guarded, lambda: run_ace(epub))
        return epubcheck.result() + ace.result()


def guarded(check: Callable[[], list[Diagnostic]]) -> list[Diagnostic]:
    """The findings of ``check``; if it cannot run (a tool is missing or fails), that is the finding."""
    try:
        return check()
    except FolioError as error:
        return list(error.diagnostics)
