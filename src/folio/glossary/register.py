"""The glossary register, ``book/glossary.yml``: load it and check it.

The register is the one source of truth for the glossary. It is a YAML
mapping with three keys::

    entries:
      - id: kim-jong-un              # a stable anchor: lower-case letters, digits, hyphens
        name: Kim Jong Un            # the display name
        kind: person                 # person | institution
        sort: Kim Jong Un            # how the glossary and the index sort it ("Putin, Vladimir")
        aliases: [Mr. Kim]           # other forms the text uses (optional)
        definition: >-               # one or two sentences of our own, grounded in the article
          The leader of North Korea.
        draft: true                  # optional: drafted by `folio glossary draft`, not yet reviewed
        source: seeds/x.txt:3        # optional: where the draft came from
    ignore:                          # likely names that are deliberately not entries
      - North Korea
    pins:                            # optional: what a titled form means in one chapter
      - chapter: 000_0e102ba998a2e36a  # the seed's name
        form: Ms. Town
        entry: jenny-town
        paragraph: 7                 # optional: only in this paragraph

Titled forms ("Mr. Kim") may be shared by several entries; every other form
belongs to one entry (:mod:`folio.glossary.resolve`).

Every problem is a :class:`~folio.diagnostics.Diagnostic` at ``file:line``.
:class:`~folio.glossary.matcher.Matcher` finds mentions of entries in text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

import yaml
from anyascii import anyascii

from folio.diagnostics import Code, Diagnostic, InputError, diagnose
from folio.glossary.matcher import Matcher, fold
from folio.glossary.resolve import Pin, Resolver, is_titled, titled_name
from folio.punctuation import curly

KINDS = {"person": "People", "institution": "Institutions"}
"""Entry kinds, in glossary order, with their section titles."""

FIELDS = {
    "id": "a stable anchor: lower-case letters, digits and hyphens",
    "name": "the display name",
    "kind": "person or institution",
    "sort": 'the sort key ("Putin, Vladimir"; Korean names keep the family name first)',
    "aliases": "other forms the text uses, such as Mr. Kim (optional)",
    "definition": "one or two sentences of our own, grounded in the article",
    "draft": "true while the entry is a draft from `folio glossary draft` that no editor has reviewed (optional)",
    "source": "where a draft was drafted from: seeds/x.txt:LINE (optional)",
}
REQUIRED = ("id", "name", "kind", "sort", "definition")
_ID = re.compile(r"[a-z][a-z0-9-]*")


@dataclass(frozen=True)
class Entry:
    """One person or institution in the register."""

    id: str
    name: str
    kind: str
    sort: str
    definition: str
    aliases: tuple[str, ...] = ()
    line: int = 0
    alias_lines: tuple[int, ...] = ()
    draft: bool = False
    """Drafted by ``folio glossary draft`` and not yet reviewed: ``folio check`` reports it (G013)."""
    source: str = ""

    @property
    def forms(self) -> tuple[str, ...]:
        """Every form that links to this entry: the name, then the aliases."""
        return (self.name, *self.aliases)

    @property
    def anchor(self) -> str:
        """The entry's anchor on the glossary page."""
        return f"term-{self.id}"

    @property
    def collation(self) -> str:
        """The sort key folded for alphabetical order: accents, case and letter forms ignored.

        Transliterated to ASCII (anyascii): "Ødegaard" files under O, as the
        print edition's index (xindy) files it, and "Æ" as "AE".
        """
        return anyascii(self.sort).casefold()


