"""Unit and severity words: written once, in the vocabulary data, and agreeing with the grammar
and the types that name them."""

from __future__ import annotations

import re
import typing
from pathlib import Path

from procesregels.core import vocabulary
from procesregels.core.durations import UNITS, Unit
from procesregels.core.vocabulary import (
    LANGS, SEVERITIES, Lang, Severity, severity_names, severity_of, severity_word, unit_of, unit_words,
)

ROOT = Path(__file__).resolve().parents[2]


def _grammar_words(terminal: str) -> set[str]:
    grammar = (ROOT / "grammar").glob("*.lark")
    text = "\n".join(path.read_text(encoding="utf-8") for path in grammar)
    pattern = re.search(rf"^{terminal}(?:\.\d+)?: /\(\?i:([^)]*)\)", text, re.MULTILINE)
    assert pattern is not None, terminal
    alternatives = re.compile(f"(?:{pattern.group(1)})")
    return {w for w in {"day", "days", "dag", "dagen", "week", "weeks", "weken", "month", "months", "maand",
                        "maanden", "weekje", "maandag", "dayz"} if alternatives.fullmatch(w)}


def test_types_and_data_agree() -> None:
    data = vocabulary._data()
    assert tuple(data["units"]) == UNITS == typing.get_args(Unit)
    assert tuple(data["severities"]) == SEVERITIES == typing.get_args(Severity)
    assert LANGS == typing.get_args(Lang)
    for words in data["units"].values():
        assert set(words) == set(LANGS)
    for entry in data["severities"].values():
        assert set(LANGS) <= set(entry)


def test_the_grammar_takes_exactly_the_unit_words_of_the_data() -> None:
    words = {w.casefold() for lang in LANGS for pair in unit_words(lang).values() for w in pair}
    assert _grammar_words("UNIT") == words


def test_unit_words() -> None:
    assert unit_words("nl")["week"] == ("week", "weken")
    assert unit_words("en")["month"] == ("month", "months")
    assert unit_of("Weken") == ("week", True)
    assert unit_of("week") == ("week", False)
    assert unit_of("maand") == ("month", False)
    assert unit_of("fortnight") is None


def test_severity_words() -> None:
    assert severity_word("error", "nl") == "fout"
    assert severity_word("warning", "en") == "warning"
    assert severity_of("Waarschuwing") == "warning"
    assert severity_of("informatie") == "info"
    assert severity_of("fatal") is None
    assert set(severity_names()) == {"error", "fout", "warning", "waarschuwing", "info", "informatie"}
