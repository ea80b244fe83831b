"""Read a licensed seed article and its editorial sidecar.

A seed is UTF-8 text, one paragraph per line; its last non-empty line is the
publisher's licence notice. Editorial metadata the seed does not carry (our
chapter title, a standfirst, the source and a date) sits in a TOML sidecar
beside it: ``seeds/<name>.toml``.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from folio.diagnostics import Code, Diagnostic, InputError, diagnose, fail
from folio.ingest.order import arrange
from folio.punctuation import curly

LICENCE_PATTERN = re.compile(r"all rights reserved|licen[cs]e|copyright|©|\(c\)\s*\d{4}", re.IGNORECASE)
"""What a licence notice says somewhere in it."""

SIDECAR_FIELDS = {
    "title": "the chapter title: our editorial choice, never the publisher's headline",
    "standfirst": "an optional one-sentence summary shown under the title",
    "source": "the publication the article comes from",
    "date": "the date of the article, as the source gives it (text)",
    "order": "an optional chapter number; chapters without one fill the other places in seed-name order",
    "slug": "an optional name for the chapter's page and anchor (lower-case letters, digits, hyphens)",
}

_PROVISIONAL_WORDS = 8
_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


@dataclass(frozen=True)
class Paragraph:
    """One paragraph of article text and the seed line it came from."""

    text: str
    line: int


@dataclass(frozen=True)
class Sidecar:
    """Editorial metadata for one seed."""

    title: str
    standfirst: str = ""
    source: str = ""
    date: str = ""
    order: int | None = None
    slug: str = ""
    provisional: bool = False


@dataclass(frozen=True)
class Seed:
    """A seed article, read and normalised."""

    path: Path
    paragraphs: tuple[Paragraph, ...]
    notice: str
    notice_line: int
    sidecar: Sidecar
    warnings: tuple[Diagnostic, ...] = field(default=())

    @property
    def name(self) -> str:
        return self.path.stem


def read_seed(path: Path) -> Seed:
    """Read and check a seed; raise :class:`InputError` when it cannot be used."""
    if not path.is_file():
        raise fail(InputError, Code.S009, path)
    text = decode(path, path.read_bytes())
    lines = [(number, line) for number, line in enumerate(split_lines(text), 1) if line]
    if not lines:
        raise fail(InputError, Code.S002, path, 1)
    notice_line, notice = lines[-1]
    if not LICENCE_PATTERN.search(notice):
        raise fail(InputError, Code.S003, path, notice_line, text=_shorten(notice))
    paragraphs = tuple(Paragraph(text, number) for number, text in lines[:-1])
    if not paragraphs:
        raise fail(InputError, Code.S004, path, notice_line)
    sidecar, warnings = read_sidecar(path, paragraphs)
    return Seed(path, paragraphs, notice, notice_line, sidecar, warnings)


def decode(path: Path, data: bytes) -> str:
    """Decode seed bytes as UTF-8 (a byte-order mark is allowed and dropped)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise fail(InputError, Code.S001, path, 1, byte=data[0], offset=0, guess=guess_encoding(data))
    nul = data.find(b"\x00")
    if nul >= 0:
        raise fail(InputError, Code.S005, path, None, what=f"a NUL byte at offset {nul}")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        raise fail(
            InputError,
            Code.S001,
            path,
            line,
            byte=data[error.start],
            offset=error.start,
            guess=guess_encoding(data),
        ) from None
    control = re.search(r"[\x01-\x08\x0b\x0c\x0e-\x1f\x7f]", text)
    if control:
        line = text.count("\n", 0, control.start()) + 1
        raise fail(InputError, Code.S005, path, line, what=f"the control character {control.group()!r}")
    return text


def guess_encoding(data: bytes) -> str:
    """Say what a non-UTF-8 seed is probably encoded in, for the error message."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "it looks like UTF-16; re-save it as UTF-8"
    try:
        data.decode("cp1252")
    except UnicodeDecodeError:
        return "re-save it as UTF-8"
    return "it may be Windows-1252 or Latin-1; re-save it as UTF-8"


def split_lines(text: str) -> list[str]:
    """Split on any line ending (LF, CRLF, CR) and trim each line's white space."""
    return [line.strip() for line in re.split(r"\r\n|\r|\n", text)]


