"""Where things live in a folio project (its folders), and the seeds, chapters and book it holds."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from folio import config as book_config
from folio.diagnostics import Code, InputError, diagnose
from folio.ingest.chapter import recorded_seeds
from folio.ingest.naming import chapter_names
from folio.ingest.seed import Seed, read_seeds

READ_LOG = "folio-read.json"
"""Written by the Sphinx extension in the doctree folder: which pages the last run read."""


@dataclass(frozen=True)
class Project:
    """The folders of a project, from its root."""

    root: Path

    @property
    def book(self) -> Path:
        return self.root / "book"

    @property
    def seeds(self) -> Path:
        return self.root / "seeds"

    @property
    def conf(self) -> Path:
        return self.root / "conf"

    @property
    def build(self) -> Path:
        return self.root / "_build"

    @property
    def dist(self) -> Path:
        return self.root / "dist"

    @property
    def cache(self) -> Path:
        """What builds keep across ``make clean`` (the precompiled LaTeX preamble)."""
        return self.root / ".cache"

    def seed_paths(self) -> list[Path]:
        return sorted(self.seeds.glob("*.txt"))

    def read_seeds(self) -> list[Seed]:
        """Every seed, in reading order; raise one error listing every bad one."""
        return read_seeds(self.seeds)

    def require_chapters(self, seeds: list[Seed]) -> None:
        """Every seed must have its chapter before a build (a chapter whose front matter names it)."""
        covered = set(recorded_seeds(self.book, self.root).values())
        names = chapter_names(seeds)
        missing = [
            diagnose(Code.C004, self.book / "chapters" / f"{names[seed.path]}.md", None, seed=self.relative(seed.path))
            for seed in seeds
            if seed.path.resolve() not in covered
        ]
        if missing:
            raise InputError(*missing)

    def book_config(self) -> book_config.BookConfig:
        return book_config.load(self.book / "book.toml")

    @property
    def register(self) -> Path:
        return self.book / "glossary.yml"

    def check_register(self) -> None:
        """Load the glossary register, if the book has one; raise on any error in it (G001–G004, G008)."""
        from folio.glossary.register import load_register  # only when a build needs it: YAML is not free

        if self.register.is_file():
            load_register(self.register)

    @property
    def status(self) -> Path:
        """``_build/editions.json``: how the last build of each edition ended."""
        return self.build / "editions.json"

    def record_edition(self, edition: str, failure: str | None) -> None:
        """Note whether the last build of ``edition`` published it (``None``), or why not."""
        status = self._status()
        status[edition] = failure
        self.build.mkdir(parents=True, exist_ok=True)
        temporary = self.status.with_suffix(".tmp")
        temporary.write_text(json.dumps(status, indent=1, sort_keys=True), encoding="utf-8")
        temporary.replace(self.status)

    def failed_editions(self) -> dict[str, str]:
        """The editions whose last build failed, with the first diagnostic of the failure."""
        return {edition: reason for edition, reason in self._status().items() if isinstance(reason, str)}

    def _status(self) -> dict[str, str | None]:
        try:
            found = json.loads(self.status.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return found if isinstance(found, dict) else {}

    def relative(self, path: Path) -> str:
        try:
            return path.resolve().relative_to(self.root.resolve()).as_posix()
        except ValueError:
            return str(path)


def find_root(start: Path) -> Path:
    """The nearest folder at or above ``start`` holding ``book/book.toml``."""
    for folder in (start, *start.parents):
        if (folder / "book" / "book.toml").is_file():
            return folder
    return start
