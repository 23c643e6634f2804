"""PlanGraph: order from `after` links only, executions decided per choice, witnesses."""

from __future__ import annotations

import datetime as dt

from procesregels.engine.graph import PlanGraph, bits, mask_of
from procesregels.plan.model import Actor, Choice, Plan, Step
from procesregels.core.vocabulary import standard


def graph(steps, choices=(), actors=None) -> PlanGraph:
    plan = Plan(plan="t", actors=actors or {}, steps=tuple(steps), choices=tuple(choices))
    return PlanGraph(plan, standard())


def pos(g: PlanGraph, *ids: str) -> int:
    return mask_of(g.pos[i] for i in ids)


def test_bits_and_masks_round_trip():
    for positions in ([], [0], [3, 64, 65, 1000], list(range(40))):
        assert bits(mask_of(positions)) == sorted(positions)


def test_order_follows_after_links_through_any_step_not_dates():
    g = graph([
        Step(id="c", kind="decision", after=("b",), date=dt.date(2026, 1, 1)),
        Step(id="b", kind="advice", after=("a",), optional=True),
        Step(id="a", kind="survey", date=dt.date(2026, 5, 1)),
        Step(id="x", kind="meeting"),
    ])
    assert g.ancestors[g.pos["c"]] == pos(g, "a", "b")
    assert g.descendants[g.pos["a"]] == pos(g, "b", "c")
    assert g.ancestors[g.pos["x"]] == 0
    # topological order: every step after the steps it lists
    assert [s.id for s in g.steps].index("a") < [s.id for s in g.steps].index("c")


def test_find_execution_per_choice_and_optional():
    g = graph(
        [Step(id=i, kind="meeting", optional=(i == "o")) for i in ("a", "b", "c", "o", "always")],
        [Choice(id="k", options=(("a",), ("b", "c")))],
    )
    assert g.find_execution(must=pos(g, "a"), forbid=pos(g, "b")) is not None
    assert g.find_execution(must=pos(g, "a", "b")) is None  # one option only
    assert g.find_execution(forbid=pos(g, "a", "b")) is None  # some option happens
    assert g.find_execution(forbid=pos(g, "always")) is None
    execution = g.find_execution(must=pos(g, "c"), forbid=pos(g, "o"))
    assert execution.options == ((0, 1),)
    assert bits(execution.skipped) == [g.pos["o"]]
    assert g.find_execution(forbid=pos(g, "a"), one_of=pos(g, "b", "o")) is not None
    assert g.find_execution(must=pos(g, "a"), one_of=pos(g, "c")) is None


def test_chain_is_the_longest_chain_of_happening_steps():
    g = graph(
        [
            Step(id="kaders", kind="frames"),
            Step(id="enquete", kind="survey", after=("kaders",)),
            Step(id="straat", kind="meeting", after=("kaders",)),
            Step(id="schetsen", kind="workshop", after=("enquete",), optional=True),
            Step(id="ontwerp", kind="draft", after=("enquete", "straat", "schetsen")),
            Step(id="besluit", kind="decision", after=("ontwerp",)),
        ],
        [Choice(id="vorm", options=(("enquete",), ("straat",)))],
    )
    execution = g.find_execution(must=pos(g, "besluit"), forbid=pos(g, "enquete", "schetsen"))
    path = g.chain(execution, g.pos["besluit"])
    choices, skipped, chain = g.witness_parts(execution, path)
    assert chain == ("kaders", "straat", "ontwerp", "besluit")
    assert choices == (("vorm", ("straat",)),)
    assert skipped == ("schetsen",)


def test_involvement_covers_narrower_roles_only():
    actors = {"bewoners": Actor(role="residents"), "buren": Actor(role="neighbours")}
    g = graph([
        Step(id="a", kind="survey", participants={"bewoners": "consult"}),
        Step(id="b", kind="meeting", participants={"buren": "advise"}),
        Step(id="c", kind="information", participants={"bewoners": "inform"}),
    ], actors=actors)
    assert g.involving(("neighbours",), "consult") == pos(g, "a", "b")
    assert g.involving(("residents",), "consult") == pos(g, "a")
    assert g.involving(("residents",), "inform") == pos(g, "a", "c")
    assert g.reaching("buren", "inform") == pos(g, "a", "b", "c")
    assert g.reaching("bewoners", "inform") == pos(g, "a", "c")
    assert g.influence_steps == pos(g, "a", "b")


def test_long_chains_show_the_steps_nearest_the_breach():
    from procesregels.engine.graph import MAX_CHAIN

    steps = [Step(id="s0", kind="advice")]
    steps += [Step(id=f"s{i}", kind="advice", after=(f"s{i - 1}",)) for i in range(1, 40)]
    g = graph(steps)
    execution = g.find_execution(must=pos(g, "s39"))
    chain = [g.steps[v].id for v in g.chain(execution, g.pos["s39"])]
    assert chain == [f"s{i}" for i in range(40 - MAX_CHAIN, 40)]
    from_start = [g.steps[v].id for v in g.chain(execution, g.pos["s39"], start=g.pos["s5"])]
    assert from_start[0] == "s5" and from_start[-1] == "s39" and len(from_start) == MAX_CHAIN


def test_lint_leaves_the_garbage_collector_as_it_was():
    import gc

    from procesregels.engine.run import lint_plan
    from procesregels.ruleset.model import Ruleset

    plan = Plan(plan="t", steps=(Step(id="a", kind="decision"),))
    assert gc.isenabled()
    lint_plan(Ruleset(title="t"), plan)
    assert gc.isenabled()
