"""Read a plan from a .csv file as a spreadsheet program saves it (docs/spec/PLAN.md, version 2).

One row per step under a header row of step keys; the separator is `;` (Dutch Excel) or `,`,
whichever the header row uses more; UTF-8 with or without a byte-order mark. The plan-level
keys are in the side file `NAME.plan.yaml`, read like any YAML plan without steps. Nothing in a
cell is evaluated: `=SUM(A1)` is the text it is.
"""

from __future__ import annotations

import csv
import io
from pathlib import PurePath

from procesregels.plan.readers.source_tree import SourceTree
from procesregels.plan.readers.spreadsheet import MAX_CELL, MAX_COLUMNS, MAX_ROWS, build_steps, cell_span




def read_csv(text: str, path: str, lang: str = "en", side: SourceTree | None = None) -> SourceTree:
    """The plan data of a csv text (and its side file's tree, if any), with the cell of each value."""
    tree = SourceTree(None, text, path, lang=lang)
    sheet = PurePath(path).stem  # positions read `plan.csv:plan!D7`, like a workbook's
    first = text.split("\n", 1)[0]
    delimiter = ";" if first.count(";") >= first.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    csv.field_size_limit(MAX_CELL)
    rows: list[tuple[int, list[str]]] = []  # (line number, cells)
    try:
        for number, row in enumerate(reader, start=1):
            if len(rows) >= MAX_ROWS:
                raise tree.error("error.sheet.too_many_rows", cell_span(path, sheet, number, 1), {"limit": MAX_ROWS})
            if len(row) > MAX_COLUMNS and any(cell.strip() for cell in row[MAX_COLUMNS:]):
                raise tree.error("error.sheet.too_many_columns", cell_span(path, sheet, number, MAX_COLUMNS + 1),
                                 {"limit": MAX_COLUMNS})
            rows.append((reader.line_num, row[:MAX_COLUMNS]))
    except csv.Error as problem:
        raise tree.error("error.sheet.csv", cell_span(path, sheet, reader.line_num, 1), {"problem": str(problem)}) from None
    data = dict(side.data) if side is not None and isinstance(side.data, dict) else {}
    if side is not None:
        tree.values.update(side.values)
        tree.keys.update(side.keys)
        tree.texts[side.path] = side.text
        tree.written.update(side.written)
    data.pop("steps", None)
    data["steps"] = build_steps(tree, sheet, rows)
    tree.data = data
    return tree
