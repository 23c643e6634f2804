"""Reading a rendered page back: which tags it has and what text, for the HTML tests."""

from __future__ import annotations

from html.parser import HTMLParser

ALLOWED_TAGS = {"html", "head", "meta", "title", "style", "body", "header", "main", "footer", "section", "h1", "h2",
                "h3", "h4", "p", "strong", "span", "a", "br", "table", "thead", "tbody", "tr", "th", "td", "div",
                "ol", "li", "details", "summary", "svg", "defs", "marker", "path", "g", "rect", "text", "tspan",
                "input", "label", "use"}  # input + label: the full-size switch; use: the printed parts


class Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.data: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_startendtag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.data.append(data)


def parsed(page: str) -> Tags:
    parser = Tags()
    parser.feed(page)
    return parser
