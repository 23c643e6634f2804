"""The branches of a BPMN split gateway: for each outgoing flow, the steps only it reaches.

Steps that several branches reach (everything after the join) happen whichever branch is
taken, so they belong to no option. Branches that merge again before the join (1 and 2 join,
then 3 joins them) cannot be said as a choice of the plan format; their shared steps are
treated as happening in every case.
"""

from __future__ import annotations

from typing import Iterable


def branch_steps(gateway: str, flows: Iterable[tuple[str, str, object]], steps: set[str],
                 nodes: dict) -> list[list[str]]:
    """One list of step ids per outgoing flow of `gateway` (in document order), or [] when the
    gateway does not split."""
    outgoing: dict[str, list[str]] = {}
    for source, target, _ in flows:
        outgoing.setdefault(source, []).append(target)
    starts = outgoing.get(gateway, [])
    if len(starts) < 2:
        return []
    reached = [_reach(start, gateway, outgoing) & steps for start in starts]
    order = {node_id: index for index, node_id in enumerate(nodes)}
    options = []
    for index, reach in enumerate(reached):
        others = set().union(*(r for j, r in enumerate(reached) if j != index))
        options.append(sorted(reach - others, key=lambda node_id: order.get(node_id, 0)))
    return options


def _reach(start: str, gateway: str, outgoing: dict[str, list[str]]) -> set[str]:
    """Every node reachable from `start` without passing through `gateway` again."""
    seen, pending = {start}, [start]
    while pending:
        for target in outgoing.get(pending.pop(), []):
            if target not in seen and target != gateway:
                seen.add(target)
                pending.append(target)
    return seen
