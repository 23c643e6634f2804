"""A plan drawn in BPMN 2.0 (docs/spec/PLAN.md "Also read"): the same plan data as a YAML plan, from XML.

What BPMN says itself:
- a lane (or a pool without lanes) is an actor: its id is the lane's id, its name the lane's
  name, its role `pr:role` or else the lane's name read as a role ("Bewoners" -> residents);
- a task (any kind of task, a sub-process or a call activity) is a step: its id, its name as
  title, and as owner the lane it lies in;
- sequence flows (and message flows between pools) give `after`: a step comes after the
  nearest steps before it, looking through events and gateways;
- an exclusive (or event-based) gateway with several outgoing flows is a choice; each flow is
  an option: the steps that only that branch reaches. An inclusive gateway makes the steps
  that only one of its branches reaches optional.

What BPMN cannot say comes from attributes in the procesregels namespace (or, for modellers
that cannot write those, from extension properties with the same names)
`https://procesregels.nl/bpmn` (prefix `pr`), the names of the YAML format: on a task
`pr:kind`, `pr:phase`, `pr:date`, `pr:start`, `pr:end`, `pr:duration`, `pr:optional` and
`pr:participants="bewoners: raadplegen, winkeliers: informeren"` (a participant may be a lane
id, a lane name or a role); on a lane `pr:role`; on the process `pr:title`, `pr:municipality`
and `pr:impact`, and in its `extensionElements` `<pr:attribute name="budget" value="2500000"/>`
and `<pr:waiver rule="R9" reason="..."/>`. The plan is then checked exactly like a YAML plan.
"""

from __future__ import annotations

import re

from procesregels.plan.readers.source_tree import SourceTree, Span
from procesregels.plan.readers.xml_reader import Element, read_xml

BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL"
PR = "{https://procesregels.nl/bpmn}"
_STEP_FIELDS = ("kind", "phase", "date", "start", "end", "duration", "optional")
_TASKS = {"task", "userTask", "manualTask", "serviceTask", "sendTask", "receiveTask", "scriptTask",
          "businessRuleTask", "subProcess", "callActivity", "transaction", "adHocSubProcess"}
_CHOICES = {"exclusiveGateway", "eventBasedGateway"}
_NUMBER = re.compile(r"-?\d{1,15}(\.\d{1,15})?")


def read_bpmn(text: str, path: str, lang: str = "en", side_text: str | None = None) -> SourceTree:
    """The plan data of a BPMN 2.0 file, with the place of the element each value comes from,
    completed by its side file when `side_text` is given (see plan_bpmn_side)."""
    tree = SourceTree(None, text, path, lang=lang, key_prefix="pr:")
    root = read_xml(tree)
    if (root.uri, root.name) != (BPMN, "definitions"):
        raise tree.error("error.plan.bpmn_root", _at(tree, root), {"name": root.name})
    processes = [e for e in root.children if (e.uri, e.name) == (BPMN, "process")]
    if not processes:
        raise tree.error("error.plan.bpmn_no_process", _at(tree, root))
    _Builder(tree, root, processes).build()
    if side_text is not None:
        from procesregels.plan.bpmn.side_file import merge_side_file, side_path

        merge_side_file(tree, side_text, side_path(path))
    return tree


def _extra(element: Element, key: str) -> str | None:
    """What the plan says about an element that BPMN cannot: the attribute `pr:<key>`, or else
    an extension property named `<key>` (or `pr:<key>`), as modellers such as Camunda write
    them: `<extensionElements><camunda:properties><camunda:property name="kind" value="besluit"/>`."""
    value = element.get(PR + key)
    if value is not None:
        return value
    for extension in (e for e in element.children if e.name == "extensionElements"):
        for properties in (e for e in extension.children if e.name == "properties"):
            for prop in properties.children:
                if prop.name == "property" and prop.get("name", "").removeprefix("pr:") == key:
                    return prop.get("value", "")
    return None


def _number_or_text(value: str) -> int | float | str:
    """Attribute values are text in XML; a number is a number, as in YAML (`budget: 2500000`)."""
    text = value.strip()
    if _NUMBER.fullmatch(text):
        return float(text) if "." in text else int(text)
    return value


def _at(tree: SourceTree, element: Element) -> Span:
    return Span(tree.path, element.line, element.column)


