"""The order and execution questions of one plan (docs/spec/LANGUAGE.md section 5), answered once per plan.

A plan has *executions*: every choice takes one option, every optional step happens or not, every
other step happens. Step A is *before* B when both happen and B depends on A through a chain of
`after` links, which may pass through steps that do not happen (with `order: dates`, also
through the links the dates make: plan/order.py). So "before" is static
reachability plus "both happen", and every question a check asks reduces to:

    is there an execution in which the steps M happen, none of the steps F happens
    (and, optionally, at least one step of A happens)?

That question is decided choice by choice (an option that contains the required steps of that
choice and none of the forbidden ones); optional steps are free. It is polynomial: executions
(2^k of them) are never enumerated.

Step sets are Python ints used as bitsets. Bit i is the step at position i of a stable
topological order (plan order among unordered steps), so iterating the bits of a set walks its
steps in a valid order. Ancestor and descendant sets are computed once, in one pass each.
"""

from __future__ import annotations

from functools import cached_property
from typing import Iterator, NamedTuple

from procesregels.engine.bitsets import bits, flags_of, lowest, mask_of  # noqa: F401  (re-exported for the checks)
from procesregels.engine.members import Participation, StepSets  # noqa: F401
from procesregels.plan.model import Plan, Step
from procesregels.plan.order import order_links


#: The longest witness chain shown (docs/spec/LANGUAGE.md section 5 asks for "the chain of steps that
#: shows the breach"; the steps nearest to the breach show it, and output stays linear in size).
MAX_CHAIN = 20


# The engine's own records are NamedTuples: immutable like a frozen dataclass, and far cheaper to
# define, which every lint pays at start-up (about 0.35 ms less per class).
class Execution(NamedTuple):
    """One execution, as far as it matters: the options taken by the choices that matter and the
    optional steps that must be skipped. Choices not listed may take any option; optional steps
    not skipped happen."""

    options: tuple[tuple[int, int], ...]  # (choice index, option index), sorted
    skipped: int  # bitset of optional steps that do not happen


