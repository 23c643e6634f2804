"""The quicker lexer start (ruleset/lexing.py) reads every text into the same tokens, trees,
comments and syntax errors as Lark's own scanners."""

from __future__ import annotations

import sys
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from lark import Lark, Token, Tree

from conftest import ROOT
from procesregels.errors import RulesetError
from procesregels.ruleset import grammar, lexing
from procesregels.ruleset import parse as parse_module
from procesregels.ruleset import syntax_errors
from procesregels.ruleset.lexing import FirstMatchScanner
from test_dsl_robustness import WORDS, mutated
from test_trusted_models import RULES_FILES

STOCK = grammar.lark_parser()


def _shape(node: Any) -> Any:
    """A parse tree with every token's type, text and place."""
    if isinstance(node, Tree):
        return node.data, [_shape(child) for child in node.children]
    if isinstance(node, Token):
        return node.type, str(node), node.line, node.column, node.end_line, node.end_column
    return node


def _read(text: str, with_parser: Lark | None = None) -> Any:
    def read() -> Any:
        try:
            parsed = parse_module.parse(text, "t.rules")
        except RulesetError as error:
            return "error", error.render()
        return _shape(parsed.tree), [_shape(c) for c in parsed.comments]

    if with_parser is None:
        return read()
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(parse_module, "parser", lambda: with_parser)
        patch.setattr(syntax_errors, "parser", lambda: with_parser)
        return read()


def _same_as_lark(text: str) -> None:
    assert _read(text) == _read(text, STOCK), text


def test_the_shared_parser_uses_the_quick_scanners() -> None:
    grammar.parser().parse('ruleset "x"\n')
    lexers = grammar.parser().parser.lexer.lexers
    scanners = {type(lexer._scanner) for lexer in lexers.values() if lexer._scanner}
    assert scanners == {FirstMatchScanner}


def test_a_state_lexer_is_built_when_first_used_and_shared_as_in_lark() -> None:
    quick = grammar.lark_parser(_plugins=lexing.PLUGINS)
    assert not quick.parser.lexer.lexers  # nothing built while loading
    quick.parse('ruleset "x"\nrule R1 "t"\n  residents must be informed\n')
    built = quick.parser.lexer.lexers
    stock = STOCK.parser.lexer.lexers
    assert 0 < len(built) < len(stock)
    for state, lexer in built.items():
        assert [t.name for t in lexer.terminals] == [t.name for t in stock[state].terminals]
        assert (lexer.ignore_types, lexer.newline_types) == (stock[state].ignore_types, stock[state].newline_types)
    for one in built:  # states that accept the same terminals share a lexer, as in Lark
        for other in built:
            assert (built[one] is built[other]) == (stock[one] is stock[other])


@pytest.mark.parametrize("path", RULES_FILES, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_every_ruleset_file_reads_as_with_lark_alone(path) -> None:
    _same_as_lark(path.read_text(encoding="utf-8"))


def test_a_long_file_switches_to_lark_scanners_and_reads_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        import generate
    finally:
        sys.path.remove(str(ROOT / "bench"))
    text = generate.ruleset_text(rules=80, seed=3)
    monkeypatch.setattr(lexing, "FULL_AFTER", 5)
    quick = grammar.lark_parser(_plugins=lexing.PLUGINS)
    assert _read(text, quick) == _read(text, STOCK)
    used = [lexer._scanner for lexer in quick.parser.lexer.lexers.values() if lexer._scanner]
    assert any(scanner._full is not None for scanner in used) and any(scanner._full is None for scanner in used)


@given(mutated())
def test_mutated_rulesets_read_as_with_lark_alone(text: str) -> None:
    _same_as_lark(text)


@given(st.lists(st.sampled_from(WORDS + [" ", "x", "R1", "residents", "inwoners", "# note\n"]), max_size=30))
def test_keyword_soup_reads_as_with_lark_alone(words: list[str]) -> None:
    _same_as_lark('ruleset "x"\nrule R1 "t"\n  ' + " ".join(words))
