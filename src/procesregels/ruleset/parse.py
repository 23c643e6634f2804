"""Text -> parse tree for the ruleset language, and Lark's errors -> located RulesetErrors.

The parser is built once per process, on first use (`procesregels --help` should not pay
it). Building the LALR tables costs more than the rest of a typical `lint`, so they are cached
in `procesregels.lark.cache` next to the grammar: inside the installed package (as trusted as
its code), never in the shared temporary folder. Lark checks the grammar, the options and the
Lark and Python versions against the cache and rebuilds when any differs.

Every failure of reading a ruleset leaves this module as a `RulesetError` that says where,
what was found, what was expected in plain words, and the nearest known word (the wording of
syntax errors is in syntax_errors.py, the parser itself in grammar.py).
"""

from __future__ import annotations

import re
import unicodedata

from lark import Token, Tree
from lark.exceptions import LarkError, UnexpectedInput

from procesregels import i18n as messages
from procesregels.errors import RulesetError
from procesregels.ruleset.grammar import WORD_PATTERN, comment_sink, parser
from procesregels.core.record import Record
from procesregels.span import Span

#: A ruleset is a page of text; anything this big is a mistake (a binary, a log, a dump).
MAX_BYTES = 5 * 1024 * 1024


class Parsed(Record):
    """A parse tree with the text it came from and the comments the parser skipped."""

    __slots__ = ("comments", "language", "path", "text", "tree")

    def __init__(self, tree: Tree, text: str, path: str, comments: tuple[Token, ...], language: str) -> None:
        self.tree, self.text, self.path, self.comments, self.language = tree, text, path, comments, language


def decode(data: bytes, path: str) -> str:
    """Bytes of a ruleset file -> text; not UTF-8 or too big is a RulesetError."""
    if len(data) > MAX_BYTES:
        raise RulesetError(messages.text("ruleset.too_large", messages.answer_lang(), {"size": len(data), "limit": MAX_BYTES}), Span(path, 1, 1))
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        column = error.start - (data.rfind(b"\n", 0, error.start) + 1) + 1
        byte = f"{data[error.start]:02x}"
        raise RulesetError(messages.text("ruleset.not_utf8", messages.answer_lang(), {"byte": byte}), Span(path, line, column)) from None


def parse(text: str, path: str = "<ruleset>") -> Parsed:
    """Parse ruleset text; raises RulesetError (and nothing else) for any input."""
    language = detect_language(text)
    said = messages.answer_lang(language)  # the language of the messages: the file's, unless --lang
    if len(text) > MAX_BYTES:
        raise RulesetError(messages.text("ruleset.too_large", said, {"size": len(text), "limit": MAX_BYTES}), Span(path, 1, 1), lang=said)
    if "\x00" in text:
        line = text.count("\n", 0, text.index("\x00")) + 1
        raise RulesetError(messages.text("ruleset.binary", said), Span(path, line, 1), lang=said)
    if not text.strip():
        raise RulesetError(messages.text("ruleset.empty", said), Span(path, 1, 1), lang=said)
    if not unicodedata.is_normalized("NFC", text):  # `geïnformeerd` typed as i + combining diaeresis
        text = _composed_outside_strings(text)
    # The grammar ends every line with a newline token; a last line without one is still a line.
    source = text if text.endswith("\n") else text + "\n"
    comments: list[Token] = []
    marker = comment_sink.set(comments)
    try:
        tree = parser().parse(source)
    except UnexpectedInput as error:
        from procesregels.ruleset.syntax_errors import syntax_error  # only needed when something is wrong

        raise syntax_error(error, text, path, language) from None
    except (LarkError, RecursionError, ValueError) as error:  # defensive: never a traceback
        raise RulesetError(messages.text("ruleset.unreadable", said, {"reason": str(error)[:200]}), Span(path, 1, 1), lang=said) from None
    finally:
        comment_sink.reset(marker)
    return Parsed(tree=tree, text=text, path=path, comments=tuple(comments), language=language)


def _composed_outside_strings(text: str) -> str:
    """Keywords and names in composed form (NFC); quoted texts and comments exactly as written."""
    parts, last = [], 0
    for match in _STRINGS_AND_COMMENTS.finditer(text):
        parts += [unicodedata.normalize("NFC", text[last : match.start()]), match.group(0)]
        last = match.end()
    parts.append(unicodedata.normalize("NFC", text[last:]))
    return "".join(parts)


# -- language detection ------------------------------------------------------------------------

_STRINGS_AND_COMMENTS = re.compile(r'"(?:[^"\\\n]|\\.)*"|“[^”\n]*”|#[^\n]*')
ENGLISH_KEYWORDS = frozenset(
    "ruleset municipality version adopted source extends language role under kind level rule severity "
    "replaces drops example expect pass when if and must shall be involved at least most within before "
    "after have has influence phase or earlier every each any participation step starts start ends last "
    "lasts include includes no decides sets frames drafts decide set draft the an owner date days day "
    "weeks months month informed consulted advised legal floor attribute number".split()
)
DUTCH_KEYWORDS = frozenset(
    "regelset gemeente versie vastgesteld bron breidt uit taal rol valt onder soort niveau regel ernst "
    "vervangt schrapt voorbeeld verwacht slaagt als indien en moet moeten worden wordt betrokken op ten "
    "minste hoogste binnen voor vóór voordat na nadat hebben heeft invloed fase of eerder elk elke ieder "
    "iedere participatie participatiestap begint eindigt duren duurt bevatten bevat geen besluit kaders "
    "vaststelt ontwerp opstelt besluiten vaststellen opstellen de het een eigenaar datum dag dagen weken "
    "maand maanden geïnformeerd geinformeerd geraadpleegd geadviseerd wettelijke ondergrens kenmerk getal".split()
)


def detect_language(text: str) -> str:
    """'nl' or 'en': the language most of the keywords are in (a `language` line wins later)."""
    words = WORD_PATTERN.findall(_STRINGS_AND_COMMENTS.sub(" ", text[:200_000]).casefold())
    dutch = sum(word in DUTCH_KEYWORDS for word in words)
    english = sum(word in ENGLISH_KEYWORDS for word in words)
    return "nl" if dutch > english else "en"
