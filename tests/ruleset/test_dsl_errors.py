"""Golden texts of ruleset errors: tests/data/dsl/errors/<name>.rules next to <name>.txt.

Regenerate after a deliberate change of wording with (tests/golden.py)
    PROCESREGELS_REGENERATE=1 pytest tests/ruleset/test_dsl_errors.py
and review the diff.
"""

from __future__ import annotations


import pytest

from conftest import DATA
from golden import assert_golden
from procesregels.errors import RulesetError
from procesregels.ruleset.loader import parse_ruleset

ERRORS = DATA / "dsl" / "errors"
CASES = sorted(path.stem for path in ERRORS.glob("*.rules"))


def rendered_error(name: str) -> str:
    text = (ERRORS / f"{name}.rules").read_bytes().decode("utf-8")
    with pytest.raises(RulesetError) as caught:
        parse_ruleset(text, f"{name}.rules")
    return caught.value.render() + "\n"


@pytest.mark.parametrize("name", CASES)
def test_error_message(name):
    assert_golden(ERRORS / f"{name}.txt", rendered_error(name))


@pytest.mark.parametrize("name", CASES)
def test_error_is_located_and_plain(name):
    rendered = rendered_error(name)
    first = rendered.splitlines()[0]
    assert first.startswith(f"{name}.rules:")
    # Plain words, never Lark's token names.
    for token_name in ("_NL", "WORD", "STRING", "$END", "Token(", "_MUST", "PARTICIPLE"):
        assert token_name not in rendered


def test_every_case_has_its_golden_file():
    assert CASES, "no cases"
    assert sorted(path.stem for path in ERRORS.glob("*.txt")) == CASES


def test_ruleset_and_explain_texts_have_both_languages_with_the_same_placeholders():
    from procesregels.i18n import CATALOGUE, placeholders

    keys = [key for key in CATALOGUE if key.startswith(("ruleset.", "explain."))]
    assert len(keys) > 50
    for key in keys:
        entry = CATALOGUE[key]
        assert entry.get("en") and entry.get("nl"), key
        assert placeholders(entry["en"]) == placeholders(entry["nl"]), key
