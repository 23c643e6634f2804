"""Read rulesets: one text (`parse_ruleset`) or a file or bundled name with its layers (`load_ruleset`).

Layering (docs/spec/LANGUAGE.md section 1): `extends "national"` starts from another ruleset, by bundled
name or by a path relative to the extending file. The extending file may use the names the base
declares, `drops` base rules, and `replaces` a base rule by a new one in the same place. Rule ids
stay unique across all layers; each merged rule remembers the layer (file name) it came from.
"""

from __future__ import annotations

import re
from pathlib import Path

from typing import TYPE_CHECKING

from procesregels import i18n as messages
from procesregels.core.resources import in_checkout, rulesets_dir
from procesregels.core.suggest import close_matches
from procesregels.core.vocabulary import Vocabulary, suggest
from procesregels.errors import RulesetError, os_reason
from procesregels.ruleset.model import Rule, Ruleset
from procesregels.span import Span

if TYPE_CHECKING:
    from procesregels.ruleset.parse import Parsed

# The parser and the transformer are imported where a text is parsed: a bundled ruleset read
# from its prebuilt form (ruleset/prebuilt.py) needs neither.

SUFFIX = ".rules"


def parse_ruleset(text: str, path: str = "<ruleset>", base: Vocabulary | None = None) -> Ruleset:
    """One ruleset text -> model with canonical ids; layering is not applied."""
    from procesregels.ruleset.parse import parse
    from procesregels.ruleset.transform import build_ruleset

    return build_ruleset(parse(text, path), base)


def bundled_rulesets() -> list[Path]:
    """The rulesets shipped with procesregels, sorted by name."""
    try:
        folder = rulesets_dir()
    except FileNotFoundError:
        return []
    return sorted(folder.glob(f"*{SUFFIX}"))


def load_ruleset(name_or_path: str) -> Ruleset:
    """A ruleset file or bundled name, with everything it extends merged in. A bundled ruleset
    comes from its prebuilt form when that is current (ruleset/prebuilt.py)."""
    path = locate(name_or_path)
    if path.parent.resolve() != rulesets_dir().resolve():
        return parse_layers(path)
    from procesregels.ruleset import prebuilt  # only a bundled ruleset has a prebuilt form

    ruleset = prebuilt.load(path)
    if ruleset is None:
        ruleset = parse_layers(path)
        if in_checkout():  # an installed package has the forms its build wrote and is never written to
            try:
                prebuilt.write(path, ruleset)
            except (OSError, ValueError):
                pass  # a read-only checkout: parse every time, as without a form
    return ruleset


def parse_layers(path: Path) -> Ruleset:
    """Parse a ruleset file and every layer it extends, merged (never from a prebuilt form)."""
    return _load(path, chain=())


def prebuild(folder: Path) -> list[Path]:
    """Write the prebuilt form of every bundled ruleset in `folder` (the build hook in setup.py)."""
    from procesregels.ruleset import prebuilt

    return [prebuilt.write(path, parse_layers(path)) for path in sorted(folder.glob(f"*{SUFFIX}"))]


def load_ruleset_text(text: str, path: Path) -> Ruleset:
    """A ruleset given as text (an editor's unsaved buffer) that would live at `path`: `extends`
    is resolved relative to `path`, exactly as if the text were saved there."""
    from procesregels.ruleset.transform import build_ruleset

    parsed, base = _parse_text_with_base(text, path)
    own = _stamp(build_ruleset(parsed, base.vocabulary() if base else None), path.stem)
    return merge(base, own, parsed.text) if base else own


def load_layer_text(text: str, path: Path) -> tuple[Parsed, Ruleset, Vocabulary]:
    """`load_layer` for a text that would live at `path` (the editor's `fmt` of unsaved text)."""
    from procesregels.ruleset.transform import build_ruleset

    parsed, base = _parse_text_with_base(text, path)
    own = build_ruleset(parsed, base.vocabulary() if base else None)
    if base is None:
        return parsed, own, own.vocabulary()
    return parsed, own, own.model_copy(update={"declarations": base.declarations + own.declarations}).vocabulary()


def _parse_text_with_base(text: str, path: Path) -> tuple[Parsed, Ruleset | None]:
    from procesregels.ruleset.parse import parse

    parsed = parse(text, str(path))
    extends = _extends_of(parsed.tree)
    if extends is None:
        return parsed, None
    reference, position = extends
    span = Span(str(path), *position)
    return parsed, _load(locate(reference, path, span, text), (path.resolve(),), span, text)


