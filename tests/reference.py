"""A brute-force reference for the engine: enumerate every execution of a (small) plan and
evaluate each rule template directly from its definition in docs/spec/LANGUAGE.md sections 5-7.

Deliberately simple and independent of `graph.py` and `checks/`: its own reachability, its own
loops over executions, candidates and actors, its own date arithmetic. Only the vocabulary's
role tree / level order is shared. The result is a set of (rule, category, step) findings.

Three values (section 6) per trigger step E: every candidate step that could fulfil the rule is
`good` (fulfils whatever the missing data), `unknown` (fulfils for some values of a missing date
or phase) or `bad`; E itself is a member of its event for sure or only maybe (no phase for a phase event,
no owner for an owner-specific event).
Violated at E when an execution has E as a sure member and no good or unknown candidate for
some audience; undetermined when an execution has E and no good candidate.
"""

from __future__ import annotations

import datetime as dt
import itertools
from typing import Iterator

from procesregels.plan.model import Plan, Step
from procesregels.ruleset.model import Event, Rule, Ruleset

BUILT_IN_IDS = ("late-influence", "missing-role", "plan-error")


# -- executions and order ------------------------------------------------------------------------

def executions(plan: Plan) -> Iterator[tuple[frozenset[str], dict[str, int], frozenset[str]]]:
    """Every execution: (happening step ids, option index per choice, skipped optional steps)."""
    in_choice = {s for c in plan.choices for o in c.options for s in o}
    optional = [s.id for s in plan.steps if s.optional and s.id not in in_choice]
    fixed = {s.id for s in plan.steps if s.id not in in_choice and s.id not in optional}
    for combo in itertools.product(*[range(len(c.options)) for c in plan.choices]):
        chosen = {s for c, k in zip(plan.choices, combo) for s in c.options[k]}
        for n in range(len(optional) + 1):
            for kept in itertools.combinations(optional, n):
                skipped = frozenset(optional) - frozenset(kept)
                yield (frozenset(fixed | chosen | set(kept)),
                       {c.id: k for c, k in zip(plan.choices, combo)}, skipped)


def links(plan: Plan) -> dict[str, set[str]]:
    """links[b]: the steps directly before b: its `after` list and, with `order: dates`, every
    dated step that ends on an earlier day than b starts (docs/spec/PLAN.md, version 2), pair by pair."""
    result = {s.id: set(s.after) for s in plan.steps}
    if plan.order == "dates":
        for a in plan.steps:
            for b in plan.steps:
                if None not in (end_of(a), start_of(b), start_of(a), end_of(b)) and end_of(a) < start_of(b):
                    result[b.id].add(a.id)
    return result


def reachability(plan: Plan) -> dict[str, set[str]]:
    """reach[a]: the steps b with a chain of order links a -> ... -> b (b lists a in `after`, or
    the dates put a before b)."""
    followers: dict[str, list[str]] = {s.id: [] for s in plan.steps}
    for b, before in links(plan).items():
        for a in before:
            followers[a].append(b)
    reach = {}
    for s in plan.steps:
        seen, todo = set(), list(followers[s.id])
        while todo:
            b = todo.pop()
            if b not in seen:
                seen.add(b)
                todo.extend(followers[b])
        reach[s.id] = seen
    return reach


# -- dates ---------------------------------------------------------------------------------------

def start_of(step: Step) -> dt.date | None:
    return step.start if step.start is not None else step.date


def end_of(step: Step) -> dt.date | None:
    return step.end if step.end is not None else step.date


def plus(day: dt.date, amount: int, unit: str) -> dt.date:
    """`day` + amount units (amount may be negative); months are calendar months, clamped."""
    if unit == "day":
        return day + dt.timedelta(days=amount)
    if unit == "week":
        return day + dt.timedelta(weeks=amount)
    index = day.year * 12 + (day.month - 1) + amount
    year, month = divmod(index, 12)
    month += 1
    last = 31
    while True:
        try:
            return dt.date(year, month, min(day.day, last))
        except ValueError:
            last -= 1


# -- the reference ------------------------------------------------------------------------------

