"""Read a plan from an .xlsx workbook (docs/spec/PLAN.md, version 2), refusing what is hostile.

openpyxl reads in read-only mode, never evaluates a formula (a formula cell is refused: its
value would be whatever the program that saved it computed, or nothing) and never runs or
keeps macros. Before openpyxl sees the file, the zip container is checked: not a zip, too many
parts, a part that unpacks to far more than it weighs (a zip bomb), merged cells (which hide
where a value belongs) are refused with a message; so are hidden sheets (a plan has no hidden
parts) and more rows or columns than a plan has steps or keys (docs/decisions.md).
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from typing import Any, Iterator

from procesregels.errors import PlanError
from procesregels.plan.readers.source_tree import MAX_BYTES, SourceTree
from procesregels.plan.readers.spreadsheet import (
    MAX_CELL, MAX_COLUMNS, MAX_ROWS, build_plan_sheet, build_steps, cell_span,
)
from procesregels.span import Span

MAX_PARTS = 200
MAX_UNPACKED = 50 * 1024 * 1024
MAX_RATIO = 200
STEP_SHEETS = ("stappen", "steps")
PLAN_SHEETS = ("plan",)


def read_xlsx(data: bytes, path: str, lang: str = "en") -> SourceTree:
    """The plan data of a workbook, with the cell of each value."""
    tree = SourceTree(None, "", path, lang=lang)
    start = Span(path, 1, 1)
    if len(data) > MAX_BYTES:
        raise tree.error("error.plan.too_large", start, {"size": len(data), "limit": MAX_BYTES})
    try:
        _check_container(tree, data)
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, NotImplementedError, KeyError) as problem:
        raise tree.error("error.sheet.unreadable", start, {"reason": type(problem).__name__}) from None
    import openpyxl

    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=False, keep_vba=False,
                                      keep_links=False)
    except Exception as problem:  # openpyxl raises many kinds on a damaged file; all mean "unreadable"
        raise tree.error("error.sheet.unreadable", start, {"reason": type(problem).__name__}) from None
    try:
        return _read_book(tree, book)
    except PlanError:
        raise
    except Exception as problem:  # read-only mode parses as it goes: damage shows up while reading rows
        raise tree.error("error.sheet.unreadable", start, {"reason": type(problem).__name__}) from None
    finally:
        book.close()


def _check_container(tree: SourceTree, data: bytes) -> None:
    start = Span(tree.path, 1, 1)
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise tree.error("error.sheet.not_zip", start)
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError):
        raise tree.error("error.sheet.not_zip", start) from None
    with archive:
        parts = archive.infolist()
        if len(parts) > MAX_PARTS:
            raise tree.error("error.sheet.too_many_parts", start, {"count": len(parts), "limit": MAX_PARTS})
        total = sum(part.file_size for part in parts)
        for part in parts:
            ratio = part.file_size / max(part.compress_size, 1)
            if total > MAX_UNPACKED or (part.file_size > 1024 * 1024 and ratio > MAX_RATIO):
                raise tree.error("error.sheet.bomb", start, {"part": part.filename, "size": part.file_size})
        for part in parts:
            if re.fullmatch(r"xl/worksheets/sheet\d+\.xml", part.filename) and _has_merged_cells(archive, part):
                merged = _first_merged(archive, part)
                raise tree.error("error.sheet.merged", start, {"cells": merged})


def _has_merged_cells(archive: zipfile.ZipFile, part: zipfile.ZipInfo) -> bool:
    with archive.open(part) as stream:
        tail = b""
        while chunk := stream.read(1 << 16):
            if b"<mergeCell " in tail + chunk or b":mergeCell " in tail + chunk:
                return True
            tail = chunk[-32:]
    return False


def _first_merged(archive: zipfile.ZipFile, part: zipfile.ZipInfo) -> str:
    with archive.open(part) as stream:
        text = stream.read(MAX_UNPACKED).decode("utf-8", "replace")
    match = re.search(r'mergeCell ref="([A-Z]+\d+:[A-Z]+\d+)"', text)
    return match.group(1) if match else "?"


def _read_book(tree: SourceTree, book: Any) -> SourceTree:
    start = Span(tree.path, 1, 1)
    sheets = {sheet.title.casefold(): sheet for sheet in book.worksheets}
    for sheet in book.worksheets:
        if getattr(sheet, "sheet_state", "visible") != "visible":
            raise tree.error("error.sheet.hidden", start, {"sheet": sheet.title})
    step_sheet = next((sheets[name] for name in STEP_SHEETS if name in sheets), None)
    if step_sheet is None:
        raise tree.error("error.sheet.no_steps", start, {"sheets": ", ".join(s.title for s in book.worksheets)})
    plan_sheet = next((sheets[name] for name in PLAN_SHEETS if name in sheets), None)
    data: dict[str, Any] = {}
    if plan_sheet is not None:
        data.update(build_plan_sheet(tree, plan_sheet.title, _rows(tree, plan_sheet)))
    data["steps"] = build_steps(tree, step_sheet.title, _rows(tree, step_sheet))
    tree.data = data
    return tree


def _rows(tree: SourceTree, sheet: Any) -> Iterator[tuple[int, list[Any]]]:
    """(row number, cell values) of a sheet, refusing formulas and more than the limits allow."""
    count = 0
    for row in sheet.iter_rows():
        cells = [cell for cell in row if getattr(cell, "value", None) is not None]
        if not cells:
            continue
        count += 1
        number = cells[0].row
        if count > MAX_ROWS:
            raise tree.error("error.sheet.too_many_rows", cell_span(tree.path, sheet.title, number, 1),
                             {"limit": MAX_ROWS})
        values: list[Any] = []
        for cell in cells:
            column = cell.column
            if column > MAX_COLUMNS:
                raise tree.error("error.sheet.too_many_columns", cell_span(tree.path, sheet.title, number, column),
                                 {"limit": MAX_COLUMNS})
            if cell.data_type == "f" or (isinstance(cell.value, str) and cell.value.startswith("=") and
                                         cell.data_type != "s"):
                raise tree.error("error.sheet.formula", cell_span(tree.path, sheet.title, number, column),
                                 {"formula": str(cell.value)[:60]})
            if isinstance(cell.value, str) and len(cell.value) > MAX_CELL:
                raise tree.error("error.sheet.long_cell", cell_span(tree.path, sheet.title, number, column),
                                 {"limit": MAX_CELL})
            values.extend([None] * (column - 1 - len(values)))
            values.append(cell.value)
        yield number, values


__all__ = ["PlanError", "read_xlsx"]
