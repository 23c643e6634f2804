"""What each page of the published site says: the index, a page per ruleset, a page per rule.

Words only, no markup: the templates (autoescaped Jinja2) lay them out. Everything a ruleset
author wrote (titles, sources) is escaped there like any other text.
"""

from __future__ import annotations

import re
from typing import Any

from procesregels.core.vocabulary import severity_word
from procesregels.i18n import text
from procesregels.ruleset.model import Rule, Ruleset

LANGS = ("nl", "en")
NATIONAL = "national"


def slug(value: str) -> str:
    """A safe file or folder name: letters, digits and hyphens only (never a path)."""
    cleaned = re.sub(r"[^A-Za-z0-9]+", "-", value).strip("-").lower()
    return cleaned or "x"


def ruleset_name(ruleset: Ruleset) -> str:
    from procesregels.comparison.render import ruleset_name as name

    return name(ruleset)


def index_entry(ruleset: Ruleset) -> dict[str, Any]:
    return {"name": ruleset_name(ruleset), "folder": slug(ruleset_name(ruleset)), "title": ruleset.title,
            "municipality": ruleset.municipality or "", "version": ruleset.version or "",
            "adopted": ruleset.adopted.isoformat() if ruleset.adopted else "", "rules": len(ruleset.rules)}


def ruleset_page(ruleset: Ruleset, national: Ruleset | None, lang: str) -> dict[str, Any]:
    """The ruleset: its facts, its rules, what it changes in what it extends, and national."""
    name = ruleset_name(ruleset)
    rules = [{"id": rule.id, "page": f"{slug(rule.id)}.html", "title": rule.title, "source": rule.source or "",
              "layer": rule.layer or name} for rule in ruleset.rules]
    return {**index_entry(ruleset), "source": ruleset.source or "", "extends": list(ruleset.extends),
            "rule_rows": rules, "changes": changes(ruleset, lang), "versus": versus_national(ruleset, national, lang)}


def changes(ruleset: Ruleset, lang: str) -> list[str]:
    """What the ruleset adds to or changes in the rulesets it extends, one sentence each."""
    if not ruleset.extends:
        return []
    own = ruleset_name(ruleset)
    base = ", ".join(ruleset.extends)
    found = []
    for rule in ruleset.rules:
        if rule.layer not in (None, own):
            continue
        if rule.replaces:
            found.append(text("publish.replaces", lang, {"old": rule.replaces, "base": base, "rule": rule.id,
                                                         "title": rule.title}))
        else:
            found.append(text("publish.adds", lang, {"rule": rule.id, "title": rule.title}))
    found += [text("publish.drops", lang, {"rule": dropped, "base": base}) for dropped in ruleset.drops]
    return found


def versus_national(ruleset: Ruleset, national: Ruleset | None, lang: str) -> dict[str, Any] | None:
    """The comparison with the legal minimum: the overall verdict and every rule pair that differs."""
    from procesregels.comparison import render
    from procesregels.comparison.compare import compare_rulesets

    if national is None or ruleset_name(ruleset) == NATIONAL:
        return None
    comparison = compare_rulesets(ruleset, national)
    rows = []
    for pair in comparison.rules:
        rows.append({
            "here": render.rule_label(pair.a) if pair.a else "–", "national": render.rule_label(pair.b) if pair.b else "–",
            "verdict": render.verdict_words(pair.verdict, comparison, lang), "why": render.pair_why(pair, comparison, lang),
            "tone": {"a-stricter": "stricter", "only-a": "stricter", "b-stricter": "weaker", "only-b": "missing"}.get(
                pair.verdict, "same"),
        })
    return {"overall": render.overall_words(comparison, lang), "counts": render.counts_words(comparison, lang),
            "rows": rows}


def rule_page(rule: Rule, ruleset: Ruleset, lang: str) -> dict[str, Any]:
    """One rule: sentence and meaning in both languages, article, severity, two confirmed plans."""
    from procesregels.commands.explain import meaning
    from procesregels.publish.examples import examples
    from procesregels.ruleset.sentences import SentenceWriter

    vocabulary = ruleset.vocabulary()
    writers = {code: SentenceWriter(vocabulary, code, ruleset) for code in LANGS}
    meets, breaks = examples(rule, ruleset, lang)
    return {
        "id": rule.id, "title": rule.title, "source": rule.source or "", "layer": rule.layer or ruleset_name(ruleset),
        "sentences": [(code, text(f"publish.sentence.{code}", lang), writers[code].sentence(rule)) for code in LANGS],
        "meanings": [(code, text(f"publish.sentence.{code}", lang), meaning(rule, writers[code])) for code in LANGS],
        "severity": severity_word(rule.severity, lang),
        "meets": meets, "breaks": breaks,
    }
