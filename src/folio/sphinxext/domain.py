"""The glossary's state in the Sphinx environment: the ``folio`` domain.

While Sphinx reads a page, the linker records each mention of a register
entry here, and the glossary directive records the page that shows the
glossary. The domain keeps both per document, so Sphinx purges them when a
page is re-read or removed and merges them after a parallel read: the
glossary's back-references stay right in incremental and parallel builds.

The register itself is configuration, not environment: :func:`register`
loads it once per process and file version.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Set
from pathlib import Path
from typing import Any, ClassVar, NamedTuple

from sphinx.domains import Domain
from sphinx.environment import BuildEnvironment
from sphinx.errors import ConfigError

from folio.diagnostics import FolioError
from folio.glossary.register import Register, load_register


class MentionRecord(NamedTuple):
    """Where an entry is mentioned, for the glossary's back-references."""

    entry: str
    docname: str
    node_id: str
    paragraph: str
    """The paragraph's number in its page ("3"), or "standfirst"."""


class FolioDomain(Domain):
    """Mentions by document, and the documents that show the glossary."""

    name = "folio"
    label = "folio glossary"
    data_version = 2
    initial_data: ClassVar[dict[str, Any]] = {"mentions": {}, "glossary_pages": {}}

    @property
    def mentions(self) -> dict[str, list[MentionRecord]]:
        """Every document's mentions, by docname."""
        found: dict[str, list[MentionRecord]] = self.data["mentions"]
        return found

    @property
    def glossary_pages(self) -> dict[str, None]:
        """The documents that hold a ``{folio-glossary}`` directive (an ordered set)."""
        found: dict[str, None] = self.data["glossary_pages"]
        return found

    def note_mentions(self, docname: str, records: Iterable[MentionRecord]) -> None:
        self.mentions[docname] = list(records)

    def note_glossary_page(self, docname: str) -> None:
        self.glossary_pages[docname] = None

    @property
    def glossary_page(self) -> str | None:
        """The page mentions link to: the first glossary page, by name."""
        return min(self.glossary_pages, default=None)

    def clear_doc(self, docname: str) -> None:
        self.mentions.pop(docname, None)
        self.glossary_pages.pop(docname, None)

    def merge_domaindata(self, docnames: Set[str], otherdata: dict[str, Any]) -> None:
        for docname in docnames:
            if docname in otherdata["mentions"]:
                self.mentions[docname] = otherdata["mentions"][docname]
            if docname in otherdata["glossary_pages"]:
                self.glossary_pages[docname] = None

    def resolve_any_xref(self, *args: Any, **kwargs: Any) -> list[tuple[str, Any]]:
        return []


def domain(env: BuildEnvironment) -> FolioDomain:
    """The folio domain of ``env``."""
    found = env.domains["folio"]
    assert isinstance(found, FolioDomain)
    return found


def register_path(env: BuildEnvironment) -> Path:
    """The register file: ``folio_glossary_file``, else ``glossary.yml`` in the source folder."""
    return Path(env.config.folio_glossary_file or Path(env.srcdir) / "glossary.yml")


def register(env: BuildEnvironment) -> Register | None:
    """The register of this build, if the book has one; a broken register stops the build."""
    path = register_path(env)
    if not path.is_file():
        return None
    stat = path.stat()
    return _load(path, stat.st_mtime_ns, stat.st_size)


@functools.lru_cache(maxsize=4)
def _load(path: Path, mtime: int, size: int) -> Register:
    try:
        return load_register(path)
    except FolioError as error:
        raise ConfigError("\n".join(str(d) for d in error.diagnostics)) from None