def read_sidecar(path: Path, paragraphs: tuple[Paragraph, ...]) -> tuple[Sidecar, tuple[Diagnostic, ...]]:
    """Read ``<seed>.toml``; without one, derive a provisional title and warn."""
    sidecar_path = path.with_suffix(".toml")
    if not sidecar_path.is_file():
        title = provisional_title(paragraphs[0].text)
        warning = diagnose(Code.S006, path, None, sidecar=sidecar_path.name, title=title)
        return Sidecar(title=title, provisional=True), (warning,)
    try:
        data = tomllib.loads(sidecar_path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        line = _toml_error_line(error)
        raise fail(InputError, Code.S007, sidecar_path, line, reason=error) from None
    return validate_sidecar(sidecar_path, data), ()


def validate_sidecar(path: Path, data: dict[str, object]) -> Sidecar:
    """Check each sidecar field's name and type; an error names the field's line (line 1 for a missing one)."""

    def wrong(name: str, reason: str) -> InputError:
        return InputError(diagnose(Code.S008, path, field_line(path, name), field=name, reason=reason))

    for name in data:
        if name not in SIDECAR_FIELDS:
            raise wrong(name, f"is unknown (known fields: {', '.join(SIDECAR_FIELDS)})")
    title = data.get("title")
    if not isinstance(title, str) or not title.strip():
        raise wrong("title", "is required and must be non-empty text")
    for name in ("standfirst", "source", "date"):
        if not isinstance(data.get(name, ""), str):
            raise wrong(name, "must be text")
    order = data.get("order")
    if order is not None and (not isinstance(order, int) or isinstance(order, bool)):
        raise wrong("order", "must be a whole number")
    slug = data.get("slug", "")
    if not isinstance(slug, str) or (slug and not _SLUG.match(slug)):
        raise wrong("slug", "must be lower-case letters and digits joined by single hyphens, such as 'kim-in-kursk'")
    return Sidecar(
        title=curly(title.strip()),
        standfirst=curly(str(data.get("standfirst", "")).strip()),
        source=curly(str(data.get("source", "")).strip()),
        date=str(data.get("date", "")).strip(),
        order=order,
        slug=slug,
    )


_CAPITALS = "A-Z" + "".join(char for char in map(chr, range(0xC0, 0x250)) if char.isupper())
"""Capital letters, accented ones included (Latin-1 and Latin Extended): "BRASÍLIA", "ŁÓDŹ"."""
DATELINE = re.compile(
    rf"^[{_CAPITALS}][{_CAPITALS} .'’-]+"  # LYON, BRASÍLIA
    r"(?:,\s*[A-Z][\w .'’-]*?)*?(?:,\s*[A-Z][a-z]{2,8}\.? \d{1,2})?"  # , France, Feb 9
    r"\s*(?:\([^)]{1,60}\))?\s*(?:[-—–]+|:)\s"  # (Agency) —
)
"""A wire dateline before an article's first words: "BUSAN —", "NEW YORK, April 3 --", "LYON, France, Feb 9
(Agency) —". The glossary's drafting skips it too (:mod:`folio.glossary.drafting.extract`)."""


def provisional_title(text: str) -> str:
    """The first words of the article, after any dateline ("BUSAN — "), as a stand-in title."""
    dateline = DATELINE.match(text)
    if dateline and text[dateline.end() :].lstrip()[:1].isupper():
        text = text[dateline.end() :]
    words = text.split()
    title = " ".join(words[:_PROVISIONAL_WORDS]).rstrip(",;:.")
    return title + ("…" if len(words) > _PROVISIONAL_WORDS else "")


def _toml_error_line(error: Exception) -> int | None:
    match = re.search(r"line (\d+)", str(error))
    return int(match.group(1)) if match else None


def _shorten(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def in_reading_order(seeds: Iterable[Seed]) -> list[Seed]:
    """``seeds`` in the order of the book's chapters (:mod:`folio.ingest.order`)."""
    return arrange(list(seeds), lambda seed: seed.sidecar.order, lambda seed: seed.name)


def notices(seeds: Iterable[Seed]) -> tuple[str, ...]:
    """Every distinct licence notice of ``seeds``, in their order."""
    return tuple(notice_seeds(seeds))


def notice_seeds(seeds: Iterable[Seed]) -> dict[str, Seed]:
    """Every distinct licence notice of ``seeds``, in their order, with the first seed that carries it."""
    first: dict[str, Seed] = {}
    for seed in seeds:
        first.setdefault(seed.notice, seed)
    return first


def sources(seeds: Iterable[Seed]) -> tuple[str, ...]:
    """Every distinct source publication the sidecars of ``seeds`` name, in their order."""
    return tuple(dict.fromkeys(seed.sidecar.source for seed in seeds if seed.sidecar.source))


class Source(NamedTuple):
    """Where one chapter's article comes from, for the copyright page."""

    chapter: int
    source: str
    date: str


def chapter_sources(seeds: Sequence[Seed]) -> tuple[Source, ...]:
    """Each chapter's source; ``seeds`` are in reading order, and a sidecar that names no source gives none."""
    return tuple(
        Source(number, seed.sidecar.source, seed.sidecar.date)
        for number, seed in enumerate(seeds, 1)
        if seed.sidecar.source
    )


def source_credits(seeds: Sequence[Seed]) -> tuple[str, ...]:
    """The copyright page's source lines, as folio.sty sets them in print: "Chapter 2: The Ledger, April 2026."."""
    return tuple(
        f"Chapter {s.chapter}: {s.source}" + (f", {s.date}." if s.date else ".") for s in chapter_sources(seeds)
    )


def read_seeds(folder: Path) -> list[Seed]:
    """Every seed in ``folder``, in reading order; raise one error listing every bad one (B005 if none)."""
    return in_reading_order(read_seed_files(folder, sorted(folder.glob("*.txt"))))


def read_seed_files(folder: Path, paths: Sequence[Path]) -> list[Seed]:
    """The seeds at ``paths``, in that order; raise one error listing every bad one (B005 if none)."""
    if not paths:
        raise fail(InputError, Code.B005, folder, None, folder=folder)
    seeds: list[Seed] = []
    problems: list[Diagnostic] = []
    for path in paths:
        try:
            seeds.append(read_seed(path))
        except InputError as error:
            problems.extend(error.diagnostics)
    problems += _shared_slugs(seeds)
    if problems:
        raise InputError(*problems)
    return seeds


def field_line(path: Path, name: str) -> int:
    """The line of a sidecar that sets ``name`` (bare or quoted key), or 1 when none does."""
    key = re.compile(rf"""^\s*(?:{re.escape(name)}|"{re.escape(name)}"|'{re.escape(name)}')\s*=""")
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return 1
    return next((number for number, line in enumerate(lines, 1) if key.match(line)), 1)


def _shared_slugs(seeds: list[Seed]) -> list[Diagnostic]:
    """S008 for a sidecar whose ``slug`` an earlier sidecar already gives: two chapters cannot share a page."""
    first: dict[str, Path] = {}
    found = []
    for seed in sorted(seeds, key=lambda s: s.name):
        slug = seed.sidecar.slug
        if slug and slug in first:
            reason = f"{slug!r} is already the slug of {first[slug].name}; give each chapter its own"
            sidecar = seed.path.with_suffix(".toml")
            found.append(diagnose(Code.S008, sidecar, field_line(sidecar, "slug"), field="slug", reason=reason))
        first.setdefault(slug, seed.path.with_suffix(".toml"))
    return found


class Credit(NamedTuple):
    """One distinct licence notice and the chapters it covers (numbers in reading order)."""

    notice: str
    chapters: tuple[int, ...]

    def attribution(self) -> str:
        """ "Chapter 2" or "Chapters 1 and 3", for a book with several notices."""
        numbers = [str(n) for n in self.chapters]
        if len(numbers) == 1:
            return f"Chapter {numbers[0]}"
        return f"Chapters {', '.join(numbers[:-1])} and {numbers[-1]}"

    def attributed(self, several: bool) -> str:
        """The notice, verbatim, after its attribution when the book has ``several`` notices."""
        return f"{self.attribution()}: {self.notice}" if several else self.notice


def credits(seeds: Sequence[Seed]) -> list[Credit]:
    """Each distinct notice of ``seeds`` (in reading order) with the chapters it covers."""
    grouped: dict[str, list[int]] = {}
    for number, seed in enumerate(seeds, 1):
        grouped.setdefault(seed.notice, []).append(number)
    return [Credit(notice, tuple(numbers)) for notice, numbers in grouped.items()]


def attributed_notices(seeds: Sequence[Seed]) -> tuple[str, ...]:
    """Every distinct notice, verbatim; attributed to its chapters when there are several."""
    found = credits(seeds)
    return tuple(credit.attributed(len(found) > 1) for credit in found)
