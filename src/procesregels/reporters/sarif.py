"""`--format sarif`: SARIF 2.1.0 for code scanning (one run; anchors.md 4.6-4.7).

- `tool.driver.rules`: every rule of the ruleset plus the built-in checks, with the title as
  short description, the source article and layer in `properties`, the severity as default level;
- one result per finding: level, message, the plan file and the step's line and column;
- the witness as a `codeFlow`: each step of the chain is a location at that step's line;
- a waived finding carries an external `suppression` with the waiver's reason;
- `partialFingerprints` from `Finding.fingerprint()`, which has no line numbers, so an alert
  survives edits elsewhere in the plan.

Sample (shortened):
{"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "procesregels", "rules": [{"id": "R1", ...}]}},
  "results": [{"ruleId": "R1", "ruleIndex": 0, "level": "error", "message": {"text": "..."},
    "locations": [{"physicalLocation": {"artifactLocation": {"uri": "plans/marktplein.yaml"},
                   "region": {"startLine": 52, "startColumn": 5}}}], ...}]}]}
"""

from __future__ import annotations

import json as _json
from typing import Any, TextIO
from pathlib import Path, PurePath
from urllib.parse import quote

from procesregels import __version__
from procesregels.engine.findings import Finding, PlanReport, Report, Witness
from procesregels.i18n import text
from procesregels.reporters import common

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
#: The project has no public address yet; like publiccode.yml it uses the reserved `.invalid`
#: domain (RFC 6761) rather than a guess that could point at someone else (docs/decisions.md).
INFORMATION_URI = "https://procesregels.invalid/"
_LEVEL = {"error": "error", "warning": "warning", "info": "note"}
#: Built-in checks (docs/spec/LANGUAGE.md section 7) with their fixed severity.
BUILT_INS = (("late-influence", "warning"), ("missing-role", "warning"), ("plan-error", "warning"))


def render(report: Report, out: TextIO) -> None:
    _json.dump(as_data(report), out, indent=2, ensure_ascii=False)
    out.write("\n")


def as_data(report: Report) -> dict[str, Any]:
    rules = _rule_descriptors(report)
    index = {rule["id"]: position for position, rule in enumerate(rules)}
    plans = {plan.path: plan for plan in report.plans}
    results = [_result(finding, index, plans, report.lang) for finding in common.all_findings(report)]
    _number_repeated_fingerprints(results)
    driver = {"name": "procesregels", "version": __version__, "informationUri": INFORMATION_URI, "rules": rules}
    run = {"tool": {"driver": driver}, "results": results, "columnKind": "unicodeCodePoints",
           "properties": {"ruleset": {"name": report.ruleset_name, "version": report.ruleset_version}}}
    return {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}


def _number_repeated_fingerprints(results: list[dict[str, Any]]) -> None:
    """Two findings with one fingerprint (two plan problems of one step) would merge into one alert;
    the second and later get `/2`, `/3` in their order, which does not depend on line numbers."""
    seen: dict[str, int] = {}
    for result in results:
        prints = result["partialFingerprints"]
        key = prints["procesregels/v1"]
        seen[key] = seen.get(key, 0) + 1
        if seen[key] > 1:
            prints["procesregels/v1"] = f"{key}/{seen[key]}"


def _rule_descriptors(report: Report) -> list[dict[str, Any]]:
    """The ruleset's rules in file order, the built-ins, then any rule known only from a finding."""
    descriptors: dict[str, dict[str, Any]] = {}
    for rule in getattr(report.ruleset, "rules", ()) or ():
        descriptors[rule.id] = _descriptor(rule.id, rule.title, rule.source, rule.layer, rule.severity)
    for rule_id, severity in BUILT_INS:
        title = text(f"report.category.{rule_id}", report.lang)
        descriptors.setdefault(rule_id, _descriptor(rule_id, title, None, None, severity))
    for finding in common.all_findings(report):
        if finding.rule not in descriptors:
            descriptors[finding.rule] = _descriptor(
                finding.rule, finding.title or finding.rule, finding.source, finding.layer, finding.severity)
    return list(descriptors.values())


def _descriptor(rule_id: str, title: str, source: str | None, layer: str | None, severity: str) -> dict[str, Any]:
    properties = {key: value for key, value in (("source", source), ("layer", layer)) if value}
    descriptor: dict[str, Any] = {
        "id": rule_id,
        "name": rule_id,
        "shortDescription": {"text": title or rule_id},
        "defaultConfiguration": {"level": _LEVEL[severity]},
    }
    if title:
        descriptor["fullDescription"] = {"text": f"{title} [{source}]" if source else title}
    if properties:
        descriptor["properties"] = properties
    return descriptor


def _result(finding: Finding, index: dict[str, int], plans: dict[str, PlanReport], lang: str) -> dict[str, Any]:
    words = common.message(finding, lang)
    hint = common.hint(finding, lang)
    if hint:
        words = f"{words}\n{text('report.hint', lang)}: {hint}"
    result: dict[str, Any] = {
        "ruleId": finding.rule,
        "ruleIndex": index[finding.rule],
        "level": _LEVEL[finding.severity],
        "message": {"text": words},
        "locations": [_location(finding.span.path, finding.span.line, finding.span.column, finding.step)],
        "partialFingerprints": {"procesregels/v1": finding.fingerprint()},
        "properties": {"category": finding.category},
    }
    if finding.step is not None:
        result["properties"]["step"] = finding.step
    if finding.witness is not None and finding.witness.path:
        result["codeFlows"] = [_code_flow(finding, finding.witness, plans.get(finding.span.path), lang)]
    if finding.waived:
        result["suppressions"] = [{"kind": "external", "status": "accepted",
                                   "justification": finding.waiver_reason or ""}]
    return result


def _location(path: str, line: int, column: int, step: str | None) -> dict[str, Any]:
    location: dict[str, Any] = {"physicalLocation": {
        "artifactLocation": {"uri": _uri(path)},
        "region": {"startLine": max(1, line), "startColumn": max(1, column)},
    }}
    if step is not None:
        location["logicalLocations"] = [{"name": step, "kind": "step"}]
    return location


def _code_flow(finding: Finding, witness: Witness, plan_report: PlanReport | None, lang: str) -> dict[str, Any]:
    """The witness chain: one thread-flow location per step, at that step's place in the plan."""
    plan = getattr(plan_report, "plan", None)
    span = finding.span
    locations = []
    for step in witness.path:
        step_span = _step_span(plan, step) or span
        locations.append({"location": _location(span.path, step_span.line, step_span.column, step)})
    flow: dict[str, Any] = {"threadFlows": [{"locations": locations}]}
    condition = common.witness_condition(witness, lang)
    if condition:
        flow["message"] = {"text": condition.rstrip(":")}
    return flow


def _step_span(plan, step: str):
    if plan is None:
        return None
    try:
        return plan.step_span(step)
    except (StopIteration, AttributeError):
        return None


def _uri(path: str) -> str:
    """The plan file as a URI reference: relative to the working directory where possible (code
    scanning matches results to repository files by relative path), else an absolute file URI."""
    plan = PurePath(path)
    if plan.is_absolute():
        try:
            plan = plan.relative_to(Path.cwd())
        except ValueError:
            return Path(path).as_uri()
    return quote(plan.as_posix(), safe="/-._~")
