"""Build hook: ship the top-level grammar/ and rulesets/ inside the wheel, the bundled rulesets
parsed once into their prebuilt form (procesregels/ruleset/prebuilt.py) and the vocabulary data
in its JSON form (procesregels/core/vocabulary_data.py).

grammar/ and rulesets/ live at the top of the repository, where councils and reviewers look for
them; the installed package finds them as procesregels/grammar and procesregels/rulesets.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).parent
SHIPPED = ("grammar", "rulesets")
# Run with the package just built (not an installed one), in a process of its own.
PREBUILD = (
    "import sys; from pathlib import Path; sys.path.insert(0, sys.argv[1]); "
    "from procesregels.core.vocabulary_data import write_beside; write_beside(); "
    "from procesregels.ruleset.loader import prebuild; "
    "print('prebuilt', len(prebuild(Path(sys.argv[1]) / 'procesregels' / 'rulesets')), 'rulesets')"
)


class BuildWithData(build_py):
    def run(self) -> None:
        super().run()
        package = Path(self.build_lib) / "procesregels"
        for name in SHIPPED:
            target = package / name
            if target.exists():
                shutil.rmtree(target)
            shutil.copytree(HERE / name, target,
                            ignore=shutil.ignore_patterns("__pycache__", "*.cache", "*.resolved.json"))
        subprocess.run([sys.executable, "-c", PREBUILD, str(Path(self.build_lib).resolve())], check=True,
                       env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"})
        for cache in (package / "grammar").glob("*.cache"):
            cache.unlink()  # Lark's table cache is written on first use where it runs, not shipped


setup(cmdclass={"build_py": BuildWithData})
