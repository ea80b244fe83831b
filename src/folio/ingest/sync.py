"""Keep ``book/chapters/`` in step with ``seeds/``: one chapter per seed, no other.

:func:`sync` writes the chapter of a new seed, rewrites the chapter of a seed
or sidecar that changed, and removes the chapter of a seed that is gone
(its article is no longer licensed for the book). A chapter an editor has
changed by hand is never overwritten: it is reported instead (C001 for
``folio ingest``, C006 during a build, which goes on with the chapter as it
is; ``folio check`` compares its words with the seed's).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import NamedTuple

from folio.diagnostics import Code, Diagnostic, InputError, diagnose
from folio.ingest.chapter import ingest, recorded_seeds, withdrawn
from folio.ingest.naming import chapter_names, names_in_folder
from folio.ingest.seed import read_seed


class Report(NamedTuple):
    """What :func:`sync` did, and what it found."""

    changed: list[tuple[str, Path, Path | None]]
    """(action, chapter, seed): "written", "updated" or "removed"."""
    edited: list[Diagnostic]
    """Chapters left as an editor changed them (C001)."""
    problems: list[Diagnostic]
    """Seeds that cannot be used, and their warnings."""


def sync(root: Path, book: Path, seeds: Sequence[Path], *, force: bool = False, remove: bool = True) -> Report:
    """Bring the chapters of ``seeds`` up to date; with ``remove``, drop the chapters of withdrawn seeds.

    A chapter is named by the whole book (:mod:`folio.ingest.naming`), so the
    names are worked out from every seed beside ``seeds``.
    """
    changed: list[tuple[str, Path, Path | None]] = []
    edited: list[Diagnostic] = []
    problems: list[Diagnostic] = []
    folders = sorted({seed.parent for seed in seeds})
    names = {path.resolve(): name for f in folders for path, name in names_in_folder(f).items()}
    existing = {seed: path for path, seed in recorded_seeds(book, root).items()}
    kept: set[Path] = set()
    for path in seeds:
        try:
            seed = read_seed(path)
            name = names.get(path.resolve()) or chapter_names([seed])[path]
            chapter, action, warnings = ingest(
                seed, book, root, name, previous=existing.get(path.resolve()), force=force
            )
        except InputError as error:
            for diagnostic in error.diagnostics:
                (edited if diagnostic.code is Code.C001 else problems).append(diagnostic)
                kept.add(Path(diagnostic.path))
            continue
        kept.add(chapter)
        problems += warnings
        if action in ("written", "updated", "renamed"):
            changed.append((action, chapter, path))
    if remove:
        for chapter in withdrawn(book, root, kept, list(seeds)):
            chapter.unlink()
            changed.append(("removed", chapter, None))
    return Report(changed, edited, problems)


def as_build_warnings(report: Report) -> list[Diagnostic]:
    """C006 for each hand-edited chapter: the build goes on with it as it is."""
    return [diagnose(Code.C006, d.path, d.line) for d in report.edited]
