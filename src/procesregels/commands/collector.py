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
built and restores the normal thresholds for the rest of the run. Frozen objects are still
freed by reference counting; the collector no longer looks at them, which is right for objects
that live until exit anyway.

The start-up threshold is a bound, not an off switch: a command that never calls `started()`
(or a start-up that builds more than expected) is still collected, once per
`START_UP_THRESHOLD` net allocations, so memory cannot grow without limit. Tests and programs
that use the package never call `one_shot()`: their collector stays as they set it.
"""

from __future__ import annotations

import gc

#: Young-generation threshold while a command starts: above the ~40,000 objects a typical lint
#: builds before its first plan, so none of them is walked twice, and still a bound.
START_UP_THRESHOLD = 100_000

_thresholds: tuple[int, int, int] | None = None  # set by one_shot(): the thresholds to restore


def one_shot() -> None:
    """This interpreter runs one command and exits: collect rarely until `started()`. Called
    again (the entry point, then `cli.main`), it freezes what was built in between."""
    global _thresholds
    gc.freeze()
    if _thresholds is None:
        _thresholds = gc.get_threshold()
        gc.set_threshold(START_UP_THRESHOLD, *_thresholds[1:])


def started() -> None:
    """Start-up is over (lint: the ruleset is read): freeze what it built, which lives until
    the process exits, and collect normally from now on. Does nothing outside `one_shot()`."""
    global _thresholds
    if _thresholds is None:
        return
    gc.freeze()
    gc.set_threshold(*_thresholds)
    _thresholds = None
