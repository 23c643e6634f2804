"""Draw a `picture.Picture` as SVG (Jinja2, autoescaped), Mermaid or Graphviz DOT.

The layout is computed once in picture.py; these renderers only draw it. Every label comes
from a plan and may hold anything, so each format escapes in its own way: XML entities in SVG,
Mermaid entity codes (`#quot;`, `#60;`) inside quoted labels, DOT quoted strings with `\\` and
`"` escaped. Ids in every format are generated (`s3`), never taken from the plan.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from procesregels.i18n import text
from procesregels.picture.layout import LANE_LABEL_WIDTH, Node, Picture, number

TEMPLATES = Path(__file__).resolve().parent / "templates"


@lru_cache(maxsize=None)
def environment():
    """One Jinja2 environment with autoescape on for every template (HTML and SVG alike)."""
    import jinja2

    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES)),
        autoescape=True,  # every template is HTML or SVG: escape everything by default
        finalize=xml_safe,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
    )
    env.filters["n"] = number
    env.filters["shorten"] = shorten
    env.filters["wrap"] = wrap
    env.filters["badge"] = badge
    env.globals["lane_label_width"] = LANE_LABEL_WIDTH
    env.globals["css"] = (TEMPLATES / "picture.css").read_text(encoding="utf-8")
    return env


#: Characters XML 1.0 forbids even as entities; one in a title would make a standalone SVG unreadable.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def xml_safe(value):
    """Every text a template prints, with XML-forbidden characters as U+FFFD (markup passes as is)."""
    from markupsafe import Markup

    if isinstance(value, str) and not isinstance(value, Markup):
        return _NOT_XML.sub("\ufffd", value)
    return value


def shorten(value: str, width: int) -> str:
    value = " ".join(str(value).split())
    return value if len(value) <= width else value[: width - 1].rstrip() + "…"


#: Built-in checks have long ids; on a box their badge is a mark, the tooltip names them.
_BUILT_IN_MARK = {"late-influence": "!", "missing-role": "!", "plan-error": "!"}


def badge(rules: tuple[str, ...]) -> str:
    """The rule ids on a step's badge: built-ins as `!`, the whole at most 14 characters."""
    return shorten(" ".join(dict.fromkeys(_BUILT_IN_MARK.get(rule, rule) for rule in rules)), 14)


def wrap(value: str, width: int, lines: int = 2) -> list[str]:
    """Up to `lines` lines of at most `width` characters, broken at spaces; the last one shortened."""
    words, result, current = " ".join(str(value).split()).split(" "), [], ""
    for position, word in enumerate(words):
        if current and len(current) + 1 + len(word) > width:
            result.append(current)
            current = word
            if len(result) == lines - 1:
                current = " ".join(words[position:])
                break
        else:
            current = f"{current} {word}" if current else word
    result.append(current)
    return [shorten(line, width) for line in result[:lines]]


def tooltip(node: Node, lang: str) -> str:
    """Everything about a step, for the hover title (the box itself shows a shortened label)."""
    lines = [f"{node.label} ({node.step})", " · ".join(p for p in (node.kind, node.phase, node.dates) if p)]
    if node.participants:
        who = ", ".join(f"{actor}: {level}" for actor, level in node.participants)
        lines.append(f"{text('graph.participants', lang)}: {who}")
    if node.note:
        lines.append(node.note)
    lines += [text("graph.first_influence_of", lang, {"role": role}) for role in node.influence]
    lines += [text("graph.late_influence_of", lang, {"role": role}) for role in node.late]
    if node.too_late and not node.late:
        lines.append(text("graph.late", lang))
    if node.rules:
        lines.append(f"{text('report.findings', lang)}: {', '.join(node.rules)}")
    return "\n".join(lines)


def svg(picture: Picture, lang: str, *, prefix: str = "", standalone: bool = True) -> str:
    """The picture as an SVG element; `standalone` adds the XML declaration and the styles."""
    template = environment().get_template("picture.svg.j2")
    drawn = template.module.picture(
        picture, prefix, lambda key, **args: text(key, lang, args), lambda node: tooltip(node, lang),
        standalone)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n' + str(drawn) + "\n") if standalone else str(drawn)


