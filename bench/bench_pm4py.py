"""procesregels side by side with trace-based DECLARE checking in pm4py (optional).

A process-mining user would check a plan by listing its executions as traces and running
DECLARE conformance over them. A plan with k optional steps has 2^k executions, so that
approach doubles with every optional step, while procesregels reasons over the plan's graph
and never enumerates executions.

The comparison uses a chain without dates, where the two semantics coincide: every step
comes after the one before it, so each execution is exactly one trace, and each rule below is
a DECLARE constraint over activity labels that stand for what a step means:

| rule (procesregels)                                   | DECLARE                               |
|-------------------------------------------------------|---------------------------------------|
| residents must be consulted before the council decides | precedence(consult residents, council decides) |
| residents must be consulted                           | existence(consult residents)          |
| the council must set frames before participation starts | precedence(council sets frames, consult residents) |
| after any decision, participants must be informed     | response(council decides, inform participants) |

pm4py is AGPL-licensed and only ever imported here, from the optional `bench` extra.
"""

from __future__ import annotations

import functools
import itertools
import statistics
import time
from dataclasses import dataclass

FRAMES, CONSULT, DECIDE, INFORM, WORK = (
    "council sets frames", "consult residents", "council decides", "inform participants",
    "officials work",
)

RULESET = """\
ruleset "Chain benchmark"
  municipality "Benchstad"
  version "1"

rule P1 "Residents are consulted before the council decides"
  residents must be consulted before the council decides

rule E1 "Residents are consulted"
  residents must be consulted

rule P2 "The council sets frames first"
  the council must set frames before participation starts

rule R1 "Participants hear back"
  after any decision, participants must be informed
"""

DECLARE_MODEL = {
    "precedence": {(CONSULT, DECIDE): {"support": 1.0, "confidence": 1.0},
                   (FRAMES, CONSULT): {"support": 1.0, "confidence": 1.0}},
    "existence": {CONSULT: {"support": 1.0, "confidence": 1.0}},
    "response": {(DECIDE, INFORM): {"support": 1.0, "confidence": 1.0}},
}
# Which DECLARE constraint stands for which rule, to compare the verdicts.
CONSTRAINT_OF_RULE = {
    "P1": ("precedence", (CONSULT, DECIDE)),
    "P2": ("precedence", (FRAMES, CONSULT)),
    "E1": ("existence", CONSULT),
    "R1": ("response", (DECIDE, INFORM)),
}
FILLER_STEPS = 10  # plain officials' steps, so traces have a realistic length


@dataclass(frozen=True)
class ChainStep:
    id: str
    label: str
    optional: bool = False


def chain(k: int, mandatory_consult: bool) -> list[ChainStep]:
    """Frames, filler work, k optional consultations (plus one mandatory), decision, feedback."""
    steps = [ChainStep("kaders", FRAMES)]
    steps += [ChainStep(f"werk{i}", WORK) for i in range(1, FILLER_STEPS + 1)]
    steps += [ChainStep(f"gesprek{i}", CONSULT, optional=True) for i in range(1, k + 1)]
    if mandatory_consult:
        steps.append(ChainStep("enquete", CONSULT))
    steps += [ChainStep("besluit", DECIDE), ChainStep("terugkoppeling", INFORM)]
    return steps


def plan_yaml(steps: list[ChainStep]) -> str:
    """The chain as a procesregels plan: each step after the one before it."""
    lines = ["plan: Ketenbenchmark", "actors:", "  raad: {role: council}",
             "  team: {role: officials}", "  bewoners: {role: residents}", "steps:"]
    shape = {
        FRAMES: ("frames", "raad", ""), DECIDE: ("decision", "raad", ""),
        WORK: ("advice", "team", ""), CONSULT: ("meeting", "team", "{bewoners: consult}"),
        INFORM: ("feedback", "team", "{bewoners: inform}"),
    }
    previous = None
    for step in steps:
        kind, owner, participants = shape[step.label]
        lines += [f"  - id: {step.id}", f"    kind: {kind}", f"    owner: {owner}"]
        if participants:
            lines.append(f"    participants: {participants}")
        if step.optional:
            lines.append("    optional: true")
        if previous:
            lines.append(f"    after: [{previous}]")
        previous = step.id
    return "\n".join(lines) + "\n"


