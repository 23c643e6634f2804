"""The plans in examples/ give exactly the findings examples/README.md promises with the default
ruleset, and `procesregels lint` exits accordingly (0 for the sound processes, 1 for the flawed).
"""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from conftest import ROOT
from procesregels.cli import cli
from procesregels.engine.run import lint_plan
from procesregels.plan.loader import load_plan
from procesregels.ruleset.loader import load_ruleset

EXAMPLES = ROOT / "examples"

# plan -> (exit code, {(rule, category, step, waived)}) with the default ruleset `national`.
EXPECTED: dict[str, tuple[int, set[tuple[str, str, str | None, bool]]]] = {
    "plein-herinrichting.yaml": (0, set()),
    "bopa-woningbouw.yaml": (0, set()),
    "verordening-technische-wijziging.yaml": (0, set()),
    "omgevingsvisie.yaml": (0, set()),
    "burgerberaad-klimaat.yaml": (0, set()),
    "burgerbegroting.yaml": (0, set()),
    "participatieverordening.yaml": (0, set()),
    # Lawful but poor: the law leaves *whether* to consult to the verordening (Gemeentewet art.
    # 150) and no afdeling 3.4 procedure applies; only the late influence is a warning.
    "windturbines.yaml": (0, {("late-influence", "late-influence", "reflectiefase", False)}),
    "schoolverplaatsing.yaml": (0, {("late-influence", "late-influence", "bemiddeling", False)}),
}

# The flawed plans get warnings from a verordening in the VNG style (every rule of vng-model is an
# interpretation, because the model text was not read): M1 participatieplan first, M2 raad frames
# first, M4 raad informed. Both inform the participants after the last decision, so M3 holds.
EXPECTED_VNG_WARNINGS: dict[str, set[str]] = {
    "windturbines.yaml": {"M2"},
    "schoolverplaatsing.yaml": {"M1", "M2", "M4"},
}


@pytest.fixture(scope="module")
def national():
    return load_ruleset("national")


def findings_of(ruleset, name: str) -> set[tuple[str, str, str | None, bool]]:
    report = lint_plan(ruleset, load_plan(EXAMPLES / name, ruleset.vocabulary()))
    return {(f.rule, f.category, f.step, f.waived) for f in report.findings}


def test_every_example_plan_is_listed_here_and_in_the_readme():
    plans = sorted(path.name for path in EXAMPLES.glob("*.yaml"))
    assert plans == sorted(EXPECTED)
    readme = (EXAMPLES / "README.md").read_text(encoding="utf-8")
    assert all(f"`{name}`" in readme for name in plans)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_findings_with_the_default_ruleset(national, name):
    assert findings_of(national, name) == EXPECTED[name][1]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_exit_status_of_lint(name):
    result = CliRunner().invoke(cli, ["lint", str(EXAMPLES / name), "--format", "json"])
    assert result.exit_code == EXPECTED[name][0], result.output
    plan = json.loads(result.stdout)["plans"][0]
    assert plan["summary"]["error"] == sum(1 for f in EXPECTED[name][1] if f[1] == "violation" and not f[3])
    assert plan["summary"]["waived"] == sum(1 for f in EXPECTED[name][1] if f[3])


def test_a_sound_process_passes_and_deciding_first_fails(national):
    """The quality bar: frames, early participation, six weeks of inspraak, a decision and feedback
    pass; a college that decides first and only informs the neighbours afterwards gets a warning
    from the law (late influence) and warnings from a verordening in the VNG style."""
    sound = findings_of(national, "plein-herinrichting.yaml")
    assert not sound
    flawed = findings_of(national, "schoolverplaatsing.yaml")
    assert {category for _, category, _, _ in flawed} == {"late-influence"}
    vng = load_ruleset("vng-model")
    for name, rules in EXPECTED_VNG_WARNINGS.items():
        report = lint_plan(vng, load_plan(EXAMPLES / name, vng.vocabulary()))
        assert not [f for f in report.findings if f.severity == "error" and not f.waived], name
        assert {f.rule for f in report.findings if f.category == "violation" and not f.waived} == rules, name


@pytest.mark.parametrize("ruleset_name, name, rules", [
    ("zwolle", "plein-herinrichting.yaml", {"Z6"}),
    ("legacy-inspraak", "windturbines.yaml", set()),
    ("legacy-inspraak", "schoolverplaatsing.yaml", set()),
    ("vng-model", "plein-herinrichting.yaml", set()),
    ("amsterdam", "participatieverordening.yaml", set()),
    ("vng-model", "verordening-technische-wijziging.yaml", set()),
    ("zwolle", "bopa-woningbouw.yaml", set()),
])
def test_the_comparison_table_of_the_readme(ruleset_name, name, rules):
    ruleset = load_ruleset(ruleset_name)
    report = lint_plan(ruleset, load_plan(EXAMPLES / name, ruleset.vocabulary()))
    assert {f.rule for f in report.findings if f.severity == "error" and not f.waived} == rules


def test_a_plan_with_a_kind_the_ruleset_does_not_know_is_an_input_error():
    result = CliRunner().invoke(cli, ["lint", str(EXAMPLES / "bopa-woningbouw.yaml"), "--ruleset", "legacy-inspraak"])
    assert result.exit_code == 2
    assert "vergunningaanvraag" in result.stderr
