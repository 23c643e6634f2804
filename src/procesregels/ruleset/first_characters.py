"""Which ASCII characters can begin a match of a terminal's regular expression: the analysis
behind the first-character filter of the ruleset lexer (lexing.py).

Run when the grammar changes, not when a ruleset is read (the analysis of the grammar's 85
terminals costs ~4 ms, more than the filter saves): `python -m procesregels.ruleset.first_characters` rewrites
`first_characters_table.py`, and a test fails while that table differs from this analysis of the
grammar's terminals.

The set is a superset by construction: it reads Python's own parse of the expression, takes the
first element(s) of each branch (past zero-width assertions and items that may match nothing),
and asks the regular-expression engine itself which ASCII characters each such one-character
element matches, compiled alone with the flags in force there (so IGNORECASE is Python's, not a
guess). Anything else it cannot follow means "may begin with anything".
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from re import _compiler, _constants, _parser  # type: ignore[attr-defined]
from typing import Any

from lark.lexer import TerminalDef

from procesregels.ruleset import grammar_tables

ASCII = "".join(map(chr, range(128)))
_OP = _constants  # the operations of Python's parsed expressions
_ONE_CHARACTER = (_OP.LITERAL, _OP.NOT_LITERAL, _OP.ANY, _OP.IN)
_REPEATS = (_OP.MAX_REPEAT, _OP.MIN_REPEAT, _OP.POSSESSIVE_REPEAT)
_ZERO_WIDTH = (_OP.AT, _OP.ASSERT, _OP.ASSERT_NOT)  # they only narrow what the next element may be


class _Unknown(Exception):
    """An element the analysis does not follow: the expression may begin with anything."""


def first_characters(regexp: str, flags: int = 0) -> str | None:
    """The ASCII characters a match of `regexp` can begin with, sorted; None if it may begin with
    any character (it can match the empty string, or has an element this does not follow)."""
    parsed = _parser.parse(regexp, flags)
    try:
        found, may_be_empty = _sequence(parsed.data, parsed.state.flags)
    except _Unknown:
        return None
    return None if may_be_empty else "".join(sorted(found))


def _sequence(items: list, flags: int) -> tuple[set[str], bool]:
    """(characters the sequence can begin with, whether it can match the empty string)."""
    found: set[str] = set()
    for op, argument in items:
        begins, may_be_empty = _item(op, argument, flags)
        found |= begins
        if not may_be_empty:
            return found, False
    return found, True


def _item(op: object, argument: Any, flags: int) -> tuple[set[str], bool]:
    if op in _ONE_CHARACTER:
        return _matched_by(op, argument, flags), False
    if op in _ZERO_WIDTH:
        return set(), True
    if op is _OP.SUBPATTERN:
        _group, add_flags, del_flags, inner = argument
        return _sequence(inner.data, _compiler._combine_flags(flags, add_flags, del_flags))
    if op is _OP.BRANCH:
        found: set[str] = set()
        may_be_empty = False
        for branch in argument[1]:
            begins, empty = _sequence(branch.data, flags)
            found |= begins
            may_be_empty = may_be_empty or empty
        return found, may_be_empty
    if op in _REPEATS:
        least, most, inner = argument
        if most == 0:  # x{0} matches nothing but the empty string
            return set(), True
        begins, empty = _sequence(inner.data, flags)
        return begins, empty or least == 0
    if op is _OP.ATOMIC_GROUP:
        return _sequence(argument.data, flags)
    raise _Unknown(op)


def _matched_by(op: object, argument: Any, flags: int) -> set[str]:
    """The ASCII characters that the one-character element matches, by the engine itself."""
    state = _parser.State()
    state.flags = flags
    element = _compiler.compile(_parser.SubPattern(state, [(op, argument)]), 0)
    return {character for character in ASCII if element.match(character)}


_HEADER = (
    '"""Written by `python -m procesregels.ruleset.first_characters` from the grammar: the ASCII\n'
    "characters each terminal's expression can begin with (see first_characters.py). Do not edit.\"\"\"\n"
    "\n"
    "#: regular expression -> the ASCII characters a match can begin with"
)


def table_source(terminals: Iterable[TerminalDef]) -> str:
    """The text of first_characters_table.py for Lark's terminals (compiled without flags)."""
    return grammar_tables.table_source(_HEADER, "STARTS: dict[str, str]", terminals, first_characters)


TABLE = Path(__file__).with_name("first_characters_table.py")


def main() -> None:
    grammar_tables.rewrite(TABLE, table_source)


if __name__ == "__main__":
    main()
