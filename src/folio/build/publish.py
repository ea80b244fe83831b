"""Publishing a checked edition into ``dist/``: by rename, uninterrupted.

``dist/`` never holds a half-written edition: a file is copied to a temporary
name beside its target and renamed; a folder is copied beside the old one and
swapped in by two renames, with SIGINT, SIGTERM and SIGHUP held off meanwhile.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from folio.diagnostics import BuildError, Code, fail
from folio.tools import uninterrupted


def publish(staged: Path, target: Path, scratch: Path) -> Path:
    """Replace the edition at ``target`` with the checked one at ``staged``, uninterrupted."""
    try:
        with uninterrupted():
            return publish_tree(staged, target, scratch) if staged.is_dir() else publish_file(staged, target)
    except OSError as error:
        raise fail(BuildError, Code.B011, target, reason=error.strerror or error) from None


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
    """Replace the folder ``target`` with a copy of ``source``, swapping by renames.

    Hidden files are Sphinx's bookkeeping (``.buildinfo``, ``.buildinfo.bak``,
    ``.doctrees``), not part of the edition: they are not published.
    """
    staging, previous = scratch / f"publish-{target.name}", scratch / f"previous-{target.name}"
    for folder in (staging, previous):
        shutil.rmtree(folder, ignore_errors=True)
    shutil.copytree(source, staging, ignore=shutil.ignore_patterns(".*"))
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
