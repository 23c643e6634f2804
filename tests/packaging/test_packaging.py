"""The wheel carries its grammar, vocabulary and rulesets, and works installed elsewhere.

A packaging mistake (a data file left out of the wheel) passes every test that runs from the
checkout, because `resources.py` falls back to the top-level folders there. So this test builds
the wheel from a copy of the project, installs it into a fresh virtual environment and runs the
installed command from a folder that has no checkout around it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

from conftest import ROOT

pytestmark = pytest.mark.slow

# What `pip install .` needs from the checkout (MANIFEST.in grafts the same folders).
PROJECT_FILES = ("pyproject.toml", "setup.py", "MANIFEST.in", "README.md", "LICENSE")
PROJECT_DIRS = ("src", "grammar", "rulesets", "examples")
EXAMPLE_PLAN = "plein-herinrichting.yaml"  # the well-run square redesign: no findings


def clean_env() -> dict[str, str]:
    """The environment without PYTHONPATH, so the checkout's src/ cannot stand in for the wheel."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    return env


def run(args: list[str], cwd: Path, check: bool = True) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        args, cwd=cwd, env=clean_env(), capture_output=True, text=True, timeout=600
    )
    if check and result.returncode != 0:
        raise AssertionError(
            f"{' '.join(args)} exited {result.returncode}\n{result.stdout}\n{result.stderr}"
        )
    return result


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    source = tmp_path_factory.mktemp("source")
    for name in PROJECT_FILES:
        shutil.copy2(ROOT / name, source / name)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info")
    for name in PROJECT_DIRS:
        shutil.copytree(ROOT / name, source / name, ignore=ignore)
    out = tmp_path_factory.mktemp("wheelhouse")
    run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), "."], source)
    (built,) = out.glob("procesregels-*.whl")
    return built


@pytest.fixture(scope="module")
def venv(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv with the wheel; its dependencies are borrowed from this environment.

    Borrowing (a .pth file naming this environment's site-packages) keeps the test offline
    and fast. The venv's own site-packages comes first on sys.path, so the installed wheel,
    not whatever this environment has, is what runs.
    """
    home = tmp_path_factory.mktemp("venv")
    run([sys.executable, "-m", "venv", "--without-pip", str(home)], home)
    python = home / "bin" / "python"
    own_site = Path(
        run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
            home).stdout.strip()
    )
    # Install first, borrow after: with this environment visible, pip would find a procesregels
    # already installed here (in CI, the checkout's own install) and install nothing.
    run([sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", "-q",
         str(wheel)], home)
    borrowed = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    (own_site / "_borrowed_dependencies.pth").write_text("\n".join(sorted(borrowed)) + "\n")
    return home


def test_wheel_contains_grammar_vocabulary_and_rulesets(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "procesregels/grammar/procesregels.lark" in names
    assert "procesregels/core/vocabulary.toml" in names
    assert "procesregels/core/vocabulary.prebuilt.json" in names  # written by the build hook
    shipped = {n for n in names if n.startswith("procesregels/rulesets/") and n.endswith(".rules")}
    in_checkout = {
        "procesregels/rulesets/" + p.relative_to(ROOT / "rulesets").as_posix()
        for p in (ROOT / "rulesets").rglob("*.rules")
    }
    assert in_checkout and shipped == in_checkout


def test_installed_package_runs_from_another_folder(venv: Path, tmp_path: Path) -> None:
    workdir = tmp_path / "elsewhere"
    workdir.mkdir()
    shutil.copy2(ROOT / "examples" / EXAMPLE_PLAN, workdir / EXAMPLE_PLAN)

    where = run([str(venv / "bin" / "python"), "-c",
                 "import procesregels; print(procesregels.__file__)"], workdir).stdout
    assert where.startswith(str(venv)), f"procesregels imported from {where}, not from the venv"

    version = run([str(venv / "bin" / "python"), "-m", "procesregels", "--version"], workdir)
    assert "procesregels" in version.stdout and "0." in version.stdout

    lint = run([str(venv / "bin" / "procesregels"), "lint", EXAMPLE_PLAN], workdir, check=False)
    assert lint.returncode == 0, lint.stdout + lint.stderr
    assert "Traceback" not in lint.stderr


def test_installed_package_lists_its_bundled_rulesets(venv: Path, tmp_path: Path) -> None:
    import json

    listed = run([str(venv / "bin" / "procesregels"), "rulesets", "--format", "json"], tmp_path)
    names = {entry["name"] for entry in json.loads(listed.stdout)}
    assert "national" in names
    for entry in json.loads(listed.stdout):
        assert Path(entry["path"]).is_file()
        assert str(venv) in entry["path"], "a bundled ruleset was read from the checkout"


def test_wheel_ships_current_prebuilt_rulesets_and_uses_them(wheel: Path, venv: Path, tmp_path: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    rules = {n[: -len(".rules")] for n in names if n.startswith("procesregels/rulesets/") and n.count("/") == 2
             and n.endswith(".rules")}
    forms = {n[: -len(".resolved.json")] for n in names if n.endswith(".resolved.json")}
    assert rules and forms == rules
    assert not any(n.endswith(".cache") or "__pycache__" in n for n in names)
    check = (
        "import sys\n"
        "from procesregels.ruleset import prebuilt\n"
        "from procesregels.ruleset.loader import bundled_rulesets, parse_layers\n"
        "for path in bundled_rulesets():\n"
        "    form = prebuilt.load(path)\n"
        "    assert form is not None, f'{path.name}: no current prebuilt form'\n"
        "    assert form == parse_layers(path), path.name\n"
        "print('ok')\n"
    )
    assert run([str(venv / "bin" / "python"), "-c", check], tmp_path).stdout == "ok\n"
