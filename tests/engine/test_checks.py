"""Data-driven cases per rule template (tests/data/checks/<template>.yaml): a plan snippet, rule
sentences, and the expected findings as "RULE CATEGORY STEP". Each case is also checked against
the brute-force reference, so a case with a wrong expectation cannot pass quietly."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from procesregels.engine.run import lint_plan
from procesregels.plan.loader import parse_plan
from procesregels.ruleset.loader import parse_ruleset
from reference import Reference

CASES_DIR = Path(__file__).resolve().parent.parent / "data" / "checks"
BUILT_INS = {"late-influence", "missing-role", "plan-error"}


def load_cases():
    for path in sorted(CASES_DIR.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for case in data["cases"]:
            yield pytest.param(case, id=f"{path.stem}: {case['name']}")


def build(case):
    lines = ['ruleset "case"']
    for number, sentence in enumerate(case["rules"], start=1):
        lines += [f'rule R{number} "rule {number}"', f"  {sentence}"]
    ruleset = parse_ruleset("\n".join(lines) + "\n", "case.rules")
    plan_data = {"plan": case["name"], **case["plan"]}
    plan = parse_plan(yaml.safe_dump(plan_data, allow_unicode=True), "case.yaml", ruleset.vocabulary())
    return ruleset, plan


def as_text(rule: str, category: str, step: str | None) -> str:
    return f"{rule} {category} {step or '-'}"


@pytest.mark.parametrize("case", list(load_cases()))
def test_case(case):
    ruleset, plan = build(case)
    report = lint_plan(ruleset, plan)
    keep = case.get("builtins", False)
    found = sorted(as_text(f.rule, f.category, f.step) for f in report.findings if keep or f.rule not in BUILT_INS)
    assert found == sorted(case["expect"])
    reference = sorted(as_text(*t) for t in Reference(ruleset, plan).findings() if keep or t[0] not in BUILT_INS)
    assert found == reference


def test_every_template_has_a_case_file():
    from procesregels.ruleset.model import TEMPLATE_NAMES

    assert {p.stem for p in CASES_DIR.glob("*.yaml")} >= set(TEMPLATE_NAMES)
