"""Ruleset health: the warnings of `check` (docs/spec/CLI.md version 2), each about one rule,
located at the rule's sentence, saying why, in the ruleset's language.

- **Never applies**: the rule's condition can never hold (`comparison.never_applies`).
- **Only vacuously** (issue 17): the rule's requirement contradicts its own event
  (`advisory-board must be involved at level codecide before participation starts`: such a step
  is itself participation, so it never comes before the first one); only a plan without the
  event meets it. Each template's module knows its own such forms (`vacuous`).
- **Implied**: another rule of the ruleset demands as much or more, of at least the same severity,
  as `compare` proves it (the same proof the floor guard uses; never a guess). Only the rules
  written in the checked file are warned about: an inherited rule is its own file's business,
  and a rule of a `legal floor` cannot be dropped anyway. Of two rules that say the same, the
  later one is warned about.

A rule gets at most one warning, the first of these that applies.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from procesregels import i18n
from procesregels.core.vocabulary import normalize
from procesregels.ruleset.model import Rule, Ruleset
from procesregels.span import Span

_SEVERITY_RANK = {"info": 0, "warning": 1, "error": 2}


@dataclass(frozen=True)
class RuleWarning:
    """A located warning about one rule of a ruleset."""

    rule: str
    message: str
    span: Span | None = None
    #: "never-applies", "vacuous" or "implied"
    kind: str = "vacuous"
    #: for "implied": the rule that implies this one
    other: str | None = None
    lang: str = "en"  # of `message`

    def render(self) -> str:
        """`path:line:col: warning: R1: why` (`waarschuwing` in Dutch), like an error of the ruleset."""
        from procesregels.core.vocabulary import severity_word

        word = severity_word("warning", self.lang)
        head = f"{self.span}: {word}:" if self.span else f"{word}:"
        return f"{head} {self.rule}: {self.message}"


def rule_warnings(ruleset: Ruleset, lang: str | None = None) -> list[RuleWarning]:
    """Every warning about the rules of the checked file, in file order."""
    lang = lang or ruleset.language or "en"
    vocabulary = ruleset.vocabulary()
    own = own_rules(ruleset)
    found: dict[str, RuleWarning] = {}
    for rule in own:
        warning = _never_applies(rule, vocabulary, lang) or _vacuous(rule, vocabulary, lang)
        if warning is not None:
            found[rule.id] = warning
    for rule in own:
        if rule.id not in found:
            warning = _implied(rule, ruleset, found, vocabulary, lang)
            if warning is not None:
                found[rule.id] = warning
    return [found[r.id] for r in own if r.id in found]


def vacuous_rules(ruleset: Ruleset, lang: str | None = None) -> list[RuleWarning]:
    """A warning for each rule that can only hold vacuously, in `lang` (default: the ruleset's)."""
    vocabulary = ruleset.vocabulary()
    lang = lang or ruleset.language or "en"
    return [w for rule in ruleset.rules if (w := _vacuous(rule, vocabulary, lang)) is not None]


def own_rules(ruleset: Ruleset) -> list[Rule]:
    """The rules written in the ruleset's own file (not inherited through `extends`)."""
    if not ruleset.extends or ruleset.path is None:
        return list(ruleset.rules)
    layer = Path(ruleset.path).stem
    return [rule for rule in ruleset.rules if rule.layer in (None, layer)]


def _warning(rule: Rule, message: str, kind: str, other: str | None = None, *, lang: str = "en") -> RuleWarning:
    return RuleWarning(rule.id, message, rule.sentence_span or rule.span, kind, other, lang)


def _vacuous(rule: Rule, vocabulary, lang: str) -> RuleWarning | None:
    from procesregels.engine.checks import REGISTRY

    vacuous = getattr(REGISTRY[rule.body.template], "vacuous", None)
    why = vacuous(rule.body, vocabulary) if vacuous is not None else None
    if why is None:
        return None
    key, args = why
    return _warning(rule, i18n.text(key, lang, args), "vacuous", lang=lang)


def _never_applies(rule: Rule, vocabulary, lang: str) -> RuleWarning | None:
    from procesregels.comparison.never_applies import never_applies
    from procesregels.comparison.words import expression_words

    found = never_applies(rule, vocabulary)
    if found is None:
        return None
    core, lists = found
    message = i18n.text("check.never-applies", lang, {"conditions": expression_words(core, lang)})
    for name in lists:
        allowed = list(vocabulary.attributes[normalize(name)] or ())
        values = f" {i18n.text('general.or', lang)} ".join([", ".join(allowed[:-1]), allowed[-1]] if len(allowed) > 1 else allowed)
        message += i18n.text("check.never-applies.values", lang, {"attribute": name, "values": values})
    return _warning(rule, message, "never-applies", lang=lang)


def _implied(rule: Rule, ruleset: Ruleset, warned: dict[str, RuleWarning], vocabulary, lang: str) -> RuleWarning | None:
    """The first other rule that implies this one, with `compare`'s reason."""
    from procesregels.comparison.compare import implied_forms, theme
    from procesregels.comparison.rules import compare_rules
    from procesregels.comparison.words import aspect_text

    position = {r.id: i for i, r in enumerate(ruleset.rules)}
    for other in ruleset.rules:
        if other.id == rule.id or other.id in warned:
            continue
        if _SEVERITY_RANK[other.severity] < _SEVERITY_RANK[rule.severity]:
            continue  # a weaker rule with a stronger severity is a graded rule, not a repeat
        for form in implied_forms(other):
            if form.body.template != rule.body.template or theme(form, vocabulary) != theme(rule, vocabulary):
                continue
            verdict = compare_rules(form, rule, vocabulary)
            if verdict.verdict == "same" and form is other and position[other.id] > position[rule.id]:
                continue  # of two rules that say the same, the later one is the repeat
            if verdict.verdict not in ("same", "a-stricter"):
                continue
            args = {"other": other.id, "title": other.title}
            if form is not other:  # a rule of another template that always implies this one
                return _warning(rule, i18n.text("check.implied.more", lang, args), "implied", other.id, lang=lang)
            reasons = "; ".join(aspect_text(a.key, a.args, lang) for a in verdict.aspects if a.side == "a")
            if verdict.verdict == "same" or not reasons:
                return _warning(rule, i18n.text("check.implied.same", lang, args), "implied", other.id, lang=lang)
            return _warning(rule, i18n.text("check.implied.stricter", lang, {**args, "why": reasons}), "implied", other.id, lang=lang)
    return None