class PlanGraph(StepSets):
    """Order, happening and membership questions of one plan, with everything precomputed."""

    def __init__(self, plan: Plan, vocabulary) -> None:
        self.plan = plan
        self.vocabulary = vocabulary
        links = order_links(plan)  # `after`, and the dates when the plan orders by them
        self.steps: list[Step] = _topological(plan, links)
        self.pos: dict[str, int] = {s.id: i for i, s in enumerate(self.steps)}
        in_plan = {s.id: i for i, s in enumerate(plan.steps)}
        self.plan_index: list[int] = [in_plan[s.id] for s in self.steps]
        self.preds: list[list[int]] = [
            sorted({self.pos[a] for a in links[s.id] if a in self.pos}) for s in self.steps
        ]
        self.all = (1 << len(self.steps)) - 1
        self._index_happening()
        self._index_participants()
        self._cache: dict = {}
        self.maybe_phase = mask_of(i for i, s in enumerate(self.steps) if s.phase is None)
        self.maybe_owner = mask_of(i for i, s in enumerate(self.steps) if not s.owner)
        self.no_start = mask_of(i for i in range(len(self.steps)) if self.start(i) is None)

    # -- structure --------------------------------------------------------------------------

    @cached_property
    def ancestors(self) -> list[int]:
        """ancestors[i]: the steps with a chain of `after` links to step i (strict)."""
        result = [0] * len(self.steps)
        for i, preds in enumerate(self.preds):
            acc = 0
            for p in preds:
                acc |= result[p] | (1 << p)
            result[i] = acc
        return result

    @cached_property
    def descendants(self) -> list[int]:
        """descendants[i]: the steps that step i reaches through `after` links (strict)."""
        succs: list[list[int]] = [[] for _ in self.steps]
        for i, preds in enumerate(self.preds):
            for p in preds:
                succs[p].append(i)
        result = [0] * len(self.steps)
        for i in range(len(self.steps) - 1, -1, -1):
            acc = 0
            for s in succs[i]:
                acc |= result[s] | (1 << s)
            result[i] = acc
        return result

    def ids(self, mask: int) -> list[str]:
        """Step ids of a set, in plan order."""
        return [self.steps[i].id for i in sorted(bits(mask), key=self.plan_index.__getitem__)]

    def _index_happening(self) -> None:
        self.choice_ids: list[str] = [c.id for c in self.plan.choices]
        self.option_masks: list[list[int]] = []
        self.choice_masks: list[int] = []
        for choice in self.plan.choices:
            masks = [mask_of(self.pos[s] for s in option if s in self.pos) for option in choice.options]
            self.option_masks.append(masks)
            union = 0
            for m in masks:
                union |= m
            self.choice_masks.append(union)
        self.choice_of: dict[int, int] = {i: c for c, m in enumerate(self.choice_masks) for i in bits(m)}
        self.in_choice = 0
        for m in self.choice_masks:
            self.in_choice |= m
        self.optional = mask_of(i for i, s in enumerate(self.steps) if s.optional) & ~self.in_choice
        self.always = self.all & ~self.in_choice & ~self.optional

    # -- executions -------------------------------------------------------------------------

    def find_execution(self, must: int = 0, forbid: int = 0, one_of: int | None = None) -> Execution | None:
        """An execution in which every step of `must` happens, no step of `forbid` happens and,
        when `one_of` is given, at least one step of `one_of` happens; None when there is none."""
        if must & forbid or forbid & self.always:
            return None
        fixed: dict[int, list[int]] = {}
        touched = (must | forbid) & self.in_choice
        if touched:
            for c in self._choices_of(touched):
                cmask = self.choice_masks[c]
                needed = must & cmask
                options = [
                    k for k, m in enumerate(self.option_masks[c]) if not m & forbid and m & needed == needed
                ]
                if not options:
                    return None
                fixed[c] = options
        if one_of is not None and not self._pick_one(one_of & ~forbid, fixed):
            return None
        return Execution(tuple(sorted((c, opts[0]) for c, opts in fixed.items())), forbid & self.optional)

    def _pick_one(self, candidates: int, fixed: dict[int, list[int]]) -> bool:
        """Make one of `candidates` happen, narrowing `fixed` if a choice must take it."""
        if candidates & (self.always | self.optional):
            return True
        for c in self._choices_of(candidates & self.in_choice):
            for k in fixed.get(c, range(len(self.option_masks[c]))):
                if self.option_masks[c][k] & candidates:
                    fixed[c] = [k]
                    return True
        return False

    def _choices_of(self, steps: int) -> list[int]:
        """The choices (indexes, in order) that some of `steps` belong to: through the steps when
        they are few, through the choices when those are few."""
        if steps.bit_count() < len(self.choice_masks):
            return sorted({self.choice_of[i] for i in bits(steps)})
        return [c for c, cmask in enumerate(self.choice_masks) if steps & cmask]

    def happening(self, execution: Execution) -> int:
        """The steps that happen when the choices not listed take their first option."""
        key = ("happening", execution)
        if key in self._cache:
            return self._cache[key]
        taken = dict(execution.options)
        result = self.always | (self.optional & ~execution.skipped)
        for c, masks in enumerate(self.option_masks):
            if masks:
                result |= masks[taken.get(c, 0)]
        self._cache[key] = result
        return result

    def can_happen(self, i: int) -> bool:
        return self.find_execution(must=1 << i) is not None

    # -- witnesses --------------------------------------------------------------------------

    def chain(self, execution: Execution, end: int, start: int | None = None) -> list[int]:
        """A chain of happening steps that ends at `end`, following `after` links: the end of the
        longest such chain, or, from `start`, `start` and the end of the longest chain from it.
        Ties go to the step that comes first in the plan. At most MAX_CHAIN steps (the ones
        nearest to `end`), so the witnesses of a very long plan do not repeat all its history."""
        flags, score, back = self._chain_scores(self.happening(execution))
        if start is None:
            return self._back(flags, back, end, MAX_CHAIN)
        inside = self._cache.get(("inside", start))
        if inside is None:  # few distinct event steps: keep each one's descendants as flags
            inside = flags_of(self.descendants[start] | (1 << start), len(self.steps))
            self._cache[("inside", start)] = inside
        rank = self.plan_index
        tail: list[int] = []
        v = end
        while v != start and len(tail) < MAX_CHAIN - 1:
            if flags[v] == "1":
                tail.append(v)
            best = -1
            for u in self.preds[v]:
                if inside[u] == "1" and (best < 0 or score[u] > score[best]
                                         or (score[u] == score[best] and rank[u] < rank[best])):
                    best = u
            v = best
        return [start] + tail[::-1]

    def _back(self, flags: str, back: list[int], end: int, limit: int) -> list[int]:
        path: list[int] = []
        v = end
        while v >= 0 and len(path) < limit:
            if flags[v] == "1":
                path.append(v)
            v = back[v]
        return path[::-1]

    def _chain_scores(self, happen: int) -> tuple[str, list[int], list[int]]:
        """For every step: how many happening steps the longest chain ending there has, and its
        predecessor on that chain. One pass in topological order, cached per happening set
        (witnesses mostly share a few executions)."""
        cache = self._cache.setdefault("chains", {})
        if happen not in cache:
            n = len(self.steps)
            flags = flags_of(happen, n)
            score, back = [0] * n, [-1] * n
            rank = self.plan_index
            for v in range(n):
                best, best_pred = 0, -1
                for u in self.preds[v]:
                    if best_pred < 0 or score[u] > best or (score[u] == best and rank[u] < rank[best_pred]):
                        best, best_pred = score[u], u
                score[v] = best + (flags[v] == "1")
                back[v] = best_pred
            if len(cache) > 256:  # bound memory on plans with very many distinct witnesses
                cache.clear()
            cache[happen] = (flags, score, back)
        return cache[happen]

    def witness_parts(self, execution: Execution, path: list[int]) -> tuple[tuple, tuple, tuple]:
        """(choices, skipped, path) for a Witness: the choices that matter (those fixed by the
        question and those of chain steps), the optional steps that must be skipped, the chain."""
        taken = dict(execution.options)
        for v in path:
            c = self.choice_of.get(v)
            if c is not None and c not in taken:
                taken[c] = next(k for k, m in enumerate(self.option_masks[c]) if m >> v & 1)
        choices = tuple(sorted(
            (self.choice_ids[c], tuple(self.plan.choices[c].options[k])) for c, k in taken.items()
        ))
        return choices, tuple(sorted(self.ids(execution.skipped))), tuple(self.steps[v].id for v in path)

