"""Example plans for one rule (`explain`, `publish`): a plan that meets it and a plan that breaks
it, each confirmed by the engine on a ruleset of that rule alone, or the reason none exists.

The breaking plan misses by one thing where it can: it meets a nearby weaker rule (`nearby`)
and fails the rule itself, so it shows what the rule adds (the youth informed but not
consulted; all residents consulted but not the youth themselves). A plan that meets the rule
is never vacuous: the rule applies (its condition is true, not unknown), and the plan has what
the rule is about (a step of its event, of its kind). Where no such plan can exist, the answer
says why instead (`Absent`), in the words `check` uses for such a rule.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterator

from procesregels.core.vocabulary import Vocabulary
from procesregels.example_plans.build import load_data, minimize, search
from procesregels.example_plans.mutate import attributes_for
from procesregels.example_plans.nearby import nearby_weaker
from procesregels.example_plans.sketch import Sketch, SketchStep, full_sketch, in_event, lead_days, to_data
from procesregels.example_plans.timing import _step_id, length_step
from procesregels.ruleset.model import (
    DurationBound, EventBefore, FieldPresent, LeadTime, Prohibition, Rule, Ruleset,
)


@dataclass(frozen=True)
class Absent:
    """Why a rule has no example plan of a sort: a message key of the catalogue and its arguments."""

    key: str
    args: dict[str, Any]
    #: the words of `check` for a rule that can only hold vacuously (key and arguments), when that is why
    why: tuple[str, dict[str, Any]] | None = None

    def text(self, lang: str) -> str:
        from procesregels.i18n import text

        args = dict(self.args)
        if self.why is not None:
            args["why"] = text(self.why[0], lang, self.why[1])
        return text(self.key, lang, args)


def alone(rule: Rule, ruleset: Ruleset | None, rules: tuple[Rule, ...] | None = None) -> Ruleset:
    """A ruleset of `rule` alone as an error (or of `rules`), with the declarations of `ruleset`."""
    declarations = ruleset.declarations if ruleset is not None else ()
    chosen = (rule,) if rules is None else rules
    return Ruleset(title="explain", declarations=declarations,
                   rules=tuple(r.model_copy(update={"severity": "error"}) for r in chosen))


def breaking_plan(rule: Rule, vocabulary: Vocabulary, ruleset: Ruleset | None = None) -> dict | None:
    """A small plan (YAML-able data) that breaks `rule` and meets a nearby weaker rule when one is
    confirmed (else any plan that breaks it), confirmed by the engine on a ruleset of that rule
    alone (with the declarations of `ruleset`, the rule's own ruleset, when given); None when no
    guess is confirmed."""
    found = breaking_example(rule, vocabulary, ruleset)
    return None if isinstance(found, Absent) else found


def breaking_example(rule: Rule, vocabulary: Vocabulary, ruleset: Ruleset | None = None) -> dict | Absent:
    """`breaking_plan`, or why there is none."""
    from procesregels.comparison.rules import always_holds

    strict_rule = rule.model_copy(update={"severity": "error"})
    if _never_applies(strict_rule, vocabulary):
        return Absent("explain.none.never_applies", {})
    if always_holds(strict_rule, vocabulary):
        return Absent("explain.none.breaking.always", {})
    strict = alone(strict_rule, ruleset)
    attempts: list[tuple[Rule | None, Ruleset]] = [(w, alone(w, ruleset)) for w in nearby_weaker(strict_rule, vocabulary)]
    attempts.append((None, alone(strict_rule, ruleset, rules=())))
    base = full_sketch([strict_rule], vocabulary)
    found = search(base, strict_rule, strict, attempts, vocabulary, f"Breekt {rule.id}")
    if found is None:
        return Absent("explain.none.breaking.not_found", {})
    return to_data(found[0])


def meeting_example(rule: Rule, vocabulary: Vocabulary, ruleset: Ruleset | None = None) -> dict | Absent:
    """A plan that meets `rule` where it applies and has what the rule is about, confirmed by the
    engine (the rule passed, no error at all), as small as it can be; or why there is none."""
    strict_rule = rule.model_copy(update={"severity": "error"})
    absent = no_meeting_plan(strict_rule, vocabulary)
    if absent is not None:
        return absent

    def shows(candidate: Sketch) -> bool:
        return has_subject(candidate, strict_rule, vocabulary) and meets(to_data(candidate), strict_rule, vocabulary, ruleset)

    for candidate in meeting_candidates(strict_rule, vocabulary):
        candidate.title = f"Voldoet aan {rule.id}"
        if shows(candidate):
            return to_data(minimize(candidate, shows))
    return Absent("explain.none.meeting.not_found", {})


def no_meeting_plan(rule: Rule, vocabulary: Vocabulary) -> Absent | None:
    """Why no plan can show `rule` met (it holds only vacuously, or never applies), or None."""
    from procesregels.engine.checks import REGISTRY

    vacuous = getattr(REGISTRY[rule.body.template], "vacuous", None)
    why = vacuous(rule.body, vocabulary) if vacuous is not None else None
    if why is not None:  # met only by a plan without what it is about: no plan shows it met
        return Absent("explain.none.vacuous", {}, why)
    if _never_applies(rule, vocabulary):
        return Absent("explain.none.never_applies", {})
    return None


def meeting_candidates(rule: Rule, vocabulary: Vocabulary) -> Iterator[Sketch]:
    """Whole processes that may meet `rule`, to be confirmed by the engine: the attributes make
    its condition true (`when` holds, `unless` does not), and each has what the rule is about."""
    sketch = full_sketch([rule], vocabulary)
    sketch.attributes = attributes_for(rule.condition(), vocabulary)
    for candidate in _exercising(sketch, rule, vocabulary):
        candidate.push_forward()
        if has_subject(candidate, rule, vocabulary):
            yield candidate


def meets(data: dict, rule: Rule, vocabulary: Vocabulary, ruleset: Ruleset | None = None) -> bool:
    """Whether the plan loads, passes, and the rule applied to it and passed (not vacuous through
    its condition, not undetermined)."""
    from procesregels.engine.run import lint_plan

    plan = load_data(data, vocabulary)
    if plan is None:
        return False
    try:
        report = lint_plan(alone(rule, ruleset), plan)
    except Exception:  # noqa: BLE001 - an engine fault on a generated plan means: no evidence
        return False
    status = next((s.status for s in report.rules if s.rule == rule.id), None)
    return status == "passed" and not report.failed


def _never_applies(rule: Rule, vocabulary: Vocabulary) -> bool:
    """Whether the rule's condition is true for no plan at all (a contradiction)."""
    from procesregels.comparison.conditions import never_true

    return never_true(rule.condition(), vocabulary)


def has_subject(sketch: Sketch, rule: Rule, vocabulary: Vocabulary) -> bool:
    """Whether the plan has what the rule is about, so that meeting it is not vacuous: a step of
    its event (the second event of `X before Y`), a step of its kind, a participation step."""
    body = rule.body
    if isinstance(body, DurationBound):
        return any(vocabulary.kind_is(step.kind, body.kind) for step in sketch.steps)
    if isinstance(body, FieldPresent):
        return any(step.participants and (body.kind is None or vocabulary.kind_is(step.kind, body.kind))
                   for step in sketch.steps)
    event = body.second if isinstance(body, EventBefore) else getattr(body, "event", None)
    if event is None:
        return True  # involvement anywhere, influence by a phase, a role present: never vacuous
    return any(in_event(step, event, sketch, vocabulary) for step in sketch.steps)


def _exercising(sketch: Sketch, rule: Rule, vocabulary: Vocabulary):
    """The full sketch, and where it lacks what the rule is about, the sketch with it added."""
    import copy

    yield copy.deepcopy(sketch)
    body = rule.body
    if isinstance(body, DurationBound):  # a step of the kind, exactly as long as the bound
        with_step = length_step(copy.deepcopy(sketch), rule, rule, vocabulary)
        if with_step is not None:
            yield with_step
        return
    if isinstance(body, FieldPresent) and body.kind is not None:
        changed = copy.deepcopy(sketch)
        index = changed.index("participatie")
        changed.steps[index].kind = body.kind
        yield changed
        return
    event = body.second if isinstance(body, EventBefore) else getattr(body, "event", None)
    if event is None or event.type != "steps" or event.kind is None:
        return
    if any(in_event(step, event, sketch, vocabulary) for step in sketch.steps):
        return
    # A step of the event after the decision, before the feedback to everyone: involvement,
    # frames and information come before it, and the feedback answers it the next day. A
    # prohibition's event goes last, after every participation step.
    changed = copy.deepcopy(sketch)
    owner = changed.actor_of(event.owner or "executive", vocabulary)
    step_id = _step_id("stap", event.kind, vocabulary)
    if isinstance(body, Prohibition):
        changed.steps.append(SketchStep(step_id, event.kind, owner, "evaluation", 220, after=[changed.steps[-1].id]))
    else:
        index = changed.index("terugkoppeling")
        day = max(180, 120 + lead_days(body)) if isinstance(body, LeadTime) else 180
        changed.steps.insert(index, SketchStep(step_id, event.kind, owner, "decision", day,
                                               after=[changed.steps[index - 1].id]))
        changed.steps[index + 1].after = [step_id]
        changed.steps[index + 1].day = day + 1
    yield changed
