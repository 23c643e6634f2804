"""A workbench on a temporary workspace, driven through Starlette's TestClient."""

from __future__ import annotations

import re
from pathlib import Path

from procesregels.plan.starter import starter_plan

STARTER = starter_plan("nl", "plan.yaml")


def client(workspace: Path, access=None, **options):
    from starlette.testclient import TestClient

    from procesregels.web.app import create_app

    return TestClient(create_app(workspace, access), **options)


def csrf(page_html: str) -> str:
    match = re.search(r'name="csrf" value="([0-9a-f]+)"', page_html)
    assert match, "no CSRF field on the page"
    return match.group(1)


def base(page_html: str) -> str:
    match = re.search(r'name="base" value="([^"]+)"', page_html)
    assert match, "no base field on the page"
    return match.group(1)


def form_fields(page_html: str) -> dict[str, list[str]]:
    """The values a browser would send for the editor form as shown (inputs, selected options)."""
    import html

    fields: dict[str, list[str]] = {}
    form = page_html[page_html.index('<form id="editor"'):page_html.index("</form>", page_html.index('<form id="editor"'))]
    for match in re.finditer(r'<input([^>]*)>', form):
        attrs = dict(re.findall(r'(\w[\w-]*)="([^"]*)"', match.group(1)))
        if "name" not in attrs:
            continue
        if attrs.get("type") == "checkbox":
            if " checked" in match.group(1):
                fields.setdefault(attrs["name"], []).append("on")
            continue
        fields.setdefault(attrs["name"], []).append(html.unescape(attrs.get("value", "")))
    for match in re.finditer(r'<select id="[^"]*" name="([^"]+)"[^>]*>(.*?)</select>', form, re.DOTALL):
        for option in re.finditer(r'<option value="([^"]*)" selected>', match.group(2)):
            fields.setdefault(match.group(1), []).append(html.unescape(option.group(1)))
    return fields


def as_pairs(fields: dict[str, list[str]]) -> dict[str, list[str]]:
    """Form data for httpx: a name with a list of values sends each (like a multiple select)."""
    return {name: list(values) for name, values in fields.items()}
