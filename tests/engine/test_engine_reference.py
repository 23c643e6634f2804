"""The engine against the brute-force reference (tests/reference.py), on random small plans and
rulesets: the same findings, finding for finding (rule, category, step), and every witness
replays in the reference as a real breach at its step."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, strategies as st

from procesregels.engine.run import lint_plan
from procesregels.plan.model import Actor, Choice, Plan, Step, Waiver
from procesregels.ruleset.model import (
    AllOf, AnyOf, Condition, Not, Duration, DurationBound, Event, EventBefore, FieldPresent, InfluenceByPhase,
    InvolvementAnywhere, InvolvementBefore, LeadTime, Prohibition, Response, RolePresent, Rule, Ruleset,
)
from reference import Reference

ROLES = ["residents", "neighbours", "youth", "businesses", "stakeholders", "organisations",
         "council", "committee", "executive", "officials", "alderman"]
WHO_ROLES = ["residents", "neighbours", "youth", "businesses", "stakeholders", "council", "advisory-board"]
# (who() draws up to three roles, so `and` lists of three groups come up too)
LEVELS = ["inform", "consult", "advise", "coproduce", "codecide"]
PHASES = ["initiative", "exploration", "design", "decision", "implementation", "evaluation"]
KINDS = ["decision", "frames", "draft", "meeting", "inspection", "survey", "feedback", "information"]
DAY0 = dt.date(2026, 1, 1)


@st.composite
def plans(draw, order: str = "after") -> Plan:
    """Random small plans. With `order: dates` the steps are dated in the order of their ids (so
    `after` links, which point to lower ids, never contradict the dates into a cycle, which the
    loader refuses), with overlaps, gaps and undated steps."""
    n = draw(st.integers(3, 9))
    ids = [f"s{i}" for i in range(n)]
    roles = draw(st.lists(st.sampled_from(ROLES), min_size=1, max_size=5))
    actors = {f"a{i}": Actor(role=r) for i, r in enumerate(roles)}
    # participants that name a role stand for an implicit actor with the role as its id
    for role in draw(st.lists(st.sampled_from(ROLES), max_size=2, unique=True)):
        actors[role] = Actor(role=role, implicit=True)
    actor_ids = sorted(actors)
    optional = set(draw(st.lists(st.sampled_from(ids), max_size=3, unique=True)))
    pool = [i for i in ids if i not in optional]
    choices = []
    for c in range(draw(st.integers(0, 2))):
        if not pool:
            break
        members = draw(st.lists(st.sampled_from(pool), min_size=1, max_size=3, unique=True))
        pool = [i for i in pool if i not in members]
        k = draw(st.integers(1, 3))
        options = [[] for _ in range(k)]
        for m in members:
            for o in draw(st.lists(st.integers(0, k - 1), min_size=1, max_size=2, unique=True)):
                options[o].append(m)
        choices.append(Choice(id=f"c{c}", options=tuple(tuple(o) for o in options)))
    steps = []
    day = DAY0
    for i, sid in enumerate(ids):
        after = tuple(draw(st.lists(st.sampled_from(ids[:i]), max_size=3, unique=True))) if i else ()
        participants = draw(st.dictionaries(st.sampled_from(actor_ids), st.sampled_from(LEVELS), max_size=3))
        dates = draw(st.sampled_from(["none", "date", "span", "span", "start"]))
        if order == "dates":
            day = day + dt.timedelta(days=draw(st.integers(0, 20)))
            start = day
        else:
            start = DAY0 + dt.timedelta(days=draw(st.integers(0, 90)))
        end = start + dt.timedelta(days=draw(st.integers(0, 45)))
        steps.append(Step(
            id=sid,
            kind=draw(st.sampled_from(KINDS)),
            # steps without an owner are maybe members of `the council decides` (docs/spec/LANGUAGE.md 3)
            owner=draw(st.sampled_from([None, None, *actor_ids])),
            participants=participants,
            phase=draw(st.sampled_from([None, *PHASES])),
            date=start if dates == "date" else None,
            start=start if dates in ("span", "start") else None,
            end=end if dates == "span" else None,
            after=after,
            optional=sid in optional,
        ))
    permutation = draw(st.permutations(range(n)))
    attributes = draw(st.fixed_dictionaries({}, optional={
        "impact": st.sampled_from(["low", "medium", "high"]),
        "budget": st.integers(0, 3_000_000),
        "domain": st.sampled_from(["Ruimte", "zorg", "500", " ", None]),
        "oppervlakte": st.sampled_from([0, 0.5, 1, 2.25, 3, "groot"]),
    }))
    waivers = tuple(Waiver(rule=r, reason="ok") for r in draw(st.lists(st.sampled_from(["R1", "R9", "late-influence"]), max_size=2, unique=True)))
    return Plan(plan="random", attributes=attributes, actors=actors, steps=tuple(steps[i] for i in permutation),
                choices=tuple(choices), waivers=waivers, order=order)


def events():
    return st.one_of(
        st.builds(Event, type=st.just("steps"), kind=st.sampled_from(KINDS),
                  owner=st.sampled_from([None, "council", "executive", "committee", "residents"])),
        st.builds(Event, type=st.just("participation")),
        st.builds(Event, type=st.sampled_from(["phase-starts", "phase-ends"]), phase=st.sampled_from(PHASES)),
        st.builds(Event, type=st.just("last"), kind=st.sampled_from(["decision", "decision", "meeting"])),
    )


def who(dynamic: bool = True):
    options = [st.lists(st.sampled_from(WHO_ROLES), min_size=1, max_size=3, unique=True).map(tuple)]
    if dynamic:
        options.append(st.just(("participants",)))
        options.append(st.sampled_from(WHO_ROLES).map(lambda r: ("participants", r)))
    return st.one_of(*options)


durations = st.builds(Duration, amount=st.integers(0, 10), unit=st.sampled_from(["day", "week", "month"]))
levels = st.sampled_from(LEVELS)

_plain_bodies = st.one_of(
    st.builds(InvolvementBefore, who=who(), level=levels, event=events()),
    st.builds(InvolvementAnywhere, who=who(), level=levels),
    st.builds(InfluenceByPhase, who=who(), phase=st.sampled_from(PHASES)),
    st.builds(EventBefore, first=events(), second=events()),
    st.builds(Response, event=events(), who=who(), level=levels, within=st.one_of(st.none(), durations)),
    st.builds(DurationBound, kind=st.sampled_from(KINDS), bound=st.sampled_from(["min", "max"]), length=durations),
    st.builds(LeadTime, who=who(), level=levels, event=events(), lead=durations),
    st.builds(FieldPresent, field=st.sampled_from(["owner", "date"]), kind=st.sampled_from([None, None, "meeting"])),
    st.builds(RolePresent, role=st.sampled_from(WHO_ROLES)),
    st.builds(Prohibition, event=events()),
)


@st.composite
def _with_groups(draw, body):
    """`themselves` and `and` lists (version 2) where the grammar allows them: not with `participants`."""
    if not hasattr(body, "themselves") or "participants" in body.who:
        return body
    themselves = draw(st.booleans())
    each = len(body.who) >= 2 and draw(st.booleans())
    return body.model_copy(update={"themselves": themselves, "each": each})


bodies = _plain_bodies.flatmap(_with_groups)

clauses = st.one_of(
    st.builds(Condition, attribute=st.just("impact"), op=st.sampled_from(["is", "at-least", "at-most", "more-than", "less-than"]),
              value=st.sampled_from(["low", "medium", "high"])),
    st.builds(Condition, attribute=st.just("budget"), op=st.sampled_from(["is", "at-least", "at-most", "more-than", "less-than"]),
              value=st.integers(0, 3_000_000)),
    st.builds(Condition, attribute=st.just("oppervlakte"), op=st.sampled_from(["is", "at-least", "more-than", "less-than"]),
              value=st.sampled_from([0.5, 1, 2.25])),
    st.builds(Condition, attribute=st.sampled_from(["domain", "Domain", "missing"]), op=st.just("is"),
              value=st.sampled_from(["ruimte", "ZORG", "500"])),
)
#: A clause, negated or not (`is not`).
literals = st.one_of(clauses, clauses.map(lambda c: Not(part=c)))


def _joined(kind, parts):
    return parts[0] if len(parts) == 1 else kind(parts=tuple(parts))


#: What the grammar writes: `or` over `and` over (negated) clauses.
expressions = st.lists(st.lists(literals, min_size=1, max_size=3).map(lambda ps: _joined(AllOf, ps)),
                       min_size=1, max_size=3).map(lambda ps: _joined(AnyOf, ps))
#: The version 1 list of clauses (all of them), kept working.
conditions = st.lists(clauses, max_size=2).map(tuple)


@st.composite
def rulesets(draw) -> Ruleset:
    rules = []
    for i in range(draw(st.integers(1, 4))):
        shape = draw(st.integers(0, 5))
        when = draw(conditions) if shape == 0 else draw(expressions) if shape in (1, 2) else None
        unless = draw(expressions) if shape in (2, 3) else None
        rules.append(Rule(id=f"R{i + 1}", title=f"rule {i + 1}", severity=draw(st.sampled_from(["error", "warning"])),
                          when=when, unless=unless, body=draw(bodies)))
    return Ruleset(title="random", rules=tuple(rules))


def engine_set(report) -> set:
    return {(f.rule, f.category, f.step) for f in report.findings}


@given(rulesets(), plans())
def test_engine_equals_reference(ruleset, plan):
    report = lint_plan(ruleset, plan)
    reference = Reference(ruleset, plan)
    assert engine_set(report) == reference.findings()


@given(rulesets(), plans(order="dates"))
def test_engine_equals_reference_when_dates_order_the_steps(ruleset, plan):
    report = lint_plan(ruleset, plan)
    assert engine_set(report) == Reference(ruleset, plan).findings()


@given(rulesets(), plans(order="dates"))
def test_influence_summary_equals_reference_when_dates_order_the_steps(ruleset, plan):
    report = lint_plan(ruleset, plan)
    assert [(i.role, i.first_step, i.phase, i.late) for i in report.influence] == Reference(ruleset, plan).influence()


@given(rulesets(), st.one_of(plans(), plans(order="dates")))
def test_witnesses_replay_as_breaches(ruleset, plan):
    report = lint_plan(ruleset, plan)
    reference = Reference(ruleset, plan)
    rules = {r.id: r for r in ruleset.rules}
    for finding in report.findings:
        if finding.witness is None:
            continue
        rule = "late-influence" if finding.rule == "late-influence" else rules[finding.rule]
        replays = reference.witness_executions(finding.witness)
        assert replays, finding
        for happening in replays:
            assert reference.breaks_at(rule, finding.step, happening), (finding, sorted(happening))
            path = finding.witness.path
            assert all(s in happening for s in path)
            assert all(path[k + 1] in reference.reach[path[k]] for k in range(len(path) - 1))
            if finding.step is not None:
                assert path and path[-1] == finding.step


@given(rulesets(), plans())
def test_passed_and_not_applicable_count_rules(ruleset, plan):
    report = lint_plan(ruleset, plan)
    reference = Reference(ruleset, plan)
    applicable = [r for r in ruleset.rules if reference.applies(r) is not False]
    broken = {f.rule for f in report.findings}
    assert report.not_applicable == len(ruleset.rules) - len(applicable)
    assert report.passed == sum(1 for r in applicable if r.id not in broken)


@given(rulesets(), plans())
def test_rule_statuses_equal_reference(ruleset, plan):
    """Every rule's status (docs/spec/CLI.md v2) from the reference's findings and three-valued condition."""
    report = lint_plan(ruleset, plan)
    reference = Reference(ruleset, plan)
    found = reference.findings()
    waived = {w.rule for w in plan.waivers}
    expected = []
    for rule in ruleset.rules:
        value = reference.applies(rule)
        own = {category for (r, category, _) in found if r == rule.id}
        if value is False:
            status = "not-applicable"
        elif not own:
            status = "passed"
        elif rule.id in waived:
            status = "waived"
        else:
            status = "breached" if own - {"undetermined"} else "undetermined"
        expected.append((rule.id, status))
    assert [(s.rule, s.status) for s in report.rules] == expected
    for status in report.rules:
        if status.status == "not-applicable":  # the deciding clause is false in `when` or true in `unless`
            assert reference.clause(status.clause) is status.clause_holds
        if status.status == "undetermined" and status.missing:
            assert all(reference.clause(c) is None for r in ruleset.rules if r.id == status.rule
                       for c in _clauses(r) if c.attribute in status.missing)


def _clauses(rule):
    def walk(e):
        if e is None:
            return
        if e.type == "clause":
            yield e
        elif e.type == "not":
            yield from walk(e.part)
        else:
            for p in e.parts:
                yield from walk(p)
    yield from walk(rule.when)
    yield from walk(rule.unless)


@given(rulesets(), plans())
def test_deterministic(ruleset, plan):
    assert lint_plan(ruleset, plan) == lint_plan(ruleset, plan)


@given(rulesets(), plans())
def test_influence_summary_equals_reference(ruleset, plan):
    report = lint_plan(ruleset, plan)
    expected = Reference(ruleset, plan).influence()
    assert [(i.role, i.first_step, i.phase, i.late) for i in report.influence] == expected


@given(rulesets(), plans())
def test_every_finding_has_texts_in_both_languages(ruleset, plan):
    from procesregels import i18n as messages

    for finding in lint_plan(ruleset, plan).findings:
        for key, args in ((finding.message, finding.args), (finding.hint, finding.hint_args)):
            assert key in messages.CATALOGUE, key
            for lang in ("en", "nl"):
                assert "{" not in messages.text(key, lang, args)


@given(rulesets(), plans())
def test_an_undetermined_finding_names_the_steps_that_lack_the_field(ruleset, plan):
    """A missing phase, owner or date is named: the steps listed lack that field."""
    by_id = {s.id: s for s in plan.steps}
    for finding in lint_plan(ruleset, plan).findings:
        field = finding.message.rpartition(".")[2].removesuffix("_many")  # "_many": several steps (plural)
        if not finding.message.startswith("finding.undetermined.") or field == "condition":
            continue
        listed = dict(finding.args)["steps"]
        named = [part.strip().strip("'") for part in listed.split(" (+")[0].split(",")]
        assert named and all(named), finding
        for step in named:
            lacks = {"phase": by_id[step].phase is None, "owner": not by_id[step].owner,
                     "date": by_id[step].date is None and by_id[step].start is None
                     or by_id[step].date is None and by_id[step].end is None}[field]
            assert lacks, (finding, step)


@given(rulesets(), st.one_of(plans(), plans(order="dates")))
def test_a_response_finding_names_every_group_it_misses(ruleset, plan):
    """A response finding names every participant the rule misses at that step (issue 16), and says
    "not" instead of "not always" exactly when no variant of the plan reaches them."""
    report = lint_plan(ruleset, plan)
    reference = Reference(ruleset, plan)
    rules = {r.id: r for r in ruleset.rules}
    for finding in report.findings:
        rule = rules.get(finding.rule)
        if rule is None or rule.body.template != "response" or finding.category != "violation":
            continue
        args = dict(finding.args)
        if rule.body.each:  # an `and` list is the rule for each group: a finding is about its own group
            rule = rule.model_copy(update={"body": rule.body.model_copy(update={"who": tuple(args["roles"]), "each": False})})
        actors = set(args["actors"]) if "actors" in args else None
        if actors is not None:
            assert actors == reference.response_missed(rule, finding.step), finding
        assert finding.message.endswith(".never") == reference.response_never(rule, finding.step, actors), finding


def test_a_response_finding_of_an_and_list_says_never_for_a_group_no_variant_reaches():
    """Found by the thorough profile: "after frames, residents, neighbours and businesses must be
    informed", with only residents informed after the frames. Informing residents reaches the
    neighbours (a narrower group); the rule is broken for businesses alone, which no variant of
    the plan reaches: the finding says "not" (not "not always") and names businesses only."""
    rule = Rule(id="R1", title="rule 1", body=Response(
        each=True, event=Event(type="steps", kind="frames"), who=("residents", "neighbours", "businesses"),
        level="inform"))
    plan = Plan(plan="p", actors={"a0": Actor(role="residents")}, steps=(
        Step(id="s0", kind="frames"), Step(id="s1", kind="decision"),
        Step(id="s3", kind="decision", participants={"a0": "inform"}, after=("s0",))))
    findings = [f for f in lint_plan(Ruleset(title="r", rules=(rule,)), plan).findings if f.category == "violation"]
    assert [(f.step, dict(f.args)["roles"], f.message) for f in findings] == [
        ("s0", ("businesses",), "finding.response.never")]
