"""A place in an input file, 1-based, shared by ruleset errors, plan errors and findings."""

from __future__ import annotations

from typing import Final

from procesregels.core.record import OrderedRecord


class Span(OrderedRecord):
    """Ordered by path, line, column, end line, end column, cell; immutable (see `Record`)."""

    __slots__ = ("path", "line", "column", "end_line", "end_column", "cell")
    path: Final[str]
    line: Final[int]
    column: Final[int]
    end_line: Final[int | None]
    end_column: Final[int | None]
    #: A spreadsheet cell (`stappen!D7`): then the place is shown as `file:sheet!cell`.
    cell: Final[str | None]

    def __init__(self, path: str, line: int, column: int, end_line: int | None = None,
                 end_column: int | None = None, cell: str | None = None) -> None:
        # One statement per field: the quickest way to set slots, and a large plan has
        # hundreds of thousands of spans.
        self.path = path
        self.line = line
        self.column = column
        self.end_line = end_line
        self.end_column = end_column
        self.cell = cell

    def __str__(self) -> str:
        if self.cell is not None:
            return f"{self.path}:{self.cell}"
        return f"{self.path}:{self.line}:{self.column}"

    def excerpt(self, text: str) -> str:
        """The source line of this span with a caret under its column ('' when out of range)."""
        lines = text.splitlines()
        if self.cell is not None or not 1 <= self.line <= len(lines):  # a cell is its own excerpt
            return ""
        line = lines[self.line - 1].expandtabs(1)
        if len(line) > 200:  # keep a minified or binary line readable
            start = max(0, self.column - 100)
            line = line[start : start + 200]
            column = self.column - start
        else:
            column = self.column
        width = 1
        if self.end_line == self.line and self.end_column and self.end_column > self.column:
            width = min(self.end_column - self.column, max(1, len(line) - column + 1))
        return f"  {line}\n  {' ' * (column - 1)}{'^' * width}"
