"""`compare --format html`: one self-contained page (no external fetches), every text from a
ruleset escaped by Jinja2's autoescape. Two rulesets: the differences with their example plans.
Three or more: also the matrix of rule themes x municipalities against the reference."""

from __future__ import annotations

from typing import Sequence, TextIO

from procesregels.comparison.compare import Comparison
from procesregels.comparison.render import (
    counts_words, example_is_vacuous, example_reasons,
    example_words, example_yaml, examples_for, grouped_matrix, overall_words, pair_why, rule_label, rule_sentence,
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
body { font-family: system-ui, "Liberation Sans", sans-serif; margin: 2rem auto; padding: 0 1.5rem; color: #1b1b1b;
       max-width: 90rem; line-height: 1.45; }
table { border-collapse: collapse; margin: 1rem 0; width: 100%; }
th, td { border: 1px solid #c8c8c8; padding: .45rem .7rem; text-align: left; vertical-align: top; }
th { background: #f1f1f1; }
/* The two rules side by side get the room: their full text, never squeezed into a sliver. */
table.pairs td.rule { width: 32%; } table.pairs td.verdict { width: 10%; white-space: nowrap; }
.sentence { display: block; margin-top: .3rem; font-style: italic; }
pre { background: #f7f7f7; padding: .6rem; overflow-x: auto; }
/* Colour only where the rulesets differ in what a plan must do; equal rows stay white. */
.stricter { background: #fde8d8; } .weaker { background: #e3ecfa; } .missing { background: #f6dede; }
.extra { background: #fde8d8; }
table.matrix th.group { text-align: center; background: #e3e8ef; }
ul.groups li { margin: .3rem 0; }
</style>
</head>
<body>
<h1>{{ title }}</h1>
{% for section in sections %}
<section>
<h2>{{ section.heading }}</h2>
<p><strong>{{ section.overall }}</strong> {{ section.counts }}</p>
<table class="pairs">
<tr><th>{{ section.name_a }}</th><th>{{ section.name_b }}</th><th>{{ words.verdict }}</th><th>{{ words.why }}</th></tr>
{% for row in section.rows %}
<tr class="{{ row.css }}"><td class="rule">{{ row.a }}<span class="sentence">{{ row.a_sentence }}</span></td><td class="rule">{{ row.b }}<span class="sentence">{{ row.b_sentence }}</span></td><td class="verdict">{{ row.verdict }}</td><td>{{ row.why }}
{% for example in row.examples %}<p>{{ example.words }}</p>{% for reason in example.reasons %}<p>{{ reason }}</p>{% endfor %}{% if example.yaml %}<pre>{{ example.yaml }}</pre>{% endif %}{% endfor %}
</td></tr>
{% endfor %}
</table>
</section>
{% endfor %}
{% if columns %}
<section>
<h2>{{ matrix_heading }}</h2>
<h3>{{ words.groups }}</h3>
<p>{{ words.groups_intro }}</p>
<ul class="groups">
{% for group in groups %}<li><strong>{{ group.name }}: {{ group.members|join(', ') }}</strong>{% if group.apart %} — {{ group.apart|join('; ') }}{% endif %}</li>
{% endfor %}
</ul>
<table class="matrix">
<tr><th></th><th></th>{% for group in groups %}<th class="group" colspan="{{ group.members|length }}">{{ group.name }}</th>{% endfor %}</tr>
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

_CSS = {"same": "", "a-stricter": "weaker", "b-stricter": "stricter", "only-a": "missing",
        "only-b": "extra", "incomparable": ""}
#: Matrix cells that get a colour: a difference in what a plan must do.
_COLOURED = ("stricter", "weaker", "missing", "extra")


def render_html(rulesets: Sequence[Ruleset], comparisons: Sequence[Comparison], out: TextIO, lang: str) -> None:
    import jinja2

    environment = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined)
    words = {k: text(f"compare.col.{k}", lang) for k in ("verdict", "why", "theme", "rule")}
    words["overall"] = text("compare.overall", lang)
    words["groups"] = text("compare.groups", lang)
    words["groups_intro"] = text("compare.groups.intro", lang, {"name": ruleset_name(rulesets[0])})
    grouped = grouped_matrix(comparisons, lang) if len(comparisons) > 1 else None
    columns, rows = (grouped.columns, grouped.rows) if grouped else ([], [])
    groups = [{"name": text("compare.group", lang, {"number": number}), "members": cluster["members"],
               "apart": [f"{item['theme']}: {item['words']}" for item in cluster["apart"]]}
              for number, cluster in enumerate(grouped.clusters, start=1)] if grouped else []
    page = environment.from_string(PAGE).render(
        lang=lang,
        title=text("compare.heading.matrix", lang, {"name": ruleset_name(rulesets[0])}),
        sections=[_section(c, lang) for c in comparisons],
        words=words,
        columns=columns,
        matrix_heading=text("compare.heading.matrix", lang, {"name": ruleset_name(rulesets[0])}),
        matrix_rows=[
            {**row, "cells": [{"css": c if c in _COLOURED else "",
                               "text": text(f"compare.cell.{c}", lang) if c != "-" else "-"}
                              for c in row["cells"]]}
            for row in rows
        ],
        overall_row=[verdict_words(c.verdict, c, lang) for c in (grouped.comparisons if grouped else comparisons)],
        groups=groups,
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
             "examples": [{"words": example_words(e, c, lang), "yaml": "" if example_is_vacuous(e) else example_yaml(e),
                           "reasons": example_reasons(e, lang)} for e in examples_for(p, c)]}
            for p in c.rules
        ],
    }
