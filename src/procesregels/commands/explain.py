"""`explain`: a rule in words (its sentence and meaning in both languages), or a template's docs.

The meaning is written from the model, not from the sentence, so it says what the engine
checks: 'before' is an order guarantee from `after` links, a level is met by that level or a
higher one, a role is met by that role or a broader one.
"""

from __future__ import annotations

import importlib.util
import inspect

from procesregels import i18n as messages
from procesregels.core.vocabulary import severity_word
from procesregels.i18n import LANGS
from procesregels.ruleset.model import TEMPLATE_NAMES, Event, Rule, Ruleset, WithGroups
from procesregels.ruleset.sentences import SentenceWriter


def describe_event(event: Event, writer: SentenceWriter) -> str:
    """An event as a noun phrase: 'each decision step owned by the council'."""
    lang = writer.lang
    if event.type == "participation":
        return messages.text("explain.event.participation", lang)
    if event.type in ("phase-starts", "phase-ends"):
        return messages.text(f"explain.event.{event.type}", lang, {"phasename": writer.name("phase", event.phase_named)})
    args = {"kindname": writer.name("kind", event.kind_named)}
    if event.type == "last":
        return messages.text("explain.event.last", lang, args)
    if event.owner is None:
        return messages.text("explain.event.steps", lang, args)
    return messages.text("explain.event.owned", lang, {**args, "rolename": writer.name("role", event.owner)})


def meaning(rule: Rule, writer: SentenceWriter) -> str:
    """What the rule requires, in plain words, in the writer's language."""
    from procesregels.engine.checks import REGISTRY

    lang = writer.lang
    key, args = REGISTRY[rule.body.template].meaning(rule.body, writer, describe_event)
    text = messages.text(key, lang, args)
    text = text[:1].upper() + text[1:]  # a sentence may open with a role name
    body = rule.body  # `each` and `themselves` exist on the templates with WHO only
    if isinstance(body, WithGroups) and body.each:
        text += " " + messages.text("explain.each", lang)
    if isinstance(body, WithGroups) and body.themselves:
        text += " " + messages.text("explain.themselves", lang, {"who": writer.who(body.who)})
    if rule.unless is not None:
        text = messages.text("explain.unless", lang, {"conditions": writer.expression(rule.unless)}) + " " + text
    if rule.when is not None:
        text = messages.text("explain.when", lang, {"conditions": writer.expression(rule.when)}) + " " + text
    return text


def explain_rule(rule: Rule, ruleset: Ruleset, lang: str = "en") -> str:
    """The text `explain RULE` prints (without the example plan)."""
    vocabulary = ruleset.vocabulary()
    writers = {code: SentenceWriter(vocabulary, code, ruleset) for code in LANGS}
    label = lambda key: messages.text(f"explain.label.{key}", lang)  # noqa: E731
    lines = [f"{rule.id}: {rule.title}"]
    lines.append(f"  {label('source')}: {rule.source or '-'}")
    lines.append(f"  {label('layer')}: {rule.layer or _name(ruleset)}")
    lines.append(f"  {label('severity')}: {severity_word(rule.severity, lang)}")
    if rule.replaces:
        lines.append(f"  {label('replaces')}: {rule.replaces}")
    lines.append("")
    lines.append(label("sentence"))
    for code in LANGS:
        lines.append(f"  {code}: {writers[code].sentence(rule)}")
    lines.append("")
    lines.append(label("meaning"))
    for code in LANGS:
        lines.append(f"  {code}: {meaning(rule, writers[code])}")
    return "\n".join(lines) + "\n"


def example_plans_text(rule: Rule, ruleset: Ruleset, lang: str) -> str:
    """The example plans `explain` prints: one that meets the rule and one that breaks it, each
    confirmed by the engine, or why there is none; empty when the generator is not installed."""
    if importlib.util.find_spec("procesregels.example_plans.one_rule") is None:
        return ""
    from procesregels.example_plans.one_rule import Absent, breaking_example, meeting_example
    from procesregels.example_plans.shown import one_rule_text

    vocabulary = ruleset.vocabulary()
    parts = []
    for label, make in (("meeting", meeting_example), ("example", breaking_example)):
        try:
            found = make(rule, vocabulary, ruleset)
        except Exception:  # noqa: BLE001 - an example is an extra; the explanation stands without it
            continue
        heading = messages.text(f"explain.label.{label}", lang)
        if isinstance(found, Absent):
            parts.append(f"\n{heading}\n  {found.text(lang)}\n")
            continue
        # written in the report's language and confirmed once more on the text that is printed
        shown = one_rule_text(found, rule, ruleset, lang, breaks=label == "example")
        if shown is None:
            continue
        parts.append(f"\n{heading}\n" + "".join(f"  {line}" for line in shown.text.splitlines(True)))
        if shown.finding is not None:
            finding = messages.text(shown.finding.message, lang, shown.finding.args)
            parts.append(f"\n{messages.text('explain.label.finding', lang)}\n  {finding}\n")
    return "".join(parts)


def explain_template(name: str) -> str:
    """The documentation of a rule template: its check module's docstring."""
    try:
        from procesregels.engine.checks import REGISTRY

        documented = REGISTRY[name]
    except (ImportError, KeyError):
        from procesregels.ruleset import model as rules

        documented = next(cls for cls in vars(rules).values() if getattr(getattr(cls, "model_fields", {}).get("template"), "default", None) == name)
    return f"{name}\n\n{inspect.getdoc(documented) or ''}\n"


def is_template(name: str) -> bool:
    return name in TEMPLATE_NAMES


def _name(ruleset: Ruleset) -> str:
    from pathlib import Path

    return Path(ruleset.path).stem if ruleset.path else ruleset.title
