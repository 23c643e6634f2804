"""Plans of real, publicly described Dutch processes (tests/data/real-processes/) give exactly the
outcome their sidecar `NAME.expected.yaml` argues from the law: every rule's status and every finding
(rule, category, severity, step) under `national` and under `vng-model`, and the exit code of
`procesregels lint`. A plan of a lawful process gets no error from `national`.

Each plan names its sources (address, title) in its header comment; each expectation carries its
argument (`why`). When a bundled ruleset changes, the sidecar is re-argued, not regenerated.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from conftest import DATA
from reference import reference_findings

from procesregels.cli import cli
from procesregels.engine.run import lint_plan
from procesregels.i18n import text
from procesregels.plan.loader import load_plan, parse_plan
from procesregels.ruleset.loader import load_ruleset, parse_ruleset

FOLDER = DATA / "real-processes"
PLANS = sorted(path for path in FOLDER.glob("*.yaml") if not path.name.endswith(".expected.yaml"))
RULESETS = ("national", "vng-model")
CASES = [(plan, ruleset) for plan in PLANS for ruleset in RULESETS]


def ids(case) -> str:
    return f"{case[0].stem}-{case[1]}" if isinstance(case, tuple) else str(case)


def expected(plan: Path) -> dict:
    return yaml.safe_load(plan.with_name(plan.stem + ".expected.yaml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def rulesets():
    return {name: load_ruleset(name) for name in RULESETS}


def report_of(rulesets, plan: Path, name: str):
    ruleset = rulesets[name]
    return lint_plan(ruleset, load_plan(plan, ruleset.vocabulary()))


def test_at_least_five_real_processes_each_with_its_expectations():
    assert len(PLANS) >= 5
    for plan in PLANS:
        assert plan.with_name(plan.stem + ".expected.yaml").is_file(), plan.name
    sidecars = {p.name for p in FOLDER.glob("*.expected.yaml")}
    assert sidecars == {p.stem + ".expected.yaml" for p in PLANS}


@pytest.mark.parametrize("plan", PLANS, ids=lambda p: p.stem)
def test_every_plan_names_its_sources_and_uses_dutch_keys(plan):
    text = plan.read_text(encoding="utf-8")
    header = text.split("\nplan:", 1)[0]
    assert "Bronnen" in header and header.count("https://") >= 2, "the header comment cites the pages"
    data = yaml.safe_load(text)
    # A Dutch plan is written with the Dutch keys of docs/spec/PLAN.md (version 2), not the English ones.
    assert {"gemeente", "kenmerken", "actoren", "stappen"} <= set(data)
    assert not {"municipality", "attributes", "actors", "steps"} & set(data)
    assert {"instrument", "procedure"} <= set(data["kenmerken"]), "attributes as real plans have them"


@pytest.mark.parametrize("plan", PLANS, ids=lambda p: p.stem)
def test_the_readme_lists_every_plan(plan):
    readme = (FOLDER / "README.md").read_text(encoding="utf-8")
    assert f"`{plan.name}`" in readme


@pytest.mark.parametrize("case", CASES, ids=ids)
def test_every_expectation_is_argued(case):
    plan, name = case
    wanted = expected(plan)[name]
    assert all(str(rule.get("why", "")).strip() for rule in wanted["rules"].values())
    assert all(str(finding.get("why", "")).strip() for finding in wanted["findings"])


@pytest.mark.parametrize("case", CASES, ids=ids)
def test_rule_statuses(rulesets, case):
    plan, name = case
    report = report_of(rulesets, plan, name)
    wanted = {rule: entry["status"] for rule, entry in expected(plan)[name]["rules"].items()}
    assert {status.rule: status.status for status in report.rules} == wanted


@pytest.mark.parametrize("case", CASES, ids=ids)
def test_findings(rulesets, case):
    plan, name = case
    report = report_of(rulesets, plan, name)
    wanted = Counter((f["rule"], f["category"], f["severity"], f["step"]) for f in expected(plan)[name]["findings"])
    assert Counter((f.rule, f.category, f.severity, f.step) for f in report.findings) == wanted


@pytest.mark.parametrize("case", CASES, ids=ids)
def test_findings_equal_the_brute_force_reference(rulesets, case):
    plan, name = case
    ruleset = rulesets[name]
    loaded = load_plan(plan, ruleset.vocabulary())
    report = lint_plan(ruleset, loaded)
    assert {(f.rule, f.category, f.step) for f in report.findings} == reference_findings(ruleset, loaded)


@pytest.mark.parametrize("plan", PLANS, ids=lambda p: p.stem)
def test_lawful_processes_get_no_error_from_national(rulesets, plan):
    assert expected(plan)["lawful"] is True and expected(plan)["why_lawful"].strip()
    report = report_of(rulesets, plan, "national")
    assert not [f for f in report.findings if f.severity == "error"]


@pytest.mark.parametrize("case", CASES, ids=ids)
def test_exit_code_of_lint(case):
    plan, name = case
    result = CliRunner().invoke(cli, ["lint", str(plan), "--ruleset", name, "--format", "json"])
    assert result.exit_code == expected(plan)[name]["exit"], result.output


def test_an_undetermined_message_agrees_in_number_with_its_steps():
    """One step "heeft geen datum", several "hebben geen datum" (the old vng-model M3 on the solar
    park said "'toestemming', 'inzage', 'bekendmaking' heeft geen datum")."""
    ruleset = parse_ruleset('regelset "getal"\nregel R1 "terugkoppeling"\n'
                            "  na elk besluit moeten deelnemers binnen 6 weken geïnformeerd worden\n", "getal.rules")
    plan = parse_plan(
        "plan: Getal\nactoren: {raad: {rol: raad}, bewoners: {rol: inwoners}}\nstappen:\n"
        "  - {id: gesprek, soort: bijeenkomst, eigenaar: raad, deelnemers: {bewoners: raadplegen}, datum: 1-3-2026}\n"
        "  - {id: besluit, soort: besluit, eigenaar: raad, na: [gesprek]}\n"
        "  - {id: bericht, soort: terugkoppeling, eigenaar: raad, deelnemers: {bewoners: informeren}, na: [besluit]}\n",
        "getal.yaml", ruleset.vocabulary())
    [finding] = [f for f in lint_plan(ruleset, plan).findings if f.rule == "R1"]
    assert finding.category == "undetermined" and finding.message == "finding.undetermined.date_many"
    assert text(finding.message, "nl", finding.args) == "R1 is niet te beoordelen: 'besluit', 'bericht' hebben geen datum"
    assert text(finding.message, "en", finding.args) == "R1 cannot be decided: 'besluit', 'bericht' have no date"
    single = text("finding.undetermined.date", "nl", {"rule": "W2", "steps": "'inzage'"})
    assert single == "W2 is niet te beoordelen: 'inzage' heeft geen datum"
