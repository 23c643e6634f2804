"""Synthetic plans and rulesets for the benchmarks, reproducible from a seed.

Plans: N steps in layers (each step comes after one to three steps of the layer before, so the
`after` links grow linearly with N), k optional steps, c choices of two options, participation on
about 40 % of the steps, phases rising with the layers, and dates consistent with the order (a few
steps have none, as in real plans). Rulesets: R rules cycling over every sentence form of the
language, so every rule template is exercised.

    python bench/generate.py plan --steps 2000 --optional 20 --choices 5 -o plan.yaml
    python bench/generate.py ruleset --rules 100 -o rules.rules
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
from pathlib import Path

LAYER_WIDTH = 10
ACTORS = {  # id -> role
    "raad": "council", "college": "executive", "team": "officials", "bewoners": "residents",
    "omwonenden": "neighbours", "ondernemers": "businesses", "jongeren": "youth",
    "organisaties": "organisations", "adviesraad": "advisory-board",
}
STAKEHOLDERS = ("bewoners", "omwonenden", "ondernemers", "jongeren", "organisaties", "adviesraad")
PARTICIPATION_KINDS = ("meeting", "survey", "workshop", "panel", "information", "inspection",
                       "feedback")
LEVELS = ("inform", "consult", "advise", "coproduce", "codecide")
PHASES = ("initiative", "exploration", "design", "decision", "implementation", "evaluation")
ROLES = ("residents", "neighbours", "businesses", "youth", "organisations", "advisory-board")
START = dt.date(2026, 1, 5)


# -- plans ----------------------------------------------------------------------------------


def plan_text(steps: int, optional: int = 0, choices: int = 0, seed: int = 0) -> str:
    """A plan of `steps` steps as YAML (see the module docstring for its shape)."""
    rng = random.Random(seed)
    ids = [f"s{i:05d}" for i in range(1, steps + 1)]
    layers = [ids[i:i + LAYER_WIDTH] for i in range(0, steps, LAYER_WIDTH)]
    free = [s for s in ids[1:] if not _is_decision(s, ids)]  # frames and decisions always happen
    rng.shuffle(free)
    optional_ids = set(free[:optional])
    choice_ids = free[optional:optional + 2 * choices]
    if len(choice_ids) < 2 * choices or len(optional_ids) < optional:
        raise ValueError(f"{steps} steps leave too few steps for {optional} optional "
                         f"steps and {choices} choices")

    lines = [f"plan: Synthetisch plan ({steps} stappen)", "municipality: Benchstad",
             "attributes: {impact: high, budget: 2500000}", "actors:"]
    lines += [f"  {actor}: {{role: {role}}}" for actor, role in ACTORS.items()]
    lines.append("steps:")
    for number, layer in enumerate(layers):
        for step in layer:
            lines += _step_lines(rng, step, number, len(layers), layers, ids, step in optional_ids)
    if choices:
        lines.append("choices:")
        for c in range(choices):
            first, second = choice_ids[2 * c], choice_ids[2 * c + 1]
            lines += [f"  - id: keuze{c + 1}", f"    options: [[{first}], [{second}]]"]
    return "\n".join(lines) + "\n"


def _is_decision(step: str, ids: list[str]) -> bool:
    # Every 25th step is a council decision, and the last step is the final one.
    index = int(step[1:]) - 1
    return index % 25 == 24 or index == len(ids) - 1


def _step_lines(rng: random.Random, step: str, layer: int, layer_count: int,
                layers: list[list[str]], ids: list[str], optional: bool) -> list[str]:
    phase = PHASES[min(len(PHASES) - 1, layer * len(PHASES) // max(1, layer_count))]
    lines = [f"  - id: {step}"]
    if layer == 0 and step == ids[0]:
        lines += ["    kind: frames", "    owner: raad"]
    elif _is_decision(step, ids):
        lines += ["    kind: decision", "    owner: raad"]
    elif rng.random() < 0.4:
        kind = rng.choice(PARTICIPATION_KINDS)
        who = rng.sample(STAKEHOLDERS, rng.randint(1, 3))
        levels = ", ".join(f"{actor}: {rng.choice(LEVELS)}" for actor in sorted(who))
        lines += [f"    kind: {kind}", "    owner: team", f"    participants: {{{levels}}}"]
    else:
        kind, owner = rng.choice((("advice", "team"), ("draft", "college"), ("advice", "adviesraad")))
        lines += [f"    kind: {kind}", f"    owner: {owner}"]
    lines.append(f"    phase: {phase}")
    if rng.random() >= 0.05:  # about one step in twenty has no dates yet
        start = START + dt.timedelta(days=15 * layer + rng.randint(0, 3))
        end = start + dt.timedelta(days=rng.randint(0, 10))
        lines += [f"    start: {start.isoformat()}", f"    end: {end.isoformat()}"]
    if optional:
        lines.append("    optional: true")
    if layer > 0:
        before = layers[layer - 1]
        after = sorted(rng.sample(before, min(len(before), rng.randint(1, 3))))
        lines.append(f"    after: [{', '.join(after)}]")
    return lines


def write_plan(path: Path, steps: int, optional: int = 0, choices: int = 0, seed: int = 0) -> Path:
    path = Path(path)
    path.write_text(plan_text(steps, optional, choices, seed), encoding="utf-8")
    return path


# -- rulesets -------------------------------------------------------------------------------

# One sentence per form of docs/spec/LANGUAGE.md section 4; {who}, {who2}, {level}, {phase}, {n} are drawn.
SENTENCES = (
    "{who} must be consulted before the council decides",
    "{who} must be informed before the council decides",
    "{who} must be involved at level {level} before the executive drafts",
    "{who} must be consulted",
    "{who} must have influence in phase {phase} or earlier",
    "the council must set frames before participation starts",
    "after the council decides, participants must be informed within {n} weeks",
    "after any decision, participants must be informed",
    "every inspection must last at least {n} weeks",
    "every meeting must last at most {n} days",
    "{who} must be informed at least {n} weeks before any meeting",
    "every participation step must have an owner",
    "every participation step must have a date",
    "the plan must include {who}",
    "no participation after the council decides",
    "when impact is high: {who} must be involved at level {level} before the council decides",
    "when budget is at least 1000000: {who} must be consulted",
    "{who} or {who2} must be consulted before any decision",
)


def ruleset_text(rules: int, seed: int = 0) -> str:
    """A ruleset of `rules` rules cycling over every sentence form."""
    rng = random.Random(seed)
    lines = [f'ruleset "Synthetische regelset ({rules} regels)"', '  municipality "Benchstad"',
             '  version "1"', ""]
    for number in range(1, rules + 1):
        sentence = SENTENCES[(number - 1) % len(SENTENCES)]
        who, who2 = rng.sample(ROLES, 2)
        text = sentence.format(who=who, who2=who2, level=rng.choice(LEVELS[1:]),
                               phase=rng.choice(PHASES[1:4]), n=rng.randint(2, 6))
        lines += [f'rule R{number} "Synthetic rule {number}"', f'  source "art. {number}"']
        if number % 3 == 0:
            lines.append("  severity warning")
        lines += [f"  {text}", ""]
    return "\n".join(lines)


def write_ruleset(path: Path, rules: int, seed: int = 0) -> Path:
    path = Path(path)
    path.write_text(ruleset_text(rules, seed), encoding="utf-8")
    return path


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Write a synthetic plan or ruleset.")
    kinds = parser.add_subparsers(dest="what", required=True)
    plan = kinds.add_parser("plan")
    plan.add_argument("--steps", type=int, default=50)
    plan.add_argument("--optional", type=int, default=0)
    plan.add_argument("--choices", type=int, default=0)
    ruleset = kinds.add_parser("ruleset")
    ruleset.add_argument("--rules", type=int, default=50)
    for sub in (plan, ruleset):
        sub.add_argument("--seed", type=int, default=0)
        sub.add_argument("-o", "--output", type=Path, required=True)
    options = parser.parse_args(argv)
    if options.what == "plan":
        write_plan(options.output, options.steps, options.optional, options.choices, options.seed)
    else:
        write_ruleset(options.output, options.rules, options.seed)


if __name__ == "__main__":
    main()
