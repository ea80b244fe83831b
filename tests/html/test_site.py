"""The HTML edition in headless Chromium, as readers get it: accessible, light, printable, readable on a phone.

The site is served from ``dist/html`` on 127.0.0.1 (as a static host would,
without compression) and opened in Debian's Chromium through Playwright.
axe-core (pinned in ``tools/audit``) checks WCAG 2.1 A and AA on every page,
in both colour modes.
"""

from __future__ import annotations

import re
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from helpers import CHROMIUM_ARGS, ROOT, require_tool, skip_or_fail

AXE = ROOT / "tools" / "audit" / "node_modules" / "axe-core" / "axe.min.js"
WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
BUDGET = 600_000
"""The most a chapter page may weigh, every file it loads included (bytes)."""


@pytest.fixture(scope="module")
def browser(chromium: str) -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture(scope="module")
def chapter(html_dir: Path) -> str:
    """The first chapter's page, as a path below the site."""
    pages = sorted((html_dir / "chapters").glob("*.html"))
    assert pages, "the site has chapter pages"
    return f"chapters/{pages[0].name}"


def pages(html_dir: Path) -> list[str]:
    return sorted(path.relative_to(html_dir).as_posix() for path in html_dir.rglob("*.html"))


@pytest.mark.parametrize("mode", ["light", "dark"])
def test_axe_finds_no_wcag_21_a_or_aa_violation_on_any_page(
    browser: Any, server: str, html_dir: Path, mode: str
) -> None:
    if not AXE.is_file():
        skip_or_fail(f"axe-core is not installed ({AXE}); run `make setup`")
    context = browser.new_context(color_scheme=mode)
    page = context.new_page()
    found = {}
    for name in pages(html_dir):
        page.goto(server + name, wait_until="load")
        page.add_script_tag(path=str(AXE))
        result = page.evaluate("tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", WCAG)
        found[name] = [(v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3]) for v in result["violations"]]
        assert result["passes"], f"axe checked nothing on {name}"
    context.close()
    assert found == {name: [] for name in pages(html_dir)}


def test_a_chapter_page_weighs_under_600_kb_with_everything_it_loads(browser: Any, server: str, chapter: str) -> None:
    page = browser.new_page()
    sizes: dict[str, int] = {}
    page.on("requestfinished", lambda request: sizes.__setitem__(request.url, len(request.response().body())))
    page.goto(server + chapter, wait_until="networkidle")
    page.close()
    assert any(url.endswith(".woff2") for url in sizes), "the text face is loaded"
    assert 0 < sum(sizes.values()) < BUDGET, sorted(sizes.items(), key=lambda item: -item[1])[:5]


def test_the_site_ships_nothing_the_book_does_not_use(html_dir: Path) -> None:
    shipped = {path.relative_to(html_dir).as_posix() for path in html_dir.rglob("*") if path.is_file()}
    unused = [
        name
        for name in shipped
        if name.endswith(".map")
        or "/locales/" in name
        or re.search(r"logo_(binder|colab|jupyterhub|jupyterlite|deepnote)", name)
        or name.endswith("fontawesome.js")
        or name in {"genindex.html", "objects.inv"}
    ]
    assert unused == []
    fonts = [name for name in shipped if name.endswith(".woff2")]
    assert sum((html_dir / name).stat().st_size for name in fonts) < 80_000, fonts


def test_every_page_has_one_viewport_a_description_open_graph_and_a_title_said_once(html_dir: Path, book: Any) -> None:
    from lxml import html

    for name in pages(html_dir):
        head = html.parse(str(html_dir / name)).getroot().find("head")
        assert len(head.xpath("meta[@name='viewport']")) == 1, name
        description = head.xpath("string(meta[@name='description']/@content)")
        assert len(description) > 40, name
        for key in ("og:title", "og:description", "og:type", "og:site_name"):
            assert head.xpath(f"string(meta[@property='{key}']/@content)"), (name, key)
        title = head.xpath("string(title)")
        parts = [part.strip() for part in title.split("—")]
        assert len(parts) == len(set(parts)), (name, title)
    front = html.parse(str(html_dir / "index.html")).getroot()
    assert front.xpath("string(//head/title)") == book.typographic().title


