"""A quicker start for Lark's contextual lexer: a parser state's lexer is built when the state is
first used, and it has no big regular expression until the state is used often.

Lark's contextual lexer has one lexer per set of terminals the parser accepts next (some 130 for
this grammar) and builds them all when the parser is loaded, though a typical ruleset passes
through some fifty; `QuickContextualLexer` builds each the first time the parser is in a state
that needs it (plugged in through Lark's `_plugins` option, which Lark allows when it loads its
table cache and which does not change the cache).

Each of those lexers compiles one regular expression of all its terminals,
`(?P<A>...)|(?P<B>...)|...`, on first use, and compiling them cost more than the rest of reading
the file. The expression takes the first alternative that matches, so trying the terminals one by
one in the same order (each compiled once, shared by every state) finds the same token; a state
used more than `FULL_AFTER` times gets Lark's own scanner, which is faster per token on a long
file.
"""

from __future__ import annotations

import re
from copy import copy
from functools import cached_property
from collections.abc import Callable, Collection
from typing import Any

from lark.common import LexerConf
from lark.lexer import BasicLexer, CallChain, ContextualLexer, Scanner, _create_unless

# Inside QuickContextualLexer, `BasicLexer` is the class attribute Lark builds state lexers from.
StateLexer = BasicLexer

#: Tokens read in one parser state before it gets Lark's compiled scanner.
FULL_AFTER = 256

_COMPILED: dict[tuple[str, int], re.Pattern] = {}


class FirstMatchScanner:
    """What Lark's `Scanner` gives (`match`, `allowed_types`), trying terminals in its order."""

    def __init__(self, terminals: list, flags: int, re_module: Any, use_bytes: bool) -> None:
        self.terminals = terminals
        self.allowed_types = {t.name for t in terminals}
        self._arguments = (terminals, flags, re_module, use_bytes)
        self._patterns: list[tuple[str, re.Pattern]] | None = None
        self._uses = 0
        self._full: Scanner | None = None

    def match(self, text: Any, pos: int) -> tuple[str, str] | None:
        if self._full is not None:
            return self._full.match(text, pos)
        self._uses += 1
        if self._uses > FULL_AFTER:
            self._full = Scanner(*self._arguments)
            return self._full.match(text, pos)
        for name, pattern in self._patterns or self._compile():
            found = pattern.match(text.text, pos, text.end)
            if found:
                return found.group(0), name
        return None

    def _compile(self) -> list[tuple[str, re.Pattern]]:
        terminals, flags, re_module, _ = self._arguments
        patterns = []
        for terminal in terminals:
            key = (terminal.pattern.to_regexp(), flags)
            if key not in _COMPILED:
                _COMPILED[key] = re_module.compile(key[0], flags)
            patterns.append((terminal.name, _COMPILED[key]))
        self._patterns = patterns
        return patterns


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
        return FirstMatchScanner(terminals, self.g_regex_flags, self.re, self.use_bytes)


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
