"""The one golden-file mechanism of the tests: `assert_golden(path, actual)`.

A golden file holds the exact expected text of an output (a report, an error message, a
comparison). After a deliberate change of wording or layout, regenerate every golden file with

    PROCESREGELS_REGENERATE=1 .venv/bin/python -m pytest -q

and read the diff before committing it. Without that variable a missing golden file FAILS: a
test that writes its own expectation and passes proves nothing.
"""

from __future__ import annotations

import difflib
import os
from pathlib import Path

import pytest

REGENERATE_VARIABLE = "PROCESREGELS_REGENERATE"


def regenerating() -> bool:
    return os.environ.get(REGENERATE_VARIABLE) == "1"


def assert_golden(path: Path, actual: str) -> None:
    """`actual` must equal the text of the golden file `path` (UTF-8); with
    PROCESREGELS_REGENERATE=1 the file is (re)written from `actual` instead."""
    if regenerating():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(actual, encoding="utf-8")
        return
    if not path.exists():
        pytest.fail(f"missing golden file {path}; write it with {REGENERATE_VARIABLE}=1 and review it")
    expected = path.read_text(encoding="utf-8")
    if actual != expected:
        diff = difflib.unified_diff(expected.splitlines(keepends=True), actual.splitlines(keepends=True),
                                    fromfile=f"{path.name} (golden)", tofile="actual")
        shown = "".join(list(diff)[:80])
        pytest.fail(f"output differs from golden file {path} (regenerate with {REGENERATE_VARIABLE}=1 "
                    f"if the change is meant):\n{shown}", pytrace=False)
