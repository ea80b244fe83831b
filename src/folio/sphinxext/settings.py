"""The book's settings in Sphinx: ``book.toml`` and the seeds, turned into Sphinx's own configuration.

:func:`configure` runs when Sphinx has read ``conf.py``. It loads
``book/book.toml``, applies any ``-D folio_<field>=value`` override, reads the
licence notices from the seeds and sets Sphinx's settings (project,
language, HTML footer, EPUB and LaTeX metadata) from them, in one place.
"""

from __future__ import annotations

import hashlib
import html
from pathlib import Path

from sphinx.application import Sphinx
from sphinx.config import Config
from sphinx.errors import ConfigError

from folio import config as book_config
from folio.diagnostics import FolioError
from folio.ingest.naming import chapter_names
from folio.ingest.seed import Seed, attributed_notices, credits, notices, read_seeds
from folio.sphinxext import latex

BOOK_KEY = "folio_book"
"""Where the loaded :class:`~folio.config.BookConfig` is kept in ``config`` for the directives."""


def configure(app: Sphinx, config: Config) -> None:
    """Load ``book.toml``, apply ``folio_*`` overrides, derive Sphinx settings."""
    book_file = Path(config.folio_book_file or Path(app.srcdir) / "book.toml")
    try:
        book = book_config.load(book_file)
        overrides = {
            item.name: config[f"folio_{item.name}"]
            for item in book_config.fields()
            if config[f"folio_{item.name}"] is not None
        }
        book = book.replace(**overrides) if overrides else book
        seeds = read_seeds(Path(config.folio_seeds_dir)) if config.folio_seeds_dir else []
    except FolioError as error:
        raise ConfigError("\n".join(str(d) for d in error.diagnostics)) from None
    config.folio_code = code_version()
    config.folio_notices = notices(seeds)
    config.folio_credits = credits(seeds)
    names = chapter_names(seeds)
    config.folio_chapter_notices = {f"chapters/{names[seed.path]}": seed.notice for seed in seeds}
    derive_settings(config, book, seeds)


def code_version() -> str:
    """A digest of folio's own code: a new folio reads every page again, as a changed setting would."""
    package = Path(__file__).resolve().parents[1]
    digest = hashlib.sha256()
    for path in sorted(package.rglob("*.py")):
        digest.update(path.relative_to(package).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def derive_settings(config: Config, book: book_config.BookConfig, seeds: list[Seed]) -> None:
    """Set Sphinx's own settings from the book configuration (one place), in typographic punctuation."""
    book = book.typographic()
    config.folio_book_values = {item.name: getattr(book, item.name) for item in book_config.fields()}
    config.folio_articles = count_articles(len(seeds))
    written_only(config, ("project", "author", "version", "release"))
    config.project = book.title
    config.author = book.editor or book.publisher
    config.language = book.language.replace("-", "_")
    config.version = config.release = book.edition
    config.html_title = book.title
    options = dict(config.html_theme_options or {})
    options["extra_footer"] = footer_html(attributed_notices(seeds))
    config.html_theme_options = options
    config.epub_title = book.title
    config.epub_author = config.author
    config.epub_publisher = book.publisher
    config.epub_language = book.language
    config.epub_identifier = config.epub_uid = _epub_uid(book.uid)
    config.epub_scheme = "uuid" if book.uid.startswith("urn:uuid:") else "URI"
    config.epub_copyright = " ".join(attributed_notices(seeds))
    config.epub_description = book.description or book.title
    config.epub_basename = book.slug
    latex.configure(config, book, seeds)


def written_only(config: Config, names: tuple[str, ...]) -> None:
    """Mark Sphinx settings that no page reads while it is read as settings for the writers only.

    Sphinx registers ``project``, ``author``, ``version`` and ``release`` for
    the environment, so a new title would re-read every page; but only the
    writers print them (page titles, the LaTeX title page, the EPUB
    metadata): the book is MyST, which has no ``|release|``, and folio's own
    pages name the book's fields through tracked ``{{ title }}`` substitutions. Should
    Sphinx change how it keeps settings, nothing is marked and a change
    re-reads every page, as before.
    """
    options = getattr(config, "_options", None)
    for name in names:
        option = options.get(name) if isinstance(options, dict) else None
        if option is not None and getattr(option, "rebuild", None) == "env":
            options[name] = type(option)(option.default, "html", option.valid_types, option.description)  # type: ignore[index]


_NUMBERS = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")


def count_articles(count: int) -> str:
    """ "a licensed article", "three licensed articles", "12 licensed articles": the {{ articles }} substitution."""
    if count == 1:
        return "a licensed article"
    return f"{_NUMBERS[count] if count < len(_NUMBERS) else count} licensed articles"


def footer_html(notices: tuple[str, ...]) -> str:
    """The licence notices as the HTML footer shows them, one paragraph each."""
    return "".join(f'<p class="folio-licence">{html.escape(notice)}</p>' for notice in notices)


def _epub_uid(uid: str) -> str:
    """Sphinx wants uid and identifier to be one XML name without colons.

    Sphinx's EPUB is only the content source: the edition's real identifier
    is set by folio's EPUB step.
    """
    return "folio-" + uid.rsplit(":", 1)[-1]
