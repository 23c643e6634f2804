"""Issue 17: the edges where compare claimed a false order or missed a proof, and `check`'s
warning for rules that can only hold vacuously. Each verdict is confirmed by an example plan
the engine checks (a strict verdict needs one: "not the reverse")."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from procesregels.cli import cli
from procesregels.comparison.compare import compare_rulesets
from procesregels.comparison.health import vacuous_rules
from procesregels.example_plans.build import add_examples
from procesregels.ruleset.loader import parse_ruleset


def compared(a_text: str, b_text: str):
    a, b = parse_ruleset(a_text, "a.rules"), parse_ruleset(b_text, "b.rules")
    return add_examples(compare_rulesets(a, b))


def one_rule(sentence: str, rule_id: str = "R1", name: str = "R") -> str:
    return f'ruleset "{name}"\nrule {rule_id} "x"\n  {sentence}\n'


@pytest.mark.parametrize("who_a, who_b", [("advisory-board", "stakeholders"), ("residents", "businesses")])
@pytest.mark.parametrize("level", ["consult", "codecide"])
def test_rules_that_hold_only_without_participation_are_the_same(who_a, who_b, level):
    c = compared(one_rule(f"{who_a} must be involved at level {level} before participation starts"),
                 one_rule(f"{who_b} must be involved at level {level} before participation starts"))
    assert c.verdict == "same"
    assert not c.examples


def test_a_lead_time_before_participation_starts_is_vacuous_too():
    c = compared(one_rule("residents must be consulted at least 2 weeks before participation starts"),
                 one_rule("businesses must be advised at least 1 week before participation starts"))
    assert c.verdict == "same"


def test_informing_before_participation_starts_is_not_vacuous():
    c = compared(one_rule("residents must be informed before participation starts"),
                 one_rule("stakeholders must be involved at level codecide before participation starts"))
    assert c.verdict == "b-stricter"
    assert [e.fails for e in c.examples] == ["b"]


def test_other_roles_beside_participants_make_a_rule_weaker():
    c = compared(one_rule("after any decision, participants must be informed"),
                 one_rule("after any decision, participants or organisations must be informed"))
    assert c.verdict == "a-stricter"
    assert [e.fails for e in c.examples] == ["a"]
    mirrored = compared(one_rule("after any decision, participants or organisations must be informed"),
                        one_rule("after any decision, participants must be informed"))
    assert mirrored.verdict == "b-stricter"


def test_a_rule_about_the_first_phase_is_stricter_than_one_about_a_later_phase():
    c = compared(one_rule("residents must be informed before phase initiative starts"),
                 one_rule("residents must be consulted before phase exploration starts"))
    assert c.verdict == "a-stricter"
    assert [e.fails for e in c.examples] == ["a"]


def test_an_event_that_must_come_before_itself_is_vacuous():
    c = compared(one_rule("the council must decide before the council decides"),
                 one_rule("the committee must decide before the council decides"))
    assert c.verdict != "b-stricter"  # the first rule holds only without a council decision


def test_rules_that_never_fail_are_the_same_whatever_their_conditions():
    plain = one_rule("every decision must last at least 1 day")
    conditional = 'ruleset "R"\nrule R1 "x"\n  when impact is low: every decision must last at least 1 day\n'
    assert compared(plain, conditional).verdict == "same"
    assert compared(plain, 'ruleset "E"\n').verdict == "same"


def test_check_warns_about_vacuous_rules_in_the_rulesets_language(tmp_path):
    english = tmp_path / "a.rules"
    english.write_text(one_rule("advisory-board must be involved at level codecide before participation starts", "A1"))
    dutch = tmp_path / "n.rules"
    dutch.write_text('regelset "N"\nregel N1 "x"\n  inwoners moeten geraadpleegd worden voordat de participatie begint\n')
    fine = tmp_path / "f.rules"
    fine.write_text(one_rule("residents must be consulted before the council decides"))
    result = CliRunner().invoke(cli, ["check", str(english), str(dutch), str(fine)])
    assert result.exit_code == 0
    warnings = [line for line in result.stderr.splitlines() if "warning:" in line or "waarschuwing:" in line]
    assert len(warnings) == 2
    assert warnings[0].startswith(f"{english}:3:3: warning: A1: can only be met by a plan without participation")
    assert "waarschuwing: N1: kan alleen worden nageleefd door een plan zonder participatie" in warnings[1]
    assert "raadplegen" in warnings[1]


@pytest.mark.parametrize("sentence, expected", [
    ("residents must be informed before phase initiative starts", 1),
    ("residents must be informed before phase design starts", 0),
    ("the council must decide before the council decides", 1),
    ("the council must decide before any decision", 1),
    ("the committee must decide before the council decides", 1),  # the committee is part of the council
    ("the executive must decide before the council decides", 0),
    ("participants must be involved at level consult before participation starts", 0),
])
def test_vacuous_forms(sentence, expected):
    assert len(vacuous_rules(parse_ruleset(one_rule(sentence), "r.rules"))) == expected
