"""`folio check`: every check, in one list of named steps.

Chapters against their seeds, then each built edition as a reader gets it,
then the external checkers (EPUBCheck, Ace) and the LaTeX log.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from folio import checks
from folio.chapter import check_chapter
from folio.diagnostics import Code, Diagnostic, diagnose
from folio.glossary_checks import check_glossary
from folio.latexlog import read_log
from folio.project import Project
from folio.seed import Seed

Progress = Callable[[str], None]


def verify(project: Project, *, external: bool, progress: Progress) -> list[Diagnostic]:
    """Run every check that applies; return all findings."""
    seeds = project.read_seeds()
    project.require_chapters(seeds)
    book = project.book_config()
    findings = check_chapters(project)
    progress("folio: check: glossary register and links …")
    findings += check_glossary(project.root)
    editions = {
        "html": (project.dist / "html", checks.check_html),
        "pdf": (project.dist / f"{book.slug}.pdf", checks.check_pdf),
        "epub": (project.dist / f"{book.slug}.epub", checks.check_epub),
    }
    for edition, (path, check) in editions.items():
        findings += check_edition(edition, path, check, seeds, progress)
    findings += check_latex_log(project, book.slug)
    if external and editions["epub"][0].is_file():
        findings += check_external(editions["epub"][0], progress)
    return findings


def check_latex_log(project: Project, slug: str) -> list[Diagnostic]:
    """Every warning LaTeX left in the log of the last PDF build."""
    log = project.build / "latex" / f"{slug}.log"
    return read_log(log) if log.is_file() else []


def check_chapters(project: Project) -> list[Diagnostic]:
    findings: list[Diagnostic] = []
    for chapter in sorted((project.book / "chapters").glob("*.md")):
        findings += check_chapter(chapter, project.root)
    return findings


def check_edition(edition: str, path: Path, check: Callable[[list[Seed], Path], list[Diagnostic]], seeds: list[Seed], progress: Progress) -> list[Diagnostic]:
    if not path.exists():
        return [diagnose(Code.B008, path, edition=edition)]
    progress(f"folio: check: {edition} edition ({path.name})")
    return check(seeds, path)


def check_external(epub: Path, progress: Progress) -> list[Diagnostic]:
    """EPUBCheck and Ace, side by side: each is a separate process (Java, Node)."""
    from concurrent.futures import ThreadPoolExecutor

    from folio.validators import run_ace, run_epubcheck

    progress("folio: check: EPUBCheck and Ace by DAISY …")
    with ThreadPoolExecutor(max_workers=2) as pool:
        epubcheck, ace = pool.submit(run_epubcheck, epub), pool.submit(run_ace, epub)
        return epubcheck.result() + ace.result()
