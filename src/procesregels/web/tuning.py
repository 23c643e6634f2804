"""Prepare the server process before it answers: the work of the first request done once, and the
garbage collector set for a long-running process that keeps many results in its caches.

Measured (bench/bench_serve.py --vary, profiled in-process): an uncached lint of a 50-step plan
spent about a third of its CPU time in the cyclic garbage collector. Reading a plan allocates
thousands of containers, so with CPython's default thresholds (700, 10, 10) the young generation
is collected every few hundred allocations and the oldest generation, which holds the imported
modules and the cached rulesets and results, is walked again and again. Nearly all of these
objects are freed by reference counting; the collector only finds cycles, so collecting less
often changes no answer, only when the rare cyclic garbage is reclaimed.
"""

from __future__ import annotations

import gc
from pathlib import Path

from procesregels.errors import ProcesregelsError

# The young generation every 50,000 net allocations (a few checks of a large plan), the older ones
# rarely: a full collection walks every cached object.
THRESHOLDS = (50_000, 50, 100)


def warm_up(workspace: Path) -> None:
    """Import the lint path, build the plan validators and load the workspace's default ruleset, so
    the first request does not pay for them (a ruleset that cannot be read is left for the request
    to report)."""
    from procesregels.engine import run  # noqa: F401  (imported for its side effect: loaded once)
    from procesregels.plan import loader
    from procesregels.plan.starter import starter_plan
    from procesregels.reporters import json  # noqa: F401
    from procesregels.web import checking

    loader.parse_plan(starter_plan("nl", "plan.yaml"), "plan.yaml")  # reads like any plan: builds what reading needs

    try:
        checking.load(workspace, checking.default_ruleset(workspace))
    except (ProcesregelsError, checking.UnknownRuleset, OSError):
        pass


def prepare_process(workspace: Path) -> None:
    """Warm up, then move everything alive now (modules, the loaded ruleset) out of the collector's
    sight and make collections rarer. Only for the `serve` process, which owns its interpreter.

    A plan's models are made by pydantic's validators here, not field by field (plan/shape.py
    PLAIN_FIRST): that shortcut saves a one-off command the building of the validators, but a
    server builds them once, and then they are faster per plan (50 steps: 4.35 against 4.72 ms
    for the whole reading, median of 7; the same models, a test of the plan stage proves it)."""
    from procesregels.plan import shape

    shape.PLAIN_FIRST = False
    warm_up(workspace)
    gc.collect()
    gc.freeze()
    gc.set_threshold(*THRESHOLDS)
