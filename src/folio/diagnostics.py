"""Diagnostic codes, records and the exceptions that carry exit codes.

Every message folio prints has the shape ``path:line: CODE message``. The
message text of a code is written once, here, as the member's value; call
sites pass only the details that fill it in.
"""

from __future__ import annotations

import enum
from pathlib import Path
from typing import NamedTuple


class ExitCode(enum.IntEnum):
    """Process exit codes, documented in the README."""

    OK = 0
    INPUT = 2
    """Bad input: a seed, a sidecar, the register or a command line."""
    BUILD = 3
    """A build step failed (Sphinx, LaTeX, packaging)."""
    CHECK = 4
    """The editions were built but a check found a problem."""
    INTERRUPTED = 130


class Code(enum.Enum):
    """Stable diagnostic codes. A code is never reused for another meaning.

    The value is ``(severity, template)``; the template is filled with
    ``str.format`` keyword arguments at the call site.
    """

    # S: seeds
    S001 = ("error", "the seed is not UTF-8: byte 0x{byte:02x} at offset {offset} cannot be decoded ({guess})")
    S002 = ("error", "the seed is empty or holds only white space")
    S003 = (
        "error",
        'the last line is not a licence notice (expected "… All rights reserved …" or "… licence …"): {text!r}',
    )
    S004 = ("error", "the seed has a licence notice but no article text")
    S005 = ("error", "the seed looks like a binary file (it contains {what})")
    S006 = ("warning", "no sidecar {sidecar}; using the provisional title {title!r} (add the sidecar to set the title)")
    S007 = ("error", "the sidecar is not valid TOML: {reason}")
    S008 = ("error", "the sidecar field {field!r} {reason}")
    S009 = ("error", "no such seed file")
    # C: chapters
    C001 = (
        "error",
        "the chapter was edited by hand, so its seed or sidecar changes are not applied; move the edits to the sidecar, or pass --force to rewrite it from its seed",
    )
    C002 = ("error", "the chapter's words no longer match its seed {seed}: {detail}")
    C003 = ("error", "the chapter names its seed {seed}, which does not exist")
    C004 = ("error", "the seed {seed} has no chapter; run `folio ingest {seed}`")
    C005 = ("warning", "{what} {target!r} is left out: a chapter may not publish a file (article text is never markup)")
    C006 = (
        "warning",
        "the chapter was edited by hand, so it was not refreshed from its seed or sidecar; run `folio ingest --force` to rewrite it",
    )
    # G: glossary register
    G001 = ("error", "the register is not valid YAML: {reason}")
    G002 = ("error", "entry {entry!r}: {reason}")
    G003 = ("error", "duplicate {what} {value!r} (also at line {other}); every id, name and alias must be unique")
    G004 = (
        "error",
        "alias {alias!r} of {entry!r} is also a name or alias of {other!r} (line {other_line}); only a title and a surname (such as 'Mr. Kim') may be shared, so remove it from one of them or write a fuller form",
    )
    G005 = (
        "warning",
        "entry {entry!r} is never mentioned in any chapter; remove it, or add the form the text uses to its aliases",
    )
    G006 = (
        "error",
        "paragraph {paragraph}: the first mention of {entry!r} ({text!r}) is not linked in {edition}; rebuild the edition",
    )
    G007 = (
        "info",
        "{name!r} looks like a name that is not in the register (a {kind}: {why}); run `folio glossary draft` to draft it, add an alias, or list it under 'ignore:'",
    )
    G008 = (
        "error",
        "alias {alias!r} of {entry!r} is a bare name shared with {others}, so it would be ambiguous; use a titled form such as 'Mr. {alias}'",
    )
    G009 = (
        "warning",
        "the register has entries but no page shows the glossary; add a {{folio-glossary}} directive to a page such as glossary.md",
    )
    G010 = (
        "warning",
        "paragraph {paragraph}: {form!r} is not linked: no entry that carries it ({carriers}) is named in full earlier in this chapter; name the person in full before it, or pin it in the register: pins: [{{chapter: {chapter}, form: {form}, entry: <id>}}]",
    )
    G011 = (
        "info",
        "paragraph {paragraph}: {form!r} links to {entry!r}, the nearest of {candidates} named before it; to link it to another, pin it in the register: pins: [{{chapter: {chapter}, form: {form}, entry: <id>, paragraph: {paragraph}}}]",
    )
    G012 = ("error", "pin: {reason}")
    G013 = (
        "error",
        "entry {entry!r} is a draft (drafted from {source} by `folio glossary draft`): check its name, sort key, aliases and definition against the article, then remove 'draft: true'",
    )
    G014 = ("error", "cannot draft into the register: {reason}; the register is unchanged")
    G015 = (
        "info",
        "{name!r} names a person only by a courtesy title and a surname, so no entry is drafted for them (no given name to sort or define it by); if the article says who they are, write the entry by hand, else list {name!r} under 'ignore:'",
    )
    # H: HTML edition
    H001 = ("error", "the licence notice is missing from the footer of this page")
    H002 = (
        "warning",
        "TeX Gyre Pagella is not installed (looked in {where}), so the site's text falls back to the reader's serif face; run `make setup` (it installs fonts-texgyre)",
    )
    # P: PDF edition
    P001 = ("error", "the licence notice of {seed} is missing from the PDF's text")
    P002 = ("error", "the licence notice of {seed} is missing from the PDF's metadata ({field})")
    P003 = ("warning", "LaTeX: {message}")
    P004 = (
        "error",
        "overfull \\{box}box ({amount} too wide) {where}: {text!r} sticks into the margin; allow a break in it (a hyphenation point, or more \\emergencystretch in conf/latex/folio.sty)",
    )
    P005 = (
        "warning",
        "underfull \\{box}box (badness {badness}) {where}: {text!r} is set loose (conf/latex/folio.sty's \\hbadness is the badness the book accepts)",
    )
    P006 = (
        "error",
        "the font {font} has no glyph for {char!r} ({codepoint}): it is missing from the PDF; choose a face that has it in conf/conf.py",
    )
    P007 = ("error", "LaTeX stopped: {message} (the whole log: {log})")
    P008 = ("error", "cannot write the licence notice into the PDF's XMP metadata: {reason}")
    P009 = ("error", "the PDF cannot be read: {reason}; rebuild it with `make pdf`")
    P010 = ("error", "cannot make the print interior: {reason}")
    P011 = ("error", "not PDF/X: {what} is missing; rebuild with `make pdf` (folio.pdf.pdfx writes it)")
    P012 = ("error", "page {page}: {problem}; the print interior's boxes must be the book's trim (trim in book.toml)")
    P013 = ("error", "the font {font} is {what}; every font of a print PDF must be embedded and subset")
    P014 = ("error", "page {page}: {what}; a print PDF may use only grey or CMYK colour")
    P015 = ("error", "{what}; a print PDF has nothing interactive (links, scripts, encryption)")
    P016 = ("error", "page {page}: {what}; a PDF/X-4 print file for POD must not use transparency")
    P017 = (
        "error",
        "page {page}: {word!r} is hyphenated across the page turn; conf/latex/folio.sty's \\brokenpenalty forbids it (was it changed?)",
    )
    P018 = (
        "error",
        "page {page}: {count} lines in a row end in a hyphen, from {text!r}; raise \\doublehyphendemerits in conf/latex/folio.sty",
    )
    P019 = (
        "error",
        "page {page}: {what} ({text!r}); conf/latex/folio.sty's \\widowpenalty and \\clubpenalty should forbid it",
    )
    # E: EPUB edition
    E001 = ("error", "EPUBCheck {id}: {message}")
    E002 = ("warning", "EPUBCheck {id}: {message}")
    E003 = ("info", "EPUBCheck {id}: {message}")
    E004 = ("error", "Ace {rule} ({impact}): {message}")
    E005 = ("error", "the licence notice of {seed} is missing from {where}")
    E006 = ("error", "the EPUB is not a valid package: {reason}; rebuild it with `make epub`")
    E007 = ("error", "the Sphinx EPUB output is incomplete: {reason}")
    E008 = ("error", "ebooklib could not write the edition: {reason}")
    E009 = ("error", "cannot write the edition here: {reason}; the previous file, if any, is unchanged")
    E010 = ("error", "the e-reader stylesheet is missing; restore conf/epub.css (git checkout conf/epub.css)")
    E011 = ("error", "the page {page} cannot be read as XHTML: {reason}")
    E012 = (
        "error",
        "only {found} of the {pages} print pages with text were found in the EPUB's text; is this PDF typeset from the same sources? Rebuild with `make epub`",
    )
    # T: text fidelity, all editions
    T001 = (
        "error",
        "word {index} of the article ({word!r}, paragraph {paragraph}) is missing from {edition}, or out of order",
    )
    # B: build and tools
    B001 = ("error", "{tool} is not installed; {fix}")
    B002 = ("error", "{step} failed (exit {status}); the last lines of its log:\n{tail}")
    B003 = ("error", "the build was interrupted; {dist} keeps the previous editions")
    B004 = ("error", "{tool} timed out after {seconds} s")
    B005 = ("error", "no seeds in {folder}; copy an article there first")
    B006 = ("error", "the book configuration field {field!r} {reason}")
    B007 = ("error", "unknown edition(s) {names}; choose from {known}")
    B008 = ("error", "the {edition} edition has not been built; run `make {edition}`")
    B009 = (
        "info",
        "the {edition} edition was not published; the previous {edition} edition here, if any, is unchanged",
    )
    B010 = ("info", "nothing was built; the editions here, if any, are unchanged")
    B011 = ("error", "cannot publish the edition here: {reason}")
    B012 = (
        "error",
        "the last build of the {edition} edition failed, so this is an earlier one (checked all the same); the failure: {reason}",
    )
    B013 = (
        "error",
        "{{{{ {name} }}}} names no book field; use one of: {known} (fields of book/book.toml, and articles)",
    )

    @property
    def severity(self) -> str:
        return self.value[0]

    def format(self, **details: object) -> str:
        template: str = self.value[1]
        return template.format(**details)


