"""Build the editions: Sphinx, LaTeX and the EPUB step, then check and publish each one.

:func:`build` is a list of named steps. Every input is checked first
(:mod:`folio.build.inputs`). Every edition is built under ``_build/``, must
pass the cheap checks of :mod:`folio.checks.editions` (every article word in
order, the licence notices), and only then replaces the copy in ``dist/``
(:mod:`folio.build.publish`). So ``dist/`` never holds a half-written or
unchecked edition, and a failed or interrupted build leaves the previous one
in place and says so.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from folio.build.inputs import check_inputs
from folio.build.publish import publish
from folio.build.sphinx import build_environment, run_sphinx
from folio.checks.editions import check_epub, check_html, check_pdf
from folio.config import BookConfig
from folio.diagnostics import CheckError, Code, Diagnostic, FolioError, diagnose
from folio.ingest.seed import Seed, attributed_notices, notices, source_credits, sources
from folio.pdf.cover import CoverJob, finish_cover, page_count, start_cover
from folio.pdf.geometry import trim_points
from folio.pdf.pdfx import make_print_interior
from folio.pdf.preflight import preflight
from folio.pdf.typeset import Latex, finish_latex, start_latex, wait_latex
from folio.project import Project
from folio.tools import Progress, step

EDITIONS = ("html", "pdf", "epub")
ORDER = ("pdf", "html", "epub")
"""The build order: LaTeX, the slow step, runs in the background while the others build."""
SPHINX_BUILDER = {"html": "html", "pdf": "latex", "epub": "epub"}

Gate = Callable[[list[Seed], Path], list[Diagnostic]]
GATES: dict[str, Gate] = {"html": check_html, "pdf": check_pdf, "epub": check_epub}
"""The cheap checks an edition must pass before it is published (EPUBCheck and Ace stay in ``folio check``)."""


def build(
    project: Project, editions: Sequence[str], *, sphinx_opts: Sequence[str] = (), progress: Progress
) -> list[Path]:
    """Check the inputs, then build, check and publish ``editions``; return the published paths.

    The editions share one Sphinx environment (the sources are read once).
    The PDF's Sphinx run comes first so that LaTeX, the slow step, typesets
    in the background while the HTML and EPUB editions build. The EPUB is
    packaged once LaTeX is done: it marks where each print page begins
    (:mod:`folio.epub.pagebreaks`), so it typesets the print edition even when
    the PDF is not asked for; latexmk then reuses the last typesetting when
    the LaTeX sources and SOURCE_DATE_EPOCH have not changed.
    """
    seeds, book = check_inputs(project, sphinx_opts, progress)
    env = build_environment(project)
    published: list[Path] = []
    latex: Latex | None = None
    try:
        for edition in sphinx_runs(editions):
            with kept_on_failure(project, edition, edition_path(project, book, edition)):
                run_sphinx(project, SPHINX_BUILDER[edition], sphinx_opts, env, progress, yielding=latex is not None)
                if edition == "pdf":
                    latex = start_latex(
                        project.build / "latex",
                        book.slug,
                        project.build / "logs",
                        project.cache / "latex",
                        env,
                        progress,
                    )
                elif edition == "html":
                    published.append(finish(project, edition, book, seeds, project.build / "html", progress))
        if latex is not None:
            published += finish_paginated(project, editions, book, seeds, latex, env, progress)
    except FolioError as error:
        if latex is not None and latex.job.running():
            note = diagnose(Code.B009, project.relative(edition_path(project, book, "pdf")), edition="pdf")
            raise type(error)(*error.diagnostics, note) from None
        raise
    finally:
        if latex is not None:
            latex.job.cancel()
    return published


def sphinx_runs(editions: Sequence[str]) -> list[str]:
    """The Sphinx builders to run, in :data:`ORDER`: the EPUB needs the print edition's LaTeX too."""
    wanted = set(editions) | ({"pdf"} if "epub" in editions else set())
    return [edition for edition in ORDER if edition in wanted]


def finish_paginated(
    project: Project,
    editions: Sequence[str],
    book: BookConfig,
    seeds: list[Seed],
    latex: Latex,
    env: dict[str, str],
    progress: Progress,
) -> list[Path]:
    """Once LaTeX is done: package and publish the EPUB, then finish and publish the PDF editions.

    The cover, which needs only the page count, typesets in the background
    while the EPUB is packaged.
    """
    published: list[Path] = []
    cover: CoverJob | None = None
    try:
        if "epub" in editions:
            with kept_on_failure(project, "epub", edition_path(project, book, "epub")):
                wait_latex(latex, progress)
                if "pdf" in editions:
                    cover = start_cover(book, page_count(latex.pdf), project.build / "cover", env)
                staged = package_epub(project, book, seeds, env, latex.pdf, progress)
                published.append(finish(project, "epub", book, seeds, staged, progress))
        if "pdf" in editions:
            with kept_on_failure(project, "pdf", edition_path(project, book, "pdf")):
                published += finish_pdf(project, book, seeds, latex, env, progress, cover)
    finally:
        if cover is not None:
            cover.job.cancel()
    return published


