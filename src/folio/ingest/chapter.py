"""Turn a seed into a MyST chapter, and check a chapter against its seed.

The chapter is ordinary, readable MyST: front matter naming the seed, our
title, an optional standfirst, then the article's paragraphs, escaped so that
nothing in them is read as markup. Editors may change the chapter; ``folio
check`` reports when its words drift from the seed's.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from folio.diagnostics import Code, Diagnostic, InputError, diagnose, fail
from folio.ingest.escape import escape_inline
from folio.ingest.seed import Seed, read_seed
from folio.ingest.words import first_difference, words

ARTICLE_START = "% folio: the article text follows; every word must match the seed."
ARTICLE_END = "% folio: end of the article text."
_ESCAPED = re.compile(r"\\([!-/:-@\[-`{-~])")


@dataclass(frozen=True)
class Chapter:
    """A chapter file as folio wrote it: its seed and its article paragraphs."""

    path: Path
    seed: Path
    order: int | None
    paragraphs: tuple[tuple[int, str], ...]
    """(line in the chapter file, unescaped paragraph text)."""


def slug_for(seed_path: Path) -> str:
    """The chapter's file stem: the seed's name, lower-case, with hyphens."""
    return re.sub(r"[^a-z0-9]+", "-", seed_path.stem.lower()).strip("-") or "chapter"


def chapter_path(book: Path, seed_path: Path) -> Path:
    return book / "chapters" / f"{slug_for(seed_path)}.md"


def render(seed: Seed, seed_ref: str) -> str:
    """The MyST source of the chapter for ``seed``."""
    meta = seed.sidecar
    front = [
        "---",
        f"folio-seed: {json.dumps(seed_ref)}",
        f"folio-order: {json.dumps(meta.order if meta.order is not None else '')}",
        f"folio-source: {json.dumps(meta.source)}",
        f"folio-date: {json.dumps(meta.date)}",
        "---",
        "",
        f"({slug_for(seed.path)})=",
        f"# {escape_inline(meta.title)}",
        "",
    ]
    if meta.standfirst:
        front += ["```{container} standfirst", escape_inline(meta.standfirst), "```", ""]
    body = [ARTICLE_START, ""]
    for paragraph in seed.paragraphs:
        body += [escape_inline(paragraph.text), ""]
    body.append(ARTICLE_END)
    return "\n".join(front + body) + "\n"


def ingest(seed_path: Path, book: Path, root: Path, *, force: bool = False) -> tuple[Path, tuple[Diagnostic, ...]]:
    """Write the chapter for one seed; return its path and any warnings."""
    seed = read_seed(seed_path)
    target = chapter_path(book, seed_path)
    if target.exists() and not force:
        raise fail(InputError, Code.C001, target)
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_name(f".{target.name}.tmp")
    temporary.write_text(render(seed, _relative(seed_path, root)), encoding="utf-8")
    temporary.replace(target)
    return target, seed.warnings


def read_chapter(path: Path) -> Chapter:
    """Read a chapter folio wrote: its front matter and article paragraphs."""
    lines = path.read_text(encoding="utf-8").splitlines()
    meta = dict(_front_matter(lines))
    order = meta.get("folio-order")
    paragraphs: list[tuple[int, str]] = []
    inside = False
    for number, line in enumerate(lines, 1):
        if line.strip() == ARTICLE_START:
            inside = True
        elif line.strip() == ARTICLE_END:
            inside = False
        elif inside and line.strip():
            paragraphs.append((number, unescape(line)))
    return Chapter(
        path=path,
        seed=Path(str(meta.get("folio-seed", ""))),
        order=order if isinstance(order, int) else None,
        paragraphs=tuple(paragraphs),
    )


def unescape(line: str) -> str:
    """Undo :func:`escape_inline` (backslash escapes of ASCII punctuation)."""
    return _ESCAPED.sub(r"\1", line.strip())


def check_chapter(path: Path, root: Path) -> list[Diagnostic]:
    """Compare a chapter's words with its seed's, in order."""
    chapter = read_chapter(path)
    seed_path = root / chapter.seed
    if not seed_path.is_file():
        return [diagnose(Code.C003, path, 1, seed=chapter.seed)]
    seed = read_seed(seed_path)
    expected = [(p.line, w) for p in seed.paragraphs for w in words(p.text)]
    found = [(line, w) for line, text in chapter.paragraphs for w in words(text)]
    difference = first_difference(expected, found)
    if difference is None:
        return []
    line, detail = difference
    return [diagnose(Code.C002, path, line, seed=chapter.seed, detail=detail)]


def _front_matter(lines: list[str]) -> list[tuple[str, object]]:
    if not lines or lines[0].strip() != "---":
        return []
    items = []
    for line in lines[1:]:
        if line.strip() == "---":
            break
        key, _, value = line.partition(":")
        try:
            items.append((key.strip(), json.loads(value.strip() or '""')))
        except json.JSONDecodeError:
            items.append((key.strip(), value.strip()))
    return items


def _relative(path: Path, root: Path) -> str:
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return path.resolve().as_posix()
