"""Lark's syntax errors -> RulesetErrors in plain words (docs/spec/LANGUAGE.md section 8).

A message says what was found and what was expected, in words a council officer knows ("'must'",
"a role such as 'residents'", "a quoted text") rather than token names, suggests the nearest
keyword for a misspelt one, and gives typical mistakes (found by example, with Lark's
`match_examples`) a message of their own.
"""

from __future__ import annotations

import re
from functools import lru_cache

from lark.exceptions import LarkError, UnexpectedCharacters, UnexpectedInput, UnexpectedToken

from procesregels import i18n as messages
from procesregels.core.suggest import close_matches
from procesregels.ruleset.grammar import WORD_PATTERN, parser
from procesregels.errors import RulesetError
from procesregels.span import Span

#: What a terminal is, in words (message keys under `ruleset.expect.`), most telling first.
_DESCRIPTION_ORDER = (
    "SENTENCE", "_MUST", "_WORDEN", "_BE", "PARTICIPLE", "_INVOLVED", "_AT_LEVEL", "_BEFORE", "_AFTER",
    "_WITHIN", "_AT_LEAST", "_AT_MOST", "_MORE_THAN", "_LESS_THAN", "_NOT", "_AND", "_UNLESS", "_HAVE", "_INFLUENCE", "_IN", "_PHASE", "_OR", "_EARLIER",
    "VERB", "VERB_INF", "_STARTS", "_ENDS", "_LAST", "FIELD", "_INCLUDE", "_PARTICIPATION",
    "_OR_EARLIER", "_UNDER", "_IS", "_PLAN", "_EXPECT", "PASS", "STRING", "ID", "NUMBER", "UNIT", "DATE", "WORD",
    "ITEM", "METADATA", "RULE_OPTION", "COMMA", "COLON", "_NL", "$END",
)
_VERBS = {"DECIDES", "SETS", "DRAFTS", "BESLUIT", "KADERS", "ONTWERP", "VASTSTELT", "OPSTELT"}
_VERBS_INF = {"DECIDE", "SET", "DRAFT", "BESLUITEN", "VASTSTELLEN", "OPSTELLEN"}
_ITEM_STARTS = {"_ROLE", "_KIND", "_LEVEL", "_RULE", "_DROPS", "_EXAMPLE"}
_METADATA = {"_MUNICIPALITY", "_VERSION", "_ADOPTED", "_EXTENDS", "_LANGUAGE"}
_RULE_OPTIONS = {"_SEVERITY", "_REPLACES"}
_SENTENCE_STARTS = {"_PLAN", "_NO", "_WHEN", "_UNLESS"}

#: The word before a name says which kind of name is expected.
_NAME_AFTER = {
    "every": "kind", "each": "kind", "any": "kind", "elk": "kind", "elke": "kind", "ieder": "kind",
    "iedere": "kind", "soort": "kind", "phase": "phase", "fase": "phase", "level": "level",
    "niveau": "level", "role": "role", "rol": "role", "under": "role", "onder": "role",
    "severity": "severity", "ernst": "severity", "language": "language", "taal": "language",
}


def _categories(expected: set[str], previous_word: str) -> list[str]:
    """Group the expected terminals into the things a person would name."""
    found: set[str] = set()
    for name in expected:
        if name == "FRAMES":
            found.add("VERB_INF" if "SET" in expected or "DECIDE" in expected else "VERB")
        elif name in _VERBS:
            found.add("VERB")
        elif name in _VERBS_INF or name in {"KADERS", "ONTWERP"} and "BESLUITEN" in expected:
            found.add("VERB_INF")
        elif name in _ITEM_STARTS:
            found.add("ITEM")
        elif name in _METADATA or name == "_SOURCE" and "_MUNICIPALITY" in expected:
            found.add("METADATA")
        elif name in _RULE_OPTIONS or name == "_SOURCE":
            found.add("RULE_OPTION")
        elif name in _SENTENCE_STARTS or name == "_EVERY" and "_PLAN" in expected:
            found.add("SENTENCE")
        elif name == "_EVERY":
            found.add("EVERY")
        elif name in ("_RULESET",):
            found.add("HEADER")
        else:
            found.add(name)
    if found == {"_OR"}:  # only in `in phase X or earlier`
        found = {"_OR_EARLIER"}
    if "COLON" in found:  # the end of a condition: `and`/`or`/`unless` could go on, ':' is the usual
        found = {"COLON"}
    if "HEADER" in found:  # only blank lines and comments may come before the header
        found = {"HEADER"}
    if "SENTENCE" in found:  # the start of a sentence: any role or clause is fine
        found -= {"WORD", "_MUST", "_AFTER", "_BEFORE", "_AT_LEAST", "_WITHIN"}
    if "VERB_INF" in found and "VERB" in found:
        found.discard("VERB")
    if "WORD" in found and previous_word in _NAME_AFTER:
        found = (found - {"WORD"}) | {f"WORD.{_NAME_AFTER[previous_word]}"}
    order = {name: i for i, name in enumerate(_DESCRIPTION_ORDER)}
    return sorted(found, key=lambda n: (order.get(n.split(".")[0], len(order)), n))


