"""Read the LaTeX log and report what it warns about.

Every LaTeX, class and package warning, every overfull and underfull box, and
every character missing from a font becomes a folio :class:`Diagnostic`, so
``make check`` prints them as ``path:line: CODE message`` like every other
finding. The place is the ``.tex`` file beside the log and the input line the
log names.

TeX wraps its log at ``max_print_line`` characters (79 in TeX Live); a line of
exactly that length continues on the next one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from folio.diagnostics import Code, Diagnostic, diagnose

MAX_PRINT_LINE = 79

_WARNING = re.compile(r"^(?P<kind>LaTeX|Package|Class|Module)(?: (?P<name>\S+))? Warning: (?P<text>.*)$")
_BOX = re.compile(r"^(?P<state>Overfull|Underfull) \\(?P<box>[hv])box \((?P<size>[^)]*)\) (?P<where>.*)$")
_MISSING = re.compile(
    r"^Missing character: There is no (?P<char>.+?) \((?P<codepoint>U\+[0-9A-F]+)\) in font (?P<font>.*?);?!$"
)
_INPUT_LINE = re.compile(r"\s*on input line (\d+)\.?$")
_LINES = re.compile(r"lines? (\d+)")
_FONT_SWITCH = re.compile(r"\\[A-Z]+/[^ ]*\s?")
_SNIPPET = 60


def read_log(log: Path, source: Path | str | None = None) -> list[Diagnostic]:
    """The diagnostics of a LaTeX log; ``source`` (the .tex beside it by default) is their place."""
    text = log.read_text(encoding="utf-8", errors="replace")
    return parse_log(text, source if source is not None else log.with_suffix(".tex"))


def parse_log(text: str, source: Path | str) -> list[Diagnostic]:
    """The diagnostics of a LaTeX log's text."""
    lines = unwrap(text.splitlines())
    found = []
    for index, line in enumerate(lines):
        for reader in (_warning, _box, _missing):
            diagnostic = reader(line, lines, index, source)
            if diagnostic is not None:
                found.append(diagnostic)
                break
    return found


def unwrap(lines: list[str], width: int = MAX_PRINT_LINE) -> list[str]:
    """Join the physical lines TeX broke at ``width`` characters."""
    joined: list[str] = []
    carry = False
    for line in lines:
        if carry:
            joined[-1] += line
        else:
            joined.append(line)
        carry = len(line) == width
    return joined


def _warning(line: str, lines: list[str], index: int, source: Path | str) -> Diagnostic | None:
    match = _WARNING.match(line)
    if not match:
        return None
    name = match["name"] or ""
    parts = [match["text"].strip()]
    parts += _continuations(lines, index + 1, name)
    message = " ".join(part for part in parts if part)
    place = _INPUT_LINE.search(message)
    if place:
        message = message[: place.start()].rstrip()
    label = f"{name}: " if name else ""
    return diagnose(Code.P003, source, int(place.group(1)) if place else None, message=label + message)


def _continuations(lines: list[str], start: int, name: str) -> Iterator[str]:
    """The lines of a multi-line warning: each starts with ``(name)`` and spaces."""
    prefix = f"({name})" if name else None
    for line in lines[start:]:
        if prefix and line.startswith(prefix):
            yield line[len(prefix) :].strip()
        else:
            return


def _box(line: str, lines: list[str], index: int, source: Path | str) -> Diagnostic | None:
    match = _BOX.match(line)
    if not match:
        return None
    where = match["where"].strip()
    numbers = _LINES.search(where)
    text = _box_text(lines, index + 1) if match["box"] == "h" else ""
    if match["state"] == "Overfull":
        amount = match["size"].removesuffix(" too wide")
        return diagnose(Code.P004, source, _number(numbers), box=match["box"], amount=amount, where=where, text=text)
    badness = match["size"].removeprefix("badness ")
    return diagnose(Code.P005, source, _number(numbers), box=match["box"], badness=badness, where=where, text=text)


def _box_text(lines: list[str], start: int) -> str:
    """The readable text of the box TeX prints after an over- or underfull warning."""
    if start >= len(lines):
        return ""
    text = _FONT_SWITCH.sub("", lines[start]).replace("[]", "").strip()
    text = " ".join(text.split())
    return text if len(text) <= _SNIPPET else text[: _SNIPPET - 1] + "…"


def _missing(line: str, lines: list[str], index: int, source: Path | str) -> Diagnostic | None:
    match = _MISSING.match(line)
    if not match:
        return None
    font = match["font"].split("/", 1)[0].strip("[]")
    return diagnose(Code.P006, source, None, font=font, char=match["char"], codepoint=match["codepoint"])


def _number(match: re.Match[str] | None) -> int | None:
    return int(match.group(1)) if match else None
