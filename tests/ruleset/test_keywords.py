"""Keywords matched without their regular expression (ruleset/keywords.py, from the table that
keyword_spellings.py writes) match exactly what the expression matches (a text they are not sure
of they leave to the expression), and the lexer (ruleset/lexing.py) uses them."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from procesregels.ruleset import grammar, lexing
from procesregels.ruleset import keyword_spellings as analysis
from procesregels.ruleset.keyword_spellings import LETTERS, keyword_form
from procesregels.ruleset.keywords import SURE, keyword_for

STOCK = grammar.lark_parser()
EXPRESSIONS = [t.pattern.to_regexp() for t in STOCK.terminals]
KEYWORDS = [regexp for regexp in EXPRESSIONS if keyword_for(regexp) is not None]
#: Every word the keywords are made of, and the blanks between them.
PIECES = sorted({piece for regexp in KEYWORDS for piece in re.findall(r"[^\W\d_]+", regexp[4:-7])})

# Look-alikes where Python's engine folds case its own way: 'ſ' is an s, the Kelvin sign a k,
# 'ı' and 'İ' are i's of a kind; 'é', 'ï' are word characters outside ASCII.
_LOOK_ALIKE = {"s": "\u017f", "k": "\u212a", "i": "\u0131", "e": "\u00e9", "o": "\u00f3"}
_AROUND = st.sampled_from(["", " ", "  ", "\t", "x", "X", "1", "_", "-", "'", ".", ":", "\u00e9", "\u00ef",
                           "\u017f", "\u212a", "\u0130", "\u0131", "\n", "s", "en", "es"])


@st.composite
def spelled(draw, words: list[str]) -> str:
    """Some of `words` in any case, some letters swapped for look-alikes, with blanks, letters or
    nothing between and around them."""
    out = [draw(_AROUND)]
    for word in draw(st.lists(st.sampled_from(words), min_size=1, max_size=3)):
        out.append("".join(draw(st.sampled_from([c, c.upper(), _LOOK_ALIKE.get(c, c)])) for c in word))
        out.append(draw(_AROUND))
    return "".join(out)


_BETWEEN = st.sampled_from([" ", "  ", "\t", " \t", "", "x", "-", "\u00e9"])


@st.composite
def alternative_spelled(draw, alternative: str) -> str:
    """The words of one alternative in their order, in any case and with look-alikes, with
    blanks (or something else) between them and anything after."""
    words = re.findall(r"[^\W\d_]+", alternative)
    out = [draw(st.sampled_from(["", "", "x", " "]))]
    for index, word in enumerate(words):
        if index:
            out.append(draw(_BETWEEN))
        out.append("".join(draw(st.sampled_from([c, c, c.upper(), _LOOK_ALIKE.get(c, c)])) for c in word))
    out.append(draw(_AROUND))
    return "".join(out)


@st.composite
def keyword_and_text(draw) -> tuple[str, str]:
    """A keyword, and a text: one of its alternatives spelled out, or some of any keywords' words."""
    regexp = draw(st.sampled_from(KEYWORDS))
    alternative = draw(st.sampled_from(regexp[4:-7].split("|")))
    text = draw(st.one_of(alternative_spelled(alternative), spelled(PIECES)))
    return regexp, text


def _expected(regexp: str, text: str, pos: int, end: int) -> str | None:
    found = re.compile(regexp).match(text, pos, end)
    return None if found is None else found.group(0)


def _matched(match, text: str, pos: int, end: int) -> str | None:
    found = match(text, pos, end)
    return None if found is None else found.group(0)


def test_the_table_is_the_analysis_of_the_grammar() -> None:
    assert analysis.TABLE.read_text(encoding="utf-8") == analysis.table_source(STOCK.terminals), (
        "the grammar changed: run `python -m procesregels.ruleset.keyword_spellings`")


def test_most_keywords_are_read() -> None:
    assert len(KEYWORDS) >= 74, len(KEYWORDS)
    for regexp in ("(?i:ruleset|regelset)(?!\\w)", "(?i:days?|weeks?|months?|dagen|dag)(?!\\w)",
                   "(?i:must|shall|moet(?:en)?)(?!\\w)", "(?i:at[ \t]+least|ten[ \t]*minste|minstens)(?!\\w)",
                   "(?i:one|twee|één)(?!\\w)", "(?i:informed|ge[iï]nformeerd)(?!\\w)"):
        assert keyword_form(regexp) is not None, regexp
    assert keyword_form("(?i:v[oó][oó]r|prior[ \t]+to)(?!\\w)") == (
        ("voor", "voór", "vóor", "vóór"), (("prior", "+", "to"),))


def test_the_letters_decided_here_fold_as_in_the_engine() -> None:
    """Ignoring case, Python's engine matches each letter a spelling may have with exactly the
    characters of SURE that have it as their lower case: comparing lower case is the engine's
    answer for text of those characters."""
    for spelled in sorted(LETTERS):
        pattern = re.compile("(?i:" + re.escape(spelled) + ")")
        for character in sorted(SURE):
            assert bool(pattern.fullmatch(character)) == (character.lower() == spelled), (spelled, character)


