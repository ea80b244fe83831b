"""Turn a seed into a MyST chapter, keep it in step with its seed, and check it.

The chapter is ordinary, readable MyST: front matter naming the seed, our
title, an optional standfirst, the article's paragraphs (escaped, so that
nothing in them is read as markup), then its credit: the source line and
the licence notice. The chapter is derived from the seed and its sidecar,
so :func:`sync` rewrites it whenever either changes. Its front matter keeps
the digest of what folio wrote: a chapter an editor has changed by hand is
never overwritten without ``--force`` (C001), and ``folio check`` reports
when its words drift from the seed's (C002).
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from folio.diagnostics import Code, Diagnostic, InputError, diagnose, fail
from folio.ingest.escape import escape_inline
from folio.ingest.order import arrange
from folio.ingest.seed import Seed, read_seed
from folio.ingest.words import first_difference, words

ARTICLE_START = "% folio: the article text follows; every word must match the seed."
ARTICLE_END = "% folio: end of the article text."
STANDFIRST = "standfirst"
"""The container class of the standfirst; its paragraph is labelled "standfirst", not numbered."""
STANDFIRST_OPEN = f"```{{container}} {STANDFIRST}"
CREDIT_CLASS = "folio-credit"
"""The container of a chapter's source line and licence notice."""
DIGEST_KEY = "folio-digest"
_ESCAPED = re.compile(r"\\([!-/:-@\[-`{-~])")


@dataclass(frozen=True)
class Chapter:
    """A chapter file as folio wrote it: its seed and its article paragraphs."""

    path: Path
    seed: Path
    order: int | None
    paragraphs: tuple[tuple[int, str], ...]
    """(line in the chapter file, unescaped paragraph text)."""
    standfirst: str = ""


def chapter_path(book: Path, name: str) -> Path:
    """The chapter file of the chapter called ``name`` (:mod:`folio.ingest.naming`)."""
    return book / "chapters" / f"{name}.md"


def render(seed: Seed, seed_ref: str, name: str) -> str:
    """The MyST source of the chapter ``name`` for ``seed``, with the digest of its body."""
    body = render_body(seed, name)
    meta = seed.sidecar
    front = [
        "---",
        f"folio-seed: {json.dumps(seed_ref)}",
        f"folio-order: {json.dumps(meta.order if meta.order is not None else '')}",
        f"folio-source: {json.dumps(meta.source)}",
        f"folio-date: {json.dumps(meta.date)}",
        f"{DIGEST_KEY}: {json.dumps(digest(body))}",
        "---",
    ]
    return "\n".join(front) + "\n\n" + body


def render_body(seed: Seed, name: str) -> str:
    """Everything after the front matter: the anchor, title, standfirst, article, credit."""
    meta = seed.sidecar
    lines = [f"({name})=", f"# {escape_inline(meta.title)}", ""]
    if meta.standfirst:
        lines += [STANDFIRST_OPEN, escape_inline(meta.standfirst), "```", ""]
    lines += [ARTICLE_START, ""]
    for paragraph in seed.paragraphs:
        lines += [escape_inline(paragraph.text), ""]
    lines += [ARTICLE_END, "", f"```{{container}} {CREDIT_CLASS}"]
    source_line = credit_line(meta.source, meta.date)
    if source_line:
        lines += [escape_inline(source_line), ""]
    lines += [escape_inline(seed.notice), "```"]
    return "\n".join(lines) + "\n"


def credit_line(source: str, date: str) -> str:
    """ "From The Economist, January 2025." (empty when the sidecar names no source)."""
    if not source:
        return ""
    return f"From {source}, {date}." if date else f"From {source}."


def digest(body: str) -> str:
    return hashlib.sha256(body.encode("utf-8")).hexdigest()[:16]


Action = Literal["written", "updated", "renamed", "unchanged", "edited"]


