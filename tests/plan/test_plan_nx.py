"""The plan as a networkx graph: `procesregels.plan_graph` and `graph --format graphml|json`."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import networkx as nx
from click.testing import CliRunner

import procesregels
from procesregels.cli import cli
from procesregels.plan.loader import load_plan

ROOT = Path(__file__).resolve().parents[2]
PLAN = ROOT / "docs" / "voorbeeld" / "marktplein.yaml"


def _expected(plan):
    nodes = {f"step:{s.id}" for s in plan.steps} | {f"actor:{a}" for a in plan.actors}
    edges = {(f"step:{b}", f"step:{s.id}") for s in plan.steps for b in s.after}
    edges |= {(f"actor:{s.owner}", f"step:{s.id}") for s in plan.steps if s.owner}
    edges |= {(f"actor:{a}", f"step:{s.id}") for s in plan.steps for a in s.participants}
    return nodes, edges


def test_plan_graph_has_a_node_per_step_and_actor_and_the_three_relations():
    plan = load_plan(PLAN)
    graph = procesregels.plan_graph(plan)
    assert isinstance(graph, nx.DiGraph)
    nodes, edges = _expected(plan)
    assert set(graph.nodes) == nodes and set(graph.edges) == edges
    step = plan.steps[1]
    assert graph.nodes[f"step:{step.id}"]["kind"] == step.kind
    relations = {data["relation"] for _, _, data in graph.edges(data=True)}
    assert relations == {"after", "owns", "takes-part"}
    for actor, level in step.participants.items():
        assert graph.edges[f"actor:{actor}", f"step:{step.id}"]["level"] == level


def test_graphml_reads_back_to_the_same_nodes_and_edges(tmp_path):
    out = tmp_path / "plan.graphml"
    result = CliRunner().invoke(cli, ["graph", str(PLAN), "--format", "graphml", "-o", str(out)])
    assert result.exit_code == 0, result.output
    read = nx.read_graphml(out)
    expected = procesregels.plan_graph(load_plan(PLAN))
    assert set(read.nodes) == set(expected.nodes) and set(read.edges) == set(expected.edges)
    for node, data in expected.nodes(data=True):
        assert read.nodes[node] == data
    for a, b, data in expected.edges(data=True):
        assert read.edges[a, b] == data


def test_node_link_json_reads_back(tmp_path):
    result = CliRunner().invoke(cli, ["graph", str(PLAN), "--format", "json"])
    assert result.exit_code == 0
    read = nx.node_link_graph(json.loads(result.output), edges="edges")
    expected = procesregels.plan_graph(load_plan(PLAN))
    assert set(read.nodes) == set(expected.nodes) and set(read.edges) == set(expected.edges)


def test_lint_never_imports_networkx(tmp_path):
    code = ("import sys; from procesregels.cli import main; sys.argv=['procesregels','lint',%r]\n"
            "try:\n main()\nexcept SystemExit:\n pass\n"
            "assert 'networkx' not in sys.modules, 'networkx on the lint path'" % str(PLAN))
    subprocess.run([sys.executable, "-c", code], check=True, capture_output=True)
