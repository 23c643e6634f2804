"""The picture of a plan as PNG images, drawn from the same layout as the SVG (`layout.py`).

A Word document needs raster images, and a page is narrow: the picture is cut into parts of
COLUMNS_PER_PART columns each, every part repeating the lanes and their names, so that the text
in a part printed across a landscape page stays readable (at least 8 pt). Colours, borders,
stars and badges mean what they mean in the SVG; the legend below each part says so.
"""

from __future__ import annotations

from dataclasses import dataclass

from procesregels.i18n import text
from procesregels.picture.layout import LANE_LABEL_WIDTH, Node, Picture
from procesregels.picture.raster import Canvas, colour
from procesregels.picture.render import shorten, wrap

#: Device pixels per layout unit, and font pixels for titles and for details.
SCALE = 3
TITLE_FONT, DETAIL_FONT = 4, 3
COLUMNS_PER_PART = 3

INK, GREY, EDGE, BOX = colour("#1f2933"), colour("#3e4c59"), colour("#7b8794"), colour("#52606d")
RED, STAR, PHASE_TEXT = colour("#c62828"), colour("#e0a800"), colour("#154273")
LEVELS = [colour(c) for c in ("#ffffff", "#dbeafe", "#c7e9c0", "#a1d99b", "#74c476", "#41ab5d")]


@dataclass(frozen=True)
class Part:
    """One image: columns `first` up to (not including) `last`."""

    first: int
    last: int
    png: bytes
    width: int  # pixels
    height: int


