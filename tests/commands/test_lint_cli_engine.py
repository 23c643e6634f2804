"""`lint` and `graph` end to end: the real loaders and engine on the worked example of the spec."""

from __future__ import annotations

import json
import shutil
import xml.dom.minidom

import jsonschema
import pytest
from click.testing import CliRunner

from conftest import DATA, ROOT, SPEC_EXAMPLES
from procesregels.cli import cli
from procesregels.reporters import REPORTERS



@pytest.fixture
def example(tmp_path, monkeypatch):
    """The spec's worked example in a scratch folder (the working directory), with short paths."""
    source = SPEC_EXAMPLES
    for name in ("marktplein.yaml", "marktplein.rules", "marktplein.nl.rules", "marktplein.expected.json"):
        shutil.copy(source / name, tmp_path / name)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def run(*args):
    return CliRunner().invoke(cli, list(map(str, args)))


def outcome(data):
    return sorted((f["rule"], f["category"], f["step"] or "", f["waived"]) for f in data["plans"][0]["findings"])


@pytest.mark.parametrize("ruleset", ["marktplein.rules", "marktplein.nl.rules"])
def test_json_findings_are_the_expected_ones(example, ruleset) -> None:
    result = run("lint", "marktplein.yaml", "--ruleset", ruleset, "--format", "json")
    assert result.exit_code == 1, result.output
    expected = json.loads((example / "marktplein.expected.json").read_text())
    assert outcome(json.loads(result.output)) == sorted(
        (f["rule"], f["category"], f["step"] or "", f["waived"]) for f in expected)


def test_language_follows_the_ruleset_unless_asked(example) -> None:
    english = json.loads(run("lint", "marktplein.yaml", "-r", "marktplein.rules", "-f", "json").output)
    dutch = json.loads(run("lint", "marktplein.yaml", "-r", "marktplein.nl.rules", "-f", "json").output)
    asked = json.loads(run("lint", "marktplein.yaml", "-r", "marktplein.nl.rules", "-f", "json", "--lang", "en").output)
    message = lambda data, rule: next(f["message"] for f in data["plans"][0]["findings"] if f["rule"] == rule)  # noqa: E731
    assert message(english, "R2") != message(dutch, "R2")
    assert message(asked, "R2") == message(english, "R2")


def test_text_output_is_deterministic_and_sorted(example) -> None:
    first = run("lint", "marktplein.yaml", "-r", "marktplein.rules")
    second = run("lint", "marktplein.yaml", "-r", "marktplein.rules")
    assert first.output == second.output
    assert "error R2 Residents co-produce the design [art. 4 lid 3]" in first.output
    assert "    kaders -> enquete -> ontwerp" in first.output


@pytest.mark.parametrize("fmt", sorted(REPORTERS))
def test_every_format_end_to_end(example, fmt) -> None:
    result = run("lint", "marktplein.yaml", "-r", "marktplein.rules", "-f", fmt, "-o", f"out.{fmt}")
    assert result.exit_code == 1, result.output
    if getattr(REPORTERS[fmt], "BINARY", False):
        from reporter_samples import document_text

        written = document_text((example / f"out.{fmt}").read_bytes())
        assert "Online enquête" in written  # steps by title
    else:
        written = (example / f"out.{fmt}").read_text(encoding="utf-8")
    assert "R2" in written
    if fmt == "sarif":
        schema = json.loads((DATA / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
        jsonschema.validate(json.loads(written), schema)
    if fmt == "html":
        assert written.count('class="step') >= 7


def test_select_and_ignore_reach_the_engine(example) -> None:
    only = json.loads(run("lint", "marktplein.yaml", "-r", "marktplein.rules", "-f", "json", "--select", "R2,R7").output)
    assert {f["rule"] for f in only["plans"][0]["findings"]} <= {"R2", "R7", "late-influence", "missing-role", "plan-error"}
    assert {"R2", "R7"} <= {f["rule"] for f in only["plans"][0]["findings"]}
    without = json.loads(run("lint", "marktplein.yaml", "-r", "marktplein.rules", "-f", "json", "--ignore", "R2").output)
    assert "R2" not in {f["rule"] for f in without["plans"][0]["findings"]}


def test_several_plans_give_one_report(example) -> None:
    shutil.copy(example / "marktplein.yaml", example / "copy.yaml")
    data = json.loads(run("lint", "marktplein.yaml", "copy.yaml", "-r", "marktplein.rules", "-f", "json").output)
    assert [plan["path"] for plan in data["plans"]] == ["copy.yaml", "marktplein.yaml"]
    assert outcome(data) == outcome({"plans": data["plans"][1:]})


def test_unreadable_plan_gives_exit_code_2_and_no_report(example) -> None:
    (example / "bad.yaml").write_text("plan: x\nsteps: [\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["lint", "marktplein.yaml", "bad.yaml", "-r", "marktplein.rules", "-f", "json"])
    assert result.exit_code == 2
    assert "bad.yaml:" in result.output and "Traceback" not in result.output
    assert '"version"' not in result.output


def test_unknown_ruleset_gives_exit_code_2(example) -> None:
    result = run("lint", "marktplein.yaml", "-r", "no-such-ruleset")
    assert result.exit_code == 2 and "Traceback" not in result.output


@pytest.mark.parametrize("plan", sorted((ROOT / "examples").glob("*.yaml")), ids=lambda p: p.name)
def test_bundled_examples_lint_with_the_default_ruleset(plan) -> None:
    result = run("lint", plan, "-f", "html", "-o", "/dev/null")
    assert result.exit_code in (0, 1), result.output


@pytest.mark.parametrize("fmt", ["svg", "mermaid", "dot"])
def test_graph_draws_the_plan(example, fmt) -> None:
    result = run("graph", "marktplein.yaml", "-r", "marktplein.rules", "--format", fmt)
    assert result.exit_code == 0, result.output
    assert "Raad besluit" in result.output
    if fmt == "svg":
        document = xml.dom.minidom.parseString(result.output.encode("utf-8"))
        steps = [g for g in document.getElementsByTagName("g") if "step" in g.getAttribute("class").split()]
        assert len(steps) == 7
    if fmt == "mermaid":
        assert result.output.startswith("flowchart LR\n")
    if fmt == "dot":
        assert result.output.startswith("digraph plan {")


def test_graph_of_an_unreadable_plan_gives_exit_code_2(example) -> None:
    (example / "bad.yaml").write_text("plan: [\n", encoding="utf-8")
    assert run("graph", "bad.yaml").exit_code == 2


def test_graph_prints_mermaid_by_default(example) -> None:
    result = run("graph", "marktplein.yaml", "-r", "marktplein.rules")
    assert result.exit_code == 0 and result.output.startswith("flowchart LR\n")
