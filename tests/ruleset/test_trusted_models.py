"""The ruleset reader builds its models without pydantic's validators (`model.trusted`, for a
fast start-up): it must give exactly the models the validating constructors give, field for
field and type for type, and the same errors, for every ruleset text."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any, Callable

import pytest
from hypothesis import given
from pydantic import ValidationError

from conftest import ROOT
from model_structure import structure
from procesregels.errors import RulesetError
from procesregels.ruleset import model
from procesregels.ruleset.format import render_ruleset
from procesregels.ruleset.loader import parse_layers, parse_ruleset
from test_dsl_robustness import mutated
from test_fmt_roundtrip import rulesets

RULES_FILES = sorted(p for p in ROOT.glob("**/*.rules") if ".venv" not in p.parts and "build" not in p.parts)


def outcome(read: Callable[[], model.Ruleset]) -> Any:
    try:
        return structure(read())
    except RulesetError as error:
        return "error", error.render()


def both_ways(read: Callable[[], model.Ruleset], monkeypatch: pytest.MonkeyPatch) -> tuple[Any, Any]:
    fast = outcome(read)
    with monkeypatch.context() as patch:
        patch.setattr(model, "VALIDATE_TRUSTED", True)
        validated = outcome(read)
    return fast, validated


def test_every_ruleset_file_is_found() -> None:
    assert len(RULES_FILES) > 50  # bundled, spec examples, the test data's good and bad files


@pytest.mark.parametrize("path", RULES_FILES, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_every_ruleset_file_gives_the_validated_models(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fast, validated = both_ways(lambda: parse_layers(path), monkeypatch)
    assert fast == validated


def test_every_sentence_form_of_the_benchmark_gives_the_validated_models(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    sys.path.insert(0, str(ROOT / "bench"))
    try:
        import generate
    finally:
        sys.path.remove(str(ROOT / "bench"))
    text = generate.ruleset_text(rules=60, seed=7)  # cycles over every sentence form
    fast, validated = both_ways(lambda: parse_ruleset(text, "bench.rules"), monkeypatch)
    assert fast[0] == "Ruleset" and fast == validated


@given(rulesets("en") | rulesets("nl"))
def test_generated_rulesets_give_the_validated_models(ruleset) -> None:
    with pytest.MonkeyPatch.context() as monkeypatch:
        for lang in ("en", "nl"):
            text = render_ruleset(ruleset, lang)
            fast, validated = both_ways(functools.partial(parse_ruleset, text, "generated.rules"), monkeypatch)
            assert fast == validated, text


@given(mutated())
def test_mutated_texts_give_the_validated_models_or_the_same_error(text) -> None:
    with pytest.MonkeyPatch.context() as monkeypatch:
        fast, validated = both_ways(lambda: parse_ruleset(text, "mutated.rules"), monkeypatch)
        assert fast == validated, text


def test_the_constructors_still_validate() -> None:
    with pytest.raises(ValidationError):
        model.Duration(amount=-1, unit="days")
    with pytest.raises(ValidationError):
        model.AllOf(parts=(model.Condition(attribute="budget", op="is", value=1),))
    with pytest.raises(ValidationError):
        model.Event(type="steps", kind="decision", colour="red")
