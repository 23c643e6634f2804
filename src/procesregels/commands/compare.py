"""The `compare` command behind the CLI: load the rulesets, compare, add confirmed example plans,
write the chosen format."""

from __future__ import annotations

import io
import json
import sys
from contextlib import contextmanager
from typing import IO, Iterator, Sequence

import click

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
    from procesregels.ruleset.loader import load_ruleset

    return [load_ruleset(name) for name in names]


def run(rulesets: Sequence[Ruleset], *, examples: bool = True, stream: IO | None = None) -> list[Comparison]:
    """The reference (first) against each other ruleset, with examples when the engine confirms them."""
    stream = stream if stream is not None else sys.stderr
    others = list(enumerate(rulesets[1:], start=1))
    comparisons = []
    with _progress(others, len(rulesets) >= PROGRESS_MIN_RULESETS and stream.isatty(), stream) as items:
        for k, other in items:
            comparison = compare_rulesets(rulesets[0], other, a_index=0, b_index=k)
            if examples:
                from procesregels.example_plans.build import add_examples

                comparison = add_examples(comparison)
            comparisons.append(comparison)
    return comparisons


@contextmanager
def _progress(items: list, enabled: bool, stream: IO) -> Iterator:
    if not enabled:
        yield items
        return
    with click.progressbar(items, label="compare", file=stream) as bar:
        yield bar


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
