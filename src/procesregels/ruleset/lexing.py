"""A quicker start for Lark's contextual lexer: a parser state's lexer is built when the state is
first used, and it tries only the terminals that can begin with the next character.

Lark's contextual lexer has one lexer per set of terminals the parser accepts next (some 130 for
this grammar) and builds them all when the parser is loaded, though a typical ruleset passes
through some fifty; `QuickContextualLexer` builds each the first time the parser is in a state
that needs it (plugged in through Lark's `_plugins` option, which Lark allows when it loads its
table cache and which does not change the cache).

Each of those lexers compiles one regular expression of all its terminals,
`(?P<A>...)|(?P<B>...)|...`, on first use, and compiling them cost more than the rest of reading
the file. The expression takes the first alternative that matches, so trying the terminals one by
one in the same order finds the same token. Better still, most terminals are keywords that can
only begin with a few letters: a terminal that cannot begin with the next character is not tried
at all, and an expression is compiled (once, shared by every state) only when first tried. Per
token this is as quick as Lark's big expression even on long files, so no state builds one.
Most keywords are matched without compiling their expression at all (keywords.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from copy import copy
from functools import cached_property
from typing import Any

from lark.common import LexerConf
from lark.lexer import BasicLexer, CallChain, ContextualLexer, _create_unless

from procesregels.ruleset.first_characters_table import STARTS
from procesregels.ruleset.keywords import keyword_for

# Inside QuickContextualLexer, `BasicLexer` is the class attribute Lark builds state lexers from.
StateLexer = BasicLexer

Candidates = tuple[tuple[str, "_Expression"], ...]  # (terminal name, its expression), in Lark's order


class _Expression:
    """A terminal's regular expression, compiled when first tried, then shared by every state;
    a keyword that keywords.py reads is matched without it.

    `match(text, pos, end)` is the compiled expression's `match`, or the keyword's, which gives
    the same."""

    __slots__ = ("_arguments", "match")

    def __init__(self, regexp: str, flags: int, re_module: Any) -> None:
        self._arguments = (regexp, flags, re_module)
        matcher = keyword_for(regexp) if flags == 0 and re_module is re else None
        self.match: Callable[[str, int, int], re.Match | None] = (
            matcher.match if matcher is not None else self._compile_and_match)

    def _compile_and_match(self, text: str, pos: int, end: int) -> re.Match | None:
        regexp, flags, re_module = self._arguments
        self.match = re_module.compile(regexp, flags).match
        return self.match(text, pos, end)


#: Every expression by (expression, flags, re module).
_EXPRESSIONS: dict[tuple[str, int, Any], _Expression] = {}


class FirstMatchScanner:
    """What Lark's `Scanner` gives (`match`, `allowed_types`), trying terminals in its order.

    A terminal whose expression cannot begin with the next character (an ASCII one, by the
    table of first_characters_table.py) cannot match there, so it is skipped without being
    tried or even compiled; which terminals remain is worked out once per state and character.
    A non-ASCII character tries every terminal (Unicode case folding is left to the engine)."""

    def __init__(self, terminals: list, flags: int, re_module: Any) -> None:
        self.terminals = terminals
        self.allowed_types = {t.name for t in terminals}
        self._arguments = (flags, re_module)
        self._by_character: dict[str, Candidates] = {}
        # (name, expression, the ASCII characters it can begin with or None if not known)
        self._first: list[tuple[str, _Expression, str | None]] | None = None

    def match(self, text: Any, pos: int) -> tuple[str, str] | None:
        source = text.text
        candidates = self._by_character.get(source[pos])
        if candidates is None:
            candidates = self._by_character[source[pos]] = self._candidates(source[pos])
        for name, expression in candidates:
            found = expression.match(source, pos, text.end)
            if found:
                return found.group(0), name
        return None

    def _candidates(self, character: str) -> Candidates:
        """The terminals that may match at `character`."""
        if self._first is None:
            flags, re_module = self._arguments
            self._first = []
            for terminal in self.terminals:
                regexp = terminal.pattern.to_regexp()
                key = (regexp, flags, re_module)
                expression = _EXPRESSIONS.get(key) or _EXPRESSIONS.setdefault(key, _Expression(*key))
                # The table is of expressions compiled without flags, by Python's re.
                starts = STARTS.get(regexp) if flags == 0 and re_module is re else None
                self._first.append((terminal.name, expression, starts))
        ascii = character.isascii()
        return tuple((name, expression) for name, expression, starts in self._first
                     if starts is None or not ascii or character in starts)


class QuickBasicLexer(BasicLexer):
    """Lark's lexer of one parser state, with a `FirstMatchScanner` (and the terminal callbacks
    exactly as Lark's `_build_scanner` sets them up)."""

    def _build_scanner(self) -> Any:
        if self.use_bytes:  # the first-match loop reads text; bytes keep Lark's scanner
            return super()._build_scanner()
        terminals, self.callback = _create_unless(self.terminals, self.g_regex_flags, self.re, self.use_bytes)
        for type_, function in self.user_callbacks.items():
            if type_ in self.callback:
                self.callback[type_] = CallChain(self.callback[type_], function, lambda t, type_=type_: t.type == type_)
            else:
                self.callback[type_] = function
        return FirstMatchScanner(terminals, self.g_regex_flags, self.re)


