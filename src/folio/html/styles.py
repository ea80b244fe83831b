"""The theme's stylesheet without the rules that no page of the book can match.

pydata-sphinx-theme ships one 370 KB stylesheet: all of Bootstrap's
utilities, every Font Awesome icon's rule, and styles for notebooks, API
pages and version switchers. Every page loads it before it can paint. A rule
is kept when one of its selectors could match: every class and id it names
occurs somewhere in the site's pages or scripts (scripts add classes such
as ``show`` at run time). This is the rule PurgeCSS applies; attribute
selectors, element names and pseudo-classes are kept as they are. The
stylesheet is parsed and written back by tinycss2.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from pathlib import Path

import tinycss2
from tinycss2 import ast

_WORD = re.compile(r"[A-Za-z0-9_-]+")
_NESTED = frozenset({"media", "supports", "layer", "container"})
_VERSION = "1"
"""Part of the cache key: change it when :func:`purge` changes what it keeps."""


def vocabulary(files: Iterable[Path]) -> frozenset[str]:
    """Every word (``[A-Za-z0-9_-]+``) of ``files``: the classes and ids a selector may need."""
    words: set[str] = set()
    for path in files:
        words.update(_WORD.findall(path.read_text(encoding="utf-8", errors="replace")))
    return frozenset(words)


def purge_cached(css: str, words: frozenset[str], cache: Path) -> str:
    """:func:`purge`, kept in ``cache`` under the stylesheet and the words of it the pages use: prose edits
    change neither, so a rebuild (a cold one too: ``cache`` outlives ``_build/``) does not parse it again."""
    used = "\n".join(sorted(words & set(_WORD.findall(css))))
    digest = hashlib.sha256(f"{_VERSION}\0{css}\0{used}".encode()).hexdigest()[:24]
    path = cache / f"{digest}.css"
    if path.is_file():
        return path.read_text(encoding="utf-8")
    purged = purge(css, words)
    cache.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.tmp")
    temporary.write_text(purged, encoding="utf-8")
    temporary.replace(path)
    return purged


def purge(css: str, words: frozenset[str]) -> str:
    """``css`` less the selectors (and then rules) that name a class or id not in ``words``."""
    rules = tinycss2.parse_stylesheet(css, skip_comments=True, skip_whitespace=True)
    return str(tinycss2.serialize(_kept(rules, words)))


def _kept(rules: list[ast.Node], words: frozenset[str]) -> list[ast.Node]:
    kept: list[ast.Node] = []
    for rule in rules:
        if isinstance(rule, ast.QualifiedRule):
            selectors = [s for s in _selectors(rule.prelude) if _names(s) <= words]
            if not selectors:
                continue
            rule.prelude = _joined(selectors)
        elif isinstance(rule, ast.AtRule) and rule.lower_at_keyword in _NESTED and rule.content is not None:
            inner = _kept(tinycss2.parse_blocks_contents(rule.content, skip_whitespace=True), words)
            if not inner:
                continue
            rule.content = inner
        kept.append(rule)
    return kept


def _selectors(prelude: list[ast.Node]) -> list[list[ast.Node]]:
    """A selector list split at its top-level commas."""
    selectors: list[list[ast.Node]] = [[]]
    for token in prelude:
        if isinstance(token, ast.LiteralToken) and token.value == ",":
            selectors.append([])
        else:
            selectors[-1].append(token)
    return [_trimmed(s) for s in selectors if _trimmed(s)]


def _trimmed(tokens: list[ast.Node]) -> list[ast.Node]:
    start, end = 0, len(tokens)
    while start < end and isinstance(tokens[start], ast.WhitespaceToken):
        start += 1
    while end > start and isinstance(tokens[end - 1], ast.WhitespaceToken):
        end -= 1
    return tokens[start:end]


def _names(selector: list[ast.Node]) -> set[str]:
    """The classes and ids a selector names outside any brackets or functions (``:not(.x)`` needs no ``x``)."""
    names: set[str] = set()
    after_dot = False
    for token in selector:
        if (isinstance(token, ast.IdentToken) and after_dot) or isinstance(token, ast.HashToken):
            names.add(token.value)
        after_dot = isinstance(token, ast.LiteralToken) and token.value == "."
    return names


def _joined(selectors: list[list[ast.Node]]) -> list[ast.Node]:
    prelude: list[ast.Node] = []
    for number, selector in enumerate(selectors):
        if number:
            prelude.append(ast.LiteralToken(0, 0, ","))
        prelude += selector
    return prelude
