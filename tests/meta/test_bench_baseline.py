"""The start-up benchmark compares `lint` with importing the library modules `lint` itself loads:
that baseline must load every one of them and nothing of procesregels, and lint must load no
library beyond the four it is built on, or the ratio is not honest."""

from __future__ import annotations

import ast
import importlib.util
import subprocess
import sys
from functools import lru_cache

from conftest import ROOT, SPEC_EXAMPLES
from lint_modules import loaded_by_lint

CANDIDATES = ("lark", "pydantic", "click", "yaml", "networkx", "jinja2", "docx", "openpyxl", "starlette",
              "uvicorn", "multipart")


def _bench_libraries(name: str = "LINT_LIBRARIES") -> set[str]:
    tree = ast.parse((ROOT / "bench" / "run.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", None) == name:
            return set(ast.literal_eval(node.value))
    raise AssertionError(f"bench/run.py has no {name}")


def _loaded_by_lint(*args: str, candidates: tuple[str, ...] = CANDIDATES) -> set[str]:
    return loaded_by_lint(args, candidates)


def test_the_baseline_is_what_lint_imports() -> None:
    assert _loaded_by_lint("marktplein.yaml", "--ruleset", "marktplein.rules") == _bench_libraries()


def test_the_baseline_without_lark_is_what_lint_with_a_bundled_ruleset_imports() -> None:
    assert _loaded_by_lint("marktplein.yaml") == _bench_libraries("BUNDLED_LINT_LIBRARIES")


#: What a lint of a plain ruleset file need not load: the comparison (only for a rule that
#: replaces a floor rule), the prebuilt forms (bundled rulesets only), and pydantic's validator
#: building with its plugin lookup (the parser's and well-formed plans' models are built directly).
NOT_ON_THE_LINT_PATH = ("procesregels.comparison.rules", "procesregels.comparison.aspects", "procesregels.ruleset.prebuilt",
                        "pydantic.plugin._loader", "importlib.metadata")


def test_lint_of_a_ruleset_file_builds_no_validator_and_loads_no_comparison() -> None:
    assert _loaded_by_lint("marktplein.yaml", "--ruleset", "marktplein.rules", candidates=NOT_ON_THE_LINT_PATH) == set()


@lru_cache(maxsize=1)
def _bench():
    spec = importlib.util.spec_from_file_location("bench_run", ROOT / "bench" / "run.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_run"] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


#: Packages the four libraries of the lint path load for themselves (pydantic's and PyYAML's).
LINT_PACKAGES = {"lark", "pydantic", "pydantic_core", "annotated_types", "typing_extensions", "typing_inspection",
                 "click", "yaml", "_yaml"}


def _tops(modules: list[str]) -> set[str]:
    # Cython's C extensions (PyYAML's _yaml) register helper modules of their own.
    return {name.split(".")[0] for name in modules if not name.startswith(("_cython", "cython_runtime"))}


def test_the_measured_baseline_holds_the_libraries_of_lint_and_no_other() -> None:
    with_file = _bench().library_modules(["lint", "marktplein.yaml", "--ruleset", "marktplein.rules"], SPEC_EXAMPLES)
    bundled = _bench().library_modules(["lint", "marktplein.yaml"], SPEC_EXAMPLES)
    assert "pydantic.main" in with_file and "lark.lark" in with_file
    assert _tops(with_file) <= LINT_PACKAGES and _tops(bundled) <= LINT_PACKAGES - {"lark"}
    assert not any(name.startswith("procesregels") for name in with_file + bundled)


def test_the_baseline_command_loads_every_library_module_of_lint_and_nothing_of_procesregels() -> None:
    modules = _bench().library_modules(["lint", "marktplein.yaml", "--ruleset", "marktplein.rules"], SPEC_EXAMPLES)
    command = _bench().import_command(modules)
    command[-1] += "import sys\nprint(' '.join(sys.modules), file=sys.stderr)\n"
    result = subprocess.run(command, capture_output=True, text=True, timeout=120, cwd=SPEC_EXAMPLES)
    loaded = set(result.stderr.splitlines()[-1].split())
    assert set(modules) <= loaded
    assert not any(name.startswith("procesregels") for name in loaded)
