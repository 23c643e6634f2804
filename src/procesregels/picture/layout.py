"""The layout of a plan's picture, computed once for the HTML report and `graph` (svg, mermaid, dot).

- a lane per actor that owns steps (in order of the actor's first step); participants are
  marked on the steps, coloured by their highest level on the participation ladder;
- steps go left to right: after every step they are `after`, and where dates are known, after
  every step that starts earlier (so the picture reads as a timeline); undated steps sit at
  their dependency depth. Order in the picture never decides anything: the engine uses `after`;
- optional steps and steps of a choice are drawn dashed; decisions get a heavy border;
- a stakeholder group's first influence moment is starred, a late one red; steps that a finding
  is about carry the finding's rule ids.

The layout is near-linear in steps plus links (columns: picture_columns.py, one pass in topological
order), so thousands of steps lay out in well under a second. Above COMPACT_FROM
steps the picture is drawn compact: small squares without text, titles on hover.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterable

from procesregels.i18n import text
from procesregels.picture.columns import step_columns

COMPACT_FROM = 250
#: Sizes in SVG user units (pixels): (column width, node width, node height, row height).
FULL = (214, 166, 80, 94)
COMPACT = (22, 14, 14, 20)
LANE_LABEL_WIDTH = 140
TOP = 12
PHASE_BAND = 24  # the row of phase names above the lanes
LANE_GAP = 14
NO_OWNER = ""


@dataclass(frozen=True)
class Node:
    index: int  # position of the step in the plan: the stable, safe id in SVG and HTML
    step: str
    label: str
    lane: int
    column: int
    x: float
    y: float
    width: float
    height: float
    kind: str
    rank: int  # 0: no participation; 1..n: highest participation level (1 = lowest rung)
    level: str | None
    participants: tuple[tuple[str, str], ...]  # (actor shown, level shown), in the report language
    dates: str
    phase: str | None
    decision: bool
    dashed: bool
    note: str  # "optional" / "choice 'vorm', option 2"
    influence: tuple[str, ...] = ()  # stakeholder roles (shown) whose first influence this is
    late: tuple[str, ...] = ()  # ... and whose first influence comes too late
    rules: tuple[str, ...] = ()  # rule ids of findings about this step
    too_late: bool = False  # a late first influence, or a late-influence finding about this step


@dataclass(frozen=True)
class Lane:
    label: str
    role: str | None  # shown in the report language
    y: float
    height: float


@dataclass(frozen=True)
class Edge:
    source: int  # node index
    target: int
    d: str  # SVG path data, routed in the free bands between boxes
    dashed: bool


@dataclass(frozen=True)
class Picture:
    title: str
    lanes: tuple[Lane, ...]
    nodes: tuple[Node, ...]
    edges: tuple[Edge, ...]
    width: float
    height: float
    compact: bool
    levels: tuple[tuple[str, str], ...] = field(default=())  # (level id, shown) lowest rung first
    phases: tuple[PhaseBand, ...] = field(default=())


@dataclass(frozen=True)
class PhaseBand:
    """Consecutive columns whose steps are in one phase: a label above the lanes."""

    label: str
    x: float
    width: float


def layout(plan, *, vocabulary=None, lang: str = "en", findings: Iterable = (), influence: Iterable = ()) -> Picture:
    """Place the steps of `plan`; `findings` and `influence` come from the plan's report."""
    if vocabulary is None:
        from procesregels.core.vocabulary import standard

        vocabulary = standard()
    steps = list(plan.steps)
    compact = len(steps) >= COMPACT_FROM
    column_width, node_width, node_height, row_height = COMPACT if compact else FULL
    columns = step_columns(steps)
    owners = _lane_owners(steps)
    lane_of = {owner: i for i, owner in enumerate(owners)}
    rows: dict[tuple[int, int], int] = {}
    row_of = []
    for step in steps:
        cell = (lane_of[step.owner or NO_OWNER], columns[step.id])
        row_of.append(rows.get(cell, 0))
        rows[cell] = row_of[-1] + 1
    lane_rows = [1] * len(owners)
    for (lane, _), count in rows.items():
        lane_rows[lane] = max(lane_rows[lane], count)
    lanes, y = [], TOP + PHASE_BAND
    for i, owner in enumerate(owners):
        height = lane_rows[i] * row_height + LANE_GAP
        lanes.append(Lane(_lane_label(plan, owner, vocabulary, lang), _role(plan, owner, vocabulary, lang), y, height))
        y += height
    marks = _marks(findings, influence, vocabulary, lang)
    notes = _notes(plan, lang)
    levels = _ladder(vocabulary, lang)
    nodes = []
    for index, step in enumerate(steps):
        lane = lane_of[step.owner or NO_OWNER]
        x = LANE_LABEL_WIDTH + columns[step.id] * column_width + (column_width - node_width) / 2
        node_y = lanes[lane].y + LANE_GAP / 2 + row_of[index] * row_height + (row_height - node_height) / 2
        nodes.append(_node(plan, step, index, lane, columns[step.id], x, node_y, node_width, node_height,
                           vocabulary, lang, marks, notes))
    by_id = {node.step: node for node in nodes}
    gap = (row_height - node_height) / 2 + (LANE_GAP / 2 if compact else 0)
    edges = tuple(
        _edge(by_id[before], node, column_width - node_width, gap, compact)
        for node in nodes for before in sorted(set(steps[node.index].after)) if before in by_id
    )
    width = LANE_LABEL_WIDTH + (max(columns.values(), default=0) + 1) * column_width + 10
    phases = _phase_bands(steps, columns, column_width, vocabulary, lang)
    return Picture(plan.title, tuple(lanes), tuple(nodes), edges, width, y + TOP, compact, levels, phases)


