"""procesregels: check planned participation processes against a council's participation rules.

Use from Python::

    from procesregels import load_ruleset, load_plan, lint_plan

    ruleset = load_ruleset("national")
    plan = load_plan("plan.yaml", ruleset.vocabulary())
    for finding in lint_plan(ruleset, plan).findings:
        print(finding.rule, finding.message)

The names of `__all__` are imported on first use (PEP 562), so `import procesregels` and
`procesregels --version` stay light.
"""

from __future__ import annotations

from typing import Any

from procesregels._version import __version__

#: Public name -> (module, attribute in it).
_PUBLIC = {
    "parse_ruleset": ("procesregels.ruleset.loader", "parse_ruleset"),
    "load_ruleset": ("procesregels.ruleset.loader", "load_ruleset"),
    "load_plan": ("procesregels.plan.loader", "load_plan"),
    "plan_graph": ("procesregels.plan.nx", "plan_graph"),
    "lint_plan": ("procesregels.engine.run", "lint_plan"),
    "lint": ("procesregels.engine.run", "lint"),
    "compare_rulesets": ("procesregels.comparison.compare", "compare_rulesets"),
    "compare": ("procesregels.comparison.compare", "compare_rulesets"),  # the older name
}

__all__ = ["__version__", *_PUBLIC]


def __getattr__(name: str) -> Any:
    if name not in _PUBLIC:
        raise AttributeError(f"module 'procesregels' has no attribute {name!r}")
    import importlib

    module, attribute = _PUBLIC[name]
    value = getattr(importlib.import_module(module), attribute)
    globals()[name] = value  # found once, then an ordinary attribute
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_PUBLIC})
