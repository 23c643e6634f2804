"""The starter plan of `procesregels init` is a sound process, in both languages: frames by the
council first, residents informed and then consulted early, a draft, six weeks of inspection,
the council told what participation brought, the decision, feedback within six weeks; every
step dated and owned. It loads with the plan loader and passes the national baseline and the
VNG-style model without any finding."""

from __future__ import annotations

import datetime as dt

import pytest

from procesregels.plan.loader import parse_plan
from procesregels.plan.starter import starter_plan
from procesregels.core.vocabulary import standard

LANGS = ("nl", "en")


@pytest.fixture(params=LANGS)
def plan(request):
    return parse_plan(starter_plan(request.param), f"plan.{request.param}.yaml", standard())


def _of_kind(plan, kind):
    return [step for step in plan.steps if step.kind == kind]


def test_every_step_is_dated_and_owned(plan):
    for step in plan.steps:
        assert step.start is not None and step.end is not None, step.id
        assert step.owner in plan.actors, step.id


def test_the_process_is_sound(plan):
    frames, decision = _of_kind(plan, "frames")[0], _of_kind(plan, "decision")[0]
    inspection, feedback = _of_kind(plan, "inspection")[0], _of_kind(plan, "feedback")[0]
    assert frames.after == () and plan.actors[frames.owner].role == "council"
    assert inspection.end - inspection.start + dt.timedelta(days=1) == dt.timedelta(weeks=6)
    assert dt.timedelta(0) < feedback.start - decision.end <= dt.timedelta(weeks=6)
    consulted = [s for s in plan.steps if "consult" in s.participants.values() and s.phase == "exploration"]
    assert consulted, "residents have influence early"
    assert decision.start > inspection.end


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("ruleset_name", ["national", "vng-model"])
def test_starter_plan_passes_without_findings(lang, ruleset_name):
    engine = pytest.importorskip("procesregels.engine.run")
    from procesregels.ruleset.loader import load_ruleset

    ruleset = load_ruleset(ruleset_name)
    plan = parse_plan(starter_plan(lang), "plan.yaml", ruleset.vocabulary())
    report = engine.lint_plan(ruleset, plan)
    assert [(f.rule, f.category, f.step) for f in report.findings] == []
    assert report.passed > 0