def _edge(source: Node, target: Node, column_gap: float, row_gap: float, compact: bool) -> Edge:
    """An arrow that never runs behind a box: it leaves through the gap after the source's column,
    runs along the free band above the target's row, and enters the target from the left."""
    x1, y1 = source.x + source.width, source.y + source.height / 2
    x2, y2 = target.x, target.y + target.height / 2
    dashed = source.dashed or target.dashed
    if compact:
        return Edge(source.index, target.index, f"M{_n(x1)} {_n(y1)}L{_n(x2)} {_n(y2)}", dashed)
    if target.column == source.column + 1:  # neighbours: an S-curve through the gap between them
        mid = (x1 + x2) / 2
        d = f"M{_n(x1)} {_n(y1)}C{_n(mid)} {_n(y1)} {_n(mid)} {_n(y2)} {_n(x2 - 2)} {_n(y2)}"
        return Edge(source.index, target.index, d, dashed)
    turn = column_gap / 2
    band = target.y - row_gap / 2
    d = (f"M{_n(x1)} {_n(y1)}C{_n(x1 + turn)} {_n(y1)} {_n(x1 + turn)} {_n(y1)} {_n(x1 + turn)} {_n((y1 + band) / 2)}"
         f"S{_n(x1 + turn)} {_n(band)} {_n(x1 + turn + 12)} {_n(band)}"
         f"L{_n(x2 - turn - 12)} {_n(band)}"
         f"C{_n(x2 - turn)} {_n(band)} {_n(x2 - turn)} {_n(y2)} {_n(x2 - 2)} {_n(y2)}")
    return Edge(source.index, target.index, d, dashed)


def number(value: float) -> str:
    """Coordinates with at most one decimal, so the SVG stays small and byte-stable."""
    return f"{value:.1f}".rstrip("0").rstrip(".")


_n = number


def _phase_bands(steps, columns, column_width, vocabulary, lang) -> tuple[PhaseBand, ...]:
    """The phase of each column (its earliest phase among its steps), merged into runs."""
    phase_of: dict[int, str] = {}
    for step in steps:
        if step.phase in vocabulary.phase_order:
            column = columns[step.id]
            known = phase_of.get(column)
            if known is None or vocabulary.phase_rank(step.phase) < vocabulary.phase_rank(known):
                phase_of[column] = step.phase
    bands: list[list] = []  # [phase, first column, last column]
    for column in sorted(phase_of):
        if bands and bands[-1][0] == phase_of[column]:
            bands[-1][2] = column
        else:
            bands.append([phase_of[column], column, column])
    return tuple(
        PhaseBand(vocabulary.name_of("phase", phase, lang), LANE_LABEL_WIDTH + first * column_width + 2,
                  (last - first + 1) * column_width - 4)
        for phase, first, last in bands
    )


