"""The reading PDF as a reader gets it: the real book's ``dist/<slug>.pdf`` (the session's ``pdf_path``).

A small book with hostile seed text, on another trim, shows the escaping and
the trim setting. Reproducibility is tests/build/test_reproducible.py's.
"""

from __future__ import annotations

import re
import shutil
import statistics
import subprocess
from pathlib import Path

import pikepdf
import pytest
from helpers import ROOT, make_project, require_tool, run_folio

from folio.checks.editions import xmp_rights
from folio.config import BookConfig
from folio.ingest.seed import Seed
from folio.ingest.words import missing_word, words
from folio.pdf.geometry import to_points
from folio.pdf.latexlog import read_log

POINTS_PER_BP = 72.27 / 72


def run(*command: str) -> str:
    return subprocess.run(command, capture_output=True, text=True, check=True, timeout=120).stdout


def pages(pdf: Path) -> list[str]:
    """Each page's text, in physical layout."""
    return run("pdftotext", "-layout", "-enc", "UTF-8", str(pdf), "-").split("\f")[:-1]


def info(pdf: Path) -> dict[str, str]:
    fields = (line.split(":", 1) for line in run("pdfinfo", str(pdf)).splitlines() if ":" in line)
    return {key.strip(): value.strip() for key, value in fields}


def page_index(texts: list[str], *wanted: str) -> int:
    """The first page holding every one of ``wanted`` (as words, in any case: small capitals)."""
    for index, text in enumerate(texts):
        found = words(text.lower())
        if all(missing_word(words(item.lower()), found) is None for item in wanted):
            return index
    raise AssertionError(f"no page holds {wanted}")


@pytest.fixture(scope="module")
def texts(pdf_path: Path) -> list[str]:
    return pages(pdf_path)


def test_every_page_is_the_trim_size(pdf_path: Path, book: BookConfig) -> None:
    width, height = (to_points(length) / POINTS_PER_BP for length in book.trim_size)
    count = int(info(pdf_path)["Pages"])
    sizes = re.findall(r"size:\s+([\d.]+) x ([\d.]+) pts", run("pdfinfo", "-f", "1", "-l", str(count), str(pdf_path)))
    assert len(sizes) == count
    assert all(abs(float(w) - width) < 0.5 and abs(float(h) - height) < 0.5 for w, h in sizes), sizes


def test_every_font_is_embedded_and_the_text_face_is_a_serif(pdf_path: Path) -> None:
    rows = run("pdffonts", str(pdf_path)).splitlines()[2:]
    assert rows
    assert all(row.split()[-5] == "yes" for row in rows), rows
    assert any("Pagella" in row for row in rows), rows


def test_body_lines_hold_55_to_75_characters(texts: list[str], seeds: list[Seed]) -> None:
    lines = []
    for seed in seeds:
        first, last = seed.paragraphs[0].text, seed.paragraphs[-1].text
        start = page_index(texts, " ".join(first.split()[:6]))
        end = page_index(texts[start:], " ".join(last.split()[-6:])) + start
        lines += body_lines(texts[start : end + 1], first.split()[0])
    assert len(lines) > 20
    median = statistics.median(len(line) for line in lines)
    assert 55 <= median <= 75, median


def body_lines(chapter_pages: list[str], first_word: str) -> list[str]:
    """The text lines of a chapter's pages, without running heads and folios."""
    lines = []
    for number, page in enumerate(chapter_pages):
        rows = [" ".join(row.split()) for row in page.splitlines() if row.strip()]
        rows = rows[next(i for i, row in enumerate(rows) if row.startswith(first_word)) :] if number == 0 else rows[1:]
        lines += [row for row in rows if not row.isdigit()]
    return lines


def test_every_seed_word_is_in_the_text_in_order(pdf_path: Path, seeds: list[Seed]) -> None:
    found = words(run("pdftotext", "-raw", "-enc", "UTF-8", str(pdf_path), "-"))
    for seed in seeds:
        expected = [word for paragraph in seed.paragraphs for word in words(paragraph.text)]
        missing = missing_word(expected, found)
        assert missing is None, f"{seed.path.name}: word {missing} {expected[missing]!r} missing"


def test_front_matter_in_order(texts: list[str], book: BookConfig, seeds: list[Seed]) -> None:
    assert words(texts[0].lower()) == words(book.title.lower()), "page i is the half-title (in small capitals)"
    title = page_index(texts, book.title, book.subtitle, book.publisher)
    copyright_page = page_index(texts, "Published by", book.publisher)
    contents = page_index(texts, "Contents", seeds[0].sidecar.title, "Glossary", "Index")
    assert 0 < title < copyright_page < contents
    assert copyright_page == title + 1, "the copyright page is the title page's verso"
    assert title % 2 == 0 and contents % 2 == 0, "title page and contents are rectos"
    assert not re.search(r"\b(19|20)\d\d\b", texts[title]), "no date on the title page"


