"""The book's configuration: one validated dataclass, read from ``book/book.toml``.

Precedence, highest first:

1. the command line: ``sphinx-build -D folio_<field>=value`` (the Makefile
   passes ``SPHINXOPTS``), applied by the Sphinx extension;
2. the project file ``book/book.toml`` (table ``[book]``);
3. the defaults below.

The Sphinx extension registers one ``folio_<field>`` setting per field from
this class, so there is no second list to keep in step.
"""

from __future__ import annotations

import dataclasses
import re
import tomllib
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from folio.diagnostics import BuildError, Code, InputError, fail

TRIM_SIZES = {
    "trade": ("6in", "9in"),
    "digest": ("5.5in", "8.5in"),
    "a5": ("148mm", "210mm"),
    "royal": ("156mm", "234mm"),
    "demy": ("138mm", "216mm"),
}
"""Named trim sizes for the print edition (width, height)."""


def _text(value: Any) -> str | None:
    return None if isinstance(value, str) else "must be text"


def _nonempty(value: Any) -> str | None:
    return _text(value) or (None if value.strip() else "must not be empty")


def _language(value: Any) -> str | None:
    ok = isinstance(value, str) and re.fullmatch(r"[a-z]{2,3}(-[A-Za-z0-9]{2,8})*", value)
    return None if ok else "must be a BCP 47 tag such as en-GB"


PAPERS = {"white": 0.002252, "cream": 0.0025}
"""Paper stocks and their thickness per page in inches, as Amazon KDP publishes them for its
paperbacks ("Set trim size, bleed, and margins": spine width = page count × 0.002252 in for white
paper, × 0.0025 in for cream). The cover's spine is the page count times this."""


def _paper(value: Any) -> str | None:
    return None if value in PAPERS else f"must be one of {', '.join(PAPERS)}"


def _isbn(value: Any) -> str | None:
    if not isinstance(value, str):
        return "must be text"
    digits = value.replace("-", "").replace(" ", "")
    if not digits:
        return None
    if len(digits) != 13 or not digits.isdigit():
        return "must be an ISBN-13: 13 digits, hyphens allowed (978-…)"
    total = sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(digits[:12]))
    check = (10 - total % 10) % 10
    return None if check == int(digits[12]) else f"has the check digit {digits[12]}, but its digits give {check}"


def _date(value: Any) -> str | None:
    ok = isinstance(value, str) and (not value or re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value))
    return None if ok else "must be a date such as 2025-01-15 (or 2025-01, or 2025)"


def _trim(value: Any) -> str | None:
    if isinstance(value, str) and (
        value in TRIM_SIZES or re.fullmatch(r"\d+(\.\d+)?(in|mm|cm|pt),\d+(\.\d+)?(in|mm|cm|pt)", value)
    ):
        return None
    return f"must be one of {', '.join(TRIM_SIZES)} or 'WIDTH,HEIGHT' such as '6in,9in'"


def _slug(value: Any) -> str | None:
    ok = isinstance(value, str) and re.fullmatch(r"[a-z0-9][a-z0-9-]*", value)
    return None if ok else "must be lower-case letters, digits and hyphens"


def _setting(default: Any, validate: Any, help: str, *, prose: bool = False) -> Any:
    return field(default=default, metadata={"validate": validate, "help": help, "prose": prose})


