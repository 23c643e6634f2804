"""Well-formed plan data is built into the plan models without pydantic's validators
(plan/plain_shape.py, for a fast start-up): whenever that happens, the result must be exactly
what the validators give, and every other plan must still get the validators' words."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any, Callable

import pytest
import yaml
from hypothesis import given

from conftest import DATA, ROOT
from model_structure import structure
from procesregels.errors import PlanError
from procesregels.plan import shape
from procesregels.plan.loader import load_plan, parse_plan
from procesregels.plan.model import Plan
from procesregels.plan.plain_shape import plain_plan
from test_plan_fuzz import mutated_data

PLAN_SUFFIXES = {".yaml", ".yml", ".json", ".bpmn", ".csv", ".xlsx"}
PLAN_FILES = sorted(
    p for p in ROOT.glob("**/*.*")
    if p.suffix in PLAN_SUFFIXES and not {".venv", "build", ".git", "node_modules"} & set(p.parts)
    and not p.name.endswith(".resolved.json") and p.parent != ROOT
)


def outcome(read: Callable[[], Plan]) -> Any:
    try:
        return structure(read())
    except PlanError as error:
        return "error", error.render()


def both_ways(read: Callable[[], Plan], monkeypatch: pytest.MonkeyPatch) -> tuple[Any, Any]:
    plain = outcome(read)
    with monkeypatch.context() as patch:
        patch.setattr(shape, "PLAIN_FIRST", False)
        validated = outcome(read)
    return plain, validated


def test_the_plan_files_are_found() -> None:
    assert len(PLAN_FILES) > 100  # examples, the test data's good and bad plans


@pytest.mark.parametrize("path", PLAN_FILES, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_every_plan_file_gives_what_the_validators_give(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    plain, validated = both_ways(lambda: load_plan(path), monkeypatch)
    assert plain == validated


def test_a_typical_plan_takes_the_plain_way() -> None:
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        import generate
    finally:
        sys.path.remove(str(ROOT / "bench"))
    data = yaml.safe_load(generate.plan_text(steps=50, optional=4, choices=2, seed=1))
    assert plain_plan(data) is not None
    example = yaml.safe_load((DATA / "plans" / "marktplein.yaml").read_text(encoding="utf-8"))
    assert plain_plan(example) is not None


@given(mutated_data())
def test_plain_data_gives_what_the_validators_give(data) -> None:
    plain = plain_plan(data)
    if plain is not None:
        assert structure(plain) == structure(Plan.model_validate(data))


@given(mutated_data())
def test_mutated_plans_load_the_same_both_ways(data) -> None:
    text = json.dumps(data, default=str)
    with pytest.MonkeyPatch.context() as monkeypatch:
        plain, validated = both_ways(lambda: parse_plan(text, "mutated.json"), monkeypatch)
        assert plain == validated, text


@pytest.mark.parametrize("data", [
    {"plan": 7},  # a number where text belongs: the validators make it text
    {"plan": "p", "steps": [{"id": "", "kind": "survey"}]},  # an empty id
    {"plan": "p", "steps": [{"id": "a", "kind": "survey", "optional": "yes"}]},
    {"plan": "p", "steps": [{"id": "a", "kind": "survey", "colour": "red"}]},
    {"plan": "p", "steps": [{"id": "a", "kind": "survey", "date": "1 maart 2026"}]},
    {"plan": "p", "choices": [{"id": "c", "options": []}]},
    {"plan": "p", "actors": {"a": {"name": "x"}}},  # no role
    {"steps": []},  # no title
])
def test_anything_not_plain_is_left_to_the_validators(data: dict) -> None:
    assert plain_plan(data) is None
