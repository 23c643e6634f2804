"""Configuration: discovery by walking up, precedence of the command line, clear errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from procesregels.commands.config import Config, find_config, read_config
from procesregels.errors import ConfigError


def write(path: Path, content: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(content, encoding="utf-8")
    return path


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A project folder with plans two levels down and nothing configured yet."""
    (tmp_path / "plans" / "centrum").mkdir(parents=True)
    write(tmp_path / "plans" / "centrum" / "markt.yaml", "plan: Markt\n")
    return tmp_path


# -- discovery ------------------------------------------------------------------------------


def test_procesregels_toml_in_a_parent_folder_is_found(project: Path) -> None:
    write(project / "procesregels.toml", 'lang = "nl"\n')
    config = find_config(project / "plans" / "centrum" / "markt.yaml")
    assert config is not None
    assert config.lang == "nl"
    assert config.path == (project / "procesregels.toml").resolve()


def test_pyproject_tool_table_is_found(project: Path) -> None:
    write(project / "pyproject.toml", '[project]\nname = "x"\n\n[tool.procesregels]\nlang = "en"\n')
    config = find_config(project / "plans" / "centrum")
    assert config is not None and config.lang == "en"


def test_nearest_configuration_wins(project: Path) -> None:
    write(project / "procesregels.toml", 'lang = "en"\n')
    write(project / "plans" / "procesregels.toml", 'lang = "nl"\n')
    config = find_config(project / "plans" / "centrum" / "markt.yaml")
    assert config is not None and config.lang == "nl"


def test_own_file_wins_over_pyproject_in_the_same_folder(project: Path) -> None:
    write(project / "pyproject.toml", '[tool.procesregels]\nlang = "en"\n')
    write(project / "procesregels.toml", 'lang = "nl"\n')
    config = find_config(project)
    assert config is not None and config.lang == "nl"


def test_pyproject_without_tool_table_is_passed_over(project: Path) -> None:
    write(project / "procesregels.toml", 'lang = "nl"\n')
    write(project / "plans" / "pyproject.toml", '[tool.ruff]\nline-length = 100\n')
    config = find_config(project / "plans" / "centrum")
    assert config is not None and config.lang == "nl"


def test_no_configuration_anywhere_gives_none(tmp_path: Path) -> None:
    # tmp_path's parents (/tmp, /) hold no procesregels configuration on a sane machine.
    assert find_config(tmp_path) is None


# -- values ---------------------------------------------------------------------------------


def test_all_keys_are_read(project: Path) -> None:
    write(
        project / "procesregels.toml",
        'ruleset = "rules/stad.rules"\nlang = "NL"\nselect = ["R1", "R7"]\n'
        'ignore = "R9, late-influence"\nformat = "json"\nfail-on = "warning"\n'
        'output = "reports/lint.json"\n',
    )
    config = read_config(project / "procesregels.toml")
    assert config.ruleset == str(project.resolve() / "rules" / "stad.rules")
    assert config.lang == "nl"
    assert config.select == ("R1", "R7")
    assert config.ignore == ("R9", "late-influence")
    assert config.format == "json"
    assert config.fail_on == "warning"
    assert config.output == str(project.resolve() / "reports" / "lint.json")


def test_bundled_ruleset_name_stays_a_name(project: Path) -> None:
    write(project / "procesregels.toml", 'ruleset = "vng-model"\n')
    assert read_config(project / "procesregels.toml").ruleset == "vng-model"


