"""The golden-file helper itself: a missing golden fails, a different one fails with a diff,
and only PROCESREGELS_REGENERATE=1 writes."""

from __future__ import annotations

from pathlib import Path

import pytest

from golden import REGENERATE_VARIABLE, assert_golden


def test_missing_golden_fails(tmp_path, monkeypatch) -> None:
    monkeypatch.delenv(REGENERATE_VARIABLE, raising=False)
    golden = tmp_path / "missing.txt"
    with pytest.raises(pytest.fail.Exception, match="missing golden file"):
        assert_golden(golden, "text\n")
    assert not golden.exists()


def test_different_output_fails_with_a_diff(tmp_path, monkeypatch) -> None:
    monkeypatch.delenv(REGENERATE_VARIABLE, raising=False)
    golden = tmp_path / "g.txt"
    golden.write_text("one\ntwo\n", encoding="utf-8")
    with pytest.raises(pytest.fail.Exception, match=r"(?s)-two.*\+three"):
        assert_golden(golden, "one\nthree\n")
    assert_golden(golden, "one\ntwo\n")


def test_regenerate_writes(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv(REGENERATE_VARIABLE, "1")
    golden = tmp_path / "sub" / "new.txt"
    assert_golden(golden, "fresh ✓\n")
    assert golden.read_text(encoding="utf-8") == "fresh ✓\n"


def test_no_other_golden_mechanism_in_the_tests() -> None:
    from conftest import ROOT

    for path in (ROOT / "tests").rglob("*.py"):
        if path.resolve() == Path(__file__).resolve():
            continue
        text = path.read_text(encoding="utf-8")
        assert "REGENERATE_GOLDENS" not in text, path
        if path.name != "golden.py":
            assert 'environ.get("PROCESREGELS_REGENERATE")' not in text, path
