"""`schema --ruleset`: the suggestions of the version 2 forms a ruleset declares (roles, step
kinds, level names, attributes with their values, number attributes with the numbers the rules
compare them with), under the English and the Dutch keys; and the schema accepts what the loader
accepts for them."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from procesregels.cli import cli

RULESET = """\
regelset "Suggesties"
breidt uit "national"
rol agrariërs valt onder ondernemers
soort hoorzitting is bijeenkomst
niveau meedenken is raadplegen
kenmerk bouwhoogte: getal
kenmerk wijk: Centrum, Noord, "De Hoven"
regel S1 "Hoge gebouwen"
  als bouwhoogte meer dan 25 is: omwonenden moeten geraadpleegd worden vóór elk besluit
regel S2 "Lage gebouwen"
  als bouwhoogte ten hoogste 12,5 is, tenzij wijk Noord is: agrariërs moeten op niveau meedenken betrokken worden
"""


@pytest.fixture(scope="module")
def schema(tmp_path_factory) -> dict:
    path = tmp_path_factory.mktemp("schema") / "suggesties.rules"
    path.write_text(RULESET, encoding="utf-8")
    result = CliRunner().invoke(cli, ["schema", "--ruleset", str(path)])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def test_declared_names_are_offered(schema):
    steps = schema["$defs"]["Step"]["properties"]
    assert "agrariërs" in schema["$defs"]["Actor"]["properties"]["role"]["examples"]
    assert "agrariërs" in schema["$defs"]["Actor"]["properties"]["rol"]["examples"]
    assert "hoorzitting" in steps["kind"]["examples"] and "hoorzitting" in steps["soort"]["examples"]
    for key in ("participants", "deelnemers"):
        assert "meedenken" in steps[key]["additionalProperties"]["examples"]


@pytest.mark.parametrize("key", ["attributes", "kenmerken"])
def test_declared_attributes_are_offered_with_their_values(schema, key):
    offered = schema["properties"][key]["properties"]
    assert offered["wijk"]["examples"] == ["Centrum", "Noord", "De Hoven"]
    assert offered["instrument"]["examples"][0] == "omgevingsplan"  # from the floor it extends
    assert "hoog" in offered["impact"]["examples"]
    assert offered["bouwhoogte"]["examples"] == [12.5, 25]
    assert "25" in offered["bouwhoogte"]["description"] and "12.5" in offered["bouwhoogte"]["description"]
    assert "examples" not in offered["budget"]  # no rule compares the budget


@pytest.mark.parametrize(("value", "valid"), [(30, True), (12.5, True), ("30", True), (" 7.25 ", True),
                                              ("hoog", False), ("", False), (True, False)])
def test_a_number_attribute_takes_what_the_loader_takes(schema, value, valid):
    plan = {"plan": "p", "attributes": {"bouwhoogte": value}, "steps": [{"id": "s", "title": "s", "kind": "meeting"}]}
    errors = list(jsonschema.Draft202012Validator(schema).iter_errors(plan))
    assert (errors == []) is valid, errors


def test_the_loader_agrees_on_a_number_written_as_text(tmp_path: Path):
    rules = tmp_path / "s.rules"
    rules.write_text(RULESET, encoding="utf-8")
    plan = tmp_path / "p.yaml"
    plan.write_text('plan: p\nattributes: {bouwhoogte: "30", instrument: omgevingsplan, procedure: geen}\n'
                    'actors: {raad: {role: raad}, buren: {role: omwonenden}}\n'
                    'steps:\n  - {id: enquete, kind: survey, participants: {buren: consult}}\n'
                    '  - {id: besluit, kind: decision, owner: raad, after: [enquete]}\n', encoding="utf-8")
    result = CliRunner().invoke(cli, ["lint", str(plan), "--ruleset", str(rules), "--format", "json"])
    assert result.exit_code in (0, 1), result.output
    statuses = {r["rule"]: r["status"] for r in json.loads(result.output)["plans"][0]["rules"]}
    assert statuses["S1"] == "passed" and statuses["S2"] == "not-applicable"


def test_without_a_ruleset_only_the_standard_attributes():
    offered = json.loads(CliRunner().invoke(cli, ["schema"]).output)["properties"]["attributes"]["properties"]
    assert sorted(offered) == ["budget", "impact"]
