"""Small example plans that show what a rule means: a plan that breaks one rule (`explain`), and
a plan that passes one ruleset and fails another (`compare`).

Plans are generated from a full sketch (plan_examples_sketch.py) changed in one aspect
(plan_examples_mutate.py), written as plan data, read back through the plan loader, and run
through the engine. Only what the engine confirms is returned: an example is evidence, never a
claim. The engine runs on the *whole* rulesets, so a plan that breaks some other rule of the
passing side is rejected.
"""

from __future__ import annotations

import copy
import json
from dataclasses import replace
from typing import Any, Callable

import yaml

from procesregels.comparison.compare import Comparison, Example, RulePair
from procesregels.plan.model import Plan
from procesregels.example_plans.mutate import candidates
from procesregels.example_plans.sketch import Sketch, full_sketch, to_data
from procesregels.ruleset.model import AnyOf, Rule, Ruleset
from procesregels.core.vocabulary import Vocabulary

#: Verdicts of a rule pair where one side is stricter, and which side that is.
_STRICTER_SIDE = {"a-stricter": "a", "only-a": "a", "b-stricter": "b", "only-b": "b"}


def to_yaml_data(plan: Plan) -> dict[str, Any]:
    """A loaded plan as plain data for YAML: canonical ids, dates as ISO text, no defaults."""
    data = plan.model_dump(mode="json", exclude_defaults=True)
    data["actors"] = {k: v for k, v in data.get("actors", {}).items()
                      if not plan.actors[k].implicit}
    for step in data.get("steps", []):
        if step.get("start") and step.get("start") == step.get("end"):
            step["date"] = step.pop("start")
            step.pop("end")
        elif step.get("start"):
            step.pop("date", None)
        step.pop("duration", None) if step.get("end") else None
    return data


def dump_yaml(data: dict) -> str:
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True, default_flow_style=None)


def load_data(data: dict, vocabulary: Vocabulary) -> Plan | None:
    """The plan data read back as a user's file would be (None when it does not load)."""
    from procesregels.errors import ProcesregelsError
    from procesregels.plan.loader import parse_plan

    # JSON is YAML too and is written far faster: the final plan is shown as YAML once.
    text = json.dumps(data, default=lambda value: value.isoformat(), ensure_ascii=False)
    try:
        return parse_plan(text, "example.yaml", vocabulary)
    except ProcesregelsError:
        return None


def quick_plan(data: dict, vocabulary: Vocabulary) -> Plan | None:
    """The plan model built straight from generated data (canonical ids, explicit actors, dates
    set): the same plan the loader gives, without reading text, for the many trial runs of the
    search. None when a name is unknown to the vocabulary, as the loader would refuse it.
    Every example that is shown is confirmed once more through the loader itself."""
    from procesregels.plan.model import Actor, Step

    try:
        for actor in data.get("actors", {}).values():
            vocabulary.role(actor["role"])
        for step in data["steps"]:
            vocabulary.kind(step["kind"])
            if step.get("phase"):
                vocabulary.phase(step["phase"])
            for level in step.get("participants", {}).values():
                vocabulary.level(level)
    except LookupError:
        return None
    steps = []
    for step in data["steps"]:
        fields = dict(step)
        if "date" in fields:
            fields["start"] = fields["end"] = fields["date"]
        fields["after"] = tuple(fields.get("after", ()))
        steps.append(Step(**fields))
    return Plan(plan=data["plan"], attributes=dict(data.get("attributes", {})), path="example.yaml",
                actors={k: Actor(role=v["role"]) for k, v in data.get("actors", {}).items()}, steps=tuple(steps))


def failing_rules(ruleset: Ruleset, plan: Plan) -> tuple[str, ...] | None:
    """The rules with an error finding for the plan (empty: it passes)."""
    from procesregels.engine.run import lint_plan

    report = lint_plan(ruleset, plan)
    return tuple(sorted({f.rule for f in report.findings if f.severity == "error" and not f.waived}))


