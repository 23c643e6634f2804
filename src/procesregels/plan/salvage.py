"""What of a badly shaped plan can still be checked, so that every mistake is reported at once.

pydantic reports every shape problem of a plan; the meaning checks (names, ids, dates) need a
plan model. So the parts that have a shape problem are set aside: a broken key of a step is
left out (and, for a date key, the step's dates are not checked), a step, actor, choice or
waiver without the keys that make it one is replaced by a stand-in that keeps its id and its
place in the list (positions are by index), and the resolver skips the stand-ins. A mistake
is thus reported once, by the stage that sees it, and the rest of the plan is still checked.
"""

from __future__ import annotations

import copy
from typing import Any

from procesregels.core.record import Record

#: Keys without which an element is no element: its stand-in replaces it.
_ESSENTIAL = {"steps": {"id", "kind"}, "actors": {"role"}, "choices": {"id", "options"},
              "waivers": {"rule", "reason"}}


class Broken(Record, mutable=True):
    """The parts of a plan that had a shape problem (see the module docstring), filled in by `salvage`."""

    __slots__ = ("steps", "step_keys", "actors", "choices", "waivers")
    steps: set[int]
    step_keys: dict[int, set[str]]
    actors: set[str]
    choices: set[int]
    waivers: set[int]

    def __init__(self, steps: set[int] | None = None, step_keys: dict[int, set[str]] | None = None,
                 actors: set[str] | None = None, choices: set[int] | None = None, waivers: set[int] | None = None) -> None:
        # None: a new empty collection each.
        self.steps = set() if steps is None else steps
        self.step_keys = {} if step_keys is None else step_keys
        self.actors = set() if actors is None else actors
        self.choices = set() if choices is None else choices
        self.waivers = set() if waivers is None else waivers


def salvage(data: dict, locs: list[tuple], broken: Broken) -> dict:
    """A copy of the plan data without the parts that the error locations `locs` point into."""
    data = copy.copy(data)
    for group in ("steps", "choices", "waivers"):
        if isinstance(data.get(group), list):
            data[group] = list(data[group])
    if isinstance(data.get("actors"), dict):
        data["actors"] = dict(data["actors"])
    for loc in locs:
        if not loc:
            continue
        group = loc[0]
        if group in _ESSENTIAL and len(loc) >= 2 and _has(data, group, loc[1]):
            _salvage_item(data, group, loc, broken)
        elif group == "plan":
            data["plan"] = ""
        else:
            data.pop(group, None)
    return data


def _has(data: dict, group: str, key: Any) -> bool:
    items = data.get(group)
    if isinstance(items, list):
        return isinstance(key, int) and 0 <= key < len(items)
    return isinstance(items, dict) and key in items


def _salvage_item(data: dict, group: str, loc: tuple, broken: Broken) -> None:
    key = loc[1]
    item = data[group][key]
    field_name = loc[2] if len(loc) >= 3 else None
    if group == "steps" and isinstance(item, dict) and field_name is not None and field_name not in _ESSENTIAL[group]:
        if key not in broken.steps:
            data[group][key] = {k: v for k, v in item.items() if k != field_name}
            broken.step_keys.setdefault(key, set()).add(str(field_name))
        return
    data[group][key] = _stand_in(group, key, item)
    if group == "steps":
        broken.steps.add(key)
    elif group == "actors":
        broken.actors.add(key)
    elif group == "choices":
        broken.choices.add(key)
    else:
        broken.waivers.add(key)


def _stand_in(group: str, key: Any, item: Any) -> dict:
    """An element of the right shape that keeps the broken one's id (so references to it hold)."""
    written = item.get("id") if isinstance(item, dict) else None
    ident = str(written) if isinstance(written, (str, int)) and not isinstance(written, bool) and str(written) \
        else f"#{key}"
    if group == "steps":
        return {"id": ident, "kind": ""}
    if group == "actors":
        return {"role": ""}
    if group == "choices":
        return {"id": ident, "options": [[]]}
    return {"rule": "#", "reason": "#"}
