"""Characters that look like a space, or like nothing, but are not a space to a plan reader.

Pasted from a word processor or a web page, a no-break space or a zero-width space makes a key
unknown (`\u200bdate`) or a line unreadable, and the message that follows points somewhere
else (often the next line). So when something goes wrong, the line is searched for such a
character, which is then named and located where it is (docs/spec/PLAN.md, version 2). A missing space
after a key's colon (`date:2026-04-07`) is found the same way.
"""

from __future__ import annotations

import re

from procesregels import i18n
from procesregels.errors import PlanError
from procesregels.plan.readers.source_tree import SourceTree
from procesregels.span import Span

#: Character -> message key of its name.
INVISIBLE = {
    "\u00a0": "char.nbsp", "\u202f": "char.narrow_nbsp", "\u2007": "char.nbsp",
    "\u200b": "char.zwsp", "\u200c": "char.zwsp", "\u2060": "char.zwsp",
    "\u200d": "char.zwj", "\ufeff": "char.bom", "\t": "char.tab",
}
_FIND = re.compile("[" + "".join(INVISIBLE) + "]")
_NO_SPACE = re.compile(r"^(\s*(?:-\s+)?)([A-Za-z_][\w-]*):([^\s:/][^#]*?)\s*(?:#.*)?$")


def invisible_on(tree: SourceTree, line: int) -> PlanError | None:
    """The error naming the first such character on `line` (1-based) outside a comment, if any."""
    lines = tree.text.split("\n")
    if not 1 <= line <= len(lines):
        return None
    written = lines[line - 1]
    comment = _comment_start(written)
    match = _FIND.search(written, 0, comment)
    if match is None:
        return None
    char = match.group()
    span = Span(tree.path, line, match.start() + 1, line, match.start() + 2)
    name = i18n.text(INVISIBLE[char], tree.lang)
    return tree.error("error.plan.invisible", span, {"name": name, "code": f"U+{ord(char):04X}"})


def first_invisible(tree: SourceTree, last_line: int) -> PlanError | None:
    """The first such character (or missing space after a key's colon) on lines 1..last_line."""
    for line in range(1, last_line + 1):
        error = invisible_on(tree, line) or _no_space_after_colon(tree, line)
        if error is not None:
            return error
    return None


def _no_space_after_colon(tree: SourceTree, line: int) -> PlanError | None:
    lines = tree.text.split("\n")
    if not 1 <= line <= len(lines):
        return None
    match = _NO_SPACE.match(lines[line - 1])
    if match is None:
        return None
    column = len(match.group(1)) + len(match.group(2)) + 1
    span = Span(tree.path, line, column, line, column + 1)
    return tree.error("error.plan.no_space_after_colon", span, {"key": match.group(2), "value": match.group(3)})


def _comment_start(line: str) -> int:
    """Where a YAML comment starts on the line (a '#' at the start or after a space), or its end."""
    for match in re.finditer("#", line):
        if match.start() == 0 or line[match.start() - 1] in " \t":
            return match.start()
    return len(line)
