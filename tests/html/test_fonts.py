"""The site's fonts: TeX Gyre Pagella subset to the pages' characters and renamed; H002 without it."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from folio.html import fonts


def test_a_subset_holds_the_pages_characters_under_its_own_name(tmp_path: Path) -> None:
    from fontTools.ttLib import TTFont

    sources = fonts.find_text_faces()
    if sources is None:
        pytest.skip("TeX Gyre Pagella is not installed")
    (tmp_path / "page.html").write_text("<p>Kim Jong Un — Nguyễn ‘quoted’</p>", encoding="utf-8")
    written = fonts.install_text_faces(tmp_path, sources, fonts.page_characters(tmp_path), tmp_path / "cache")
    assert [path.name for path in written] == [
        "folio-pagella-regular.woff2",
        "folio-pagella-italic.woff2",
        "folio-pagella-bold.woff2",
    ]
    font = TTFont(written[0])
    assert font.flavor == "woff2" and font["name"].getDebugName(1) == fonts.TEXT_FAMILY
    mapped = set(font.getBestCmap())
    assert {ord(c) for c in "Kim—‘’ễ"} <= mapped and ord("Ж") not in mapped
    assert "GUST Font License" in (tmp_path / fonts.FONT_DIR / "README.txt").read_text(encoding="utf-8")


def test_without_tex_gyre_the_build_warns_h002_and_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    from folio.sphinxext import html

    monkeypatch.setattr(fonts, "SOURCE_DIRS", (tmp_path / "nowhere",))
    with caplog.at_level(logging.WARNING):
        html.text_faces(tmp_path, tmp_path / "cache")
    assert any("H002 TeX Gyre Pagella is not installed" in record.getMessage() for record in caplog.records)
    assert not (tmp_path / fonts.FONT_DIR).exists()


def test_the_icons_a_stylesheet_still_draws() -> None:
    css = '.fa-bars{--fa:"\\f0c9"}.fa-sun,.fa-x{--fa:"\\f185"}.other{color:red}'
    assert fonts.icon_codepoints(css) == {0xF0C9, 0xF185}
