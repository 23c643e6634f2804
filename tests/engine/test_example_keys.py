"""The bundled example plans of Dutch processes write their keys in Dutch (docs/decisions.md,
issue 16), and the language of the keys changes nothing: each plan lints to exactly the findings
(rule, category, severity, step, waived), rule statuses and failing rules of the same plan
written with English keys, under every ruleset it is meant for.

`bopa-woningbouw.yaml` is the one example written in English on purpose (its header says so).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import ROOT
from procesregels.commands.ruleset_examples import failing_rules
from procesregels.engine.run import lint_plan
from procesregels.errors import PlanError
from procesregels.plan.convert import data_bytes, written_data
from procesregels.plan.keys import DUTCH, model_of
from procesregels.plan.loader import load_plan
from procesregels.plan.readers.yaml_reader import read_yaml
from procesregels.ruleset.loader import load_ruleset

ENGLISH_ON_PURPOSE = {"bopa-woningbouw.yaml"}
RULESETS = ("national", "vng-model", "amsterdam", "zwolle", "legacy-inspraak")

TOP_EXAMPLES = sorted(p for p in (ROOT / "examples").glob("*.yaml"))
DUTCH_EXAMPLES = [p for p in TOP_EXAMPLES if p.name not in ENGLISH_ON_PURPOSE]
RULESET_EXAMPLES = sorted((ROOT / "rulesets" / "examples").glob("*/*.yaml"))

# (plan, ruleset): every top-level example under every bundled ruleset; a ruleset's own examples
# under that ruleset (the folder name).
CASES = [(p, r) for p in TOP_EXAMPLES for r in RULESETS] + [(p, p.parent.name) for p in RULESET_EXAMPLES]


def english_keys(path: Path) -> list[str]:
    """The format keys of a YAML plan that are written in English where a Dutch name differs."""
    tree = read_yaml(path.read_text(encoding="utf-8"), str(path))
    found = []
    for key_path in tree.keys:
        model = model_of(tuple(key_path[:-1]))
        key = key_path[-1]
        if model is not None and isinstance(key, str) and DUTCH[model].get(key, key) != key:
            found.append(".".join(str(part) for part in key_path))
    return found


@pytest.mark.parametrize("path", DUTCH_EXAMPLES + RULESET_EXAMPLES, ids=lambda p: str(p.relative_to(ROOT)))
def test_a_dutch_example_writes_every_key_in_dutch(path):
    assert english_keys(path) == []


def test_the_english_example_is_still_english():
    """One example shows that English keys and words work; it must not drift into Dutch."""
    (path,) = [p for p in TOP_EXAMPLES if p.name in ENGLISH_ON_PURPOSE]
    assert english_keys(path)


def outcome(ruleset, path: Path):
    """What a lint says about a plan, apart from places (a converted copy loses its comments, so
    its lines differ): findings, rule statuses, failing rules; or that it is an input error."""
    try:
        report = lint_plan(ruleset, load_plan(path, ruleset.vocabulary()))
    except PlanError as error:
        return ("input error", str(error).split(":", 3)[-1])
    findings = sorted((f.rule, f.category, f.severity, f.step or "", f.waived) for f in report.findings)
    statuses = [(s.rule, s.status) for s in report.rules]
    return findings, statuses, failing_rules(report), report.passed, report.not_applicable


@pytest.fixture(scope="module")
def rulesets():
    return {name: load_ruleset(name) for name in RULESETS}


@pytest.mark.parametrize("path, ruleset_name", CASES,
                         ids=[f"{p.relative_to(ROOT)}-{r}" for p, r in CASES])
def test_dutch_keys_lint_the_same_as_english_keys(rulesets, tmp_path, path, ruleset_name):
    ruleset = rulesets[ruleset_name]
    try:
        english = data_bytes(written_data(str(path), ruleset.vocabulary()), "yaml", "en")
    except PlanError:
        pytest.skip("the plan is an input error under this ruleset; nothing to convert")
    copy = tmp_path / path.name
    copy.write_bytes(english)
    assert english_keys(copy), "the copy must really use English keys"
    assert outcome(ruleset, path) == outcome(ruleset, copy)
