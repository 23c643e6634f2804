"""Shared test setup: Hypothesis profiles and small helpers.

`ci` (default) runs a few hundred examples per property; `thorough` runs thousands:
    HYPOTHESIS_PROFILE=thorough pytest
"""

from __future__ import annotations

import os
from pathlib import Path

from hypothesis import HealthCheck, settings

from chromium import browser  # noqa: F401  (the Chromium fixture, for every browser test)

settings.register_profile(
    "ci", max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "thorough", max_examples=3000, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
#: The project's copy of the contract, and its worked example (never skipped: it is in the repository).
SPEC = ROOT / "docs" / "spec"
SPEC_EXAMPLES = SPEC / "examples"

#: Reports carry the date of the check; tests pin it the way reproducible builds do, so golden
#: files stay stable. Set for the whole run (subprocesses inherit it) before any test starts.
PINNED_EPOCH = "1780000000"  # 28 May 2026
os.environ["SOURCE_DATE_EPOCH"] = PINNED_EPOCH
