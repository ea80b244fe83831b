"""A precompiled preamble: the class, Sphinx's packages and folio.sty dumped into a TeX format once.

Every xelatex pass spends most of its time loading the preamble. mylatexformat
dumps the preamble, up to ``\\endofdump`` (:data:`folio.sphinxext.latex.DUMP_END`),
into a format; a pass that starts from it only loads the fonts (XeTeX cannot
keep a loaded font in a format) and typesets. The format is kept in the
project's ``.cache/latex/``, named by a digest of everything it was made
from (that part of the preamble, the style files beside the ``.tex``, and
TeX Live's own xelatex format), so ``make clean`` keeps it and any change
makes a new one. Typesetting from it gives the same pages as without it
(the text checks before publishing compare every word with the seed).

This module is the command folio starts in the background::

    python -m folio.pdf.format CACHE FILE.tex -- latexmk …

It makes the format if the cache lacks it, then replaces itself with
latexmk, passing ``-fmt`` to xelatex through ``LATEXOPTS`` (Sphinx's
``latexmkrc`` adds that variable to every xelatex command). Should making
the format fail, latexmk runs without one.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

DUMP_END = r"\csname endofdump\endcsname"
_COMPLETE = "Hyphenation trie of length"
"""What xelatex writes to the log as the last part of a format it dumped whole."""
_NATIVE_FONT = "! Can't \\dump a format with native fonts or font-mappings."
"""The one error a format made with xelatex always reports (see :func:`ensure_format`)."""
KEEP = 4
"""How many formats the cache keeps (the most recently used)."""


def format_key(tex: Path) -> str | None:
    """The digest that names the format for ``tex``, or None when its preamble has no dump end."""
    text = tex.read_text(encoding="utf-8")
    end = text.find(DUMP_END)
    if end < 0:
        return None
    digest = hashlib.sha256(text[:end].encode())
    for path in sorted(tex.parent.iterdir()):
        if path.suffix in (".sty", ".cls", ".def", ".cfg"):
            digest.update(path.name.encode() + b"\0" + path.read_bytes())
    digest.update(_base_format().encode())
    return digest.hexdigest()[:24]


def _base_format() -> str:
    """TeX Live's xelatex format, by path, size and time: a TeX Live update makes new formats."""
    try:
        found = subprocess.run(
            ["kpsewhich", "-engine=xetex", "xelatex.fmt"], capture_output=True, text=True, check=False, timeout=30
        ).stdout.strip()
        stat = Path(found).stat()
    except (OSError, subprocess.SubprocessError):
        return "unknown"
    return f"{found}:{stat.st_size}:{stat.st_mtime_ns}"


def ensure_format(cache: Path, tex: Path, env: dict[str, str]) -> Path | None:
    """The cached format for ``tex`` (made now if missing), as ``-fmt`` wants it (no suffix); None if impossible."""
    key = format_key(tex)
    if key is None:
        return None
    made = cache / f"{key}.fmt"
    if not made.is_file():
        cache.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(dir=cache, prefix=".making-") as scratch:
            # Not -halt-on-error: the class selects LaTeX's default font (a native font in XeTeX) before
            # the dump's end, and xelatex, after saying it cannot keep it, writes the format without it
            # and exits 1. The document sets its own fonts after the dump's end, so none is lost.
            command = [
                "xelatex",
                "-ini",
                "-interaction=batchmode",
                f"-output-directory={scratch}",
                f"-jobname={key}",
                "&xelatex",
                "mylatexformat.ltx",
                tex.name,
            ]
            subprocess.run(command, cwd=tex.parent, env=env, stdin=subprocess.DEVNULL, capture_output=True, check=False)
            dumped, log = Path(scratch) / f"{key}.fmt", Path(scratch) / f"{key}.log"
            if not (dumped.is_file() and log.is_file() and clean_dump(log.read_text(errors="replace"))):
                return None
            os.replace(dumped, made)
    os.utime(made)
    prune(cache)
    return made.with_suffix("")


def clean_dump(log: str) -> bool:
    """Whether the format was dumped whole and its preamble raised no error but the expected one.

    An error in the preamble (a broken folio.sty, say) must stop the build
    where LaTeX reports it, so such a format is never used.
    """
    errors = [line for line in log.splitlines() if line.startswith("! ") and line != _NATIVE_FONT]
    return _COMPLETE in log and not errors


def prune(cache: Path) -> None:
    """Keep the :data:`KEEP` most recently used formats."""
    formats = sorted(cache.glob("*.fmt"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in formats[KEEP:]:
        old.unlink(missing_ok=True)


def format_changed(tex: Path, found: Path | None) -> bool:
    """Whether ``tex`` is typeset from another format than last time (noted beside it); note this one.

    latexmk cannot tell: it sees the format as one more input file, and the
    old one is still there. A change to folio.sty alone (the ``.tex`` the
    same) changes only the format, so latexmk is then told to run xelatex
    again (``-g``).
    """
    stamp = tex.with_suffix(".folio-format")
    now = str(found) if found is not None else "none"
    try:
        before = stamp.read_text(encoding="utf-8")
    except OSError:
        before = ""
    stamp.write_text(now, encoding="utf-8")
    return before != now


def main(argv: list[str]) -> int:
    """``CACHE FILE.tex -- COMMAND…``: make the format, then become COMMAND with it in ``LATEXOPTS``."""
    if len(argv) < 4 or argv[2] != "--":
        print("usage: python -m folio.pdf.format CACHE FILE.tex -- COMMAND...", file=sys.stderr)
        return 2
    cache, tex, command = Path(argv[0]), Path(argv[1]).resolve(), argv[3:]
    env = dict(os.environ)
    found = ensure_format(cache.resolve(), tex, env)
    if found is not None:
        env["LATEXOPTS"] = f"{env.get('LATEXOPTS', '')} -fmt={found}".strip()
        print(f"folio: typesetting from the precompiled preamble {found}.fmt", flush=True)
    else:
        print("folio: no precompiled preamble; xelatex loads the whole preamble each pass", flush=True)
    if format_changed(tex, found) and Path(command[0]).name == "latexmk":
        command = [command[0], "-g", *command[1:]]
    executable = shutil.which(command[0]) or command[0]
    os.execve(executable, command, env)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