def _topological(plan: Plan, links: dict[str, tuple[str, ...]]) -> list[Step]:
    """The steps in a topological order of the order links, plan order among unordered steps.
    (The plan loader rejects cycles; steps in a cycle would be appended last, in plan order.)"""
    import heapq

    index = {s.id: i for i, s in enumerate(plan.steps)}
    waiting = [sum(1 for a in set(links[s.id]) if a in index) for s in plan.steps]
    followers: list[list[int]] = [[] for _ in plan.steps]
    for i, s in enumerate(plan.steps):
        for a in set(links[s.id]):
            if a in index:
                followers[index[a]].append(i)
    ready = [i for i, w in enumerate(waiting) if w == 0]
    heapq.heapify(ready)
    order: list[int] = []
    while ready:
        i = heapq.heappop(ready)
        order.append(i)
        for f in followers[i]:
            waiting[f] -= 1
            if waiting[f] == 0:
                heapq.heappush(ready, f)
    seen = set(order)
    order += [i for i in range(len(plan.steps)) if i not in seen]
    return [plan.steps[i] for i in order]


def iter_steps(graph: PlanGraph, mask: int) -> Iterator[int]:
    """Positions of a set in plan order (for deterministic output)."""
    return iter(sorted(bits(mask), key=graph.plan_index.__getitem__))
