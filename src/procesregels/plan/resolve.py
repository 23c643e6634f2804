"""Turn a well-shaped plan into the plan the engine checks: canonical names, known ids, dates.

Every problem found here is collected with its place, and all are raised at once, in file
order (with the shape problems found before; docs/spec/PLAN.md, version 2). A cycle of `after`
links is looked for only when every id is known.

Participants may name an actor id or a role. Actor ids are looked up first, so an actor
called `raad` is that actor even though `raad` is also a role name. A role stands for one
unnamed actor of that role (docs/spec/PLAN.md), added to `actors` with `implicit=True`; its id is the
canonical role id (`inwoners` -> `residents`), or `residents-2`, `residents-3`, ... when an
actor of the plan already has that id.
"""

from __future__ import annotations

import math
from typing import Any

from procesregels.core.suggest import close_matches
from procesregels.errors import PlanError, plan_errors
from procesregels.plan.keys import shown_key
from procesregels.plan.model import Actor, Plan, Step
from procesregels.plan.order import order_links
from procesregels.core.durations import end_of, parse_duration
from procesregels.plan.shape import where
from procesregels.plan.structure import check_choices, check_step_ids, find_cycle
from procesregels.plan.readers.source_tree import SourceTree
from procesregels.plan.salvage import Broken
from procesregels.core.vocabulary import UnknownName, Vocabulary, normalize


#: The orders a plan may name (docs/spec/PLAN.md, version 2), in English and Dutch.
ORDERS = {"after": "after", "na": "after", "dates": "dates", "datums": "dates"}