def confirm(data: dict, passing: Ruleset, failing: Ruleset, *, quick: bool = False) -> tuple[str, ...] | None:
    """The rules of `failing` that the plan breaks, when it passes `passing` and fails `failing`
    (`quick`: build the plan directly instead of through the loader, for trial runs)."""
    load = quick_plan if quick else load_data
    plan_pass = load(data, passing.vocabulary())
    same_names = passing.declarations == failing.declarations
    plan_fail = plan_pass if same_names else load(data, failing.vocabulary())
    if plan_pass is None or plan_fail is None:
        return None
    try:
        if failing_rules(passing, plan_pass):
            return None
        broken = failing_rules(failing, plan_fail)
    except Exception:  # noqa: BLE001 - an engine fault on a generated plan means: no evidence
        return None
    return broken or None


# -- compare ---------------------------------------------------------------------------------------------


def examples_for(pair: RulePair, comparison: Comparison, vocabulary: Vocabulary) -> list[Example]:
    """Confirmed plans for a pair: one for a stricter / only-in-one pair, one each way (when
    found) for an incomparable pair."""
    if pair.verdict in _STRICTER_SIDE:
        sides = [_STRICTER_SIDE[pair.verdict]]
    elif pair.verdict == "incomparable":
        sides = ["a", "b"]
    else:
        return []
    found = (example_for(pair, comparison, vocabulary, side) for side in sides)
    return [e for e in found if e is not None]


def example_for(pair: RulePair, comparison: Comparison, vocabulary: Vocabulary, side: str) -> Example | None:
    """A plan that fails the `side` ruleset (through its rule of the pair) and passes the other,
    confirmed by the engine; None when no guess is confirmed."""
    strict_rule, weak_rule = (pair.a, pair.b) if side == "a" else (pair.b, pair.a)
    if strict_rule is None or strict_rule.severity != "error":
        return None  # a warning never makes a plan fail: nothing to show
    strict, weak = (comparison.a, comparison.b) if side == "a" else (comparison.b, comparison.a)
    base = full_sketch(list(comparison.a.rules) + list(comparison.b.rules), vocabulary,
                       usable=(comparison.a.vocabulary(), comparison.b.vocabulary()))
    # Guesses aimed at keeping the weaker rule met come first; when none is confirmed (the rules
    # differ only in a condition, say), guesses that just break the stricter rule may still pass
    # the other side: the engine decides.
    attempts = [(weak_rule, weak)] + ([(None, weak)] if weak_rule is not None else [])
    avoid = weak_rule.condition() if weak_rule is not None else _any_applies(weak)
    found = search(base, strict_rule, strict, attempts, vocabulary, f"Voorbeeld {strict_rule.id}", avoid)
    if found is None:
        return None
    sketch, broken, _ = found
    passes = "b" if side == "a" else "a"
    return Example(plan=to_data(sketch), passes=passes, fails=side,  # type: ignore[arg-type]
                   a_rule=pair.a.id if pair.a else None, b_rule=pair.b.id if pair.b else None,
                   failing_rules=broken, findings=_findings_of(sketch, strict, strict_rule.id))


def _any_applies(ruleset: Ruleset) -> Any:
    """The condition under which some conditional error rule of `ruleset` applies (None: none has
    a condition): a plan for a rule found in one ruleset only must pass the other one, which is
    easiest where the other's rules do not apply."""
    conditions = [c for r in ruleset.rules if r.severity == "error" and (c := r.condition()) is not None]
    if len(conditions) < 2:
        return conditions[0] if conditions else None
    return AnyOf(parts=tuple(conditions))


def search(base: Sketch, strict_rule: Rule, strict: Ruleset, attempts: list[tuple[Rule | None, Ruleset]],
           vocabulary: Vocabulary, title: str, avoid: Any = None) -> tuple[Sketch, tuple[str, ...], Ruleset] | None:
    """A small plan that fails `strict` through `strict_rule` and passes a ruleset of `attempts`,
    confirmed by the engine through the plan loader: for each attempt in turn (the rule the
    guesses try to keep met, or None, and the ruleset that must pass), the guesses of `candidates`;
    the first attempt with a confirmed guess wins. Returns the plan, the rules of `strict` it
    breaks and the ruleset it passes. `avoid`: a condition the plan's attributes should leave not
    true where they can (the weaker rule's: where it does not hold, that rule cannot fail)."""
    for kept, weak in attempts:
        found = _attempt(base, strict_rule, strict, kept, weak, vocabulary, title, avoid)
        if found is not None:
            return found[0], found[1], weak
    return None


