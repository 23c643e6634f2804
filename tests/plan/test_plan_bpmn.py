"""A plan drawn in BPMN 2.0 loads into the same model as the YAML plan it draws: lanes are
actors, tasks are steps, flows give `after`, exclusive gateways are choices, a branch around
one step makes it optional; the rest comes from the `pr:` extension attributes."""

from __future__ import annotations

import pytest

from procesregels.errors import PlanError
from procesregels.plan.loader import load_plan, parse_plan
from procesregels.core.vocabulary import standard

from conftest import DATA, SPEC_EXAMPLES

PLANS = DATA / "plans"
SPEC_RULES = SPEC_EXAMPLES / "marktplein.rules"


def _meaning(plan):
    """The plan without its ids for actors: steps with participants by role."""
    steps = []
    for step in plan.steps:
        roles = {plan.actors[actor].role: level for actor, level in step.participants.items()}
        owner = plan.actors[step.owner].role if step.owner else None
        steps.append((step.id, step.kind, step.phase, step.start, step.end, step.optional,
                      tuple(sorted(step.after)), tuple(sorted(roles.items())), owner))
    return (plan.title, plan.municipality, plan.attributes, sorted(steps), plan.choices, plan.waivers)


def test_bpmn_plan_means_the_yaml_plan():
    vocabulary = standard()
    from_yaml = load_plan(PLANS / "marktplein.yaml", vocabulary)
    from_bpmn = load_plan(PLANS / "marktplein.bpmn", vocabulary)
    assert _meaning(from_bpmn) == _meaning(from_yaml)


def test_bpmn_positions_point_at_elements():
    plan = load_plan(PLANS / "marktplein.bpmn", standard())
    lines = (PLANS / "marktplein.bpmn").read_text(encoding="utf-8").splitlines()
    span = plan.step_span("besluit")
    assert lines[span.line - 1][span.column - 1:].startswith('<bpmn:task id="besluit"')
    lane = plan.span_of("actors", "team")
    assert lines[lane.line - 1][lane.column - 1:].startswith('<bpmn:lane id="team"')
    choice = plan.span_of("choices", 0)
    assert lines[choice.line - 1][choice.column - 1:].startswith('<bpmn:exclusiveGateway id="vorm"')


def test_bpmn_lint_gives_the_spec_findings():
    engine = pytest.importorskip("procesregels.engine.run")
    from procesregels.ruleset.loader import load_ruleset

    ruleset = load_ruleset(str(SPEC_RULES))
    report = engine.lint_plan(ruleset, load_plan(PLANS / "marktplein.bpmn", ruleset.vocabulary()))
    found = sorted((f.rule, f.category, f.step, f.waived) for f in report.findings)
    assert found == [
        ("R2", "violation", "ontwerp", False), ("R5", "violation", None, False),
        ("R6", "missing-role", None, False), ("R7", "violation", "straatgesprekken", False),
        ("R8", "violation", "schetsen", False), ("R9", "violation", None, True),
    ]


def _bpmn(body: str, lanes: str = "") -> str:
    return (
        '<?xml version="1.0"?>\n<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" '
        'xmlns:pr="https://procesregels.nl/bpmn"><process id="p" name="T">' + lanes + body + "</process></definitions>"
    )


def test_parallel_and_inclusive_gateways():
    body = (
        '<task id="a" pr:kind="frames"/><parallelGateway id="split"/>'
        '<task id="b" pr:kind="survey"/><task id="c" pr:kind="meeting"/><parallelGateway id="join"/>'
        '<inclusiveGateway id="or"/><task id="d" pr:kind="workshop"/><task id="e" pr:kind="panel"/>'
        '<inclusiveGateway id="orjoin"/><task id="f" pr:kind="decision"/>'
        '<sequenceFlow sourceRef="a" targetRef="split"/><sequenceFlow sourceRef="split" targetRef="b"/>'
        '<sequenceFlow sourceRef="split" targetRef="c"/><sequenceFlow sourceRef="b" targetRef="join"/>'
        '<sequenceFlow sourceRef="c" targetRef="join"/><sequenceFlow sourceRef="join" targetRef="or"/>'
        '<sequenceFlow sourceRef="or" targetRef="d"/><sequenceFlow sourceRef="or" targetRef="e"/>'
        '<sequenceFlow sourceRef="d" targetRef="orjoin"/><sequenceFlow sourceRef="e" targetRef="orjoin"/>'
        '<sequenceFlow sourceRef="orjoin" targetRef="f"/>'
    )
    plan = parse_plan(_bpmn(body), "p.bpmn", standard())
    steps = {s.id: s for s in plan.steps}
    assert plan.choices == ()
    assert sorted(steps["d"].after) == sorted(steps["e"].after) == ["b", "c"]
    assert steps["d"].optional and steps["e"].optional and not steps["b"].optional
    assert sorted(steps["f"].after) == ["d", "e"]