@pytest.mark.parametrize("regexp", [
    "(?i:participatie-?stap)(?!\\w)", "(?i:ge[a-z]nformeerd)(?!\\w)", "(?i:ge[^i]x)(?!\\w)", "(?i:a??)(?!\\w)",
    "(?i:(?:ab)?)(?!\\w)", "(?i:[ſ]et)(?!\\w)",
    "(?i:rule|regel)", "(?i:Rule)(?!\\w)", "(?:rule)(?!\\w)", "(?i:a|(?:b|c))(?!\\w)", "(?i:at[ \t]+?least)(?!\\w)",
    "(?i:at\\s+least)(?!\\w)", "(?i:moet(?:en)?[ \t]+x)(?!\\w)", "(?i:)(?!\\w)", "\\d+",
    "(?i:valt[ \t]+onder|valt)(?!\\w)",  # the order of the alternatives would decide
])
def test_other_expressions_are_left_to_the_engine(regexp: str) -> None:
    assert keyword_form(regexp) is None


@settings(max_examples=2000)  # quick examples; the joined words need many to meet every case
@given(keyword_and_text(), st.data())
def test_a_keyword_matches_what_its_expression_matches(case: tuple[str, str], data) -> None:
    regexp, text = case
    matcher = keyword_for(regexp)
    assert matcher is not None
    expression = lexing._Expression(regexp, 0, re)
    cut = data.draw(st.integers(0, len(text)))  # where the text may end (Lark's `end`)
    for pos in range(len(text) + 1):
        for end in {len(text), max(pos, cut)}:
            expected = _expected(regexp, text, pos, end)
            assert _matched(matcher.match, text, pos, end) == expected, (regexp, text, pos, end)
            assert _matched(expression.match, text, pos, end) == expected, (regexp, text, pos, end)


@given(st.sampled_from(KEYWORDS), st.data())
def test_every_spelling_of_a_keyword_matches_itself_in_plain_text(regexp: str, data) -> None:
    words = re.compile(regexp)
    spelling = data.draw(st.sampled_from([w for w in PIECES if words.match(w) and words.match(w).group(0) == w]
                                         or ["?"]))
    for text in (spelling, spelling.upper(), spelling + " x", spelling + "x"):
        assert _matched(keyword_for(regexp).match, text, 0, len(text)) == _expected(regexp, text, 0, len(text))


@pytest.mark.parametrize(("text", "joined"), [
    ('ruleset "x"\nrule R1 "t"\n  source "art. 1"\n  residents must be consulted at least six weeks before the'
     ' council decides\n', "(?i:at[ \t]+least"),
    ('regelset "x"\nregel R1 "t"\n  bron "art. 1"\n  inwoners moeten ten minste op niveau meedenken betrokken worden'
     ' vóór elk ontwerp\nregel R2 "t"\n  na het laatste besluit moeten deelnemers geïnformeerd worden\n',
     "(?i:at[ \t]+least"),
])
def test_reading_a_ruleset_compiles_no_keyword(text: str, joined: str, monkeypatch: pytest.MonkeyPatch) -> None:
    compiled: list[str] = []
    compile_ = re.compile
    monkeypatch.setattr(re, "compile", lambda pattern, flags=0: compiled.append(pattern) or compile_(pattern, flags))
    monkeypatch.setattr(lexing, "_EXPRESSIONS", {})
    grammar.lark_parser(_plugins=lexing.PLUGINS).parse(text)
    tried = [regexp for (regexp, _, _) in lexing._EXPRESSIONS if regexp in KEYWORDS]
    assert len(tried) >= 5 and not set(tried) & set(compiled)
    assert any(regexp.startswith(joined) for regexp in tried)  # words joined by blanks
    assert "(?:\"(?:[^\"\\\\\n\r]|\\\\[^\n\r])*\"|“[^”\n\r]*”)" in compiled  # the string: not a keyword


def test_every_alternative_with_every_join_matches_as_its_expression() -> None:
    """Each alternative of each keyword, its words joined by every kind of blank (or none, or
    something else), in two cases, cut off anywhere: as the expression, case for case."""
    checked = 0
    for regexp in KEYWORDS:
        matcher = keyword_for(regexp)
        assert matcher is not None
        for alternative in regexp[4:-7].split("|"):
            words = re.findall(r"[^\W\d_]+", alternative)
            for join in ("", " ", "\t", " \t ", "x", "-"):
                for after in ("", " ", "x", "\u00e9", "_", "\u017f"):
                    joined = join.join(words)
                    # as written, in capitals, and with the look-alikes Python folds to s and k
                    for text in (joined + after, joined.upper() + after,
                                 joined.replace("s", "\u017f").replace("k", "\u212a") + after):
                        for end in range(len(text) + 1):
                            expected = _expected(regexp, text, 0, end)
                            assert _matched(matcher.match, text, 0, end) == expected, (regexp, text, end)
                            checked += 1
    assert checked > 10_000
