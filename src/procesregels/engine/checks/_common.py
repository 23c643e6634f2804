"""What every check shares: the hit it returns and the three-valued judgement of docs/spec/LANGUAGE.md
section 6, asked of the plan graph without enumerating executions.

Most rules have the same shape: a *trigger* step (the E of the template) must be accompanied by a
*fulfilling* step that happens (before it, after it, in time). For one trigger the candidate
fulfilling steps split into `good` (certainly fulfil), `unknown` (fulfil or not depending on a
missing date or phase) and the rest (certainly do not). Then, per section 6:

- violated at E  when an execution has E (a certain member of the event) and no good or
  unknown candidate: it breaks the rule whatever the missing data would be;
- undetermined at E  otherwise, when an execution has E and no good candidate;
- holds at E  otherwise.

For events that are the first (last) steps of their set, E is the event in an execution only when
no step of the set happens before (after) it: a `Trigger` carries those blocking steps, certain
and maybe members (a step without a phase) apart.

A rule about `participants` must be met for each stakeholder actor that takes part in the
execution, so it is judged once per such actor ("audience"), with the extra demand that one of
that actor's participation steps happens.
"""

from __future__ import annotations

from typing import Any, Callable, NamedTuple, TypeVar

from procesregels.engine.findings import Category, Witness
from procesregels.engine.graph import Execution, PlanGraph, iter_steps
from procesregels.ruleset.model import Rule

Body = TypeVar("Body")


def body_of(rule: Rule, model: type[Body]) -> Body:
    """The rule's body as the template class `model` (so the type checker follows it)."""
    body = rule.body
    if not isinstance(body, model):
        raise TypeError(f"rule {rule.id} is not of template {model.__name__}")
    return body


#: How many step ids an undetermined message lists before it says "and N more".
LISTED = 5


# The engine's own records are NamedTuples: immutable like a frozen dataclass, and far cheaper to
# define, which every lint pays at start-up (about 0.35 ms less per class).
class Hit(NamedTuple):
    """One breach (or undetermined case) found by a check; the engine turns it into a Finding."""

    category: Category
    step: str | None
    message: str
    args: tuple[tuple[str, Any], ...] = ()
    hint: str | None = None
    hint_args: tuple[tuple[str, Any], ...] = ()
    witness: Witness | None = None


class Audience(NamedTuple):
    """Who must be reached: `actor` None for a fixed role, or one stakeholder actor that
    `participants` stands for; `fulfil` the steps that reach them; `one_of` the steps of which
    one must happen for the rule to be about them (None: no such demand)."""

    actor: str | None
    fulfil: int
    one_of: int | None


class Verdict(NamedTuple):
    category: str  # violation | undetermined
    execution: Execution
    actor: str | None
    unknown: int  # the candidates whose missing data decides


def audiences(graph: PlanGraph, who: tuple[str, ...], level: str, themselves: bool = False) -> list[Audience]:
    """One audience for a fixed role (or roles); one per taking-part stakeholder actor when WHO
    names the dynamic role `participants` (the other roles named beside it also fulfil).
    `themselves`: only the named roles or narrower ones count (docs/spec/LANGUAGE.md 5, groups)."""
    dynamic = graph.vocabulary.dynamic_roles
    if not any(w in dynamic for w in who):
        return [Audience(None, graph.involving(who, level, themselves), None)]
    fixed = tuple(w for w in who if w not in dynamic)
    extra = graph.involving(fixed, level, themselves) if fixed else 0
    return [
        Audience(a, graph.reaching(a, level) | extra, graph.taking_part(a))
        for a in graph.stakeholder_participants()
    ]


class Trigger(NamedTuple):
    """A step that may be (an occurrence of) an event. It is the event for sure when it is a
    certain member and none of `block_certain` happens, and possibly the event when none of
    `block_possible` happens: for "first"/"last" events, the steps of the set before/after it."""

    step: int
    definite: bool
    block_certain: int = 0
    block_possible: int = 0


def triggers(graph: PlanGraph, event) -> list[Trigger]:
    """The steps that may be the event, in plan order."""
    definite, maybe = graph.event_members(event)
    boundary = graph.event_boundary(event)
    found = []
    for e in iter_steps(graph, definite | maybe):
        if boundary is None:
            related = 0
        else:
            related = graph.ancestors[e] if boundary == "first" else graph.descendants[e]
        found.append(Trigger(e, bool(definite >> e & 1), related & (definite | maybe), related & definite))
    return found


