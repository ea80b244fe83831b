"""Where things live in a folio project, and the seeds and chapters it holds."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from folio import config as book_config
from folio.chapter import chapter_path
from folio.diagnostics import Code, InputError, diagnose, fail
from folio.seed import Seed, read_seed


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

    def seed_paths(self) -> list[Path]:
        return sorted(self.seeds.glob("*.txt"))

    def read_seeds(self) -> list[Seed]:
        """Read every seed; raise one error listing every bad one."""
        paths = self.seed_paths()
        if not paths:
            raise fail(InputError, Code.B005, self.seeds)
        seeds, problems = [], []
        for path in paths:
            try:
                seeds.append(read_seed(path))
            except InputError as error:
                problems.extend(error.diagnostics)
        if problems:
            raise InputError(*problems)
        return seeds

    def require_chapters(self, seeds: list[Seed]) -> None:
        """Every seed must have its chapter before a build."""
        missing = [
            diagnose(Code.C004, chapter_path(self.book, seed.path), None, seed=self.relative(seed.path))
            for seed in seeds
            if not chapter_path(self.book, seed.path).is_file()
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
        from folio.glossary import load_register

        if self.register.is_file():
            load_register(self.register)

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
