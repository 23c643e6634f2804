"""The side file of a BPMN plan: what the drawing cannot say, in the YAML plan format.

For `marktplein.bpmn` it is `marktplein.bpmn.yaml`, next to it. Its keys are those of a YAML
plan; `actors` and `steps` are mappings keyed by a lane's or task's id *or name*, so the
ids a modeller generates (`Activity_0x8f`) never have to be typed:

    steps:
      Raad besluit: {kind: besluit, date: 2026-06-10}
      Online enquête: {kind: enquête, participants: {Bewoners: raadplegen}}

What the side file says wins over the drawing; `choices` and `waivers` are added to it.
Errors in it point at the side file.
"""

from __future__ import annotations


from procesregels.core.suggest import close_matches
from procesregels.plan.shape import found
from procesregels.plan.readers.source_tree import SourceTree
from procesregels.plan.readers.yaml_reader import read_yaml

SIDE_SUFFIX = ".yaml"
_TOP = ("plan", "municipality", "description")


def side_path(bpmn_path: str) -> str:
    return bpmn_path + SIDE_SUFFIX


def merge_side_file(tree: SourceTree, side_text: str, side: str) -> None:
    """Merge the side file (text `side_text`, path `side`) into the BPMN plan data of `tree`."""
    side_tree = read_yaml(side_text, side, tree.lang)
    tree.texts[side] = side_text
    data = side_tree.data
    if data is None:
        return
    if not isinstance(data, dict):
        raise side_tree.error("error.plan.not_mapping", side_tree.value_span(()), {"found": found(data, tree.lang)})
    plan = tree.data
    moves: dict[tuple, tuple] = {}  # side-file path prefix -> plan path prefix
    for key, value in data.items():
        if key in ("actors", "steps") and isinstance(value, dict):
            index = _index(plan, key)
            for name, fields in value.items():
                target = _find(index, name, key, side_tree, plan)
                if isinstance(fields, dict) and isinstance(target[1], dict):
                    target[1].update(fields)
                else:
                    _put(plan, key, target[0], fields)
                moves[(key, name)] = (key, target[0])
        elif key in ("choices", "waivers") and isinstance(value, list):
            offset = len(plan.setdefault(key, []))
            plan[key].extend(value)
            moves.update({(key, i): (key, offset + i) for i in range(len(value))})
        elif key == "attributes" and isinstance(value, dict) and isinstance(plan.get(key), dict):
            plan[key].update(value)
            moves[(key,)] = (key,)
        else:
            plan[key] = value
            moves[(key,)] = (key,)
    _participants_by_lane_name(plan)
    _move_positions(tree, side_tree, moves)


def _participants_by_lane_name(plan: dict) -> None:
    """A participant may be named by its lane's name, as in `pr:participants`."""
    lanes = {str(a.get("name", "")).casefold(): i for i, a in plan.get("actors", {}).items() if isinstance(a, dict)}
    for step in plan.get("steps", []):
        participants = step.get("participants") if isinstance(step, dict) else None
        if isinstance(participants, dict):
            step["participants"] = {
                (lanes.get(str(k).casefold(), k) if k not in plan.get("actors", {}) else k): v
                for k, v in participants.items()
            }


def _index(plan: dict, key: str) -> dict[str, tuple]:
    """Lanes (by id and by name) or tasks (by id and by name) -> (plan key, their data)."""
    index: dict[str, tuple] = {}
    if key == "actors":
        for actor_id, actor in plan.get("actors", {}).items():
            index[actor_id] = (actor_id, actor)
            index.setdefault(str(actor.get("name", "")).casefold(), (actor_id, actor))
    else:
        for position, step in enumerate(plan.get("steps", [])):
            index[step["id"]] = (position, step)
            index.setdefault(" ".join(str(step.get("title", "")).split()).casefold(), (position, step))
    return index


def _find(index: dict, name, key: str, side_tree: SourceTree, plan: dict) -> tuple:
    text = str(name)
    found = index.get(text) or index.get(" ".join(text.split()).casefold())
    if found is not None:
        return found
    if key == "actors":  # an actor the drawing has no lane for
        plan.setdefault("actors", {})[text] = None
        return (text, None)
    known = sorted({str(n) for step in plan.get("steps", []) for n in (step.get("id"), step.get("title")) if n})
    suggestions = close_matches(text, known, n=3, cutoff=0.6)
    raise side_tree.error("error.plan.bpmn_side_unknown_task", side_tree.key_span(("steps", name)),
                          {"name": text}, suggestions)


def _put(plan: dict, key: str, where, fields) -> None:
    if key == "actors":
        plan["actors"][where] = fields
    else:
        plan["steps"][where] = fields


def _move_positions(tree: SourceTree, side_tree: SourceTree, moves: dict[tuple, tuple]) -> None:
    """Side-file places under the plan paths their values now have."""
    for positions, target in ((side_tree.values, tree.values), (side_tree.keys, tree.keys)):
        for path, span in positions.items():
            for length in (2, 1):
                prefix = path[:length]
                if prefix in moves and len(path) >= length:
                    target[(*moves[prefix], *path[length:])] = span
                    break
