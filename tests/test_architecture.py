"""The shape of the house: no import cycle between modules or stage packages, no module over 400
lines. Imports are read with `ast`, so lazy imports inside functions count too: a cycle that only
closes at run time is still a cycle a reader has to untangle."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src"
PACKAGE = "procesregels"
MAX_LINES = 400

#: Stage packages from the bottom of the pipeline to the top: a stage may import only stages
#: before it (never one after it), which rules out cycles between packages.
STAGES = ("core", "i18n", "ruleset", "plan", "engine", "comparison", "example_plans", "picture",
          "reporters", "commands", "publish", "web", "cli")
#: top-level modules every stage may use (they import no stage)
BASE = ("errors", "span", "_version", "__init__", "__main__")


def _modules() -> dict[str, Path]:
    found = {}
    for path in sorted((SRC / PACKAGE).rglob("*.py")):
        parts = path.relative_to(SRC).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        found[".".join(parts)] = path
    return found


MODULES = _modules()


def _resolve(module: str, node: ast.ImportFrom, is_package: bool) -> str:
    if not node.level:
        return node.module or ""
    base = module.split(".")
    base = base if is_package else base[:-1]
    base = base[: len(base) - (node.level - 1)]
    return ".".join(base + ([node.module] if node.module else []))


def _imports(module: str, path: Path) -> set[str]:
    """Modules of the package that `module` imports, anywhere in its text."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            target = _resolve(module, node, path.name == "__init__.py")
            names.add(target)
            names.update(f"{target}.{alias.name}" for alias in node.names)
    found = set()
    for name in names:
        # `from a.b import c` names module a.b.c when it exists, otherwise an attribute of a.b
        while name and name not in MODULES:
            name = name.rpartition(".")[0]
        if name.startswith(PACKAGE + ".") and name != module and not module.startswith(name + "."):
            found.add(name)
    return found


GRAPH = {module: _imports(module, path) for module, path in MODULES.items()}


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One cycle of `graph` (as a path that returns to its start), or None."""
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return stack[stack.index(nxt):] + [nxt]
            if nxt not in state and (found := visit(nxt)):
                return found
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (found := visit(node)):
            return found
    return None


def _stage(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def test_the_graph_sees_lazy_imports():
    # commands.lint imports the engine inside a function, and the test must see that import
    assert any(m.startswith("procesregels.engine") for m in GRAPH["procesregels.commands.lint"])


def test_no_import_cycle_between_modules():
    assert _cycle(GRAPH) is None, " -> ".join(_cycle(GRAPH) or ())


def test_no_import_cycle_between_stage_packages():
    stages: dict[str, set[str]] = {}
    for module, targets in GRAPH.items():
        stages.setdefault(_stage(module), set()).update(_stage(t) for t in targets if _stage(t) != _stage(module))
    assert _cycle(stages) is None, " -> ".join(_cycle(stages) or ())


@pytest.mark.parametrize("module", sorted(GRAPH))
def test_a_stage_imports_only_earlier_stages(module):
    stage = _stage(module)
    if stage in BASE:
        return
    assert stage in STAGES, f"{module}: stage package {stage!r} is not in the pipeline order"
    later = sorted(t for t in GRAPH[module] if _stage(t) in STAGES and STAGES.index(_stage(t)) > STAGES.index(stage))
    assert not later, f"{module} imports later stages: {later}"


def test_the_cycle_finder_finds_a_cycle():
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert _cycle({"a": {"b"}, "b": set()}) is None


@pytest.mark.parametrize("module", sorted(MODULES))
def test_no_module_over_400_lines(module):
    lines = MODULES[module].read_text(encoding="utf-8").count("\n")
    assert lines <= MAX_LINES, f"{module} has {lines} lines (at most {MAX_LINES})"


# -- one home per rule template -------------------------------------------------------------------

#: The plan field `duration` (how long a step lasts) is the same word as the template `duration`
#: but another thing; the modules that read, write or edit plans may name it.
_PLAN_FIELD = {"duration": ("procesregels.plan.", "procesregels.example_plans.build", "procesregels.web.",
                            "procesregels.i18n.web", "procesregels.i18n.plan")}


def _strings(path: Path) -> list[str]:
    """The string constants of a module, without docstrings (they may mention a template)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {
        id(node.body[0].value) for node in ast.walk(tree)
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
        and node.body and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant)
    }
    return [node.value for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings]


def _names_template(value: str, template: str) -> bool:
    """`"lead-time"` itself, or a message key with it as a part (`finding.lead-time.participant`);
    prose (with spaces) and other dotted names (`http.response.start`) may use the words."""
    if value == template:
        return True
    parts = value.split(".")
    return not re.search(r"\s", value) and parts[0] in _key_sections() and template in parts


def _key_sections() -> set[str]:
    """The first parts of the catalogue's message keys (`finding`, `hint`, `compare`, ...)."""
    from procesregels.engine import checks  # noqa: F401  (registers the template texts)
    from procesregels.i18n import CATALOGUE

    return {key.split(".")[0] for key in CATALOGUE}


def _template_ids() -> tuple[str, ...]:
    from procesregels.ruleset.model import TEMPLATE_NAMES

    return TEMPLATE_NAMES


@pytest.mark.parametrize("template", _template_ids())
def test_a_template_id_is_written_in_one_module(template):
    homes = sorted(
        module for module, path in MODULES.items()
        if any(_names_template(value, template) for value in _strings(path))
        and not module.startswith(_PLAN_FIELD.get(template, ("-",)))
    )
    assert homes == ["procesregels.ruleset.model"], f"{template!r} is written in {homes}"


def test_every_template_has_one_module_with_all_its_parts():
    from procesregels.engine.checks import REGISTRY
    from procesregels.i18n import CATALOGUE

    assert tuple(REGISTRY) == _template_ids()
    for template, module in REGISTRY.items():
        assert module.MODEL.model_fields["template"].default == template
        for part in ("check", "aspects", "theme", "theme_words", "meaning", "MUTATIONS", "MESSAGES"):
            assert hasattr(module, part), f"{module.__name__} has no {part}"
        for key, entry in module.MESSAGES.items():
            assert CATALOGUE[key] is entry, key  # registered, so i18n.text finds it
            assert set(entry) == {"en", "nl"}, key
