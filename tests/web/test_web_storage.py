"""Saving never loses work: atomic writes, kept versions, conflicts refused, names checked."""

from __future__ import annotations

import os

import pytest

from procesregels.web import storage
from procesregels.web.paths import BadPath, check_name, resolve, workspace_files


def test_save_creates_then_refuses_a_second_create(tmp_path):
    version = storage.save(tmp_path, "a.yaml", "plan: A\n", storage.NEW)
    assert (tmp_path / "a.yaml").read_text() == "plan: A\n"
    assert version == storage.version_of(b"plan: A\n")
    with pytest.raises(storage.Conflict) as refused:
        storage.save(tmp_path, "a.yaml", "plan: B\n", storage.NEW)
    assert refused.value.current.text == "plan: A\n"
    assert (tmp_path / "a.yaml").read_text() == "plan: A\n"


def test_save_from_an_old_version_is_a_conflict_and_changes_nothing(tmp_path):
    first = storage.save(tmp_path, "a.yaml", "plan: A\n", storage.NEW)
    storage.save(tmp_path, "a.yaml", "plan: B\n", first)  # another tab saved
    with pytest.raises(storage.Conflict) as refused:
        storage.save(tmp_path, "a.yaml", "plan: C\n", first)
    assert refused.value.current.text == "plan: B\n"
    assert (tmp_path / "a.yaml").read_text() == "plan: B\n"


def test_a_change_on_disk_is_a_conflict_too(tmp_path):
    first = storage.save(tmp_path, "a.yaml", "plan: A\n", storage.NEW)
    (tmp_path / "a.yaml").write_text("plan: edited in another program\n")
    with pytest.raises(storage.Conflict):
        storage.save(tmp_path, "a.yaml", "plan: mine\n", first)


def test_every_save_keeps_the_previous_version_with_user(tmp_path):
    v1 = storage.save(tmp_path, "sub/a.yaml", "one\n", storage.NEW)
    v2 = storage.save(tmp_path, "sub/a.yaml", "two\n", v1, user="anna")
    storage.save(tmp_path, "sub/a.yaml", "three\n", v2, user="bert")
    kept = storage.versions(tmp_path, "sub/a.yaml")
    assert [storage.read_version(tmp_path, "sub/a.yaml", v.ident) for v in kept] == ["two\n", "one\n"]
    assert [v.user for v in kept] == ["bert", "anna"]
    assert (tmp_path / ".procesregels" / "versions" / "sub" / "a.yaml").is_dir()


def test_saving_the_same_text_keeps_no_extra_version(tmp_path):
    v1 = storage.save(tmp_path, "a.yaml", "one\n", storage.NEW)
    assert storage.save(tmp_path, "a.yaml", "one\n", v1) == v1
    assert storage.versions(tmp_path, "a.yaml") == []


def test_atomic_write_leaves_no_temporary_file_and_keeps_the_mode(tmp_path):
    target = tmp_path / "a.yaml"
    target.write_text("old")
    os.chmod(target, 0o640)
    storage.atomic_write(target, b"new")
    assert target.read_bytes() == b"new"
    assert oct(target.stat().st_mode & 0o777) == oct(0o640)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.yaml"]


def test_too_large_is_refused_before_writing(tmp_path):
    with pytest.raises(storage.TooLarge):
        storage.save(tmp_path, "a.yaml", "x" * (storage.MAX_BYTES + 1), storage.NEW)
    assert not (tmp_path / "a.yaml").exists()


@pytest.mark.parametrize("name", [
    "../a.yaml", "a/../../b.yaml", "/etc/passwd", "C:/x.yaml", "a\\b.yaml", "a//b.yaml", "./a.yaml",
    ".procesregels/secret", "sub/.hidden.yaml", "a\x00.yaml", "a\nb.yaml", "a\x1b.yaml", "a\u202eb.yaml", "", " a.yaml",
    "x" * 500,
])
def test_bad_names_are_refused(tmp_path, name):
    with pytest.raises(BadPath):
        check_name(name)
    with pytest.raises(BadPath):
        resolve(tmp_path, name)


def test_a_symlink_out_of_the_workspace_is_refused(tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.yaml").write_text("plan: secret\n")
    workspace = tmp_path / "ws"
    workspace.mkdir()
    (workspace / "link.yaml").symlink_to(outside / "secret.yaml")
    (workspace / "folder").symlink_to(outside)
    for name in ("link.yaml", "folder/secret.yaml"):
        with pytest.raises(BadPath):
            resolve(workspace, name)
        with pytest.raises(BadPath):
            storage.read(workspace, name)
    assert workspace_files(workspace, (".yaml",)) == []


def test_workspace_files_skips_hidden_folders(tmp_path):
    (tmp_path / "a.yaml").write_text("x")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.json").write_text("x")
    storage.save(tmp_path, "c.yaml", "x", storage.NEW)
    storage.save(tmp_path, "c.yaml", "y", storage.version_of(b"x"))
    assert workspace_files(tmp_path, (".yaml", ".json")) == ["a.yaml", "c.yaml", "sub/b.json"]
