"""Shared test setup: Hypothesis profiles and small helpers.

`ci` (default) runs a few hundred examples per property; `thorough` runs thousands:
    HYPOTHESIS_PROFILE=thorough pytest
"""

from __future__ import annotations

import os
from pathlib import Path

from hypothesis import HealthCheck, settings

from chromium import browser  # noqa: F401  (the Chromium fixture, for every browser test)

# The default profile draws the same examples on every run (derandomize): a run that fails can be
# repeated, and a landing is not decided by the draw. New ground is explored with the random
# "thorough" profile (HYPOTHESIS_PROFILE=thorough), and what it finds becomes a plain test.
settings.register_profile(
    "ci", max_examples=200, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
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
