"""The structure of a plan: unique ids, `after` links that exist and form no cycle, choices.

These checks only look at ids, never at vocabulary; `plan_resolve` calls them and raises the
first problem in the file.
"""

from __future__ import annotations

from typing import Any, Protocol

from procesregels.core.suggest import close_matches
from procesregels.plan.model import Plan, Step
from procesregels.plan.readers.source_tree import SourceTree
from procesregels.plan.shape import where


class PlanResolver(Protocol):
    """What these checks need of `plan.resolve.PlanResolver` (named here so the two modules do
    not import each other): the plan, its source tree, and a place to report problems."""

    tree: SourceTree
    plan: Plan

    def problem(self, key: str, span: Any, args: dict[str, Any], suggestions: list[str] | None = None) -> None: ...


def check_step_ids(resolver: PlanResolver) -> None:
    """Step ids are unique and every `after` names a step."""
    tree = resolver.tree
    first_line: dict[str, int] = {}
    for index, step in enumerate(resolver.plan.steps):
        span = tree.value_span(("steps", index, "id"))
        if step.id in first_line:
            resolver.problem("error.plan.duplicate_step", span, {"id": step.id, "line": first_line[step.id]})
        else:
            first_line[step.id] = span.line
    known = sorted(first_line)
    for index, step in enumerate(resolver.plan.steps):
        for position, name in enumerate(step.after):
            if name not in first_line:
                suggestions = close_matches(name, known, n=3, cutoff=0.6)
                resolver.problem("error.plan.unknown_after", tree.value_span(("steps", index, "after", position)),
                                  {"name": name, "where": where(tree, ("steps", index))}, suggestions)


def check_choices(resolver: PlanResolver) -> None:
    """Choice ids are unique; options name steps; a step is in at most one option of one choice
    and is not also optional (docs/spec/PLAN.md: such a plan has no clear executions)."""
    tree, plan = resolver.tree, resolver.plan
    steps = {step.id: step for step in plan.steps}
    first_line: dict[str, int] = {}
    placed: dict[str, tuple[int, str, int]] = {}  # step id -> (choice index, where, option index)
    for index, choice in enumerate(plan.choices):
        path = ("choices", index)
        choice_where = where(tree, path)
        if choice.id in first_line:
            resolver.problem("error.plan.duplicate_choice", tree.value_span((*path, "id")),
                              {"id": choice.id, "line": first_line[choice.id]})
        else:
            first_line[choice.id] = tree.value_span((*path, "id")).line
        for option_index, option in enumerate(choice.options):
            for position, name in enumerate(option):
                span = tree.value_span((*path, "options", option_index, position))
                if name not in steps:
                    suggestions = close_matches(name, sorted(steps), n=3, cutoff=0.6)
                    resolver.problem("error.plan.unknown_option_step", span,
                                      {"name": name, "where": choice_where}, suggestions)
                    continue
                if steps[name].optional:
                    resolver.problem("error.plan.optional_in_choice", span, {"id": name, "where": choice_where})
                if name in placed and placed[name][0::2] == (index, option_index):
                    continue  # named twice in one option: the same thing said twice
                if name in placed and placed[name][0] == index:
                    resolver.problem("error.plan.two_options", span, {"id": name, "where": choice_where})
                elif name in placed:
                    resolver.problem("error.plan.two_choices", span,
                                      {"id": name, "where": placed[name][1], "other": choice_where})
                else:
                    placed[name] = (index, choice_where, option_index)


def find_cycle(steps: list[Step]) -> tuple[list[str], int] | None:
    """A cycle of `after` links as (steps in order, the index of its first step in the file), or
    None. The last link of the cycle is in the `after` of that first step.

    The cycle is listed in the order the steps would have to happen (a -> b: a before b) and
    starts at its step that comes first in the file, so the message does not depend on where
    the search began."""
    order = {step.id: index for index, step in enumerate(steps)}
    after = {step.id: [name for name in step.after if name in order] for step in steps}
    state: dict[str, int] = {}  # 1 = on the current path, 2 = done
    for root in order:
        if root in state:
            continue
        path, iterators = [root], [iter(after[root])]
        state[root] = 1
        while path:
            following = next(iterators[-1], None)
            if following is None:
                state[path.pop()] = 2
                iterators.pop()
                continue
            if state.get(following) == 1:
                loop = path[path.index(following):]  # each step lists the next one in `after`
                return _cycle_in_order(loop, order)
            if following not in state:
                state[following] = 1
                path.append(following)
                iterators.append(iter(after[following]))
    return None


def _cycle_in_order(loop: list[str], order: dict[str, int]) -> tuple[list[str], int]:
    before_order = list(reversed(loop))  # x lists y in `after`: y happens before x
    first = min(range(len(before_order)), key=lambda i: order[before_order[i]])
    rotated = before_order[first:] + before_order[:first]
    return [*rotated, rotated[0]], order[rotated[0]]
