"""Re-write an EPUB's zip so that the same book gives the same bytes, and put it in place atomically.

Internal to :mod:`folio.epub.package`. ebooklib stamps every entry with the current
time; here every entry gets the book's ``modified`` time, fixed permissions
and a stable order, with ``mimetype`` first and stored, as OCF requires.
"""

from __future__ import annotations

import io
import os
import tempfile
import zipfile
from datetime import UTC, datetime
from pathlib import Path

from folio.diagnostics import BuildError, Code, fail

MIMETYPE = "mimetype"
CONTAINER = "META-INF/container.xml"
_EARLIEST = (1980, 1, 1, 0, 0, 0)
"""Zip timestamps cannot be older than this."""


def deterministic_zip(raw: bytes, modified: datetime) -> bytes:
    """The entries of the zip ``raw``, re-written with fixed metadata and order."""
    stamp = zip_time(modified)
    with zipfile.ZipFile(io.BytesIO(raw)) as source:
        entries = {name: source.read(name) for name in source.namelist()}
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as target:
        for name in entry_order(entries):
            stored = name == MIMETYPE
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
            info.create_system = 3
            info.external_attr = 0o100644 << 16
            target.writestr(info, entries[name], compresslevel=None if stored else 9)
    return buffer.getvalue()


def entry_order(entries: dict[str, bytes]) -> list[str]:
    """``mimetype``, then the container, then every other entry by name."""
    if MIMETYPE not in entries:
        raise fail(BuildError, Code.E008, MIMETYPE, None, reason="the zip has no mimetype entry")
    first = [MIMETYPE] + ([CONTAINER] if CONTAINER in entries else [])
    return first + sorted(name for name in entries if name not in first)


def utc(moment: datetime) -> datetime:
    """``moment`` in UTC; a naive datetime is taken to be UTC already."""
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def zip_time(moment: datetime) -> tuple[int, int, int, int, int, int]:
    """``moment`` in UTC as a zip timestamp: no earlier than 1980, in whole two-second steps."""
    when = utc(moment)
    return max((when.year, when.month, when.day, when.hour, when.minute, when.second - when.second % 2), _EARLIEST)


def write_atomically(data: bytes, target: Path) -> Path:
    """Write ``data`` to a temporary file beside ``target``, then rename it into place."""
    temporary: Path | None = None
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        descriptor, name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
        temporary = Path(name)
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        temporary.chmod(0o644)
        temporary.replace(target)
    except BaseException as error:
        if temporary is not None:
            temporary.unlink(missing_ok=True)
        if isinstance(error, OSError):
            raise fail(BuildError, Code.E009, target, None, reason=error.strerror or error) from None
        raise
    return target
