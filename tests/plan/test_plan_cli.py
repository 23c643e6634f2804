"""A plan that cannot be checked stops `lint` with exit code 2 and the same located message
the loader's golden files pin; no traceback, nothing on stdout."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from procesregels.cli import cli

from conftest import DATA

PLANS = DATA / "plans"
CASES = ["cycle", "unknown-key-step", "yaml-tab-indentation", "yaml-python-tag", "impossible-date",
         "waiver-without-reason", "alias-bomb", "binary-garbage", "list-instead-of-mapping"]


@pytest.mark.parametrize("name", CASES)
def test_lint_refuses_a_bad_plan_with_exit_code_2(name, monkeypatch):
    monkeypatch.chdir(PLANS)
    runner = CliRunner(mix_stderr=False) if "mix_stderr" in CliRunner.__init__.__code__.co_varnames else CliRunner()
    result = runner.invoke(cli, ["lint", f"errors/{name}.yaml", "--lang", "en"])
    assert result.exit_code == 2, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert result.stdout == ""
    assert result.stderr == (PLANS / "errors" / f"{name}.txt").read_text(encoding="utf-8")


def test_lint_reports_plan_errors_in_dutch(monkeypatch):
    monkeypatch.chdir(PLANS)
    runner = CliRunner(mix_stderr=False) if "mix_stderr" in CliRunner.__init__.__code__.co_varnames else CliRunner()
    result = runner.invoke(cli, ["lint", "errors/cycle.nl.yaml", "--lang", "nl"])
    assert result.exit_code == 2
    assert result.stderr == (PLANS / "errors" / "cycle.nl.txt").read_text(encoding="utf-8")


def test_the_spec_example_loads_for_lint(monkeypatch):
    monkeypatch.chdir(PLANS)
    result = CliRunner().invoke(cli, ["lint", "marktplein.yaml", "--ruleset", "national", "--format", "json"])
    assert result.exit_code in (0, 1), result.output
