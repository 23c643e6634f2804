"""Read a JSON plan with the place of every key and value.

The values come from the standard `json` module (so what is JSON is exactly what Python says
it is, and `1e3` is a number, unlike in YAML 1.1); a second, iterative pass over the same
text records where each key and value starts, checks the nesting depth and refuses duplicate
keys, which `json` would silently drop.
"""

from __future__ import annotations

import bisect
import json
import re
# CPython's json.decoder defines scanstring (its C version when available); typeshed does not declare it
from json.decoder import scanstring  # type: ignore[attr-defined]

from procesregels.plan.readers.source_tree import MAX_DEPTH, MAX_NODES, SourceTree, Span, duplicate_key_error

_TOKEN = re.compile(r'[ \t\n\r]*(?:([{}\[\],:])|(")|(-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?|true|false|null))')


def read_json(text: str, path: str, lang: str = "en") -> SourceTree:
    """The data of a JSON text with the place of each key and value."""
    tree = SourceTree(None, text, path, lang=lang)
    line_starts = [0] + [m.end() for m in re.finditer("\n", text)]

    def span(start: int, end: int) -> Span:
        line = bisect.bisect_right(line_starts, start)
        end_line = bisect.bisect_right(line_starts, end)
        return Span(path, line, start - line_starts[line - 1] + 1, end_line, end - line_starts[end_line - 1] + 1)

    try:
        tree.data = json.loads(text, parse_constant=_no_constant)
    except json.JSONDecodeError as problem:
        raise tree.error("error.plan.json", span(problem.pos, problem.pos), {"problem": problem.msg}) from None
    except _Constant as problem:
        raise tree.error("error.plan.json", Span(path, 1, 1), {"problem": str(problem)}) from None
    except RecursionError:
        raise tree.error("error.plan.too_deep", span(*_too_deep_at(text)), {"limit": MAX_DEPTH}) from None
    _record_positions(tree, text, span)
    return tree


class _Constant(ValueError):
    pass


def _no_constant(name: str):
    raise _Constant(f"{name} is not a JSON value")


def _too_deep_at(text: str) -> tuple[int, int]:
    """The index of the bracket that opens one level too many (strings skipped)."""
    depth, index = 0, 0
    while index < len(text):
        char = text[index]
        if char == '"':
            index = scanstring(text, index + 1)[1]
            continue
        if char in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                return index, index + 1
        elif char in "]}":
            depth -= 1
        index += 1
    return 0, 0


def _record_positions(tree: SourceTree, text: str, span) -> None:
    """Walk the (already valid) JSON text once and note where every key and value is."""
    stack: list[list] = []  # [path, is_mapping, next index or pending key, has_key, keys seen]
    index, nodes = 0, 0
    while True:
        match = _TOKEN.match(text, index)
        if match is None:
            return
        start = match.start(1) if match.group(1) else match.start(2) if match.group(2) else match.start(3)
        if match.group(2):
            string, index = scanstring(text, match.end())
        else:
            index = match.end()
        punct = match.group(1)
        if punct in (",", ":"):
            continue
        if punct in ("}", "]"):
            stack.pop()
            if not stack:
                return
            continue
        top = stack[-1] if stack else None
        if top is not None and top[1] and not top[3] and match.group(2):
            if string in top[4]:
                raise duplicate_key_error(tree, top[0], string, span(start, index))
            top[2], top[3] = string, True
            top[4].add(string)
            tree.keys[(*top[0], string)] = span(start, index)
            continue
        nodes += 1
        if nodes > MAX_NODES:
            raise tree.error("error.plan.too_many_values", span(start, index), {"limit": MAX_NODES})
        child = _child_path(top)
        tree.values[child] = span(start, index if punct is None else start + 1)
        if punct in ("{", "["):
            if len(stack) >= MAX_DEPTH:
                raise tree.error("error.plan.too_deep", span(start, start + 1), {"limit": MAX_DEPTH})
            stack.append([child, punct == "{", 0, False, set()])
        elif top is None:
            return


def _child_path(top: list | None) -> tuple:
    """The path of the next value in the open container `top` (and advance `top`)."""
    if top is None:
        return ()
    if top[1]:
        top[3] = False
        return (*top[0], top[2])
    top[2] += 1
    return (*top[0], top[2] - 1)