def finish_pdf(
    project: Project,
    book: BookConfig,
    seeds: list[Seed],
    latex: Latex,
    env: dict[str, str],
    progress: Progress,
    cover: CoverJob | None,
) -> list[Path]:
    """The reading PDF with its XMP packet, the print interior and the cover, each checked and published."""
    modified = datetime.fromtimestamp(int(env["SOURCE_DATE_EPOCH"]), UTC)
    staged = finish_latex(
        latex, project.build / "editions" / latex.pdf.name, book, attributed_notices(seeds), modified, progress
    )
    cover = cover or start_cover(book, page_count(staged), project.build / "cover", env)
    interior = print_interior(project, book, staged, env, progress)
    made_cover = print_cover(project, book, cover, env, progress)
    published = finish(project, "pdf", book, seeds, staged, progress)
    for made, target in ((interior, print_path(project, book)), (made_cover, cover_path(project, book))):
        publish(made, target, project.build)
        progress(f"folio: published {project.relative(target)}")
    return [published]


def edition_path(project: Project, book: BookConfig, edition: str) -> Path:
    """Where an edition is published: ``dist/html/``, ``dist/<slug>.pdf``, ``dist/<slug>.epub``."""
    return project.dist / ("html" if edition == "html" else f"{book.slug}.{edition}")


def print_path(project: Project, book: BookConfig) -> Path:
    """The print interior: ``dist/<slug>-print.pdf``."""
    return project.dist / f"{book.slug}-print.pdf"


def print_interior(project: Project, book: BookConfig, reading: Path, env: dict[str, str], progress: Progress) -> Path:
    """The PDF/X-4 print interior from the reading PDF's pages, preflighted (:mod:`folio.pdf.preflight`)."""
    output = project.build / "editions" / print_path(project, book).name
    modified = datetime.fromtimestamp(int(env["SOURCE_DATE_EPOCH"]), UTC)
    with step(progress, "pdf", "print interior (PDF/X-4) and preflight"):
        make_print_interior(reading, output, modified)
        errors = [d for d in preflight(output, trim_points(book)) if d.is_error]
    if errors:
        raise CheckError(*errors)
    return output


def cover_path(project: Project, book: BookConfig) -> Path:
    """The print cover: ``dist/<slug>-cover.pdf``."""
    return project.dist / f"{book.slug}-cover.pdf"


def print_cover(project: Project, book: BookConfig, cover: CoverJob, env: dict[str, str], progress: Progress) -> Path:
    """The wrap-around cover for the interior's page count, PDF/X-4, preflighted."""
    output = project.build / "editions" / cover_path(project, book).name
    modified = datetime.fromtimestamp(int(env["SOURCE_DATE_EPOCH"]), UTC)
    with step(progress, "pdf", "cover (PDF/X-4) and preflight"):
        finish_cover(cover, book, output, modified, progress)
        errors = [d for d in preflight(output) if d.is_error]
    if errors:
        raise CheckError(*errors)
    return output


def package_epub(
    project: Project, book: BookConfig, seeds: list[Seed], env: dict[str, str], pdf: Path, progress: Progress
) -> Path:
    """The EPUB step: package Sphinx's content with ebooklib, under ``_build/`` until it is checked.

    ``pdf`` is the print edition as LaTeX typeset it, for its page breaks.
    """
    from folio.epub.package import build_epub

    output = project.build / "editions" / f"{book.slug}.epub"
    modified = datetime.fromtimestamp(int(env["SOURCE_DATE_EPOCH"]), UTC)
    with step(progress, "epub", "package with ebooklib"):
        return build_epub(
            project.build / "epub",
            output,
            book=book,
            notices=notices(seeds),
            rights=attributed_notices(seeds),
            sources=sources(seeds),
            credits=source_credits(seeds),
            modified=modified,
            stylesheet=project.conf / "epub.css",
            print_pdf=pdf,
            cache=project.cache / "epub",
        )


def finish(
    project: Project, edition: str, book: BookConfig, seeds: list[Seed], staged: Path, progress: Progress
) -> Path:
    """Check a staged edition and publish it into ``dist/``."""
    target = edition_path(project, book, edition)
    with step(progress, edition, "check text and licence notice"):
        errors = [d for d in gate(project, edition, seeds, staged) if d.is_error]
    if errors:
        raise CheckError(*errors)
    publish(staged, target, project.build)
    progress(f"folio: published {project.relative(target)}")
    return target


def gate(project: Project, edition: str, seeds: list[Seed], staged: Path) -> list[Diagnostic]:
    """The checks ``edition`` must pass; the HTML's reads only the pages written since they last passed."""
    if edition == "html":
        return check_html(seeds, staged, passed=project.build / "html-passed.json")
    return GATES[edition](seeds, staged)


@contextmanager
def kept_on_failure(project: Project, edition: str, target: Path) -> Iterator[None]:
    """When an edition fails, add to the error that its previous copy in ``dist/`` is unchanged.

    Either way the outcome is recorded (:meth:`Project.record_edition`), so that
    ``folio check`` can say which editions it checks are not from the last build.
    """
    try:
        yield
    except FolioError as error:
        project.record_edition(edition, str(error.diagnostics[0]) if error.diagnostics else "failed")
        note = diagnose(Code.B009, project.relative(target), edition=edition)
        raise type(error)(*error.diagnostics, note) from None
    project.record_edition(edition, None)
