"""Score a held-out round as it was first scored: the named articles, drafted by the extractor of an earlier commit.

    .venv/bin/python tools/score_round.py COMMIT [--no-learned] ARTICLE [ARTICLE ...]

Each ARTICLE is the name of an article in tests/roots/drafting/tuned/,
heldout/ or unseen/ ("norges_bank_rates"). The script checks COMMIT out into a temporary
git worktree, copies the articles and their answer keys (as they are now) into
its tests/roots/drafting/heldout/, runs that commit's tools/draft_scores.py on
them with this virtual environment, prints the table, and removes the
worktree. README.md's round table ("How well it does") comes from this command.
Options such as ``--no-learned`` (the rules alone) are passed on to that
commit's draft_scores.py, where it has them (from c3762b0 on).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DRAFTING = ROOT / "tests" / "roots" / "drafting"


def main(argv: list[str]) -> int:
    if len(argv) < 2 or argv[0] in {"-h", "--help"}:
        print(__doc__.strip())
        return 0 if argv[:1] in (["-h"], ["--help"]) else 2
    commit, names = argv[0], [a for a in argv[1:] if not a.startswith("--")]
    options = [a for a in argv[1:] if a.startswith("--")]
    sources = []
    for name in names:
        found = [DRAFTING / group / f"{name}.txt" for group in ("tuned", "heldout", "unseen")]
        article = next((path for path in found if path.is_file()), None)
        if article is None:
            print(f"error: no article {name!r} in {DRAFTING}/tuned, heldout or unseen", file=sys.stderr)
            return 2
        sources.append(article)
    with tempfile.TemporaryDirectory(prefix="folio-round-") as scratch:
        tree = Path(scratch) / "tree"
        subprocess.run(
            ["git", "-C", str(ROOT), "worktree", "add", "--quiet", "--detach", str(tree), commit], check=True
        )
        try:
            heldout = tree / "tests" / "roots" / "drafting" / "heldout"
            heldout.mkdir(parents=True, exist_ok=True)
            for article in sources:
                shutil.copy2(article, heldout / article.name)
                shutil.copy2(article.with_suffix(".key.yml"), heldout / f"{article.stem}.key.yml")
            paths = [str(heldout / article.name) for article in sources]
            result = subprocess.run(
                [sys.executable, str(tree / "tools" / "draft_scores.py"), *options, *paths],
                cwd=tree,
                env={**_environ(), "PYTHONPATH": str(tree / "src")},
            )
            return result.returncode
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)], check=False)


def _environ() -> dict[str, str]:
    import os

    return dict(os.environ)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
