"""Check every input before Sphinx starts, so that a bad input gets folio's own diagnostic.

Seeds, chapters, ``book.toml`` with its ``-D folio_*`` overrides, and the
glossary register: any error in them stops the build with exit 2 and B010
("nothing was built").
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from folio.config import BookConfig, fields
from folio.diagnostics import BuildError, Code, InputError, diagnose
from folio.ingest.seed import Seed
from folio.ingest.sync import as_build_warnings, sync
from folio.project import Project
from folio.tools import Progress


def check_inputs(project: Project, sphinx_opts: Sequence[str], progress: Progress) -> tuple[list[Seed], BookConfig]:
    """The seeds (in reading order) and the book configuration, every input checked.

    The chapters are brought in step with the seeds first (:func:`folio.ingest.sync.sync`).
    """
    try:
        seeds = project.read_seeds()
        report = sync(project.root, project.book, [seed.path for seed in seeds])
        for action, chapter, seed in report.changed:
            origin = f" from {project.relative(seed)}" if seed else " (its seed is gone)"
            progress(f"folio: {action} {project.relative(chapter)}{origin}")
        for warning in [*as_build_warnings(report), *(d for d in report.problems if not d.is_error)]:
            progress(str(warning))
        project.require_chapters(seeds)
        book = with_overrides(project.book_config(), sphinx_opts).typographic()
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
