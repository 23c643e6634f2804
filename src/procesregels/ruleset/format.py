"""`fmt`: a ruleset in canonical layout, in English or Dutch, with its comments kept.

Layout: the header with its metadata indented two spaces; then the declarations, the `drops`
line, each rule as a block (title line, then source, severity, replaces and the sentence
indented two spaces), and the examples, with one blank line between blocks. The text comes
from the rule model, so translating changes every keyword and vocabulary name at once and the
model stays the same. Comments are not part of the model: each is attached to the line after
it (or to the line it trails) and written back there.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lark import Token, Tree

from procesregels.ruleset.parse import Parsed, detect_language
from procesregels.ruleset.model import Rule, Ruleset
from procesregels.ruleset.sentences import SentenceWriter, quote
from procesregels.ruleset.transform import name_from
from procesregels.core.vocabulary import Vocabulary, normalize, severity_word

INDENT = "  "
KEYWORDS = {
    "en": {"ruleset": "ruleset", "municipality": "municipality", "version": "version", "adopted": "adopted",
           "source": "source", "extends": "extends", "language": "language", "rule": "rule", "severity": "severity",
           "replaces": "replaces", "drops": "drops", "example": "example", "plan": "plan", "expect": "expect",
           "pass": "pass", "role": "role", "under": "under", "kind": "kind", "level": "level", "is": "is",
           "legal_floor": "legal floor", "attribute": "attribute", "number": "number"},
    "nl": {"ruleset": "regelset", "municipality": "gemeente", "version": "versie", "adopted": "vastgesteld",
           "source": "bron", "extends": "breidt uit", "language": "taal", "rule": "regel", "severity": "ernst",
           "replaces": "vervangt", "drops": "schrapt", "example": "voorbeeld", "plan": "plan", "expect": "verwacht",
           "pass": "slaagt", "role": "rol", "under": "valt onder", "kind": "soort", "level": "niveau", "is": "is",
           "legal_floor": "wettelijke ondergrens", "attribute": "kenmerk", "number": "getal"},
}


@dataclass
class Comment:
    text: str
    blank_after: bool = False


@dataclass
class Line:
    """One output line, known by an anchor so that comments can find it."""

    anchor: tuple
    text: str
    indent: str = ""
    leading: list[Comment] = field(default_factory=list)
    trailing: list[str] = field(default_factory=list)


def format_parsed(parsed: Parsed, ruleset: Ruleset, lang: str | None = None, vocabulary: Vocabulary | None = None) -> str:
    """The canonical text of one parsed file (its own rules, not the layers it extends);
    `vocabulary` includes the names of the layers below it."""
    had_language_line = any(getattr(line, "data", None) == "language" for line in parsed.tree.children[0].children)
    lines = layout(ruleset, lang or ruleset.language or "en", force_language=had_language_line, vocabulary=vocabulary)
    rest = attach_comments(parsed, lines)
    return write(lines, rest)


def render_ruleset(ruleset: Ruleset, lang: str) -> str:
    """The canonical text of a rule model, without comments."""
    return write(layout(ruleset, lang), [])


def layout(ruleset: Ruleset, lang: str, force_language: bool = False, vocabulary: Vocabulary | None = None) -> list[Line | None]:
    """The lines of the canonical text; None is a blank line between blocks."""
    words = KEYWORDS[lang]
    writer = SentenceWriter(vocabulary or ruleset.vocabulary(), lang, ruleset)
    lines: list[Line | None] = [Line(("header",), f"{words['ruleset']} {quote(ruleset.title)}")]
    metadata = [
        ("municipality", quote(ruleset.municipality) if ruleset.municipality is not None else None),
        ("version", quote(ruleset.version) if ruleset.version is not None else None),
        ("adopted", ruleset.adopted.isoformat() if ruleset.adopted else None),
        ("source", quote(ruleset.source) if ruleset.source is not None else None),
    ]
    metadata += [("extends", quote(reference)) for reference in ruleset.extends]
    for key, value in metadata:
        if value is not None:
            lines.append(Line(("meta", key), f"{words[key]} {value}", INDENT))
    if ruleset.legal_floor:
        lines.append(Line(("meta", "legal_floor"), words["legal_floor"], INDENT))
    declarations = [_declaration(d, words, writer) for d in ruleset.declarations]
    if declarations:
        lines.append(None)
        lines.extend(declarations)
    if ruleset.drops:
        lines += [None, Line(("drops",), " ".join([words["drops"], *ruleset.drops]))]
    for rule in ruleset.rules:
        lines.append(None)
        lines.extend(_rule(rule, words, writer, lang))
    if ruleset.examples:
        lines.append(None)
        for index, example in enumerate(ruleset.examples):
            expect = " ".join(example.expect) if example.expect else words["pass"]
            text = f"{words['example']} {quote(example.name)} {words['plan']} {quote(example.plan)} {words['expect']} {expect}"
            lines.append(Line(("example", index), text))
    language_line = Line(("meta", "language"), f"{words['language']} {lang}", INDENT)
    header_end = 1 + sum(1 for line in lines[1:] if line is not None and line.anchor[0] == "meta")
    if force_language or detect_language(write(lines, [])) != lang:
        lines.insert(header_end, language_line)
    return lines


def _declaration(declaration, words: dict, writer: SentenceWriter) -> Line:
    category = declaration.category
    if category == "role":
        text = f"{words['role']} {declaration.name} {words['under']} {writer.name('role', declaration.parent)}"
    elif category == "kind":
        text = f"{words['kind']} {declaration.name} {words['is']} {writer.name('kind', declaration.parent)}"
    elif category == "attribute":
        kind = words["number"] if declaration.parent == "number" else ", ".join(map(_value, declaration.values))
        text = f"{words['attribute']} {declaration.name}: {kind}"
    else:
        parent = writer.vocabulary.name_of("level", declaration.parent, writer.lang)
        text = f"{words['level']} {declaration.name} {words['is']} {parent}"
    return Line(("decl", category, normalize(declaration.name)), text)


def _rule(rule: Rule, words: dict, writer: SentenceWriter, lang: str) -> list[Line]:
    lines = [Line(("rule", rule.id), f"{words['rule']} {rule.id} {quote(rule.title)}")]
    if rule.source is not None:
        lines.append(Line(("rule", rule.id, "source"), f"{words['source']} {quote(rule.source)}", INDENT))
    if rule.severity != "error":
        lines.append(Line(("rule", rule.id, "severity"), f"{words['severity']} {severity_word(rule.severity, lang)}", INDENT))
    if rule.replaces is not None:
        lines.append(Line(("rule", rule.id, "replaces"), f"{words['replaces']} {rule.replaces}", INDENT))
    lines.append(Line(("rule", rule.id, "sentence"), writer.sentence(rule), INDENT))
    return lines


# -- comments ----------------------------------------------------------------------------------


_PLAIN_VALUE = re.compile(r"[^\W\d_][\w&'’\-]*|\d+(?:\.\d+)?")
_NOT_PLAIN = frozenset({"number", "getal", "the", "a", "an", "de", "het", "een"})


def _value(value: str) -> str:
    """A declared value as written, quoted when it would not read back as one plain word."""
    return value if _PLAIN_VALUE.fullmatch(value) and value.casefold() not in _NOT_PLAIN else quote(value)


def anchors_of(parsed: Parsed) -> list[tuple[int, tuple]]:
    """(source line, anchor) of every line `layout` writes, read from the parse tree."""
    found: list[tuple[int, tuple]] = []
    header = parsed.tree.children[0]
    found.append((header.meta.line, ("header",)))
    for line in header.children:
        if isinstance(line, Tree):
            key = {"meta_source": "source"}.get(line.data, line.data)
            found.append((line.meta.line, ("meta", key)))
    examples = 0
    for item in parsed.tree.children[1:]:
        if not isinstance(item, Tree):
            continue
        if item.data.endswith("_decl"):
            first = item.children[0]
            name = str(first) if isinstance(first, Token) else name_from(parsed, first.meta, first.children).written
            found.append((item.meta.line, ("decl", item.data.removesuffix("_decl"), normalize(name))))
        elif item.data == "drops":
            found.append((item.meta.line, ("drops",)))
        elif item.data == "example":
            found.append((item.meta.line, ("example", examples)))
            examples += 1
        elif item.data == "rule":
            rule_id = str(item.children[0])
            found.append((item.meta.line, ("rule", rule_id)))
            for part in item.children[2:]:
                if isinstance(part, Tree):
                    key = {"rule_source": "source"}.get(part.data, part.data)
                    found.append((part.meta.line, ("rule", rule_id, key)))
    return sorted(found, key=lambda entry: entry[0])


def attach_comments(parsed: Parsed, lines: list[Line | None]) -> list[Comment]:
    """Give every comment to the output line it belongs to; return those left for the end."""
    by_anchor = {line.anchor: line for line in lines if line is not None}
    every_anchor = anchors_of(parsed)
    anchors = [(number, anchor) for number, anchor in every_anchor if anchor in by_anchor]
    source_lines = parsed.text.split("\n")  # as the parser counts lines
    rest: list[Comment] = []
    for token in parsed.comments:
        text, line, column = str(token).rstrip(), token.line, token.column
        assert line is not None and column is not None  # the lexer places every token it makes
        before = source_lines[line - 1][: column - 1] if line <= len(source_lines) else ""
        if before.strip():  # trails code: stays on that line, unless fmt leaves the line out
            owner = [anchor for number, anchor in every_anchor if number <= line]
            if owner and owner[-1] in by_anchor:
                by_anchor[owner[-1]].trailing.append(text)
                continue
        following = [anchor for number, anchor in anchors if number > line]
        blank_after = line < len(source_lines) and not source_lines[line].strip()
        comment = Comment(text, blank_after)
        if following:
            by_anchor[following[0]].leading.append(comment)
        else:
            rest.append(comment)
    return rest


def write(lines: list[Line | None], rest: list[Comment]) -> str:
    out: list[str] = []
    for line in lines:
        if line is None:
            out.append("")
            continue
        for comment in line.leading:
            out.append(line.indent + comment.text)
            if comment.blank_after:
                out.append("")
        text = line.indent + line.text
        if line.trailing:
            text += "  " + " ".join(line.trailing)
        out.append(text)
    if rest:
        out.append("")
        for comment in rest:
            out.append(comment.text)
            if comment.blank_after and comment is not rest[-1]:
                out.append("")
    while out and not out[0]:
        out.pop(0)
    collapsed: list[str] = []
    for text in out:
        if text == "" and collapsed and collapsed[-1] == "":
            continue
        collapsed.append(text)
    return "\n".join(collapsed).rstrip("\n") + "\n"
