"""The order and execution questions of one plan (LANGUAGE.md section 5), answered once per plan.

A plan has *executions*: every choice takes one option, every optional step happens or not, every
other step happens. Step A is *before* B when both happen and B depends on A through a chain of
`after` links, which may pass through steps that do not happen. So "before" is static
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

import datetime as dt
from dataclasses import dataclass
from functools import cached_property
from typing import Iterator

from .plan import Plan, Step
from .rules import Event


def mask_of(positions) -> int:
    """The bitset with the given bit positions (built in one go, not bit by bit)."""
    positions = list(positions)
    if not positions:
        return 0
    bitmap = bytearray(max(positions) // 8 + 1)
    for p in positions:
        bitmap[p >> 3] |= 1 << (p & 7)
    return int.from_bytes(bitmap, "little")


_BYTE_BITS = [tuple(b for b in range(8) if value >> b & 1) for value in range(256)]


def bits(mask: int) -> list[int]:
    """The positions of the set bits, lowest first (byte by byte: sets are often sparse)."""
    out: list[int] = []
    if mask.bit_count() <= 16:  # few members: pick them off one by one
        while mask:
            low = mask & -mask
            out.append(low.bit_length() - 1)
            mask ^= low
        return out
    data = mask.to_bytes((mask.bit_length() + 7) // 8, "little")
    for index, byte in enumerate(data):
        if byte:
            base = index << 3
            out.extend(base + b for b in _BYTE_BITS[byte])
    return out


def flags_of(mask: int, size: int) -> str:
    """Membership of positions 0..size-1 as a string of '0'/'1' (`flags[i] == "1"`), for loops
    that test many positions: indexing a string is much cheaper than shifting a big int."""
    return bin(mask)[:1:-1].ljust(size, "0")


def lowest(mask: int) -> int:
    return (mask & -mask).bit_length() - 1


@dataclass(frozen=True)
class Execution:
    """One execution, as far as it matters: the options taken by the choices that matter and the
    optional steps that must be skipped. Choices not listed may take any option; optional steps
    not skipped happen."""

    options: tuple[tuple[int, int], ...]  # (choice index, option index), sorted
    skipped: int  # bitset of optional steps that do not happen


@dataclass(frozen=True)
class Participation:
    actor: str
    role: str
    rank: int  # level rank on the ladder


class PlanGraph:
    """Order, happening and membership questions of one plan, with everything precomputed."""

    def __init__(self, plan: Plan, vocabulary) -> None:
        self.plan = plan
        self.vocabulary = vocabulary
        self.steps: list[Step] = _topological(plan)
        self.pos: dict[str, int] = {s.id: i for i, s in enumerate(self.steps)}
        in_plan = {s.id: i for i, s in enumerate(plan.steps)}
        self.plan_index: list[int] = [in_plan[s.id] for s in self.steps]
        self.preds: list[list[int]] = [
            sorted({self.pos[a] for a in s.after if a in self.pos}) for s in self.steps
        ]
        self.all = (1 << len(self.steps)) - 1
        self._index_happening()
        self._index_participants()
        self._cache: dict = {}
        self.maybe_phase = mask_of(i for i, s in enumerate(self.steps) if s.phase is None)
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

    def _index_participants(self) -> None:
        vocabulary = self.vocabulary
        roles = {a: actor.role for a, actor in self.plan.actors.items()}
        self.participations: list[list[Participation]] = []
        for step in self.steps:
            row = []
            for actor, level in sorted(step.participants.items()):
                role = roles.get(actor, actor)  # a role named directly stands for its own actor
                row.append(Participation(actor, role, vocabulary.level_rank(level)))
            self.participations.append(row)
        by_role_rank: dict[tuple[str, int], list[int]] = {}
        by_actor_rank: dict[tuple[str, int], list[int]] = {}
        for i, row in enumerate(self.participations):
            for p in row:
                by_role_rank.setdefault((p.role, p.rank), []).append(i)
                by_actor_rank.setdefault((p.actor, p.rank), []).append(i)
        self._role_rank = {key: mask_of(v) for key, v in by_role_rank.items()}
        self._actor_rank = {key: mask_of(v) for key, v in by_actor_rank.items()}
        self.actor_roles: dict[str, str] = {p.actor: p.role for row in self.participations for p in row}
        self.participation_steps = mask_of(i for i, row in enumerate(self.participations) if row)
        influence = vocabulary.level_rank(vocabulary.influence_from)
        self.influence_steps = mask_of(
            i for i, row in enumerate(self.participations) if any(p.rank >= influence for p in row)
        )

    # -- involvement ------------------------------------------------------------------------

    def involving(self, who: tuple[str, ...], level: str) -> int:
        """Steps that involve one of `who` at `level` or higher: a participant whose role is
        that role or a broader one (LANGUAGE.md section 5)."""
        key = ("involving", tuple(sorted(who)), level)
        if key not in self._cache:
            rank = self.vocabulary.level_rank(level)
            covering = {r for w in who for r in self.vocabulary.role_ancestors(w)}
            acc = 0
            for (role, r), mask in self._role_rank.items():
                if r >= rank and role in covering:
                    acc |= mask
            self._cache[key] = acc
        return self._cache[key]

    def stakeholder_participants(self) -> list[str]:
        """The actors that `participants` can stand for: stakeholder actors taking part in a step."""
        return sorted(a for a, role in self.actor_roles.items() if self.vocabulary.is_stakeholder(role))

    def taking_part(self, actor: str) -> int:
        """The steps in which `actor` is a participant, at any level."""
        acc = 0
        for (a, _), mask in self._actor_rank.items():
            if a == actor:
                acc |= mask
        return acc

    def reaching(self, actor: str, level: str) -> int:
        """Steps that reach `actor` at `level` or higher: the actor itself, or an actor of a
        strictly broader role, is a participant (informing all residents reaches the
        neighbours; informing one residents group does not reach another)."""
        key = ("reaching", actor, level)
        if key not in self._cache:
            rank = self.vocabulary.level_rank(level)
            broader = set(self.vocabulary.role_ancestors(self.actor_roles[actor])[1:])
            acc = 0
            for (a, r), mask in self._actor_rank.items():
                if a == actor and r >= rank:
                    acc |= mask
            for (role, r), mask in self._role_rank.items():
                if role in broader and r >= rank:
                    acc |= mask
            self._cache[key] = acc
        return self._cache[key]

    # -- events -----------------------------------------------------------------------------

    def event_members(self, event: Event) -> tuple[int, int]:
        """(definite, maybe): the steps of an event. A step without a phase is a *maybe* member of
        a phase event: whether it belongs depends on data the plan does not give."""
        key = ("event", event)
        if key not in self._cache:
            self._cache[key] = self._members(event)
        return self._cache[key]

    def _members(self, event: Event) -> tuple[int, int]:
        vocabulary = self.vocabulary
        if event.type == "participation":
            return self.influence_steps, 0
        if event.type == "steps":
            return self.steps_of(event.kind, event.owner), 0
        limit = vocabulary.phase_rank(event.phase)
        definite, maybe = [], []
        for i, step in enumerate(self.steps):
            if step.phase is None:
                maybe.append(i)
                continue
            rank = vocabulary.phase_rank(step.phase)
            if (rank >= limit) if event.type == "phase-starts" else (rank <= limit):
                definite.append(i)
        return mask_of(definite), mask_of(maybe)

    def steps_of(self, kind: str | None, owner: str | None = None) -> int:
        """Steps of `kind` (or a narrower kind) whose owner has role `owner` or a narrower one."""
        key = ("steps_of", kind, owner)
        if key not in self._cache:
            self._cache[key] = self._steps_of(kind, owner)
        return self._cache[key]

    def _steps_of(self, kind: str | None, owner: str | None) -> int:
        chosen = []
        for i, step in enumerate(self.steps):
            if kind is not None and not self.vocabulary.kind_is(step.kind, kind):
                continue
            if owner is not None:
                actor = self.plan.actors.get(step.owner) if step.owner else None
                if actor is None or not self.vocabulary.role_covers(owner, actor.role):
                    continue
            chosen.append(i)
        return mask_of(chosen)

    # -- executions -------------------------------------------------------------------------

    def find_execution(self, must: int = 0, forbid: int = 0, one_of: int | None = None) -> Execution | None:
        """An execution in which every step of `must` happens, no step of `forbid` happens and,
        when `one_of` is given, at least one step of `one_of` happens; None when there is none."""
        if must & forbid or forbid & self.always:
            return None
        fixed: dict[int, list[int]] = {}
        touched = (must | forbid) & self.in_choice
        if touched:
            for c, cmask in enumerate(self.choice_masks):
                if not touched & cmask:
                    continue
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
        for c, cmask in enumerate(self.choice_masks):
            if not candidates & cmask:
                continue
            for k in fixed.get(c, range(len(self.option_masks[c]))):
                if self.option_masks[c][k] & candidates:
                    fixed[c] = [k]
                    return True
        return False

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

    def phase_at_most(self, phase: str) -> int:
        """Steps whose (known) phase is `phase` or an earlier one."""
        limit = self.vocabulary.phase_rank(phase)
        return mask_of(
            i for i, s in enumerate(self.steps)
            if s.phase is not None and self.vocabulary.phase_rank(s.phase) <= limit
        )

    @cached_property
    def _by_start(self) -> tuple[list[dt.date], list[int]]:
        dated = [i for i in range(len(self.steps)) if self.start(i) is not None]
        starts = sorted(self.start(i) for i in dated)
        keys = {i: self.start(i) for i in dated}
        order = sorted(dated, key=lambda i: keys[i])
        prefix, acc = [0], 0
        for i in order:
            acc |= 1 << i
            prefix.append(acc)
        return starts, prefix

    def started_by(self, day: dt.date) -> int:
        """Steps with a start date on or before `day` (binary search over prefix sets)."""
        import bisect

        starts, prefix = self._by_start
        return prefix[bisect.bisect_right(starts, day)]

    # -- witnesses --------------------------------------------------------------------------

    def chain(self, execution: Execution, end: int, via: int | None = None, from_via: bool = False) -> list[int]:
        """The longest chain of happening steps ending at `end` (through `via` when given: the
        longest chain to `via` or just `via` itself when `from_via`, then back from `end` to `via`
        along the longest chains),
        following `after` links; ties go to the step that comes first in the plan."""
        happen = self.happening(execution)
        flags, score, back = self._chain_scores(happen)
        if via is None:
            return self._back(flags, back, end)
        head = [via] if from_via else self._back(flags, back, via)
        inside = self._cache.get(("inside", via))
        if inside is None:  # few distinct event steps: keep each one's descendants as flags
            inside = self._cache[("inside", via)] = flags_of(self.descendants[via] | (1 << via), len(self.steps))
        rank = self.plan_index
        tail, v = [], end
        while v != via:
            if flags[v] == "1":
                tail.append(v)
            best = -1
            for u in self.preds[v]:
                if inside[u] == "1" and (best < 0 or score[u] > score[best]
                                  or (score[u] == score[best] and rank[u] < rank[best])):
                    best = u
            v = best
        return head + tail[::-1]

    def _back(self, flags: str, back: list[int], end: int) -> list[int]:
        path, v = [], end
        while v >= 0:
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

    # -- dates ------------------------------------------------------------------------------

    def start(self, i: int) -> dt.date | None:
        step = self.steps[i]
        return step.start or step.date

    def end(self, i: int) -> dt.date | None:
        step = self.steps[i]
        return step.end or step.date


def _topological(plan: Plan) -> list[Step]:
    """The steps in a topological order of `after` links, plan order among unordered steps.
    (The plan loader rejects cycles; steps in a cycle would be appended last, in plan order.)"""
    import heapq

    index = {s.id: i for i, s in enumerate(plan.steps)}
    waiting = [sum(1 for a in set(s.after) if a in index) for s in plan.steps]
    followers: list[list[int]] = [[] for _ in plan.steps]
    for i, s in enumerate(plan.steps):
        for a in set(s.after):
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