def _attempt(base: Sketch, strict_rule: Rule, strict: Ruleset, kept: Rule | None, weak: Ruleset,
             vocabulary: Vocabulary, title: str, avoid: Any) -> tuple[Sketch, tuple[str, ...]] | None:
    """One attempt of `search`: the confirmed, minimized plan that fails `strict` through
    `strict_rule` and passes `weak`, with the rules of `strict` it breaks (None: no guess does)."""
    def broken_by(sketch: Sketch, quick: bool = True) -> tuple[str, ...] | None:
        broken = confirm(to_data(sketch), weak, strict, quick=quick)
        return broken if broken is not None and strict_rule.id in broken else None

    # The clearest example breaks the stricter rule alone: take the first guess that does,
    # else the guess that breaks the fewest rules; then drop what it does not need.
    best: tuple[Sketch, tuple[str, ...]] | None = None
    for sketch in candidates(base, strict_rule, kept, vocabulary, avoid):
        broken = broken_by(sketch)
        if broken is not None and (best is None or len(broken) < len(best[1])):
            best = (sketch, broken)
            if broken == (strict_rule.id,):
                break
    if best is None:
        return None
    allowed = set(best[1])
    sketch = minimize(best[0], lambda smaller: (b := broken_by(smaller)) is not None and set(b) <= allowed)
    sketch.title = title
    # The evidence that is shown goes through the loader, as a user's saved copy would.
    broken = broken_by(sketch, quick=False)
    if broken is None:
        sketch = best[0]
        sketch.title = title
        broken = broken_by(sketch, quick=False)
    return None if broken is None else (sketch, broken)


def _findings_of(sketch: Sketch, ruleset: Ruleset, rule_id: str) -> tuple[tuple[str, tuple], ...]:
    """The engine's own words for why the plan breaks the rule (message keys and arguments)."""
    from procesregels.engine.run import lint_plan

    plan = load_data(to_data(sketch), ruleset.vocabulary())
    if plan is None:
        return ()
    report = lint_plan(ruleset, plan)
    return tuple((f.message, f.args) for f in report.findings if f.rule == rule_id and f.severity == "error")


def minimize(sketch: Sketch, still_shows: Callable[[Sketch], Any], budget: int = 60) -> Sketch:
    """Drop steps, actors and participants one at a time while the plan still shows what it
    should: the smaller the plan, the clearer the difference (greedy, at most `budget` tries)."""
    changed = True
    while changed and budget > 0:  # a removal can make another one possible: go round again
        changed = False
        removals: list[Callable[[Sketch], bool]] = []
        removals += [_step_removal(s.id) for s in reversed(sketch.steps)]
        removals += [_actor_removal(a) for a in sketch.actors]
        removals += [_participant_removal(s.id, a) for s in sketch.steps for a in s.participants]
        for remove in removals:
            if budget <= 0:
                break
            smaller = copy.deepcopy(sketch)
            if not remove(smaller):
                continue
            budget -= 1
            if still_shows(smaller):
                sketch, changed = smaller, True
    return sketch


def _step_removal(step_id: str) -> Callable[[Sketch], bool]:
    def remove(sketch: Sketch) -> bool:
        if not any(s.id == step_id for s in sketch.steps):
            return False
        sketch.remove_step(step_id)
        return True
    return remove


def _actor_removal(actor: str) -> Callable[[Sketch], bool]:
    def remove(sketch: Sketch) -> bool:
        if actor not in sketch.actors or any(s.owner == actor for s in sketch.steps):
            return False
        del sketch.actors[actor]
        for step in sketch.steps:
            step.participants.pop(actor, None)
        return True
    return remove


def _participant_removal(step_id: str, actor: str) -> Callable[[Sketch], bool]:
    def remove(sketch: Sketch) -> bool:
        step = next((s for s in sketch.steps if s.id == step_id), None)
        if step is None or actor not in step.participants:
            return False
        del step.participants[actor]
        return True
    return remove


def add_examples(comparison: Comparison) -> Comparison:
    """The comparison with a confirmed example plan for every pair where one side is stricter
    (when the engine confirms one of the guesses)."""
    from procesregels.comparison.compare import merged_vocabulary

    vocabulary = merged_vocabulary(comparison.a, comparison.b)
    examples = [e for p in comparison.rules for e in examples_for(p, comparison, vocabulary)]
    return replace(comparison, examples=tuple(examples))