def locate(name_or_path: str, relative_to: Path | None = None, span: Span | None = None, source_text: str | None = None) -> Path:
    """The file a ruleset reference means: a bundled name, a path next to `relative_to`, or a path."""
    candidates: list[Path] = []
    plain_name = "/" not in name_or_path and "\\" not in name_or_path and not name_or_path.endswith(SUFFIX)
    if plain_name:
        candidates.extend(path for path in bundled_rulesets() if path.stem == name_or_path)
    if relative_to is not None:
        candidates.append(relative_to.parent / name_or_path)
    candidates.append(Path(name_or_path))
    for candidate in candidates:
        try:
            if candidate.is_file():
                return candidate
        except (OSError, ValueError):  # a name with a NUL byte, or too long for the file system
            continue
    names = [path.stem for path in bundled_rulesets()]
    shown = name_or_path if len(name_or_path) <= 80 else name_or_path[:77] + "..."
    lang = _said(source_text)
    message = messages.text("ruleset.not_found", lang, {"name": shown, "bundled": ", ".join(names) or "-"})
    raise RulesetError(message, span, source_text=source_text, suggestions=suggest(name_or_path, names), lang=lang)


def _said(source_text: str | None) -> str:
    """The language of a message about a file: `--lang`, else that of the ruleset text that led to
    it (an `extends` line), else English."""
    from procesregels.ruleset.parse import detect_language

    return messages.answer_lang(detect_language(source_text) if source_text else None)


def read_ruleset_text(path: Path) -> str:
    """The text of a ruleset file; unreadable, too big or not UTF-8 is a RulesetError."""
    from procesregels.ruleset.parse import MAX_BYTES, decode

    try:
        if path.stat().st_size > MAX_BYTES:
            size = path.stat().st_size
            raise RulesetError(messages.text("ruleset.too_large", _said(None), {"size": size, "limit": MAX_BYTES}), Span(str(path), 1, 1))
        data = path.read_bytes()
    except OSError as error:
        lang = _said(None)
        reason = os_reason(error, lang)
        raise RulesetError(messages.text("ruleset.unreadable", lang, {"reason": reason}), Span(str(path), 1, 1), lang=lang) from None
    return decode(data, str(path))


def load_layer(path: Path) -> tuple[Parsed, Ruleset, Vocabulary]:
    """One file's own model (not merged), with names resolved against the layers it extends,
    and the vocabulary of all layers together."""
    from procesregels.ruleset.transform import build_ruleset

    parsed, base = _parse_with_base(path, ())
    own = build_ruleset(parsed, base.vocabulary() if base else None)
    if base is None:
        return parsed, own, own.vocabulary()
    return parsed, own, own.model_copy(update={"declarations": base.declarations + own.declarations}).vocabulary()


def _parse_with_base(path: Path, chain: tuple[Path, ...]) -> tuple[Parsed, Ruleset | None]:
    from procesregels.ruleset.parse import parse

    text = read_ruleset_text(path)
    parsed = parse(text, str(path))
    extends = _extends_of(parsed.tree)
    if extends is None:
        return parsed, None
    reference, position = extends
    span = Span(str(path), *position)
    return parsed, _load(locate(reference, path, span, text), (*chain, path.resolve()), span, text)


def _load(path: Path, chain: tuple[Path, ...], via: Span | None = None, via_text: str | None = None) -> Ruleset:
    resolved = path.resolve()
    if resolved in chain:
        cycle = " -> ".join(p.stem for p in (*chain, resolved))
        lang = _said(via_text)
        raise RulesetError(messages.text("ruleset.extends_cycle", lang, {"cycle": cycle}), via, source_text=via_text, lang=lang)
    from procesregels.ruleset.transform import build_ruleset

    parsed, base = _parse_with_base(path, chain)
    own = _stamp(build_ruleset(parsed, base.vocabulary() if base else None), path.stem)
    return merge(base, own, parsed.text) if base else own


def _extends_of(tree) -> tuple[str, tuple[int, int, int, int]] | None:
    from procesregels.ruleset.transform import string_value

    for line in tree.children[0].children:
        if getattr(line, "data", None) == "extends":
            token = line.children[0]
            return string_value(token), (token.line, token.column, token.end_line, token.end_column)
    return None


def _stamp(ruleset: Ruleset, layer: str) -> Ruleset:
    """Each rule remembers its layer; a `legal floor` file's rules are floor rules (their own floor)."""
    rules = []
    for rule in ruleset.rules:
        stamped = rule.model_copy(update={"layer": layer})
        if ruleset.legal_floor:
            stamped = stamped.model_copy(update={"floor": True, "floor_rule": stamped})
        rules.append(stamped)
    return ruleset.model_copy(update={"rules": tuple(rules)})


