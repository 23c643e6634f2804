"""The cyclic garbage collector in the process of one command-line run.

Reference counting frees nearly everything a run makes; the cyclic collector only finds reference
cycles, and to find them it walks live objects: the young ones every 700 net allocations, the
older ones every tenth and hundredth time, and every object once more when the interpreter
exits. A command keeps what its start-up builds until the process ends (the modules it imports,
the ruleset it reads), so every walk over those objects is work that frees nothing. Measured on
a `lint` of a typical plan (50 steps, 50 rules; CPU time, in-process): about 11 ms of
collections during start-up and 20 ms for the collection at exit, of a 200 ms run.

So the entry point (`procesregels.__main__.main`, and `cli.main` after it) calls `one_shot()`,
which freezes (`gc.freeze()`) what the imports so far have made and makes young collections
rare, and a command calls `started()` once its start-up is done: that freezes what start-up
built. Frozen objects are still freed by reference counting; the collector no longer looks at
them, which is right for objects that live until exit anyway.

Collections stay rare after start-up too: checking a plan builds what the report needs and keeps
it until the report is written (the plan, its graph, the findings), and with the normal
thresholds the collector walked those again every 700 allocations (CPU of `lint`, median of 3
interleaved runs: 8,000 steps 1.99 -> 1.72 s with the same peak memory, 141 MB; a typical lint
about 1 ms, a dozen young collections). This is what the server does for the same reason
(web/tuning.py), and what other one-shot Python tools that build large object graphs do.

The threshold is a bound, not an off switch: a command is still collected once per
`ONE_SHOT_THRESHOLD` net allocations, so memory cannot grow without limit. Tests and programs
that use the package never call `one_shot()`: their collector stays as they set it.
"""

from __future__ import annotations

import gc

#: Young-generation threshold of a command: above the ~40,000 objects a typical lint builds
#: before its first plan, so none of them is walked twice, and still a bound.
ONE_SHOT_THRESHOLD = 100_000

_one_shot = False  # set by one_shot(): this process runs one command


def one_shot() -> None:
    """This interpreter runs one command and exits: collect rarely. Called again (the entry
    point, then `cli.main`), it freezes what was built in between."""
    global _one_shot
    gc.freeze()
    if not _one_shot:
        _one_shot = True
        gc.set_threshold(ONE_SHOT_THRESHOLD, *gc.get_threshold()[1:])


def started() -> None:
    """Start-up is over (lint: the ruleset is read): freeze what it built, which lives until
    the process exits. Does nothing outside `one_shot()`."""
    if _one_shot:
        gc.freeze()
