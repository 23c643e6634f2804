"""Run the examples a ruleset carries (`example "..." plan "..." expect ...`; docs/spec/CLI.md "Ruleset tests").

What an expectation means (docs/decisions.md, "Ruleset examples"):
- `expect pass` holds when the plan has no finding of severity error that is not waived: the plan
  would pass `procesregels lint` with this ruleset (exit 0);
- `expect R3 R5` holds when the set of rule ids of the non-waived findings of severity error is
  exactly {R3, R5}: not more, not fewer. Built-in ids (`late-influence`, `missing-role`,
  `plan-error`) may be named too, but built-in findings are warnings, so they rarely count.

A ruleset runs only its own examples, not those of the rulesets it extends: each layer is tested
where it is written. The plan path is relative to the ruleset file that names it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from procesregels.errors import ProcesregelsError
from procesregels.engine.findings import PlanReport
from procesregels.i18n import text
from procesregels.ruleset.model import Example, Ruleset


@dataclass(frozen=True)
class ExampleResult:
    """The outcome of one example: what it expected, what the engine found, or why it could not run."""

    ruleset: str
    name: str
    plan: str
    expected: tuple[str, ...]  # () means: expect pass
    got: tuple[str, ...] = ()
    error: ProcesregelsError | None = None  # the plan could not be read

    @property
    def passed(self) -> bool:
        return self.error is None and self.expected == self.got


def failing_rules(report: PlanReport) -> tuple[str, ...]:
    """The sorted ids of the rules with a non-waived finding of severity error: what fails a lint."""
    return tuple(sorted({f.rule for f in report.findings if f.severity == "error" and not f.waived}))


def ruleset_name(ruleset: Ruleset) -> str:
    """A short name for output: the file name without `.rules`, else the title."""
    return Path(ruleset.path).stem if ruleset.path else ruleset.title


def example_plan_path(ruleset: Ruleset, example: Example) -> Path:
    """The plan file of an example, relative to the ruleset file that names it."""
    plan = Path(example.plan)
    if plan.is_absolute() or not ruleset.path:
        return plan
    return Path(ruleset.path).parent / plan


def run_example(ruleset: Ruleset, example: Example, lang: str = "en") -> ExampleResult:
    """Lint one example plan with the (merged) ruleset and compare with the expectation."""
    from procesregels.engine.run import lint_plan
    from procesregels.plan.loader import load_plan

    expected = tuple(sorted(set(example.expect)))
    base = ExampleResult(ruleset_name(ruleset), example.name, example.plan, expected)
    try:
        plan = load_plan(example_plan_path(ruleset, example), ruleset.vocabulary(), lang=lang)
    except ProcesregelsError as error:
        return ExampleResult(base.ruleset, base.name, base.plan, expected, error=error)
    return ExampleResult(base.ruleset, base.name, base.plan, expected, got=failing_rules(lint_plan(ruleset, plan)))


def run_examples(ruleset: Ruleset, lang: str = "en") -> list[ExampleResult]:
    """Every example written in this ruleset's own file, in file order."""
    return [run_example(ruleset, example, lang) for example in ruleset.examples]


def outcome_words(rule_ids: tuple[str, ...], lang: str) -> str:
    """`pass` for no failing rule, else the ids separated by spaces (as they are written in a
    ruleset); in Dutch `geen overtreding` and `overtreding van L5 en L7` (a sentence, not keywords)."""
    if not rule_ids:
        return text("rulesettest.pass_word", lang)
    if lang == "en":
        return " ".join(rule_ids)
    listed = ", ".join(rule_ids[:-1]) + f" {text('general.and', lang)} " + rule_ids[-1] if len(rule_ids) > 1 else rule_ids[0]
    return text("rulesettest.breaches", lang, {"ids": listed})


def result_line(result: ExampleResult, lang: str = "en") -> str:
    """One line per example: `PASS ruleset: name`, or FAIL/ERROR with what differed."""
    label = f"{result.ruleset}: {result.name}"
    if result.error is not None:
        return text("rulesettest.error", lang, {"label": label, "plan": result.plan})
    if result.passed:
        return text("rulesettest.pass", lang, {"label": label})
    return text("rulesettest.fail", lang, {
        "label": label,
        "expected": outcome_words(result.expected, lang),
        "got": outcome_words(result.got, lang),
    })


def summary_line(results: Iterable[ExampleResult], lang: str = "en") -> str:
    """The closing line, alone on its line: `N passed, N failed` (an unreadable plan counts as failed)."""
    results = list(results)
    passed = sum(1 for result in results if result.passed)
    return text("rulesettest.summary", lang, {"passed": passed, "failed": len(results) - passed})