def test_relative_ruleset_path_is_relative_to_the_config_not_the_cwd(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(project / "rules" / "stad.rules", "")
    write(project / "procesregels.toml", 'ruleset = "stad"\n')
    monkeypatch.chdir(project / "plans")
    # "stad" is not a file next to the config, so it is a bundled name ...
    assert read_config(project / "procesregels.toml").ruleset == "stad"
    # ... but a file of that name next to the config is taken as that file.
    write(project / "stad", "")
    assert read_config(project / "procesregels.toml").ruleset == str(project.resolve() / "stad")


def test_dutch_fail_level_is_accepted(project: Path) -> None:
    write(project / "procesregels.toml", 'fail-on = "waarschuwing"\n')
    assert read_config(project / "procesregels.toml").fail_on == "warning"


def test_empty_table_gives_defaults(project: Path) -> None:
    write(project / "pyproject.toml", "[tool.procesregels]\n")
    config = find_config(project)
    assert config is not None
    assert (config.ruleset, config.lang, config.select, config.format) == ("national", None, (), "text")


# -- precedence -----------------------------------------------------------------------------


def test_command_line_wins_and_unset_options_keep_the_file_values() -> None:
    config = Config(ruleset="national", lang="nl", select=("R1",), format="json")
    merged = config.merged({"lang": "en", "select": (), "format": None, "fail_on": "warning"})
    assert merged.lang == "en"
    assert merged.select == ("R1",)
    assert merged.format == "json"
    assert merged.fail_on == "warning"
    assert merged.ruleset == "national"
    assert config.lang == "nl"  # frozen: merging returns a new value


def test_command_line_ids_may_be_comma_separated() -> None:
    assert Config().merged({"ignore": ("R1,R2", "R3")}).ignore == ("R1", "R2", "R3")


def test_merging_an_unknown_option_is_a_programming_error() -> None:
    with pytest.raises(TypeError):
        Config().merged({"colour": "red"})


# -- errors ---------------------------------------------------------------------------------


def test_unknown_key_names_file_line_and_nearest_key(project: Path) -> None:
    path = write(project / "procesregels.toml", 'lang = "nl"\nignroe = ["R1"]\n')
    with pytest.raises(ConfigError) as caught:
        read_config(path)
    error = caught.value
    assert error.span is not None and (error.span.line, error.span.column) == (2, 1)
    assert error.suggestions == ["ignore"]
    rendered = error.render()
    assert f"{path}:2:1" in rendered and "ignroe" in rendered and "did you mean 'ignore'" in rendered


def test_error_names_the_file_as_typed_from_the_working_folder(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(project / "procesregels.toml", 'ruleset = "national"\nignroe = ["V4"]\n')
    monkeypatch.chdir(project)
    with pytest.raises(ConfigError) as caught:
        find_config(project / "plans" / "centrum" / "markt.yaml")
    assert caught.value.render().splitlines() == [
        "procesregels.toml:2:1: error: unknown setting 'ignroe'",
        '  ignroe = ["V4"]',
        "  ^^^^^^",
        "  did you mean 'ignore'?",
    ]


def test_unknown_key_in_pyproject_is_located_in_its_table(project: Path) -> None:
    write(
        project / "pyproject.toml",
        '[tool.ruff]\nformat = "x"\n\n[tool.procesregels]\n  formt = "json"\n',
    )
    with pytest.raises(ConfigError) as caught:
        find_config(project)
    assert caught.value.span is not None
    assert (caught.value.span.line, caught.value.span.column) == (5, 3)
    assert caught.value.suggestions == ["format"]


def test_unknown_key_far_from_any_lists_the_known_keys(project: Path) -> None:
    path = write(project / "procesregels.toml", "colour = true\n")
    with pytest.raises(ConfigError) as caught:
        read_config(path)
    assert caught.value.suggestions == []
    assert "fail-on" in caught.value.render()


@pytest.mark.parametrize(
    "line",
    [
        "lang = 3",
        'lang = "fr"',
        "select = [1, 2]",
        'fail-on = "info"',
        "ruleset = []",
        'format = ""',
        'format = "pdf"',
        "ignore = {R1 = true}",
    ],
)
def test_wrong_types_and_values_are_errors(project: Path, line: str) -> None:
    path = write(project / "procesregels.toml", f"# settings\n{line}\n")
    with pytest.raises(ConfigError) as caught:
        read_config(path)
    assert caught.value.span is not None and caught.value.span.line == 2
    assert "must be" in caught.value.render()


def test_invalid_toml_is_located(project: Path) -> None:
    path = write(project / "procesregels.toml", 'lang = "nl"\nselect = [R1]\n')
    with pytest.raises(ConfigError) as caught:
        read_config(path)
    assert caught.value.span is not None and caught.value.span.line == 2
    assert "not valid TOML" in caught.value.render()


def test_tool_procesregels_that_is_not_a_table_is_an_error(project: Path) -> None:
    write(project / "pyproject.toml", '[tool]\nprocesregels = "national"\n')
    with pytest.raises(ConfigError):
        find_config(project)


def test_binary_config_is_an_error_not_a_traceback(project: Path) -> None:
    (project / "procesregels.toml").write_bytes(b"\xff\xfe\x00lang")
    with pytest.raises(ConfigError) as caught:
        find_config(project)
    assert "UTF-8" in caught.value.render()


def test_misspelt_format_suggests_the_nearest(project: Path) -> None:
    path = write(project / "procesregels.toml", 'format = "sarf"\n')
    with pytest.raises(ConfigError) as caught:
        read_config(path)
    assert caught.value.suggestions == ["sarif"]
    assert "one of" in caught.value.render() and "json" in caught.value.render()


def test_broken_pyproject_of_another_tool_is_passed_over(project: Path) -> None:
    write(project / "procesregels.toml", 'lang = "nl"\n')
    write(project / "plans" / "pyproject.toml", "[tool.black\nline-length = 100\n")
    config = find_config(project / "plans" / "centrum")
    assert config is not None and config.lang == "nl"


def test_broken_pyproject_meant_for_us_is_an_error(project: Path) -> None:
    write(project / "pyproject.toml", '[tool.procesregels]\nlang = "nl\n')
    with pytest.raises(ConfigError) as caught:
        find_config(project)
    assert caught.value.span is not None and caught.value.span.line == 2
