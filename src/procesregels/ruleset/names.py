"""Names in a ruleset: reading them from the source, resolving them against the vocabulary
(standard plus the ruleset's declarations), and the declarations themselves.

A rule may use a name declared anywhere in the same file, so declarations are collected in a
first pass over the parse tree, before any sentence is read.
"""

from __future__ import annotations

import re

import unicodedata

from lark import Token, Tree
from lark.tree import Meta

from procesregels import i18n as messages
from procesregels.ruleset.parse import Parsed
from procesregels.errors import RulesetError
from procesregels.ruleset.model import Declaration, trusted
from procesregels.core.record import Record
from procesregels.span import Span
from procesregels.core.vocabulary import UnknownName, Vocabulary, normalize, suggest

_ARTICLES = frozenset({"the", "a", "an", "de", "het", "een"})


def fold(word: str) -> str:
    """Case- and accent-free form of a keyword-like word (`geïnformeerd` = `geinformeerd`)."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


class Name(Record):
    """A name as written, without articles (`bare`, for names whose declared form has none)."""

    __slots__ = ("bare", "span", "written")

    def __init__(self, written: str, bare: str, span: Span) -> None:
        self.written, self.bare, self.span = written, bare, span


class Resolver:
    """Located lookups of names, in the language of the file for messages."""

    def __init__(self, parsed: Parsed, vocabulary: Vocabulary, language: str):
        self.parsed = parsed
        self.vocabulary = vocabulary
        self.language = language

    def error(self, key: str, span: Span | None, args: dict | None = None, suggestions: list[str] | None = None) -> RulesetError:
        lang = messages.answer_lang(self.language)
        message = messages.text(key, lang, args or {})
        return RulesetError(message, span, source_text=self.parsed.text, suggestions=suggestions, lang=lang)

    def name(self, category: str, name: Name) -> str:
        try:
            return self.vocabulary.lookup(category, name.written)
        except UnknownName as unknown:
            try:
                return self.vocabulary.lookup(category, name.bare)
            except UnknownName:
                # a role with no near name is likely new: say how to declare it
                key = "role_declare" if category == "role" and not unknown.suggestions else category
                raise self.error(f"ruleset.unknown.{key}", name.span, {"name": name.written}, unknown.suggestions) from None

    def span(self, meta: Meta | Token) -> Span:
        assert meta.line is not None and meta.column is not None  # the parser places every token
        return Span(self.parsed.path, meta.line, meta.column, meta.end_line, meta.end_column)


def name_from(parsed: Parsed, meta: Meta, children: list) -> Name:
    """A (possibly multi-word) name as written in the source, articles inside it included."""
    written = " ".join(parsed.text[meta.start_pos : meta.end_pos].split())
    bare = " ".join(str(t) for t in children if isinstance(t, Token) and t.casefold() not in _ARTICLES)
    return Name(written, bare, Span(parsed.path, meta.line, meta.column, meta.end_line, meta.end_column))


def string_value(token: Token) -> str:
    """The text of a quoted string: `"..."` with `\\"` and `\\\\` escapes, or typographic quotes."""
    raw = str(token)[1:-1]
    if token.startswith("“"):
        return raw
    out, escaped = [], False
    for char in raw:
        if escaped:
            out.append(char)
            escaped = False
        elif char == "\\":
            escaped = True
        else:
            out.append(char)
    return "".join(out)


#: `1.000.000`, `25,000`: a first group of one to three digits (not a lone 0), then groups of
#: three after one and the same separator. Such a number is taken for a thousands separator,
#: which the language does not have (docs/spec/LANGUAGE.md 4b): an error that suggests the plain digits.
THOUSANDS = re.compile(r"[1-9]\d{0,2}(?:(\.)\d{3}(?:\.\d{3})*|(,)\d{3}(?:,\d{3})*)")


def number_value(token: Token | str) -> int | float:
    """`25` -> 25, `0,5` / `0.5` -> 0.5 (a dot or a comma is a decimal separator)."""
    text = str(token).replace(",", ".")
    return float(text) if "." in text else int(text)


def thousands_hint(token: Token | str) -> str | None:
    """The number without separators when `token` looks like `1.000.000`, else None."""
    if THOUSANDS.fullmatch(str(token)):
        return str(token).replace(".", "").replace(",", "")
    return None


# -- declarations (first pass: a rule may use a name declared anywhere in the file) -------------


def collect_declarations(parsed: Parsed, resolver: Resolver, base: Vocabulary) -> tuple[Declaration, ...]:
    """The file's declarations with canonical parents, ordered so each parent comes first."""
    pending: list[tuple[str, Name, Name]] = []
    for item in parsed.tree.children:
        if not isinstance(item, Tree) or item.data not in ("role_decl", "kind_decl", "level_decl"):
            continue
        category = item.data.removesuffix("_decl")
        name, parent = (_decl_part(parsed, resolver, child) for child in item.children)
        pending.append((category, name, parent))
    _check_unique(pending, resolver)
    ordered: list[Declaration] = []
    vocabulary = base
    while pending:
        progress = False
        for entry in list(pending):
            category, name, parent = entry
            try:
                parent_id = vocabulary.lookup(category, parent.written)
            except UnknownName:
                continue
            existing = _known(vocabulary, category, name.written)
            if existing is not None and not _agrees(vocabulary, category, existing, parent_id):
                args = {"name": name.written, f"{category}_known": existing, f"{category}_parent": parent_id}
                raise resolver.error(f"ruleset.declared_conflict.{category}", name.span, args)
            if existing is None and category == "role" and normalize(name.written) in vocabulary.role_ancestors(parent_id):
                raise resolver.error("ruleset.declaration_cycle", name.span, {"name": name.written})
            ordered.append(trusted(Declaration, category=category, name=name.written, parent=parent_id, span=name.span))
            vocabulary = extended(base, ordered)
            pending.remove(entry)
            progress = True
        if not progress:
            category, name, parent = pending[0]
            known = list(getattr(vocabulary, f"{category}_names").keys()) + [normalize(n.written) for c, n, _ in pending if c == category]
            raise resolver.error(f"ruleset.unknown.{category}", parent.span, {"name": parent.written}, suggest(parent.written, known))
    return tuple(ordered)