def test_a_printed_chapter_keeps_its_licence_notice(
    browser: Any, server: str, chapter: str, seeds: list, tmp_path: Path
) -> None:
    pdftotext = require_tool("pdftotext")
    page = browser.new_page()
    page.goto(server + chapter, wait_until="networkidle")
    printed = tmp_path / "chapter.pdf"
    page.pdf(path=str(printed))
    page.close()
    text = subprocess.run([pdftotext, str(printed), "-"], capture_output=True, text=True, check=True).stdout
    notice = " ".join(seeds[0].notice.split())
    assert notice in " ".join(text.split())


def test_chapter_lines_hold_60_to_75_characters_on_a_wide_screen(browser: Any, server: str, chapter: str) -> None:
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(server + chapter, wait_until="networkidle")
    page.evaluate("document.fonts.ready")
    lengths = page.evaluate(LINE_LENGTHS)
    page.close()
    full = sorted(lengths)[len(lengths) // 4 :]  # the last line of a paragraph is short
    median = full[len(full) // 2]
    assert 60 <= median <= 75, lengths
    assert max(lengths) <= 80, lengths


LINE_LENGTHS = """() => {
  const lengths = [];
  for (const p of document.querySelectorAll("article.bd-article section > p")) {
    const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
    const lines = new Map();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (let i = 0; i < node.length; i++) {
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const box = range.getClientRects()[0];
        if (box) lines.set(Math.round(box.top), (lines.get(Math.round(box.top)) || 0) + 1);
      }
    }
    lengths.push(...lines.values());
  }
  return lengths;
}"""


@pytest.mark.parametrize("width", [1280, 390])
def test_the_text_column_is_centred_with_no_empty_column_beside_it(
    browser: Any, server: str, chapter: str, width: int
) -> None:
    page = browser.new_page(viewport={"width": width, "height": 900})
    page.goto(server + chapter, wait_until="networkidle")
    main = page.locator("main").bounding_box()
    article = page.locator("article.bd-article").bounding_box()
    secondary = page.locator(".bd-sidebar-secondary")
    visible_secondary = secondary.count() and secondary.first.is_visible()
    page.close()
    assert not visible_secondary
    left = article["x"] - main["x"]
    right = main["x"] + main["width"] - (article["x"] + article["width"])
    assert abs(left - right) <= 24, (left, right)


def test_a_url_or_hash_longer_than_the_line_wraps_on_a_phone(browser: Any, fixture_book: Any) -> None:
    """The robustness fixture's long-token paragraph stays inside a 390 px screen."""
    page = browser.new_page(viewport={"width": 390, "height": 844})
    page.goto((fixture_book.root / "dist" / "html" / "chapters" / "hostile.html").as_uri())
    paragraph = page.locator("article p", has_text="Long tokens:")
    widths = paragraph.evaluate("p => [p.scrollWidth, p.clientWidth, p.getBoundingClientRect().right]")
    page.close()
    content, box, right = widths
    assert content <= box, f"the text is {content} px wide in a paragraph of {box} px"
    assert right <= 390, right


def test_buttons_say_what_they_do(html_dir: Path, chapter: str) -> None:
    text = (html_dir / chapter).read_text(encoding="utf-8")
    assert "Toggle primary sidebar" not in text
    assert "Toggle secondary sidebar" not in text
    assert re.search(r'class="folio-toggle-label">Contents<', text)


def test_a_first_tap_shows_a_definition_and_a_second_goes_to_the_entry(browser: Any, server: str, chapter: str) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 844}, has_touch=True, is_mobile=True)
    page = context.new_page()
    page.goto(server + chapter, wait_until="networkidle")
    mention = page.locator("article a.folio-term").first
    name = mention.inner_text()
    mention.tap()
    popup = page.locator(".folio-tooltip")
    assert page.url == server + chapter
    assert popup.is_visible() and name in popup.inner_text()
    page.locator("article h1").tap()
    assert popup.is_hidden()
    mention.tap()
    mention.tap()
    page.wait_for_url("**/glossary.html#*")
    page.goto(server + chapter, wait_until="networkidle")
    page.locator("article a.folio-term").first.tap()
    page.locator(".folio-tooltip-more").tap()
    page.wait_for_url("**/glossary.html#*")
    context.close()


def test_a_mouse_hover_shows_the_definition_without_leaving_the_page(browser: Any, server: str, chapter: str) -> None:
    page = browser.new_page()
    page.goto(server + chapter, wait_until="networkidle")
    page.locator("article a.folio-term").first.hover()
    assert page.locator(".folio-tooltip").is_visible()
    assert page.url == server + chapter
    page.close()


