"""A plan as a table (docs/spec/PLAN.md, version 2): one row per step, a header row of step keys.

The xlsx and csv readers give rows of cells; this module turns them into the same SourceTree a
YAML plan gives, so the rest of the loader (Dutch keys, shape, names, order) is shared. Each
value keeps its cell as its place (`plan.xlsx:stappen!D7`); a header cell is the place of its key.

Cells are text as an officer types it: `na` is `kaders, enquete`, `deelnemers` is
`bewoners: raadplegen, winkeliers: informeren`, `optioneel` is `ja`/`nee` (or yes/no,
true/false, x). A cell that does not read that way is kept as written, so the shape check says
what was expected there.

The plan sheet (xlsx) holds the plan-level keys, one per row, the kind of row in column A:
`plan | title`, `gemeente | name`, `beschrijving | text`, `volgorde | datums`,
`kenmerk | name | value`, `actor | id | role | display name`, `keuze | id | option | option ...`
(an option is step ids with commas), `afwijking | rule | reason`. English names work too.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from typing import Any, Iterable

from procesregels.plan.readers.source_tree import SourceTree
from procesregels.span import Span

#: Bounds that keep reading a hostile spreadsheet cheap (docs/decisions.md).
MAX_ROWS = 5_000
MAX_COLUMNS = 40
MAX_CELL = 10_000

_TRUE = {"ja", "yes", "true", "waar", "x", "1", "j", "y"}
_FALSE = {"nee", "no", "false", "onwaar", "0", "n", ""}
_SPLIT = re.compile(r"\s*[,;]\s*")
_PAIR = re.compile(r"\s*([^:,;]+?)\s*:\s*([^:,;]+?)\s*")

#: Plan sheet rows: the kind in column A (English or Dutch) -> its English kind.
ROW_KINDS = {
    "plan": "plan", "gemeente": "municipality", "municipality": "municipality", "beschrijving": "description",
    "description": "description", "volgorde": "order", "order": "order", "kenmerk": "attribute",
    "attribute": "attribute", "actor": "actor", "keuze": "choice", "choice": "choice", "afwijking": "waiver",
    "waiver": "waiver",
}


def column_letter(column: int) -> str:
    """1 -> A, 27 -> AA."""
    letters = ""
    while column:
        column, rest = divmod(column - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def cell_span(path: str, sheet: str, row: int, column: int) -> Span:
    return Span(path, row, column, cell=f"{sheet}!{column_letter(column)}{row}")


def cell_value(value: Any) -> Any:
    """A cell as plan data: text stripped, a date-only datetime as its day, empty as None."""
    if isinstance(value, dt.datetime):
        return value.date() if value.time() == dt.time() else value.isoformat(sep=" ")
    if isinstance(value, str):
        value = value.strip()
        return value or None
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def step_value(key: str, value: Any) -> Any:
    """A step cell read the way the key expects (see the module docstring)."""
    if not isinstance(value, str):
        if key in ("optional", "optioneel") and isinstance(value, (int, float)) and value in (0, 1):
            return bool(value)
        return value
    if key in ("after", "na"):
        return [part for part in _SPLIT.split(value) if part]
    if key in ("participants", "deelnemers"):
        pairs = [_PAIR.fullmatch(part) for part in _SPLIT.split(value) if part.strip()]
        if pairs and all(pairs):
            return {match.group(1): match.group(2) for match in pairs if match}
        return value
    if key in ("optional", "optioneel"):
        folded = value.casefold()
        return True if folded in _TRUE else False if folded in _FALSE else value
    return value


def build_steps(tree: SourceTree, sheet: str, rows: Iterable[tuple[int, list[Any]]]) -> list[dict]:
    """The steps of a step sheet: the first non-empty row is the header of keys."""
    header: list[tuple[int, str]] | None = None
    header_at = 1
    steps: list[dict] = []
    for row, cells in rows:
        values = [cell_value(value) for value in cells]
        if all(value is None for value in values):
            continue
        if header is None:
            header = [(column, str(value)) for column, value in enumerate(values, start=1) if value is not None]
            header_at = row
            continue
        index = len(steps)
        step: dict[str, Any] = {}
        for column, key in header:
            value = values[column - 1] if column - 1 < len(values) else None
            if value is None:
                continue
            span = cell_span(tree.path, sheet, row, column)
            step[key] = step_value(key, value)
            tree.values[("steps", index, key)] = span
            tree.keys[("steps", index, key)] = cell_span(tree.path, sheet, header_at, column)
            _item_spans(tree, ("steps", index, key), step[key], span)
        tree.values[("steps", index)] = cell_span(tree.path, sheet, row, header[0][0] if header else 1)
        steps.append(step)
    return steps


def _item_spans(tree: SourceTree, path: tuple, value: Any, span: Span) -> None:
    """Items of a list or mapping in one cell share the cell's place."""
    if isinstance(value, list):
        for position in range(len(value)):
            tree.values[(*path, position)] = span
    elif isinstance(value, dict):
        for name in value:
            tree.values[(*path, name)] = span
            tree.keys[(*path, name)] = span


