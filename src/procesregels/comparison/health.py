"""Ruleset health: rules that can only hold vacuously (issue 17), for the warnings of `check`.

A rule whose requirement contradicts its own event (`advisory-board must be involved at level
codecide before participation starts`: such a step is itself participation, so it never comes
before the first one) is met only by a plan without the event. It is almost always a mistake in
the rule, so `check` names it and says why, in the ruleset's language. Each template's module
knows its own such forms (`vacuous`); this module asks them.
"""

from __future__ import annotations

from dataclasses import dataclass

from procesregels import i18n
from procesregels.ruleset.model import Ruleset
from procesregels.span import Span


@dataclass(frozen=True)
class RuleWarning:
    """A located warning about one rule of a ruleset."""

    rule: str
    message: str
    span: Span | None = None

    def render(self) -> str:
        """`path:line:col: warning: R1: why`, like an error of the ruleset."""
        head = f"{self.span}: warning:" if self.span else "warning:"
        return f"{head} {self.rule}: {self.message}"


def vacuous_rules(ruleset: Ruleset, lang: str | None = None) -> list[RuleWarning]:
    """A warning for each rule that can only hold vacuously, in `lang` (default: the ruleset's)."""
    from procesregels.engine.checks import REGISTRY

    vocabulary = ruleset.vocabulary()
    lang = lang or ruleset.language or "en"
    found = []
    for rule in ruleset.rules:
        vacuous = getattr(REGISTRY[rule.body.template], "vacuous", None)
        why = vacuous(rule.body, vocabulary) if vacuous is not None else None
        if why is not None:
            key, args = why
            found.append(RuleWarning(rule.id, i18n.text(key, lang, args), rule.sentence_span or rule.span))
    return found
