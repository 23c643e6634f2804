"""Which keywords the ruleset lexer can match without compiling their regular expression, and
their spellings: the analysis behind ruleset/keywords.py.

Most terminals of the grammar are keywords written `(?i:A|B|...)(?!\\w)`: one of the alternatives,
in any case, not followed by a letter, digit or underscore. Compiling such an expression costs
0.05 to 0.3 ms (case-insensitive Unicode matching is slow to set up), and the first reading of a
typical file compiled some sixty of them. This module reads an expression whose every alternative
is either

- one word: letters (ASCII or accented), classes of letters (`ge[iï]nformeerd`), optional letters
  or groups of letters (`days?`, `moet(?:en)?`), which stands for the finite set of its
  spellings; or
- ASCII words joined by blanks: `[ \\t]+` (one or more spaces or tabs) or `[ \\t]*` (any number:
  `ten[ \\t]*minste` is also `tenminste`).

Run when the grammar changes, not when a ruleset is read (reading the expressions costs more
than it saves): `python -m procesregels.ruleset.keyword_spellings` rewrites keyword_table.py,
and a test fails while that table differs from this analysis of the grammar. Why matching the
table gives what the engine gives is in keywords.py.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from pathlib import Path

from lark.lexer import TerminalDef

from procesregels.ruleset import grammar_tables

#: The lower-case letters a spelling may have (keywords.SURE holds both cases).
LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz" "àáâäèéêëìíîïòóôöùúûü")
_KEYWORD = re.compile(r"\(\?i:(.+)\)\(\?!\\w\)")
#: ASCII words joined by `[ \t]+` or `[ \t]*` (a space and a tab character in the brackets).
_JOINED = re.compile(r"[a-z]+(?:\[ \t\][+*][a-z]+)+")
_BLANKS = re.compile(r"\[ \t\]([+*])")
_MOST_SPELLINGS = 64

Spellings = tuple[str, ...]
Joined = tuple[str, ...]  # (word, "+" or "*", word, ...)


def keyword_form(regexp: str) -> tuple[Spellings, tuple[Joined, ...]] | None:
    """(the spellings of the one-word alternatives, the joined words in their order), or None for
    an expression of another form."""
    found = _KEYWORD.fullmatch(regexp)
    if found is None:
        return None
    single: set[str] = set()
    joined: list[Joined] = []
    for alternative in found.group(1).split("|"):
        spellings = one_word(alternative)
        if spellings is not None:
            single |= spellings
        elif _JOINED.fullmatch(alternative):
            joined.append(tuple(_BLANKS.split(alternative)))
        else:
            return None
    # The engine takes the first alternative that matches; the lexer tries the one-word ones all
    # at once. That is the same unless two alternatives match different texts at one place: a
    # one-word alternative matches the whole run of word characters there, joined words match
    # more than their first word, which blanks follow (with `[ \t]*` and no blanks they are one
    # run, and both match that same text). So only a first word of joined words that is also a
    # one-word spelling could make the order decide: such an expression is left to the engine.
    if any(pieces[0] in single for pieces in joined):
        return None
    return tuple(sorted(single)), tuple(joined)


def one_word(alternative: str) -> set[str] | None:
    """Every text (in lower case) a one-word alternative matches, or None when it is not one."""
    elements: list[tuple[str, ...]] = []  # per element: what it can be
    at = 0
    while at < len(alternative):
        element: tuple[str, ...]
        if alternative[at] in LETTERS:
            element, at = (alternative[at],), at + 1
        elif alternative[at] == "[" or alternative.startswith("(?:", at):
            opening, closing = ("[", "]") if alternative[at] == "[" else ("(?:", ")")
            end = alternative.find(closing, at)
            inside = alternative[at + len(opening) : end]
            if end < 0 or not inside or not set(inside) <= LETTERS:
                return None
            element, at = (tuple(inside) if opening == "[" else (inside,)), end + 1
        else:
            return None
        if alternative.startswith("?", at):
            element, at = (*element, ""), at + 1
        elements.append(element)
    if len(elements) == 0 or _count(elements) > _MOST_SPELLINGS:
        return None
    spellings = {"".join(parts) for parts in itertools.product(*elements)}
    return None if "" in spellings else spellings


def _count(elements: list[tuple[str, ...]]) -> int:
    count = 1
    for element in elements:
        count *= len(element)
    return count


_HEADER = (
    '"""Written by `python -m procesregels.ruleset.keyword_spellings` from the grammar: the keywords\n'
    'the lexer matches without their expression (see keywords.py). Do not edit."""\n'
    "\n"
    "#: regular expression -> (spellings of its one-word alternatives, its joined words in order)"
)


def table_source(terminals: Iterable[TerminalDef]) -> str:
    """The text of keyword_table.py for Lark's terminals (compiled without flags)."""
    return grammar_tables.table_source(
        _HEADER, "KEYWORDS: dict[str, tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]]", terminals, keyword_form)


TABLE = Path(__file__).with_name("keyword_table.py")


def main() -> None:
    grammar_tables.rewrite(TABLE, table_source)


if __name__ == "__main__":
    main()
