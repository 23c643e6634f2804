"""Tables worked out from the grammar's terminals when the grammar changes (the first characters
of each terminal, the keywords' spellings), kept as Python modules that the lexer reads on every
run instead of working them out: one way to write them. A test per table fails while it differs
from what its module works out from the grammar."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from lark.lexer import TerminalDef


def table_source(header: str, declaration: str, terminals: Iterable[TerminalDef], entry: Callable[[str], Any]) -> str:
    """A table module: `header` (its docstring and the comment on the table), then `declaration`
    = {expression: entry(expression)} for the terminals' expressions (compiled without flags)
    whose entry is not None, sorted."""
    lines = [header, f"{declaration} = {{"]
    for regexp in sorted({terminal.pattern.to_regexp() for terminal in terminals}):
        value = entry(regexp)
        if value is not None:
            lines.append(f"    {regexp!r}: {value!r},")
    lines.append("}")
    return "\n".join(lines) + "\n"


def rewrite(table: Path, source: Callable[[Iterable[TerminalDef]], str]) -> None:
    """Write `table` from the grammar as it is now (`python -m` the module that owns the table)."""
    from procesregels.ruleset.grammar import lark_parser

    table.write_text(source(lark_parser().terminals), encoding="utf-8")
    print(f"wrote {table}", file=sys.stderr)
