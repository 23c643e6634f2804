"""The workbench under load: 20 concurrent clients x 50 `POST /api/lint` requests of a 50-step plan.

Starts `procesregels serve` on 127.0.0.1 (a free port, a temporary workspace), warms it up, then
runs the clients (threads with keep-alive connections, standard library only) and prints the
latency p50 / p95 / max and the number of errors. Bounded: every request has a timeout and the
whole run a deadline; the server only ever listens on the loopback address.

    python bench/bench_serve.py [--clients 20] [--requests 50] [--steps 50] [--vary]

Target (issue 15): p95 <= 50 ms warm on a 2-core machine, 0 errors. The workbench caches results
by the hash of their input, so the same plan sent again is a lookup; `--vary` gives every request
its own title, so that every request is linted afresh (the cost of a person typing).
"""

from __future__ import annotations

import argparse
import http.client
import json
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time

REQUEST_TIMEOUT = 30.0
RUN_DEADLINE = 300.0


def plan_text(steps: int, title: str) -> str:
    lines = [f"plan: {title}", "municipality: Voorbeeldstad", "actors:", "  raad: {role: council}",
             "  college: {role: executive}", "  team: {role: officials}", "  inwoners: {role: residents}",
             "  ondernemers: {role: businesses}", "steps:"]
    kinds = ["meeting", "survey", "workshop", "information", "draft"]
    for number in range(steps):
        kind = "frames" if number == 0 else "decision" if number == steps - 1 else kinds[number % len(kinds)]
        owner = "raad" if kind in ("frames", "decision") else "team"
        lines += [f"  - id: s{number}", f"    title: Stap {number}", f"    kind: {kind}", f"    owner: {owner}",
                  f"    date: 2027-{1 + number * 11 // steps:02d}-{1 + number % 27:02d}"]
        if 0 < number < steps - 1:
            lines.append("    participants: {inwoners: raadplegen, ondernemers: informeren}")
        if number:
            previous = [f"s{number - 1}"] + ([f"s{number - 3}"] if number >= 3 and number % 4 == 0 else [])
            lines.append(f"    after: [{', '.join(previous)}]")
    return "\n".join(lines) + "\n"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_until_up(port: int) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            connection.request("GET", "/api/rulesets")
            connection.getresponse().read()
            return
        except OSError:
            time.sleep(0.1)
    raise SystemExit("the server did not start")


def client(port: int, bodies: list[bytes], latencies: list[float], errors: list[str], stop_at: float) -> None:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=REQUEST_TIMEOUT)
    for body in bodies:
        if time.monotonic() > stop_at:
            errors.append("deadline")
            return
        started = time.perf_counter()
        try:
            connection.request("POST", "/api/lint", body=body, headers={"content-type": "application/json"})
            response = connection.getresponse()
            data = response.read()
            if response.status != 200 or not data.startswith(b"{"):
                errors.append(f"HTTP {response.status}")
        except (OSError, http.client.HTTPException) as error:
            errors.append(type(error).__name__)
            connection.close()
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=REQUEST_TIMEOUT)
            continue
        latencies.append(time.perf_counter() - started)
    connection.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--requests", type=int, default=50)
    parser.add_argument("--steps", type=int, default=50)
    parser.add_argument("--vary", action="store_true", help="a different title per request: no cache hits")
    options = parser.parse_args()
    port = free_port()
    workspace = tempfile.mkdtemp(prefix="bench-serve-")
    server = subprocess.Popen([sys.executable, "-m", "procesregels", "serve", workspace, "--host", "127.0.0.1",
                               "--port", str(port)], stdout=subprocess.DEVNULL)
    try:
        wait_until_up(port)

        def body(client_number: int, request_number: int) -> bytes:
            title = f"Bench {client_number}-{request_number}" if options.vary else "Bench"
            return json.dumps({"plan": plan_text(options.steps, title), "ruleset": "national"}).encode()

        warm: list[float] = []
        client(port, [body(-1, n) for n in range(5)], warm, [], time.monotonic() + RUN_DEADLINE)
        latencies: list[float] = []
        errors: list[str] = []
        stop_at = time.monotonic() + RUN_DEADLINE
        threads = [threading.Thread(target=client, args=(port, [body(c, r) for r in range(options.requests)],
                                                          latencies, errors, stop_at))
                   for c in range(options.clients)]
        started = time.perf_counter()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(RUN_DEADLINE)
        elapsed = time.perf_counter() - started
    finally:
        server.terminate()
        server.wait(timeout=10)
    if not latencies:
        raise SystemExit(f"no request succeeded; errors: {errors[:5]}")
    ordered = sorted(latencies)
    p95 = ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))]
    mode = "every request linted afresh (--vary)" if options.vary else "the same plan (cached after the first)"
    print(f"{options.clients} clients x {options.requests} requests, {options.steps}-step plan, {mode}")
    print(f"requests {len(latencies)} ok, {len(errors)} errors, {len(latencies) / elapsed:.0f} per second")
    print(f"latency p50 {statistics.median(ordered) * 1000:.1f} ms, p95 {p95 * 1000:.1f} ms, "
          f"max {ordered[-1] * 1000:.1f} ms")


if __name__ == "__main__":
    main()
