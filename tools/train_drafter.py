"""Train the extractor's learned step (src/folio/glossary/drafting/learned.py) on the keyed test articles.

    .venv/bin/python tools/train_drafter.py            # train on every keyed article, write model.json
    .venv/bin/python tools/train_drafter.py --cv       # cross-validate: drafts scored without and with it
    .venv/bin/python tools/train_drafter.py --check    # train again and compare with the shipped model.json

Every article under tests/roots/drafting/{tuned,heldout}/ is drafted by the
rules alone, and each name the rules leave undecided, or decide as a person or
an institution, becomes a training example: its facts (learned.features) and its
label from the answer key (the key's kind when the name is one of the key's
forms, else "none"). scikit-learn's LogisticRegression fits two models: ``add``
on the undecided names and ``veto`` on the decided ones.

``--cv`` splits the articles into five folds (GroupKFold, by article), trains
on four and drafts the fifth, and prints the pooled scores with and without the
learned step: the figures README.md quotes. scikit-learn is needed only here
(``pip install -e '.[train]'``); folio reads the weights with a dot product.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from helpers import DRAFTING, read_key, score_extractor, score_report, score_table  # noqa: E402

from folio.glossary.drafting import extract, learned  # noqa: E402
from folio.glossary.matcher import fold  # noqa: E402
from folio.ingest.seed import read_seed  # noqa: E402

C = 1.0
"""The inverse strength of the L2 penalty (scikit-learn's default)."""
MIN_SEEN = 2
"""A fact is learned from only if at least this many training names have it."""
THRESHOLDS = {"add": 0.5, "veto": 0.45}
"""How sure each model must be before its answer is taken, chosen with ``--cv`` for the highest F1 (the harmonic mean
of precision and recall) of the held-out articles: of veto thresholds 0.40, 0.45, 0.50, 0.55 and 0.60, 0.45 (F1 0.9200
at 688 keyed articles; 0.9194 at 0.60, where precision is lower and recall higher)."""


class Example(NamedTuple):
    article: str
    kind: str
    """The rules' answer: "" (undecided), person or institution."""
    label: str
    facts: dict[str, float]
    strongest: int
    """The strength of the rules' strongest clue for ``kind`` (learned.strongest)."""


def articles() -> list[Path]:
    return [p for group in ("tuned", "heldout") for p in sorted((DRAFTING / group).glob("*.txt"))]


def paragraphs(path: Path) -> list[tuple[int, str]]:
    return [(p.line, p.text) for p in read_seed(path).paragraphs]


def examples(path: Path) -> list[Example]:
    """The names the rules alone leave undecided or decide, with their facts and the key's label."""
    labels = {
        fold(form): k["kind"]
        for k in read_key(path.with_suffix(".key.yml"))
        for form in (k["name"], *k.get("also", []))
    }
    found: list[Example] = []

    def record(group: Sequence[extract.Mention], kind: str, where: learned.Article) -> tuple[str, str]:
        facts = learned.features(group, where)
        if kind:
            facts[f"decided:{kind}"] = 1
        label = labels.get(fold(group[0].span.text), learned.NONE)
        found.append(Example(path.stem, kind, label, facts, learned.strongest(group, kind) if kind else 0))
        return "", ""

    settle = learned.settle
    learned.settle = record  # type: ignore[assignment]
    try:
        extract.extract(paragraphs(path))
    finally:
        learned.settle = settle  # type: ignore[assignment]
    return found


def fit(data: Sequence[Example]) -> learned.Models:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    def one(part: str, rows: list[Example]) -> learned.Model:
        seen = Counter(fact for r in rows for fact in r.facts)
        vectorizer = DictVectorizer()  # a fact seen once says more of its article than of names
        matrix = vectorizer.fit_transform([{k: v for k, v in r.facts.items() if seen[k] >= MIN_SEEN} for r in rows])
        model = LogisticRegression(C=C, max_iter=5000).fit(matrix, [r.label for r in rows])
        names = vectorizer.get_feature_names_out()
        weights = {
            str(name): [round(float(w), 4) for w in model.coef_[:, i]]
            for i, name in enumerate(names)
            if any(abs(w) >= 5e-5 for w in model.coef_[:, i])
        }
        classes = tuple(str(c) for c in model.classes_)
        intercept = tuple(round(float(b), 4) for b in model.intercept_)
        if len(classes) == 2:  # scikit-learn gives one column for two classes: the second's score
            weights = {k: [0.0, w[0]] for k, w in weights.items()}
            intercept = (0.0, intercept[0])
        return learned.Model(classes, intercept, weights, THRESHOLDS[part])

    undecided = [r for r in data if not r.kind]
    decided = [r for r in data if r.kind and r.strongest < learned.VETO_BELOW[r.kind]]
    return learned.Models(one("add", undecided), one("veto", decided))


def to_json(models: learned.Models, count: int) -> str:
    """The models as JSON, one weight per line so that a retraining diffs readably."""
    import sklearn

    lines = ["{", f'"trained_on": "{count} keyed articles under tests/roots/drafting/",']
    lines.append(f'"scikit_learn": "{sklearn.__version__}",')
    for index, (name, model) in enumerate(models._asdict().items()):
        lines.append(
            f'"{name}": {{"classes": {json.dumps(list(model.classes))}, '
            f'"intercept": {json.dumps(list(model.intercept))}, "threshold": {model.threshold}, "weights": {{'
        )
        weights = sorted(model.weights.items())
        lines += [
            f"{json.dumps(k, ensure_ascii=False)}: {json.dumps(list(w))}" + ("," if i < len(weights) - 1 else "")
            for i, (k, w) in enumerate(weights)
        ]
        lines.append("}}" + ("," if index == 0 else ""))
    lines.append("}")
    return "\n".join(lines) + "\n"


def collect(paths: Sequence[Path]) -> dict[str, list[Example]]:
    learned.use(None)
    print(f"drafting {len(paths)} keyed articles with the rules alone …", file=sys.stderr)
    return {p.stem: examples(p) for p in paths}


def write(path: Path, text: str) -> None:
    fd, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        out.write(text)
    os.replace(name, path)


def held_out(paths: Sequence[Path], data: dict[str, list[Example]], names: Sequence[str]) -> None:
    """Train on every article but ``names`` and score those, with the rules alone and with the learned step."""
    unknown = sorted(set(names) - {p.stem for p in paths})
    if unknown:
        raise SystemExit(f"error: no keyed article named {', '.join(unknown)} under {DRAFTING}")
    held = [p for p in paths if p.stem in names]
    before = [score_extractor(p) for p in held]
    learned.use(fit([e for p in paths if p.stem not in names for e in data[p.stem]]))
    after = [score_extractor(p) for p in held]
    learned.use(None)
    for label, scores in (
        ("rules alone", before),
        (f"with the learned step, trained on the other {len(paths) - len(held)}", after),
    ):
        print(f"\n{label}:\n\n{score_report(scores)}")


def cross_validate(paths: Sequence[Path], data: dict[str, list[Example]], folds: int = 5) -> None:
    from sklearn.model_selection import GroupKFold

    before = {p.stem: score_extractor(p) for p in paths}  # learned.use(None) holds from collect()
    after = {}
    for number, (train, test) in enumerate(GroupKFold(folds).split(paths, groups=[p.stem for p in paths]), 1):
        print(f"fold {number}/{folds}: training on {len(train)} articles, drafting {len(test)} …", file=sys.stderr)
        learned.use(fit([e for i in train for e in data[paths[i].stem]]))
        after.update({paths[i].stem: score_extractor(paths[i]) for i in test})
    learned.use(None)
    for group in ("tuned", "heldout"):
        stems = [p.stem for p in paths if p.parent.name == group]
        for label, scores in (("rules alone", before), ("with the learned step, cross-validated", after)):
            print(f"\n{group}, {label}:\n")
            print(score_table([scores[s] for s in stems]).splitlines()[-1])


def main(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--cv", action="store_true", help="cross-validate and print scores with and without")
    mode.add_argument("--check", action="store_true", help="train and compare with the shipped model.json")
    mode.add_argument("--hold", nargs="+", metavar="ARTICLE", help="train on all but these articles and score them")
    parser.add_argument("--add", type=float, default=THRESHOLDS["add"], help="the add model's threshold")
    parser.add_argument("--veto", type=float, default=THRESHOLDS["veto"], help="the veto model's threshold")
    args = parser.parse_args(argv)
    THRESHOLDS.update(add=args.add, veto=args.veto)
    paths = articles()
    data = collect(paths)
    if args.cv:
        cross_validate(paths, data)
        return 0
    if args.hold:
        held_out(paths, data, args.hold)
        return 0
    models = fit([e for p in paths for e in data[p.stem]])
    text = to_json(models, len(paths))
    if args.check:
        same = learned.from_json(json.loads(text)) == learned.models()
        print("model.json matches a fresh training" if same else "model.json differs from a fresh training")
        return 0 if same else 1
    write(learned.MODEL_PATH, text)
    print(
        f"wrote {learned.MODEL_PATH.relative_to(ROOT)}: {len(models.add.weights)} + {len(models.veto.weights)} weights"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
