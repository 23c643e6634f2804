"""Run every applicable rule of a ruleset on a plan, add the built-in checks, and stamp the
findings with ids, severities, spans and waivers (docs/spec/LANGUAGE.md sections 5-7).

The plan's order questions are answered once, by one `PlanGraph`; each template's check lives in
`checks/`. Severity: a rule's own severity for its violations (and its missing-role or
late-influence findings); undetermined findings are warnings; built-in findings are warnings
(info for "no decision step, influence not checked").
"""

from __future__ import annotations

import gc
from typing import Iterable, Sequence

from procesregels.engine.checks import BUILT_INS, REGISTRY
from procesregels.engine.checks import influence as influence_summary
from procesregels.engine.checks._common import Hit
from procesregels.engine.conditions import Truth, attribute_value, clause_value, rule_truth
from procesregels.engine.findings import Finding, PlanReport, Report, RuleState, RuleStatus, Severity
from procesregels.engine.graph import PlanGraph
from procesregels.plan.model import Plan
from procesregels.ruleset.model import RolePresent, Rule, Ruleset, WithGroups


def selected(rule_id: str, select: Iterable[str] = (), ignore: Iterable[str] = ()) -> bool:
    """Whether `--select`/`--ignore` keep a rule: each gives ids or id prefixes (`R1` also keeps R10)."""
    select, ignore = tuple(select), tuple(ignore)
    if select and not any(rule_id.startswith(s) for s in select):
        return False
    return not any(rule_id.startswith(i) for i in ignore)


def lint_plan(ruleset: Ruleset, plan: Plan, *, select: Sequence[str] = (), ignore: Sequence[str] = ()) -> PlanReport:
    """The findings of one plan against one (already layered) ruleset."""
    # The checks allocate many small objects and no reference cycles; with the cyclic garbage
    # collector on, each of its passes scans the whole (large) plan, which made time grow faster
    # than the plan. Reference counting still frees everything.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _lint_plan(ruleset, plan, select, ignore)
    finally:
        if collecting:
            gc.enable()


def _lint_plan(ruleset: Ruleset, plan: Plan, select: Sequence[str], ignore: Sequence[str]) -> PlanReport:
    vocabulary = ruleset.vocabulary()
    graph = PlanGraph(plan, vocabulary)
    waivers: dict[str, str] = {}
    for waiver in plan.waivers:
        waivers.setdefault(waiver.rule, waiver.reason)
    stamp = _Stamper(graph, waivers)
    passed = not_applicable = 0
    applicable: list[Rule] = []
    truths: dict[str, Truth] = {}
    for rule in ruleset.rules:
        if not selected(rule.id, select, ignore):
            continue
        truth = truths[rule.id] = rule_truth(rule, plan.attributes, vocabulary)
        if truth.value is False:
            not_applicable += 1
            continue
        applicable.append(rule)  # an unknown condition is checked (docs/spec/LANGUAGE.md section 5)
        hits = rule_hits(rule, graph)
        if truth.value is None:
            hits = [conditional(hit, rule.id, truth.missing) for hit in hits]
        if not hits:
            passed += 1
        stamp.rule_hits(rule, hits)
    late_hits = BUILT_INS["late-influence"].check(graph)
    if selected("late-influence", select, ignore):
        stamp.builtin_hits("late-influence", late_hits, "info" if any(h.step is None for h in late_hits) else "warning")
    if selected("missing-role", select, ignore):
        reported = {f.rule for f in stamp.findings}
        already = {r.body.role for r in applicable if isinstance(r.body, RolePresent) and r.id in reported}
        stamp.builtin_hits("missing-role", BUILT_INS["missing-role"].check(graph, applicable, already))
    if selected("plan-error", select, ignore):
        for hit, key in BUILT_INS["plan-error"].check(graph, {r.id for r in ruleset.rules}):
            stamp.builtin_hits("plan-error", [hit], span=plan.span_of(*key))
    late_steps = {graph.pos[h.step] for h in late_hits if h.step is not None}
    return PlanReport(
        path=plan.path,
        title=plan.title,
        findings=tuple(sorted(stamp.findings, key=lambda f: f.sort_key)),
        passed=passed,
        not_applicable=not_applicable,
        influence=influence_summary.summary(graph, late_steps),
        plan=plan,
        rules=statuses(ruleset.rules, truths, stamp.findings, plan.attributes, vocabulary),
    )


