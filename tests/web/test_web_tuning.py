"""The serve process is prepared once: the default ruleset loaded, the collector set for a server."""

from __future__ import annotations

import contextlib
import gc

import pytest

from procesregels.web import checking, tuning


@pytest.fixture
def restore_gc():
    from procesregels.plan import shape

    thresholds, plain_first = gc.get_threshold(), shape.PLAIN_FIRST
    yield
    gc.unfreeze()
    gc.set_threshold(*thresholds)
    shape.PLAIN_FIRST = plain_first


def test_prepare_loads_the_default_ruleset_and_sets_the_collector(tmp_path, restore_gc):
    tuning.prepare_process(tmp_path)
    path = checking.ruleset_path(tmp_path, checking.DEFAULT_RULESET)
    assert checking._rulesets.get((str(path), path.stat().st_mtime_ns)) is not None
    assert gc.get_threshold() == tuning.THRESHOLDS
    assert gc.get_freeze_count() > 0
    from procesregels.plan import shape

    assert shape.PLAIN_FIRST is False  # a server reads plans with the validators it built once


def test_a_workspace_whose_ruleset_cannot_be_read_still_starts(tmp_path, restore_gc):
    (tmp_path / "procesregels.toml").write_text('ruleset = "kapot.rules"\n', encoding="utf-8")
    (tmp_path / "kapot.rules").write_text("this is not a ruleset\n", encoding="utf-8")
    assert checking.default_ruleset(tmp_path) == "kapot.rules"
    tuning.prepare_process(tmp_path)  # the error is the first request's to report, not the start's
    assert gc.get_threshold() == tuning.THRESHOLDS


def test_serve_with_two_workers_answers_from_two_processes_with_one_secret(tmp_path):
    """`serve --workers 2`: uvicorn starts two processes from the same settings; both lint, and the
    CSRF secret is made once before they start (a form from one is accepted by the other)."""
    import os
    import signal
    import sys
    from pathlib import Path

    import httpx
    from web_server import free_port

    port = free_port()
    server = _two_workers(tmp_path, port, start_new_session=True)
    try:
        plan = "plan: Twee\nactors:\n  raad: {role: council}\nsteps:\n  - {id: b, kind: decision, owner: raad}\n"
        answer = httpx.post(f"http://127.0.0.1:{port}/api/lint", json={"plan": plan, "ruleset": "national"}, timeout=30)
        assert answer.status_code == 200 and answer.json()["plans"][0]["title"] == "Twee"
        if sys.platform == "linux":
            children = (Path("/proc") / str(server.pid) / "task" / str(server.pid) / "children").read_text().split()
            assert len(children) >= 2  # the two workers (multiprocessing may add its resource tracker)
        assert (tmp_path / ".procesregels" / "secret").stat().st_size >= 32
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=20)


def test_the_workers_stop_when_the_server_is_killed(tmp_path):
    """`kill -9` of `serve --workers 2`: its worker processes do not live on answering on the port
    (uvicorn's workers do not watch their supervisor; ours stop when their parent is gone)."""
    import os
    import signal
    import sys
    import time
    from pathlib import Path

    import httpx
    from web_server import free_port

    if sys.platform != "linux":
        pytest.skip("reads the process tree from /proc")
    port = free_port()
    workers: list[int] = []
    server = _two_workers(tmp_path, port)
    try:
        children = (Path("/proc") / str(server.pid) / "task" / str(server.pid) / "children").read_text().split()
        workers = [int(c) for c in children if "resource_tracker" not in (Path("/proc") / c / "cmdline").read_text()]
        assert len(workers) == 2
        os.kill(server.pid, signal.SIGKILL)
        server.wait(timeout=10)
        deadline = time.monotonic() + 30
        while any(Path(f"/proc/{pid}").exists() and "Z" not in _state(pid) for pid in workers):
            assert time.monotonic() < deadline, "a worker outlived its server"
            time.sleep(0.2)
        with pytest.raises(httpx.HTTPError):
            httpx.get(f"http://127.0.0.1:{port}/api/rulesets", timeout=2)
    finally:
        for pid in workers:
            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGKILL)
        if server.poll() is None:
            server.kill()


def _state(pid: int) -> str:
    """The state letter of a process (Z: a zombie, already ended), '' when it is gone."""
    from pathlib import Path

    try:
        return (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return ""


def _two_workers(workspace, port: int, **popen):
    """`procesregels serve WORKSPACE --workers 2` on `port`, once it answers (or a failed test)."""
    import subprocess
    import sys
    import time

    import httpx

    server = subprocess.Popen([sys.executable, "-m", "procesregels", "serve", str(workspace), "--port", str(port),
                               "--workers", "2"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, **popen)
    deadline = time.monotonic() + 60
    while True:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/rulesets", timeout=2).status_code == 200:
                return server
        except httpx.HTTPError:
            pass
        if time.monotonic() >= deadline or server.poll() is not None:
            server.kill()
            raise AssertionError("the server did not start")
        time.sleep(0.1)
