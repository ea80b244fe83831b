"""``folio glossary draft``: draft register entries for the people and institutions of new articles.

:func:`draft` reads the seeds, runs the extractor on each, compares what it
finds with the register (:mod:`~folio.glossary.drafting.plan`) and appends
the drafts to ``book/glossary.yml`` (:mod:`~folio.glossary.drafting.yamlfile`).
The new register is written to a temporary file beside it and loaded with
the same checks a build makes; only a register that passes replaces the old
one, by rename. Running it again adds nothing: every draft is then known.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import NamedTuple

from folio.diagnostics import Code, Diagnostic, InputError, diagnose
from folio.glossary.drafting.extract import extract
from folio.glossary.drafting.plan import Plan, Row, plan
from folio.glossary.drafting.yamlfile import NEW_REGISTER, append
from folio.glossary.register import Register, read_register
from folio.ingest.seed import Seed, read_seed_files
from folio.project import Project


class Outcome(NamedTuple):
    """What drafting did: the table's rows, and whether the register was written."""

    rows: list[Row]
    added: int
    written: bool
    warnings: list[Diagnostic]


def draft(project: Project, seed_paths: Sequence[Path], *, dry_run: bool = False) -> Outcome:
    """Draft entries for ``seed_paths`` (every seed when empty) into the project's register."""
    seeds, warnings = _read_seeds(project, seed_paths or project.seed_paths())
    register, text = _read_register(project.register)
    articles = [(project.relative(seed.path), extract([(p.line, p.text) for p in seed.paragraphs])) for seed in seeds]
    result: Plan = plan(register, articles)
    drafts = result.drafts
    if drafts and not dry_run:
        _write(project.register, append(text, result.groups))
    return Outcome(result.rows, len(drafts), bool(drafts) and not dry_run, warnings)


def _read_seeds(project: Project, paths: Sequence[Path]) -> tuple[list[Seed], list[Diagnostic]]:
    seeds = read_seed_files(project.seeds, paths)
    return seeds, [w for seed in seeds for w in seed.warnings if w.code is not Code.S006]


def _read_register(path: Path) -> tuple[Register, str]:
    """The register and its text; a register with errors is refused, as a build refuses it."""
    if not path.is_file():
        return Register(path), NEW_REGISTER
    register, findings = read_register(path)
    errors = [d for d in findings if d.is_error]
    if errors:
        raise InputError(*errors)
    return register, path.read_text(encoding="utf-8")


def _write(path: Path, text: str) -> None:
    """Write the new register beside the old one, check it as a build would, then rename it into place."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(prefix=".glossary-", suffix=".yml", dir=path.parent)
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            file.write(text)
    except OSError as error:
        raise InputError(diagnose(Code.G014, path, None, reason=error.strerror or str(error))) from error
    temporary = Path(name)
    _, findings = read_register(temporary)
    errors = [d for d in findings if d.is_error]
    if errors:
        temporary.unlink()
        reason = f"the drafted register would not load ({errors[0].code.name} {errors[0].message})"
        raise InputError(diagnose(Code.G014, path, errors[0].line, reason=reason))
    try:
        if path.exists():
            os.chmod(temporary, path.stat().st_mode & 0o7777)
        temporary.replace(path)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise InputError(diagnose(Code.G014, path, None, reason=error.strerror or str(error))) from error


def table(rows: Sequence[Row]) -> str:
    """The rows as an aligned table: action, id, kind, name, source, and why."""
    header = Row("action", "id", "kind", "name", "why", "source")
    cells = [(r.action, r.id or "-", r.kind, r.name, r.source, r.detail) for r in (header, *rows)]
    widths = [max(len(cell[i]) for cell in cells) for i in range(5)]
    lines = ["  ".join(cell[i].ljust(widths[i]) for i in range(5)) + "  " + cell[5] for cell in cells]
    return "\n".join(line.rstrip() for line in lines)
