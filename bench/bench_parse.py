"""How long does parsing and resolving a 1,000-rule ruleset take?

    PYTHONPATH=src python bench/bench_parse.py [--rules 1000] [--repeat 7]

Prints the one-off time to build the parser and the median time of repeated
parse + resolve runs (the parser is built once per process, so later runs reuse it).
"""

from __future__ import annotations

import argparse
import statistics
import time

SENTENCES = [
    "residents must be consulted before the council decides",
    "inwoners moeten geïnformeerd worden voordat de raad besluit",
    "residents must be involved at level advise before the executive drafts",
    "jongeren moeten geraadpleegd worden",
    "residents must have influence in phase exploration or earlier",
    "de raad moet kaders vaststellen voordat participatie start",
    "after the council decides, participants must be informed within 6 weeks",
    "na elk besluit moeten deelnemers geïnformeerd worden",
    "every inspection must last at least 6 weeks",
    "elke bijeenkomst moet ten hoogste 1 dag duren",
    "residents must be informed at least 2 weeks before any meeting",
    "elke participatiestap moet een eigenaar hebben",
    "the plan must include youth",
    "geen participatie nadat de raad besluit",
    "when impact is high: residents must be involved at level advise before the council decides",
    "als budget ten minste 1000000 is: inwoners moeten geraadpleegd worden",
    "maatschappelijke organisaties of omwonenden van het plein moeten geraadpleegd worden vóór elk besluit",
]


def generated_ruleset(count: int) -> str:
    lines = ['ruleset "Benchmark"', '  municipality "Voorbeeldstad"', "",
             "role omwonenden van het plein under neighbours", "kind hoorzitting is meeting", ""]
    for number in range(1, count + 1):
        lines += [f'rule R{number} "Rule {number}"', f'  source "art. {number}"',
                  f"  {SENTENCES[number % len(SENTENCES)]}", ""]
    return "\n".join(lines)


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--rules", type=int, default=1000)
    options.add_argument("--repeat", type=int, default=7)
    args = options.parse_args()

    started = time.perf_counter()
    from procesregels.ruleset.parse import parser
    from procesregels.ruleset.loader import parse_ruleset

    parser()
    build = time.perf_counter() - started
    text = generated_ruleset(args.rules)
    times = []
    for _ in range(args.repeat):
        started = time.perf_counter()
        ruleset = parse_ruleset(text, "bench.rules")
        times.append(time.perf_counter() - started)
    assert len(ruleset.rules) == args.rules
    print(f"parser built once in {build * 1000:.0f} ms")
    print(f"{args.rules} rules ({len(text) // 1024} KiB): median {statistics.median(times) * 1000:.0f} ms "
          f"over {args.repeat} runs (min {min(times) * 1000:.0f} ms, max {max(times) * 1000:.0f} ms)")


if __name__ == "__main__":
    main()
