"""The `compare` command behind the CLI: load the rulesets, compare, add confirmed example plans,
write the chosen format."""

from __future__ import annotations

import io
import json
from typing import Sequence, TextIO

from procesregels.commands import progress_bar
from procesregels.comparison.compare import Comparison, compare_rulesets
from procesregels.ruleset.model import Ruleset

FORMATS = ("text", "markdown", "json", "csv", "html")
#: From this many rulesets on, a person at a terminal sees a progress bar.
PROGRESS_MIN_RULESETS = 10


#: From this many rulesets on, example plans are only searched when asked for: a matrix over
#: many municipalities has thousands of differences, and the search runs the engine for each.
EXAMPLES_MAX_RULESETS = 10


def wants_examples(asked: bool | None, fmt: str, count: int) -> bool:
    """Whether to search example plans: as asked, else for a few rulesets; never for CSV, which
    has no place for them."""
    if fmt == "csv":
        return False
    return asked if asked is not None else count < EXAMPLES_MAX_RULESETS


def load_all(names: Sequence[str]) -> list[Ruleset]:
    from procesregels.comparison.floor import load_checked as load_ruleset  # with the floor guard

    return [load_ruleset(name) for name in names]


def run(rulesets: Sequence[Ruleset], *, examples: bool = True, stream: TextIO | None = None,
        lang: str = "en") -> list[Comparison]:
    """The reference (first) against each other ruleset, with examples when the engine confirms
    them; a progress bar in `lang` on `stream` (stderr) for many rulesets at a terminal."""
    others = list(enumerate(rulesets[1:], start=1))
    comparisons = []
    shown = progress_bar.wanted(len(rulesets), PROGRESS_MIN_RULESETS, stream)
    with progress_bar.progress(others, enabled=shown, label_key="compare.progress", lang=lang, stream=stream) as items:
        for k, other in items:
            comparison = compare_rulesets(rulesets[0], other, a_index=0, b_index=k)
            if examples:
                from procesregels.example_plans.build import add_examples

                from procesregels.example_plans.shown import shown_comparison

                # dressed in the report's language and confirmed once more on the shown text
                comparison = shown_comparison(add_examples(comparison), lang)
            comparisons.append(comparison)
    return comparisons


def render(rulesets: Sequence[Ruleset], comparisons: Sequence[Comparison], fmt: str, lang: str) -> str:
    out = io.StringIO()
    if fmt == "json":
        from procesregels.comparison.render import comparison_json

        json.dump(comparison_json(rulesets, comparisons, lang), out, indent=2, ensure_ascii=False)
        out.write("\n")
    elif fmt == "html":
        from procesregels.comparison.render_html import render_html

        render_html(rulesets, comparisons, out, lang)
    else:
        from procesregels.comparison import render_text as compare_text

        renderer = {"text": compare_text.render_text, "markdown": compare_text.render_markdown,
                    "csv": compare_text.render_csv}[fmt]
        renderer(rulesets, comparisons, out, lang)
    return out.getvalue()
