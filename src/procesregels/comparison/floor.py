"""The floor guard (docs/spec/LANGUAGE.md section 1, version 2): a ruleset that extends a
`legal floor` may replace a floor rule only by one that is at least as strict, as `compare`
proves it; anything else is a ruleset error at the `replaces` line that names the floor rule, its
source and why the new rule is weaker. (Dropping a floor rule is refused while layers are merged.)
"""

from __future__ import annotations

from procesregels import i18n as messages
from procesregels.errors import RulesetError
from procesregels.ruleset.model import Ruleset


def floor_errors(ruleset: Ruleset) -> list[RulesetError]:
    """One error per replacement of a floor rule that is not proven at least as strict."""
    if not ruleset.floor_replacements:
        return []  # most rulesets replace no floor rule: lint need not load the comparison
    from procesregels.comparison.rules import compare_rules
    from procesregels.comparison.words import aspect_text

    lang = messages.answer_lang(ruleset.language)
    vocabulary = ruleset.vocabulary()
    errors = []
    for new, floor, span, text in ruleset.floor_replacements:
        if new.body.template != floor.body.template:
            why = messages.text("ruleset.floor.other_kind", lang)
        else:
            verdict = compare_rules(new, floor, vocabulary)  # a = the new rule, b = the floor rule
            if verdict.verdict in ("same", "a-stricter"):
                continue
            reasons = [aspect_text(a.key, a.args, lang) for a in verdict.reasons if a.side != "a"]
            why = "; ".join(reasons) or messages.text("ruleset.floor.unproven", lang)
        args = {"id": floor.id, "new": new.id, "source": floor.source or "-", "layer": floor.layer or "?", "why": why}
        errors.append(RulesetError(messages.text("ruleset.floor.weaker", lang, args), span, source_text=text, lang=lang))
    return errors


def check_floor(ruleset: Ruleset) -> Ruleset:
    """The ruleset, or the first floor error raised."""
    errors = floor_errors(ruleset)
    if errors:
        raise errors[0]
    return ruleset


def load_checked(name_or_path: str) -> Ruleset:
    """`load_ruleset` with the floor guard: what every command that reads a ruleset uses."""
    from procesregels.ruleset.loader import load_ruleset

    return check_floor(load_ruleset(name_or_path))