def build_plan_sheet(tree: SourceTree, sheet: str, rows: Iterable[tuple[int, list[Any]]]) -> dict:
    """The plan-level keys of a plan sheet (see the module docstring)."""
    data: dict[str, Any] = {}
    for row, cells in rows:
        values = [cell_value(value) for value in cells]
        if not values or values[0] is None:
            continue
        kind = ROW_KINDS.get(str(values[0]).casefold())
        rest = values[1:]
        span_of = functools.partial(cell_span, tree.path, sheet, row)  # span_of(column): a cell of this row
        if kind is None:
            key = str(values[0])
            data[key] = rest[0] if rest else None
            tree.keys[(key,)] = span_of(1)
            tree.values[(key,)] = span_of(2)
        elif kind in ("plan", "municipality", "description", "order"):
            data[kind] = rest[0] if rest else None
            tree.keys[(kind,)] = span_of(1)
            tree.values[(kind,)] = span_of(2)
        elif kind == "attribute" and len(rest) >= 1 and rest[0] is not None:
            data.setdefault("attributes", {})[str(rest[0])] = rest[1] if len(rest) > 1 else None
            tree.values[("attributes", str(rest[0]))] = span_of(3)
            tree.keys[("attributes", str(rest[0]))] = span_of(2)
        elif kind == "actor" and len(rest) >= 1 and rest[0] is not None:
            actor = {"role": rest[1] if len(rest) > 1 else None}
            if len(rest) > 2 and rest[2] is not None:
                actor["name"] = rest[2]
            if actor["role"] is None:
                del actor["role"]
            data.setdefault("actors", {})[str(rest[0])] = actor
            tree.values[("actors", str(rest[0]))] = span_of(2)
            tree.keys[("actors", str(rest[0]))] = span_of(2)
            tree.values[("actors", str(rest[0]), "role")] = span_of(3)
            tree.values[("actors", str(rest[0]), "name")] = span_of(4)
        elif kind == "choice" and rest:
            index = len(data.setdefault("choices", []))
            options = [[p for p in _SPLIT.split(str(o)) if p] for o in rest[1:] if o is not None]
            data["choices"].append({"id": rest[0], "options": options})
            tree.values[("choices", index)] = tree.values[("choices", index, "id")] = span_of(2)
            for number, option in enumerate(options):
                for position in range(len(option)):
                    tree.values[("choices", index, "options", number, position)] = span_of(3 + number)
        elif kind == "waiver" and rest:
            index = len(data.setdefault("waivers", []))
            data["waivers"].append({"rule": rest[0], "reason": rest[1] if len(rest) > 1 else None})
            tree.values[("waivers", index)] = tree.values[("waivers", index, "rule")] = span_of(2)
            tree.values[("waivers", index, "reason")] = span_of(3)
    return data
