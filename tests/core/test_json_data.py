"""The package reads its shipped JSON forms with pydantic-core's parser (core/resources.json_data):
the same values as the json module, and not JSON is a ValueError as there."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from procesregels.core.resources import json_data, rulesets_dir
from procesregels.core.vocabulary_data import DERIVED, read
from procesregels.ruleset.loader import load_ruleset

_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=20,
)


@given(_VALUES)
def test_the_values_of_a_json_text_are_those_of_the_json_module(value) -> None:
    text = json.dumps(value, ensure_ascii=False)
    assert json_data(text) == json.loads(text)
    assert json_data(json.dumps(value)) == json.loads(text)  # escaped non-ASCII too


def test_every_shipped_form_reads_as_with_the_json_module() -> None:
    read()  # in a checkout: brings the vocabulary's form up to date
    load_ruleset("national")  # and writes the bundled ruleset's (and those it extends)
    forms = [DERIVED, *sorted(rulesets_dir().glob("*.resolved.json"))]
    assert DERIVED.exists() and len(forms) > 1
    for form in forms:
        text = form.read_text(encoding="utf-8")
        assert json_data(text) == json.loads(text), form


@pytest.mark.parametrize("text", ["", "{", "[1,]", '{"a": 1} x', "nul", "\x00", "{'a': 1}"])
def test_what_is_not_json_is_a_value_error(text: str) -> None:
    with pytest.raises(ValueError):
        json.loads(text)
    with pytest.raises(ValueError):
        json_data(text)