def mermaid(picture: Picture, lang: str) -> str:
    """A Mermaid flowchart: a subgraph per lane, dashed links for optional steps."""
    lines = ["flowchart LR"]
    for number_, lane in enumerate(picture.lanes):
        lines.append(f'  subgraph lane{number_}["{mermaid_text(lane.label)}"]')
        for node in (n for n in picture.nodes if n.lane == number_):
            lines.append(f'    s{node.index}{_mermaid_shape(node)}')
        lines.append("  end")
    for edge in picture.edges:
        lines.append(f"  s{edge.source} {'-.->' if edge.dashed else '-->'} s{edge.target}")
    for rank in sorted({min(node.rank, 5) for node in picture.nodes}):
        lines.append(f"  classDef lvl{rank} fill:{_FILL[rank]},stroke:#52606d")
    for node in picture.nodes:
        lines.append(f"  class s{node.index} lvl{min(node.rank, 5)}")
    dashed = [f"s{n.index}" for n in picture.nodes if n.dashed]
    if dashed:
        lines.append("  classDef dashed stroke-dasharray:5 4")
        lines.append(f"  class {','.join(dashed)} dashed")
    return "\n".join(lines) + "\n"


def _mermaid_shape(node: Node) -> str:
    parts = [("◆ " if node.decision else "") + node.label]
    if node.dates:
        parts.append(node.dates)
    if node.participants:
        parts.append(", ".join(f"{actor}: {level}" for actor, level in node.participants))
    if node.influence or node.late:
        parts.append("★")
    if node.rules:
        parts.append(" ".join(node.rules))
    label = "<br/>".join(mermaid_text(part) for part in parts)
    return f'("{label}")' if not node.decision else f'[["{label}"]]'


def mermaid_text(value: str) -> str:
    """Mermaid label text: every character that could end the label or start markup as `#code;`."""
    return "".join(ch if ch.isalnum() or ch in " .,-:/()'" else f"#{ord(ch)};" for ch in " ".join(value.split()))


def dot(picture: Picture, lang: str) -> str:
    """Graphviz DOT: left to right, a cluster per lane, dashed boxes for optional steps."""
    lines = ["digraph plan {", "  rankdir=LR;",
             "  newrank=true;  // rank across lanes, so order reads left to right",
             f"  label={dot_text(picture.title)};",
             '  node [shape=box, style="rounded,filled", fontname="Helvetica", fontsize=10];']
    for number_, lane in enumerate(picture.lanes):
        lines.append(f"  subgraph cluster_{number_} {{")
        lines.append(f"    label={dot_text(lane.label)};")
        for node in (n for n in picture.nodes if n.lane == number_):
            parts = [("◆ " if node.decision else "") + node.label, node.dates,
                     ", ".join(f"{a}: {lv}" for a, lv in node.participants), " ".join(node.rules)]
            label = "\n".join(part for part in parts if part)
            style = "rounded,filled,dashed" if node.dashed else "rounded,filled"
            extra = ", penwidth=3" if node.decision or node.too_late else ""
            colour = ', color="#c62828"' if node.too_late else ""
            lines.append(f'    s{node.index} [label={dot_text(label)}, fillcolor="{_FILL[min(node.rank, 5)]}", '
                         f'style="{style}", tooltip={dot_text(tooltip(node, lang))}{extra}{colour}];')
        lines.append("  }")
    for edge in picture.edges:
        lines.append(f"  s{edge.source} -> s{edge.target}{' [style=dashed]' if edge.dashed else ''};")
    lines.append("}")
    return "\n".join(lines) + "\n"


_DOT_CONTROL = re.compile("[\x00-\x1f\x7f]")


def dot_text(value: str) -> str:
    """A DOT quoted string: backslashes and quotes escaped, line breaks as DOT's `\\n`."""
    escaped = value.replace("\\", "\\\\").replace('"', '\\"')
    escaped = escaped.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n")
    escaped = _DOT_CONTROL.sub("\ufffd", escaped)  # Graphviz stops at a NUL or other control byte
    return f'"{escaped}"'


_FILL = {0: "#ffffff", 1: "#dbeafe", 2: "#c7e9c0", 3: "#a1d99b", 4: "#74c476", 5: "#41ab5d"}