def parts(picture: Picture, lang: str) -> list[Part]:
    """The picture as PNG images of at most COLUMNS_PER_PART columns each, left to right."""
    if not picture.nodes:
        return [_draw(picture, 0, 1, lang)]
    columns = max(node.column for node in picture.nodes) + 1
    count = -(-columns // COLUMNS_PER_PART)
    per_part = -(-columns // count)  # balanced: 7 columns give 3, 2, 2 rather than 3, 3, 1
    return [_draw(picture, first, min(columns, first + per_part), lang) for first in range(0, columns, per_part)]


def _column_width(picture: Picture) -> float:
    if len(picture.nodes) < 2:
        return 214.0
    by_column = {node.column: node.x for node in picture.nodes}
    if len(by_column) < 2:
        return 214.0
    (c0, x0), (c1, x1) = sorted(by_column.items())[:2]
    return (x1 - x0) / (c1 - c0)


def _draw(picture: Picture, first: int, last: int, lang: str) -> Part:
    column_width = _column_width(picture)
    shift = first * column_width
    width_units = LANE_LABEL_WIDTH + (last - first) * column_width + 10
    legend_top = picture.height
    legend = _legend_rows(picture, width_units, lang)
    canvas = Canvas(int(width_units * SCALE), int((legend_top + 28 + 17 * len(legend)) * SCALE))
    s = SCALE
    for band in picture.phases:
        x0, x1 = max(band.x - shift, LANE_LABEL_WIDTH), min(band.x + band.width - shift, width_units - 4)
        if x1 - x0 > 20:
            canvas.fill(x0 * s, 12 * s, (x1 - x0) * s, 22 * s, colour("#e3ecf7"))
            canvas.frame(x0 * s, 12 * s, (x1 - x0) * s, 22 * s, colour("#b6c8de"), 2)
            label = shorten(band.label, int((x1 - x0 - 10) / 6))
            canvas.text((x0 + 6) * s, 16 * s, label, PHASE_TEXT, DETAIL_FONT, bold=True)
    canvas.text(8 * s, 16 * s, shorten(text("report.col.phase", lang), 20), GREY, DETAIL_FONT)
    for number, lane in enumerate(picture.lanes):
        canvas.fill(0, lane.y * s, width_units * s, lane.height * s, colour("#f5f7f9" if number % 2 == 0 else "#ffffff"))
        canvas.hline(0, width_units * s, lane.y * s, colour("#d5dbe1"), 2)
        canvas.fill(0, lane.y * s, (LANE_LABEL_WIDTH - 8) * s, lane.height * s, colour("#e8edf2"))
        y = lane.y + 8
        for line in wrap(lane.label, 20, 2):
            canvas.text(8 * s, y * s, shorten(line, 20), INK, DETAIL_FONT, bold=True)
            y += 12
        if lane.role:
            canvas.text(8 * s, (y + 2) * s, shorten(lane.role, 20), GREY, DETAIL_FONT)
    in_part = {node.index: node for node in picture.nodes if first <= node.column < last}
    for edge in picture.edges:
        _edge(canvas, picture.nodes[edge.source], picture.nodes[edge.target], in_part, shift, width_units, edge.dashed)
    for node in in_part.values():
        _node(canvas, node, shift)
    _legend(canvas, legend, legend_top + 4, lang)
    return Part(first, last, canvas.png(), canvas.width, canvas.height)


def _edge(canvas: Canvas, source: Node, target: Node, in_part: dict, shift: float, right: float, dashed: bool) -> None:
    s, dash = SCALE, (5 * SCALE if dashed else 0)
    if source.index not in in_part and target.index not in in_part:
        return
    x1, y1 = source.x + source.width - shift, source.y + source.height / 2
    x2, y2 = target.x - shift, target.y + target.height / 2
    if target.index not in in_part:  # leaves the part: a stub to the right edge
        points = [(x1, y1), (right - 4, y1)]
        x2, y2 = right - 4, y1
    elif source.index not in in_part:  # comes from the previous part: enters from the lane names
        points = [(LANE_LABEL_WIDTH, y2), (x2, y2)]
    elif target.column == source.column + 1:
        middle = (x1 + x2) / 2
        points = [(x1, y1), (middle, y1), (middle, y2), (x2, y2)]
    else:
        band = target.y - 4
        points = [(x1, y1), (x1 + 20, y1), (x1 + 20, band), (x2 - 20, band), (x2 - 20, y2), (x2, y2)]
    canvas.polyline([(x * s, y * s) for x, y in points], EDGE, 4, dash)
    canvas.arrow_head(x2 * s, y2 * s, 8 * s // 2 * 2, EDGE)


def _node(canvas: Canvas, node: Node, shift: float) -> None:
    s = SCALE
    x, y, w, h = (node.x - shift) * s, node.y * s, node.width * s, node.height * s
    canvas.fill(x, y, w, h, LEVELS[min(node.rank, 5)])
    if node.too_late:
        canvas.frame(x, y, w, h, RED, 3 * s)
    elif node.decision:
        canvas.frame(x, y, w, h, INK, 3 * s)
    else:
        canvas.frame(x, y, w, h, BOX, 4, 6 * s if node.dashed else 0)
    room = 21 if (node.influence or node.late) else 24
    left, line_y = x + 7 * s, y + 6 * s
    for line in wrap(("◆ " if node.decision else "") + node.label, room, 2):
        canvas.text(left, line_y, line, INK, DETAIL_FONT, bold=True)
        line_y += 12 * s
    details = [node.dates or node.kind]
    if node.participants:
        who = ", ".join(f"{actor}: {level}" for actor, level in node.participants)
        details += wrap(who, 25, 4 - len(details) - (1 if node.note else 0))
    if node.note:
        details.append(node.note)
    for line in details[:4]:
        canvas.text(left, line_y, shorten(line, 25), GREY, DETAIL_FONT)
        line_y += 11 * s
    if node.influence or node.late:
        canvas.text(x + w - 18 * s, y + 5 * s, "★", RED if node.late else STAR, DETAIL_FONT, bold=True)
    if node.rules:
        from procesregels.picture.render import badge

        label = badge(node.rules)
        width = (len(label) * 6 + 8) * s
        canvas.fill(x + w - width - 4 * s, y + h - 17 * s, width, 14 * s, RED)
        canvas.text(x + w - width, y + h - 14 * s, label, (255, 255, 255), DETAIL_FONT, bold=True)


def _legend_items(picture: Picture, lang: str) -> list[tuple[str, object, str]]:
    """(mark, detail, label) for each legend entry, in reading order."""
    items: list[tuple[str, object, str]] = [("fill", LEVELS[0], text("graph.no_participation", lang))]
    items += [("fill", LEVELS[min(rank, 5)], shown) for rank, (_, shown) in enumerate(picture.levels[:5], start=1)]
    items += [("dashed", None, text("graph.dashed", lang)), ("decision", None, "◆ " + text("graph.decision", lang)),
              ("star", STAR, text("graph.influence", lang)), ("star", RED, text("graph.late", lang)),
              ("badge", None, text("graph.finding", lang))]
    return items


def _legend_rows(picture: Picture, width: float, lang: str) -> list[list[tuple[float, tuple[str, object, str]]]]:
    """The legend entries flowed into rows that fit `width` layout units."""
    rows: list[list[tuple[float, tuple[str, object, str]]]] = [[]]
    x = 8.0
    for item in _legend_items(picture, lang):
        size = 26 + len(item[2]) * 6 + 14
        if rows[-1] and x + size > width:
            rows.append([])
            x = 8.0
        rows[-1].append((x, item))
        x += size
    return rows


def _legend(canvas: Canvas, rows: list, top: float, lang: str) -> None:
    s = SCALE
    canvas.text(8 * s, top * s, text("graph.legend", lang), INK, DETAIL_FONT, bold=True)
    for number, row in enumerate(rows):
        y = top + 16 + 17 * number
        for x, (mark, detail, label) in row:
            if mark == "fill":
                canvas.fill(x * s, y * s, 18 * s, 11 * s, detail)
                canvas.frame(x * s, y * s, 18 * s, 11 * s, BOX, 3)
            elif mark == "dashed":
                canvas.frame(x * s, y * s, 18 * s, 11 * s, BOX, 4, 4 * s)
            elif mark == "decision":
                canvas.frame(x * s, y * s, 18 * s, 11 * s, INK, 3 * s)
            elif mark == "star":
                canvas.text((x + 3) * s, (y - 1) * s, "★", detail, DETAIL_FONT, bold=True)
            else:
                canvas.fill(x * s, y * s, 18 * s, 11 * s, RED)
            canvas.text((x + 24) * s, (y - 1) * s, label, INK, DETAIL_FONT)
