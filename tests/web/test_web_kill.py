"""Fault test: the server is killed (SIGKILL) in the middle of saving a large plan, several times.

After every kill the plan file is exactly the old text or exactly the new one, and it reads as a
plan: never half a file. (Saves go to a temporary file that is fsynced and then renamed.)
"""

from __future__ import annotations

import os
import random
import re
import signal
import subprocess
import sys
import threading
import time

import pytest
from web_server import free_port

from procesregels.plan.loader import parse_plan

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


def big_plan(title: str, steps: int = 2000) -> str:
    lines = [f"plan: {title}", "actors:", "  team: {role: officials}", "steps:"]
    filler = ("Een lange beschrijving van wat er in deze stap gebeurt, met wie en waarom. " * 20).strip()
    for number in range(steps):
        lines += [f"  - id: s{number}", "    kind: meeting", "    owner: team", f"    description: {filler}"]
        if number:
            lines.append(f"    after: [s{number - 1}]")
    return "\n".join(lines) + "\n"


def start(workspace, port):
    process = subprocess.Popen([sys.executable, "-m", "procesregels", "serve", str(workspace), "--port", str(port)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 30
    import httpx

    while time.monotonic() < deadline:
        try:
            httpx.get(f"http://127.0.0.1:{port}/static/app.css", timeout=1)
            return process
        except httpx.HTTPError:
            time.sleep(0.05)
    process.kill()
    raise RuntimeError("server did not start")


def test_sigkill_during_save_leaves_the_old_or_the_new_file(tmp_path):
    import httpx

    old, new = big_plan("Oude versie"), big_plan("Nieuwe versie")
    assert len(new.encode()) > 3_000_000
    parse_plan(old, "groot.yaml")  # both versions read as plans, so "one of the two" means "valid"
    parse_plan(new, "groot.yaml")
    target = tmp_path / "groot.yaml"
    target.write_text(old, encoding="utf-8")
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    rounds, randomness = 5, random.Random(15)
    process = start(tmp_path, port)
    try:
        for round_number in range(rounds):
            client = httpx.Client(base_url=base, timeout=30)
            page = client.get("/text/groot.yaml").text
            token = re.search(r'name="csrf" value="([0-9a-f]+)"', page).group(1)
            version = re.search(r'name="base" value="([^"]+)"', page).group(1)
            before = target.read_text(encoding="utf-8")
            after = new if before == old else old

            def save(client=client, token=token, version=version, after=after):
                try:
                    client.post("/text/groot.yaml", data={"csrf": token, "base": version, "text": after})
                except httpx.HTTPError:
                    pass  # the server died mid-request: that is the point

            sender = threading.Thread(target=save)
            sender.start()
            time.sleep(randomness.uniform(0.0, 0.25) if round_number else 0.5)  # the first round: after the save
            os.kill(process.pid, signal.SIGKILL)
            process.wait(timeout=10)
            sender.join(timeout=30)
            client.close()
            now = target.read_text(encoding="utf-8")
            assert now in (before, after), "the plan file is neither the old nor the new version"
            process = start(tmp_path, port)
    finally:
        process.kill()
        process.wait(timeout=10)