def traces(steps: list[ChainStep]) -> list[list[str]]:
    """Every execution of the chain as a trace of labels: 2^(optional steps) of them."""
    optional = [i for i, step in enumerate(steps) if step.optional]
    result = []
    for taken in itertools.product((True, False), repeat=len(optional)):
        skipped = {i for i, keep in zip(optional, taken) if not keep}
        result.append([s.label for i, s in enumerate(steps) if i not in skipped])
    return result


def pm4py_verdicts(steps: list[ChainStep]) -> dict[str, bool]:
    """Enumerate the traces, run pm4py's DECLARE conformance: rule id -> violated?"""
    import pandas as pd
    import pm4py

    rows = [
        (f"case{case}", label, pd.Timestamp("2026-01-01") + pd.Timedelta(minutes=position))
        for case, trace in enumerate(traces(steps))
        for position, label in enumerate(trace)
    ]
    log = pd.DataFrame(rows, columns=["case:concept:name", "concept:name", "time:timestamp"])
    results = pm4py.conformance_declare(log, DECLARE_MODEL)
    broken = {(d[0], tuple(d[1]) if isinstance(d[1], (list, tuple)) else d[1])
              for result in results for d in result["deviations"]}
    return {rule: constraint in broken for rule, constraint in CONSTRAINT_OF_RULE.items()}


def procesregels_verdicts(ruleset, steps: list[ChainStep]) -> dict[str, bool]:
    """Load the chain as a plan and lint it: rule id -> violated?"""
    from procesregels.engine.run import lint_plan
    from procesregels.plan.loader import parse_plan

    plan = parse_plan(plan_yaml(steps), "chain.yaml", ruleset.vocabulary())
    report = lint_plan(ruleset, plan)
    violated = {f.rule for f in report.findings if f.category == "violation"}
    return {rule: rule in violated for rule in CONSTRAINT_OF_RULE}


def median_time(action, repeats: int) -> tuple[float, float, float, object]:
    times, result = [], None
    for _ in range(repeats):
        start = time.perf_counter()
        result = action()
        times.append(time.perf_counter() - start)
    return statistics.median(times), min(times), max(times), result


def compare(ks: tuple[int, ...] = (0, 4, 8, 12, 16), repeats: int = 3) -> list[dict]:
    """For each k and both plan variants: both times, their ratio, and whether verdicts agree."""
    import warnings

    from procesregels.ruleset.loader import parse_ruleset

    warnings.filterwarnings("ignore")  # pm4py's deprecation notices would drown the table
    import pm4py  # noqa: F401  (imported before timing: import time is not checking time)

    ruleset = parse_ruleset(RULESET, "chain.rules")
    # One untimed round first: both sides build caches and import lazily on first use.
    procesregels_verdicts(ruleset, chain(2, True))
    pm4py_verdicts(chain(2, True))
    rows = []
    for k in ks:
        for mandatory in (True, False):
            steps = chain(k, mandatory)
            # pm4py gets fewer repeats on large k: one run already takes seconds there.
            pm_repeats = repeats if k <= 8 else 1
            ours = median_time(functools.partial(procesregels_verdicts, ruleset, steps), repeats)
            theirs = median_time(functools.partial(pm4py_verdicts, steps), pm_repeats)
            rows.append({
                "k": k, "variant": "passes" if mandatory else "fails",
                "traces": 2 ** k, "ours": ours[:3], "pm4py": theirs[:3],
                "ratio": theirs[0] / ours[0] if ours[0] else float("inf"),
                "agree": ours[3] == theirs[3], "verdicts": ours[3], "pm4py_verdicts": theirs[3],
            })
    return rows
