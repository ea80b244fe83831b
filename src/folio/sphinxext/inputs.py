"""Which of folio's inputs each page used while Sphinx read it, so that a change re-reads exactly those pages.

Sphinx re-reads every page when a setting registered for the environment
changes, and a page that noted a file whenever that file changes. folio's
inputs are finer than that:

* the book's own pages say ``{{ title }}`` or ``{{ articles }}``
  (:func:`substitute`): a page depends on the fields it names;
* the copyright page lists the licence notices and the chapters they cover;
* a chapter depends on the register entries whose names or aliases occur
  in its text, and on the pins for that chapter, never on the definitions
  (those are drawn when a page is written) or on other entries.

While a page is read it notes each input with a digest of the value it
used (:func:`note`, :func:`note_register`); before Sphinx reads,
:func:`outdated` works the digests out again and returns the pages whose
inputs changed (the register's notes only when the register file changed
since the last such check: matching every page's text against the register is
most of the cost of an update). The notes live in the environment, kept per page by
:class:`PageInputs` (cleared when a page is re-read or removed, merged after
a parallel read), so incremental builds equal clean ones.

:func:`record_read` writes which pages a run read to ``folio-read.json`` in
the doctree folder, for the build's progress line.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import re
from collections.abc import Callable, Set
from pathlib import Path
from typing import Any

from sphinx.application import Sphinx
from sphinx.config import Config
from sphinx.environment import BuildEnvironment
from sphinx.environment.collectors import EnvironmentCollector
from sphinx.util import logging

from folio.diagnostics import Code
from folio.glossary.register import Register
from folio.ingest.escape import escape_inline
from folio.project import READ_LOG

logger = logging.getLogger(__name__)

NOTES = "folio_inputs"
"""The environment's record: docname -> input key -> digest of the value the page used."""
TEXTS = "folio_texts"
"""The environment's record of each page linked against the register: its chapter's key (for pins) and its text."""
REGISTER = "register"
REGISTER_READ = "folio_register_read"
"""The environment's record: the register file's digest when the pages' register notes were last checked."""
CONTENTS = "chapters"
"""The input of a page with a ``{chapters}`` directive: the chapters' docnames in reading order."""


def digest(value: object) -> str:
    """A stable digest of a value built from strings, numbers, tuples, lists and dicts."""
    return hashlib.sha256(json.dumps(value, sort_keys=True, ensure_ascii=False, default=repr).encode()).hexdigest()


def _notes(env: BuildEnvironment) -> dict[str, dict[str, str]]:
    found: dict[str, dict[str, str]] | None = getattr(env, NOTES, None)
    if found is None:
        found = {}
        setattr(env, NOTES, found)
    return found


def _texts(env: BuildEnvironment) -> dict[str, tuple[str, str]]:
    found: dict[str, tuple[str, str]] | None = getattr(env, TEXTS, None)
    if found is None:
        found = {}
        setattr(env, TEXTS, found)
    return found


def note(env: BuildEnvironment, key: str, value: object) -> None:
    """The page being read used the input ``key``, whose value is ``value``."""
    _notes(env).setdefault(env.docname, {})[key] = digest(value)


# The inputs a book page may use, by key: how to find each value again from the configuration.
SETTINGS: dict[str, Callable[[Config], object]] = {
    "articles": lambda config: config.folio_articles,
    "credits": lambda config: [tuple(credit) for credit in config.folio_credits],
}


def current(config: Config, srcdir: str | Path, key: str) -> object:
    """The value of the input ``key`` in this build."""
    if key.startswith("book."):
        return config.folio_book_values.get(key.removeprefix("book."))
    if key == CONTENTS:
        from folio.sphinxext.contents import contents_list

        return contents_list(Path(srcdir))
    return SETTINGS[key](config)


def note_current(env: BuildEnvironment, key: str) -> None:
    """The page being read used the input ``key`` as this build has it."""
    note(env, key, current(env.config, env.srcdir, key))


def substitutions(config: Config) -> dict[str, str]:
    """What ``{{ name }}`` stands for in the book's own pages: every book.toml field, and ``articles``."""
    found = {name: str(value) for name, value in config.folio_book_values.items()}
    found["articles"] = str(config.folio_articles)
    return found


_SUBSTITUTION = re.compile(r"\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}")


