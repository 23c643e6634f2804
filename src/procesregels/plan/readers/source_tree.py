"""Plain data read from a plan file, with the place of every key and value.

Both readers (`yaml_positions`, `json_positions`) return a `SourceTree`; the later stages of
the plan loader only ask it where something is, so they do not care which format a plan was
written in. Paths are tuples of mapping keys and list indices: `("steps", 3, "kind")`.
"""

from __future__ import annotations

from typing import Any, Mapping

from procesregels import i18n as messages
from procesregels.core.record import Record
from procesregels.errors import PlanError
from procesregels.plan.key_names import key_args
from procesregels.span import Span

#: Bounds that keep reading a hostile file cheap (docs/spec/PLAN.md "Errors").
MAX_BYTES = 5 * 1024 * 1024
MAX_DEPTH = 64
MAX_NODES = 1_000_000

Path = tuple[Any, ...]


class SourceTree(Record, mutable=True):
    """The data of a plan file and where each part of it is written (filled in by its reader and
    by `translate_keys`)."""

    __slots__ = ("data", "text", "path", "values", "keys", "lang", "key_prefix", "texts", "key_lang", "written")
    data: Any
    text: str
    path: str
    #: path -> span of the value at that path (a mapping starts at its first key)
    values: dict[Path, Span]
    #: path -> span of the key that names the last element of the path
    keys: dict[Path, Span]
    lang: str
    #: How keys are written in this format, for messages: "" in YAML and JSON, "pr:" in BPMN.
    key_prefix: str
    #: Texts of other files that values came from (a BPMN plan's side file), by path.
    texts: dict[str, str]
    #: The language the plan writes its keys in ("nl" when most are Dutch), for messages.
    key_lang: str
    #: path (with English keys) -> the key as written, where the plan writes it in Dutch.
    written: dict[Path, str]

    def __init__(self, data: Any, text: str, path: str, values: dict[Path, Span] | None = None,
                 keys: dict[Path, Span] | None = None, lang: str = "en", key_prefix: str = "",
                 texts: dict[str, str] | None = None, key_lang: str = "en", written: dict[Path, str] | None = None) -> None:
        self.data, self.text, self.path, self.lang, self.key_prefix = data, text, path, lang, key_prefix
        self.key_lang = key_lang
        # None: a new empty dict each, which the reader fills in.
        self.values = {} if values is None else values
        self.keys = {} if keys is None else keys
        self.texts = {} if texts is None else texts
        self.written = {} if written is None else written

    def value_span(self, path: Path) -> Span:
        """Where the value at `path` is, or the nearest enclosing value that has a place."""
        for end in range(len(path), -1, -1):
            span = self.values.get(tuple(path[:end]))
            if span is not None:
                return span
        return Span(self.path, 1, 1)

    def key_span(self, path: Path) -> Span:
        """Where the key of `path` is written (its value's place when it has no key)."""
        return self.keys.get(tuple(path)) or self.value_span(path)

    def error(
        self,
        key: str,
        span: Span,
        args: Mapping[str, Any] | None = None,
        suggestions: list[str] | None = None,
        example: str | None = None,
    ) -> PlanError:
        """A located PlanError with the message `key` of the catalogue in this tree's language,
        and, when `example` names one, an example of what is expected. Plan keys the message
        names (`{k_after}`) are written as this plan writes its keys."""
        text = self.text if span.path == self.path else self.texts.get(span.path)
        error = located_error(key, span, text, self.lang, {**key_args(self.key_lang), **(args or {})}, suggestions)
        if example is not None:
            shown = messages.text(f"error.plan.example.{example}", self.lang)
            error.detail = messages.text("error.plan.for_example", self.lang, {"example": shown})
        return error


def duplicate_key_error(tree: SourceTree, parent: Path, key: Any, span: Span) -> PlanError:
    """A key written twice in one mapping (YAML and JSON readers would silently keep the last)."""
    first = tree.keys.get((*parent, key))
    args = {"key": str(key), "line": first.line if first else span.line}
    template = "error.plan.duplicate_actor" if parent == ("actors",) else "error.plan.duplicate_key"
    return tree.error(template, span, args)


def located_error(
    key: str,
    span: Span,
    text: str | None,
    lang: str = "en",
    args: Mapping[str, Any] | None = None,
    suggestions: list[str] | None = None,
) -> PlanError:
    message = messages.text(key, lang, args or {})
    return PlanError(message, span, source_text=text, suggestions=suggestions, lang=lang)


def span_between(path: str, start: Any, end: Any) -> Span:
    """A Span from two 0-based marks (PyYAML `Mark` or anything with `.line`/`.column`)."""
    return Span(path, start.line + 1, start.column + 1, end.line + 1, end.column + 1)


def position_of(text: str, index: int) -> tuple[int, int]:
    """1-based (line, column) of a character index of `text`."""
    index = max(0, min(index, len(text)))
    line = text.count("\n", 0, index) + 1
    column = index - (text.rfind("\n", 0, index) + 1) + 1
    return line, column
