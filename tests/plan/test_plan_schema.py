"""The JSON Schema that editors use agrees with the loader: the plans the loader accepts are
valid, and the shape mistakes it refuses (unknown keys, wrong types, missing keys) are marked
by the editor too."""

from __future__ import annotations

import datetime as dt
import json

import jsonschema
import pytest
import yaml

from procesregels.plan.schema import render
from procesregels.plan.starter import starter_plan

from conftest import DATA

PLANS = DATA / "plans"
SHAPE_ERRORS = [
    "unknown-key-step", "unknown-key-plan", "unknown-key-actor", "unknown-key-internal", "missing-kind",
    "missing-title", "missing-step-id", "step-not-a-mapping", "steps-not-a-list", "after-not-a-list",
    "participants-a-list", "options-not-lists", "choice-no-options", "waiver-without-reason",
    "list-instead-of-mapping", "date-not-iso",
]


def _as_editor_sees_it(text: str):
    def textify(node):
        if isinstance(node, dict):
            return {str(k): textify(v) for k, v in node.items()}
        if isinstance(node, list):
            return [textify(v) for v in node]
        return node.isoformat() if isinstance(node, dt.date) else node

    return textify(yaml.safe_load(text))


@pytest.fixture(scope="module")
def validator():
    schema = json.loads(render())
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["title"]
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())


def test_schema_is_deterministic():
    assert render() == render()
    assert json.dumps(json.loads(render()), indent=2, ensure_ascii=False, sort_keys=True) + "\n" == render()


@pytest.mark.parametrize("text", [
    (PLANS / "marktplein.yaml").read_text(encoding="utf-8"), starter_plan("nl"), starter_plan("en"),
], ids=["spec-example", "starter-nl", "starter-en"])
def test_valid_plans_are_valid(validator, text):
    assert list(validator.iter_errors(_as_editor_sees_it(text))) == []


@pytest.mark.parametrize("name", SHAPE_ERRORS)
def test_shape_mistakes_are_marked(validator, name):
    text = (PLANS / "errors" / f"{name}.yaml").read_text(encoding="utf-8")
    assert list(validator.iter_errors(_as_editor_sees_it(text))) != []


def test_descriptions_reach_the_editor():
    schema = json.loads(render())
    step = schema["$defs"]["Step"]["properties"]
    assert "both dates count" in step["duration"]["description"]
    assert "implicit" not in json.dumps(schema["$defs"]["Actor"])
    assert "positions" not in schema["properties"] and "path" not in schema["properties"]
