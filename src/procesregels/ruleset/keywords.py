"""Keywords matched without compiling their regular expression (for the ruleset lexer, lexing.py).

keyword_spellings.py reads, when the grammar changes, which expressions are keywords of plain
words and what their spellings are (keyword_table.py); `keyword_for(regexp)` gives a `Keyword`
for those, whose `match` gives what the compiled expression's `match` gives.

Why it is the engine's answer:

- Spellings in lower case against text whose letters are ASCII or accented (`SURE`), ignoring
  case, is comparing lower case: Python's engine matches each of these letters, ignoring case,
  with exactly the letters of the same lower case (a test checks every pair on the running
  Python). A text with any other character where a keyword may be (`ſ` and the Kelvin sign fold
  to `s` and `k`, `ı` and `İ` their own way) is left to the compiled expression.
- The engine matches case-insensitively character for character, so a spelling of five letters
  only ever matches five characters: a run of another length needs no further look.
- A one-word alternative matches exactly the run of word characters at the place, when that run
  is one of its spellings (nothing but a non-word character may follow it).
- Blanks before a word that begins with a letter can only be taken all (a shorter run of blanks
  leaves a blank where the word must begin), so counting them is what the engine's backtracking
  comes to.
- Which alternative comes first does not change the answer for the expressions in the table
  (see `keyword_form` in keyword_spellings.py); joined words are tried in their order.
"""

from __future__ import annotations

import re

from procesregels.ruleset.keyword_table import KEYWORDS

#: The characters of a run of text this decides on: ASCII letters, digits and the underscore,
#: and the accented letters of the spellings in both cases.
_ACCENTED = "àáâäèéêëìíîïòóôöùúûü"
SURE = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_" + _ACCENTED + _ACCENTED.upper())
#: A run of word characters, as `\w` in the expressions (Unicode).
WORD_RUN = re.compile(r"\w+")
#: Matches any text up to where it is told to end: gives the match of words joined by blanks.
_SPAN = re.compile(r"(?s).*")


class Keyword:
    """`match(text, pos, end)`: a match whose `group(0)` is the text the keyword's expression
    matches at `pos` (reading no further than `end`), or None, as the compiled expression's
    `match` does."""

    __slots__ = ("_joined", "_regexp", "_single", "_single_lengths")

    def __init__(self, regexp: str, single: tuple[str, ...], joined: tuple[tuple[str, ...], ...]) -> None:
        self._regexp = regexp
        self._single = frozenset(single)  # the spellings of the one-word alternatives
        self._single_lengths = frozenset(map(len, single))
        self._joined = joined  # per alternative of joined words: (word, "+" or "*", word, ...)

    def match(self, text: str, pos: int, end: int) -> re.Match | None:
        run = WORD_RUN.match(text, pos, end)
        if run is None:
            return None  # every alternative begins with a letter
        word = run.group()
        if not (word.isascii() or SURE.issuperset(word)):
            if len(word) in self._single_lengths or self._joined:
                return self._engine(text, pos, end)
            return None  # a run of another length is none of the spellings
        lowered = word.lower()
        if lowered in self._single:
            return run
        for pieces in self._joined:
            if lowered.startswith(pieces[0]):
                length = _joined(pieces, text, pos, end)
                if length < 0:
                    return self._engine(text, pos, end)
                if length:
                    return _SPAN.match(text, pos, pos + length)
        return None

    def _engine(self, text: str, pos: int, end: int) -> re.Match | None:
        """What the compiled expression says where this is not sure (compiled once: `re` keeps it)."""
        return re.compile(self._regexp).match(text, pos, end)


def _joined(pieces: tuple[str, ...], text: str, pos: int, end: int) -> int:
    """The length of the match of ASCII words joined by blanks at `pos`; 0 for none, -1 where a
    character outside ASCII is in the way."""
    at = pos
    for index, piece in enumerate(pieces):
        if index % 2:  # "+": one or more spaces or tabs; "*": any number
            blanks = at
            while blanks < end and text[blanks] in " \t":
                blanks += 1
            if piece == "+" and blanks == at:
                return 0
            at = blanks
            continue
        segment = text[at : at + len(piece)] if at + len(piece) <= end else ""
        if len(segment) != len(piece):
            return 0
        if not segment.isascii():
            return -1
        if segment.lower() != piece:
            return 0
        at += len(piece)
    return 0 if WORD_RUN.match(text, at, end) else at - pos


def keyword_for(regexp: str) -> Keyword | None:
    """The `Keyword` of an expression in the table (compiled without flags by `re`), else None."""
    form = KEYWORDS.get(regexp)
    return None if form is None else Keyword(regexp, *form)
