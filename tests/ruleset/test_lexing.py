"""The quicker lexer start (ruleset/lexing.py) reads every text into the same tokens, trees,
comments and syntax errors as Lark's own scanners."""

from __future__ import annotations

import re
import sys
from typing import Any

import pytest
from conftest import ROOT
from hypothesis import given
from hypothesis import strategies as st
from lark import Lark, Token, Tree
from lark.exceptions import UnexpectedInput
from test_dsl_robustness import WORDS, mutated
from test_trusted_models import RULES_FILES

from procesregels.errors import RulesetError
from procesregels.ruleset import grammar, lexing, syntax_errors
from procesregels.ruleset import parse as parse_module
from procesregels.ruleset.lexing import FirstMatchScanner

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


def test_the_table_cache_holds_the_terminal_widths(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Lark orders a state's terminals by their widths, which it works out by parsing each
    expression: written into the cache when it is built, a later process never does that again."""
    import lark.lexer

    copied = tmp_path / "procesregels.lark"
    copied.write_text(grammar.grammar_file().read_text(encoding="utf-8"), encoding="utf-8")
    monkeypatch.setattr(grammar, "grammar_file", lambda: copied)
    grammar.lark_parser(_plugins=lexing.PLUGINS)  # builds the tables and writes the cache
    assert (tmp_path / "procesregels.lark.cache").exists()
    worked_out: list[str] = []
    monkeypatch.setattr(lark.lexer, "get_regexp_width", lambda regexp: worked_out.append(regexp))
    loaded = grammar.lark_parser(_plugins=lexing.PLUGINS)
    loaded.parse('ruleset "x"\nrule R1 "t"\n  residents must be consulted before the council decides\n')
    assert worked_out == []


@pytest.mark.parametrize("path", RULES_FILES, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_every_ruleset_file_reads_as_with_lark_alone(path) -> None:
    _same_as_lark(path.read_text(encoding="utf-8"))


def test_a_long_file_reads_as_with_lark_alone() -> None:
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        import generate
    finally:
        sys.path.remove(str(ROOT / "bench"))
    text = generate.ruleset_text(rules=300, seed=3) + "\n"
    quick = grammar.lark_parser(_plugins=lexing.PLUGINS)
    assert _tokens_and_error(quick, text) == _tokens_and_error(STOCK, text)
    assert _read(text, quick) == _read(text, STOCK)


def test_a_state_tries_only_the_terminals_that_can_begin_with_the_next_character() -> None:
    quick = grammar.lark_parser(_plugins=lexing.PLUGINS)
    interactive = quick.parse_interactive('ruleset "x"\n')
    interactive.exhaust_lexer()
    scanner = quick.parser.lexer.lexers[interactive.parser_state.position].scanner  # after the header line
    accepted = {terminal.name for terminal in scanner.terminals}
    assert {"_RULE", "_ROLE", "_SOURCE", "WS"} <= accepted

    def tried(character: str) -> set[str]:
        return {name for name, _ in scanner._candidates(character)}

    assert {"_RULE", "_ROLE"} <= tried("r") == tried("R") and "_SOURCE" not in tried("r")
    assert tried(" ") == {"WS"}
    assert tried("!") == set()
    assert tried("\u017f") == tried("\u00e9") == accepted  # 'ſource' is a `source`: a non-ASCII one tries all


@given(mutated())
def test_mutated_rulesets_read_as_with_lark_alone(text: str) -> None:
    _same_as_lark(text)


@given(st.lists(st.sampled_from(WORDS + [" ", "x", "R1", "residents", "inwoners", "# note\n"]), max_size=30))
def test_keyword_soup_reads_as_with_lark_alone(words: list[str]) -> None:
    _same_as_lark('ruleset "x"\nrule R1 "t"\n  ' + " ".join(words))


# -- token for token against Lark's own contextual lexer ----------------------------------------

#: Every letter run of the grammar's terminals: the keywords, and pieces of them (near-keywords).
KEYWORDS = sorted({word for t in STOCK.terminals for word in re.findall(r"[^\W\d_]{2,}", t.pattern.value)})
#: Letters whose case folding reaches ASCII letters ('ſ' is an 's', the Kelvin sign a 'k', ...),
#: and accented letters of Dutch.
UNICODE_LETTERS = {"s": "ſ", "k": "\u212a", "i": "İı", "e": "éë", "o": "ó", "u": "ü"}
ATOMS = ["é", "ï", "ó", "ſ", "\u212a", "İ", "ı", "1", "12", "2026-01-31", "1.5", "3,0", "R1", "R-2.", ":", ",", "-",
         ".", "'", "_", '"x"', "“y”", "# c", "\n", "\n  ", "\t", "  ", "x"]
PREFIXES = ["", 'ruleset "x"\n', 'ruleset "x"\nrule R1 "t"\n  ', 'regelset "x"\n  gemeente "G"\nregel R1 "t"\n  ',
            'ruleset "x"\nrole residents under inwoners\nattribute size: number\nrule R1 "t"\n  when ',
            'ruleset "x"\nrule R1 "t"\n  residents must be involved at level ']


@st.composite
def keyword_like(draw: st.DrawFn) -> str:
    """A keyword, in some case, maybe with a letter changed, added or dropped, or one of its
    letters written as a Unicode letter that folds to it."""
    word = draw(st.sampled_from(KEYWORDS))
    case = draw(st.sampled_from(["lower", "upper", "title", "mixed"]))
    if case == "mixed":
        word = "".join(c.upper() if draw(st.booleans()) else c for c in word)
    else:
        word = getattr(word, case)()
    change = draw(st.sampled_from(["none", "none", "unicode", "drop", "add", "replace"]))
    at = draw(st.integers(0, len(word) - 1))
    if change == "unicode" and word[at].lower() in UNICODE_LETTERS:
        word = word[:at] + draw(st.sampled_from(UNICODE_LETTERS[word[at].lower()])) + word[at + 1:]
    elif change == "drop":
        word = word[:at] + word[at + 1:]
    elif change in ("add", "replace"):
        extra = draw(st.sampled_from(list("aeksx_-'1") + ATOMS[:7]))
        word = word[:at] + extra + word[at + (change == "replace"):]
    return word


def lexer_soup() -> st.SearchStrategy[str]:
    pieces = st.lists(st.one_of(keyword_like(), st.sampled_from(ATOMS)), max_size=12)
    gaps = st.sampled_from([" ", " ", "", "\n  ", "\t"])
    return st.builds(lambda prefix, words, gap: prefix + gap.join(words), st.sampled_from(PREFIXES), pieces, gaps)


def _tokens_and_error(lark: Lark, text: str) -> tuple[list, Any]:
    """Every token the parser reads from `text` (type, text, place) and the error it stops at."""
    interactive = lark.parse_interactive(text)
    tokens: list = []
    try:
        last = None
        for last in interactive.iter_parse():
            tokens.append((last.type, str(last), last.start_pos, last.line, last.column, last.end_line,
                           last.end_column, last.end_pos))
        interactive.feed_eof(last)
    except UnexpectedInput as error:
        token = getattr(error, "token", None)
        return tokens, (type(error).__name__, error.pos_in_stream, error.line, error.column,
                        sorted(getattr(error, "allowed", None) or ()), sorted(getattr(error, "expected", None) or ()),
                        token and (token.type, str(token), token.start_pos), getattr(error.state, "position", None))
    return tokens, None


@given(lexer_soup())
def test_generated_texts_lex_token_for_token_as_with_lark(text: str) -> None:
    quick = grammar.lark_parser(_plugins=lexing.PLUGINS)  # fresh: no state has Lark's scanner yet
    assert _tokens_and_error(quick, text + "\n") == _tokens_and_error(STOCK, text + "\n"), text
    _same_as_lark(text)