def test_pool_without_lanes_is_an_actor_and_message_flows_order():
    text = (
        '<?xml version="1.0"?><definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" '
        'xmlns:pr="https://procesregels.nl/bpmn"><collaboration id="c">'
        '<participant id="gemeente" name="Gemeente" processRef="p1" pr:role="college"/>'
        '<participant id="wijkraad" name="Wijkraad" processRef="p2" pr:role="adviesraad"/>'
        '<messageFlow sourceRef="vraag" targetRef="advies"/><messageFlow sourceRef="advies" targetRef="besluit"/>'
        '</collaboration>'
        '<process id="p1" name="Wijkplan"><task id="vraag" pr:kind="informatie"/>'
        '<task id="besluit" pr:kind="besluit"/></process>'
        '<process id="p2"><task id="advies" pr:kind="advies" pr:participants="Wijkraad: adviseren"/></process>'
        '</definitions>'
    )
    plan = parse_plan(text, "p.bpmn", standard())
    steps = {s.id: s for s in plan.steps}
    assert plan.title == "Wijkplan"
    assert plan.actors["gemeente"].role == "executive" and plan.actors["wijkraad"].role == "advisory-board"
    assert steps["vraag"].owner == "gemeente" and steps["advies"].owner == "wijkraad"
    assert steps["advies"].participants == {"wijkraad": "advise"}
    assert steps["advies"].after == ("vraag",) and steps["besluit"].after == ("advies",)


def test_sub_process_is_one_step():
    body = ('<subProcess id="s" pr:kind="workshop"><task id="inner" pr:kind="nonsense"/></subProcess>'
            '<task id="t" pr:kind="decision"/><sequenceFlow sourceRef="s" targetRef="t"/>')
    plan = parse_plan(_bpmn(body), "p.bpmn", standard())
    assert [s.id for s in plan.steps] == ["s", "t"]


def test_external_entities_are_never_read(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("geheim", encoding="utf-8")
    text = (f'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file://{secret}">]>'
            '<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL">&x;</definitions>')
    with pytest.raises(PlanError, match="DOCTYPE") as raised:
        parse_plan(text, "p.bpmn", standard())
    assert "geheim" not in raised.value.render()


def test_extension_properties_of_a_modeller():
    body = (
        '<task id="Activity_1" name="Raad besluit"><extensionElements xmlns:camunda="http://camunda.org/schema/1.0/bpmn">'
        '<camunda:properties><camunda:property name="kind" value="besluit"/>'
        '<camunda:property name="pr:date" value="2026-06-10"/></camunda:properties></extensionElements></task>'
    )
    lanes = ('<laneSet><lane id="Lane_1" name="Raad"><extensionElements><zeebe:properties xmlns:zeebe="z">'
             '<zeebe:property name="role" value="gemeenteraad"/></zeebe:properties></extensionElements>'
             '<flowNodeRef>Activity_1</flowNodeRef></lane></laneSet>')
    plan = parse_plan(_bpmn(body, lanes), "p.bpmn", standard())
    step = plan.steps[0]
    assert (step.id, step.title, step.kind, str(step.start), step.owner) == (
        "Activity_1", "Raad besluit", "decision", "2026-06-10", "Lane_1")
    assert plan.actors["Lane_1"].role == "council"


def _meaning_without_ids(plan):
    ids = {step.id: index for index, step in enumerate(plan.steps)}
    steps = []
    for step in plan.steps:
        roles = tuple(sorted((plan.actors[a].role, level) for a, level in step.participants.items()))
        owner = plan.actors[step.owner].role if step.owner else None
        steps.append((step.kind, step.phase, step.start, step.end, step.optional,
                      tuple(sorted(step.kind for step in plan.steps if step.id in step.after)), roles, owner,
                      tuple(sorted(plan.steps[ids[a]].kind for a in step.after))))
    choices = sorted(tuple(sorted(tuple(sorted(plan.steps[ids[s]].kind for s in o)) for o in c.options))
                     for c in plan.choices)
    return plan.title, plan.municipality, plan.attributes, sorted(steps, key=repr), choices, plan.waivers


def test_a_modeller_drawing_with_a_side_file_means_the_yaml_plan():
    vocabulary = standard()
    from_yaml = load_plan(PLANS / "marktplein.yaml", vocabulary)
    from_bpmn = load_plan(PLANS / "marktplein-modeller.bpmn", vocabulary)
    assert _meaning_without_ids(from_bpmn) == _meaning_without_ids(from_yaml)
    span = from_bpmn.span_of("steps", from_bpmn.step_index("Activity_besluit"), "kind")
    assert span.path.endswith("marktplein-modeller.bpmn.yaml")
    lines = (PLANS / "marktplein-modeller.bpmn.yaml").read_text(encoding="utf-8").splitlines()
    assert lines[span.line - 1][span.column - 1:].startswith("besluit")


def test_side_file_errors_point_into_the_side_file(tmp_path):
    drawing = tmp_path / "p.bpmn"
    drawing.write_text(_bpmn('<task id="Activity_1" name="Raad besluit"/>'), encoding="utf-8")
    (tmp_path / "p.bpmn.yaml").write_text("steps:\n  Raad besluit: {kind: besluit, phase: besluitvorm}\n",
                                         encoding="utf-8")
    with pytest.raises(PlanError) as raised:
        load_plan(drawing, standard())
    assert raised.value.render() == (
        f"{drawing}.yaml:2:40: error: unknown phase 'besluitvorm' of step 'Activity_1'\n"
        "    Raad besluit: {kind: besluit, phase: besluitvorm}\n"
        "                                         ^^^^^^^^^^^\n"
        "  did you mean 'besluitvorming' or 'beeldvorming'?"
    )