def merge(base: Ruleset, own: Ruleset, own_text: str) -> Ruleset:
    """`own` on top of `base`: drops first, then replacements in place, then new rules."""
    rules: list[Rule] = list(base.rules)
    replacements = list(base.floor_replacements)
    for rule_id in own.drops:
        index = _index(rules, rule_id)
        if index is None:
            raise _located(own, own_text, "ruleset.drops_unknown", _drops_span(own, own_text, rule_id), {"id": rule_id}, rules, rule_id)
        floor = rules[index].floor_rule
        if floor is not None:  # a municipality cannot go below the law (docs/spec/LANGUAGE.md section 1)
            args = {"id": floor.id, "source": floor.source or "-", "layer": floor.layer or "?"}
            lang = messages.answer_lang(own.language)
            raise RulesetError(messages.text("ruleset.floor.drop", lang, args),
                               _drops_span(own, own_text, rule_id), source_text=own_text, lang=lang)
        del rules[index]
    for rule in own.rules:
        if rule.replaces is not None:
            index = _index(rules, rule.replaces)
            if index is None:
                raise _located(own, own_text, "ruleset.replaces_unknown", rule.span, {"id": rule.replaces}, rules, rule.replaces)
            floor = rules[index].floor_rule
            if floor is not None:  # judged by the floor guard (comparison.floor): at least as strict
                rule = rule.model_copy(update={"floor": True, "floor_rule": floor})
                replacements.append((rule, floor, _replaces_span(own, own_text, rule), own_text))
            rules[index] = rule
            clash = [r for i, r in enumerate(rules) if r.id == rule.id and i != index]
        else:
            clash = [r for r in rules if r.id == rule.id]
            rules.append(rule)
        if clash:
            args = {"id": rule.id, "layer": clash[0].layer or "?"}
            lang = messages.answer_lang(own.language)
            raise RulesetError(messages.text("ruleset.duplicate_layer", lang, args), rule.span, source_text=own_text, lang=lang)
    return own.model_copy(update={"rules": tuple(rules), "declarations": base.declarations + own.declarations,
                                  "floor_replacements": tuple(replacements)})


def _replaces_span(own: Ruleset, text: str, rule: Rule) -> Span | None:
    """Where `replaces ID` is written in the rule's block (the model keeps the id, not its place)."""
    start = rule.span.line if rule.span is not None else 1
    pattern = re.compile(r"^[ \t]*(?:replaces|vervangt)[ \t]+(" + re.escape(rule.replaces or "") + r")(?![\w.-])", re.I)
    for number, line in enumerate(text.splitlines()[start - 1:], start=start):
        match = pattern.match(line)
        if match:
            return Span(own.path or "<ruleset>", number, match.start(1) + 1, number, match.end(1) + 1)
    return rule.span


def _index(rules: list[Rule], rule_id: str) -> int | None:
    return next((i for i, rule in enumerate(rules) if rule.id == rule_id), None)


def suggest_ids(wrong: str, ids: list[str]) -> list[str]:
    """The rule ids nearest to a mistyped one, as written."""
    by_fold = {rule_id.casefold(): rule_id for rule_id in ids}
    return [by_fold[s] for s in close_matches(wrong.casefold(), sorted(by_fold), n=2, cutoff=0.6)]


def _located(own: Ruleset, text: str, key: str, span: Span | None, args: dict, rules: list[Rule], wrong: str) -> RulesetError:
    suggestions = suggest_ids(wrong, [r.id for r in rules])
    lang = messages.answer_lang(own.language)
    return RulesetError(messages.text(key, lang, args), span, source_text=text, suggestions=suggestions, lang=lang)


def _drops_span(own: Ruleset, text: str, rule_id: str) -> Span | None:
    """Where a dropped id is written (the model keeps ids, not their places)."""
    pattern = re.compile(r"^[ \t]*(?:drops|schrapt)\b.*?(?<![\w.-])(" + re.escape(rule_id) + r")(?![\w.-])", re.IGNORECASE | re.MULTILINE)
    match = pattern.search(text)
    if not match:
        return None
    start = match.start(1)
    line = text.count("\n", 0, start) + 1
    column = start - (text.rfind("\n", 0, start) + 1) + 1
    return Span(own.path or "<ruleset>", line, column, line, column + len(rule_id))