def test_copyright_page_has_notice_source_and_edition(texts: list[str], book: BookConfig, seeds: list[Seed]) -> None:
    page = texts[page_index(texts, "Published by", book.publisher)]
    flat = " ".join(page.split())
    for seed in seeds:
        assert " ".join(seed.notice.split()) in flat, "the licence notice, verbatim"
        assert seed.sidecar.source in flat
    assert book.edition in flat
    assert ("ISBN" in flat) == bool(book.isbn)


def test_running_heads_and_folios(texts: list[str], book: BookConfig, seeds: list[Seed]) -> None:
    opener = page_index(texts, " ".join(seeds[0].paragraphs[0].text.split()[:6]))
    verso, recto = texts[opener + 1], texts[opener + 2]
    verso_head, recto_head = (next(row for row in page.splitlines() if row.strip()) for page in (verso, recto))
    assert [w.lower() for w in words(verso_head)] == ["2", *[w.lower() for w in words(book.title)]]
    assert words(recto_head) == [*words(seeds[0].sidecar.title), "3"]
    assert texts[opener].split()[-1] == "1", "the opener's folio is at its foot"


def test_blank_pages_only_before_a_recto_start(texts: list[str]) -> None:
    blank = [index for index, text in enumerate(texts) if not text.strip()]
    assert all(index % 2 == 1 for index in blank), "a blank page is always a verso"
    assert all(texts[index + 1].strip() for index in blank), "never two blank pages"
    assert len(texts) - 1 not in blank, "the book does not end on a blank page"


def test_metadata_and_licence_as_xmp_rights(pdf_path: Path, book: BookConfig, seeds: list[Seed]) -> None:
    fields = info(pdf_path)
    assert fields["Title"] == book.title
    assert fields["Author"] == (book.editor or book.publisher)
    assert fields["Subject"] == " ".join(book.description.split())
    assert fields["Keywords"] == book.keywords
    assert fields["Creator"].startswith("folio ")
    assert fields["Producer"]
    xmp = run("pdfinfo", "-meta", str(pdf_path))
    rights = " ".join(xmp_rights(xmp))
    for seed in seeds:
        assert seed.notice in rights
    assert re.search(rf"<dc:language[^>]*>\s*<rdf:Bag>\s*<rdf:li>{book.language}</rdf:li>", xmp)


def test_outline_has_front_matter_chapters_and_back_matter(pdf_path: Path, seeds: list[Seed]) -> None:
    xml = run("pdftohtml", "-xml", "-i", "-q", "-stdout", str(pdf_path))
    outline = re.findall(r'<item page="(\d+)">([^<]*)</item>', xml)
    titles = [title for _, title in outline]
    for wanted in ("Contents", "Glossary", "Index", *(seed.sidecar.title for seed in seeds)):
        assert any(words(wanted) == words(title)[-len(words(wanted)) :] for title in titles), (wanted, titles)


def test_contents_links_go_where_the_outline_goes(pdf_path: Path) -> None:
    xml = run("pdftohtml", "-xml", "-i", "-q", "-stdout", str(pdf_path))
    items = re.findall(r'<item page="(\d+)">([^<]*)</item>', xml)
    outline = {" ".join(words(title)[-2:]): int(page) for page, title in items}
    links = re.findall(r'<a href="[^"#]*#(\d+)">([^<]*)</a>', xml)
    assert len(links) > 10, "contents, index and glossary entries are links"
    checked = [(text, page) for page, text in links if " ".join(words(text)[-2:]) in outline]
    assert len(checked) >= 3, "the contents' chapter, glossary and index links"
    for text, page in checked:
        assert int(page) == outline[" ".join(words(text)[-2:])], (text, page)


def test_the_latex_log_has_nothing_to_report(latex_dir: Path, book: BookConfig) -> None:
    log = latex_dir / f"{book.slug}.log"
    assert log.is_file()
    assert read_log(log) == []


HOSTILE_NOTICE = r"Example & Co. Ltd. All rights reserved. 100% under licence #1 {x} ~user_name ^ \ $5 [a]."
HOSTILE_PARAGRAPH = r"Profits & losses: 50% of $10 {sic} #1 ~ ^ \ _under_ [a]."


@pytest.fixture(scope="module")
def hostile_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small book with TeX's special characters in every seed-derived text, on A5."""
    folder = make_project(
        tmp_path_factory.mktemp("pdf-hostile"),
        {"a.txt": f"{HOSTILE_PARAGRAPH}\n{HOSTILE_NOTICE}"},
        {"a.toml": 'title = "Costs & Benefits: 50% of $10"\nsource = "Example & Co. #2"\ndate = "March 2024"\n'},
    )
    require_tool("latexmk")
    options = "--sphinx-opts=-W -D folio_trim=a5 -D folio_isbn=978-0-00-000000-2"
    result = run_folio("build", "pdf", options, cwd=folder)
    assert result.returncode == 0, result.stderr
    return folder / "dist" / "allies-of-convenience.pdf"


