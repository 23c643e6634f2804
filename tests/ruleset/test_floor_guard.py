"""The floor guard (docs/spec/LANGUAGE.md section 1, version 2): a ruleset extending `national`
(a `legal floor`) may replace a floor rule only by one at least as strict, and may not drop one;
the error is at the `replaces`/`drops` line and names the floor rule, its source and why."""

from __future__ import annotations

from click.testing import CliRunner

from procesregels.cli import cli
from procesregels.ruleset.loader import load_ruleset


def _check(tmp_path, body: str):
    path = tmp_path / "gemeente.rules"
    path.write_text('regelset "Gemeente"\n  breidt uit "national"\n\n' + body, encoding="utf-8")
    return CliRunner().invoke(cli, ["check", str(path)])


def test_national_is_a_legal_floor():
    assert all(rule.floor for rule in load_ruleset("national").rules)
    assert all(rule.floor == (rule.layer == "national") for rule in load_ruleset("amsterdam").rules)


def test_a_weaker_replacement_is_an_error_at_the_replaces_line(tmp_path):
    result = _check(tmp_path, 'regel X2 "Vier weken"\n  vervangt W2\n'
                              '  als procedure uov is: elke terinzagelegging moet ten minste 4 weken duren\n')
    assert result.exit_code == 2
    assert "gemeente.rules:5:12" in result.stderr
    assert "W2" in result.stderr and "Awb art. 3:16" in result.stderr and "6 weken" in result.stderr


def test_dropping_a_floor_rule_is_an_error(tmp_path):
    result = _check(tmp_path, "schrapt W3\n")
    assert result.exit_code == 2 and "gemeente.rules:4:9" in result.stderr and "Awb art. 3:44" in result.stderr


def test_a_replacement_of_another_kind_is_refused(tmp_path):
    result = _check(tmp_path, 'regel X3 "Iets anders"\n  vervangt W3\n  elke participatiestap moet een eigenaar hebben\n')
    assert result.exit_code == 2 and "ander soort regel" in result.stderr


def test_a_stricter_or_equal_replacement_is_allowed_and_stays_a_floor_rule(tmp_path):
    result = _check(tmp_path, 'regel X2 "Acht weken, altijd"\n  vervangt W2\n  elke terinzagelegging moet ten minste 8 weken duren\n')
    assert result.exit_code == 0, result.output
    # a layer above may not weaken the stricter replacement below the original floor rule either
    (tmp_path / "wijk.rules").write_text('regelset "Wijk"\n  breidt uit "gemeente.rules"\n\nregel Y2 "Vijf weken"\n'
                                         '  vervangt X2\n  als procedure uov is: elke terinzagelegging moet ten minste 5 weken duren\n',
                                         encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", str(tmp_path / "wijk.rules")])
    assert result.exit_code == 2 and "W2" in result.stderr


def test_lint_refuses_a_ruleset_that_weakens_the_floor(tmp_path):
    path = tmp_path / "gemeente.rules"
    path.write_text('regelset "Gemeente"\n  breidt uit "national"\n\nschrapt W2\n', encoding="utf-8")
    plan = tmp_path / "p.yaml"
    plan.write_text("plan: p\nactors: {raad: {role: raad}}\nsteps:\n  - {id: besluit, kind: besluit, owner: raad}\n", encoding="utf-8")
    assert CliRunner().invoke(cli, ["lint", str(plan), "-r", str(path)]).exit_code == 2