def judge(
    graph: PlanGraph,
    trigger: Trigger | None,
    groups: list[Audience],
    candidates: Callable[[int], tuple[int, int]],
) -> Verdict | None:
    """The three-valued verdict for one trigger (None for a plan-wide rule).
    `candidates(fulfil)` gives (good, unknown) for an audience's fulfilling steps."""
    if trigger is None:
        trigger = Trigger(-1, True)
    must = 1 << trigger.step if trigger.step >= 0 else 0
    undetermined = None
    for group in groups:
        good, unknown = candidates(group.fulfil)
        if trigger.definite:
            execution = graph.find_execution(must, good | unknown | trigger.block_certain, group.one_of)
            if execution is not None:
                return Verdict("violation", execution, group.actor, unknown)
        if undetermined is None:
            execution = graph.find_execution(must, good | trigger.block_possible, group.one_of)
            if execution is not None:
                deciding = unknown | (trigger.block_certain & ~trigger.block_possible)
                undetermined = Verdict("undetermined", execution, group.actor, deciding)
    return undetermined


def witness(graph: PlanGraph, execution: Execution, end: int | None = None, start: int | None = None) -> Witness:
    """The witness of a breach: the execution and the longest chain of steps to `end` (from
    `start` when given); no chain for a breach that does not depend on order."""
    path = graph.chain(execution, end, start) if end is not None else []
    choices, skipped, chain = graph.witness_parts(execution, path)
    return Witness(choices=choices, skipped=skipped, path=chain)


def step_list(graph: PlanGraph, mask: int) -> str:
    """`'a', 'b' (+3)`: the first steps of a set (in the order of `after` links), for a message."""
    shown: list[str] = []
    rest = mask
    while rest and len(shown) < LISTED:
        low = rest & -rest
        shown.append(graph.steps[low.bit_length() - 1].id)
        rest ^= low
    more = rest.bit_count()
    return ", ".join(f"'{i}'" for i in shown) + (f" (+{more})" if more else "")


def undetermined_hit(graph: PlanGraph, rule_id: str, step: str | None, field: str, lacking: int) -> Hit:
    """An undetermined finding that says which steps lack which field (`phase` or `date`); the
    message agrees in number with the steps it lists ("heeft" for one, "hebben" for several)."""
    many = "_many" if lacking & (lacking - 1) else ""
    return Hit(
        category="undetermined",
        step=step,
        message=f"finding.undetermined.{field}{many}",
        args=(("rule", rule_id), ("steps", step_list(graph, lacking))),
        hint=f"hint.undetermined.{field}",
        hint_args=(("steps", step_list(graph, lacking)),),
    )


def who_args(rule_who: tuple[str, ...], level: str | None, actor: str | None) -> tuple[tuple[str, Any], ...]:
    args: list[tuple[str, Any]] = [("roles", tuple(rule_who))]
    if level is not None:
        args.append(("level", level))
    if actor is not None:
        args.append(("actor", actor))
    return tuple(args)


def step_breach(
    graph: PlanGraph, rule, key: str, e: int, verdict: Verdict, args: tuple = (), hint_args: tuple = (),
    field: str = "date", lacking: int | None = None, hint_key: str | None = None, per_actor: bool = True,
) -> Hit:
    """The hit for a verdict at trigger step `e`: a violation with its witness (message `key`,
    `key.participant` when it is about one actor), or an undetermined case naming the steps
    that lack `field` (`phase`: those of the deciding steps; `date`, `owner`: `lacking`, by
    default the deciding steps without an owner)."""
    step = graph.steps[e]
    if verdict.category == "undetermined":
        if lacking is None or field == "phase":
            lacking = graph.lacking("owner" if field == "owner" else "phase", verdict.unknown | (1 << e))
        return undetermined_hit(graph, rule.id, step.id, field, lacking)
    # a rule that names no role (per_actor False) names no actor either
    suffix = ".participant" if verdict.actor is not None and per_actor else ""
    base = (("step", step.id), ("title", step.label))
    return Hit(
        category="violation",
        step=step.id,
        message=f"finding.{key}{suffix}",
        args=base + args,
        hint=f"hint.{hint_key or key}{suffix}",
        hint_args=(("step", step.id),) + hint_args,
        witness=witness(graph, verdict.execution, e),
    )


def plan_breach(graph: PlanGraph, key: str, verdict: Verdict, args: tuple) -> Hit:
    """The hit for a plan-wide violation (templates 2 and 3): no step, the execution as witness;
    message `finding.KEY` (`.participant` when it is about one actor)."""
    suffix = ".participant" if verdict.actor is not None else ""
    return Hit(
        category="violation",
        step=None,
        message=f"finding.{key}{suffix}",
        args=args,
        hint=f"hint.{key}{suffix}",
        hint_args=args,
        witness=witness(graph, verdict.execution),
    )


# -- rules that contradict their own event (ruleset health, and proofs in compare) ----------------


