"""A step of the right kind without an owner is a maybe member of an owner-specific event
(`the council decides`, docs/spec/LANGUAGE.md section 3, version 2): never a pass on its account.
The undetermined finding names the step and asks for its owner, in both languages."""

from __future__ import annotations

import pytest

from procesregels import i18n
from procesregels.engine.run import lint_plan
from procesregels.plan.loader import parse_plan
from procesregels.ruleset.loader import parse_ruleset

PLAN = """\
plan: Zonder eigenaar
actors:
  raad: {role: council}
  bewoners: {role: residents}
steps:
  - {id: avond, kind: information, participants: {bewoners: inform}}
  - {id: besluit, kind: decision, phase: decision, after: [avond]}
"""

SENTENCES = [
    "residents must be consulted before the council decides",
    "the council must set frames before the council decides",
    "residents must be informed at least 2 weeks before the council decides",
    "after the council decides, residents must be consulted",
]


def lint(sentence: str):
    ruleset = parse_ruleset(f'ruleset "t"\nrule R1 "t"\n  {sentence}\n', "t.rules")
    return lint_plan(ruleset, parse_plan(PLAN, "plan.yaml", ruleset.vocabulary()))


@pytest.mark.parametrize("sentence", SENTENCES)
def test_an_ownerless_decision_is_undetermined_and_asks_for_its_owner(sentence):
    findings = [f for f in lint(sentence).findings if f.rule == "R1"]
    assert [(f.category, f.step) for f in findings] == [("undetermined", "besluit")]
    finding = findings[0]
    assert finding.message == "finding.undetermined.owner"
    english = i18n.text(finding.message, "en", finding.args)
    dutch = i18n.text(finding.message, "nl", finding.args)
    assert "'besluit'" in english and "no owner" in english
    assert "'besluit'" in dutch and "geen eigenaar" in dutch
    assert i18n.text(finding.hint, "en", finding.hint_args).startswith("give 'besluit' an owner")
    assert i18n.text(finding.hint, "nl", finding.hint_args).startswith("geef 'besluit' een eigenaar")


def test_an_event_of_any_owner_is_not_affected():
    report = lint("residents must be consulted before any decision")
    assert [(f.category, f.step) for f in report.findings if f.rule == "R1"] == [("violation", "besluit")]


def test_giving_the_owner_decides():
    ruleset = parse_ruleset('ruleset "t"\nrule R1 "t"\n  residents must be consulted before the council decides\n', "t.rules")
    owned = PLAN.replace("kind: decision,", "kind: decision, owner: raad,")
    report = lint_plan(ruleset, parse_plan(owned, "plan.yaml", ruleset.vocabulary()))
    assert [(f.category, f.step) for f in report.findings if f.rule == "R1"] == [("violation", "besluit")]
