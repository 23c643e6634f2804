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


@pytest.mark.parametrize("lang, one, many", [
    ("en", "which R3 needs", "which R1, R2 need"),
    ("nl", "terwijl R3 dat vraagt", "terwijl R1, R2 dat vragen"),
])
def test_a_missing_role_finding_agrees_with_the_number_of_rules(lang, one, many):
    from procesregels.i18n import text

    ruleset = parse_ruleset('ruleset "r"\nrule R1 "a"\n  youth must be consulted\nrule R2 "b"\n  youth must be informed\n'
                            'rule R3 "c"\n  businesses must be informed\n')
    plan = parse_plan("plan: p\nactors: {raad: {role: council}}\nsteps:\n  - {id: s, kind: decision, owner: raad}\n",
                      "p.yaml", ruleset.vocabulary())
    said = [text(f.message, lang, f.args) for f in lint_plan(ruleset, plan).findings if f.category == "missing-role"]
    assert any(one in words for words in said) and any(many in words for words in said), said