def first_phase_starts(event: Any, vocabulary: Any) -> bool:
    """`phase <first phase> starts`. Every step with a phase is in that phase or later, so it may be
    that start, and a step is the start for sure only when nothing that may be one comes before it:
    such a step has nothing before it. A rule about what must come before that start therefore fails
    exactly when a variant of the plan begins with a step that has a phase (and is undetermined when
    it begins with one without), whatever it asks to come first."""
    return event.type == "phase-starts" and event.phase == vocabulary.phase_order[0]


def last_phase_ends(event: Any, vocabulary: Any) -> bool:
    """`phase <last phase> ends`, the mirror of `first_phase_starts`: a step that is that end for
    sure has nothing after it, so a rule about what must come after it fails exactly when a variant
    of the plan ends with a step that has a phase, whatever it asks to come after."""
    return event.type == "phase-ends" and event.phase == vocabulary.phase_order[-1]


def never_met_before(who: tuple[str, ...], level: str, event: Any, vocabulary: Any) -> str | None:
    """Why "WHO at LEVEL before EVENT" can only hold vacuously, or None.

    - `participation starts` at level consult or higher: a step that involves anyone at such a
      level gives influence, so it is itself participation and never comes before the first
      participation step. The rule holds only in a plan without participation.
    - `phase <first phase> starts`: every step with a phase is in that phase or later, so only
      steps without a phase can come before the first one (and those leave the rule
      undetermined). The rule fails whenever a plan starts with a step that has a phase.

    Rules about `participants` are judged per taking-part actor and may hold when no stakeholder
    takes part, so they are left out."""
    if any(w in vocabulary.dynamic_roles for w in who):
        return None
    if event.type == "participation" and vocabulary.is_influence(level):
        return "participation"
    if first_phase_starts(event, vocabulary):
        return "first-phase"
    return None


def vacuity_aspects(template: str, x: Any, y: Any, vocabulary: Any, tools: Any) -> list[Any] | None:
    """The comparison of two "WHO at LEVEL before EVENT" rules when one of them can only hold
    vacuously (`never_met_before`); None when neither can (compare aspect by aspect then).

    Two rules that hold only without participation are the same, whatever their groups and
    levels; so are two rules about the first phase (both fail exactly when an execution starts
    with a step that has a phase). A first-phase rule is at least as strict as any rule of the
    template about a phase start: when that rule is broken at a first step of its phase or later,
    every step before that one has an earlier phase, so the execution starts with a step that has
    a phase, and the first-phase rule is broken there."""
    why_x = never_met_before(x.who, x.level, x.event, vocabulary)
    why_y = never_met_before(y.who, y.level, y.event, vocabulary)
    if why_x is None and why_y is None:
        return None
    if why_x == why_y:
        return [tools.Aspect("same", f"compare.{template}.vacuous.{why_x}")]
    for why, side, other in ((why_x, "a", y), (why_y, "b", x)):
        if why == "first-phase" and other.event.type == "phase-starts":
            return [tools.Aspect(side, f"compare.{template}.first-phase", (("phase", vocabulary.phase_order[0]),))]
    return None


def vacuity_messages(template: str) -> dict[str, dict[str, str]]:
    """The texts of `vacuity_aspects` and the `check` warnings about vacuous rules, for the templates
    that require involvement before an event (the same words for each of them)."""
    return {
        f"compare.{template}.vacuous.participation": {
            "en": "both rules can only be met by a plan without participation: a step at level consult or higher is itself participation",
            "nl": "beide regels kunnen alleen worden nageleefd door een plan zonder participatie: een stap op niveau raadplegen of hoger is zelf participatie",
        },
        f"compare.{template}.vacuous.first-phase": {
            "en": "both rules fail exactly when the plan starts with a step that has a phase",
            "nl": "beide regels falen precies wanneer het plan begint met een stap die een fase heeft",
        },
        f"compare.{template}.first-phase": {
            "en": "only steps without a phase can come before phase {phase} starts, so the rule about that moment fails whenever the plan starts with a step that has a phase; every breach of the other rule implies that",
            "nl": "vóór het begin van fase {phase} kunnen alleen stappen zonder fase komen, dus de regel over dat moment faalt zodra het plan begint met een stap die een fase heeft; dat volgt uit elke overtreding van de andere regel",
        },
        f"check.{template}.participation": {
            "en": "can only be met by a plan without participation: a step that involves anyone at level {level} is itself participation, so it never comes before participation starts",
            "nl": "kan alleen worden nageleefd door een plan zonder participatie: een stap die iemand op niveau {level} betrekt is zelf participatie, en komt dus nooit vóór het begin van de participatie",
        },
        f"check.{template}.first-phase": {
            "en": "can only be met by steps without a phase: every step with a phase is in phase {phase} or later, so none comes before phase {phase} starts",
            "nl": "kan alleen worden nageleefd door stappen zonder fase: elke stap met een fase valt in fase {phase} of later, dus geen enkele komt vóór het begin van fase {phase}",
        },
    }
