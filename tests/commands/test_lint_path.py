"""What a lint of a well-formed plan does not load: the texts of other commands (the workbench,
the published site, the comparison, the ruleset check), the ruleset's error and explanation
texts, the brief's texts (a date in a message takes its month names from the plan texts), the
search for invisible characters (only a plan that does not read needs it), the standard library's
text calendars and its difflib (only a misspelt name needs it). Each is imported on first use,
where it is needed; start-up time is benchmarked."""

from __future__ import annotations

import shutil

import pytest

from conftest import SPEC_EXAMPLES
from lint_modules import after_lint, loaded_by_lint
from procesregels.i18n import CATALOGUE, LATER_PARTS

NOT_FOR_A_LINT = ("procesregels.i18n.web", "procesregels.i18n.publish", "procesregels.i18n.compare",
                  "procesregels.i18n.health", "procesregels.i18n.ruleset", "procesregels.i18n.brief",
                  "procesregels.plan.readers.invisible", "calendar", "difflib")


@pytest.mark.parametrize("args", [["marktplein.yaml", "--ruleset", "marktplein.rules"],
                                  ["marktplein.yaml", "--lang", "nl", "--format", "html"]])
def test_lint_loads_no_other_command_s_texts(args) -> None:
    assert loaded_by_lint(args, NOT_FOR_A_LINT) == set()


def test_lint_reads_no_toml_without_a_configuration_file(tmp_path) -> None:
    """tomllib (~1.5 ms to import) is for a configuration file only: the vocabulary has a prebuilt
    form, and a plan in a folder without procesregels.toml or pyproject.toml has no settings to
    read. (The worked example is inside this project, whose pyproject.toml is looked into.)"""
    folders = (tmp_path, *tmp_path.parents)
    if any((folder / name).exists() for folder in folders for name in ("procesregels.toml", "pyproject.toml")):
        pytest.skip("the temporary folder is inside a project with a configuration file")
    for name in ("marktplein.yaml", "marktplein.rules"):
        shutil.copyfile(SPEC_EXAMPLES / name, tmp_path / name)
    args = [str(tmp_path / "marktplein.yaml"), "--ruleset", str(tmp_path / "marktplein.rules")]
    assert loaded_by_lint(args, ("tomllib", "procesregels.core.vocabulary")) == {"procesregels.core.vocabulary"}


@pytest.mark.parametrize("args", [["marktplein.yaml", "--ruleset", "marktplein.rules"], ["marktplein.yaml"]])
def test_a_text_lint_does_not_import_the_json_module(args) -> None:
    """The prebuilt forms (vocabulary, bundled rulesets) are read by pydantic-core's JSON parser
    (core/resources.json_data); the json module would cost ~1 ms to import."""
    assert loaded_by_lint(args, ("json", "procesregels.core.vocabulary")) == {"procesregels.core.vocabulary"}


def test_a_later_catalogue_has_only_keys_of_its_own_sections() -> None:
    """A key of a later part is found by its first part (`web.`): a key outside the part's own
    sections would not be found until something else loaded the part."""
    import importlib

    for section, (module, name) in LATER_PARTS.items():
        own = {other for other, place in LATER_PARTS.items() if place == (module, name)}
        part = getattr(importlib.import_module(module), name)
        assert {key.split(".", 1)[0] for key in part} == own, section
        assert all(CATALOGUE[key] is entry for key, entry in part.items())


#: The classes of procesregels modules in `sys.modules` that are dataclasses.
_OUR_DATACLASSES = (
    "' '.join(sorted(f'{name}.{value.__qualname__}' for name, module in list(sys.modules.items())"
    " if name.startswith('procesregels') for value in vars(module).values()"
    " if isinstance(value, type) and value.__module__ == name and hasattr(value, '__dataclass_fields__')))"
)


@pytest.mark.parametrize("args", [["marktplein.yaml", "--ruleset", "marktplein.rules"], ["marktplein.yaml"]])
def test_lint_defines_no_dataclass_of_ours(args) -> None:
    """On Python 3.11 defining a dataclass costs about 0.35 ms (its methods are compiled with
    `exec`): the values a lint builds are records (`core/record.py`)."""
    assert after_lint(args, _OUR_DATACLASSES) == ""
