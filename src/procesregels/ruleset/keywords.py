"""Keywords matched without compiling their regular expression (for the ruleset lexer, lexing.py).

Most terminals of the grammar are keywords written `(?i:A|B|...)(?!\\w)`: one of the alternatives,
in any case, not followed by a letter, digit or underscore. Compiling such an expression costs
0.05 to 0.2 ms (case-insensitive Unicode matching is slow to set up), and the first reading of a
typical file compiled some sixty of them. `keyword(regexp)` reads an expression whose every
alternative is

- one word of ASCII letters, possibly with an optional last letter or group (`days?`,
  `moet(?:en)?`), or
- ASCII words joined by blanks: `[ \\t]+` (at least one space or tab) or `[ \\t]*` (any number:
  `ten[ \\t]*minste` is also `tenminste`),

and gives a `Keyword` that finds what the expression matches at a place. Any other expression
(`v[oó][oó]r`, `participatie-?stap`) is left to the regular-expression engine.

Why the answer is the engine's own:

- The engine tries the alternatives in order and takes the first that matches, followed by no
  word character. A one-word alternative matches the whole run of word characters at the place,
  and joined words match more than their first word; so the order could only decide where a
  first word of joined words is also a one-word alternative, and `keyword` leaves such an
  expression to the engine. Joined words are tried in their order.
- Words of ASCII letters against ASCII text, ignoring case, is comparing lower case. A piece of
  text with any other character (`ſ` and the Kelvin sign match `s` and `k` in Python's engine,
  `ï` is a word character) is not decided here: the compiled expression is asked.
- The engine matches case-insensitively character for character, so a word of five letters
  only ever matches five characters: a run of another length needs no further look.
- Blanks before a word that begins with a letter can only be taken all (a shorter run of blanks
  leaves a blank where the word must begin), so counting them is what the engine's backtracking
  comes to. An optional ending is only allowed on a single word, where it ends the match.
"""

from __future__ import annotations

import re

_KEYWORD = re.compile(r"\(\?i:(.+)\)\(\?!\\w\)")
#: Letters a spelling may have: ASCII, and accented ones no ASCII letter matches ignoring case
#: (`één`); a run of text with such a letter is left to the compiled expression.
_LETTER = "[a-zàáâäèéêëìíîïòóôöùúûü]"
_ONE_WORD = re.compile(rf"({_LETTER}+?)(?:({_LETTER})\?|\(\?:({_LETTER}+)\)\?)?")
#: Words joined by `[ \t]+` or `[ \t]*` (a space and a tab character in the brackets).
_JOINED = re.compile(r"[a-z]+(?:\[ \t\][+*][a-z]+)+")
_BLANKS = re.compile(r"\[ \t\]([+*])")
#: A word character, as `\w` in the expressions (Unicode).
WORD_RUN = re.compile(r"\w+")


#: Matches any text up to where it is told to end: gives the match of words joined by blanks.
_SPAN = re.compile(r"(?s).*")


class Keyword:
    """What `(?i:...)(?!\\w)` matches, for the expressions `keyword` reads: `match(text, pos, end)`
    gives a match whose `group(0)` is the text the expression matches at `pos` (reading no
    further than `end`), or None, as the compiled expression's `match` does."""

    __slots__ = ("_joined", "_regexp", "_single", "_single_lengths")

    def __init__(self, regexp: str, single: frozenset[str], joined: tuple[tuple[str, ...], ...]) -> None:
        self._regexp = regexp
        self._single = single  # the spellings of the one-word alternatives
        self._single_lengths = frozenset(map(len, single))
        self._joined = joined  # per alternative of joined words: (word, "+" or "*", word, ...)

    def match(self, text: str, pos: int, end: int) -> re.Match | None:
        run = WORD_RUN.match(text, pos, end)
        if run is None:
            return None  # every alternative begins with a letter
        word = run.group()
        if not word.isascii():
            if len(word) in self._single_lengths or self._joined:
                return self._engine(text, pos, end)
            return None  # one character for one: a run of another length is none of the words
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
        """What the compiled expression says, where this is not sure (compiled once: `re` keeps it)."""
        return re.compile(self._regexp).match(text, pos, end)


def _joined(pieces: tuple[str, ...], text: str, pos: int, end: int) -> int:
    """The length of the match of words joined by blanks at `pos`; 0 for none, -1 where a
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


def keyword(regexp: str) -> Keyword | None:
    """The `Keyword` of an expression of the forms above, or None for any other expression."""
    found = _KEYWORD.fullmatch(regexp)
    if found is None:
        return None
    single: set[str] = set()
    joined: list[tuple[str, ...]] = []
    for alternative in found.group(1).split("|"):
        one = _ONE_WORD.fullmatch(alternative)
        if one is not None:
            stem, letter, group = one.groups()
            ending = letter or group
            single.update((stem, stem + ending) if ending else (stem,))
        elif _JOINED.fullmatch(alternative):
            joined.append(tuple(_BLANKS.split(alternative)))
        else:
            return None
    # The alternatives are tried all at once, not in their order: that is the same only when no
    # two can match different texts at one place. A one-word match is the whole run of word
    # characters; joined words match more than their first word, which blanks follow (with
    # `[ \t]*` and no blanks they are one run, and then both match the same text). So they
    # differ only where a first word of joined words is also a single word.
    if any(pieces[0] in single for pieces in joined):
        return None
    return Keyword(regexp, frozenset(single), tuple(joined))