@dataclass(frozen=True)
class BookConfig:
    """Everything about the book that is not in a chapter."""

    title: str = _setting("Untitled", _nonempty, "The book's title, on every edition.", prose=True)
    subtitle: str = _setting("", _text, "A subtitle for the title page.", prose=True)
    editor: str = _setting("", _text, "Who compiled the book (the creator in the metadata).", prose=True)
    publisher: str = _setting("", _nonempty, "The publisher line on the title page and in the metadata.", prose=True)
    language: str = _setting("en-GB", _language, "The book's language, a BCP 47 tag.")
    identifier: str = _setting("", _text, "A stable identifier; derived from the title and publisher when empty.")
    edition: str = _setting("First edition", _text, "The edition statement on the copyright page.", prose=True)
    date: str = _setting("", _date, "The edition's publication date (2025-01-15): EPUB dc:date, the copyright page.")
    isbn: str = _setting(
        "", _isbn, "An ISBN-13 (check digit validated) for the copyright page and the cover's barcode."
    )
    description: str = _setting("", _text, "A one-paragraph description for the metadata.", prose=True)
    keywords: str = _setting("", _text, "Comma-separated keywords for the PDF and EPUB metadata.")
    slug: str = _setting("book", _slug, "The file name of the editions: dist/<slug>.pdf and dist/<slug>.epub.")
    trim: str = _setting("trade", _trim, "The print trim size: a name or 'WIDTH,HEIGHT'.")
    paper: str = _setting("white", _paper, "The print paper (white or cream): its thickness sets the spine's width.")

    @property
    def uid(self) -> str:
        """The identifier: ``identifier``, else the ISBN as a URN, else derived (UUID 5) from title and publisher."""
        if self.identifier:
            return self.identifier
        if self.isbn:
            return f"urn:isbn:{self.isbn_digits}"
        return f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, f'folio:{self.publisher}:{self.title}')}"

    @property
    def isbn_printed(self) -> str:
        """The ISBN as a book prints it, hyphenated between its parts by the ISBN agency's ranges
        (python-stdnum): "978-0-306-40615-7", however ``book.toml`` spells it.

        Imported here: this module must load with the standard library alone
        (the Makefile reads the slug before the virtualenv exists).
        """
        from stdnum import isbn

        return str(isbn.format(self.isbn_digits)) if self.isbn else ""

    @property
    def isbn_digits(self) -> str:
        """The ISBN without hyphens or spaces ("" when the book has none)."""
        return self.isbn.replace("-", "").replace(" ", "")

    @property
    def trim_size(self) -> tuple[str, str]:
        """The trim size as (width, height) TeX lengths."""
        if self.trim in TRIM_SIZES:
            return TRIM_SIZES[self.trim]
        width, height = self.trim.split(",")
        return width, height

    def typographic(self) -> BookConfig:
        """A copy whose prose fields (title, subtitle, description…) have typographic punctuation (Korea’s)."""
        from folio.punctuation import curly

        prose = {
            item.name: curly(getattr(self, item.name), self.language) for item in fields() if item.metadata["prose"]
        }
        return dataclasses.replace(self, **prose)

    def replace(self, **changes: Any) -> BookConfig:
        """A copy with ``changes`` applied and validated."""
        return validated(dataclasses.replace(self, **changes), "command line")


def fields() -> tuple[dataclasses.Field[Any], ...]:
    """The configuration fields, for the Sphinx extension and ``--help``."""
    return dataclasses.fields(BookConfig)


def validated(config: BookConfig, source: Path | str) -> BookConfig:
    """Run every field's validator; raise on the first failure."""
    for item in fields():
        reason = item.metadata["validate"](getattr(config, item.name))
        if reason:
            raise fail(BuildError, Code.B006, source, None, field=item.name, reason=reason)
    return config


def load(path: Path) -> BookConfig:
    """Read ``[book]`` from ``path`` over the defaults."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8")).get("book", {})
    except FileNotFoundError:
        raise fail(
            InputError, Code.B006, path, None, field="[book]", reason="is missing: the file does not exist"
        ) from None
    except tomllib.TOMLDecodeError as error:
        raise fail(InputError, Code.B006, path, None, field="[book]", reason=f"is not valid TOML: {error}") from None
    known = {item.name for item in fields()}
    for name in data:
        if name not in known:
            raise fail(
                InputError, Code.B006, path, None, field=name, reason=f"is unknown (known: {', '.join(sorted(known))})"
            )
    try:
        return validated(BookConfig(**data), path)
    except BuildError as error:
        raise InputError(*error.diagnostics) from None