class Diagnostic(NamedTuple):
    """One finding, printed as ``path:line: CODE message``."""

    code: Code
    path: Path | str
    line: int | None
    message: str

    def __str__(self) -> str:
        place = f"{self.path}:{self.line}" if self.line else f"{self.path}"
        return f"{place}: {self.code.name} {self.message}"

    @property
    def is_error(self) -> bool:
        return self.code.severity == "error"


def diagnose(code: Code, path: Path | str, line: int | None = None, **details: object) -> Diagnostic:
    """Make a diagnostic, filling the code's template with ``details``."""
    return Diagnostic(code, path, line, code.format(**details))


class FolioError(Exception):
    """An error that ends a command; it carries its diagnostics and exit code."""

    exit_code = ExitCode.BUILD

    def __init__(self, *diagnostics: Diagnostic) -> None:
        super().__init__("\n".join(str(d) for d in diagnostics))
        self.diagnostics = diagnostics


class InputError(FolioError):
    """A seed, sidecar, register or argument that folio cannot use."""

    exit_code = ExitCode.INPUT


class BuildError(FolioError):
    """A build step that failed: Sphinx, LaTeX or packaging."""

    exit_code = ExitCode.BUILD


class CheckError(FolioError):
    """Editions that were built but failed a check."""

    exit_code = ExitCode.CHECK


def fail(
    error: type[FolioError], code: Code, path: Path | str, line: int | None = None, **details: object
) -> FolioError:
    """Build an exception of class ``error`` carrying one diagnostic."""
    return error(diagnose(code, path, line, **details))