@pytest.mark.parametrize(
    ("query", "announced"), [("Kim", r"^[1-9]\d* pages? found for “Kim”\.$"), ("zzqqxx", r"^No pages found")]
)
def test_search_announces_how_many_pages_it_found(browser: Any, server: str, query: str, announced: str) -> None:
    page = browser.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(f"{server}search.html?q={query}")
    status = page.locator("#folio-search-status")
    assert status.get_attribute("aria-live") == "polite" and status.get_attribute("role") == "status"
    page.wait_for_function("document.getElementById('folio-search-status').textContent !== ''")
    assert re.match(announced, status.inner_text()), status.inner_text()
    page.close()
    assert errors == []


def test_search_from_a_file_lists_results_and_says_how_to_serve_the_site(browser: Any, html_dir: Path) -> None:
    page = browser.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto((html_dir / "search.html").as_uri() + "?q=Kim")
    page.wait_for_function("document.getElementById('folio-search-status').textContent !== ''")
    assert page.locator("ul.search li").count() >= 1
    assert "http.server" in page.locator("#folio-search-file").inner_text()
    page.close()
    assert errors == []


CONTRAST = ("", "hover", "focus", "focus-visible", "visited")
_BACKGROUND = """el => { for (let n = el; n; n = n.parentElement) {
  const c = getComputedStyle(n).backgroundColor;
  if (c && c !== "transparent" && !/rgba\\(.*, 0\\)$/.test(c)) return c;
} return "rgb(255, 255, 255)"; }"""


@pytest.mark.parametrize("mode", ["light", "dark"])
def test_every_link_state_has_a_contrast_of_at_least_4_5(browser: Any, server: str, chapter: str, mode: str) -> None:
    context = browser.new_context(color_scheme=mode)
    page = context.new_page()
    session = context.new_cdp_session(page)
    failures = []
    for name in ("index.html", chapter, "glossary.html", "copyright.html"):
        page.goto(server + name, wait_until="networkidle")
        failures += [(name, *found) for found in _poor_contrast(page, session)]
    context.close()
    assert failures == []


def _poor_contrast(page: Any, session: Any) -> Iterator[tuple[str, str, float]]:
    """Each visible link's colour in every state (forced through the DevTools protocol) against its background."""
    session.send("DOM.enable")
    session.send("CSS.enable")
    root = session.send("DOM.getDocument", {"depth": -1})["root"]["nodeId"]
    nodes = session.send("DOM.querySelectorAll", {"nodeId": root, "selector": "a[href]"})["nodeIds"]
    for node, link in zip(nodes, page.query_selector_all("a[href]"), strict=True):
        if not link.is_visible():
            continue
        background = _rgb(link.evaluate(_BACKGROUND))
        for state in CONTRAST:
            session.send("CSS.forcePseudoState", {"nodeId": node, "forcedPseudoClasses": [state] if state else []})
            style = session.send("CSS.getComputedStyleForNode", {"nodeId": node})["computedStyle"]
            colour = _rgb(next(item["value"] for item in style if item["name"] == "color"))
            if contrast(colour, background) < 4.5:
                yield link.inner_text()[:30], state or "normal", round(contrast(colour, background), 2)
        session.send("CSS.forcePseudoState", {"nodeId": node, "forcedPseudoClasses": []})


def _rgb(value: str) -> tuple[float, float, float]:
    red, green, blue = (float(n) for n in re.findall(r"[\d.]+", value)[:3])
    return red, green, blue


def contrast(first: tuple[float, float, float], second: tuple[float, float, float]) -> float:
    """WCAG 2.1's contrast ratio of two sRGB colours."""

    def luminance(colour: tuple[float, float, float]) -> float:
        linear = [c / 255 / 12.92 if c / 255 <= 0.03928 else ((c / 255 + 0.055) / 1.055) ** 2.4 for c in colour]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_the_contrast_ratio_is_wcags() -> None:
    assert contrast((0, 0, 0), (255, 255, 255)) == pytest.approx(21)
    assert contrast((255, 255, 255), (255, 255, 255)) == pytest.approx(1)
    assert contrast((118, 118, 118), (255, 255, 255)) == pytest.approx(4.54, abs=0.01)
