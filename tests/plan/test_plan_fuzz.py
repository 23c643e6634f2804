"""Property tests: no input makes the plan loader raise anything but PlanError, or take long.

Random text, random bytes, and valid plans (YAML, JSON, BPMN) mutated as text (characters cut, inserted,
lines swapped) and as data (keys dropped, values replaced by other values of any type).
"""

from __future__ import annotations

import json
import time

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from procesregels.errors import PlanError
from procesregels.plan.model import Plan
from procesregels.plan.loader import load_plan, parse_plan
from procesregels.core.vocabulary import standard

from conftest import DATA

EXAMPLE_TEXT = (DATA / "plans" / "marktplein.yaml").read_text(encoding="utf-8")
EXAMPLE_DATA = yaml.safe_load(EXAMPLE_TEXT)
# CPU time of this process, not wall time: other jobs on a busy machine must not fail the test.
LIMIT_SECONDS = 1.0


def _loads_or_refuses(text: str, path: str = "fuzz.yaml") -> None:
    started = time.process_time()
    try:
        plan = parse_plan(text, path, standard())
    except PlanError as error:
        rendered = error.render()  # rendering must not fail either
        assert rendered and error.span is not None
        assert error.span.line >= 1 and error.span.column >= 1
    else:
        assert isinstance(plan, Plan)
        _check_invariants(plan)
    assert time.process_time() - started < LIMIT_SECONDS


def _check_invariants(plan: Plan) -> None:
    """What the engine relies on after a successful load."""
    vocabulary = standard()
    ids = [step.id for step in plan.steps]
    assert len(ids) == len(set(ids))
    for step in plan.steps:
        assert (step.start is None) == (step.end is None)
        if step.start is not None:
            assert step.start <= step.end
        assert vocabulary.kind(step.kind) == step.kind
        assert all(name in ids for name in step.after)
        assert all(actor in plan.actors for actor in step.participants)
        assert all(vocabulary.level(level) == level for level in step.participants.values())
        assert step.owner is None or step.owner in plan.actors
    for actor in plan.actors.values():
        assert vocabulary.role(actor.role) == actor.role


@given(st.text(max_size=400))
def test_random_text(text):
    _loads_or_refuses(text)


@given(st.text(alphabet=st.sampled_from(list("{}[]:,-&*!|>'\"#% \n\tabc123")), max_size=300))
def test_random_yaml_punctuation(text):
    _loads_or_refuses(text)


_STANDARD_TAGS = ["!!int", "!!float", "!!bool", "!!null", "!!timestamp", "!!str", "!!binary", "!!map", "!!seq", "!"]


@given(st.sampled_from(_STANDARD_TAGS), st.text(alphabet=st.sampled_from(list("0123456789-+.:_eExXoO abnuyT")), max_size=12),
       st.booleans())
def test_explicit_tag_on_any_value(tag, value, as_key):
    """A standard tag written by hand before any value: PyYAML's constructors trust the resolver
    and fail inside on an empty or odd value (`!!int` alone, `!!bool x`); never a traceback."""
    line = f"{tag} {value}: x" if as_key else f"kind: {tag} {value}"
    _loads_or_refuses(f"plan: x\nsteps:\n  - id: a\n    {line}\n")


def test_explicit_tag_without_value_is_located():
    for tag in ("!!int", "!!float", "!!bool"):
        try:
            parse_plan(f"plan: x\nsteps: {tag}\n", "tagged.yaml", standard())
        except PlanError as error:
            assert (error.span.line, error.span.column) == (2, 8), error.render()
            assert tag in error.render()
        else:
            raise AssertionError(f"{tag} without a value was accepted")


@given(st.text(max_size=300))
def test_random_text_as_json(text):
    _loads_or_refuses(text, "fuzz.json")


BPMN_TEXT = (DATA / "plans" / "marktplein.bpmn").read_text(encoding="utf-8")


@given(st.integers(0, len(BPMN_TEXT)), st.integers(0, 40), st.text(max_size=20))
def test_mutated_bpmn(position, cut, inserted):
    _loads_or_refuses(BPMN_TEXT[:position] + inserted + BPMN_TEXT[position + cut:], "fuzz.bpmn")


@given(st.text(max_size=300))
def test_random_text_as_bpmn(text):
    _loads_or_refuses(text, "fuzz.bpmn")


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=400))
def test_random_bytes(tmp_path, data):
    target = tmp_path / "fuzz.yaml"
    target.write_bytes(data)
    started = time.process_time()
    try:
        load_plan(target, standard())
    except PlanError as error:
        assert error.render()
    assert time.process_time() - started < LIMIT_SECONDS


@st.composite
def mutated_text(draw):
    text = EXAMPLE_TEXT
    for _ in range(draw(st.integers(1, 3))):
        kind = draw(st.sampled_from(["cut", "insert", "swap", "duplicate"]))
        position = draw(st.integers(0, len(text)))
        if kind == "cut":
            text = text[:position] + text[position + draw(st.integers(1, 30)):]
        elif kind == "insert":
            text = text[:position] + draw(st.text(max_size=20)) + text[position:]
        else:
            lines = text.split("\n")
            first, second = draw(st.integers(0, len(lines) - 1)), draw(st.integers(0, len(lines) - 1))
            if kind == "swap":
                lines[first], lines[second] = lines[second], lines[first]
            else:
                lines.insert(second, lines[first])
            text = "\n".join(lines)
    return text


@given(mutated_text())
def test_mutated_plan_text(text):
    _loads_or_refuses(text)


_SCALARS = st.one_of(
    st.none(), st.booleans(), st.integers(-10, 10**9), st.floats(allow_nan=False), st.text(max_size=12),
    st.sampled_from(["consult", "raadplegen", "residents", "kaders", "2026-02-30", "2026-03-01", "6 weken",
                     "enquete", "deelnemers", "hoog", "R9", ""]),
)
_VALUES = st.recursive(_SCALARS, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(
    st.text(max_size=8), inner, max_size=3), max_leaves=8)


def _paths(value, prefix=()):
    yield prefix
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _paths(item, (*prefix, index))


@st.composite
def mutated_data(draw):
    data = json.loads(json.dumps(EXAMPLE_DATA, default=str))
    for _ in range(draw(st.integers(1, 3))):
        paths = [p for p in _paths(data) if p]
        path = draw(st.sampled_from(paths))
        parent = data
        for part in path[:-1]:
            parent = parent[part]
        if draw(st.booleans()):
            parent[path[-1]] = draw(_VALUES)
        elif isinstance(parent, dict):
            del parent[path[-1]]
        else:
            parent.pop(path[-1])
    return data


@given(mutated_data(), st.booleans())
def test_mutated_plan_data(data, as_json):
    if as_json:
        _loads_or_refuses(json.dumps(data), "fuzz.json")
    else:
        _loads_or_refuses(yaml.safe_dump(data, allow_unicode=True), "fuzz.yaml")
