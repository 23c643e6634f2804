"""SARIF 2.1.0: valid against the official schema, located, suppressions, stable fingerprints."""

from __future__ import annotations

import io
import json

import jsonschema
import pytest

from conftest import DATA
from procesregels.core.record import replace
from procesregels.reporters import sarif
from procesregels.ruleset.model import Event, InvolvementBefore, Rule, Ruleset
from procesregels.span import Span
from reporter_samples import hostile_report, marktplein_report


@pytest.fixture(scope="module")
def validator():
    schema = json.loads((DATA / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    return jsonschema.Draft7Validator(schema, format_checker=jsonschema.FormatChecker())


def render(report) -> dict:
    out = io.StringIO()
    sarif.render(report, out)
    return json.loads(out.getvalue())


def with_rules(report):
    rules = tuple(
        Rule(id=rule_id, title=title, source=source, severity="error", layer="spec",
             body=InvolvementBefore(who=("residents",), level="consult",
                                    event=Event(type="steps", kind="decision", owner="council")))
        for rule_id, title, source in (("R1", "Residents are consulted", "art. 4 lid 1"),
                                       ("R2", "Residents co-produce the design", "art. 4 lid 3")))
    return replace(report, ruleset=Ruleset(title="Voorbeeldstad", rules=rules))


@pytest.mark.parametrize("make", [marktplein_report, hostile_report, lambda: with_rules(marktplein_report())])
def test_valid_against_the_sarif_schema(validator, make) -> None:
    errors = sorted(validator.iter_errors(render(make())), key=lambda e: list(e.path))
    assert not errors, [f"{list(e.path)}: {e.message}" for e in errors[:5]]


def test_one_run_with_rules_and_located_results() -> None:
    log = render(with_rules(marktplein_report()))
    assert log["version"] == "2.1.0" and len(log["runs"]) == 1
    run = log["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    ids = [rule["id"] for rule in rules]
    assert ids[:2] == ["R1", "R2"]  # rules of the ruleset first, even those without findings
    assert {"late-influence", "missing-role", "plan-error"} <= set(ids)
    r1 = rules[0]
    assert r1["shortDescription"]["text"] == "Residents are consulted"
    assert r1["properties"] == {"source": "art. 4 lid 1", "layer": "spec"}
    assert r1["defaultConfiguration"]["level"] == "error"
    assert len(run["results"]) == 6
    for result in run["results"]:
        assert ids[result["ruleIndex"]] == result["ruleId"]
        location = result["locations"][0]["physicalLocation"]
        assert location["artifactLocation"]["uri"] == "plans/marktplein.yaml"
        assert location["region"]["startLine"] >= 1 and location["region"]["startColumn"] >= 1


def test_witness_is_a_code_flow_at_the_lines_of_its_steps() -> None:
    run = render(marktplein_report())["runs"][0]
    r2 = next(r for r in run["results"] if r["ruleId"] == "R2")
    flow = r2["codeFlows"][0]["threadFlows"][0]["locations"]
    lines = [step["location"]["physicalLocation"]["region"]["startLine"] for step in flow]
    names = [step["location"]["logicalLocations"][0]["name"] for step in flow]
    assert names == ["kaders", "enquete", "ontwerp"]
    assert lines == [19, 27, 56]


def test_waived_finding_is_suppressed_with_its_reason() -> None:
    run = render(marktplein_report())["runs"][0]
    r9 = next(r for r in run["results"] if r["ruleId"] == "R9")
    assert r9["suppressions"] == [{"kind": "external", "status": "accepted",
                                   "justification": "Spoedprocedure na raadsbesluit van 2026-01-10"}]
    assert all("suppressions" not in r for r in run["results"] if r["ruleId"] != "R9")


def test_levels_map_severities() -> None:
    report = marktplein_report()
    plan = report.plans[0]
    findings = tuple(replace(f, severity=s) for f, s in zip(plan.findings, ["error", "warning", "info"] * 2))
    run = render(replace(report, plans=(replace(plan, findings=findings),)))["runs"][0]
    assert {r["level"] for r in run["results"]} == {"error", "warning", "note"}


def test_fingerprints_do_not_change_when_lines_move() -> None:
    report = marktplein_report()
    plan = report.plans[0]
    moved = tuple(replace(f, span=Span(f.span.path, f.span.line + 10, 3)) for f in plan.findings)
    before = {r["ruleId"]: r["partialFingerprints"] for r in render(report)["runs"][0]["results"]}
    after_report = replace(report, plans=(replace(plan, findings=moved),))
    after = {r["ruleId"]: r["partialFingerprints"] for r in render(after_report)["runs"][0]["results"]}
    assert before == after
    assert len({json.dumps(v) for v in before.values()}) == len(before)


def test_uri_is_percent_encoded() -> None:
    run = render(hostile_report())["runs"][0]
    uri = run["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert uri == "plans/evil%20%3Cb%3E.yaml"


def test_absolute_paths_become_relative_or_file_uris(tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert sarif._uri(str(tmp_path / "plans" / "a b.yaml")) == "plans/a%20b.yaml"
    assert sarif._uri("/elsewhere/plan.yaml").startswith("file:///elsewhere/plan.yaml")


def test_repeated_findings_keep_distinct_fingerprints() -> None:
    report = marktplein_report()
    plan = report.plans[0]
    twice = plan.findings + (replace(plan.findings[0], span=Span(plan.path, 99, 1)),)
    results = render(replace(report, plans=(replace(plan, findings=twice),)))["runs"][0]["results"]
    prints = [r["partialFingerprints"]["procesregels/v1"] for r in results]
    assert len(set(prints)) == len(prints) == 7
