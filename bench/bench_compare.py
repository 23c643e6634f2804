"""Compare 342 municipal rulesets of 30 rules each against a reference (the size of the
Netherlands), as `procesregels compare REF M1 ... M342 --format csv` does.

The reference has 30 rules drawn over every template; each municipality changes it the way
councils do: a third adopt it with rules of their own, a third leave rules out, a third change
rules both ways (a level up or down, a longer or shorter term, a broader or narrower group or
event, a condition added or dropped, a rule left out, a rule of its own added). The rulesets are written
as files (half in Dutch, half in English, through `fmt`'s writer) and read back by the command,
so parsing and layering are part of the figure.

    python bench/bench_compare.py [--count 342] [--rules 30] [--examples] [--keep DIR]

Prints the time of the whole command (target: under a minute on a 2-core machine) and, for a
look inside, the time of the comparison alone. With `--examples` it also searches and confirms
example plans (the engine runs several times per difference, so this takes longer).
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from procesregels.ruleset.model import (  # noqa: E402
    Condition, Duration, DurationBound, Event, EventBefore, FieldPresent, InfluenceByPhase,
    InvolvementAnywhere, InvolvementBefore, LeadTime, Prohibition, Response, RolePresent, Rule, Ruleset,
)

ROLES = ["residents", "neighbours", "youth", "businesses", "organisations", "stakeholders"]
LEVELS = ["inform", "consult", "advise", "coproduce", "codecide"]
PHASES = ["initiative", "exploration", "design", "decision"]
EVENTS = [Event(type="steps", kind="decision", owner="council"), Event(type="steps", kind="decision"),
          Event(type="steps", kind="draft", owner="executive"), Event(type="steps", kind="meeting"),
          Event(type="participation"), Event(type="phase-starts", phase="design")]
CONDITIONS = [Condition(attribute="impact", op="is", value="high"),
              Condition(attribute="budget", op="at-least", value=1000000)]


def weeks(rng: random.Random) -> Duration:
    return Duration(amount=rng.randint(1, 12), unit=rng.choice(["week", "week", "day", "month"]))


def random_body(rng: random.Random, index: int):
    who = tuple(rng.sample(ROLES, rng.choice([1, 1, 2])))
    level, event = rng.choice(LEVELS), rng.choice(EVENTS)
    makers = [
        lambda: InvolvementBefore(who=who, level=level, event=event),
        lambda: InvolvementAnywhere(who=who, level=level),
        lambda: InfluenceByPhase(who=who, phase=rng.choice(PHASES)),
        lambda: EventBefore(first=Event(type="steps", kind="frames", owner=rng.choice(["council", "executive"])),
                            second=rng.choice([Event(type="participation"), EVENTS[3]])),
        lambda: Response(event=rng.choice(EVENTS[:3]), who=("participants",), level="inform",
                         within=rng.choice([None, weeks(rng)])),
        lambda: DurationBound(kind=rng.choice(["inspection", "meeting"]), bound=rng.choice(["min", "max"]),
                              length=weeks(rng)),
        lambda: LeadTime(who=who, level="inform", event=EVENTS[3], lead=weeks(rng)),
        lambda: FieldPresent(field=rng.choice(["owner", "date"])),
        lambda: RolePresent(role=rng.choice(ROLES)),
        lambda: Prohibition(event=rng.choice(EVENTS[:3])),
    ]
    return makers[index % len(makers)]()


def reference(rules: int, rng: random.Random) -> Ruleset:
    made = [Rule(id=f"R{i + 1}", title=f"Regel {i + 1}", source=f"art. {i + 1}", body=random_body(rng, i),
                 when=(rng.choice(CONDITIONS),) if rng.random() < 0.2 else ()) for i in range(rules)]
    return Ruleset(title="Referentie", rules=tuple(made))


def municipality(base: Ruleset, number: int, rng: random.Random) -> Ruleset:
    """A third adopt the reference with rules of their own, a third leave some rules out, a third
    change rules both ways."""
    if number % 3 == 0:
        rules = [r.model_copy(update={"id": f"G{number}-{r.id}"}) for r in base.rules]
        rules += [Rule(id=f"G{number}-E{k}", title="Eigen regel", source="eigen verordening",
                       body=RolePresent(role=rng.choice(ROLES))) for k in range(rng.randint(1, 3))]
        return Ruleset(title=f"Gemeente {number}", municipality=f"Gemeente {number}", rules=tuple(rules))
    if number % 3 == 1:
        kept = rng.sample(range(len(base.rules)), len(base.rules) - rng.randint(1, 3))
        rules = [base.rules[i].model_copy(update={"id": f"G{number}-{base.rules[i].id}"}) for i in sorted(kept)]
        return Ruleset(title=f"Gemeente {number}", municipality=f"Gemeente {number}", rules=tuple(rules))
    rules = []
    for rule in base.rules:
        roll = rng.random()
        if roll < 0.08:
            continue  # left out
        if roll < 0.35:
            rule = rule.model_copy(update={"body": random_body(rng, base.rules.index(rule))})
        elif roll < 0.45:
            rule = rule.model_copy(update={"when": () if rule.when else (rng.choice(CONDITIONS),)})
        rules.append(rule.model_copy(update={"id": f"G{number}-{rule.id}"}))
    while len(rules) < len(base.rules):
        rules.append(Rule(id=f"G{number}-E{len(rules)}", title="Eigen regel", source="eigen verordening",
                          body=random_body(rng, rng.randrange(10))))
    return Ruleset(title=f"Gemeente {number}", municipality=f"Gemeente {number}", rules=tuple(rules))


def write_all(folder: Path, count: int, rules: int, seed: int) -> list[Path]:
    from procesregels.ruleset.format import render_ruleset

    rng = random.Random(seed)
    base = reference(rules, rng)
    paths = [folder / "referentie.rules"]
    paths[0].write_text(render_ruleset(base, "nl"), encoding="utf-8")
    for number in range(1, count + 1):
        path = folder / f"gemeente-{number:03d}.rules"
        path.write_text(render_ruleset(municipality(base, number, rng), "nl" if number % 2 else "en"),
                        encoding="utf-8")
        paths.append(path)
    return paths


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=342)
    parser.add_argument("--rules", type=int, default=30)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--examples", action="store_true", help="also search and confirm example plans")
    parser.add_argument("--keep", type=Path, help="write the rulesets here and keep them")
    args = parser.parse_args(argv)
    folder = args.keep or Path(tempfile.mkdtemp(prefix="bench-compare-"))
    folder.mkdir(parents=True, exist_ok=True)
    paths = write_all(folder, args.count, args.rules, args.seed)

    from procesregels.comparison.compare import compare_many
    from procesregels.ruleset.loader import load_ruleset

    loaded = [load_ruleset(str(p)) for p in paths]
    started = time.perf_counter()
    comparisons = compare_many(loaded)
    inside = time.perf_counter() - started
    verdicts: dict[str, int] = {}
    for c in comparisons:
        verdicts[c.verdict] = verdicts.get(c.verdict, 0) + 1

    # CSV (the matrix) has no place for plans; with --examples the JSON carries them.
    fmt = "json" if args.examples else "csv"
    command = [sys.executable, "-m", "procesregels", "compare", *map(str, paths), "--format", fmt,
               "--examples" if args.examples else "--no-examples"]
    env = {"PYTHONPATH": str(ROOT / "src"), "PATH": "/usr/bin:/bin"}
    started = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True, env=env, cwd=folder)
    whole = time.perf_counter() - started
    if result.returncode != 0:
        sys.exit(f"compare failed ({result.returncode}):\n{result.stderr}")

    print(f"{args.count} rulesets of {args.rules} rules against a reference"
          f"{' (with example plans)' if args.examples else ''}")
    print(f"  comparison alone (in-process): {inside:6.2f} s")
    print(f"  whole command (parse, compare, {fmt}): {whole:6.2f} s   target < 60 s")
    print(f"  verdicts: {', '.join(f'{k} {v}' for k, v in sorted(verdicts.items()))}")
    if fmt == "csv":
        print(f"  matrix rows: {len(result.stdout.splitlines()) - 1}")
    else:
        import json

        shown = sum(len(p["examples"]) for p in json.loads(result.stdout)["pairs"])
        print(f"  confirmed example plans: {shown}")


if __name__ == "__main__":
    main()
