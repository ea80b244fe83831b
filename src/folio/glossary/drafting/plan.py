"""Compare what an article names with the register: what to draft, what is known, which aliases to propose.

A name is *known* when the register has it as a name or alias, or as a
spelling variant of one ("Center" and "Centre", "Zelenskyy" and "Zelensky",
"&" and "and", case and accents ignored), or when it is in the register's
``ignore:`` list. For a known entry, the forms the new article uses and the
entry lacks (a titled form, an acronym in brackets, a variant spelling) are
proposed as aliases, not written: the entry is the editor's. Everything else
becomes a draft, with only the aliases the register can take (a titled form
may be shared; any other alias must be unique and must not be a bare word of
another entry's name, G004 and G008).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import NamedTuple

from folio.glossary.drafting import lexicon, names
from folio.glossary.drafting.define import definition
from folio.glossary.drafting.extract import Found
from folio.glossary.drafting.yamlfile import Draft
from folio.glossary.matcher import fold
from folio.glossary.register import Entry, Register
from folio.glossary.resolve import is_titled


class Row(NamedTuple):
    """One line of the table ``folio glossary draft`` prints."""

    action: str
    """``added``, ``known``, ``alias?`` (a proposal), ``skipped``, or ``unnamed`` (a person named only as
    "Mr. Kim": reported, not drafted)."""
    id: str
    kind: str
    name: str
    detail: str
    source: str


@dataclass
class Plan:
    """What drafting will do: drafts grouped by article, and the table's rows."""

    groups: list[tuple[str, list[Draft]]] = field(default_factory=list)
    rows: list[Row] = field(default_factory=list)

    @property
    def drafts(self) -> list[Draft]:
        return [draft for _, drafts in self.groups for draft in drafts]


_VARIANTS = (("centre", "center"), ("organisation", "organization"), ("programme", "program"), ("defence", "defense"),
             ("labour", "labor"), ("theatre", "theater"), ("&", "and"))  # fmt: skip


def variant(form: str) -> str:
    """A form folded so that spelling variants meet: case, accents, British and American spelling, doubled letters."""
    text = re.sub(r"^the\s+", "", lexicon.fold(form))
    for british, american in _VARIANTS:
        text = text.replace(british, american)
    text = re.sub(r"[^a-z0-9]+", "", text)
    return re.sub(r"(.)\1+", r"\1", text)


class Known:
    """Every form in the register and in this run's drafts, for lookups by spelling variant."""

    def __init__(self, register: Register) -> None:
        self.entries: dict[str, Entry | Draft] = {}
        self.titled: set[str] = set()
        self.bare: dict[str, str] = {}
        """One-word aliases (folded) and their entries: no other entry's name may contain them (G008)."""
        self.ids = {entry.id for entry in register.entries}
        self.ignored = {variant(name) for name in register.ignore}
        for entry in register.entries:
            self.add(entry, entry.forms)

    def add(self, entry: Entry | Draft, forms: Iterable[str]) -> None:
        for form in forms:
            if is_titled(form) and form != entry.name:  # a name may be titled: "Lord Smith of Finsbury"
                self.titled.add(variant(form))
                continue
            self.entries.setdefault(variant(form), entry)
            if form != entry.name and len(form.split()) == 1:
                self.bare.setdefault(fold(form), entry.id)

    def find(self, found: Found) -> Entry | Draft | None:
        for form in (found.name, *(a for a in found.aliases if not is_titled(a))):
            entry = self.entries.get(variant(form))
            if entry is not None:
                return entry
        return None

    def words_of_names(self) -> dict[str, str]:
        """Each word of an entry's name, lower case, and that entry's id (for G008)."""
        return {w: e.id for e in self.entries.values() for w in fold(e.name).split()}

    def new_id(self, found: Found) -> str:
        acronym = next((a for a in found.aliases if a.isupper() and a.isalpha()), "")
        base = names.slug(acronym or found.name)
        candidate, number = base, 2
        while candidate in self.ids:
            candidate, number = f"{base}-{number}", number + 1
        self.ids.add(candidate)
        return candidate


