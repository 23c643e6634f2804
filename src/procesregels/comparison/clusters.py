"""Which municipalities stand together: communities of the similarity graph of the matrix.

With three or more rulesets, `compare` shows a matrix of rule themes against each ruleset (how it
compares with the reference). An advisor wants similar municipalities side by side and wants to
know what sets each group apart. Each ruleset is a node; two rulesets are linked with, as weight,
the share of themes on which they compare with the reference the same way. The communities of
that graph (greedy modularity, networkx, imported here only) are the groups; a group is
described by the themes on which all its members agree and no ruleset outside it does.
The result depends only on the matrix, never on the order of dictionaries: members and groups are
sorted (largest group first, then by its first column).
"""

from __future__ import annotations

from dataclasses import dataclass

#: At most this many themes describe a group (the most telling first: fewest outsiders alike).
MAX_APART = 5


@dataclass(frozen=True)
class Cluster:
    members: tuple[int, ...]  # column indices of the matrix
    apart: tuple[tuple[int, str], ...]  # (row index, the cell all members share)


def clusters(columns: list[str], rows: list[dict]) -> list[Cluster]:
    """The groups of the matrix's columns, each with the themes that set it apart."""
    import networkx as nx
    from networkx.algorithms.community import greedy_modularity_communities

    count = len(columns)
    weights = {(i, j): similarity(rows, i, j) for i in range(count) for j in range(i + 1, count)}
    # Only links of at least average similarity: in a graph where everyone is linked to everyone
    # with about the same weight, no grouping can beat "all together", however unlike they are.
    average = sum(weights.values()) / len(weights) if weights else 0.0
    graph = nx.Graph()
    graph.add_nodes_from(range(count))
    graph.add_weighted_edges_from((i, j, w) for (i, j), w in sorted(weights.items()) if w > 0 and w >= average)
    if graph.number_of_edges() == 0:
        groups = [[node] for node in range(count)]
    else:
        groups = [sorted(group) for group in greedy_modularity_communities(graph, weight="weight")]
    groups.sort(key=lambda group: (-len(group), group[0]))
    return [Cluster(tuple(group), _apart(group, rows, count)) for group in groups]


def similarity(rows: list[dict], i: int, j: int) -> float:
    """How alike two rulesets depart from the reference: of the themes where either of them
    departs (stricter, weaker, different, missing, extra), the share where both depart the same
    way. Agreeing with the reference, or both lacking a theme, says nothing about kinship."""
    departs = [row for row in rows if {row["cells"][i], row["cells"][j]} - {"same", "-"}]
    if not departs:
        return 1.0  # neither departs anywhere: as alike as can be
    return sum(1 for row in departs if row["cells"][i] == row["cells"][j]) / len(departs)


def _apart(group: list[int], rows: list[dict], count: int) -> tuple[tuple[int, str], ...]:
    outside = [column for column in range(count) if column not in group]
    found = []
    for index, row in enumerate(rows):
        values = {row["cells"][column] for column in group}
        if len(values) != 1:
            continue
        value = values.pop()
        if value == "-" or (not outside and value == "same"):
            continue  # the whole field alike and like the reference: nothing to tell
        alike_outside = sum(1 for column in outside if row["cells"][column] == value)
        if outside and alike_outside:
            continue
        found.append((alike_outside, value == "same", index, value))
    found.sort()
    return tuple((index, value) for _, _, index, value in found[:MAX_APART])


def order(groups: list[Cluster]) -> list[int]:
    """The matrix's column indices in group order."""
    return [column for group in groups for column in group.members]


def describe(group: Cluster, columns: list[str], rows: list[dict], cell_words) -> list[str]:
    """`theme: cell` for each theme that sets the group apart, in words of the report's language."""
    return [f"{rows[index]['theme']}: {cell_words(value)}" for index, value in group.apart]