class PlanResolver:
    """Resolves one validated plan against a vocabulary; see the module docstring."""

    def __init__(self, tree: SourceTree, plan: Plan, vocabulary: Vocabulary, broken: Broken | None = None):
        self.tree, self.plan, self.vocabulary = tree, plan, vocabulary
        self.broken = broken or Broken()
        self.problems: list[PlanError] = []
        self.positions = dict(tree.values)
        self.actors: dict[str, Actor] = {}
        self.implicit_of_role: dict[str, str] = {}

    def resolve(self, earlier: list[PlanError] | None = None) -> Plan:
        """The plan the engine checks; raises every problem found (with the `earlier` ones of the
        shape check) at once, in file order."""
        self.problems = list(earlier or [])
        self._resolve_actors()
        steps = [self._resolve_step(index, step) for index, step in enumerate(self.plan.steps)]
        check_step_ids(self)
        check_choices(self)
        self._check_waivers()
        attributes = self._resolve_attributes()
        order = self._resolve_order()
        self._raise_first()
        self._check_cycle(steps, order)
        return self.plan.model_copy(
            update={
                "actors": self.actors,
                "steps": tuple(steps),
                "attributes": attributes,
                "order": order,
                "choices": tuple(
                    choice.model_copy(update={"options": tuple(tuple(dict.fromkeys(o)) for o in choice.options)})
                    for choice in self.plan.choices
                ),
                "path": self.tree.path,
                "key_lang": self.tree.key_lang,
                "positions": self.positions,
            }
        )

    # -- helpers ------------------------------------------------------------------------------

    def problem(self, key: str, span, args: dict[str, Any], suggestions: list[str] | None = None) -> None:
        """Record a problem; the first one in the file is raised once every check has run."""
        self.problems.append(self.tree.error(key, span, args, suggestions))

    def _raise_first(self) -> None:
        if self.problems:
            raise plan_errors(self.problems)

    def _name(self, category: str, name: str, path: tuple, extra: dict[str, Any] | None = None) -> str | None:
        """The canonical id of a vocabulary name, or None after recording the problem."""
        try:
            return self.vocabulary.lookup(category, name)
        except UnknownName as unknown:
            args = {"name": name, "where": where(self.tree, path), **(extra or {})}
            self.problem(f"error.plan.unknown_{category}", self.tree.value_span(path), args, unknown.suggestions)
            return None

    # -- actors and steps ---------------------------------------------------------------------

    def _resolve_actors(self) -> None:
        for actor_id, actor in self.plan.actors.items():
            if actor_id in self.broken.actors:  # a stand-in: its problem is already reported
                self.actors[actor_id] = actor
                continue
            path = ("actors", actor_id, "role")
            role = self._name("role", actor.role, path)
            if role is not None and role in self.vocabulary.dynamic_roles:
                self.problem("error.plan.dynamic_role_actor", self.tree.value_span(path),
                              {"name": actor.role, "where": where(self.tree, path)})
            self.actors[actor_id] = actor.model_copy(update={"role": role or actor.role})

    def _resolve_step(self, index: int, step: Step) -> Step:
        if index in self.broken.steps:  # a stand-in: its problem is already reported
            return step
        path = ("steps", index)
        update: dict[str, Any] = {"kind": self._name("kind", step.kind, (*path, "kind")) or step.kind}
        if step.phase is not None:
            update["phase"] = self._name("phase", step.phase, (*path, "phase")) or step.phase
        if step.owner is not None and step.owner not in self.plan.actors:
            suggestions = close_matches(step.owner, sorted(self.plan.actors), n=3, cutoff=0.6)
            self.problem("error.plan.unknown_owner", self.tree.value_span((*path, "owner")),
                          {"name": step.owner, "where": where(self.tree, path)}, suggestions)
        update["participants"] = self._resolve_participants(path, step.participants)
        update["after"] = tuple(dict.fromkeys(step.after))
        if not self.broken.step_keys.get(index, set()) & {"date", "start", "end", "duration"}:
            update.update(self._resolve_dates(path, step))
        return step.model_copy(update=update)

    def _resolve_participants(self, path: tuple, participants: dict[str, str]) -> dict[str, str]:
        resolved: dict[str, str] = {}
        written: dict[str, str] = {}
        for name, level in participants.items():
            entry = (*path, "participants", name)
            actor_id = self._participant(path, name)
            level_id = self._name("level", level, entry, {"participant": name})
            if actor_id is None:
                continue
            if actor_id in resolved:
                self.problem("error.plan.same_participant", self.tree.key_span(entry),
                              {"name": name, "other": written[actor_id], "where": where(self.tree, path)})
                continue
            resolved[actor_id], written[actor_id] = level_id or level, name
            self.positions[(*path, "participants", actor_id)] = self.tree.value_span(entry)
        return resolved

    def _participant(self, path: tuple, name: str) -> str | None:
        """The actor id a participant key stands for (adding an implicit actor for a role)."""
        if name in self.plan.actors:
            return name
        entry = (*path, "participants", name)
        try:
            role = self.vocabulary.role(name)
        except UnknownName as unknown:
            known = sorted(self.plan.actors) + sorted(self.vocabulary.role_names)
            suggestions = close_matches(name, known, n=3, cutoff=0.6) or unknown.suggestions
            self.problem("error.plan.unknown_participant", self.tree.key_span(entry),
                          {"name": name, "where": where(self.tree, path)}, suggestions)
            return None
        if role in self.vocabulary.dynamic_roles:
            self.problem("error.plan.dynamic_role_participant", self.tree.key_span(entry),
                          {"name": name, "where": where(self.tree, path)})
            return None
        if role not in self.implicit_of_role:
            actor_id, number = role, 1
            while actor_id in self.plan.actors:
                number += 1
                actor_id = f"{role}-{number}"
            self.implicit_of_role[role] = actor_id
            self.actors[actor_id] = Actor(role=role, name=name, implicit=True)
            self.positions[("actors", actor_id)] = self.tree.key_span(entry)
        return self.implicit_of_role[role]

    def _resolve_dates(self, path: tuple, step: Step) -> dict[str, Any]:
        """`start` and `end` of a step (both set when it has any date), or {} after a problem."""
        span = self.tree.key_span

        def args() -> dict[str, Any]:  # said only in a problem: most steps have none
            return {"where": where(self.tree, path)}

        if step.date is not None:
            for key in ("start", "end", "duration"):
                if getattr(step, key) is not None:
                    self.problem("error.plan.date_and_span", span((*path, key)),
                                  {**args(), "key": shown_key(self.tree, (*path, key))})
                    return {}
            self.positions[(*path, "start")] = self.positions[(*path, "end")] = self.tree.value_span((*path, "date"))
            return {"start": step.date, "end": step.date}
        start, end = step.start, step.end
        if step.duration is not None:
            if step.end is not None:
                self.problem("error.plan.duration_and_end", span((*path, "end")),
                              {**args(), "key": shown_key(self.tree, (*path, "end"))})
                return {}
            if start is None:
                self.problem("error.plan.duration_without_start", span((*path, "duration")), args())
                return {}
            parsed = parse_duration(step.duration)
            if parsed is None:
                self.problem("error.plan.bad_duration", self.tree.value_span((*path, "duration")),
                              {"value": step.duration})
                return {}
            try:
                end = end_of(start, *parsed)
            except (OverflowError, ValueError):
                self.problem("error.plan.duration_too_long", self.tree.value_span((*path, "duration")),
                              {**args(), "value": step.duration})
                return {}
            self.positions[(*path, "end")] = self.tree.value_span((*path, "duration"))
        if start is not None and end is None:
            self.problem("error.plan.start_without_end", span((*path, "start")), args())
        elif end is not None and start is None:
            self.problem("error.plan.end_without_start", span((*path, "end")), args())
        elif start is not None and end is not None and end < start:
            self.problem("error.plan.end_before_start", self.tree.value_span((*path, "end")),
                          {**args(), "start": start.isoformat(), "end": end.isoformat()})
        return {"start": start, "end": end}

    # -- structure, waivers, attributes -------------------------------------------------------

    def _check_waivers(self) -> None:
        """A reason of only spaces is no reason (an unknown rule id is the engine's finding)."""
        for index, waiver in enumerate(self.plan.waivers):
            if index not in self.broken.waivers and not waiver.reason.strip():
                path = ("waivers", index)
                self.problem("error.plan.waiver_reason", self.tree.value_span((*path, "reason")),
                              {"where": where(self.tree, path)})

    def _resolve_attributes(self) -> dict[str, Any]:
        attributes = dict(self.plan.attributes)
        self._check_declared(attributes)
        if "impact" not in attributes:
            return attributes
        value = attributes["impact"]
        try:
            attributes["impact"] = self.vocabulary.impact(value if isinstance(value, str) else repr(value))
        except UnknownName as unknown:
            self.problem("error.plan.bad_impact", self.tree.value_span(("attributes", "impact")),
                          {"value": value}, unknown.suggestions)
        return attributes

    def _resolve_order(self) -> str:
        """`order: after` (the default) or `order: dates`, also written `na` / `datums`."""
        value = self.plan.order.strip().casefold()
        order = ORDERS.get(value)
        if order is None:
            self.problem("error.plan.bad_order", self.tree.value_span(("order",)), {"value": self.plan.order})
            return "after"
        return order

    def _check_declared(self, attributes: dict[str, Any]) -> None:
        """A plan attribute that the ruleset declares must have an allowed value (docs/spec/LANGUAGE.md
        section 1, version 2); attributes no ruleset declares are allowed and ignored. An empty
        value counts as not given (a condition on it is unknown)."""
        declared = getattr(self.vocabulary, "attributes", {})
        for key, value in attributes.items():
            name = normalize(str(key))
            if name not in declared or name == "impact" or value is None or (isinstance(value, str) and not value.strip()):
                continue
            allowed = declared[name]
            span = self.tree.value_span(("attributes", key))
            if allowed is None:
                if isinstance(value, bool) or not isinstance(value, (int, float)) and not _is_number(value):
                    self.problem("error.plan.attribute_not_number", span, {"name": key, "value": value})
                continue
            if isinstance(value, (dict, list)) or str(value).strip().casefold() not in {v.casefold() for v in allowed}:
                by_fold = {v.casefold(): v for v in allowed}
                near = close_matches(str(value).casefold(), sorted(by_fold), n=3, cutoff=0.6)
                self.problem("error.plan.attribute_value", span,
                             {"name": key, "value": value, "values": ", ".join(allowed)}, [by_fold[n] for n in near])

    def _check_cycle(self, steps: list[Step], order: str) -> None:
        """No cycle of `after` links; with `order: dates`, none of `after` links and dates together
        (a step listed in `after` that is dated after the step: docs/spec/PLAN.md, version 2)."""
        links = order_links(self.plan.model_copy(update={"steps": tuple(steps), "order": order}))
        found = find_cycle([step.model_copy(update={"after": links[step.id]}) for step in steps])
        if found is None:
            return
        cycle, head = found
        written = self.plan.steps[head].after
        if cycle[-2] in written:
            span = self.tree.value_span(("steps", head, "after", written.index(cycle[-2])))
        else:  # a link the dates make
            span = self.tree.value_span(("steps", head, "start"))
        raise self.tree.error("error.plan.cycle", span, {"cycle": " -> ".join(cycle)})


def _is_number(value: Any) -> bool:
    if not isinstance(value, str):
        return False
    try:
        return math.isfinite(float(value.strip()))
    except ValueError:
        return False
