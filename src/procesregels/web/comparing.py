"""Comparing rulesets for the compare page and `POST /api/compare`: the same run as `procesregels compare`."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from procesregels.web import checking


def compare_data(workspace: Path, names: Sequence[str], lang: str, *, examples: bool | None = None) -> dict[str, Any]:
    """The JSON of docs/spec/CLI.md ("Output of compare") for rulesets named as on the pages."""
    from procesregels.commands.compare import run, wants_examples
    from procesregels.comparison.render import comparison_json

    rulesets = [checking.load(workspace, name) for name in names]
    comparisons = run(rulesets, examples=wants_examples(examples, "json", len(rulesets)))
    return comparison_json(rulesets, comparisons, lang)


def compare_text(texts: Sequence[str], lang: str, *, examples: bool | None = None) -> dict[str, Any]:
    """The same for rulesets given as text (the API); `extends` may name bundled rulesets only."""
    from procesregels.commands.compare import run, wants_examples
    from procesregels.comparison.render import comparison_json
    from procesregels.ruleset.loader import load_ruleset_text

    rulesets = []
    for number, text in enumerate(texts):
        path = Path(f"ruleset-{number + 1}.rules")
        checking.refuse_outside(text, path, None, lang)
        rulesets.append(load_ruleset_text(text, path))
    comparisons = run(rulesets, examples=wants_examples(examples, "json", len(rulesets)))
    return comparison_json(rulesets, comparisons, lang)
