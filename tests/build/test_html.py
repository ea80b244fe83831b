"""The HTML edition as a reader gets it: text, footer, and no network."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from urllib.parse import urlparse

from helpers import CHROMIUM_ARGS
from lxml import html

from folio.checks.editions import check_html

CHAPTER = "chapters/what-north-korea-gains-in-russias-war.html"


def test_every_word_in_order_and_the_notice_in_every_footer(seeds: list, html_dir: Path) -> None:
    assert check_html(seeds, html_dir) == []


def test_footer_check_fails_on_a_page_without_the_notice(seeds: list, html_dir: Path, tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text("<html><body><footer>Nothing here</footer></body></html>")
    findings = check_html(seeds, tmp_path)
    assert [d.code.name for d in findings] == ["T001", "H001"]


def test_the_build_check_reads_again_a_page_that_changed_since_it_passed(
    seeds: list, html_dir: Path, tmp_path: Path
) -> None:
    site = Path(shutil.copytree(html_dir, tmp_path / "html"))
    passed = tmp_path / "passed.json"
    assert check_html(seeds, site, passed=passed) == []
    assert CHAPTER in json.loads(passed.read_text(encoding="utf-8"))
    page = site / CHAPTER
    page.write_text(page.read_text(encoding="utf-8").replace("Kim Jong Un", "Kim Jong Il"), encoding="utf-8")
    assert [d.code.name for d in check_html(seeds, site, passed=passed)] == ["T001"]
    assert CHAPTER not in json.loads(passed.read_text(encoding="utf-8"))


def test_text_is_printed_as_licensed(html_dir: Path) -> None:
    text = html.parse(str(html_dir / CHAPTER)).getroot().text_content()
    assert "presented “72 Hours,” a new film" in text
    assert "as much as $2,000 per month" in text
    assert "Kursk—so different" in text


def test_the_title_is_ours_and_the_notice_is_the_credit_not_article_text(seeds: list, html_dir: Path) -> None:
    page = html.parse(str(html_dir / CHAPTER)).getroot()
    assert page.xpath("string(//h1)").strip().startswith(seeds[0].sidecar.title)
    article = page.xpath("//article//p[not(ancestor::*[contains(@class, 'folio-credit')])]")
    assert seeds[0].notice not in " ".join(p.text_content() for p in article)
    [credit] = page.xpath("//article//*[contains(@class, 'folio-credit')]")
    assert " ".join(credit.text_content().split()) == f"From The Economist, January 2025. {seeds[0].notice}"


def test_no_page_refers_to_a_remote_resource(html_dir: Path) -> None:
    remote = re.compile(
        r"""(?:src|href)\s*=\s*["'](?:https?:)?//|url\(\s*["']?(?:https?:)?//|@import\s+["']?(?:https?:)?//"""
    )
    offenders = []
    for path in html_dir.rglob("*"):
        if path.suffix in {".html", ".css", ".js"}:
            offenders += [f"{path}: {m.group()}" for m in remote.finditer(path.read_text(errors="replace"))]
    assert offenders == []


def test_chapter_in_chromium_has_no_console_errors_and_no_remote_requests(server: str, chromium: str) -> None:
    from playwright.sync_api import sync_playwright

    errors: list[str] = []
    remote: list[str] = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        page = browser.new_page()
        page.on("console", lambda message: message.type == "error" and errors.append(message.text))
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.on("request", lambda request: _is_remote(request.url) and remote.append(request.url))
        page.goto(server + CHAPTER, wait_until="networkidle")
        heading = page.locator("h1").first.inner_text()
        footer = page.locator("footer .folio-licence").first.inner_text()
        browser.close()
    assert errors == []
    assert remote == []
    assert heading.strip()
    assert "All rights reserved" in footer


def _is_remote(url: str) -> bool:
    parsed = urlparse(url)
    return parsed.scheme not in {"data", "blob", "about"} and parsed.hostname not in {"127.0.0.1", "localhost", "::1"}
