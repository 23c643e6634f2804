"""Rules just weaker than a given one, for the example plan of `explain`.

A plan that breaks a rule teaches most when it misses by one thing: the youth are informed but
not consulted, all residents are consulted but not the youth themselves, two of three groups
of an `and` list take part but not the third. Such a plan passes a *nearby* weaker rule and
fails the rule itself, which is exactly what the search of `compare` looks for in a pair of
rules (`build.example_for`). Each rule here is only a guess at what is weaker; the engine
confirms every plan that is shown, so a wrong guess costs a try, never a wrong example.
"""

from __future__ import annotations

from typing import Iterator

from procesregels.core.vocabulary import Vocabulary
from procesregels.ruleset.model import (
    Duration, InfluenceByPhase, InvolvementAnywhere, InvolvementBefore, LeadTime, Response, RolePresent, Rule,
    WithGroups,
)

#: the templates whose `level` says how far WHO must be involved
_LEVELLED = InvolvementBefore | InvolvementAnywhere | Response | LeadTime


def nearby_weaker(rule: Rule, vocabulary: Vocabulary) -> Iterator[Rule]:
    """Rules of the same template and conditions that ask a little less than `rule`, the most
    telling first: the group without `themselves`, an `and` list without one of its groups, one
    level lower, a shorter lead time, no deadline, a broader role present, a later phase."""
    body = rule.body
    if isinstance(body, WithGroups) and body.themselves:
        yield _with(rule, themselves=False)
    if isinstance(body, WithGroups) and body.each and len(body.who) > 1:
        for gone in reversed(body.who):  # the last group named is the one a reader checks last
            rest = tuple(r for r in body.who if r != gone)
            yield _with(rule, who=rest, each=len(rest) > 1)
    if isinstance(body, _LEVELLED):
        rank = vocabulary.level_rank(body.level)
        if rank > 0:
            yield _with(rule, level=vocabulary.level_order[rank - 1])
    if isinstance(body, LeadTime) and (body.lead.amount, body.lead.unit) != (1, "day"):
        yield _with(rule, lead=Duration(amount=1, unit="day"))
    if isinstance(body, Response) and body.within is not None:
        yield _with(rule, within=None)
    if isinstance(body, RolePresent):
        parent = vocabulary.role_parent.get(body.role) if hasattr(vocabulary, "role_parent") else None
        if parent:
            yield _with(rule, role=parent)
    if isinstance(body, InfluenceByPhase):
        rank = vocabulary.phase_rank(body.phase)
        if rank + 1 < len(vocabulary.phase_order):
            yield _with(rule, phase=vocabulary.phase_order[rank + 1])


def _with(rule: Rule, **changes) -> Rule:
    return rule.model_copy(update={"id": f"{rule.id}-weaker", "severity": "error",
                                   "body": rule.body.model_copy(update=changes)})
