"""The contract is in the repository: every reference to a spec file names the project's own copy
(docs/spec/...), the architecture description is docs/architecture.md, and both exist."""

from __future__ import annotations

import re
from pathlib import Path

from conftest import ROOT, SPEC, SPEC_EXAMPLES

BARE = re.compile(r"(?<![\w/.-])(LANGUAGE|PLAN|CLI|ARCHITECTURE)\.md")
FOLDERS = ("src", "tests", "bench", "grammar")
THIS = Path(__file__).resolve()


def test_spec_files_are_in_the_repository() -> None:
    for name in ("LANGUAGE.md", "PLAN.md", "CLI.md"):
        assert (SPEC / name).is_file(), name
    for name in ("marktplein.yaml", "marktplein.rules", "marktplein.nl.rules", "marktplein.expected.json"):
        assert (SPEC_EXAMPLES / name).is_file(), name
    assert (ROOT / "docs" / "architecture.md").is_file()


def test_references_name_the_copy_in_docs() -> None:
    bare = []
    for folder in FOLDERS:
        for path in sorted((ROOT / folder).rglob("*")):
            if path == THIS or not path.is_file() or path.suffix not in (".py", ".md", ".lark", ".toml", ".yaml", ".rules"):
                continue
            try:
                text = path.read_text(encoding="utf-8")
            except UnicodeDecodeError:
                continue  # deliberately broken test inputs
            for number, line in enumerate(text.splitlines(), start=1):
                if BARE.search(line):
                    bare.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()[:80]}")
    assert bare == [], "write docs/spec/LANGUAGE.md (PLAN.md, CLI.md) or docs/architecture.md:\n" + "\n".join(bare)


def test_no_test_reads_the_spec_from_outside_the_repository() -> None:
    outside = ('"shared"', "/shared/spec")
    for path in (ROOT / "tests").rglob("*.py"):
        if path == THIS:
            continue
        text = path.read_text(encoding="utf-8")
        assert not any(word in text for word in outside), path