def ingest(
    seed: Seed, book: Path, root: Path, name: str, *, previous: Path | None = None, force: bool = False
) -> tuple[Path, Action, tuple[Diagnostic, ...]]:
    """Write or refresh the chapter ``name`` for one seed; return its path, what was done, and any warnings.

    A chapter folio wrote is rewritten when its seed or sidecar changed; one
    an editor changed by hand is left as it is (C001) unless ``force``.
    ``previous`` is the seed's chapter under another name (its title
    changed): it is renamed, and rewritten on the same terms.
    """
    target = chapter_path(book, name)
    wanted = render(seed, _relative(seed.path, root), name)
    source = target if target.is_file() or previous is None or not previous.is_file() else previous
    current = source.read_text(encoding="utf-8") if source.is_file() else None
    if current == wanted and source == target:
        return target, "unchanged", seed.warnings
    if current is not None and hand_edited(current, source, root) and not force:
        if source != target:
            source.replace(target)  # the page follows the new title; the editor's text is kept as it is
        raise fail(InputError, Code.C001, target)
    write_text(target, wanted)
    if source != target:
        source.unlink()
        return target, "renamed", seed.warnings
    return target, "written" if current is None else "updated", seed.warnings


def hand_edited(text: str, path: Path, root: Path) -> bool:
    """Whether a chapter's body differs from the one folio wrote (its digest says which).

    A chapter written before folio recorded digests counts as folio's own
    while its words still match its seed's.
    """
    front, _, rest = text.partition("\n---\n")
    recorded = dict(_front_matter((front + "\n---").splitlines())).get(DIGEST_KEY)
    body = rest.lstrip("\n")
    if recorded is None:
        return bool(check_chapter(path, root))
    return recorded != digest(body)


def recorded_seeds(book: Path, root: Path) -> dict[Path, Path]:
    """Each chapter file and the seed its front matter names (resolved against ``root``)."""
    found = {}
    for path in sorted((book / "chapters").glob("*.md")):
        front, _, _ = path.read_text(encoding="utf-8").partition("\n---\n")
        seed = dict(_front_matter((front + "\n---").splitlines())).get("folio-seed")
        if isinstance(seed, str) and seed:
            found[path] = (root / seed).resolve()
    return found


def withdrawn(book: Path, root: Path, kept: set[Path], seeds: list[Path]) -> list[Path]:
    """The chapters to remove: their seed is gone (no longer licensed), or the chapter now has another name.

    ``kept`` are the chapters in use; a chapter of one of ``seeds`` that is
    not among them was renamed, unless its seed cannot be read, when it stays.
    """
    recorded = recorded_seeds(book, root)
    live = {seed.resolve() for seed in seeds}
    return sorted(
        path
        for path in (book / "chapters").glob("*.md")
        if path not in kept and (recorded.get(path) not in live or recorded.get(path) in _named(kept, recorded))
    )


def _named(kept: set[Path], recorded: dict[Path, Path]) -> set[Path]:
    """The seeds whose chapter is among ``kept``."""
    return {recorded[path] for path in kept if path in recorded}


def write_text(target: Path, text: str) -> None:
    """Write ``text`` to ``target`` through a temporary file and a rename."""
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_name(f".{target.name}.tmp")
    temporary.write_text(text, encoding="utf-8")
    temporary.replace(target)


def read_chapter(path: Path) -> Chapter:
    """Read a chapter folio wrote: its front matter and article paragraphs."""
    lines = path.read_text(encoding="utf-8").splitlines()
    meta = dict(_front_matter(lines))
    order = meta.get("folio-order")
    paragraphs: list[tuple[int, str]] = []
    inside = False
    standfirst = [unescape(lines[i + 1]) for i, line in enumerate(lines[:-1]) if line == STANDFIRST_OPEN]
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
        standfirst=standfirst[0] if standfirst else "",
    )


def chapters_in_order(folder: Path) -> list[Chapter]:
    """The chapters in ``folder``, in reading order (:mod:`folio.ingest.order`)."""
    return arrange([read_chapter(path) for path in folder.glob("*.md")], lambda c: c.order, lambda c: c.seed.stem)


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