def _describe_expected(categories: list[str], language: str) -> str:
    words = [messages.text(f"ruleset.expect.{name}", language) for name in categories[:6]]
    words = list(dict.fromkeys(w for w in words if not w.startswith("ruleset.expect."))) or [messages.text("ruleset.expect.other", language)]
    if len(words) == 1:
        return words[0]
    return ", ".join(words[:-1]) + f" {messages.text('general.or', language)} " + words[-1]


def _describe_found(error: UnexpectedInput, text: str, language: str) -> str:
    if isinstance(error, UnexpectedToken):
        token = error.token
        if token.type == "$END":
            return messages.text("ruleset.found.end", language)
        if token.type == "_NL":
            return messages.text("ruleset.found.line_end", language)
        return messages.text("ruleset.found.word", language, {"word": _clip(str(token))})
    pos = error.pos_in_stream  # set for the character and end-of-input errors that reach here
    char = text[pos] if pos is not None and pos < len(text) else ""
    return messages.text("ruleset.found.char", language, {"char": char if char.isprintable() else repr(char)})


def _clip(value: str) -> str:
    return value if len(value) <= 40 else value[:37] + "..."


@lru_cache(maxsize=1)
def _spellings() -> dict[str, tuple[str, ...]]:
    """Plain spellings of each keyword terminal, read from its regular expression."""
    result: dict[str, tuple[str, ...]] = {}
    for terminal in parser().terminals:
        match = re.fullmatch(r"\(\?i:(.*)\)\(\?!\\w\)", terminal.pattern.value)
        if not match:
            continue
        body = match.group(1).replace("[ \\t]+", " ").replace("[ \\t]*", " ")
        body = body.replace("[oó][oó]", "oo").replace("[iï]", "ï")
        words = tuple(alt for alt in body.split("|") if re.fullmatch(r"[a-zëï ]+", alt))
        result[terminal.name] = words
    return result


def _suggest(word: str, expected: set[str]) -> list[str]:
    spellings = _spellings()
    known = sorted({s for name in expected for s in spellings.get(name, ())})
    return close_matches(word.casefold(), known, n=2, cutoff=0.7)


#: Typical mistakes, by example: an error in the same parser state gets the matching hint.
_MISTAKES = {
    "participle_without_be": [
        'ruleset "x"\nrule R1 "t"\n  residents must consulted before the council decides\n',
        'ruleset "x"\nrule R1 "t"\n  youth must consulted\n',
    ],
    "sentence_on_title_line": ['ruleset "x"\nrule R1 "t" youth must be consulted\n'],
    "event_needs_every": [
        'ruleset "x"\nrule R1 "t"\n  residents must be consulted before the decision\n',
        'regelset "x"\nregel R1 "t"\n  inwoners moeten geraadpleegd worden voor het besluit\n',
        'regelset "x"\nregel R1 "t"\n  na het besluit moeten deelnemers geïnformeerd worden\n',
    ],
    "involved_without_level": [
        'regelset "x"\nregel R1 "t"\n  jongeren moeten betrokken worden\n',
        'ruleset "x"\nrule R1 "t"\n  youth must involved\n',
    ],
    "metadata_on_header_line": ['ruleset "x" municipality "y"\n'],
}
#: Words people use for a keyword the language spells differently.
_SYNONYMS = {"should": "must", "needs": "must", "need": "must", "dient": "moet", "dienen": "moeten",
             "zal": "moet", "zullen": "moeten", "prior": "before", "until": "before", "vooraf": "voordat",
             "following": "after", "nadien": "nadat"}


def _mistake(error: UnexpectedInput) -> str | None:
    """The label of a typical mistake made in the same place, if any."""
    try:
        return error.match_examples(parser().parse, _MISTAKES, use_accepts=True)
    except (LarkError, ValueError, AssertionError):
        return None


