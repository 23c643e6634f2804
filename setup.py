"""Build hook: ship the top-level grammar/ and rulesets/ inside the wheel.

They live at the top of the repository, where councils and reviewers look for them; the
installed package finds them as procesregels/grammar and procesregels/rulesets.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).parent
SHIPPED = ("grammar", "rulesets")


class BuildWithData(build_py):
    def run(self) -> None:
        super().run()
        for name in SHIPPED:
            source = HERE / name
            target = Path(self.build_lib) / "procesregels" / name
            if target.exists():
                shutil.rmtree(target)
            shutil.copytree(source, target, ignore=shutil.ignore_patterns("__pycache__", "*.cache"))


setup(cmdclass={"build_py": BuildWithData})