class _Builder:
    def __init__(self, tree: SourceTree, root: Element, processes: list[Element]):
        self.tree, self.root, self.processes = tree, root, processes
        self.nodes: dict[str, Element] = {}  # flow node id -> element, every process
        self.flows: list[tuple[str, str, Element]] = []  # (source, target, flow element)
        self.owner: dict[str, str] = {}  # flow node id -> actor id
        self.actors: dict[str, dict] = {}
        self.lane_names: dict[str, str] = {}  # casefolded lane name -> actor id

    def build(self) -> None:
        first = self.processes[0]
        self.tree.values[()] = _at(self.tree, self.root)
        pools = [e for c in self.root.children if c.name == "collaboration" for e in c.children
                 if e.name == "participant" and e.get("processRef") == first.get("id")]
        title = (_extra(first, "title") or first.get("name") or (pools[0].get("name") if pools else None)
                 or self.root.get("name") or self.tree.path.replace("\\", "/").rsplit("/", 1)[-1])
        data: dict = {"plan": title}
        self._place(("plan",), first)
        if _extra(first, "municipality"):
            data["municipality"] = _extra(first, "municipality")
            self._place(("municipality",), first)
        if _extra(first, "impact"):
            data["attributes"] = {"impact": _extra(first, "impact")}
            self._place(("attributes", "impact"), first)
        self._read_extensions(first, data)
        for process in self.processes:
            self._read_process(process)
        self._read_collaboration()
        steps = [self._step(index, self.nodes[node_id]) for index, node_id in enumerate(self._step_ids())]
        data["actors"] = self.actors
        data["steps"] = steps
        data["choices"] = self._choices(steps)
        self.tree.data = data

    def _read_extensions(self, process: Element, data: dict) -> None:
        """`<pr:attribute name=".." value=".."/>` and `<pr:waiver rule=".." reason=".."/>` in the
        process's extensionElements: the plan's attributes and waivers."""
        extensions = [c for e in process.children if e.name == "extensionElements" for c in e.children]
        for element in extensions:
            if element.uri != PR[1:-1] or element.name not in ("attribute", "waiver"):
                continue
            if element.name == "attribute" and element.get("name"):
                attributes = data.setdefault("attributes", {})
                attributes[element.get("name")] = _number_or_text(element.get("value", ""))
                self._place(("attributes", element.get("name")), element)
            elif element.name == "waiver":
                waivers = data.setdefault("waivers", [])
                path = ("waivers", len(waivers))
                waivers.append({k: element.get(k) for k in ("rule", "reason") if element.get(k) is not None})
                for place in (path, (*path, "rule"), (*path, "reason")):
                    self._place(place, element)

    def _place(self, path: tuple, element: Element) -> None:
        span = _at(self.tree, element)
        self.tree.values[path] = span
        self.tree.keys[path] = span

    # -- actors, nodes, flows ---------------------------------------------------------------

    def _read_process(self, process: Element) -> None:
        pending = list(reversed(process.children))
        while pending:  # document order; the inside of a sub-process belongs to that one step
            element = pending.pop()
            if element.uri != BPMN:
                continue
            if element.name == "lane":
                self._actor(element, [ref.text.strip() for ref in element.children if ref.name == "flowNodeRef"])
            elif element.name == "sequenceFlow":
                self.flows.append((element.get("sourceRef", ""), element.get("targetRef", ""), element))
            elif (node_id := element.get("id")) and (
                    element.name in _TASKS or element.name.endswith(("Gateway", "Event"))):
                self.nodes[node_id] = element
            if element.name not in _TASKS:
                pending.extend(reversed(element.children))

    def _actor(self, element: Element, members: list[str]) -> None:
        actor_id = element.get("id") or element.get("name") or f"lane{len(self.actors) + 1}"
        name = element.get("name")
        self.actors[actor_id] = {"role": _extra(element, "role") or name or actor_id}
        if name:
            self.actors[actor_id]["name"] = name
            self.lane_names.setdefault(name.casefold(), actor_id)
        for path in (("actors", actor_id), ("actors", actor_id, "role"), ("actors", actor_id, "name")):
            self._place(path, element)
        for member in members:
            self.owner[member] = actor_id

    def _read_collaboration(self) -> None:
        for collaboration in (e for e in self.root.children if e.name == "collaboration"):
            for element in collaboration.children:
                if element.name == "messageFlow":
                    self.flows.append((element.get("sourceRef", ""), element.get("targetRef", ""), element))
                elif element.name == "participant" and element.get("processRef"):
                    self._pool(element)

    def _pool(self, participant: Element) -> None:
        """A pool without lanes is one actor that owns every step of its process."""
        process = next((p for p in self.processes if p.get("id") == participant.get("processRef")), None)
        if process is None or any(e.name == "lane" for e in process.iter()):
            return
        members = [e.get("id") for e in process.iter() if e.get("id") in self.nodes]
        self._actor(participant, members)

    # -- steps and their order --------------------------------------------------------------

    def _step_ids(self) -> list[str]:
        return [node_id for node_id, element in self.nodes.items() if element.name in _TASKS]

    def _step(self, index: int, element: Element) -> dict:
        node_id = element.get("id", "")  # every node has an id (`nodes` holds only those)
        path = ("steps", index)
        step: dict = {"id": node_id}
        if name := element.get("name"):
            step["title"] = " ".join(name.split())
        for key in _STEP_FIELDS:
            if _extra(element, key) is not None:
                step[key] = _extra(element, key)
        if node_id in self.owner:
            step["owner"] = self.owner[node_id]
        participants = _extra(element, "participants")
        if participants is not None:
            step["participants"] = self._participants(participants, element)
        after = self._steps_before(node_id)
        if after:
            step["after"] = after
        # Attributes have no place of their own in XML: every value points at its element.
        places = [path, *((*path, key) for key in step)]
        places += [(*path, "participants", key) for key in step.get("participants", {})]
        places += [(*path, "after", position) for position in range(len(after))]
        for place in places:
            self._place(place, element)
        return step

    def _participants(self, text: str, element: Element) -> dict[str, str]:
        participants: dict[str, str] = {}
        for part in (p for p in text.replace(";", ",").split(",") if p.strip()):
            name, colon, level = part.partition(":")
            if not colon or not name.strip() or not level.strip():
                raise self.tree.error("error.plan.bpmn_participants", _at(self.tree, element), {"value": text})
            name = name.strip()
            participants[self.lane_names.get(name.casefold(), name)] = level.strip()
        return participants

    def _steps_before(self, node_id: str) -> list[str]:
        """The nearest steps before a node, looking back through gateways and events."""
        if not hasattr(self, "_incoming"):
            self._incoming: dict[str, list[str]] = {}
            for source, target, _ in self.flows:
                self._incoming.setdefault(target, []).append(source)
        incoming = self._incoming
        found, seen, pending = [], {node_id}, list(incoming.get(node_id, []))
        while pending:
            source = pending.pop(0)
            if source in seen or source not in self.nodes:
                continue
            seen.add(source)
            if self.nodes[source].name in _TASKS:
                found.append(source)
            else:
                pending.extend(incoming.get(source, []))
        return found

    def _choices(self, steps: list[dict]) -> list[dict]:
        """Exclusive splits are choices, inclusive splits make their branches' steps optional.

        The plan format has no nested choices, so a step that several splits reach belongs to
        the innermost one (the branch with the fewest steps); an exclusive split whose only
        non-empty branch is one step is that step being optional."""
        from procesregels.plan.bpmn.branches import branch_steps

        by_id = {step["id"]: step for step in steps}
        splits = {}
        for node_id, element in self.nodes.items():
            if element.name in _CHOICES or element.name == "inclusiveGateway":
                branches = branch_steps(node_id, self.flows, set(by_id), self.nodes)
                if branches:
                    splits[node_id] = branches
        home: dict[str, tuple] = {}  # step id -> (option size, -gateway order, gateway, option index)
        for order, (gateway, branches) in enumerate(splits.items()):
            for index, branch in enumerate(branches):
                for step_id in branch:
                    home[step_id] = min(home.get(step_id, (len(branch) + 1,)), (len(branch), -order, gateway, index))
        choices: list[dict] = []
        for gateway, branches in splits.items():
            options = [[step_id for step_id in branch if home[step_id][2:] == (gateway, index)]
                       for index, branch in enumerate(branches)]
            filled = [option for option in options if option]
            if self.nodes[gateway].name == "inclusiveGateway" or (len(filled) == 1 and len(filled[0]) == 1):
                for step_id in (step_id for option in filled for step_id in option):
                    by_id[step_id]["optional"] = "true"
            elif filled:
                self._add_choice(choices, gateway, options)
        return choices

    def _add_choice(self, choices: list[dict], gateway: str, options: list[list[str]]) -> None:
        element, path = self.nodes[gateway], ("choices", len(choices))
        choices.append({"id": gateway, "options": options})
        places = [path, (*path, "id"), (*path, "options")]
        places += [(*path, "options", o, p) for o, option in enumerate(options) for p in range(len(option))]
        for place in places:
            self._place(place, element)