def _previous_word(text: str, pos: int) -> str:
    start = max(text.rfind("\n", 0, pos) + 1, pos - 300)
    words = WORD_PATTERN.findall(text[start:pos].casefold())
    articles = {"the", "a", "an", "de", "het", "een"}
    words = [w for w in words if w not in articles]
    return words[-1] if words else ""


def _misspelt_earlier(text: str, pos: int, expected: set[str]) -> tuple[int, str, list[str]] | None:
    """A word earlier on the line that is close to an expected keyword: the likely mistake when a
    misspelt keyword was read as part of a name (`residents mst be consulted`)."""
    start = max(text.rfind("\n", 0, pos) + 1, pos - 300)  # a sentence, not a whole minified file
    spellings = _spellings()
    wanted = {s for name in expected for s in spellings.get(name, ())}
    for match in re.finditer(r"[^\W\d_][\w'-]*", text[start:pos]):
        word = match.group(0)
        if word.casefold() in wanted:
            continue
        synonym = _SYNONYMS.get(word.casefold())
        suggestions = [synonym] if synonym in wanted else _suggest(word, expected)
        if suggestions:
            return start + match.start(), word, suggestions
    return None


def syntax_error(error: UnexpectedInput, text: str, path: str, language: str) -> RulesetError:
    """Lark's error -> RulesetError: where, what was found, what was expected, did you mean."""
    said = messages.answer_lang(language)  # messages: the file's language, unless --lang
    pos = min(max(getattr(error, "pos_in_stream", 0) or 0, 0), len(text))
    expected = set(getattr(error, "expected", None) or getattr(error, "allowed", None) or ())
    if isinstance(error, UnexpectedToken) and error.token.type in ("$END", "_NL"):
        pos = min(error.token.start_pos if error.token.start_pos is not None else len(text), len(text))
    if isinstance(error, UnexpectedCharacters) and text[pos : pos + 1] in ('"', "“"):
        return RulesetError(messages.text("ruleset.unclosed_string", said), span_at(text, path, pos), source_text=text, lang=said)
    if isinstance(error, UnexpectedCharacters) and text[pos : pos + 1] in ("'", "‘"):
        return RulesetError(messages.text("ruleset.single_quotes", said), span_at(text, path, pos), source_text=text, lang=said)
    rewrite = _unless_after(text, pos, language)
    if rewrite:
        message = messages.text("ruleset.mistake.unless_after", said, {"rewrite": rewrite})
        return RulesetError(message, span_at(text, path, pos), source_text=text, lang=said)
    mistake = _mistake(error)
    if mistake:
        message = messages.text(f"ruleset.mistake.{mistake}", said)
        return RulesetError(message, span_at(text, path, pos), source_text=text, lang=said)
    found = _describe_found(error, text, said)
    what = _describe_expected(_categories(expected, _previous_word(text, pos)), said)
    suggestions: list[str] = []
    if isinstance(error, UnexpectedToken) and error.token.type in ("WORD", "ID"):
        suggestions = _suggest(str(error.token), expected)
    elif isinstance(error, UnexpectedToken) and error.token.type in ("_NL", "$END"):
        earlier = _misspelt_earlier(text, pos, expected)
        if earlier:
            pos, word, suggestions = earlier
            found = messages.text("ruleset.found.word", said, {"word": word})
    message = messages.text("ruleset.syntax", said, {"found": found, "expected": what})
    return RulesetError(message, span_at(text, path, pos), source_text=text, suggestions=suggestions, lang=said)


_UNLESS_AFTER = re.compile(r",?\s*(?P<word>tenzij|unless)\s+(?P<condition>[^:\n]+?)\s*$", re.IGNORECASE)


def _unless_after(text: str, pos: int, language: str) -> str | None:
    """`inwoners moeten geraadpleegd worden, tenzij instrument begroting is`: the exception is
    written after the sentence. The sentence as it should read, or None for another mistake."""
    start, end = text.rfind("\n", 0, pos) + 1, text.find("\n", pos)
    line = text[start:] if end < 0 else text[start:end]
    match = _UNLESS_AFTER.search(line, pos - start)
    if not match:
        return None
    sentence = line[: match.start()].strip().rstrip(",")
    return f"{match.group('word').casefold()} {match.group('condition').strip()}: {sentence}"


def span_at(text: str, path: str, pos: int) -> Span:
    """The 1-based line and column of a character offset."""
    line = text.count("\n", 0, pos) + 1
    column = pos - (text.rfind("\n", 0, pos) + 1) + 1
    return Span(path, line, column)
