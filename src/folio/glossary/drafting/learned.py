"""The learned step: a model, trained on the keyed test articles, that settles the names the rules leave open.

The rules (:mod:`~folio.glossary.drafting.context`) give each name clues, and
:func:`~folio.glossary.drafting.extract._decide` adds them up. Two kinds of
name are left where rules are weakest:

* **undecided**: no clue is strong enough ("Google", "Navajo Nation",
  "Saracens", "Matty Cash");
* **decided on weak evidence**, some of them wrongly ("Bomb", "Small Things",
  the golf course "Royal Birkdale" taken for a player).

For both, :func:`features` describes the name as a bag of facts (its clues,
its shape, the words around each mention, what the word lists say of it), and
two logistic-regression models read them: ``add`` says whether an undecided
name is a person, an institution or neither, and ``veto`` whether a weakly
decided one is neither after all, or the other kind. A name is added, vetoed
or corrected only when the model's answer reaches its threshold
(:class:`Model`) and, for the veto model, is its likeliest answer.

The models are trained by ``tools/train_drafter.py`` with scikit-learn on the
answer keys under ``tests/roots/drafting/`` and stored in ``model.json``
beside this file: weights, nothing else, read here with a dot product. No model
is downloaded, and training is reproducible (tests/glossary/drafting/
test_learned.py trains again and compares).
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Collection, Mapping, Sequence
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from folio.glossary.drafting import lexicon
from folio.glossary.drafting.nouns import INSTITUTION, PERSON

if TYPE_CHECKING:
    from folio.glossary.drafting.found import Mention

MODEL_PATH = Path(__file__).with_name("model.json")
NONE = "none"
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


class Model(NamedTuple):
    """A multinomial logistic regression: per class an intercept, and a weight per feature."""

    classes: tuple[str, ...]
    intercept: tuple[float, ...]
    weights: Mapping[str, Sequence[float]]
    threshold: float
    """The probability at or above which the model's answer is taken."""

    def probabilities(self, facts: Mapping[str, float]) -> dict[str, float]:
        scores = list(self.intercept)
        for name, value in facts.items():
            for index, weight in enumerate(self.weights.get(name, ())):
                scores[index] += weight * value
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return {kind: e / total for kind, e in zip(self.classes, exps, strict=True)}


class Models(NamedTuple):
    add: Model
    veto: Model


@cache
def models() -> Models | None:
    """The shipped models, or None when ``model.json`` is absent (while ``tools/train_drafter.py`` collects its
    training data, which must not depend on an earlier model)."""
    if not MODEL_PATH.exists():
        return None
    return from_json(json.loads(MODEL_PATH.read_text(encoding="utf-8")))


def from_json(data: Mapping[str, object]) -> Models:
    def one(part: object) -> Model:
        assert isinstance(part, dict)
        return Model(tuple(part["classes"]), tuple(part["intercept"]), part["weights"], float(part["threshold"]))

    return Models(one(data["add"]), one(data["veto"]))


_override: list[Models | None] = []
"""Set by :func:`use` (training and cross-validation): the models to use instead of the shipped ones."""


def use(chosen: Models | None) -> None:
    """Use ``chosen`` instead of the shipped models (None: no learned step), until ``use`` is called again."""
    _override[:] = [chosen]


def reset() -> None:
    """Use the shipped models again."""
    _override.clear()


def current() -> Models | None:
    return _override[0] if _override else models()


class Article(NamedTuple):
    """What the features need from the whole article."""

    lower: Collection[str]
    """Every word the article writes in lower case ("bomb" makes "Bomb" a common word)."""
    called: Collection[str]
    """The one-word and titled names the article uses ("Konsa", "Mr. Kim")."""


def article(paragraphs: Sequence[tuple[int, str]], called: Collection[str]) -> Article:
    return Article({w for _, text in paragraphs for w in _WORD.findall(text) if w.islower()}, called)


def _reason(reason: str) -> str:
    """A clue's reason with what it quotes and names taken out: "after 'chair'" → "after Q"."""
    reason = re.sub(r"[‘'\"“][^’'\"”]*[’'\"”]", "Q", reason)
    return re.sub(r"\b[A-ZÀ-Þ][\w’'.-]*", "X", reason)[:60]


