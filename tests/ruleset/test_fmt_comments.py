"""`fmt` keeps comments: above the line they precede, or after the line they trail."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from conftest import DATA, SPEC_EXAMPLES
from procesregels.ruleset.parse import parse
from procesregels.ruleset.format import format_parsed
from procesregels.ruleset.loader import load_layer, parse_ruleset
from procesregels.ruleset.transform import build_ruleset

LAYOUT = DATA / "dsl" / "spec" / "layout.rules"
SPEC = SPEC_EXAMPLES / "marktplein.nl.rules"


def fmt(text: str, lang: str | None = None) -> str:
    parsed = parse(text, "t.rules")
    return format_parsed(parsed, build_ruleset(parsed), lang)


def comments_of(text: str) -> list[str]:
    return sorted(str(token).rstrip() for token in parse(text, "t.rules").comments)


def test_the_layout_example_of_the_spec_keeps_every_comment():
    parsed, ruleset, vocabulary = load_layer(Path(LAYOUT))
    assert [d.name for d in ruleset.declarations] == ["omwonenden", "hoorzitting", "meedenken"]
    original = LAYOUT.read_text(encoding="utf-8")
    for lang in ("en", "nl"):
        formatted = format_parsed(parsed, ruleset, lang, vocabulary)
        assert comments_of(formatted) == comments_of(original)


def test_comment_placement():
    text = (
        "# about the file\n\nregelset \"x\"  # the title\n  gemeente \"Y\"\n\n"
        "# first rule\nregel R1 \"t\"\n  # why this source\n  bron \"art. 1\"\n"
        "  inwoners moeten geraadpleegd worden  # the sentence\n# closing words\n"
    )
    assert fmt(text) == (
        "# about the file\n\nregelset \"x\"  # the title\n  gemeente \"Y\"\n\n"
        "# first rule\nregel R1 \"t\"\n  # why this source\n  bron \"art. 1\"\n"
        "  inwoners moeten geraadpleegd worden  # the sentence\n\n# closing words\n"
    )


def test_a_comment_on_a_line_fmt_leaves_out_moves_above_the_next_line():
    text = 'ruleset "x"\nrule R1 "t"\n  severity error  # the default\n  youth must be consulted\n'
    assert fmt(text) == 'ruleset "x"\n\nrule R1 "t"\n  # the default\n  youth must be consulted\n'


@st.composite
def commented(draw):
    lines = SPEC.read_text(encoding="utf-8").split("\n")
    for _ in range(draw(st.integers(1, 6))):
        index = draw(st.integers(0, len(lines) - 1))
        comment = "# " + draw(st.text(st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp")), max_size=12))
        if draw(st.booleans()) and lines[index].strip() and "#" not in lines[index]:
            lines[index] += "  " + comment
        else:
            lines.insert(index + 1, comment)
    return "\n".join(lines)


@given(commented(), st.sampled_from(["en", "nl"]))
def test_fmt_keeps_comments_and_meaning_and_is_idempotent(text, lang):
    formatted = fmt(text, lang)
    assert comments_of(formatted) == comments_of(text)
    assert parse_ruleset(formatted).model_dump(exclude={"language"}) == parse_ruleset(text).model_dump(exclude={"language"})
    assert fmt(formatted, lang) == formatted
