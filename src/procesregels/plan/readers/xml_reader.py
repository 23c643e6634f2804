"""Read XML safely into a small element tree that keeps the line and column of every element.

expat is used directly (not ElementTree) because it reports where each element starts. A
document type declaration is refused outright: a plan needs no DTD, and refusing it rules out
entity expansion ("billion laughs") and external entities in one stroke. Depth and the number
of elements are bounded like the YAML reader's.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import overload
from xml.parsers import expat

from procesregels.plan.readers.source_tree import MAX_DEPTH, MAX_NODES, SourceTree, Span


@dataclass
class Element:
    """An XML element: namespace URI, local name, attributes ('{uri}name' or 'name'), children."""

    uri: str
    name: str
    attributes: dict[str, str]
    line: int
    column: int
    children: list["Element"] = field(default_factory=list)
    text: str = ""

    def iter(self):
        """This element and every element below it, in document order (iteratively)."""
        pending = [self]
        while pending:
            element = pending.pop()
            yield element
            pending.extend(reversed(element.children))

    @overload
    def get(self, name: str) -> str | None: ...

    @overload
    def get(self, name: str, default: str) -> str: ...

    def get(self, name: str, default: str | None = None) -> str | None:
        return self.attributes.get(name, default)


class _Refused(Exception):
    def __init__(self, key: str, line: int, column: int, args: dict | None = None):
        super().__init__(key)
        self.key, self.line, self.column, self.args_ = key, line, column, args or {}


def read_xml(tree: SourceTree) -> Element:
    """The root element of the XML text of `tree`; problems become located PlanErrors."""
    parser = expat.ParserCreate(namespace_separator="}")
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    stack: list[Element] = []
    roots: list[Element] = []
    count = 0

    def where() -> tuple[int, int]:
        return parser.CurrentLineNumber, parser.CurrentColumnNumber + 1

    def refuse_doctype(*_args) -> None:
        raise _Refused("error.plan.xml_doctype", parser.CurrentLineNumber, 1)

    def start(qualified: str, attributes: dict[str, str]) -> None:
        nonlocal count
        count += 1
        line, column = where()
        if count > MAX_NODES:
            raise _Refused("error.plan.too_many_values", line, column, {"limit": MAX_NODES})
        if len(stack) >= MAX_DEPTH:
            raise _Refused("error.plan.too_deep", line, column, {"limit": MAX_DEPTH})
        uri, _, name = qualified.rpartition("}")
        names = {(f"{{{key}" if "}" in key else key): value for key, value in attributes.items()}
        element = Element(uri, name, names, line, column)
        (stack[-1].children if stack else roots).append(element)
        stack.append(element)

    def end(_qualified: str) -> None:
        stack.pop()

    def characters(data: str) -> None:
        if stack and len(stack[-1].text) < 10_000:
            stack[-1].text += data

    parser.StartDoctypeDeclHandler = refuse_doctype
    parser.EntityDeclHandler = refuse_doctype
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = characters
    try:
        parser.Parse(tree.text, True)
    except _Refused as refused:
        raise tree.error(refused.key, Span(tree.path, refused.line, refused.column), refused.args_) from None
    except expat.ExpatError as problem:
        span = Span(tree.path, problem.lineno, problem.offset + 1)
        raise tree.error("error.plan.xml", span, {"problem": expat.ErrorString(problem.code)}) from None
    return roots[0]
