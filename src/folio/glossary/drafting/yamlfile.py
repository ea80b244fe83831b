"""Append draft entries to the register, keeping the editor's file as it was.

ruamel.yaml reads the register as a round-trip document: comments, key
order, block styles, folded definitions and blank lines come back out
unchanged. New entries go at the end of ``entries:``, each group under a
comment naming its article; a comment that followed the last entry (such as
the one introducing ``ignore:``) moves down to follow the new last entry.
Definitions are written as folded scalars (``>-``), wrapped like the rest of
the file.
"""

from __future__ import annotations

import copy
import io
import textwrap
from collections.abc import Sequence
from typing import Any, NamedTuple

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import CommentMark
from ruamel.yaml.scalarstring import FoldedScalarString, LiteralScalarString
from ruamel.yaml.tokens import CommentToken

NEW_REGISTER = """\
# The glossary register: the people and institutions the articles name.
# See README.md, "The glossary", for the fields of an entry.

entries: []
"""
"""The register ``folio glossary draft`` starts from when the book has none."""


REVIEW = "review each entry, then remove draft: true"


class Draft(NamedTuple):
    """A draft entry, as it will be written."""

    id: str
    name: str
    kind: str
    sort: str
    aliases: tuple[str, ...]
    definition: str
    source: str
    """Where it was drafted from: ``seeds/x.txt:LINE``."""


def append(text: str, groups: Sequence[tuple[str, Sequence[Draft]]]) -> str:
    """The register ``text`` with each group's drafts appended under a comment naming its source."""
    yaml = _yaml()
    data = yaml.load(text)
    entries = data["entries"]
    if not isinstance(entries, CommentedSeq):
        raise ValueError("'entries' must be a list")
    entries.fa.set_block_style()
    trailing = _detach_trailing(entries)
    for source, drafts in groups:
        if not drafts:
            continue
        _after_last(
            entries, f"\n  # Drafted from {source} by `folio glossary draft`: review, then remove draft: true\n"
        )
        for index, draft in enumerate(drafts):
            if index:
                _after_last(entries, "\n")
            entries.append(_entry(draft))
    _after_last(entries, trailing or "")
    out = io.StringIO()
    yaml.dump(data, out)
    return out.getvalue()


def _yaml() -> YAML:
    yaml = YAML()
    yaml.preserve_quotes = True
    yaml.indent(mapping=2, sequence=4, offset=2)
    yaml.width = 4096  # folded definitions keep their own line breaks
    return yaml


def _entry(draft: Draft) -> CommentedMap:
    entry = CommentedMap()
    entry["id"] = draft.id
    entry["name"] = draft.name
    entry["kind"] = draft.kind
    entry["sort"] = draft.sort
    if draft.aliases:
        entry["aliases"] = CommentedSeq(draft.aliases)
    entry["draft"] = True
    entry["source"] = draft.source
    entry["definition"] = folded(draft.definition)
    return entry


def folded(text: str, width: int = 72) -> FoldedScalarString:
    """``text`` as a folded block scalar (``>-``) wrapped at ``width``."""
    lines = textwrap.wrap(text, width, break_long_words=False, break_on_hyphens=False)
    scalar: FoldedScalarString = FoldedScalarString(" ".join(lines))
    positions: list[int] = []
    offset = 0
    for line in lines[:-1]:
        offset += len(line)
        positions.append(offset)
        offset += 1
    setattr(scalar, "fold_pos", positions)  # noqa: B010 (ruamel.yaml declares no such attribute for mypy)
    return scalar


def _last_key(entries: CommentedSeq) -> tuple[CommentedMap, Any] | None:
    if not entries or not isinstance(entries[-1], CommentedMap) or not entries[-1]:
        return None
    entry = entries[-1]
    return entry, list(entry.keys())[-1]


def _detach_trailing(entries: CommentedSeq) -> str:
    """Remove and return the comment after the last entry (it belongs after the new last one)."""
    last = _last_key(entries)
    if last is None:
        return ""
    entry, key = last
    slot = entry.ca.items.get(key)
    if not slot or len(slot) < 3 or slot[2] is None:
        return ""
    value: str = slot[2].value
    slot[2] = None
    block = isinstance(entry[key], (FoldedScalarString, LiteralScalarString))
    return value if block else value[1:] if value.startswith("\n") else value


def _after_last(entries: CommentedSeq, comment: str) -> None:
    """Put ``comment`` (blank lines and ``#`` lines) after the current last entry."""
    last = _last_key(entries)
    if last is None or not comment:
        return
    entry, key = last
    block = isinstance(entry[key], (FoldedScalarString, LiteralScalarString))
    value = comment if block else "\n" + comment
    slot = entry.ca.items.setdefault(key, [None, None, None, None])
    while len(slot) < 4:
        slot.append(None)
    existing = slot[2].value if slot[2] is not None else ""
    token = copy.copy(slot[2]) if slot[2] is not None else CommentToken(value, CommentMark(0), None)
    token.value = _join(existing, value, block)
    slot[2] = token


def _join(existing: str, value: str, block: bool) -> str:
    if not existing:
        return value
    return existing + (value if not block else value[1:] if value.startswith("\n") else value)