def _lane_owners(steps) -> list[str]:
    owners = list(dict.fromkeys(step.owner for step in steps if step.owner))
    if any(not step.owner for step in steps):
        owners.append(NO_OWNER)
    return owners


def _lane_label(plan, owner: str, vocabulary, lang: str) -> str:
    if owner == NO_OWNER:
        return text("graph.no_owner", lang)
    return _actor_label(plan, owner, vocabulary, lang)


def _actor_label(plan, actor_id: str, vocabulary, lang: str) -> str:
    actor = plan.actors.get(actor_id)
    if actor is None:
        return actor_id
    if actor.name:
        return actor.name
    return actor_id if not actor.implicit else vocabulary.name_of("role", actor.role, lang)


def _role(plan, owner: str, vocabulary, lang: str) -> str | None:
    """The role of a lane's actor, in the report language (None for the no-owner lane)."""
    actor = plan.actors.get(owner)
    return vocabulary.name_of("role", actor.role, lang) if actor else None


def _ladder(vocabulary, lang: str) -> tuple[tuple[str, str], ...]:
    return tuple((level, vocabulary.name_of("level", level, lang)) for level in vocabulary.level_order)


def _marks(findings, influence, vocabulary, lang: str) -> dict[str, dict[str, Any]]:
    """{step: {"influence"/"late"/"rules": [names], "late_finding": bool}}"""
    marks: dict[str, dict[str, Any]] = {}
    for item in influence:
        if item.first_step:
            entry = marks.setdefault(item.first_step, {"influence": [], "late": [], "rules": [], "late_finding": False})
            entry["late" if item.late else "influence"].append(vocabulary.name_of("role", item.role, lang))
    for finding in findings:
        if finding.step:
            entry = marks.setdefault(finding.step, {"influence": [], "late": [], "rules": [], "late_finding": False})
            entry["rules"].append(finding.rule)
            entry["late_finding"] = entry["late_finding"] or finding.category == "late-influence"
    return marks


def _notes(plan, lang: str) -> dict[str, str]:
    notes = {step.id: text("graph.optional", lang) for step in plan.steps if step.optional}
    for choice in plan.choices:
        for number, option in enumerate(choice.options, start=1):
            for step_id in option:
                notes[step_id] = text("graph.choice", lang, {"choice": choice.id, "option": number})
    return notes


def _node(plan, step, index, lane, column, x, y, width, height, vocabulary, lang, marks, notes) -> Node:
    levels = [level for level in step.participants.values() if level in vocabulary.level_order]
    top = max(levels, key=vocabulary.level_rank, default=None)
    participants = tuple(sorted(
        (_actor_label(plan, actor, vocabulary, lang), vocabulary.name_of("level", level, lang))
        for actor, level in step.participants.items()))
    mark = marks.get(step.id, {"influence": [], "late": [], "rules": [], "late_finding": False})
    return Node(
        index=index, step=step.id, label=step.label, lane=lane, column=column, x=x, y=y, width=width,
        height=height, kind=vocabulary.name_of("kind", step.kind, lang),
        rank=vocabulary.level_rank(top) + 1 if top else 0, level=top, participants=participants,
        dates=_dates(step), phase=vocabulary.name_of("phase", step.phase, lang) if step.phase else None,
        decision=vocabulary.kind_is(step.kind, "decision") if step.kind in vocabulary.kind_parent else False,
        dashed=step.id in notes, note=notes.get(step.id, ""),
        influence=tuple(sorted(mark["influence"])), late=tuple(sorted(mark["late"])),
        rules=tuple(sorted(set(mark["rules"]))), too_late=bool(mark["late"]) or mark["late_finding"],
    )


def _dates(step) -> str:
    start, end = step.start or step.date, step.end or step.date
    if start is None:
        return ""
    if end is None or end == start:
        return start.isoformat()
    return f"{start.isoformat()} – {end.isoformat()}"
