"""Time the engine alone (plan graph + every rule + built-ins), in one process, on the synthetic
plans and rulesets of `bench/generate.py`: growth with the number of steps (500, 2,000, 8,000
steps with 100 rules) and with the number of optional steps (k = 0..20), plus peak memory.

Loading (YAML, ruleset parsing) is timed apart, so the numbers show the engine itself.

    PYTHONPATH=src python bench/bench_engine.py [--repeats 3] [--quick]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
import tracemalloc
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "src"))

from generate import plan_text, ruleset_text  # noqa: E402

from procesregels.engine.run import lint_plan  # noqa: E402
from procesregels.plan.loader import parse_plan  # noqa: E402
from procesregels.ruleset.loader import parse_ruleset  # noqa: E402


def load(steps: int, rules: int, optional: int = 0, choices: int = 0):
    ruleset = parse_ruleset(ruleset_text(rules), "bench.rules")
    started = time.perf_counter()
    plan = parse_plan(plan_text(steps, optional, choices), "bench.yaml", ruleset.vocabulary())
    return ruleset, plan, time.perf_counter() - started


def time_lint(ruleset, plan, repeats: int) -> tuple[float, float, float, int]:
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        report = lint_plan(ruleset, plan)
        times.append(time.perf_counter() - started)
    return statistics.median(times), min(times), max(times), len(report.findings)


def peak_memory(ruleset, plan) -> float:
    tracemalloc.start()
    lint_plan(ruleset, plan)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak / 2**20


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--rules", type=int, default=100)
    parser.add_argument("--quick", action="store_true", help="500 and 2,000 steps only")
    args = parser.parse_args(argv)
    print(f"python {sys.version.split()[0]}, {args.rules} rules, median of {args.repeats} (min-max)")
    print(f"{'steps':>6} {'k':>3} {'c':>3} {'load s':>8} {'lint s':>8} {'min-max':>15} {'findings':>9} {'peak MB':>8}")
    medians = {}
    sizes = (500, 2000) if args.quick else (500, 2000, 8000)
    for steps in sizes:
        ruleset, plan, load_s = load(steps, args.rules, optional=10, choices=5)
        median, low, high, count = time_lint(ruleset, plan, args.repeats)
        medians[steps] = median
        peak = peak_memory(ruleset, plan) if steps <= 2000 or not args.quick else float("nan")
        print(f"{steps:>6} {10:>3} {5:>3} {load_s:>8.2f} {median:>8.3f} {low:>7.3f}-{high:<7.3f} {count:>9} {peak:>8.1f}")
    if 8000 in medians:
        print(f"ratio 8000/2000: {medians[8000] / medians[2000]:.2f}")
    for k in (0, 4, 8, 12, 16, 20):
        ruleset, plan, load_s = load(500, args.rules, optional=k, choices=2)
        median, low, high, count = time_lint(ruleset, plan, args.repeats)
        print(f"{500:>6} {k:>3} {2:>3} {load_s:>8.2f} {median:>8.3f} {low:>7.3f}-{high:<7.3f} {count:>9} {'':>8}")


if __name__ == "__main__":
    main()
