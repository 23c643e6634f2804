"""`compare --format html`: one self-contained page (no external fetches), every text from a
ruleset escaped by Jinja2's autoescape. Two rulesets: the differences with their example plans.
Three or more: also the matrix of rule themes x municipalities against the reference."""

from __future__ import annotations

from typing import Sequence, TextIO

from procesregels.comparison.compare import Comparison, RulePair
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
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ title }}</title>
<style>
body { font-family: system-ui, "Liberation Sans", sans-serif; margin: 2rem auto; padding: 0 1.5rem; color: #1b1b1b;
       max-width: 80rem; line-height: 1.5; }
h3 { margin: 0 0 .6rem; font-size: 1.1rem; }
/* A difference is a block of its own: the two rules side by side at half the width each, their
   full sentences and articles; the reason and the example plan below them at full width. */
.difference { border: 1px solid #c8c8c8; border-left: .45rem solid #c8c8c8; padding: .8rem 1.1rem; margin: 1.1rem 0; }
.rules { display: grid; grid-template-columns: 1fr 1fr; gap: 1.5rem; }
.rule .name { font-weight: bold; margin: 0; }
.rule .sentence { font-size: 1.05rem; margin: .2rem 0; }
.rule .label, .source { color: #4a4a4a; font-size: .9rem; margin: .2rem 0; }
table.matrix .source { display: block; }
.rule .none { color: #4a4a4a; font-style: italic; margin: .2rem 0; }
.example { margin-top: .6rem; }
pre { background: #f7f7f7; padding: .6rem .8rem; overflow-x: auto; font-size: .9rem; }
.legend span { display: inline-block; padding: .1rem .5rem; margin: .15rem .6rem .15rem 0; border-left-width: .45rem; border-left-style: solid; }
/* Colour only where a plan passes one ruleset and fails the other; the words say it too. */
.stricter { background: #fdf1e7; border-left-color: #c8641e; } .weaker { background: #ecf2fb; border-left-color: #2f63ad; }
.missing { background: #fbeaea; border-left-color: #b3261e; }
table { border-collapse: collapse; margin: 1rem 0; width: 100%; }
th, td { border: 1px solid #c8c8c8; padding: .45rem .7rem; text-align: left; vertical-align: top; }
th { background: #f1f1f1; }
table.matrix td.cell { white-space: nowrap; }
table.matrix th.group { text-align: center; background: #e3e8ef; }
ul.groups li { margin: .3rem 0; }
@media (max-width: 50rem) { .rules { grid-template-columns: 1fr; } }
</style>
</head>
<body>
<h1>{{ title }}</h1>
{% for section in sections %}
<section>
{% if sections|length > 1 %}<h2>{{ section.heading }}</h2>{% endif %}
<p><strong>{{ section.overall }}</strong> {{ section.counts }}</p>
<p class="legend">{{ words.legend }} <span class="stricter">{{ section.legend.stricter }}</span><span class="weaker">{{ section.legend.weaker }}</span><span class="missing">{{ section.legend.missing }}</span></p>
<h2>{{ words.differences }}</h2>
{% if not section.rows %}<p>{{ words.no_differences }}</p>{% endif %}
{% for row in section.rows %}
<article class="difference{% if row.css %} {{ row.css }}{% endif %}">
<h3>{{ row.ids }}: {{ row.verdict }}</h3>
<div class="rules">
{% for rule in row.rules %}<div class="rule"><p class="name">{{ rule.name }}</p>{% if rule.label %}<p class="sentence">{{ rule.sentence }}</p><p class="label">{{ rule.label }}</p>{% else %}<p class="none">{{ words.no_rule }}</p>{% endif %}</div>
{% endfor %}
</div>
<p><strong>{{ words.why }}:</strong> {{ row.why }}</p>
{% for example in row.examples %}<div class="example"><p>{{ example.words }}</p>{% if example.reasons %}<ul>{% for reason in example.reasons %}<li>{{ reason }}</li>{% endfor %}</ul>{% endif %}{% if example.yaml %}<pre>{{ example.yaml }}</pre>{% endif %}</div>
{% endfor %}
</article>
{% endfor %}
{% if section.same %}<h2>{{ words.equal_rules }}</h2>
<p>{{ section.same|join(', ') }}</p>{% endif %}
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
<tr><td>{{ row.theme }}</td><td>{{ row.rule }}{% if row.source %}<span class="source">{{ row.source }}</span>{% endif %}</td>{% for cell in row.cells %}<td class="cell {{ cell.css }}">{{ cell.text }}</td>{% endfor %}</tr>
{% endfor %}
<tr><th>{{ words.overall }}</th><th></th>{% for v in overall_row %}<th>{{ v }}</th>{% endfor %}</tr>
</table>
</section>
{% endif %}
</body>
</html>
"""

#: A pair's colour, read as the second ruleset against the first (as the matrix reads a cell).
_CSS = {"same": "", "a-stricter": "weaker", "b-stricter": "stricter", "only-a": "missing",
        "only-b": "stricter", "incomparable": ""}
#: Matrix cells that get a colour: a difference in what a plan must do.
_COLOURED = ("stricter", "weaker", "missing", "extra")


def makes_a_difference(pair: RulePair) -> bool:
    """Whether some plan passes one side and fails the other on account of this pair: the stricter
    rule (or the only one) can fail a plan, and the other side does not already demand it."""
    if pair.verdict in ("only-a", "only-b"):
        present = pair.a or pair.b
        return present is not None and present.severity == "error" and pair.implied_by is None
    if pair.verdict == "a-stricter":
        return pair.a is not None and pair.a.severity == "error"
    if pair.verdict == "b-stricter":
        return pair.b is not None and pair.b.severity == "error"
    return False


def render_html(rulesets: Sequence[Ruleset], comparisons: Sequence[Comparison], out: TextIO, lang: str) -> None:
    import jinja2

    environment = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined)
    words = {k: text(f"compare.col.{k}", lang) for k in ("verdict", "why", "theme", "rule")}
    words.update(overall=text("compare.overall", lang), groups=text("compare.groups", lang),
                 groups_intro=text("compare.groups.intro", lang, {"name": ruleset_name(rulesets[0])}),
                 differences=text("compare.differences", lang), no_differences=text("compare.no_differences", lang),
                 equal_rules=text("compare.equal_rules", lang), legend=text("compare.legend", lang),
                 no_rule=text("compare.no_rule", lang))
    grouped = grouped_matrix(comparisons, lang) if len(comparisons) > 1 else None
    columns, rows = (grouped.columns, grouped.rows) if grouped else ([], [])
    groups = [{"name": text("compare.group", lang, {"number": number}), "members": cluster["members"],
               "apart": [f"{item['theme']}: {item['words']}" for item in cluster["apart"]]}
              for number, cluster in enumerate(grouped.clusters, start=1)] if grouped else []
    matters = _matrix_matters(grouped, lang) if grouped else []
    title = text("compare.heading.matrix", lang, {"name": ruleset_name(rulesets[0])}) if len(comparisons) > 1 \
        else text("compare.heading", lang, {"name_a": ruleset_name(comparisons[0].a), "name_b": ruleset_name(comparisons[0].b)})
    page = environment.from_string(PAGE).render(
        lang=lang,
        title=title,
        sections=[_section(c, lang) for c in comparisons],
        words=words,
        columns=columns,
        matrix_heading=text("compare.heading.matrix", lang, {"name": ruleset_name(rulesets[0])}),
        matrix_rows=[
            {"theme": row["theme"], **_rule_cell(row["rule"], r, grouped),
             "cells": [{"css": c if c in _COLOURED and matters[r][k] else "",
                        "text": text(f"compare.cell.{c}", lang) if c != "-" else "-"}
                       for k, c in enumerate(row["cells"])]}
            for r, row in enumerate(rows)
        ],
        overall_row=[verdict_words(c.verdict, c, lang) for c in (grouped.comparisons if grouped else comparisons)],
        groups=groups,
    )
    out.write(page)


def _rule_cell(label: str, index: int, grouped) -> dict:
    """The reference rule of a matrix row as id and title, with its article below in small print."""
    reference = grouped.comparisons[0].a if grouped and grouped.comparisons else None
    if reference is None or index >= len(reference.rules) or not reference.rules[index].source:
        return {"rule": label, "source": ""}
    rule = reference.rules[index]
    return {"rule": rule_label(rule.model_copy(update={"source": None})), "source": rule.source}


def _matrix_matters(grouped, lang: str) -> list[list[bool]]:
    """Per matrix row and column: whether the cell's difference can make a plan pass one side and
    fail the other (a missing warning rule, or one the other side implies, gets no colour)."""
    from procesregels.comparison.render import theme_words

    reference = grouped.comparisons[0].a if grouped.comparisons else None
    result = []
    for index, row in enumerate(grouped.rows):
        cells = []
        for c in grouped.comparisons:
            if reference is not None and index < len(reference.rules):
                rule = reference.rules[index]
                pairs = [p for p in c.rules if p.a is rule]
            else:  # a theme only other rulesets have
                pairs = [p for p in c.rules if p.verdict == "only-b" and p.b is not None
                         and theme_words(p.b, lang) == row["theme"]]
            cells.append(any(makes_a_difference(p) for p in pairs))
        result.append(cells)
    return result


def _section(c: Comparison, lang: str) -> dict:
    name_a, name_b = ruleset_name(c.a), ruleset_name(c.b)
    differences = [p for p in c.rules if p.verdict != "same" or _severity_differs(p)]
    return {
        "heading": text("compare.heading", lang, {"name_a": name_a, "name_b": name_b}),
        "overall": overall_words(c, lang),
        "counts": counts_words(c, lang),
        "legend": {key: text(f"compare.legend.{key}", lang, {"name_b": name_b})
                   for key in ("stricter", "weaker", "missing")},
        "rows": [
            {"css": _CSS[p.verdict] if makes_a_difference(p) else "",
             "ids": " / ".join(x for x in (p.a and p.a.id, p.b and p.b.id) if x),
             "verdict": verdict_words(p.verdict, c, lang), "why": pair_why(p, c, lang),
             "rules": [{"name": name, "label": rule_label(rule) if rule else "",
                        "sentence": rule_sentence(rule, ruleset, lang)}
                       for name, rule, ruleset in ((name_a, p.a, c.a), (name_b, p.b, c.b))],
             "examples": [{"words": example_words(e, c, lang),
                           "yaml": "" if example_is_vacuous(e) else example_yaml(e),
                           "reasons": example_reasons(e, lang)} for e in examples_for(p, c)]}
            for p in differences
        ],
        "same": [f"{p.a.id} = {p.b.id}" for p in c.rules
                 if p.verdict == "same" and p.a is not None and p.b is not None and not _severity_differs(p)],
    }


def _severity_differs(p: RulePair) -> bool:
    return p.a is not None and p.b is not None and p.a.severity != p.b.severity
