"""The serve process is prepared once: the default ruleset loaded, the collector set for a server."""

from __future__ import annotations

import gc

import pytest

from procesregels.web import checking, tuning


@pytest.fixture
def restore_gc():
    thresholds = gc.get_threshold()
    yield
    gc.unfreeze()
    gc.set_threshold(*thresholds)


def test_prepare_loads_the_default_ruleset_and_sets_the_collector(tmp_path, restore_gc):
    tuning.prepare_process(tmp_path)
    path = checking.ruleset_path(tmp_path, checking.DEFAULT_RULESET)
    assert checking._rulesets.get((str(path), path.stat().st_mtime_ns)) is not None
    assert gc.get_threshold() == tuning.THRESHOLDS
    assert gc.get_freeze_count() > 0


def test_a_workspace_whose_ruleset_cannot_be_read_still_starts(tmp_path, restore_gc):
    (tmp_path / "procesregels.toml").write_text('ruleset = "kapot.rules"\n', encoding="utf-8")
    (tmp_path / "kapot.rules").write_text("this is not a ruleset\n", encoding="utf-8")
    assert checking.default_ruleset(tmp_path) == "kapot.rules"
    tuning.prepare_process(tmp_path)  # the error is the first request's to report, not the start's
    assert gc.get_threshold() == tuning.THRESHOLDS