def substitute(app: Sphinx, docname: str, source: list[str]) -> None:
    """Replace ``{{ name }}`` in the book's own pages (never in chapters), noting each field used.

    The value is escaped like article text, so a title with ``*`` or ``{`` in
    it prints as written.
    """
    if docname.startswith("chapters/"):
        return
    env, known = app.env, substitutions(app.config)

    def replace(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in known:
            location = (docname, source[0][: match.start()].count("\n") + 1)
            names = ", ".join(sorted(known))
            logger.warning(
                "%s %s", Code.B013.name, Code.B013.format(name=name, known=names), type="folio", location=location
            )
            return match.group(0)
        key = "articles" if name == "articles" else f"book.{name}"
        note_current(env, key)
        return escape_inline(known[name])

    source[0] = _SUBSTITUTION.sub(replace, source[0])


def register_fingerprint(register: Register, chapter: str, text: str) -> str:
    """What a page's links depend on: the entries whose forms occur in ``text``, and the pins of ``chapter``.

    ``chapter`` is the page's key as pins name it (its seed's,
    :func:`folio.ingest.naming.seed_key`; not its page name, which follows
    the title). Definitions are left out: they are drawn when a page is written.
    """
    found = {entry for mention in register.matcher.find(text) for entry in mention.entries}
    entries = [
        {k: v for k, v in dataclasses.asdict(register[e]).items() if k not in ("definition", "line", "alias_lines")}
        for e in sorted(found)
    ]
    pins = [list(pin) for pin in register.pins if pin.chapter == chapter]
    return digest([entries, pins])


def note_register(env: BuildEnvironment, register: Register, chapter: str, text: str) -> None:
    """The page being read, chapter ``chapter`` to pins, was linked against ``register``; keep what it depends on."""
    _texts(env)[env.docname] = (chapter, text)
    _notes(env).setdefault(env.docname, {})[REGISTER] = register_fingerprint(register, chapter, text)


def outdated(app: Sphinx, env: BuildEnvironment, added: set[str], changed: set[str], removed: set[str]) -> list[str]:
    """The pages whose noted inputs have changed since they were read."""
    from folio.sphinxext.domain import register, register_path

    found_register, texts = register(env), _texts(env)
    touched = added | changed | removed
    chapters_moved = any(name.startswith("chapters/") for name in touched)
    path = register_path(env)
    register_now = hashlib.sha256(path.read_bytes()).hexdigest() if found_register else ""
    register_moved = getattr(env, REGISTER_READ, None) != register_now
    setattr(env, REGISTER_READ, register_now)
    stale = []
    for docname, noted in _notes(env).items():
        if docname in touched:
            continue
        for key, was in noted.items():
            if (key == CONTENTS and not chapters_moved) or (key == REGISTER and not register_moved):
                continue
            if key == REGISTER:
                now = register_fingerprint(found_register, *texts[docname]) if found_register else ""
            else:
                now = digest(current(app.config, app.srcdir, key))
            if now != was:
                stale.append(docname)
                break
    return sorted(stale)


WRITTEN = "folio_written"
"""The environment's record: builder name -> key -> digest of what that builder's pages last showed."""


def changed_since_written(env: BuildEnvironment, builder: str, key: str, value: object) -> bool:
    """Whether ``value`` (something many pages show) differs from when ``builder`` last wrote them; note it.

    Each builder keeps its own record, because the editions share one
    environment: the run that reads a change is not the one that writes
    every edition.
    """
    now = digest(value)
    before: str | None = last_written(env, builder, key, now)
    return before != now


def last_written(env: BuildEnvironment, builder: str, key: str, value: Any) -> Any:
    """What ``builder`` noted under ``key`` when it last wrote (None the first time); note ``value`` now."""
    written: dict[str, dict[str, Any]] = env.__dict__.setdefault(WRITTEN, {})
    before = written.setdefault(builder, {}).get(key)
    written[builder][key] = value
    return before


def record_read(app: Sphinx, env: BuildEnvironment, docnames: list[str]) -> None:
    """Write the names of the pages this run reads, for the build's progress line."""
    Path(app.doctreedir).mkdir(parents=True, exist_ok=True)
    (Path(app.doctreedir) / READ_LOG).write_text(
        json.dumps({"read": sorted(docnames), "pages": len(env.found_docs)}), encoding="utf-8"
    )


class PageInputs(EnvironmentCollector):
    """Keeps the notes per page: cleared when a page is re-read or removed, merged after a parallel read."""

    def clear_doc(self, app: Sphinx, env: BuildEnvironment, docname: str) -> None:
        _notes(env).pop(docname, None)
        _texts(env).pop(docname, None)

    def merge_other(self, app: Sphinx, env: BuildEnvironment, docnames: Set[str], other: BuildEnvironment) -> None:
        for docname in docnames:
            if docname in _notes(other):
                _notes(env)[docname] = _notes(other)[docname]
            if docname in _texts(other):
                _texts(env)[docname] = _texts(other)[docname]

    def process_doc(self, app: Sphinx, doctree: Any) -> None:
        """The notes are taken while the page is read."""


def setup(app: Sphinx) -> dict[str, Any]:
    app.add_env_collector(PageInputs)
    app.connect("env-get-outdated", outdated)
    app.connect("env-before-read-docs", record_read)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True, "env_version": 2}