class _LexersByState(dict):
    """Parser state -> its lexer, built on first look-up (Lark's `lex` reads `lexers[state]`)."""

    def __init__(self, build: Callable[[int], StateLexer]) -> None:
        super().__init__()
        self._build = build

    def __missing__(self, state: int) -> StateLexer:
        lexer = self[state] = self._build(state)
        return lexer


class QuickContextualLexer(ContextualLexer):
    """Lark's contextual lexer (its `lex`, and so its tokens and errors), with every state's
    lexer built as Lark builds it, but when first needed, and states that accept the same
    terminals sharing one lexer as in Lark."""

    BasicLexer = QuickBasicLexer  # what Lark's ContextualLexer builds its state lexers from

    def __init__(self, conf: LexerConf, states: dict[int, Collection[str]], always_accept: Collection[str] = ()) -> None:
        # Deliberately not ContextualLexer.__init__: that builds every state's lexer up front.
        self._conf = copy(conf)
        self._conf.terminals = list(conf.terminals)
        for terminal in conf.terminals:
            # Lark orders a state's terminals by their widths, which it works out by parsing each
            # expression, and keeps them in its table cache if they are known when it writes the
            # cache (after this, when the parser is built). Lark's own contextual lexer knows them
            # by then, as it builds every state's lexer; so work them out now, once.
            _ = terminal.pattern.max_width
        self._states = states
        self._always_accept = always_accept
        self._by_accepts: dict[frozenset[str], StateLexer] = {}
        self.lexers = _LexersByState(self._lexer_for)

    def _lexer_for(self, state: int) -> StateLexer:
        accepts = self._states[state]  # an unknown state raises KeyError, as Lark's dict does
        key = frozenset(accepts)
        if key not in self._by_accepts:
            conf = copy(self._conf)
            names = set(accepts) | set(conf.ignore) | set(self._always_accept)
            conf.terminals = [conf.terminals_by_name[n] for n in names if n in conf.terminals_by_name]
            self._by_accepts[key] = self.BasicLexer(conf)
        return self._by_accepts[key]

    @cached_property
    def root_lexer(self) -> StateLexer:  # type: ignore[override]
        """All terminals, to word an unexpected character (Lark's own scanner, as in Lark)."""
        conf = copy(self._conf)
        conf.skip_validation = True
        return StateLexer(conf)


#: What `Lark(..., _plugins=PLUGINS)` needs to use the quick lexer.
PLUGINS = {"ContextualLexer": QuickContextualLexer}
