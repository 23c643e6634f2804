"""No input makes the ruleset reader raise anything but RulesetError (docs/spec/LANGUAGE.md section 8)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import DATA, SPEC_EXAMPLES
from procesregels.ruleset.parse import decode, parse
from procesregels.errors import RulesetError
from procesregels.ruleset.format import format_parsed, render_ruleset
from procesregels.ruleset.loader import parse_ruleset
from procesregels.ruleset.transform import build_ruleset

SEEDS = [
    (SPEC_EXAMPLES / "marktplein.rules").read_text(encoding="utf-8"),
    (SPEC_EXAMPLES / "marktplein.nl.rules").read_text(encoding="utf-8"),
    (DATA / "dsl" / "layers" / "city.rules").read_text(encoding="utf-8"),
]
WORDS = ["must", "moeten", "voor", "vóór", "na", "rule", "regel", "ruleset", "role", "under", "is", "at least",
         "ten minste", "within", "binnen", "every", "elke", "the", "de", ",", ":", '"', "#", "\n", "\t", "\x00",
         "\r", "phase", "fase", "or", "of", "and", "en", "1", "2026-02-30", "expect", "pass", "drops", "replaces",
         "consulted", "geraadpleegd", "worden", "involved at level", "op niveau", "ë", "\u2028", "“", "”"]


def parses_or_fails_cleanly(text: str) -> None:
    try:
        ruleset = parse_ruleset(text, "fuzz.rules")
    except RulesetError as error:
        rendered = error.render()
        assert rendered.startswith(("fuzz.rules:", "error:"))
        return
    # What parses must also be writable in both languages, comments and all, and mean the same.
    parsed = parse(text, "fuzz.rules")
    for lang in ("en", "nl"):
        render_ruleset(ruleset, lang)
        formatted = format_parsed(parsed, build_ruleset(parsed), lang)
        assert parse_ruleset(formatted).model_dump(exclude={"language"}) == ruleset.model_dump(exclude={"language"})


@given(st.text(max_size=300))
def test_random_text(text):
    parses_or_fails_cleanly(text)


@given(st.lists(st.sampled_from(WORDS + [" ", "x", "R1", "residents", "inwoners"]), max_size=30))
def test_random_keyword_soup(words):
    parses_or_fails_cleanly('ruleset "x"\nrule R1 "t"\n  ' + " ".join(words))


@st.composite
def mutated(draw):
    text = draw(st.sampled_from(SEEDS))
    for _ in range(draw(st.integers(1, 4))):
        position = draw(st.integers(0, len(text)))
        action = draw(st.sampled_from(["insert", "delete", "truncate", "duplicate", "swap"]))
        if action == "insert":
            text = text[:position] + draw(st.sampled_from(WORDS)) + text[position:]
        elif action == "delete":
            text = text[:position] + text[position + draw(st.integers(1, 12)):]
        elif action == "truncate":
            text = text[:position]
        elif action == "duplicate":
            lines = text.split("\n")
            index = draw(st.integers(0, len(lines) - 1))
            lines.insert(index, lines[index])
            text = "\n".join(lines)
        else:
            words = text.split(" ")
            if len(words) > 2:
                i, j = draw(st.integers(0, len(words) - 1)), draw(st.integers(0, len(words) - 1))
                words[i], words[j] = words[j], words[i]
                text = " ".join(words)
    return text


@given(mutated())
def test_mutated_rulesets(text):
    parses_or_fails_cleanly(text)


@given(st.binary(max_size=200))
def test_random_bytes(data):
    try:
        text = decode(data, "fuzz.rules")
    except RulesetError:
        return
    parses_or_fails_cleanly(text)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "\n\n\n",
        "# only a comment",
        "\ufeffruleset \"bom\"\n",
        'ruleset "x"\nrule R1 "t"\n  ' + "residents or " * 3000 + "youth must be consulted\n",
        'ruleset "x"\nrule R1 "t"\n  ' + "x" * 100_000 + "\n",
        'ruleset "x"\n' + "rule R{} \"t\"\n  youth must be consulted\n" * 10,
        'ruleset "x"\n' + "# deep\n" * 50_000,
        'ruleset "x"\nrule R1 "t"\n  when ' + "a is b and " * 2000 + "c is d: youth must be consulted\n",
        'ruleset "' + "\"" * 1000,
        "ruleset \"x\"\r\nrule R1 \"t\"\r\n  youth must be consulted\r\n",
        "ruleset \"x\"\rrule R1 \"t\"\r  youth must be consulted\r",
    ],
)
def test_awkward_inputs(text):
    parses_or_fails_cleanly(text)


def test_windows_line_endings_parse():
    ruleset = parse_ruleset('ruleset "x"\r\nrule R1 "t"\r\n  youth must be consulted\r\n')
    assert ruleset.rules[0].id == "R1"


def test_a_byte_order_mark_is_allowed():
    assert parse_ruleset(decode('\ufeffruleset "x"\n'.encode(), "bom.rules")).title == "x"


def test_a_slip_of_the_reader_is_a_located_error_not_a_traceback(monkeypatch: pytest.MonkeyPatch) -> None:
    """An exception other than a RulesetError inside the tree walk (a bug) is still said in words."""
    from procesregels.ruleset.transform import RulesetTransformer

    def broken(self, meta, children):
        raise ValueError("unexpected")

    monkeypatch.setattr(RulesetTransformer, "rule", broken)
    text = (SPEC_EXAMPLES / "marktplein.rules").read_text(encoding="utf-8")
    with pytest.raises(RulesetError) as raised:
        parse_ruleset(text, "x.rules")
    assert "unexpected" in raised.value.render() and raised.value.span is not None