@dataclass(frozen=True)
class Register:
    """The loaded register: entries in file order and the ignored names."""

    path: Path
    entries: tuple[Entry, ...] = ()
    ignore: tuple[str, ...] = ()
    pins: tuple[Pin, ...] = ()

    def __getitem__(self, entry_id: str) -> Entry:
        return self._by_id[entry_id]

    @cached_property
    def _by_id(self) -> dict[str, Entry]:
        return {entry.id: entry for entry in self.entries}

    def of_kind(self, kind: str) -> list[Entry]:
        """The entries of one kind, alphabetical by sort key."""
        return sorted((e for e in self.entries if e.kind == kind), key=lambda e: (e.collation, e.id))

    def lookup(self, form: str) -> Entry | None:
        """The entry whose name or alias is ``form`` (case and spacing ignored)."""
        return self._by_form.get(fold(form))

    @cached_property
    def _by_form(self) -> dict[str, Entry]:
        return {fold(form): entry for entry in reversed(self.entries) for form in entry.forms}

    @cached_property
    def matcher(self) -> Matcher:
        """Every form of every entry, and each titled form written out before the whole name
        (:func:`~folio.glossary.resolve.titled_name`: "Sir Keir Starmer" is one mention, not "Sir Keir")."""
        written_out = (
            (whole, entry.id)
            for entry in self.entries
            for alias in entry.aliases
            if (whole := titled_name(alias, entry.name)) is not None
        )
        return Matcher([*((form, entry.id) for entry in self.entries for form in entry.forms), *written_out])

    @cached_property
    def titled_forms(self) -> frozenset[str]:
        """The folded titled aliases: forms that need an antecedent in their chapter."""
        return frozenset(fold(alias) for entry in self.entries for alias in entry.aliases if is_titled(alias))

    @cached_property
    def _pins(self) -> dict[tuple[str, str], list[Pin]]:
        found: dict[tuple[str, str], list[Pin]] = {}
        for pin in self.pins:
            found.setdefault((pin.chapter, fold(pin.form)), []).append(pin)
        return found

    def resolver(self, chapter: str) -> Resolver:
        """A resolver for the chapter whose seed's key (:func:`folio.ingest.naming.seed_key`) is ``chapter``."""
        return Resolver(self.titled_forms, self._pins, chapter)


def load_register(path: Path) -> Register:
    """Load and check the register; raise :class:`InputError` on any error."""
    register, findings = read_register(path)
    errors = [d for d in findings if d.is_error]
    if errors:
        raise InputError(*errors)
    return register


def read_register(path: Path) -> tuple[Register, list[Diagnostic]]:
    """Load the register, returning what could be read and every finding."""
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_LineLoader)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark else None
        return Register(path), [diagnose(Code.G001, path, line, reason=f"{error.problem or error}")]
    except yaml.YAMLError as error:
        return Register(path), [diagnose(Code.G001, path, None, reason=str(error))]
    except UnicodeDecodeError as error:
        return Register(path), [diagnose(Code.G001, path, None, reason=f"it is not UTF-8 ({error.reason})")]
    findings: list[Diagnostic] = []
    entries, ignore = _read_top(path, data, findings)
    pins = _read_pins(path, data, entries, findings) if isinstance(data, _Map) else []
    register = Register(path, tuple(entries), tuple(ignore), tuple(pins))
    findings += check_collisions(register)
    return register, findings


def _read_top(path: Path, data: Any, findings: list[Diagnostic]) -> tuple[list[Entry], list[str]]:
    if not isinstance(data, _Map) or not isinstance(data.get("entries"), list):
        reason = "the top level must be a mapping with a list under 'entries:'"
        findings.append(diagnose(Code.G001, path, getattr(data, "line", 1), reason=reason))
        return [], []
    for key in data:
        if key not in ("entries", "ignore", "pins"):
            findings.append(
                diagnose(
                    Code.G002,
                    path,
                    data.lines.get(key),
                    entry="(top level)",
                    reason=f"unknown key {key!r} (known: entries, ignore, pins)",
                )
            )
    entries = [e for i, item in enumerate(data["entries"], 1) if (e := _read_entry(path, item, i, findings))]
    ignore = data.get("ignore") or []
    if not isinstance(ignore, list) or not all(isinstance(name, str) for name in ignore):
        findings.append(
            diagnose(
                Code.G002,
                path,
                data.lines.get("ignore"),
                entry="(top level)",
                reason="'ignore' must be a list of names",
            )
        )
        ignore = []
    return entries, ignore


PIN_FIELDS = ("chapter", "form", "entry", "paragraph")


