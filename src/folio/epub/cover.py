"""The e-reader edition's cover: a PNG drawn at build time from the book's title.

No network and no stock art: the title, subtitle and publisher are set in a
TeX Gyre face (Debian's ``fonts-texgyre``, also used by the print edition),
falling back to DejaVu. The same inputs give the same bytes, so a build keeps
the PNG in the project's cache (:func:`cover_png`) rather than drawing it
again: drawing and compressing it is most of the EPUB step of a small book.
"""

from __future__ import annotations

import hashlib
import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from folio.config import BookConfig
from folio.diagnostics import BuildError, Code, fail
from folio.epub.archive import write_atomically

if TYPE_CHECKING:
    from PIL.ImageDraw import ImageDraw
    from PIL.ImageFont import FreeTypeFont

SIZE = (1400, 2100)
"""Width and height in pixels: the 2:3 ratio most e-reader shops ask for."""

INK = (27, 38, 59)
PAPER = (244, 239, 228)
ACCENT = (196, 160, 92)

_FONT_DIRS = (
    Path("/usr/share/texmf/fonts/opentype/public/tex-gyre"),
    Path("/usr/share/fonts/opentype/tex-gyre"),
)
_FONTS = {
    "bold": ("texgyrepagella-bold.otf", "DejaVuSerif-Bold.ttf"),
    "italic": ("texgyrepagella-italic.otf", "DejaVuSerif-Italic.ttf"),
    "regular": ("texgyrepagella-regular.otf", "DejaVuSerif.ttf"),
}
_DEJAVU = Path("/usr/share/fonts/truetype/dejavu")


def cover_alt(book: BookConfig) -> str:
    """The cover's text alternative: what the image says."""
    parts = [f"Cover: {book.title}"] + [part for part in (book.subtitle, book.publisher) if part]
    return ". ".join(part.rstrip(".") for part in parts) + "."


def cover_png(book: BookConfig, cache: Path | None = None) -> bytes:
    """The cover as PNG bytes, from ``cache`` when the same inputs drew it before.

    The cached file is named by a digest of what the drawing reads: the
    title, subtitle and publisher, the font files and this module's code.
    """
    if cache is None:
        return draw_cover(book)
    inputs = [book.title, book.subtitle, book.publisher, [str(find_font(style)) for style in sorted(_FONTS)]]
    digest = hashlib.sha256(json.dumps(inputs).encode() + Path(__file__).read_bytes()).hexdigest()[:20]
    path = cache / f"cover-{digest}.png"
    try:
        return path.read_bytes()
    except OSError:
        png = draw_cover(book)
        write_atomically(png, path)
        return png


def draw_cover(book: BookConfig) -> bytes:
    """The cover as PNG bytes."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", SIZE, INK)
    draw = ImageDraw.Draw(image)
    width, height = SIZE
    margin = width // 10
    draw.rectangle((margin // 2, margin // 2, width - margin // 2, height - margin // 2), outline=ACCENT, width=6)
    top = _draw_block(draw, book.title, _font("bold", 150), height // 4, margin, line_gap=1.15)
    draw.line((width // 2 - 150, top + 70, width // 2 + 150, top + 70), fill=ACCENT, width=6)
    if book.subtitle:
        _draw_block(draw, book.subtitle, _font("italic", 72), top + 150, margin, line_gap=1.3)
    if book.publisher:
        _draw_block(draw, book.publisher, _font("regular", 64), height - margin - 120, margin, line_gap=1.3)
    buffer = io.BytesIO()
    image.save(buffer, "PNG", optimize=True)
    return buffer.getvalue()


def find_font(style: str) -> Path:
    """The font file for ``style``: TeX Gyre Pagella, else DejaVu Serif."""
    gyre, dejavu = _FONTS[style]
    for candidate in [folder / gyre for folder in _FONT_DIRS] + [_DEJAVU / dejavu]:
        if candidate.is_file():
            return candidate
    raise fail(
        BuildError,
        Code.B001,
        "cover",
        None,
        tool="a cover font (TeX Gyre Pagella or DejaVu Serif)",
        fix="install one with `apt-get install fonts-texgyre` or `apt-get install fonts-dejavu-core`",
    )


def _font(style: str, size: int) -> FreeTypeFont:
    from PIL import ImageFont

    return ImageFont.truetype(str(find_font(style)), size)


def _draw_block(draw: ImageDraw, text: str, font: FreeTypeFont, top: int, margin: int, *, line_gap: float) -> int:
    """Draw ``text`` centred and wrapped from ``top``; return the bottom edge."""
    width = draw.im.size[0]
    step = round(font.size * line_gap)
    for line in _wrap(text, font, width - 2 * margin):
        draw.text((width // 2, top), line, font=font, fill=PAPER, anchor="ma")
        top += step
    return top


def _wrap(text: str, font: FreeTypeFont, limit: int) -> Iterator[str]:
    """Greedy word wrap to ``limit`` pixels."""
    line = ""
    for word in text.split():
        candidate = f"{line} {word}".strip()
        if line and font.getlength(candidate) > limit:
            yield line
            candidate = word
        line = candidate
    if line:
        yield line
