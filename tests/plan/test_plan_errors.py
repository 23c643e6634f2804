"""Plans that cannot be checked: each gives one located PlanError with a fixed text.

Paired fixtures: `data/plans/errors/<name>.yaml` (or `.json`, `.bpmn`) and `<name>.txt`, the exact text
of `PlanError.render()`. A name ending in `.nl` is rendered in Dutch. After a deliberate change
of wording, regenerate the texts with `PROCESREGELS_REGENERATE=1` (tests/golden.py) and review the diff.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from procesregels.errors import PlanError
from procesregels.plan.loader import load_plan, parse_plan
from procesregels.plan.readers.source_tree import MAX_BYTES
from procesregels.core.vocabulary import standard

from conftest import DATA
from golden import assert_golden

PLANS = DATA / "plans"
ERRORS = PLANS / "errors"
# `<name>.bpmn.yaml` is the side file of `<name>.bpmn`, not a case of its own.
CASES = sorted(p for p in ERRORS.iterdir()
               if p.suffix in (".yaml", ".json", ".bpmn") and not p.name.endswith(".bpmn.yaml"))


def _render(case: Path) -> str:
    lang = "nl" if case.stem.endswith(".nl") else "en"
    started = time.process_time()
    with pytest.raises(PlanError) as raised:
        load_plan(case.relative_to(PLANS).as_posix(), standard(), lang=lang)
    assert time.process_time() - started < 2, "bad input must be refused quickly"
    return raised.value.render() + "\n"


@pytest.mark.parametrize("case", CASES, ids=lambda p: p.name)
def test_error_text(case: Path, monkeypatch):
    monkeypatch.chdir(PLANS)
    assert_golden(case.with_suffix(".txt"), _render(case))


def test_every_expected_text_has_an_input():
    inputs = {p.stem for p in CASES}
    assert sorted(p.stem for p in ERRORS.glob("*.txt") if p.stem not in inputs) == []


def test_enough_cases():
    assert len(CASES) >= 20


def test_huge_file_is_refused_without_reading_it(tmp_path):
    huge = tmp_path / "huge.yaml"
    line = "# " + "x" * 97 + "\n"
    huge.write_text("plan: groot\n" + line * (MAX_BYTES // len(line) + 10), encoding="utf-8")
    with pytest.raises(PlanError) as raised:
        load_plan(huge, standard())
    assert raised.value.render() == (
        f"{huge}:1:1: error: the plan is {huge.stat().st_size} bytes; a plan may be at most 5242880 bytes"
    )
    with pytest.raises(PlanError, match="at most 5242880 bytes"):
        parse_plan(huge.read_text(encoding="utf-8"), "huge.yaml", standard())


def test_missing_file_is_a_plan_error(tmp_path):
    with pytest.raises(PlanError, match="cannot read the plan"):
        load_plan(tmp_path / "absent.yaml", standard())


def test_wide_alias_bomb_is_refused_quickly():
    # Nine levels of ten aliases each would expand to 10**9 values.
    lines = ["plan: bom", "attributes:", "  l0: &l0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [f"  l{i}: &l{i} [{', '.join([f'*l{i - 1}'] * 10)}]" for i in range(1, 10)]
    started = time.process_time()
    with pytest.raises(PlanError, match="more than 1000000 values"):
        parse_plan("\n".join(lines) + "\n", "bomb.yaml", standard())
    assert time.process_time() - started < 2


def test_very_deep_nesting_is_refused_quickly():
    text = "plan: diep\nattributes:\n  x: " + "[" * 200_000 + "]" * 200_000 + "\n"
    with pytest.raises(PlanError, match="nested more than 64 levels"):
        parse_plan(text, "deep.yaml", standard())
    with pytest.raises(PlanError, match="nested more than 64 levels"):
        parse_plan('{"x": ' + "[" * 200_000 + "]" * 200_000 + "}", "deep.json", standard())


def test_messages_exist_in_both_languages():
    from procesregels import i18n as messages

    keys = [key for key in messages.CATALOGUE if key.startswith("error.plan.")]
    assert len(keys) > 50
    for key in keys:
        entry = messages.CATALOGUE[key]
        assert set(entry) == {"en", "nl"}, key
        assert messages.placeholders(entry["en"]) == messages.placeholders(entry["nl"]), key