def _read_pins(path: Path, data: _Map, entries: list[Entry], findings: list[Diagnostic]) -> list[Pin]:
    """The ``pins:`` list; a pin that names no entry, or a form its entry lacks, is G012."""
    from folio.ingest.naming import seed_key  # pins name a chapter by its seed

    items = data.get("pins") or []
    if not isinstance(items, list):
        findings.append(diagnose(Code.G012, path, data.lines.get("pins"), reason="'pins' must be a list"))
        return []
    by_id = {entry.id: entry for entry in entries}
    pins = []
    for item in items:
        line = getattr(item, "line", data.lines.get("pins"))
        reason = _pin_problem(item, by_id)
        if reason:
            findings.append(diagnose(Code.G012, path, line, reason=reason))
            continue
        paragraph = item.get("paragraph")
        chapter = seed_key(Path(str(item["chapter"]).removesuffix(".txt")))
        pins.append(
            Pin(
                chapter, str(item["form"]), str(item["entry"]), None if paragraph is None else str(paragraph), line or 0
            )
        )
    return pins


def _pin_problem(item: Any, by_id: dict[str, Entry]) -> str | None:
    if not isinstance(item, _Map):
        return "a pin must be a mapping with chapter, form and entry"
    unknown = [key for key in item if key not in PIN_FIELDS]
    if unknown:
        return f"unknown pin field {unknown[0]!r} (known: {', '.join(PIN_FIELDS)})"
    missing = [key for key in PIN_FIELDS[:3] if not isinstance(item.get(key), str) or not item[key].strip()]
    if missing:
        return f"the pin's {missing[0]!r} must be non-empty text"
    entry = by_id.get(item["entry"])
    if entry is None:
        return f"the pin names the entry {item['entry']!r}, which is not in the register"
    if fold(item["form"]) not in {fold(alias) for alias in entry.aliases if is_titled(alias)}:
        return f"{item['entry']!r} has no titled alias {item['form']!r}; add it to its aliases first"
    paragraph = item.get("paragraph")
    if paragraph is not None and not (isinstance(paragraph, int) or paragraph == "standfirst"):
        return "the pin's 'paragraph' must be a paragraph number or 'standfirst'"
    return None


def _read_entry(path: Path, item: Any, number: int, findings: list[Diagnostic]) -> Entry | None:
    """Read one entry; report every problem with it and return None if it is unusable."""
    line = getattr(item, "line", None)
    if not isinstance(item, _Map):
        findings.append(diagnose(Code.G002, path, line, entry=f"#{number}", reason="must be a mapping of fields"))
        return None
    label = item["id"] if isinstance(item.get("id"), str) else f"#{number}"
    problems = list(_field_problems(item))
    for key, reason in problems:
        findings.append(diagnose(Code.G002, path, item.lines.get(key, line), entry=label, reason=reason))
    if problems:
        return None
    aliases = item.get("aliases") or _Seq()
    return Entry(
        id=item["id"],
        name=" ".join(item["name"].split()),
        kind=item["kind"],
        sort=item["sort"].strip(),
        definition=curly(" ".join(item["definition"].split())),
        aliases=tuple(" ".join(a.split()) for a in aliases),
        line=line or 0,
        alias_lines=tuple(getattr(aliases, "lines", ())),
        draft=item.get("draft") is True,
        source=str(item.get("source") or ""),
    )


def _field_problems(item: _Map) -> Iterator[tuple[str, str]]:
    for key in item:
        if key not in FIELDS:
            yield key, f"unknown field {key!r} (known: {', '.join(FIELDS)})"
    for key in REQUIRED:
        value = item.get(key)
        if key not in item:
            yield key, f"the field {key!r} is missing: {FIELDS[key]}"
        elif not isinstance(value, str) or not value.strip():
            yield key, f"the field {key!r} must be non-empty text: {FIELDS[key]}"
    if isinstance(item.get("id"), str) and not _ID.fullmatch(item["id"]):
        yield "id", f"the id {item['id']!r} must be lower-case letters, digits and hyphens, starting with a letter"
    if isinstance(item.get("kind"), str) and item["kind"] not in KINDS:
        yield "kind", f"the kind {item['kind']!r} must be one of: {', '.join(KINDS)}"
    aliases = item.get("aliases")
    names = isinstance(aliases, list) and all(isinstance(a, str) and a.strip() for a in aliases)
    if aliases is not None and not names:
        yield "aliases", "'aliases' must be a list of non-empty names"
    if "draft" in item and not isinstance(item["draft"], bool):
        yield "draft", f"'draft' must be true or false: {FIELDS['draft']}"
    if "source" in item and not isinstance(item["source"], str):
        yield "source", f"'source' must be text: {FIELDS['source']}"