def conditional(hit: Hit, rule_id: str, missing: tuple[str, ...]) -> Hit:
    """A breach of a rule whose condition is unknown is undetermined, and names the attributes
    the plan should give (docs/spec/LANGUAGE.md section 5). A finding that is already
    undetermined (a missing date or phase) keeps what it says: it is no breach either way."""
    if hit.category == "undetermined":
        return hit
    args = (("rule", rule_id), ("attributes", ", ".join(f"'{name}'" for name in missing)))
    return Hit(category="undetermined", step=hit.step, message="finding.undetermined.condition", args=args,
               hint="hint.undetermined.condition", hint_args=args, witness=hit.witness)


def statuses(rules, truths: dict[str, Truth], findings: list[Finding], attributes, vocabulary) -> tuple[RuleStatus, ...]:
    """Each rule that was run: passed, breached, undetermined, not-applicable or waived
    (docs/spec/CLI.md, version 2), in ruleset order."""
    by_rule: dict[str, list[Finding]] = {}
    for finding in findings:
        by_rule.setdefault(finding.rule, []).append(finding)
    result = []
    for rule in rules:
        truth = truths.get(rule.id)
        if truth is None:
            continue  # not selected
        if truth.value is False:
            # the first deciding clause: false in `when`, or true in `unless` (an exception)
            clause = truth.clauses[0] if truth.clauses else None
            value = attribute_value(attributes, clause.attribute)[1] if clause is not None else None
            met = clause_value(clause, attributes, vocabulary) if clause is not None else None
            result.append(RuleStatus(rule.id, "not-applicable", clause=clause, value=value, clause_holds=met is True))
            continue
        own = by_rule.get(rule.id, [])
        status: RuleState
        if not own:
            status = "passed"
        elif all(f.waived for f in own):
            status = "waived"
        elif any(f.category != "undetermined" for f in own):
            status = "breached"
        else:
            status = "undetermined"
        result.append(RuleStatus(rule.id, status, missing=truth.missing))
    return tuple(result)


def lint(ruleset: Ruleset, plans: Iterable[Plan], *, select: Sequence[str] = (), ignore: Sequence[str] = (),
         lang: str | None = None) -> Report:
    """One lint run: a report per plan, in the order given."""
    return Report(
        ruleset_name=ruleset.title,
        ruleset_version=ruleset.version,
        ruleset_path=ruleset.path,
        plans=tuple(lint_plan(ruleset, plan, select=select, ignore=ignore) for plan in plans),
        lang=lang or ruleset.language or "en",
        ruleset=ruleset,
    )


class _Stamper:
    """Turns hits into findings: rule id, severity, span, title, source, waiver."""

    def __init__(self, graph: PlanGraph, waivers: dict[str, str]) -> None:
        self.graph = graph
        self.waivers = waivers
        self.findings: list[Finding] = []

    def rule_hits(self, rule: Rule, hits: list[Hit]) -> None:
        for hit in hits:
            severity = "warning" if hit.category == "undetermined" else rule.severity
            self._add(hit, rule.id, severity, title=rule.title, source=rule.source, layer=rule.layer)

    def builtin_hits(self, rule_id: str, hits: list[Hit], severity: Severity = "warning", span=None) -> None:
        for hit in hits:
            self._add(hit, rule_id, severity, span=span)

    def _add(self, hit: Hit, rule_id: str, severity: Severity, title: str = "", source=None, layer=None, span=None):
        plan = self.graph.plan
        if span is None:
            if hit.step is not None:  # plan.step_span searches the steps; the graph knows the index
                span = plan.span_of("steps", self.graph.plan_index[self.graph.pos[hit.step]])
            else:
                span = plan.span_of("plan")
        reason = self.waivers.get(rule_id)
        self.findings.append(Finding(
            rule=rule_id, category=hit.category, severity=severity, step=hit.step, span=span,
            message=hit.message, args=hit.args, hint=hit.hint, hint_args=hit.hint_args,
            witness=hit.witness, title=title, source=source, waived=reason is not None,
            waiver_reason=reason, layer=layer, plan_keys=plan.key_lang,
        ))


def rule_hits(rule: Rule, graph: PlanGraph) -> list:
    """The breaches of one rule; an `and` list (`A, B and C`) is the rule for each group
    separately, and each breach names its group (docs/spec/LANGUAGE.md section 5, groups)."""
    check = REGISTRY[rule.body.template].check
    body = rule.body
    if not isinstance(body, WithGroups) or not body.each:
        return check(rule, graph)
    hits = []
    for role in body.who:
        single = rule.model_copy(update={"body": body.model_copy(update={"who": (role,), "each": False})})
        hits.extend(check(single, graph))
    return hits
