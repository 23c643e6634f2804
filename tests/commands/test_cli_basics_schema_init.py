"""`procesregels schema` (editor completion) and `procesregels init` (a starter that passes)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import jsonschema
import pytest
import yaml
from click.testing import CliRunner

from conftest import ROOT, SPEC_EXAMPLES
from procesregels.cli import cli

SPEC_PLAN = SPEC_EXAMPLES / "marktplein.yaml"


def as_editor_sees_it(path: Path) -> object:
    """YAML as the YAML language server validates it: dates are text, not date objects."""
    def textify(node):
        if isinstance(node, dict):
            return {str(k): textify(v) for k, v in node.items()}
        if isinstance(node, list):
            return [textify(v) for v in node]
        return node.isoformat() if isinstance(node, dt.date) else node

    return textify(yaml.safe_load(path.read_text(encoding="utf-8")))


@pytest.fixture(scope="module")
def schema() -> dict:
    result = CliRunner().invoke(cli, ["schema"])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def bundled_plans() -> list[Path]:
    plans = sorted((ROOT / "examples").glob("*.yaml"))
    plans += sorted((ROOT / "rulesets" / "examples").rglob("*.yaml"))
    return plans


def test_schema_is_a_valid_2020_12_schema(schema: dict) -> None:
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["required"] == ["plan"]


def test_schema_output_is_stable() -> None:
    runner = CliRunner()
    assert runner.invoke(cli, ["schema"]).output == runner.invoke(cli, ["schema"]).output


def test_schema_offers_vocabulary_names_in_both_languages(schema: dict) -> None:
    step = schema["$defs"]["Step"]["properties"]
    kind = step["kind"]
    assert {"decision", "besluit", "meeting", "bijeenkomst"} <= set(kind["examples"])
    assert {"consult", "raadplegen"} <= set(step["participants"]["additionalProperties"]["examples"])
    role = schema["$defs"]["Actor"]["properties"]["role"]
    assert {"residents", "inwoners"} <= set(role["examples"])
    assert "participants" not in role["examples"]  # a dynamic role, not one an actor can have
    assert all(p.get("description") for p in step.values()), "every step field is described"


def test_every_bundled_plan_validates(schema: dict) -> None:
    plans = bundled_plans()
    assert plans, "no bundled plans found"
    validator = jsonschema.Draft202012Validator(schema)
    for path in plans:
        errors = [e.message for e in validator.iter_errors(as_editor_sees_it(path))]
        assert not errors, f"{path.relative_to(ROOT)}: {errors}"


def test_spec_plan_validates(schema: dict) -> None:
    jsonschema.validate(as_editor_sees_it(SPEC_PLAN), schema)


def test_misspelt_key_is_marked(schema: dict) -> None:
    plan = {"plan": "x", "steps": [{"id": "a", "kind": "meeting", "aftr": ["b"]}]}
    errors = list(jsonschema.Draft202012Validator(schema).iter_errors(plan))
    assert any("aftr" in error.message for error in errors)


def test_schema_to_a_file(tmp_path: Path) -> None:
    target = tmp_path / "plan.schema.json"
    result = CliRunner().invoke(cli, ["schema", "--output", str(target)])
    assert result.exit_code == 0 and result.output == ""
    assert json.loads(target.read_text(encoding="utf-8"))["title"] == "procesregels plan"


# -- init -----------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_starter_plan_passes_the_default_ruleset_without_findings(
    lang: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, schema: dict
) -> None:
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    written = runner.invoke(cli, ["init", "--lang", lang])
    assert written.exit_code == 0, written.output
    assert (tmp_path / "plan.yaml").is_file()
    jsonschema.validate(as_editor_sees_it(tmp_path / "plan.yaml"), schema)
    linted = runner.invoke(cli, ["lint", "plan.yaml", "--format", "json"])
    assert linted.exit_code == 0, linted.output
    summary = json.loads(linted.output)["plans"][0]["summary"]
    assert (summary["error"], summary["warning"], summary["undetermined"]) == (0, 0, 0)
    assert summary["passed"] > 0


def test_init_does_not_overwrite_without_force(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "plan.yaml").write_text("plan: mine\n", encoding="utf-8")
    runner = CliRunner()
    refused = runner.invoke(cli, ["init", "--lang", "en"])
    assert refused.exit_code == 2
    assert "already exists" in refused.output and "Traceback" not in refused.output
    assert (tmp_path / "plan.yaml").read_text(encoding="utf-8") == "plan: mine\n"
    forced = runner.invoke(cli, ["init", "--force"])
    assert forced.exit_code == 0
    assert "Herinrichting Dorpsplein" in (tmp_path / "plan.yaml").read_text(encoding="utf-8")


def test_init_to_stdout_names_the_lint_command() -> None:
    result = CliRunner().invoke(cli, ["init", "-", "--lang", "en"])
    assert result.exit_code == 0
    assert yaml.safe_load(result.output)["plan"] == "Redesign of the village square"
    assert "procesregels lint plan.yaml" in result.output


def test_schema_with_a_ruleset_suggests_its_declared_names() -> None:
    result = CliRunner().invoke(cli, ["schema", "--ruleset", "amsterdam"])
    assert result.exit_code == 0, result.output
    schema = json.loads(result.output)
    roles = schema["$defs"]["Actor"]["properties"]["role"]["examples"]
    levels = schema["$defs"]["Step"]["properties"]["participants"]["additionalProperties"]["examples"]
    kinds = schema["$defs"]["Step"]["properties"]["kind"]["examples"]
    assert "buurtplatform" in roles and "meedenken" in levels and "buurtrechtverzoek" in kinds
    assert "buurtplatform" not in json.dumps(CliRunner().invoke(cli, ["schema"]).output)


def test_schema_with_an_unknown_ruleset_is_an_input_error() -> None:
    result = CliRunner().invoke(cli, ["schema", "--ruleset", "nergenshuizen"])
    assert result.exit_code == 2 and "Traceback" not in result.output