def check_collisions(register: Register) -> list[Diagnostic]:
    """Duplicate ids, names and aliases; aliases that collide; ambiguous bare names."""
    findings: list[Diagnostic] = []
    path = register.path
    ids: dict[str, Entry] = {}
    forms: dict[str, tuple[Entry, int, bool]] = {}
    for entry in register.entries:
        if entry.id in ids:
            findings.append(diagnose(Code.G003, path, entry.line, what="id", value=entry.id, other=ids[entry.id].line))
        ids.setdefault(entry.id, entry)
        for form, line, is_alias in _forms_with_lines(entry):
            findings += _collision(path, entry, form, line, is_alias, forms.get(fold(form)))
            forms.setdefault(fold(form), (entry, line, is_alias))
    findings += _ambiguous_bare_names(register)
    return findings


def _forms_with_lines(entry: Entry) -> Iterator[tuple[str, int, bool]]:
    yield entry.name, entry.line, False
    lines = entry.alias_lines or (entry.line,) * len(entry.aliases)
    yield from ((alias, line, True) for alias, line in zip(entry.aliases, lines, strict=False))


def _collision(
    path: Path, entry: Entry, form: str, line: int, is_alias: bool, seen: tuple[Entry, int, bool] | None
) -> list[Diagnostic]:
    if seen is None:
        return []
    other, other_line, other_is_alias = seen
    if other.id == entry.id or not (is_alias or other_is_alias):
        what = "alias" if is_alias else "name"
        return [diagnose(Code.G003, path, line, what=what, value=form, other=other_line)]
    if is_alias and other_is_alias and is_titled(form):
        return []  # titled forms may be shared: each mention resolves to the person named before it
    if is_alias:
        return [diagnose(Code.G004, path, line, alias=form, entry=entry.id, other=other.id, other_line=other_line)]
    return [diagnose(Code.G004, path, other_line, alias=form, entry=other.id, other=entry.id, other_line=line)]


def _ambiguous_bare_names(register: Register) -> list[Diagnostic]:
    """A one-word alias that is also a word of another entry's name would link wrongly."""
    findings = []
    for entry in register.entries:
        for alias, line, _ in list(_forms_with_lines(entry))[1:]:
            if len(alias.split()) != 1:
                continue
            others = [o.id for o in register.entries if o.id != entry.id and fold(alias) in fold(o.name).split()]
            if others:
                findings.append(
                    diagnose(
                        Code.G008, path=register.path, line=line, alias=alias, entry=entry.id, others=", ".join(others)
                    )
                )
    return findings


class _Map(dict):  # type: ignore[type-arg]
    """A YAML mapping that remembers its line and each key's line."""

    line: int
    lines: dict[str, int]

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.line, self.lines = 0, {}


class _Seq(list):  # type: ignore[type-arg]
    """A YAML sequence that remembers each item's line."""

    line: int
    lines: list[int]

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.line, self.lines = 0, []


class _LineLoader(yaml.SafeLoader):
    """A safe YAML loader that records line numbers (1-based) on mappings and sequences."""


def _construct_map(loader: _LineLoader, node: yaml.MappingNode) -> _Map:
    loader.flatten_mapping(node)
    mapping = _Map(loader.construct_mapping(node, deep=True))
    mapping.line = node.start_mark.line + 1
    mapping.lines = {str(key.value): key.start_mark.line + 1 for key, _ in node.value}
    return mapping


def _construct_seq(loader: _LineLoader, node: yaml.SequenceNode) -> _Seq:
    sequence = _Seq(loader.construct_sequence(node, deep=True))
    sequence.line = node.start_mark.line + 1
    sequence.lines = [item.start_mark.line + 1 for item in node.value]
    return sequence


_LineLoader.add_constructor("tag:yaml.org,2002:map", _construct_map)
_LineLoader.add_constructor("tag:yaml.org,2002:seq", _construct_seq)
