"""The workbench under load: 20 concurrent clients x 50 `POST /api/lint` requests of a 50-step plan.

Starts `procesregels serve` on 127.0.0.1 (a free port, a temporary workspace), warms it up, then
runs the clients (threads with keep-alive connections, standard library only) and prints the
latency p50 / p95 / max, the number of errors, the server's CPU time per request (all its
processes) and the clients' own (they share the machine's cores with the server). Bounded:
every request has a timeout and the whole run a deadline; the server only ever listens on the
loopback address.

    python bench/bench_serve.py [--clients 20] [--requests 50] [--steps 50] [--workers N]
                                [--mode both|cached|uncached] [--repeat 3]

Target (issue 15): p95 <= 50 ms warm on a 2-core machine, 0 errors. The workbench caches results
by the hash of their input, so the same plan sent again is a lookup ("cached"); in "uncached"
every request has its own title, so every request is read and linted afresh (the cost of a person
typing). Both are measured by default, each `--repeat` times in alternation; the summary gives the
median of the rounds. The load average is printed before and after: on a shared machine the
figures mean little without it.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

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


def server_cpu_seconds(pid: int) -> dict[int, float] | None:
    """User + system CPU time of the server and of each of its worker processes, by process id
    (Linux /proc; None elsewhere)."""
    try:
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
        found = {}
        for number in [pid, *map(int, children)]:
            fields = Path(f"/proc/{number}/stat").read_text().rsplit(")", 1)[1].split()
            found[number] = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
        return found
    except (OSError, ValueError, IndexError):
        return None


def _own_cpu_seconds() -> float:
    """User + system CPU time of this process (the clients' threads)."""
    times = os.times()
    return times.user + times.system


def serving_processes(pid: int) -> int:
    """The server's processes that answer requests: the server itself, or its uvicorn workers
    (Linux /proc; the multiprocessing resource tracker, a child too, answers nothing)."""
    try:
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
        workers = [c for c in children if "resource_tracker" not in Path(f"/proc/{c}/cmdline").read_text()]
        return len(workers) or 1
    except OSError:
        return 1


def one_round(port: int, pid: int, options: argparse.Namespace, cached: bool, round_number: int) -> dict:
    """One run of the clients; every uncached request (this round's too) has a title never sent before."""
    def body(client_number: int, request_number: int) -> bytes:
        title = "Bench" if cached else f"Bench {round_number}-{client_number}-{request_number}"
        return json.dumps({"plan": plan_text(options.steps, title), "ruleset": "national"}).encode()

    requests = [[body(c, r) for r in range(options.requests)] for c in range(options.clients)]
    client(port, [body(-1, n) for n in range(5)], [], [], time.monotonic() + RUN_DEADLINE)  # warm up
    latencies: list[float] = []
    errors: list[str] = []
    stop_at = time.monotonic() + RUN_DEADLINE
    threads = [threading.Thread(target=client, args=(port, bodies, latencies, errors, stop_at)) for bodies in requests]
    cpu_before = server_cpu_seconds(pid)
    own_before = _own_cpu_seconds()
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(RUN_DEADLINE)
    elapsed = time.perf_counter() - started
    cpu_after = server_cpu_seconds(pid)
    own = _own_cpu_seconds() - own_before
    if not latencies:
        raise SystemExit(f"no request succeeded; errors: {errors[:5]}")
    ordered = sorted(latencies)
    count = len(ordered)
    cpu = busiest = None
    if cpu_before is not None and cpu_after is not None:
        spent = {number: used - cpu_before.get(number, 0.0) for number, used in cpu_after.items()}
        cpu = sum(spent.values()) / count * 1000
        # With several workers, each keep-alive connection stays with the worker that accepted it:
        # the busiest one's share of the server's CPU says how evenly the clients were spread.
        busiest = max(spent.values()) / sum(spent.values()) if sum(spent.values()) > 0 else None
    return {"ok": count, "errors": len(errors), "rate": count / elapsed, "p50": statistics.median(ordered) * 1000,
            "p95": ordered[min(count - 1, int(0.95 * count))] * 1000, "max": ordered[-1] * 1000, "cpu": cpu,
            "client": own / count * 1000, "busiest": busiest}


def shown(result: dict) -> str:
    cpu = f", server CPU {result['cpu']:.2f} ms/request" if result["cpu"] is not None else ""
    cpu += f", client CPU {result['client']:.2f} ms/request"
    if result.get("busiest") is not None:
        cpu += f", busiest server process {result['busiest']:.0%} of the server's CPU"
    return (f"p50 {result['p50']:6.1f} ms  p95 {result['p95']:6.1f} ms  max {result['max']:6.1f} ms  "
            f"{result['rate']:5.0f}/s  {result['ok']} ok, {result['errors']} errors{cpu}")


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--requests", type=int, default=50)
    parser.add_argument("--steps", type=int, default=50)
    parser.add_argument("--workers", type=int, default=None,
                        help="server processes (procesregels serve --workers; default: serve's own default)")
    parser.add_argument("--mode", choices=("both", "cached", "uncached"), default="both")
    parser.add_argument("--vary", action="store_true", help="the same as --mode uncached")
    parser.add_argument("--repeat", type=int, default=3, help="rounds per mode; the summary is their median")
    options = parser.parse_args()
    modes = ["uncached"] if options.vary else ["cached", "uncached"] if options.mode == "both" else [options.mode]
    port = free_port()
    workspace = tempfile.mkdtemp(prefix="bench-serve-")
    print(f"{options.clients} clients x {options.requests} requests, {options.steps}-step plan, "
          f"server processes: {options.workers or 'serve default'}, {os.cpu_count()} CPUs; load average before "
          + " ".join(f"{value:.2f}" for value in os.getloadavg()))
    workers = ["--workers", str(options.workers)] if options.workers else []
    server = subprocess.Popen([sys.executable, "-m", "procesregels", "serve", workspace, "--host", "127.0.0.1",
                               "--port", str(port), *workers], stdout=subprocess.DEVNULL)
    results: dict[str, list[dict]] = {mode: [] for mode in modes}
    try:
        wait_until_up(port)
        print(f"serving from {serving_processes(server.pid)} process(es)")
        for round_number in range(options.repeat):
            for mode in modes:  # alternated, so a change in the machine's load hits both modes alike
                result = one_round(port, server.pid, options, mode == "cached", round_number)
                results[mode].append(result)
                print(f"  round {round_number + 1} {mode:8s} {shown(result)}")
    finally:
        server.terminate()
        server.wait(timeout=10)
    print("load average after " + " ".join(f"{value:.2f}" for value in os.getloadavg()))
    for mode in modes:
        rounds = results[mode]
        summary = {key: statistics.median(r[key] for r in rounds) for key in ("p50", "p95", "max", "rate")}
        summary["ok"] = sum(r["ok"] for r in rounds)
        summary["errors"] = sum(r["errors"] for r in rounds)
        cpus = [r["cpu"] for r in rounds if r["cpu"] is not None]
        summary["cpu"] = statistics.median(cpus) if cpus else None
        summary["client"] = statistics.median(r["client"] for r in rounds)
        label = "cached (the same plan)" if mode == "cached" else "uncached (every request a new plan)"
        print(f"median of {len(rounds)}, {label}: {shown(summary)}")


if __name__ == "__main__":
    main()
