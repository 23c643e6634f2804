"""`--format json`: one object per run, exactly the shape of docs/spec/CLI.md.

Keys appear in the order of docs/spec/CLI.md and every list is sorted, so the same input gives the
same bytes. Messages are in the report language; ids (rules, steps, roles) stay as they are.
"""

from __future__ import annotations

import json as _json
from typing import Any, TextIO

from procesregels.engine.findings import Finding, PlanReport, Report
from procesregels.reporters import common

VERSION = 2


def render(report: Report, out: TextIO) -> None:
    # One write of the whole text: `dump` writes each of its thousands of small pieces separately.
    out.write(_json.dumps(as_data(report), indent=2, ensure_ascii=False) + "\n")


def as_data(report: Report) -> dict[str, Any]:
    return {
        "version": VERSION,
        "ruleset": {"name": report.ruleset_name, "version": report.ruleset_version, "path": report.ruleset_path},
        "plans": [_plan(plan, report) for plan in common.plans_in_order(report)],
    }


def _plan(plan: PlanReport, report: Report) -> dict[str, Any]:
    lang = report.lang
    return {
        "path": plan.path,
        "title": plan.title,
        "summary": plan.summary(),
        "order": common.order_of(plan),  # an addition to docs/spec/CLI.md's shape (docs/decisions.md)
        "findings": [_finding(finding, lang) for finding in common.sorted_findings(plan.findings)],
        "influence": [
            {"role": item.role, "first_step": item.first_step, "phase": item.phase, "late": item.late}
            for item in sorted(plan.influence, key=lambda item: item.role)
        ],
        "rules": [
            {"rule": status.rule, "status": status.status, "reason": common.status_reason(status, report, plan, lang)}
            for status in plan.rules
        ],
    }


def _finding(finding: Finding, lang: str) -> dict[str, Any]:
    data: dict[str, Any] = {
        "rule": finding.rule,
        "category": finding.category,
        "severity": finding.severity,
        "message": common.message(finding, lang),
        "source": finding.source,
        "step": finding.step,
        "location": {"line": finding.span.line, "column": finding.span.column},
        "waived": finding.waived,
    }
    if finding.witness is not None:
        data["witness"] = finding.witness.as_json()
    return data
