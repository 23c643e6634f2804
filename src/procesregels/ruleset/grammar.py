"""The Lark parser of the ruleset language, built once and shared.

Its own module so that the parser (`parse`) and the syntax-error wording (`syntax_errors`), which
both need it, do not import each other.
"""

from __future__ import annotations

import contextvars
import re
from functools import lru_cache
from typing import Any

from lark import Lark, Token

from procesregels.core.resources import grammar_file
from procesregels.ruleset.lexing import PLUGINS

#: A word of a ruleset (letters only), as the language detection and the misspelling hints see it.
WORD_PATTERN = re.compile(r"[^\W\d_]+")

comment_sink: contextvars.ContextVar[list[Token] | None] = contextvars.ContextVar("comments", default=None)


def _collect_comment(token: Token) -> Token:
    sink = comment_sink.get()
    if sink is not None:
        sink.append(token)
    return token


@lru_cache(maxsize=1)
def parser() -> Lark:
    """The Lark parser of `grammar/procesregels.lark` (built on first use, then shared), with a
    lexer that starts quicker (lexing.py)."""
    return lark_parser(_plugins=PLUGINS)


def lark_parser(**extra: Any) -> Lark:
    """A new Lark parser of the grammar, exactly as Lark builds it (with `extra` options that
    do not change what it reads, such as the quick lexer's plugin)."""
    grammar = grammar_file()
    return Lark(
        grammar.read_text(encoding="utf-8"),
        cache=str(grammar.with_name(grammar.name + ".cache")),
        parser="lalr",
        lexer="contextual",
        propagate_positions=True,
        maybe_placeholders=True,
        lexer_callbacks={"COMMENT": _collect_comment},
        **extra,
    )
