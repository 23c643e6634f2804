"""Loading plans: the spec example gives the model the engine expects (canonical ids, implicit
actors, start/end filled, positions kept); JSON plans load the same; durations count both ends."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from procesregels.errors import PlanError, PlanErrors
from procesregels.plan.loader import load_plan, parse_plan
from procesregels.span import Span
from procesregels.core.vocabulary import standard

from conftest import DATA

EXAMPLE = DATA / "plans" / "marktplein.yaml"


@pytest.fixture(scope="module")
def example():
    return load_plan(str(EXAMPLE), standard())


def test_example_has_canonical_ids(example):
    assert {a: actor.role for a, actor in example.actors.items()} == {
        "raad": "council",
        "college": "executive",
        "team": "officials",
        "bewoners": "residents",
        "winkeliers": "businesses",
    }
    kinds = [(s.id, s.kind, s.phase) for s in example.steps]
    assert kinds == [
        ("kaders", "frames", "initiative"),
        ("enquete", "survey", "exploration"),
        ("straatgesprekken", "meeting", "exploration"),
        ("schetsen", "workshop", "design"),
        ("ontwerp", "draft", "design"),
        ("besluit", "decision", "decision"),
        ("terugkoppeling", "feedback", None),
    ]
    enquete = example.steps[1]
    assert enquete.participants == {"bewoners": "consult", "winkeliers": "consult"}
    assert enquete.after == ("kaders",)
    assert example.steps[3].optional is True
    assert example.choices[0].options == (("enquete",), ("straatgesprekken",))
    assert example.waivers[0].rule == "R9"
    assert example.attributes == {"impact": "high", "budget": 2500000, "domain": "ruimte"}
    assert example.title == "Herinrichting Marktplein"
    assert example.path == str(EXAMPLE)


def test_example_dates_are_filled(example):
    dates = {s.id: (s.start, s.end) for s in example.steps}
    assert dates["kaders"] == (dt.date(2026, 1, 15), dt.date(2026, 1, 15))
    assert dates["enquete"] == (dt.date(2026, 2, 1), dt.date(2026, 2, 28))
    assert dates["schetsen"] == (None, None)
    assert dates["terugkoppeling"] == (dt.date(2026, 6, 24), dt.date(2026, 6, 24))


def test_example_positions(example):
    path = str(EXAMPLE)
    assert example.positions[("plan",)].path == path
    assert _span_tuple(example.positions[("plan",)]) == (1, 7)
    assert _span_tuple(example.positions[()]) == (1, 1)
    besluit = example.step_index("besluit")
    assert example.step_span("besluit") == example.positions[("steps", besluit)]
    assert (example.step_span("besluit").line, example.step_span("besluit").column) == (58, 5)
    kind = example.span_of("steps", besluit, "kind")
    assert (kind.line, kind.column) == (60, 11)
    assert example.span_of("steps", besluit, "no-such-key").line == 58
    assert example.positions[("waivers", 0, "rule")].line == 78


def _span_tuple(span: Span) -> tuple[int, int]:
    return span.line, span.column


def test_implicit_actor_for_a_role():
    plan = parse_plan(
        "plan: t\nactors:\n  team: {role: ambtenaren}\n  residents: {role: ondernemers}\nsteps:\n"
        "  - id: a\n    kind: enquête\n    participants: {inwoners: raadplegen, team: informeren}\n"
        "  - id: b\n    kind: bijeenkomst\n    participants: {bewoners: adviseren, jongeren: informeren}\n",
        "p.yaml",
    )
    # 'residents' is taken by an actor of the plan, so the implicit one is 'residents-2'.
    assert plan.actors["residents-2"].role == "residents"
    assert plan.actors["residents-2"].implicit is True
    assert plan.actors["youth"].implicit is True
    assert plan.actors["team"].implicit is False
    assert plan.steps[0].participants == {"residents-2": "consult", "team": "inform"}
    assert plan.steps[1].participants == {"residents-2": "advise", "youth": "inform"}
    assert _span_tuple(plan.positions[("actors", "residents-2")]) == (8, 20)
    assert _span_tuple(plan.positions[("steps", 1, "participants", "youth")]) == (11, 51)
    assert "implicit" not in plan.model_dump()["actors"]["youth"]


@pytest.mark.parametrize(
    ("dates", "start", "end"),
    [
        ("start: 2026-01-01\n    duration: 1 week", "2026-01-01", "2026-01-07"),
        ("start: 2026-01-01\n    duration: 6 weken", "2026-01-01", "2026-02-11"),
        ("start: 2026-01-01\n    duration: 10 days", "2026-01-01", "2026-01-10"),
        ("start: 2026-01-01\n    duration: 1 dag", "2026-01-01", "2026-01-01"),
        ("start: 2026-01-15\n    duration: 1 maand", "2026-01-15", "2026-02-14"),
        ("start: 2026-01-31\n    duration: 1 month", "2026-01-31", "2026-02-27"),
        ("start: 2026-11-01\n    duration: 3 maanden", "2026-11-01", "2027-01-31"),
        ("start: 2026-03-01\n    end: 2026-03-01", "2026-03-01", "2026-03-01"),
        ("date: 2026-03-01", "2026-03-01", "2026-03-01"),
        ("date: '2026-03-01'", "2026-03-01", "2026-03-01"),
    ],
)
def test_dates_and_durations(dates, start, end):
    plan = parse_plan(f"plan: t\nsteps:\n  - id: a\n    kind: meeting\n    {dates}\n", "p.yaml")
    step = plan.steps[0]
    assert (step.start.isoformat(), step.end.isoformat()) == (start, end)


def test_ruleset_vocabulary_is_used():
    vocabulary = standard().extend(roles=[("winkeliers", "businesses")], kinds=[("hoorzitting", "meeting")],
                                   levels=[("meedenken", "consult")])
    text = "plan: t\nsteps:\n  - id: a\n    kind: Hoorzitting\n    participants: {winkeliers: meedenken}\n"
    plan = parse_plan(text, "p.yaml", vocabulary)
    assert plan.steps[0].kind == "hoorzitting"
    assert plan.steps[0].participants == {"winkeliers": "consult"}
    assert plan.actors["winkeliers"].role == "winkeliers"
    with pytest.raises(PlanError, match="unknown step kind 'Hoorzitting'"):
        parse_plan(text, "p.yaml", standard())


def test_json_plan_equals_yaml_plan(example, tmp_path):
    data = json.loads(json.dumps(_yaml_data(EXAMPLE.read_text(encoding="utf-8")), default=str))
    target = tmp_path / "marktplein.json"
    target.write_text(json.dumps(data, indent=2, ensure_ascii=False), encoding="utf-8")
    from_json = load_plan(target, standard())
    assert from_json.model_dump() == example.model_dump()
    lines = target.read_text(encoding="utf-8").splitlines()
    span = from_json.positions[("steps", 5, "kind")]
    assert lines[span.line - 1][span.column - 1 :].startswith('"decision"')
    key_line = lines[from_json.step_span("besluit").line - 1]
    assert key_line.strip() == "{"


def _yaml_data(text: str):
    import yaml

    return yaml.safe_load(text)


def test_merge_keys_and_anchors():
    text = (
        "plan: t\nactors:\n  team: {role: officials}\nsteps:\n"
        "  - &base {id: a, kind: meeting, owner: team, participants: {inwoners: consult}}\n"
        "  - <<: *base\n    id: b\n    after: [a]\n"
    )
    plan = parse_plan(text, "p.yaml")
    assert plan.steps[1].id == "b" and plan.steps[1].owner == "team"
    assert plan.steps[1].participants == {"residents": "consult"}


def test_numbers_are_names():
    plan = parse_plan("plan: 2026\nsteps:\n  - {id: 1, kind: meeting}\n  - {id: 2, kind: meeting, after: [1]}\n", "p")
    assert plan.title == "2026"
    assert plan.steps[1].after == ("1",)


def test_empty_collections_mean_none():
    text = "plan: t\nactors:\nsteps:\n  - id: a\n    kind: meeting\n    after:\n    participants:\nchoices:\n"
    plan = parse_plan(text, "p.yaml")
    assert plan.actors == {} and plan.choices == ()
    assert plan.steps[0].after == () and plan.steps[0].participants == {}


def test_after_lists_each_step_once():
    text = "plan: t\nsteps:\n  - {id: a, kind: meeting}\n  - {id: b, kind: meeting, after: [a, a]}\n"
    assert parse_plan(text, "p.yaml").steps[1].after == ("a",)


def test_quoted_values_stay_text():
    text = "plan: 'yes'\nsteps:\n  - {id: 'null', kind: meeting, title: '2026-01-01'}\n"
    plan = parse_plan(text, "p.yaml")
    assert (plan.title, plan.steps[0].id, plan.steps[0].title) == ("yes", "null", "2026-01-01")


def test_error_language():
    text = "plan: t\nsteps:\n  - {id: a, kind: meetng}\n"
    with pytest.raises(PlanError) as english:
        parse_plan(text, "p.yaml")
    with pytest.raises(PlanError) as dutch:
        parse_plan(text, "p.yaml", lang="nl")
    assert english.value.message == "unknown step kind 'meetng' of step 'a'"
    assert dutch.value.message == "onbekende soort stap 'meetng' van stap 'a'"
    assert english.value.suggestions == dutch.value.suggestions == ["meeting"]


def test_every_problem_is_reported_in_file_order():
    # Keys and types and names are all reported, each once, in the order of the file (docs/spec/PLAN.md v2).
    text = ("plan: t\nsteps:\n  - {id: a, kind: meeting, phase: desing}\n"
            "  - {id: b, kind: meeting, afer: [a]}\n  - {id: c, kind: meetng}\n")
    with pytest.raises(PlanErrors) as raised:
        parse_plan(text, "p.yaml")
    assert [(e.span.line, e.message) for e in raised.value.errors] == [
        (3, "unknown phase 'desing' of step 'a'"), (4, "unknown key 'afer' in step 'b'"),
        (5, "unknown step kind 'meetng' of step 'c'")]
    assert (raised.value.span.line, raised.value.message) == (3, "unknown phase 'desing' of step 'a'")


def test_a_step_named_twice_in_one_option_counts_once():
    text = ("plan: t\nsteps:\n  - {id: a, kind: meeting}\n  - {id: b, kind: meeting}\n"
            "choices:\n  - {id: c, options: [[a, a], [b]]}\n")
    assert parse_plan(text, "p.yaml").choices[0].options == (("a",), ("b",))
