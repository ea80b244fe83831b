"""What each chapter is called: its file, its page's URL and its anchor.

A chapter is named after its title ("What North Korea Gains in Russia’s War"
is ``what-north-korea-gains-in-russias-war``), or after the ``slug`` its
sidecar gives. Names are ASCII: accents are dropped and apostrophes do not
split a word. Two chapters whose titles give the same name are told apart in
seed-name order (``-2``, ``-3``); a sidecar's ``slug`` is never changed, and
two sidecars may not give the same one (S008). A seed without a sidecar
(its title is provisional) or whose title has no Latin letters or digits
names its chapter after the seed. The register's pins still name
a chapter by its seed (:func:`seed_key`), so that a new title changes no pin.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from pathlib import Path

from folio.diagnostics import InputError
from folio.ingest.seed import Seed, read_seed

LONGEST = 60
"""A name derived from a title is cut at a word boundary to at most this many characters."""


def seed_key(seed_path: Path) -> str:
    """The seed's name, lower-case, with hyphens: how the register's pins name a chapter."""
    return re.sub(r"[^a-z0-9]+", "-", seed_path.stem.lower()).strip("-") or "chapter"


def chapter_key(chapter: Path, seed: Path | str | None) -> str:
    """The key a pin uses for a chapter: its seed's (from its front matter), else its file's stem."""
    return seed_key(Path(seed)) if seed and Path(seed).name else seed_key(chapter)


def title_slug(title: str) -> str:
    """The name a title gives: ASCII, lower-case, words joined by hyphens, at most :data:`LONGEST` characters."""
    ascii_text = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode("ascii")
    words = re.sub(r"[^a-z0-9]+", " ", re.sub(r"['`]", "", ascii_text.lower())).split()
    kept: list[str] = []
    for word in words:
        if kept and len("-".join([*kept, word])) > LONGEST:
            break
        kept.append(word[:LONGEST])
    return "-".join(kept)


def chapter_names(seeds: Sequence[Seed]) -> dict[Path, str]:
    """Each seed's chapter name (see the module docstring), by seed path."""
    taken = {seed.sidecar.slug for seed in seeds if seed.sidecar.slug}
    names: dict[Path, str] = {}
    for seed in sorted(seeds, key=lambda s: s.name):
        if seed.sidecar.slug:
            names[seed.path] = seed.sidecar.slug
            continue
        title = "" if seed.sidecar.provisional else seed.sidecar.title
        base = title_slug(title) or seed_key(seed.path)
        name, number = base, 2
        while name in taken:
            name, number = f"{base}-{number}", number + 1
        taken.add(name)
        names[seed.path] = name
    return names


def readable_seeds(paths: Iterable[Path]) -> list[Seed]:
    """The seeds among ``paths`` that can be read (the others are reported where they are used)."""
    found = []
    for path in paths:
        try:
            found.append(read_seed(path))
        except InputError:
            continue
    return found


def names_in_folder(folder: Path) -> dict[Path, str]:
    """The chapter name of every readable seed in ``folder``, as the whole book names them."""
    return chapter_names(readable_seeds(sorted(folder.glob("*.txt"))))