def test_seed_text_is_escaped_for_latex(hostile_pdf: Path) -> None:
    flat = " ".join(run("pdftotext", "-raw", "-enc", "UTF-8", str(hostile_pdf), "-").split())
    assert HOSTILE_NOTICE in flat, "the notice on the copyright page"
    assert HOSTILE_PARAGRAPH in flat, "the article text"
    assert "Chapter 1: Example & Co. #2, March 2024." in flat, "the source line"
    assert "ISBN 978-0-00-000000-2" in flat


def test_seed_text_is_plain_in_the_metadata(hostile_pdf: Path) -> None:
    rights = " ".join(xmp_rights(run("pdfinfo", "-meta", str(hostile_pdf))))
    # folio.pdf.metadata writes the notice verbatim (hyperxmp, which folio no longer loads, dropped a backslash).
    assert " ".join(rights.split()) == " ".join(HOSTILE_NOTICE.split())
    assert info(hostile_pdf)["Title"] == "Allies of Convenience"


def test_trim_comes_from_the_book_configuration(hostile_pdf: Path) -> None:
    width, height = (to_points(length) / POINTS_PER_BP for length in BookConfig(trim="a5").trim_size)
    found = re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", run("pdfinfo", str(hostile_pdf)))
    assert found and abs(float(found[1]) - width) < 0.5 and abs(float(found[2]) - height) < 0.5


@pytest.mark.parametrize("articles", [1, 40], ids=["the-book", "forty-articles"])
def test_a_cold_pdf_takes_two_xelatex_passes_with_the_glossary_pages_right(tmp_path: Path, articles: int) -> None:
    """The glossary reads its mentions' pages in the pass that ships them (folio.sty's \\foliomark), and the
    page labels are written from the pass that shipped them (folio.pdf.pagelabels), so the first pass prints
    the final page numbers and latexmk stops after the second (it needs the contents and the index). With 40
    articles the contents run over two pages, which the first pass, with no contents yet, does not know."""
    for name in ("conf", "book", "seeds"):
        shutil.copytree(ROOT / name, tmp_path / name)
    if articles > 1:
        seed, sidecar = (tmp_path / "seeds" / f"000_0e102ba998a2e36a{suffix}" for suffix in (".txt", ".toml"))
        for n in range(1, articles):
            shutil.copy(seed, tmp_path / "seeds" / f"{n:03d}_copy.txt")
            text = sidecar.read_text(encoding="utf-8").replace('title = "', f'title = "{n}. ')
            (tmp_path / "seeds" / f"{n:03d}_copy.toml").write_text(text, encoding="utf-8")
    result = run_folio("build", "pdf", cwd=tmp_path, timeout=600)
    assert result.returncode == 0, result.stderr
    log = (tmp_path / "_build" / "logs" / "latexmk.log").read_text(encoding="utf-8")
    assert len(re.findall(r"^Run number \d+ of rule 'xelatex'", log, flags=re.M)) == 2, log
    latex = tmp_path / "_build" / "latex"
    slug = next(latex.glob("*.fpg")).stem
    aux = (latex / f"{slug}.aux").read_text(encoding="utf-8")
    labelled = dict(re.findall(r"^\\newlabel\{([^}]*:mention-[^}]*)\}\{\{[^}]*\}\{([^}]*)\}", aux, flags=re.M))
    marked = dict(re.findall(r"^\\foliomarked\{([^}]*)\}\{([^}]*)\}", (latex / f"{slug}.fpg").read_text(), flags=re.M))
    assert len(marked) > 20 * articles and marked == labelled
    pdf = tmp_path / "dist" / f"{slug}.pdf"
    printed = re.findall(r"\((?:p\. (\d+)|pp\. (\d+)–(\d+))\)", " ".join(pages(pdf)))
    assert printed and {int(n) for group in printed for n in group if n} <= {int(p) for p in labelled.values()}
    contents = [line for line in aux.splitlines() if line.startswith(r"\@writefile{toc}{\contentsline {chapter}")]
    assert len(contents) >= articles + 2
    with pikepdf.open(pdf) as document:
        labels = [str(page.label) for page in document.pages]
    body = labels.index("1")
    assert all(label.isalpha() for label in labels[:body]) and labels[body:] == [
        str(n) for n in range(1, len(labels) - body + 1)
    ]


def test_every_glossary_back_reference_is_set_whole_on_one_line(texts: list[str]) -> None:
    """ "¶ 6 (p. 2)", "¶¶ 3–4 (p. 1)": each part whole, and no gap inside (the page marks' file is read once)."""
    joined = re.sub(r"(¶¶? [\d–]+)\n\s*\(", r"\1 (", "\n".join(texts))  # a line may end before "(p. 2)"
    lines = [line.strip() for line in joined.splitlines() if "¶" in line]
    assert lines, "the glossary has back-references"
    references = [part for line in lines for part in re.split(r"(?<!¶)(?=¶)", line) if part.startswith("¶")]
    for reference in references:
        assert re.match(r"^¶¶? [\d–]+ \(pp?\. [\divxlc–]+\)", reference), reference