def plan(register: Register, articles: Iterable[tuple[str, list[Found]]]) -> Plan:
    """The drafts and rows for ``articles``: (seed path as the user names it, what it names) each."""
    known = Known(register)
    result = Plan()
    for seed, found in articles:
        drafts: list[Draft] = []
        for entry in found:
            source = f"{seed}:{entry.line}"
            if variant(entry.name) in known.ignored:
                continue
            if entry.unnamed:
                result.rows.append(_unnamed(entry, source))
                continue
            existing = known.find(entry)
            if existing is not None:
                result.rows += _known(existing, entry, known, source, drafts)
            else:
                row, draft = _draft(entry, known, source)
                result.rows.append(row)
                if draft is not None:
                    drafts.append(draft)
                    known.add(draft, (draft.name, *draft.aliases))
        result.groups.append((seed, drafts))
    return result


def _known(existing: Entry | Draft, found: Found, known: Known, source: str, drafts: list[Draft]) -> list[Row]:
    kind = existing.kind
    rows = [
        Row(
            "known",
            existing.id,
            kind,
            existing.name,
            "in the register" if isinstance(existing, Entry) else "drafted above",
            source,
        )
    ]
    have = {variant(f) for f in (existing.name, *existing.aliases)}
    for alias in (found.name, *found.aliases):
        if variant(alias) in have or (
            not is_titled(alias) and known.entries.get(variant(alias), existing) is not existing
        ):
            continue
        if is_titled(alias) and not _may_carry(existing, alias, drafts):
            continue
        have.add(variant(alias))
        if isinstance(existing, Draft) and existing in drafts:
            index = drafts.index(existing)
            drafts[index] = existing = existing._replace(aliases=(*existing.aliases, alias))
            known.add(existing, (alias,))
            continue
        rows.append(Row("alias?", existing.id, kind, alias, f"add {alias!r} to the aliases of {existing.id!r}", source))
    return rows


def _may_carry(existing: Entry | Draft, form: str, drafts: list[Draft]) -> bool:
    """Whether a titled form the article gives a known entry may be proposed for it: not when a draft from the
    same article carries the form (the article means that person), nor when the entry's titled forms are of
    the other gender ("Ms. Kim" for an entry that has "Mr. Kim")."""
    folded = variant(form)
    if any(d.id != existing.id and folded in {variant(a) for a in d.aliases} for d in drafts):
        return False
    gender = names.form_gender(form)
    return not any(names.form_gender(a) not in (gender, "x") for a in existing.aliases if gender != "x")


def _unnamed(found: Found, source: str) -> Row:
    detail = (
        f"{'; '.join(found.reasons)}: not drafted; if the article says who this is, write the entry by hand,"
        f" else list {found.name!r} under ignore:"
    )
    return Row("unnamed", "", found.kind, found.name, detail, source)


def _draft(found: Found, known: Known, source: str) -> tuple[Row, Draft | None]:
    words = known.words_of_names()
    clash = next((w for w in fold(found.name).split() if w in known.bare), None)
    if clash:
        holder = known.bare[clash]
        detail = f"{clash!r} is a one-word alias of {holder!r} (G008): change that alias, then draft again"
        return Row("skipped", "", found.kind, found.name, detail, source), None
    aliases, notes = [], []
    for alias in found.aliases:
        if is_titled(alias):
            aliases.append(alias)
        elif variant(alias) in known.entries:
            notes.append(f"{alias!r} left out: another entry has it")
        elif len(alias.split()) == 1 and fold(alias) in words:
            notes.append(f"{alias!r} left out: a word of {words[fold(alias)]!r}'s name")
        else:
            aliases.append(alias)
    draft = Draft(
        known.new_id(found),
        found.name,
        found.kind,
        found.sort,
        tuple(aliases),
        definition(found, source),
        source,
    )
    detail = "; ".join([*found.reasons, *notes])
    return Row("added", draft.id, draft.kind, draft.name, detail, source), draft
