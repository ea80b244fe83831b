"""The ``folio`` command line. :func:`run` is the entry point; it never exits.

Heavy imports (Sphinx, ebooklib, lxml) happen inside the commands that need
them, so ``folio --help`` and ``folio ingest`` start fast.
"""

from __future__ import annotations

import argparse
import shlex
import signal
import sys
from collections.abc import Sequence
from pathlib import Path

from folio import __version__
from folio.diagnostics import Code, Diagnostic, ExitCode, FolioError, InputError, diagnose
from folio.project import Project, find_root

DESCRIPTION = """\
Build a book in three editions (HTML, print PDF, EPUB 3) from licensed
articles. Articles are plain UTF-8 text in seeds/, one paragraph per line,
the last line being the publisher's licence notice.

typical use:
  folio ingest                   bring book/chapters/ in step with seeds/
  folio build                    build dist/html, dist/<book>.pdf, dist/<book>.epub
  folio check                    check chapters, glossary and the built editions
  folio glossary draft           draft glossary entries for the articles' people and institutions

exit codes: 0 success, 2 input error, 3 build failure, 4 check failure,
130 interrupted.
"""


def parser() -> argparse.ArgumentParser:
    main = argparse.ArgumentParser(
        prog="folio", description=DESCRIPTION, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    main.add_argument("--version", action="version", version=f"folio {__version__}")
    main.add_argument(
        "--root", type=Path, help="the project folder (default: the nearest folder above with book/book.toml)"
    )
    commands = main.add_subparsers(dest="command", required=True, metavar="COMMAND")

    ingest = commands.add_parser(
        "ingest", help="bring book/chapters/ in step with seeds/ (new, changed and withdrawn articles)"
    )
    ingest.add_argument(
        "seeds",
        nargs="*",
        type=Path,
        metavar="SEED",
        help="seed files (default: every seed in seeds/, and withdrawn chapters are removed)",
    )
    existing = ingest.add_mutually_exclusive_group()
    existing.add_argument("--force", action="store_true", help="also rewrite chapters an editor changed by hand")
    existing.add_argument("--skip-existing", action="store_true", help="write only the chapters of new seeds")

    build = commands.add_parser("build", help="build editions into dist/")
    build.add_argument("editions", nargs="*", metavar="EDITION", help="html, pdf and/or epub (default: all three)")
    build.add_argument("--sphinx-opts", default="", help='extra sphinx-build options, e.g. "-W -D folio_trim=a5"')

    epub = commands.add_parser(
        "epub", help="package Sphinx's EPUB content into the e-reader edition (the EPUB step alone)"
    )
    epub.add_argument("--from", dest="source", type=Path, required=True, help="the folder sphinx-build -b epub wrote")
    epub.add_argument(
        "--out", type=Path, required=True, help="a folder (the file is named from the book) or an .epub path"
    )
    epub.add_argument(
        "--pages",
        type=Path,
        metavar="PDF",
        help="the print edition (_build/latex/<slug>.pdf): mark its page breaks and add a page-list, as a build does",
    )

    check = commands.add_parser("check", help="check chapters, the glossary and the built editions")
    check.add_argument(
        "--no-external", action="store_true", help="skip EPUBCheck and Ace (faster; they still run in `make check`)"
    )

    glossary = commands.add_parser("glossary", help="work on the glossary register (book/glossary.yml)")
    actions = glossary.add_subparsers(dest="action", required=True, metavar="ACTION")
    draft = actions.add_parser(
        "draft",
        help="append draft entries for the people and institutions the articles name",
        description="Find the people and institutions each article names, and append a draft entry "
        "(draft: true) to book/glossary.yml for each one the register lacks. Comments and order are kept; "
        "running it again adds nothing.",
    )
    draft.add_argument("seeds", nargs="*", type=Path, metavar="SEED", help="seed files (default: every seed in seeds/)")
    draft.add_argument("--dry-run", action="store_true", help="print what would be drafted; write nothing")

    config = commands.add_parser("config", help="show the book configuration fields, their values and help")
    config.add_argument(
        "--get", metavar="FIELD", help="print only this field's value (for scripts: `folio config --get slug`)"
    )
    return main


def run(argv: Sequence[str] | None = None) -> int:
    """Run a command; return the process exit code."""
    arguments = parser().parse_args(argv)
    project = Project((arguments.root or find_root(Path.cwd())).resolve())
    for stop in (signal.SIGTERM, signal.SIGHUP):  # `kill`, make passing SIGTERM on, a closed terminal
        signal.signal(stop, _interrupt)
    try:
        return COMMANDS[arguments.command](project, arguments)
    except FolioError as error:
        report(error.diagnostics)
        return int(error.exit_code)
    except KeyboardInterrupt:
        report([diagnose(Code.B003, project.root, dist=project.relative(project.dist) + "/")])
        return int(ExitCode.INTERRUPTED)


def cmd_ingest(project: Project, arguments: argparse.Namespace) -> int:
    """Write, refresh and remove chapters; a bad seed leaves its chapter as it was and fails the command."""
    from folio.ingest.chapter import recorded_seeds
    from folio.ingest.sync import sync

    everything = not arguments.seeds
    seeds = project.seed_paths() if everything else list(arguments.seeds)
    if arguments.skip_existing:
        covered = set(recorded_seeds(project.book, project.root).values())
        seeds = [seed for seed in seeds if seed.resolve() not in covered]
    report_ = sync(project.root, project.book, seeds, force=arguments.force, remove=everything)
    for action, chapter, seed in report_.changed:
        origin = f" from {project.relative(seed)}" if seed else " (its seed is gone)"
        say(f"folio: {action} {project.relative(chapter)}{origin}")
    found = report_.problems + report_.edited
    report([d for d in found if not d.is_error])
    errors = [d for d in found if d.is_error]
    if errors:
        raise InputError(*errors)
    return ExitCode.OK


def cmd_build(project: Project, arguments: argparse.Namespace) -> int:
    from folio.build.pipeline import EDITIONS, build

    unknown = sorted(set(arguments.editions) - set(EDITIONS))
    if unknown:
        raise InputError(diagnose(Code.B007, "folio build", None, names=", ".join(unknown), known=", ".join(EDITIONS)))
    editions = [e for e in EDITIONS if e in arguments.editions] or list(EDITIONS)
    build(project, editions, sphinx_opts=shlex.split(arguments.sphinx_opts), progress=say)
    return ExitCode.OK


def cmd_epub(project: Project, arguments: argparse.Namespace) -> int:
    from datetime import UTC, datetime

    from folio.build.sphinx import source_date_epoch
    from folio.epub.package import build_epub
    from folio.ingest.seed import attributed_notices, notices, source_credits, sources

    seeds = project.read_seeds()
    book = project.book_config().typographic()
    out = arguments.out if arguments.out.suffix == ".epub" else arguments.out / f"{book.slug}.epub"
    modified = datetime.fromtimestamp(source_date_epoch(project.root), UTC)
    path = build_epub(
        arguments.source,
        out,
        book=book,
        notices=notices(seeds),
        rights=attributed_notices(seeds),
        sources=sources(seeds),
        credits=source_credits(seeds),
        modified=modified,
        stylesheet=project.conf / "epub.css",
        print_pdf=arguments.pages,
        cache=project.cache / "epub",
    )
    say(f"folio: published {project.relative(path)}")
    return ExitCode.OK


def cmd_check(project: Project, arguments: argparse.Namespace) -> int:
    from folio.checks.run import verify

    findings = verify(project, external=not arguments.no_external, progress=say)
    report(findings)
    errors = [d for d in findings if d.is_error]
    say(f"folio: check: {len(errors)} error(s), {len(findings) - len(errors)} other finding(s)")
    return ExitCode.CHECK if errors else ExitCode.OK


def cmd_glossary(project: Project, arguments: argparse.Namespace) -> int:
    """``folio glossary draft``: the table of what was drafted goes to standard output."""
    from folio.glossary.drafting.command import draft, table

    outcome = draft(project, list(arguments.seeds), dry_run=arguments.dry_run)
    report(outcome.warnings)
    if outcome.rows:
        print(table(outcome.rows), flush=True)
    register = project.relative(project.register)
    known = sum(row.action == "known" for row in outcome.rows)
    proposed = sum(row.action == "alias?" for row in outcome.rows)
    entries = f"{outcome.added} draft entr{'y' if outcome.added == 1 else 'ies'}"
    if outcome.written:
        done = f"added {entries} to {register}"
    elif outcome.added:
        done = f"would add {entries} to {register} (--dry-run: nothing written)"
    else:
        done = f"nothing to add to {register}"
    say(f"folio: glossary draft: {done}; {known} already there; {proposed} alias(es) proposed")
    return ExitCode.OK


def cmd_config(project: Project, arguments: argparse.Namespace) -> int:
    from folio.config import fields

    book = project.book_config()
    names = [item.name for item in fields()]
    if arguments.get is not None:
        if arguments.get not in names:
            raise InputError(
                diagnose(
                    Code.B006,
                    project.relative(project.book / "book.toml"),
                    None,
                    field=arguments.get,
                    reason=f"is unknown (known: {', '.join(names)})",
                )
            )
        print(getattr(book, arguments.get))
        return ExitCode.OK
    say(f"# {project.relative(project.book / 'book.toml')}, table [book]; override with -D folio_<field>=value")
    for item in fields():
        say(f"{item.name} = {getattr(book, item.name)!r}\n    {item.metadata['help']}")
    return ExitCode.OK


COMMANDS = {
    "ingest": cmd_ingest,
    "build": cmd_build,
    "epub": cmd_epub,
    "check": cmd_check,
    "glossary": cmd_glossary,
    "config": cmd_config,
}


def report(diagnostics: Sequence[Diagnostic]) -> None:
    for diagnostic in diagnostics:
        print(diagnostic, file=sys.stderr)


def say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt
