"""Read YAML safely into plain data while keeping the place of every key and value.

Why not `yaml.safe_load`: it forgets positions, its composer recurses once per nesting level
(a deeply nested file overflows the stack) and it expands aliases without limit (the
"billion laughs" file). So we read the parser's *events*, which come from an iterative state
machine, and build the data ourselves with an explicit stack: nesting depth, the number of
values (aliases count with the size of what they repeat) and tags are checked as we go.
Nothing is ever constructed but str, int, float, bool, None and dates.

libyaml (CSafeLoader) is used when present because it is much faster; on a syntax error the
pure-Python parser reads the file again so the message does not depend on the installation.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import yaml
from yaml.constructor import SafeConstructor
from yaml.resolver import Resolver

from procesregels.plan.readers.source_tree import (
    MAX_DEPTH,
    MAX_NODES,
    SourceTree,
    Span,
    duplicate_key_error,
    position_of,
    span_between,
)

FAST_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

_STANDARD = "tag:yaml.org,2002:"
_SCALAR_TAGS = {_STANDARD + name for name in ("str", "int", "float", "bool", "null", "timestamp")}
_MERGE_TAG = _STANDARD + "merge"
_STR_TAG = _STANDARD + "str"
_MAP_TAGS = {_STANDARD + "map"}
_SEQ_TAGS = {_STANDARD + "seq"}
_RESOLVER = Resolver()
_CONSTRUCTOR = SafeConstructor()
#: The tag of a plain scalar depends only on its text and how it was written; plans repeat the
#: same few texts (kinds, owners, levels), so the resolver's regular expressions run once per text.
_TAGS: dict[tuple[str, tuple[bool, bool]], str] = {}
_TAGS_SIZE = 20_000


def _resolved_tag(value: str, implicit: tuple[bool, bool]) -> str:
    key = (value, implicit)
    tag = _TAGS.get(key)
    if tag is None:
        tag = _RESOLVER.resolve(yaml.ScalarNode, value, implicit)
        if len(_TAGS) >= _TAGS_SIZE:
            _TAGS.clear()
        _TAGS[key] = tag
    return tag

# PyYAML's problem texts in plain words (the rest are shown as PyYAML words them).
_PROBLEMS = (
    ("found character '\\t' that cannot start any token", "error.plan.yaml_tab"),
    ("found a tab character", "error.plan.yaml_tab"),
    ("mapping values are not allowed here", "error.plan.yaml_colon"),
    ("could not find expected ':'", "error.plan.yaml_no_colon"),
    ("expected <block end>", "error.plan.yaml_indent"),
    ("found unexpected end of stream", "error.plan.yaml_unclosed"),
    ("but got '<stream end>'", "error.plan.yaml_unclosed"),
    ("found undefined alias", "error.plan.yaml_alias"),
)


class _Open:
    """A mapping or list being read: its value, its path and what it still waits for.
    (A plain class with slots: a plan opens one per step and per list in it.)"""

    __slots__ = ("value", "path", "span", "anchor", "key", "key_span", "has_key", "merges", "size", "is_mapping")

    def __init__(self, value: Any, path: tuple, span: Span, anchor: str | None) -> None:
        self.value = value
        self.path = path
        self.span = span
        self.anchor = anchor
        self.key: Any = None
        self.key_span: Any = None  # a Span once `has_key`
        self.has_key = False
        self.merges: list = []
        self.size = 1
        self.is_mapping = isinstance(value, dict)


def read_yaml(text: str, path: str, lang: str = "en") -> SourceTree:
    """The data of a one-document YAML text with the place of each key and value."""
    tree = SourceTree(None, text, path, lang=lang)
    try:
        _Builder(tree).run(FAST_LOADER(text))
        return tree
    except yaml.YAMLError:
        if FAST_LOADER is yaml.SafeLoader:
            raise _syntax_error(tree) from None
    tree = SourceTree(None, text, path, lang=lang)
    try:  # libyaml refused it: let the pure-Python parser say why, in its words
        _Builder(tree).run(yaml.SafeLoader(text))
    except yaml.YAMLError as problem:
        raise _syntax_error(tree, problem) from None
    return tree


def _syntax_error(tree: SourceTree, problem: yaml.YAMLError | None = None):
    from procesregels.plan.readers.invisible import first_invisible  # here: only unreadable YAML is searched

    if isinstance(problem, yaml.reader.ReaderError):
        line, column = position_of(tree.text, problem.position)
        character = problem.character
        code = ord(character) if isinstance(character, str) else int(character)
        return tree.error("error.plan.yaml_character", Span(tree.path, line, column), {"code": f"U+{code:04X}"})
    mark = getattr(problem, "problem_mark", None) or getattr(problem, "context_mark", None)
    span = Span(tree.path, mark.line + 1, mark.column + 1) if mark else Span(tree.path, 1, 1)
    words = str(getattr(problem, "problem", None) or problem or "")
    tab = any(key == "error.plan.yaml_tab" and fragment in words for fragment, key in _PROBLEMS)
    hidden = None if tab else first_invisible(tree, span.line)
    if hidden is not None:  # the cause is often an invisible character at or above the line
        return hidden
    for fragment, key in _PROBLEMS:
        if fragment in words:
            context = getattr(problem, "context_mark", None)
            if key == "error.plan.yaml_unclosed" and context is not None:  # point at the opening
                span = Span(tree.path, context.line + 1, context.column + 1)
            return tree.error(key, span)
    return tree.error("error.plan.yaml", span, {"problem": words})


class _Builder:
    """Turns parser events into plain data, recording positions and enforcing the bounds."""

    def __init__(self, tree: SourceTree):
        self.tree = tree
        self.stack: list[_Open] = []
        self.anchors: dict[str, tuple[Any, int]] = {}
        self.nodes = 0
        self.documents = 0
        self.done = False

    def run(self, loader) -> None:
        """Read every event of the loader. A scalar (every key and value: by far the most frequent
        event) is handled here inline, with the same checks in the same order as the other events
        (`_count`, `_attach`): a method call per scalar and repeated attribute look-ups were most
        of the cost of reading a plan."""
        handlers = {
            yaml.DocumentStartEvent: self._on_DocumentStartEvent,
            yaml.AliasEvent: self._on_AliasEvent,
            yaml.MappingStartEvent: self._on_MappingStartEvent,
            yaml.MappingEndEvent: self._on_MappingEndEvent,
            yaml.SequenceStartEvent: self._on_SequenceStartEvent,
            yaml.SequenceEndEvent: self._on_SequenceEndEvent,
        }
        scalar_event, stack, tree, tags = yaml.ScalarEvent, self.stack, self.tree, _TAGS
        values, keys, file = tree.values, tree.keys, tree.path
        str_tag, scalar_tags, merge_tag, merge_key = _STR_TAG, _SCALAR_TAGS, _MERGE_TAG, _MergeKey
        span_of = Span  # a local name, not a global look-up for every scalar
        try:
            get_event = loader.get_event  # directly, without yaml.parse's generator around it
            event: Any = get_event()
            value: Any
            start: Any
            end: Any
            while event is not None:
                if type(event) is not scalar_event:
                    handler = handlers.get(type(event))
                    if handler is not None:
                        handler(event)
                    event = get_event()
                    continue
                tag, value = event.tag, event.value
                if tag is None:
                    implicit = event.implicit
                    if implicit[0]:
                        tag = tags.get((value, implicit)) or _resolved_tag(value, implicit)
                    else:
                        tag = str_tag  # quoted: always text
                elif tag == "!":
                    tag = _resolved_tag(value, event.implicit)
                elif tag not in scalar_tags:
                    self._check_tag(event, scalar_tags)
                start, end = event.start_mark, event.end_mark
                span = span_of(file, start.line + 1, start.column + 1, end.line + 1, end.column + 1)
                top = stack[-1] if stack else None
                if top is not None and top.is_mapping and not top.has_key:
                    if tag != str_tag:
                        value = merge_key() if tag == merge_tag else self._scalar(event, tag) if tag in scalar_tags else value
                    top.key, top.key_span, top.has_key = value, span, True
                    event = get_event()
                    continue
                if tag != str_tag and tag in scalar_tags:
                    value = self._scalar(event, tag)  # '=' and '<<' as values are kept as written
                self.nodes += 1
                if self.nodes > MAX_NODES:
                    raise tree.error("error.plan.too_many_values", span, {"limit": MAX_NODES})
                if event.anchor is not None:
                    self.anchors[event.anchor] = (value, 1)
                if top is None:
                    tree.data = value
                    values[()] = span
                elif top.is_mapping:  # `_attach` written out for the common case: a value of a key
                    top.size += 1
                    key = top.key
                    top.has_key = False
                    if type(key) is merge_key:
                        top.merges.append((value, top.key_span))
                    else:
                        mapping = top.value
                        if key in mapping:
                            raise duplicate_key_error(tree, top.path, key, top.key_span)
                        mapping[key] = value
                        path = (*top.path, key)
                        values[path] = span
                        keys[path] = top.key_span
                else:
                    top.size += 1
                    items = top.value
                    values[(*top.path, len(items))] = span
                    items.append(value)
                event = get_event()
        finally:
            loader.dispose()

    # -- events -------------------------------------------------------------------------------

    def _on_DocumentStartEvent(self, event) -> None:
        self.documents += 1
        if self.documents > 1:
            raise self.tree.error("error.plan.yaml_documents", self._span(event))

    def _on_AliasEvent(self, event) -> None:
        if event.anchor not in self.anchors:
            raise self.tree.error("error.plan.yaml_alias", self._span(event))
        value, size = self.anchors[event.anchor]
        top = self.stack[-1] if self.stack else None
        if top is not None and top.is_mapping and not top.has_key:
            if isinstance(value, (dict, list)):
                raise self.tree.error("error.plan.yaml_complex_key", self._span(event))
            top.key, top.key_span, top.has_key = value, self._span(event), True
            return
        self._count(size, event)  # a repeated value costs as much as writing it out
        self._attach(value, self._span(event), size)

    def _on_MappingStartEvent(self, event) -> None:
        self._open(event, {}, _MAP_TAGS)

    def _on_SequenceStartEvent(self, event) -> None:
        self._open(event, [], _SEQ_TAGS)

    def _on_MappingEndEvent(self, event) -> None:
        closed = self.stack.pop()
        if closed.merges:
            self._apply_merges(closed)
        self._close(closed)

    def _on_SequenceEndEvent(self, event) -> None:
        self._close(self.stack.pop())

    # -- helpers ------------------------------------------------------------------------------

    def _span(self, event) -> Span:
        return span_between(self.tree.path, event.start_mark, event.end_mark)

    def _count(self, size: int, event) -> None:
        self.nodes += size
        if self.nodes > MAX_NODES:
            raise self.tree.error("error.plan.too_many_values", self._span(event), {"limit": MAX_NODES})

    def _check_tag(self, event, allowed: set[str]) -> None:
        if event.tag is None or event.tag == "!" or event.tag in allowed:
            return
        shown = event.tag.replace(_STANDARD, "!!")
        raise self.tree.error("error.plan.yaml_tag", self._span(event), {"tag": shown})

    def _scalar(self, event, tag: str) -> Any:
        if tag == _STR_TAG:  # most values of a plan: no constructor needed
            return event.value
        node = yaml.ScalarNode(tag, event.value, event.start_mark, event.end_mark, event.style)
        try:
            value = SafeConstructor.yaml_constructors[tag](_CONSTRUCTOR, node)
        # PyYAML's constructors trust the resolver: a value tagged by hand (`!!int` with nothing,
        # `!!bool x`) fails inside them with an index, key or attribute error.
        except (ValueError, OverflowError, IndexError, KeyError, AttributeError, TypeError, yaml.YAMLError):
            if tag == _STANDARD + "timestamp":
                return event.value  # 2026-02-30 looks like a date but is not: the date check says so
            shown = tag.replace(_STANDARD, "!!")
            raise self.tree.error("error.plan.yaml_value", self._span(event),
                                  {"value": event.value[:40], "tag": shown}) from None
        if isinstance(value, dt.datetime) and tag == _STANDARD + "timestamp":
            return event.value  # a date with a time: the date check explains what is expected
        return value

    def _open(self, event, value, allowed: set[str]) -> None:
        # Once per step and per list in it: the checks of `_check_tag` and `_count`, and the
        # child's path, in their order, without a call for each.
        tag = event.tag
        if tag is not None and tag != "!" and tag not in allowed:
            self._check_tag(event, allowed)
        stack = self.stack
        top = stack[-1] if stack else None
        if top is not None and top.is_mapping and not top.has_key:
            raise self.tree.error("error.plan.yaml_complex_key", self._span(event))
        if len(stack) >= MAX_DEPTH:
            raise self.tree.error("error.plan.too_deep", self._span(event), {"limit": MAX_DEPTH})
        self.nodes += 1
        if self.nodes > MAX_NODES:
            raise self.tree.error("error.plan.too_many_values", self._span(event), {"limit": MAX_NODES})
        if top is None:
            path: tuple = ()
        elif top.is_mapping:
            path = (*top.path, top.key)
        else:
            path = (*top.path, len(top.value))
        stack.append(_Open(value, path, span_between(self.tree.path, event.start_mark, event.end_mark), event.anchor))

    def _close(self, closed: _Open) -> None:
        if closed.anchor is not None:
            self.anchors[closed.anchor] = (closed.value, closed.size)
        self._attach(closed.value, closed.span, closed.size)

    def _attach(self, value: Any, span: Span, size: int) -> None:
        if not self.stack:
            self.tree.data = value
            self.tree.values[()] = span
            return
        top = self.stack[-1]
        top.size += size
        if isinstance(top.value, list):
            self.tree.values[(*top.path, len(top.value))] = span
            top.value.append(value)
            return
        key, key_span = top.key, top.key_span
        top.has_key = False
        if isinstance(key, _MergeKey):
            top.merges.append((value, key_span))
            return
        assert key_span is not None  # set together with has_key
        if key in top.value:
            raise duplicate_key_error(self.tree, top.path, key, key_span)
        top.value[key] = value
        self.tree.values[(*top.path, key)] = span
        self.tree.keys[(*top.path, key)] = key_span

    def _apply_merges(self, closed: _Open) -> None:
        """`<<: *defaults` adds the keys of the merged mappings that are not written here."""
        for value, key_span in closed.merges:
            sources = value if isinstance(value, list) else [value]
            for source in sources:
                if not isinstance(source, dict):
                    raise self.tree.error("error.plan.yaml_merge", key_span)
                for key, item in source.items():
                    if key not in closed.value:
                        closed.value[key] = item
                        self.tree.values[(*closed.path, key)] = key_span
                        self.tree.keys[(*closed.path, key)] = key_span


class _MergeKey:
    """Marks the YAML merge key `<<` while its value is read."""