def _decl_part(parsed: Parsed, resolver: Resolver, child) -> Name:
    if isinstance(child, Token):
        return Name(str(child), str(child), resolver.span(child))
    return name_from(parsed, child.meta, child.children)


def _check_unique(pending: list[tuple[str, Name, Name]], resolver: Resolver) -> None:
    """A name is declared once per file."""
    seen: set[tuple[str, str]] = set()
    for category, name, _ in pending:
        key = (category, normalize(name.written))
        if key in seen:
            raise resolver.error("ruleset.declared_twice", name.span, {"name": name.written})
        seen.add(key)


def _known(vocabulary: Vocabulary, category: str, name: str) -> str | None:
    try:
        return vocabulary.lookup(category, name)
    except UnknownName:
        return None


def _agrees(vocabulary: Vocabulary, category: str, existing: str, parent: str) -> bool:
    """A known name may be declared again when the declaration says what is already so
    (`role omwonenden under inwoners`, docs/spec/LANGUAGE.md section 1)."""
    if category == "role":
        return parent in vocabulary.role_ancestors(existing)[1:]
    if category == "kind":
        return vocabulary.kind_is(existing, parent)
    return existing == parent


def extended(base: Vocabulary, declarations: list[Declaration]) -> Vocabulary:
    def of(category: str) -> list[tuple[str, str]]:
        return [(d.name, d.parent) for d in declarations if d.category == category]

    attributes = [(d.name, None if d.parent == "number" else d.values)
                  for d in declarations if d.category == "attribute"]
    return base.extend(roles=of("role"), kinds=of("kind"), levels=of("level"), attributes=attributes)


# -- the transformer -----------------------------------------------------------------------------
