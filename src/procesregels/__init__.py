"""procesregels: check planned participation processes against a council's participation rules.

The public API is small and symmetric; heavy modules are imported on first use so that
`procesregels --version` stays fast.
"""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__", "parse_ruleset", "load_ruleset", "load_plan", "lint", "compare"]


def __getattr__(name: str):
    # Lazy public API: `from procesregels import lint` imports the engine only when asked.
    if name in ("parse_ruleset", "load_ruleset"):
        from procesregels.ruleset import loader as ruleset_loader

        return getattr(ruleset_loader, name)
    if name == "load_plan":
        from procesregels.plan.loader import load_plan

        return load_plan
    if name == "lint":
        from procesregels.engine.run import lint

        return lint
    if name == "compare":
        from procesregels.comparison.compare import compare

        return compare
    raise AttributeError(name)
