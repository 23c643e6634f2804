"""A quicker start for Lark's contextual lexer: no big regular expression for a parser state
until the state is used often.

Lark's contextual lexer has one scanner per set of terminals the parser accepts next, and each
scanner compiles one regular expression of all its terminals, `(?P<A>...)|(?P<B>...)|...`, on
first use. A typical ruleset passes through some fifty such sets, and compiling their
expressions cost more than the rest of reading the file. The expression takes the first
alternative that matches, so trying the terminals one by one in the same order (each compiled
once, shared by every state) finds the same token; a state used more than `FULL_AFTER` times
gets Lark's own scanner, which is faster per token on a long file.
"""

from __future__ import annotations

import re
from typing import Any

from lark import Lark
from lark.lexer import BasicLexer, CallChain, Scanner, _create_unless

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


def quick_start(parser: Lark) -> Lark:
    """`parser` with its contextual lexer's scanners built as `FirstMatchScanner`s (the error
    lexer, used only to word a syntax error, keeps Lark's own)."""
    lexers = getattr(parser.parser.lexer, "lexers", {})  # a contextual lexer's, per parser state
    for lexer in {id(lexer): lexer for lexer in lexers.values()}.values():
        if type(lexer) is BasicLexer and not lexer.use_bytes:
            lexer._build_scanner = _builder(lexer)  # type: ignore[method-assign]
    return parser


def _builder(lexer: BasicLexer):
    """Lark's `BasicLexer._build_scanner` (the terminal callbacks), with the scanner above."""

    def build() -> FirstMatchScanner:
        terminals, lexer.callback = _create_unless(lexer.terminals, lexer.g_regex_flags, lexer.re, lexer.use_bytes)
        for type_, function in lexer.user_callbacks.items():
            if type_ in lexer.callback:
                lexer.callback[type_] = CallChain(lexer.callback[type_], function, lambda t, type_=type_: t.type == type_)
            else:
                lexer.callback[type_] = function
        return FirstMatchScanner(terminals, lexer.g_regex_flags, lexer.re, lexer.use_bytes)

    return build
