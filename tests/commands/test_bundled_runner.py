"""`procesregels test`: what an expectation means, the output lines and the exit codes."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from procesregels.cli import cli
from procesregels.ruleset.loader import load_ruleset

RULESET = """\
ruleset "Runner test"
  municipality "Voorbeeldstad"
  version "1"

rule R1 "Residents are consulted before the council decides"
  source "art. 1"
  residents must be consulted before the council decides

rule R2 "Every inspection lasts six weeks"
  source "art. 2"
  every inspection must last at least 6 weeks

rule R3 "Every participation step has a date"
  source "art. 3"
  severity warning
  every participation step must have a date

{examples}
"""

GOOD = """\
plan: Good
actors:
  raad: {role: council}
  bewoners: {role: residents}
steps:
  - {id: enquete, kind: survey, owner: raad, participants: {bewoners: consult}, date: 2026-01-10}
  - {id: besluit, kind: decision, owner: raad, date: 2026-03-01, after: [enquete]}
"""

# Decides first (R1 breaks, an error) and has an undated participation step (R3, a warning).
BAD = """\
plan: Bad
actors:
  raad: {role: council}
  bewoners: {role: residents}
steps:
  - {id: besluit, kind: decision, owner: raad, date: 2026-03-01}
  - {id: avond, kind: meeting, owner: raad, participants: {bewoners: inform}, after: [besluit]}
"""


def write(tmp_path: Path, examples: str, plans: dict[str, str]) -> Path:
    (tmp_path / "plans").mkdir()
    for name, text in plans.items():
        (tmp_path / "plans" / name).write_text(text, encoding="utf-8")
    path = tmp_path / "runner.rules"
    path.write_text(RULESET.format(examples=examples), encoding="utf-8")
    return path


def run(*args: str):
    return CliRunner().invoke(cli, ["test", *args])


def test_pass_means_no_error_and_ids_mean_exactly_the_rules_with_errors(tmp_path):
    path = write(tmp_path, '\n'.join([
        'example "good" plan "plans/good.yaml" expect pass',
        'example "bad" plan "plans/bad.yaml" expect R1',  # R3 is broken too, but only as a warning
    ]), {"good.yaml": GOOD, "bad.yaml": BAD})
    result = run(str(path))
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == ["PASS runner: good", "PASS runner: bad", "2 passed, 0 failed"]


@pytest.mark.parametrize("expectation, shown", [
    ("pass", "expected pass, got R1"),
    ("R1 R2", "expected R1 R2, got R1"),
    ("R3", "expected R3, got R1"),
])
def test_a_wrong_expectation_fails_and_says_what_differs(tmp_path, expectation, shown):
    path = write(tmp_path, f'example "bad" plan "plans/bad.yaml" expect {expectation}', {"bad.yaml": BAD})
    result = run(str(path))
    assert result.exit_code == 1
    assert result.output.splitlines() == [f"FAIL runner: bad: {shown}", "0 passed, 1 failed"]


def test_expecting_a_rule_that_holds_fails(tmp_path):
    path = write(tmp_path, 'example "good" plan "plans/good.yaml" expect R2', {"good.yaml": GOOD})
    result = run(str(path))
    assert result.exit_code == 1
    assert "expected R2, got pass" in result.output


def test_a_missing_example_plan_is_an_input_error(tmp_path):
    path = write(tmp_path, '\n'.join([
        'example "good" plan "plans/good.yaml" expect pass',
        'example "gone" plan "plans/missing.yaml" expect pass',
    ]), {"good.yaml": GOOD})
    result = run(str(path))
    assert result.exit_code == 2
    lines = result.stdout.splitlines()
    assert lines[0] == "PASS runner: good"
    assert lines[1].startswith("ERROR runner: gone")
    assert lines[-1] == "1 passed, 1 failed"
    assert "missing.yaml" in result.stderr


def test_an_unreadable_ruleset_is_an_input_error_without_a_traceback(tmp_path):
    path = tmp_path / "broken.rules"
    path.write_text('ruleset "x"\n\nrule R1 "y"\n  residents must be consultd\n', encoding="utf-8")
    result = run(str(path))
    assert result.exit_code == 2
    assert "broken.rules:4" in result.stderr and "Traceback" not in result.output


def test_an_unknown_bundled_name_is_an_input_error():
    result = run("nationaal")
    assert result.exit_code == 2
    assert "national" in result.stderr  # the suggestion


def test_plan_paths_are_relative_to_the_ruleset_file(tmp_path, monkeypatch):
    path = write(tmp_path, 'example "good" plan "plans/good.yaml" expect pass', {"good.yaml": GOOD})
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    assert run(str(path)).exit_code == 0


def test_several_rulesets_in_one_run_and_one_summary():
    result = run("national", "legacy-inspraak", "--lang", "en")
    assert result.exit_code == 0
    lines = result.output.splitlines()
    count = len(load_ruleset("national").examples) + len(load_ruleset("legacy-inspraak").examples)
    assert lines[-1] == f"{count} passed, 0 failed"
    assert lines[0].startswith("PASS national: ") and lines[-2].startswith("PASS legacy-inspraak: ")


def test_dutch_output():
    result = CliRunner().invoke(cli, ["test", "national", "--lang", "nl"])
    assert result.exit_code == 0
    count = len(load_ruleset("national").examples)
    assert result.output.splitlines()[-1] == f"{count} geslaagd, 0 mislukt"
