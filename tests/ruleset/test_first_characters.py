"""The first characters of each terminal (ruleset/first_characters.py and its table): never a
character missing that a match can begin with, and the table is the analysis of the grammar."""

from __future__ import annotations

import re

import pytest
from conftest import ROOT
from hypothesis import given
from hypothesis import strategies as st
from lark.exceptions import UnexpectedInput
from test_lexing import KEYWORDS, STOCK, keyword_like, lexer_soup
from test_trusted_models import RULES_FILES

from procesregels.ruleset import first_characters as analysis
from procesregels.ruleset.first_characters import ASCII, first_characters
from procesregels.ruleset.first_characters_table import STARTS

EXPRESSIONS = sorted({terminal.pattern.to_regexp() for terminal in STOCK.terminals})
COMPILED = [(regexp, re.compile(regexp), STARTS.get(regexp)) for regexp in EXPRESSIONS]


def test_the_table_is_the_analysis_of_the_grammar() -> None:
    assert analysis.TABLE.read_text(encoding="utf-8") == analysis.table_source(STOCK.terminals), (
        "the grammar changed: run `python -m procesregels.ruleset.first_characters`")


def test_every_terminal_of_the_grammar_is_in_the_table() -> None:
    assert [regexp for regexp in EXPRESSIONS if regexp not in STARTS] == []


@pytest.mark.parametrize(("regexp", "expected"), [
    ("(?i:kind|soort)(?!\\w)", "KSks"),
    ("(?i:\u017f)", "Ss"),  # the long s folds to s: the engine says so, not a guess
    ("(?i:\u212a)", "Kk"),  # the Kelvin sign folds to k
    ("(?i:\u0130)", "Ii"),
    ("\u00e9t\u00e9", ""),  # only a non-ASCII character can begin it
    ("a?b", "ab"),
    ("(?:a|)b", "ab"),
    ("(?=x)[xy]", "xy"),  # a look-ahead only narrows
    ("\\bfoo", "f"),
    ("(?:ab)*c", "ac"),
    ("a{0}b", "b"),
    ("(?>a|b)c", "ab"),
    (".", ASCII.replace("\n", "")),
    ("(?s:.)", ASCII),
    ("[^\\W\\d_]", "".join(c for c in ASCII if c.isalpha())),
    ("[^a]", ASCII.replace("a", "")),
])
def test_the_analysis_of_chosen_expressions(regexp: str, expected: str) -> None:
    assert first_characters(regexp) == "".join(sorted(expected))


@pytest.mark.parametrize("regexp", ["a*", "(?:a|)", "(?=a)", "(a?)\\1b", "(a)?(?(1)b|c)", "x|"])
def test_what_can_match_nothing_or_is_not_followed_may_begin_with_anything(regexp: str) -> None:
    assert first_characters(regexp) is None


def _missing(rests: set[str]) -> list[tuple[str, str]]:
    """(expression, text) for every ASCII character + rest that an expression matches though the
    character is not in its set."""
    missing = []
    for regexp, compiled, starts in COMPILED:
        for character in ASCII:
            if starts is not None and character not in starts:
                missing += [(regexp, character + rest) for rest in rests if compiled.match(character + rest)]
    return missing


def test_no_keyword_begins_with_a_character_outside_its_set() -> None:
    # Every keyword with each ASCII character for its first letter ('Kind', 'kind', '_ind', ...).
    assert _missing({word[1:] for word in KEYWORDS}) == []


@given(st.one_of(keyword_like(), lexer_soup()))
def test_no_generated_text_begins_with_a_character_outside_its_set(text: str) -> None:
    assert _missing({text, text[1:]}) == []


@pytest.mark.parametrize("path", RULES_FILES, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_every_token_of_the_ruleset_files_begins_with_a_character_of_its_set(path) -> None:
    by_name = {terminal.name: STARTS.get(terminal.pattern.to_regexp()) for terminal in STOCK.terminals}
    tokens = []
    try:
        tokens += STOCK.parse_interactive(path.read_text(encoding="utf-8") + "\n").iter_parse()
    except UnexpectedInput:  # the files of syntax errors: the tokens up to the error
        pass
    assert tokens or "errors" in path.parts
    for token in tokens:
        starts = by_name[token.type]
        assert starts is None or not token[0].isascii() or token[0] in starts, (token.type, str(token))
