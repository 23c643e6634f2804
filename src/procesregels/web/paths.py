"""Names of files in the workspace, as the browser sends them, checked before any file is touched.

A name from a URL or a form is untrusted. It is refused (`BadPath`) when it is absolute, has a
`..` or empty segment, a backslash, a control character, a segment starting with a dot (the
workbench's own `.procesregels/` folder and other hidden files), or when the file it names —
after following symlinks — lies outside the workspace. Encoded slashes (`%2F`) are refused where
the raw URL is seen (security.py), since after decoding they look like ordinary slashes.
"""

from __future__ import annotations

import os
import unicodedata
from pathlib import Path

PLAN_SUFFIXES = (".yaml", ".yml", ".json", ".bpmn")
RULESET_SUFFIXES = (".rules",)
#: A workspace is a folder of documents; a listing stops here rather than walk a whole disk.
MAX_LISTED = 2000
MAX_NAME = 400


class BadPath(ValueError):
    """A file name that does not name a file inside the workspace."""


def check_name(name: str) -> str:
    """`name` when it is a plain relative name (`plans/marktplein.yaml`), else BadPath."""
    if not name or len(name) > MAX_NAME:
        raise BadPath(name)
    if "\\" in name or name.startswith("/") or (len(name) > 1 and name[1] == ":"):
        raise BadPath(name)
    if any(unicodedata.category(char) in ("Cc", "Cf", "Zl", "Zp") for char in name):
        raise BadPath(name)
    for segment in name.split("/"):
        if segment in ("", ".", "..") or segment.startswith(".") or segment != segment.strip():
            raise BadPath(name)
    return name


def resolve(workspace: Path, name: str) -> Path:
    """The file `name` means inside `workspace` (which need not exist yet), or BadPath."""
    check_name(name)
    root = workspace.resolve()
    target = (root / name).resolve()  # follows symlinks, also of folders on the way
    if target == root or not target.is_relative_to(root):
        raise BadPath(name)
    return target


def relative(workspace: Path, path: Path) -> str:
    return path.resolve().relative_to(workspace.resolve()).as_posix()


def workspace_files(workspace: Path, suffixes: tuple[str, ...]) -> list[str]:
    """Names of the files with `suffixes` in the workspace, sorted; hidden folders, symlinks that
    lead out and anything past MAX_LISTED are left out."""
    root = workspace.resolve()
    found: list[str] = []
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d not in ("node_modules", "__pycache__"))
        for file in sorted(files):
            if file.startswith(".") or not file.lower().endswith(suffixes):
                continue
            name = (Path(folder) / file).relative_to(root).as_posix()
            try:
                resolve(root, name)
            except BadPath:
                continue
            found.append(name)
            if len(found) >= MAX_LISTED:
                return found
    return found
