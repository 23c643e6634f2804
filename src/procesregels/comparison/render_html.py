"""`compare --format html`: one self-contained page (no external fetches), every text from a
ruleset escaped by Jinja2's autoescape. Two rulesets: the differences with their example plans.
Three or more: also the matrix of rule themes x municipalities against the reference."""

from __future__ import annotations

from typing import Sequence, TextIO

from procesregels.comparison.compare import Comparison
from procesregels.comparison.render import (
    counts_words, example_reasons,
    example_words, example_yaml, examples_for, matrix, overall_words, pair_why, rule_label, rule_sentence,
    ruleset_name, verdict_words,
)
from procesregels.i18n import text
from procesregels.ruleset.model import Ruleset

PAGE = """<!DOCTYPE html>
<html lang="{{ lang }}">
<head>
<meta charset="utf-8">
<title>{{ title }}</title>
<style>
body { font-family: system-ui, sans-serif; margin: 2rem; color: #1b1b1b; max-width: 72rem; }
table { border-collapse: collapse; margin: 1rem 0; }
th, td { border: 1px solid #c8c8c8; padding: .35rem .6rem; text-align: left; vertical-align: top; }
th { background: #f1f1f1; }
pre { background: #f7f7f7; padding: .6rem; overflow-x: auto; }
.same { background: #eef6ee; } .stricter { background: #fde8d8; } .weaker { background: #e3ecfa; }
.missing { background: #f6dede; } .extra { background: #f3ecfa; } .incomparable { background: #fff7d6; }
</style>
</head>
<body>
<h1>{{ title }}</h1>
{% for section in sections %}
<section>
<h2>{{ section.heading }}</h2>
<p><strong>{{ section.overall }}</strong> {{ section.counts }}</p>
<table>
<tr><th>{{ section.name_a }}</th><th>{{ section.name_b }}</th><th>{{ words.verdict }}</th><th>{{ words.why }}</th></tr>
{% for row in section.rows %}
<tr class="{{ row.css }}"><td>{{ row.a }}<br><em>{{ row.a_sentence }}</em></td><td>{{ row.b }}<br><em>{{ row.b_sentence }}</em></td><td>{{ row.verdict }}</td><td>{{ row.why }}
{% for example in row.examples %}<p>{{ example.words }}</p>{% for reason in example.reasons %}<p>{{ reason }}</p>{% endfor %}<pre>{{ example.yaml }}</pre>{% endfor %}
</td></tr>
{% endfor %}
</table>
</section>
{% endfor %}
{% if columns %}
<section>
<h2>{{ matrix_heading }}</h2>
<table>
<tr><th>{{ words.theme }}</th><th>{{ words.rule }}</th>{% for c in columns %}<th>{{ c }}</th>{% endfor %}</tr>
{% for row in matrix_rows %}
<tr><td>{{ row.theme }}</td><td>{{ row.rule }}</td>{% for cell in row.cells %}<td class="{{ cell.css }}">{{ cell.text }}</td>{% endfor %}</tr>
{% endfor %}
<tr><th>{{ words.overall }}</th><th></th>{% for v in overall_row %}<th>{{ v }}</th>{% endfor %}</tr>
</table>
</section>
{% endif %}
</body>
</html>
"""

_CSS = {"same": "same", "a-stricter": "weaker", "b-stricter": "stricter", "only-a": "missing",
        "only-b": "extra", "incomparable": "incomparable"}


def render_html(rulesets: Sequence[Ruleset], comparisons: Sequence[Comparison], out: TextIO, lang: str) -> None:
    import jinja2

    environment = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined)
    words = {k: text(f"compare.col.{k}", lang) for k in ("verdict", "why", "theme", "rule")}
    words["overall"] = text("compare.overall", lang)
    columns, rows = matrix(comparisons, lang) if len(comparisons) > 1 else ([], [])
    page = environment.from_string(PAGE).render(
        lang=lang,
        title=text("compare.heading.matrix", lang, {"name": ruleset_name(rulesets[0])}),
        sections=[_section(c, lang) for c in comparisons],
        words=words,
        columns=columns,
        matrix_heading=text("compare.heading.matrix", lang, {"name": ruleset_name(rulesets[0])}),
        matrix_rows=[
            {**row, "cells": [{"css": c if c != "-" else "",
                               "text": text(f"compare.cell.{c}", lang) if c != "-" else "-"}
                              for c in row["cells"]]}
            for row in rows
        ],
        overall_row=[verdict_words(c.verdict, c, lang) for c in comparisons],
    )
    out.write(page)


def _section(c: Comparison, lang: str) -> dict:
    name_a, name_b = ruleset_name(c.a), ruleset_name(c.b)
    return {
        "heading": text("compare.heading", lang, {"name_a": name_a, "name_b": name_b}),
        "overall": overall_words(c, lang),
        "counts": counts_words(c, lang),
        "name_a": name_a,
        "name_b": name_b,
        "rows": [
            {"css": _CSS[p.verdict], "a": rule_label(p.a), "b": rule_label(p.b),
             "a_sentence": rule_sentence(p.a, c.a, lang), "b_sentence": rule_sentence(p.b, c.b, lang),
             "verdict": verdict_words(p.verdict, c, lang), "why": pair_why(p, c, lang),
             "examples": [{"words": example_words(e, c, lang), "yaml": example_yaml(e),
                           "reasons": example_reasons(e, lang)} for e in examples_for(p, c)]}
            for p in c.rules
        ],
    }
