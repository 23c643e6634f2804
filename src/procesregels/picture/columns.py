"""The column of each step in the picture: left to right after its `after` steps and earlier dates.

Steps are taken in topological order, dated steps first and earliest first; a step's column is
one more than the largest column among its `after` steps and, when it has a start date, among
the dated steps that start earlier (a Fenwick tree answers that in O(log n)). So a dated plan
reads as a timeline, undated steps sit at their dependency depth, and the whole is
O((steps + links) log steps). The picture only shows order; the engine decides it from `after`.
"""

from __future__ import annotations

import heapq


def step_columns(steps) -> dict[str, int]:
    """Topological order, earliest start first; a column after every predecessor and earlier date."""
    ids = {step.id for step in steps}
    preds = {step.id: [p for p in step.after if p in ids] for step in steps}
    succs: dict[str, list[str]] = {step.id: [] for step in steps}
    for step in steps:
        for p in preds[step.id]:
            succs[p].append(step.id)
    start = {step.id: step.start or step.date for step in steps}
    order = {step.id: i for i, step in enumerate(steps)}
    dates = sorted({d for d in start.values() if d is not None})
    date_rank = {d: i for i, d in enumerate(dates)}
    latest = _PrefixMax(len(dates))
    waiting = {sid: len(p) for sid, p in preds.items()}

    def key(sid):  # dated steps first, earliest first; then the order of the plan
        day = start[sid]
        return (day is None, day.toordinal() if day else 0, order[sid])

    ready = [key(sid) + (sid,) for sid, count in waiting.items() if count == 0]
    heapq.heapify(ready)
    column: dict[str, int] = {}
    while ready:
        sid = heapq.heappop(ready)[-1]
        col = max((column[p] + 1 for p in preds[sid]), default=0)
        if start[sid] is not None:
            rank = date_rank[start[sid]]
            col = max(col, latest.query(rank) + 1)  # strictly right of every earlier start
            latest.update(rank, col)
        column[sid] = col
        for nxt in succs[sid]:
            waiting[nxt] -= 1
            if waiting[nxt] == 0:
                heapq.heappush(ready, key(nxt) + (nxt,))
    for step in steps:  # a cycle cannot reach here (the loader refuses it); stay total anyway
        column.setdefault(step.id, 0)
    return column


class _PrefixMax:
    """Fenwick tree: the largest column among dated steps that start before a given date."""

    def __init__(self, size: int):
        self.tree = [-1] * (size + 1)

    def update(self, rank: int, value: int) -> None:
        i = rank + 1
        while i < len(self.tree):
            self.tree[i] = max(self.tree[i], value)
            i += i & -i

    def query(self, rank: int) -> int:
        """Maximum over ranks strictly below `rank`."""
        best, i = -1, rank
        while i > 0:
            best = max(best, self.tree[i])
            i -= i & -i
        return best