class Reference:
    def __init__(self, ruleset: Ruleset, plan: Plan):
        self.ruleset = ruleset
        self.plan = plan
        self.voc = ruleset.vocabulary()
        self.reach = reachability(plan)
        self.execs = list(executions(plan))
        self.step = {s.id: s for s in plan.steps}

    # -- words of section 5 ----------------------------------------------------------------------

    def role(self, actor: str) -> str:
        return self.plan.actors[actor].role if actor in self.plan.actors else actor

    def rank(self, level: str) -> int:
        return self.voc.level_order.index(level)

    def before(self, a: str, b: str, happening) -> bool:
        return a in happening and b in happening and b in self.reach[a]

    def involves(self, step: Step, who, level: str, themselves: bool = False) -> bool:
        """A participant at LEVEL or higher whose role is WHO or broader (`themselves`: WHO or narrower)."""
        def counts(role, w):
            return self.voc.role_covers(w, role) if themselves else self.voc.role_covers(role, w)
        return any(
            self.rank(lvl) >= self.rank(level) and any(counts(self.role(a), w) for w in who)
            for a, lvl in step.participants.items()
        )

    def gives_influence(self, step: Step) -> bool:
        return any(self.rank(lvl) >= self.rank("consult") for lvl in step.participants.values())

    def reaches(self, step: Step, actor: str, level: str) -> bool:
        mine = self.role(actor)
        for a, lvl in step.participants.items():
            if self.rank(lvl) < self.rank(level):
                continue
            if a == actor:
                return True
            other = self.role(a)
            if other != mine and self.voc.role_covers(other, mine):
                return True
        return False

    def audiences(self, who, level: str, happening, themselves: bool = False):
        """(label, fulfils(step)) per audience of a rule in an execution."""
        if "participants" not in who:
            return [(None, lambda s: self.involves(s, who, level, themselves))]
        rest = [w for w in who if w != "participants"]
        actors = sorted({
            a for sid in happening for a in self.step[sid].participants
            if self.voc.is_stakeholder(self.role(a))
        })
        return [
            (a, lambda s, a=a: self.reaches(s, a, level) or (rest and self.involves(s, rest, level, themselves)))
            for a in actors
        ]

    def member(self, step: Step, event: Event) -> str:
        """'yes', 'maybe' (a phase event and the step has no phase; an owner-specific event and
        the step, of the event's kind, has no owner) or 'no'."""
        if event.type == "participation":
            return "yes" if self.gives_influence(step) else "no"
        if event.type in ("steps", "last"):
            if event.kind is not None and not self.voc.kind_is(step.kind, event.kind):
                return "no"
            if event.owner is not None:
                if not step.owner:
                    return "maybe"  # it may be the council's decision, or not
                actor = self.plan.actors.get(step.owner)
                if actor is None or not self.voc.role_covers(event.owner, actor.role):
                    return "no"
            return "yes"
        if step.phase is None:
            return "maybe"
        rank, limit = self.voc.phase_order.index(step.phase), self.voc.phase_order.index(event.phase)
        ok = rank >= limit if event.type == "phase-starts" else rank <= limit
        return "yes" if ok else "no"

    def occurs(self, e: str, event: Event, happening, chosen: set) -> bool:
        """Whether step e is the event in an execution when the maybe members (no phase, or no
        owner) in `chosen` belong to the event's set and the others do not. `phase P starts` and
        `participation starts` are the *first* steps of their set (no step of the set happens
        before them), `phase P ends` the *last* ones; a steps event is every step of its set
        (docs/spec/LANGUAGE.md section 3)."""
        def belongs(s):
            return self.member(self.step[s], event) == "yes" or s in chosen

        if e not in happening or not belongs(e):
            return False
        if event.type in ("phase-ends", "last"):  # end events: no step of the set after e
            return not any(belongs(s) for s in happening if s in self.reach[e])
        if event.type in ("phase-starts", "participation"):
            return not any(belongs(s) for s in happening if e in self.reach[s])
        return True

    def completions(self, event: Event) -> list[set]:
        """Every way the maybe members (no phase, or no owner) could fall in or out of the event's set."""
        unknown = [s.id for s in self.plan.steps if self.member(s, event) == "maybe"]
        return [set(c) for n in range(len(unknown) + 1) for c in itertools.combinations(unknown, n)]

    # -- the three-valued judgement --------------------------------------------------------------

    def per_trigger(self, rule_id, event, groups_of, candidates) -> set:
        """Violation at e: an execution in which, however the missing phases fall, e is the
        event and some audience has no candidate that fulfils (or might, by a missing date);
        undetermined: an execution and a way they fall in which e is the event and some
        audience has no candidate that surely fulfils."""
        found = set()
        completions = self.completions(event)
        for e in self.step:
            surely = possibly = False
            for h, _, _ in self.execs:
                outcomes = []
                for chosen in completions:
                    if not self.occurs(e, event, h, chosen):
                        outcomes.append((False, False))
                        continue
                    breaks = [[st for p, st in candidates(e, label, fulfils) if p in h]
                              for label, fulfils in groups_of(h)]
                    outcomes.append((any(not any(st in ("good", "unknown") for st in sts) for sts in breaks),
                                     any("good" not in sts for sts in breaks)))
                surely |= all(o[0] for o in outcomes)
                possibly |= any(o[1] for o in outcomes)
            if surely:
                found.add((rule_id, "violation", e))
            elif possibly:
                found.add((rule_id, "undetermined", e))
        return found

    # -- the templates ---------------------------------------------------------------------------

    def check(self, rule: Rule) -> set:
        b = rule.body
        if getattr(b, "each", False):  # an `and` list: the rule for each group separately
            found = set()
            for role in b.who:
                found |= self.check(rule.model_copy(update={"body": b.model_copy(update={"who": (role,), "each": False})}))
            return found
        t = b.template
        if t == "involvement-before":
            return self.per_trigger(rule.id, b.event, lambda h: self.audiences(b.who, b.level, h, b.themselves),
                                    lambda e, label, f: [(p.id, "good") for p in self.plan.steps
                                                         if e in self.reach[p.id] and f(p)])
        if t == "response":
            return self.per_trigger(rule.id, b.event, lambda h: self.audiences(b.who, b.level, h, b.themselves),
                                    lambda e, label, f: [(p.id, self.in_time(e, p, b.within))
                                                         for p in self.plan.steps if p.id in self.reach[e] and f(p)])
        if t == "lead-time":
            return self.per_trigger(rule.id, b.event, lambda h: self.audiences(b.who, b.level, h, b.themselves),
                                    lambda e, label, f: [(p.id, self.ahead(p, e, b.lead))
                                                         for p in self.plan.steps if e in self.reach[p.id] and f(p)])
        if t == "event-before":
            # (the first event is every step of its set; a step without a phase or owner might be one)
            return self.per_trigger(rule.id, b.second, lambda h: [(None, None)],
                                    lambda e, label, f: [(x.id, {"yes": "good", "maybe": "unknown"}[self.member(x, b.first)])
                                                         for x in self.plan.steps if e in self.reach[x.id]
                                                         and self.member(x, b.first) != "no"])
        if t == "involvement-anywhere":
            return self.plan_wide(rule.id, lambda h: self.audiences(b.who, b.level, h, b.themselves),
                                  lambda p: "good")
        if t == "influence-by-phase":
            return self.plan_wide(rule.id, lambda h: self.audiences(b.who, "consult", h, b.themselves),
                                  lambda p: self.early(p, b.phase))
        if t == "duration":
            return self.duration(rule)
        if t == "field-present":
            return self.field_present(rule)
        if t == "role-present":
            ok = any(self.voc.role_covers(b.role, a.role) for a in self.plan.actors.values())
            return set() if ok else {(rule.id, "missing-role", None)}
        if t == "prohibition":
            return self.prohibition(rule.id, b.event)
        raise AssertionError(t)

    def in_time(self, e: str, p: Step, within) -> str:
        if within is None:
            return "good"
        end, start = end_of(self.step[e]), start_of(p)
        if end is None or start is None:
            return "unknown"
        return "good" if start <= plus(end, within.amount, within.unit) else "bad"

    def ahead(self, p: Step, e: str, lead) -> str:
        mine, theirs = start_of(p), start_of(self.step[e])
        if mine is None or theirs is None:
            return "unknown"
        return "good" if mine <= plus(theirs, -lead.amount, lead.unit) else "bad"

    def early(self, p: Step, phase: str) -> str:
        if p.phase is None:
            return "unknown"
        return "good" if self.voc.phase_order.index(p.phase) <= self.voc.phase_order.index(phase) else "bad"

    def plan_wide(self, rule_id, groups_of, status) -> set:
        outcomes = set()
        for h, _, _ in self.execs:
            for _label, fulfils in groups_of(h):
                statuses = [status(self.step[p]) for p in h if fulfils(self.step[p])]
                if not any(s in ("good", "unknown") for s in statuses):
                    outcomes.add("certain")
                elif "good" not in statuses:
                    outcomes.add("possible")
        if "certain" in outcomes:
            return {(rule_id, "violation", None)}
        return {(rule_id, "undetermined", None)} if outcomes else set()

    def can_happen(self, sid: str) -> bool:
        return any(sid in h for h, _, _ in self.execs)

    def duration(self, rule) -> set:
        b = rule.body
        found = set()
        for s in self.plan.steps:
            if not self.voc.kind_is(s.kind, b.kind) or not self.can_happen(s.id):
                continue
            start, end = start_of(s), end_of(s)
            if start is None or end is None:
                found.add((rule.id, "undetermined", s.id))
                continue
            limit = plus(start, b.length.amount, b.length.unit)  # the first day after N units
            day_after = end + dt.timedelta(days=1)
            ok = day_after >= limit if b.bound == "min" else day_after <= limit
            if not ok:
                found.add((rule.id, "violation", s.id))
        return found

    def field_present(self, rule) -> set:
        b = rule.body
        found = set()
        for s in self.plan.steps:
            scope = bool(s.participants) if b.kind is None else self.voc.kind_is(s.kind, b.kind)
            has = s.owner is not None if b.field == "owner" else start_of(s) is not None
            if scope and not has:
                found.add((rule.id, "violation", s.id))
        return found

    def prohibition(self, rule_id, event) -> set:
        """Literally: for every execution and every way the missing phases and owners could fall
        (each maybe member in the event's set or not), is an occurrence of the event before q?"""
        completions = self.completions(event)
        found = set()
        for q in self.plan.steps:
            if not self.gives_influence(q):
                continue
            always = sometimes = False
            for h, _, _ in self.execs:
                if q.id not in h:
                    continue
                results = [self.after_event(q.id, event, h, chosen) for chosen in completions]
                always |= all(results)
                sometimes |= any(results)
            if always:
                found.add((rule_id, "late-influence", q.id))
            elif sometimes:
                found.add((rule_id, "undetermined", q.id))
        return found

    def after_event(self, q: str, event: Event, h, chosen: set) -> bool:
        """Whether q comes after an occurrence of the event in execution h, when the maybe
        members in `chosen` belong to the event's set and the others do not."""
        return any(self.before(e, q, h) and self.occurs(e, event, h, chosen) for e in h)

    # -- conditions and built-ins ------------------------------------------------------------------

    def applies(self, rule: Rule) -> bool | None:
        """Section 5: `when` and not `unless`, in Kleene logic: True, False or None (unknown: a
        clause on an attribute the plan does not give; such a rule is checked, and its breaches
        are undetermined)."""
        when = True if rule.when is None else self.truth(rule.when)
        unless = False if rule.unless is None else self.truth(rule.unless)
        exception = None if unless is None else not unless
        if when is False or exception is False:
            return False
        return None if None in (when, exception) else True

    def truth(self, expression):
        """Kleene logic over the clauses: True, False or None (unknown)."""
        kind = expression.type
        if kind == "clause":
            return self.clause(expression)
        if kind == "not":
            inner = self.truth(expression.part)
            return None if inner is None else not inner
        values = [self.truth(p) for p in expression.parts]
        if kind == "and":
            return False if False in values else (None if None in values else True)
        return True if True in values else (None if None in values else False)

    def clause(self, c):
        keys = [k for k in self.plan.attributes if k.lower() == c.attribute.lower()]
        value = self.plan.attributes[keys[0]] if keys else None
        if value is None or (isinstance(value, str) and not value.strip()):
            return None
        compare = {"is": lambda x, y: x == y, "at-least": lambda x, y: x >= y, "at-most": lambda x, y: x <= y,
                   "more-than": lambda x, y: x > y, "less-than": lambda x, y: x < y}[c.op]
        if c.attribute.lower() == "impact":
            order = ["low", "medium", "high"]
            if value not in order or c.value not in order:
                return False
            return compare(order.index(value), order.index(c.value))
        a, b = _num(value), _num(c.value)
        if c.op == "is" and (a is None or b is None):
            return str(value).lower() == str(c.value).lower()
        return a is not None and b is not None and compare(a, b)

    def findings(self) -> set:
        found: set = set()
        applicable = []
        for rule in self.ruleset.rules:
            value = self.applies(rule)
            if value is False:
                continue
            applicable.append(rule)
            own = self.check(rule)
            if value is None:  # unknown condition: every breach is undetermined
                own = {(r, "undetermined", step) for (r, _, step) in own}
            found |= own
        found |= self.late_influence()
        found |= self.missing_roles(applicable, found)
        found |= self.plan_errors()
        return found

    def late_influence(self) -> set:
        decisions = [s.id for s in self.plan.steps if self.voc.kind_is(s.kind, "decision")]
        if not decisions:
            return {("late-influence", "late-influence", None)}
        found = set()
        for q in self.plan.steps:
            if self.gives_influence(q) and any(
                q.id in h and not any(self.before(q.id, d, h) for d in decisions) for h, _, _ in self.execs
            ):
                found.add(("late-influence", "late-influence", q.id))
        return found

    def missing_roles(self, applicable, found) -> set:
        reported = {r.body.role for r in applicable if r.body.template == "role-present"
                    and ((r.id, "missing-role", None) in found or (r.id, "undetermined", None) in found)}
        named = set()
        for r in applicable:
            b = r.body
            named |= set(getattr(b, "who", ()) or ())
            for name in ("event", "first", "second"):
                ev = getattr(b, name, None)
                if isinstance(ev, Event) and ev.owner:
                    named.add(ev.owner)
        named.discard("participants")
        roles = [a.role for a in self.plan.actors.values()]
        return {
            ("missing-role", "missing-role", None)
            for role in named - reported
            if not any(self.voc.role_covers(role, r) or self.voc.role_covers(r, role) for r in roles)
        }

    def plan_errors(self) -> set:
        found = set()
        for s in self.plan.steps:
            for a in s.after:
                if start_of(s) and end_of(self.step[a]) and start_of(s) < end_of(self.step[a]):
                    found.add(("plan-error", "plan-error", s.id))
        ids = {r.id for r in self.ruleset.rules} | set(BUILT_IN_IDS)
        if any(w.rule not in ids for w in self.plan.waivers):
            found.add(("plan-error", "plan-error", None))
        return found

    # -- the influence summary -------------------------------------------------------------------

    def topological(self) -> list[str]:
        """Kahn's order of the order links, taking the earliest step in the plan among the ready."""
        done: list[str] = []
        before = links(self.plan)
        while len(done) < len(self.plan.steps):
            ready = [s.id for s in self.plan.steps if s.id not in done and all(a in done for a in before[s.id])]
            done.append(ready[0])
        return done

    def influence(self) -> list[tuple]:
        """(role, first step, phase, late) per stakeholder role of an actor, as in docs/spec/CLI.md: the
        latest phase of a first influence over all executions; the step of that phase, first in
        the plan, that is a first influence in such an execution."""
        phases = self.voc.phase_order
        late = {sid for (_, _, sid) in self.late_influence() if sid is not None}
        plan_order = [s.id for s in self.plan.steps]

        def key(sid):
            phase = self.step[sid].phase
            return phases.index(phase) if phase else len(phases)

        rows = []
        for role in sorted({a.role for a in self.plan.actors.values() if self.voc.is_stakeholder(a.role)}):
            firsts = []  # per execution: (phase key, the candidates of that phase)
            for h, _, _ in self.execs:
                moments = [sid for sid in h if self.involves(self.step[sid], (role,), "consult")]
                if not moments:
                    firsts = None
                    break
                lowest = min(key(m) for m in moments)
                firsts.append((lowest, {m for m in moments if key(m) == lowest}))
            if firsts is None:
                rows.append((role, None, None, True))
                continue
            latest = max(k for k, _ in firsts)
            steps = set().union(*(c for k, c in firsts if k == latest))
            first = min(steps, key=plan_order.index)
            rows.append((role, first, self.step[first].phase, first in late))
        return rows

    # -- replaying a witness ---------------------------------------------------------------------

    def witness_executions(self, witness) -> list[frozenset[str]]:
        """Every execution the witness describes (choices not listed may take any option)."""
        listed = dict(witness.choices)
        result = []
        for h, options, skipped in self.execs:
            if set(witness.skipped) != set(skipped):
                continue
            if all(tuple(c.options[options[c.id]]) == tuple(listed[c.id])
                   for c in self.plan.choices if c.id in listed):
                result.append(h)
        return result

    def breaks_at(self, rule: Rule | str, step: str | None, h) -> bool:
        """Whether execution h breaks the rule at `step` whatever missing data would be."""
        if rule == "late-influence":
            decisions = [s.id for s in self.plan.steps if self.voc.kind_is(s.kind, "decision")]
            return step in h and not any(self.before(step, d, h) for d in decisions)
        b = rule.body
        if getattr(b, "each", False):
            return any(
                self.breaks_at(rule.model_copy(update={"body": b.model_copy(update={"who": (r,), "each": False})}), step, h)
                for r in b.who
            )
        t = b.template
        if t == "prohibition":
            return all(self.after_event(step, b.event, h, chosen) for chosen in self.completions(b.event))
        if t in ("involvement-anywhere", "influence-by-phase"):
            level = "consult" if t == "influence-by-phase" else b.level
            status = (lambda p: self.early(p, b.phase)) if t == "influence-by-phase" else (lambda p: "good")
            return any(
                not any(f(self.step[p]) and status(self.step[p]) != "bad" for p in h)
                for _, f in self.audiences(b.who, level, h, b.themselves)
            )
        sub = Reference.__new__(Reference)
        sub.__dict__.update(self.__dict__)
        sub.execs = [(h, {}, frozenset())]
        return (rule.id, "violation", step) in sub.check(rule)

    # -- what a response finding says (issue 16) ---------------------------------------------------

    def _response_candidates(self, rule: Rule):
        b = rule.body
        return lambda e, label, f: [(p.id, self.in_time(e, p, b.within))
                                    for p in self.plan.steps if p.id in self.reach[e] and f(p)]

    def response_missed(self, rule: Rule, e: str) -> set:
        """The stakeholder actors a response rule about `participants` misses at step e, each
        judged alone as the rule is judged (a violation for that actor)."""
        b = rule.body
        actors = {label for h, _, _ in self.execs for label, _ in self.audiences(b.who, b.level, h, b.themselves)}
        missed = set()
        for actor in actors:
            def alone(h, actor=actor):
                return [(label, f) for label, f in self.audiences(b.who, b.level, h, b.themselves) if label == actor]
            if (rule.id, "violation", e) in self.per_trigger(rule.id, b.event, alone, self._response_candidates(rule)):
                missed.add(actor)
        return missed

    def response_never(self, rule: Rule, e: str, actors) -> bool:
        """True when no execution with step e has a step after it that reaches (in time) one of
        `actors` (None: the rule's fixed groups): the finding says "niet", not "niet altijd"."""
        b = rule.body
        rest = [w for w in b.who if w != "participants"]
        if actors is None:
            groups = [lambda s: self.involves(s, b.who, b.level, b.themselves)]
        else:
            groups = [lambda s, a=a: self.reaches(s, a, b.level) or bool(rest and self.involves(s, rest, b.level, b.themselves))
                      for a in actors]
        for h, _, _ in self.execs:
            if e not in h:
                continue
            for fulfils in groups:
                if any(p in self.reach[e] and fulfils(self.step[p]) and self.in_time(e, self.step[p], b.within) == "good"
                       for p in h):
                    return False
        return True


def _num(value):
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return float(value)
    try:
        return float(str(value))
    except ValueError:
        return None


def reference_findings(ruleset: Ruleset, plan: Plan) -> set:
    return Reference(ruleset, plan).findings()
