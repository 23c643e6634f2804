"""The record type behaves as the dataclasses it replaced: the same equality, hash, ordering and
repr as a dataclass with the same fields (the oracle here), `replace`, pickling and copying."""

from __future__ import annotations

import copy
import dataclasses
import pickle
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from procesregels.commands.config import Config
from procesregels.core.record import Record, field_names, replace
from procesregels.engine.findings import Finding, PlanReport, Report, Witness
from procesregels.plan.readers.source_tree import SourceTree
from procesregels.plan.salvage import Broken
from procesregels.span import Span


@dataclasses.dataclass(frozen=True, order=True)
class _SpanAsDataclass:
    path: str
    line: int
    column: int
    end_line: int | None = None
    end_column: int | None = None
    cell: str | None = None


def _as_dataclass(span: Span) -> _SpanAsDataclass:
    return _SpanAsDataclass(*(getattr(span, name) for name in field_names(span)))


spans = st.builds(Span, st.sampled_from(["a.yaml", "b.yaml"]), st.integers(1, 3), st.integers(1, 3),
                  st.none() | st.integers(1, 3), st.none() | st.integers(1, 3), st.none() | st.just("stappen!D7"))


@given(spans, spans)
def test_a_span_compares_as_the_frozen_ordered_dataclass_did(a: Span, b: Span) -> None:
    old_a, old_b = _as_dataclass(a), _as_dataclass(b)
    assert (a == b) == (old_a == old_b)
    assert (a != b) == (old_a != old_b)
    assert hash(a) == hash(old_a)
    for compare in ("__lt__", "__le__", "__gt__", "__ge__"):
        try:
            expected: Any = getattr(old_a, compare)(old_b)
        except TypeError:  # None against a number, when the fields before are equal
            with pytest.raises(TypeError):
                getattr(a, compare)(b)
            continue
        assert getattr(a, compare)(b) == expected
    assert repr(a) == repr(old_a).replace("_SpanAsDataclass(", "Span(")


def test_a_record_is_not_equal_to_a_tuple_or_another_record_type() -> None:
    span = Span("a.yaml", 1, 2)
    assert span != ("a.yaml", 1, 2, None, None, None)
    assert Witness() != Config()
    with pytest.raises(TypeError):
        _ = span < ("a.yaml", 1, 2)
    with pytest.raises(TypeError):
        _ = Witness() < Witness()  # only an OrderedRecord is ordered


def _finding(**changes: Any) -> Finding:
    finding = Finding("R1", "violation", "error", "stap", Span("a.yaml", 3, 4), "finding.key")
    return replace(finding, **changes)


def test_uncompared_and_unshown_fields_keep_their_meaning() -> None:
    # Finding.plan_keys was `field(compare=False)`: left out of equality and hash, still in the repr.
    assert _finding(plan_keys="nl") == _finding(plan_keys="en")
    assert hash(_finding(plan_keys="nl")) == hash(_finding(plan_keys="en"))
    assert repr(_finding(plan_keys="nl")).endswith("layer=None, plan_keys='nl')")
    # PlanReport.plan and Report.ruleset were `field(compare=False, repr=False)`.
    report = PlanReport("a.yaml", "A", (_finding(),), 1, 0)
    assert replace(report, plan=object()) == report
    assert "plan=" not in repr(report) and "rules=()" in repr(report)
    whole = Report("R", None, None, (report,))
    assert replace(whole, ruleset=object()) == whole
    assert repr(whole) == f"Report(ruleset_name='R', ruleset_version=None, ruleset_path=None, plans=({report!r},), lang='en')"


def test_replace_changes_the_named_fields_only() -> None:
    finding = _finding()
    moved = replace(finding, span=Span("a.yaml", 9, 1), severity="warning")
    assert (moved.span, moved.severity, moved.rule, moved.message) == (Span("a.yaml", 9, 1), "warning", "R1", "finding.key")
    assert finding.severity == "error"
    with pytest.raises(TypeError, match="no field 'colour'"):
        replace(finding, colour="red")


def test_mutable_records_are_not_hashable_and_get_fresh_defaults() -> None:
    with pytest.raises(TypeError):
        hash(Broken())
    first, second = SourceTree(None, "", "a.yaml"), SourceTree(None, "", "a.yaml")
    first.values[("steps",)] = Span("a.yaml", 1, 1)
    assert second.values == {} and first != second


@pytest.mark.parametrize("value", [Span("a.yaml", 1, 2, 1, 5), _finding(plan_keys="nl"), Config(select=("R1",)),
                                   PlanReport("a.yaml", "A", (_finding(),), 1, 0, rules=())])
def test_records_pickle_and_copy(value: Record) -> None:
    for again in (pickle.loads(pickle.dumps(value)), copy.copy(value), copy.deepcopy(value)):
        assert type(again) is type(value) and again == value and repr(again) == repr(value)


def test_a_record_s_fields_are_its_slots_and_its_constructor_s_parameters() -> None:
    with pytest.raises(TypeError, match="must be its __slots__"):
        class _Missing(Record):
            __slots__ = ("a", "b")

            def __init__(self, a: int) -> None:
                self.a = a
    with pytest.raises(TypeError, match="must name some of them"):
        class _Typo(Record, uncompared=("c",)):
            __slots__ = ("a",)

            def __init__(self, a: int) -> None:
                self.a = a
    assert field_names(Span) == ("path", "line", "column", "end_line", "end_column", "cell")
