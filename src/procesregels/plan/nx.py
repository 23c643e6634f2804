"""The plan as a networkx graph: the public model of a plan for programs and network tools.

`plan_graph(plan)` gives an `nx.DiGraph` with a node per step and per actor, each carrying its
data as attributes, and three kinds of edges (attribute `relation`):

- `after`: from the earlier step to the later one (A -> B when B lists A in `after`), so edges
  point the way time goes;
- `owns`: from an actor to a step it owns (with `level` too when the owner also takes part);
- `takes-part`: from an actor to a step it takes part in, with its `level`.

Node ids are `step:<id>` and `actor:<id>`, so a step and an actor may share an id. GraphML and
node-link JSON hold only text, numbers and booleans: dates are written as year-month-day text,
lists as comma-separated text, and an absent value is left out. networkx is imported here
only, never on the way of `lint`.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from procesregels.plan.model import Plan

if TYPE_CHECKING:
    import networkx as nx


def plan_graph(plan: Plan) -> nx.DiGraph:
    """The plan as an `nx.DiGraph` (see the module docstring)."""
    import networkx as nx

    graph = nx.DiGraph(plan=plan.plan, order=plan.order)
    if plan.municipality:
        graph.graph["municipality"] = plan.municipality
    for actor_id, actor in plan.actors.items():
        graph.add_node(f"actor:{actor_id}", **_clean({"type": "actor", "id": actor_id, "role": actor.role,
                                                      "name": actor.name, "implicit": actor.implicit}))
    for step in plan.steps:
        graph.add_node(f"step:{step.id}", **_clean({
            "type": "step", "id": step.id, "title": step.title, "kind": step.kind, "phase": step.phase,
            "owner": step.owner, "start": step.start, "end": step.end, "optional": step.optional,
            "description": step.description,
        }))
    for step in plan.steps:
        for before in step.after:
            graph.add_edge(f"step:{before}", f"step:{step.id}", relation="after")
        if step.owner is not None and step.owner in plan.actors:
            graph.add_edge(f"actor:{step.owner}", f"step:{step.id}", relation="owns")
        for actor_id, level in step.participants.items():
            if graph.has_edge(f"actor:{actor_id}", f"step:{step.id}"):  # the owner takes part too
                graph.edges[f"actor:{actor_id}", f"step:{step.id}"]["level"] = level
            else:
                graph.add_edge(f"actor:{actor_id}", f"step:{step.id}", relation="takes-part", level=level)
    return graph


def _clean(data: dict[str, Any]) -> dict[str, Any]:
    """Attributes that GraphML can hold: no None, dates as text."""
    return {key: value.isoformat() if hasattr(value, "isoformat") else value
            for key, value in data.items() if value is not None}


def graphml(plan: Plan) -> str:
    """The plan graph as GraphML (for Gephi, yEd and other network tools)."""
    import networkx as nx

    return "\n".join(nx.generate_graphml(plan_graph(plan), prettyprint=True)) + "\n"


def node_link_json(plan: Plan) -> str:
    """The plan graph as networkx node-link JSON (for programs), stable bytes."""
    import networkx as nx

    data = nx.node_link_data(plan_graph(plan), edges="edges")
    return json.dumps(data, indent=2, ensure_ascii=False, sort_keys=True) + "\n"