def features(group: Sequence[Mention], where: Article) -> dict[str, float]:
    """The facts about one name (all its mentions) that the models weigh."""
    span = group[0].span
    words, text = span.words, span.text
    n = len(words)
    facts: dict[str, float] = {f"nw={min(n, 4)}": 1, f"nm={min(len(group), 4)}": 1}
    facts["midway"] = float(any(not m.span.opens_sentence for m in group))
    given, places = lexicon.given_names(), lexicon.places_or_nationalities()
    for fact, holds in (
        ("acronym", re.fullmatch(r"[A-Z&.\-]{2,}s?", text)),
        ("camel", any(re.search(r"[a-z][A-Z]", w) for w in words)),
        ("hyphen", any("-" in w for w in words)),
        ("digit", any(re.search(r"\d", w) for w in words)),
        ("small_word", any(not w[:1].isupper() for w in words)),
        ("first_given", words[0] in given),
        ("last_given", n > 1 and words[-1] in given),
        ("word_place", any(lexicon.fold(w) in places for w in words)),
        ("is_place", lexicon.fold(text) in places),
        ("is_city", lexicon.fold(text) in lexicon.cities()),
        ("org_head", any(w in lexicon.ORG_HEADS for w in words)),
        ("listed", lexicon.fold(text) in lexicon.listed_companies()),
        ("lower_in_article", any(w.lower() in where.lower for w in words)),
        ("all_lower_in_article", all(w.lower() in where.lower for w in words)),
        ("called_last", n > 1 and words[-1] in where.called),
        ("called_alone", n == 1 and text in where.called),
        ("possessive", any(m.span.possessive for m in group)),
    ):
        if holds:
            facts[fact] = 1
    facts[f"last:{words[-1].lower()}"] = 1
    if n > 1:
        facts[f"first:{words[0].lower()}"] = 1
    for mention in group:
        for clue in mention.clues:
            facts[f"clue:{clue.kind}:{_reason(clue.reason)}"] = 1
            facts[f"str:{clue.kind}:{clue.strength}"] = 1
        before, after = _WORD.findall(mention.before[-40:]), _WORD.findall(mention.after[:40])
        if before:
            facts[f"p1:{before[-1].lower()}"] = 1
        if len(before) > 1:
            facts[f"p2:{before[-2].lower()}"] = 1
        if after:
            facts[f"n1:{after[0].lower()}"] = 1
        next_mark, last_mark = mention.after.lstrip()[:1], mention.before.rstrip()[-1:]
        if next_mark and not next_mark.isalnum():
            facts[f"npunct:{next_mark}"] = 1
        if last_mark and not last_mark.isalnum():
            facts[f"ppunct:{last_mark}"] = 1
    return facts


VETO_BELOW = {INSTITUTION: 4, PERSON: 3}
"""Only a name decided on clues weaker than this may be vetoed: a strong clue ("Ministry of …", "Mr. Cha" after a
full name) is right far more often than the model. A person's clue of 3 is a title or a role beside the name ("the
chief executive, Ana Ruiz"); one of 2 is weaker: a name that acts in a sports report ("Royal Birkdale" in golf's),
a given name ("Grant Thornton")."""


def vetoable(group: Sequence[Mention], kind: str) -> bool:
    """Whether the rules decided a name as ``kind`` on clues weak enough for the veto model to overrule."""
    return kind in VETO_BELOW and strongest(group, kind) < VETO_BELOW[kind]


def strongest(group: Sequence[Mention], kind: str) -> int:
    """The strength of the strongest clue of ``kind`` among the mentions of a name."""
    return max((c.strength for m in group for c in m.clues if c.kind == kind), default=0)


def settle(group: Sequence[Mention], kind: str, where: Article) -> tuple[str, str]:
    """The kind the learned step gives a name the rules made ``kind`` ("" undecided; person or institution), and
    why: ("", "") leaves the rules' answer alone; (NONE, why) vetoes it; the other kind corrects it."""
    chosen = current()
    if chosen is None:
        return "", ""
    if kind and not vetoable(group, kind):
        return "", ""
    facts = features(group, where)
    if not kind:
        odds = chosen.add.probabilities(facts)
        best = max(odds, key=odds.__getitem__)
        if best != NONE and odds[best] >= chosen.add.threshold:
            return best, f"learned from the keyed articles ({odds[best]:.2f})"
        return "", ""
    facts[f"decided:{kind}"] = 1
    odds = chosen.veto.probabilities(facts)
    best = max(odds, key=odds.__getitem__)  # not "none" at 0.49 when the rules' kind has 0.51
    if best == kind or odds[best] < chosen.veto.threshold:
        return "", ""
    if best == NONE:
        return NONE, f"learned: not a name ({odds[NONE]:.2f})"
    return best, f"learned: a {best}, not a{'n' if kind == INSTITUTION else ''} {kind} ({odds[best]:.2f})"
