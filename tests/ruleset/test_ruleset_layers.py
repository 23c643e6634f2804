"""Layering: extends, replaces, drops, duplicate ids and cycles (docs/spec/LANGUAGE.md section 1)."""

from __future__ import annotations

import pytest

from conftest import DATA
from procesregels.errors import RulesetError
from procesregels.ruleset.model import Duration, Event, InfluenceByPhase, Response
from procesregels.ruleset.loader import bundled_rulesets, load_ruleset, parse_ruleset

LAYERS = DATA / "dsl" / "layers"


def test_extends_replaces_and_drops_merge_in_place():
    city = load_ruleset(str(LAYERS / "city.rules"))
    assert [rule.id for rule in city.rules] == ["B1", "C2", "C1"]
    assert [rule.layer for rule in city.rules] == ["base", "city", "city"]
    replaced = city.rule("C2")
    assert replaced.body == Response(
        event=Event(type="steps", kind="decision"), who=("participants",), level="inform",
        within=Duration(amount=4, unit="week"),
    )
    assert city.path == str(LAYERS / "city.rules")
    assert city.title == "Stadsregels"


def test_declarations_of_all_layers_are_merged_and_usable():
    district = load_ruleset(str(LAYERS / "district.rules"))
    assert [d.name for d in district.declarations] == ["neighbourhood", "plein"]
    assert district.rule("D1").body == InfluenceByPhase(who=("plein",), phase="exploration")
    vocabulary = district.vocabulary()
    assert vocabulary.role_covers("residents", "plein")
    assert [rule.layer for rule in district.rules] == ["base", "city", "city", "district"]


def test_parse_ruleset_does_not_apply_layers():
    text = (LAYERS / "district.rules").read_text(encoding="utf-8")
    with pytest.raises(RulesetError, match="plein"):  # declared in the layer below only
        parse_ruleset(text, "district.rules")


@pytest.mark.parametrize(
    "name, line, words",
    [
        ("cycle-a.rules", 2, "circle"),  # located where the circle closes, in cycle-b.rules
        ("duplicate.rules", 4, "already used in ruleset 'base'"),
        ("replaces-unknown.rules", 4, "no rule 'B9'"),
        ("drops-unknown.rules", 4, "no rule 'B11'"),
        ("missing-base.rules", 2, "no ruleset 'nowhere.rules'"),
        ("replaces-to-clash.rules", 4, "already used in ruleset 'base'"),
    ],
)
def test_layering_mistakes_are_located(name, line, words):
    with pytest.raises(RulesetError) as caught:
        load_ruleset(str(LAYERS / name))
    error = caught.value
    assert words in error.message
    assert error.span is not None and error.span.line == line
    assert error.span.path.endswith("cycle-b.rules" if name == "cycle-a.rules" else name)


def test_drops_error_points_at_the_id():
    with pytest.raises(RulesetError) as caught:
        load_ruleset(str(LAYERS / "drops-unknown.rules"))
    assert caught.value.span.column == len("drops B2 ") + 1
    assert caught.value.suggestions == ["B1"]


def test_unknown_ruleset_name_suggests_a_bundled_one(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(RulesetError) as caught:
        load_ruleset("no-such-ruleset")
    assert "no-such-ruleset" in caught.value.message


def test_bundled_rulesets_are_rules_files_and_load():
    paths = bundled_rulesets()
    assert paths == sorted(paths)
    assert all(path.suffix == ".rules" for path in paths)
    for path in paths:
        assert load_ruleset(path.stem).path == str(path)


def test_bundled_name_wins_over_nothing_and_path_works(tmp_path):
    own = tmp_path / "own.rules"
    own.write_text('ruleset "Own"\nrule O1 "o"\n  youth must be consulted\n', encoding="utf-8")
    ruleset = load_ruleset(str(own))
    assert ruleset.rules[0].layer == "own"


@pytest.mark.parametrize("data", [b"\xff\xfe ruleset", b'ruleset "x"\n\x80\n', b"ruleset \"x\"\n\x00"])
def test_unreadable_bytes_are_ruleset_errors(tmp_path, data):
    path = tmp_path / "bad.rules"
    path.write_bytes(data)
    with pytest.raises(RulesetError):
        load_ruleset(str(path))


def test_huge_file_is_refused(tmp_path):
    path = tmp_path / "huge.rules"
    path.write_bytes(b'ruleset "x"\n' + b"# padding\n" * 600_000)
    with pytest.raises(RulesetError, match="at most"):
        load_ruleset(str(path))


def test_a_directory_is_not_a_ruleset(tmp_path):
    folder = tmp_path / "folder.rules"
    folder.mkdir()
    with pytest.raises(RulesetError):
        load_ruleset(str(folder))
