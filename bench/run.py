"""Run the benchmark suite and print one table: `python bench/run.py`.

Every figure is a whole-process run of the installed command (what an editor, a pre-commit hook
or a CI job pays), repeated; the table gives the median with min-max, so a noisy run shows, and
ratios against a baseline measured in the same run, so the figures carry over between machines.

Sections: (a) start-up against importing the libraries alone, (b) growth from 500 to 8,000
steps with peak memory, (c) time as optional steps are added, (d) parsing a 1,000-rule ruleset,
(e) side by side with pm4py's DECLARE conformance, when pm4py is installed (`.[bench]`).
Benchmarks are not tests: nothing here fails on time; the targets are printed next to the
figures.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import generate  # noqa: E402  (bench/generate.py: synthetic plans and rulesets)

#: The start-up baseline of a `lint` run is the import of every library module that run itself
#: loads, found by running it once (`library_modules`): the libraries are a fixed cost procesregels
#: cannot make smaller, so "1.5x the baseline" measures what procesregels adds. The modules, not
#: the package names: `import pydantic` loads 17 modules (pydantic 2 imports lazily), while `lint`
#: uses `BaseModel` and `Field` constraints, which load 48; `import lark, pydantic, click, yaml`
#: understated what lint imports by about 40 ms. With a ruleset file `lint` parses it (Lark); with a bundled
#: ruleset it reads the prebuilt form, so Lark is not among its modules.
#: A test checks that the baseline loads every library module lint loads, and that lint loads no
#: library beyond these (tests/meta/test_bench_baseline.py).
LINT_LIBRARIES = ("lark", "pydantic", "click", "yaml")
BUNDLED_LINT_LIBRARIES = ("pydantic", "click", "yaml")
#: The import of the package names alone, printed beside the baseline for comparison.
NAMES_ONLY = [sys.executable, "-c", "import " + ", ".join(LINT_LIBRARIES)]

# Runs the procesregels command line in-process with the arguments given, then prints the
# library modules it loaded: neither the standard library nor procesregels itself.
LIBRARY_PROBE = (
    "import sys\n"
    "at_start = set(sys.modules)\n"
    "from procesregels.cli import main\n"
    "sys.argv = ['procesregels', *sys.argv[1:]]\n"
    "try:\n"
    "    main()\n"
    "except SystemExit:\n"
    "    pass\n"
    "own = set(sys.stdlib_module_names) | {'procesregels', '__main__'}\n"
    "loaded = [name for name, module in list(sys.modules.items())\n"
    "          if module is not None and name not in at_start and name.split('.')[0] not in own\n"
    "          and not name.startswith('_sysconfigdata')]\n"
    "print(' '.join(loaded), file=sys.stderr)\n"
)


def library_modules(arguments: list[str], cwd: Path) -> list[str]:
    """The library modules a run of `procesregels ARGUMENTS` loads, in the order it loaded them."""
    result = subprocess.run([sys.executable, "-c", LIBRARY_PROBE, *arguments], cwd=cwd, env=child_env(),
                            capture_output=True, text=True, stdin=subprocess.DEVNULL)
    lines = result.stderr.splitlines()
    if not lines or "Traceback" in result.stderr:
        raise SystemExit(f"bench: could not list the modules of procesregels {' '.join(arguments)}\n"
                         f"{result.stderr[-2000:]}")
    return lines[-1].split()


def import_command(modules: list[str]) -> list[str]:
    """A Python process that imports exactly `modules` (in that order) and nothing of procesregels,
    with the garbage collector treated as the `procesregels` command treats its own
    (commands/collector.py: collections rare, what start-up built frozen), so the
    ratio does not count as procesregels' gain what the libraries' objects save under that policy."""
    imports = f"import importlib\nfor name in {modules!r}:\n    importlib.import_module(name)\n"
    threshold = one_shot_threshold()
    if threshold is None:
        return [sys.executable, "-c", imports]
    return [sys.executable, "-c",
            "import gc\ngc.freeze()\n"
            f"gc.set_threshold({threshold}, *gc.get_threshold()[1:])\n" + imports + "gc.freeze()\n"]


def one_shot_threshold() -> int | None:
    """The collector threshold the installed `procesregels` command starts with (None: it leaves
    the collector alone)."""
    try:
        from procesregels.commands.collector import ONE_SHOT_THRESHOLD
    except ImportError:
        return None
    return ONE_SHOT_THRESHOLD


def packages(modules: list[str]) -> str:
    """The top-level packages of `modules`, sorted: 'annotated_types, click, lark, ...'."""
    return ", ".join(sorted({name.split(".")[0] for name in modules}))


SECTIONS = ("startup", "growth", "optional", "parse", "pm4py")


@dataclass(frozen=True)
class Measurement:
    label: str
    times: tuple[float, ...]
    peak_mb: float
    #: CPU time (user + system) of each run: on a shared machine it varies far less than the
    #: wall time, which includes waiting for a core.
    cpu_times: tuple[float, ...] = ()

    @property
    def median(self) -> float:
        return statistics.median(self.times)

    def cells(self) -> str:
        low, high = min(self.times), max(self.times)
        cpu = f"{statistics.median(self.cpu_times):6.3f} s" if self.cpu_times else f"{'-':>8}"
        return f"{self.median:8.3f} s  {low:6.3f}-{high:<7.3f}  {cpu}  {self.peak_mb:6.0f} MB"


def procesregels_command() -> list[str]:
    """The installed console script beside this Python, else `python -m procesregels`."""
    script = Path(sys.executable).parent / "procesregels"
    return [str(script)] if script.exists() else [sys.executable, "-m", "procesregels"]


def child_env() -> dict[str, str]:
    """This environment with PYTHONPATH made absolute: the runs start in a scratch folder.

    PYTHONDONTWRITEBYTECODE is left out: with it, a checkout installed with `pip install -e`
    compiles every module of procesregels on every run, while the libraries of the baseline
    (compiled by pip at install) do not; a user's installed package has its bytecode.
    """
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if env.get("PYTHONPATH"):
        parts = env["PYTHONPATH"].split(os.pathsep)
        env["PYTHONPATH"] = os.pathsep.join(str(Path(p).resolve()) for p in parts if p)
    return env


# Runs a command and prints its peak memory. A small launcher, because a child forked from
# this process would count this process's own memory (the generated plans) in its peak.
PEAK_PROBE = (
    "import resource, subprocess, sys\n"
    "code = subprocess.run(sys.argv[1:], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,"
    " stderr=subprocess.DEVNULL).returncode\n"
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
)


def run_once(command: list[str], cwd: Path) -> tuple[float, float | None]:
    """Wall time and CPU time (user + system; None where the OS does not say) of one process."""
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, env=child_env(), stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL)
    if not hasattr(os, "wait4"):  # Windows
        process.wait()
        return time.perf_counter() - start, None
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)  # reaped here, not by Popen
    return wall, usage.ru_utime + usage.ru_stime


def peak_memory_mb(command: list[str], cwd: Path) -> float:
    probe = subprocess.run([sys.executable, "-c", PEAK_PROBE, *command], cwd=cwd,
                           env=child_env(), capture_output=True, text=True)
    return int(probe.stdout.strip() or 0) / 1024  # ru_maxrss is in KiB on Linux


def check_runs(command: list[str], cwd: Path) -> None:
    """One run with its output read: a benchmark of a command that fails measures nothing.

    Exit code 1 is fine for `lint` (findings, which synthetic plans have), but only with a
    report on stdout; an import error also exits 1, with nothing there.
    """
    result = subprocess.run(command, cwd=cwd, env=child_env(), capture_output=True, text=True,
                            stdin=subprocess.DEVNULL)
    failed = result.returncode not in (0, 1) or "Traceback" in result.stderr
    if failed or (result.returncode == 1 and not result.stdout.strip()):
        raise SystemExit(f"bench: {' '.join(command)} exited {result.returncode}\n"
                         f"{result.stderr[-2000:]}")


def measure_group(commands: list[tuple[str, list[str]]], cwd: Path,
                  repeats: int) -> list[Measurement]:
    """Time several commands in interleaved rounds (A B C, A B C, ...).

    On a shared machine the load changes from minute to minute; interleaving puts every
    command of a round under the same load, so the ratios between them (taken per round, see
    `ratios`) stay meaningful even when the absolute times do not.
    """
    for _, command in commands:
        check_runs(command, cwd)  # also the warm-up: file cache and .pyc files
    rounds = [[run_once(command, cwd) for _, command in commands] for _ in range(repeats)]
    measured = []
    for i, (label, command) in enumerate(commands):
        cpu = tuple(r[i][1] for r in rounds)
        measured.append(Measurement(label, tuple(r[i][0] for r in rounds), peak_memory_mb(command, cwd),
                                    () if None in cpu else cpu))  # type: ignore[arg-type]
    return measured


def ratio(measurement: Measurement, base: Measurement) -> float:
    """The median over rounds of measurement / base, both timed in the same round."""
    return statistics.median(t / b for t, b in zip(measurement.times, base.times))


def cpu_ratio(measurement: Measurement, base: Measurement) -> str:
    """`ratio` of the CPU times, as text ("-" where the OS gives none)."""
    if not measurement.cpu_times or not base.cpu_times:
        return "-"
    return f"{statistics.median(t / b for t, b in zip(measurement.cpu_times, base.cpu_times)):.2f}"


def print_header(repeats: int) -> None:
    try:
        from procesregels import __version__
    except ImportError:
        raise SystemExit("bench: procesregels is not installed for this Python; run "
                         "`.venv/bin/python bench/run.py` after `.venv/bin/pip install .`") from None

    print("procesregels benchmark suite")
    print(f"machine : {platform.platform()} ({platform.machine()}), {os.cpu_count()} CPUs")
    print(f"python  : {platform.python_implementation()} {platform.python_version()}")
    load = ", ".join(f"{value:.1f}" for value in os.getloadavg())
    print(f"load    : {load} (1, 5, 15 min; above the CPU count, other work slows every figure)")
    print(f"package : procesregels {__version__} ({' '.join(procesregels_command())})")
    print(f"runs    : {repeats} interleaved rounds after one warm-up; median wall time, min-max,")
    print("          median CPU time (user + system), peak memory; ratios are medians of per-round ratios")


def print_section(title: str, rows: list[tuple[Measurement, str]]) -> None:
    print(f"\n{title}")
    print(f"  {'':46} {'median':>10}  {'min-max':<15} {'cpu':>8}  {'peak':>8}   ratio")
    for measurement, note in rows:
        print(f"  {measurement.label:46} {measurement.cells()}   {note}")


# -- sections -------------------------------------------------------------------------------


def startup(work: Path, repeats: int) -> None:
    plan = generate.write_plan(work / "typical.yaml", steps=50, optional=4, choices=2, seed=1)
    rules = generate.write_ruleset(work / "typical.rules", rules=50, seed=1)
    command = procesregels_command()
    lint_args = ["lint", plan.name, "--ruleset", rules.name]
    bundled_args = ["lint", plan.name]
    libraries = library_modules(lint_args, work)
    bundled_libraries = library_modules(bundled_args, work)
    base, names, version, help_, lint, bundled_base, bundled = measure_group([
        (f"import lint's {len(libraries)} library modules", import_command(libraries)),
        ("python -c 'import " + ", ".join(LINT_LIBRARIES) + "'", NAMES_ONLY),
        ("procesregels --version", command + ["--version"]),
        ("procesregels --help", command + ["--help"]),
        ("procesregels lint (50 steps, 50 rules)", command + lint_args),
        (f"import those of a bundled lint ({len(bundled_libraries)})", import_command(bundled_libraries)),
        ("procesregels lint (50 steps, bundled national)", command + bundled_args),
    ], work, repeats)
    print_section("(a) start-up, against importing the libraries alone (ratios: wall, cpu)", [
        (base, "1.00 (baseline)"),
        (names, f"{ratio(names, base):.2f}, {cpu_ratio(names, base)}  (the package names only)"),
        (version, f"{ratio(version, base):.2f}, {cpu_ratio(version, base)}"),
        (help_, f"{ratio(help_, base):.2f}, {cpu_ratio(help_, base)}"),
        (lint, f"{ratio(lint, base):.2f}, {cpu_ratio(lint, base)}  (target <= 1.50)"),
        (bundled_base, "1.00 (baseline of a bundled ruleset: no Lark)"),
        (bundled, f"{ratio(bundled, bundled_base):.2f}, {cpu_ratio(bundled, bundled_base)} of the line "
                  "above  (target <= 1.50)"),
    ])
    print(f"  baselines: the library modules each lint run loads, of {packages(libraries)}")
    print(f"             (bundled: {packages(bundled_libraries)}); lint against the package names only:"
          f" {ratio(lint, names):.2f}, {cpu_ratio(lint, names)}")


def growth(work: Path, repeats: int) -> None:
    rules = generate.write_ruleset(work / "growth.rules", rules=100, seed=2)
    commands = []
    for steps in (500, 2000, 8000):
        plan = generate.write_plan(work / f"growth-{steps}.yaml", steps=steps,
                                   optional=steps // 20, choices=steps // 100, seed=steps)
        commands.append((f"lint, {steps:,} steps, 100 rules",
                         procesregels_command() + ["lint", plan.name, "--ruleset", rules.name]))
    small, middle, large = measure_group(commands, work, repeats)
    print_section("(b) growth with plan size", [
        (small, ""),
        (middle, f"2000/500 = {ratio(middle, small):.2f}"),
        (large, f"8000/2000 = {ratio(large, middle):.2f} (target <= 6; 30 s, 500 MB)"),
    ])


def optional_steps(work: Path, repeats: int) -> None:
    rules = generate.write_ruleset(work / "optional.rules", rules=50, seed=3)
    commands = []
    for k in (0, 4, 8, 12, 16, 20):
        plan = generate.write_plan(work / f"optional-{k}.yaml", steps=200, optional=k,
                                   choices=0, seed=4)
        commands.append((f"lint, 200 steps, k = {k} optional",
                         procesregels_command() + ["lint", plan.name, "--ruleset", rules.name]))
    measured = measure_group(commands, work, repeats)
    print_section("(c) optional steps: 2^k executions, never enumerated", [
        (m, f"{ratio(m, measured[0]):.2f} of k = 0 (target: flat)") for m in measured
    ])


def parse(work: Path, repeats: int) -> None:
    large = generate.write_ruleset(work / "large.rules", rules=1000, seed=5)
    small = generate.write_ruleset(work / "small.rules", rules=1, seed=5)
    command = procesregels_command()
    one, thousand = measure_group([
        ("check, 1 rule (start-up)", command + ["check", small.name]),
        ("check, 1,000 rules", command + ["check", large.name]),
    ], work, repeats)
    parse_time = statistics.median(b - a for a, b in zip(one.times, thousand.times))
    print_section("(d) parsing and resolving a ruleset", [
        (one, "1.00"),
        (thousand, f"{ratio(thousand, one):.2f}; parse + resolve {parse_time:.3f} s "
                   "(target well < 1 s)"),
    ])


def side_by_side(repeats: int) -> None:
    try:
        # pm4py prints a banner when the main script imports it; the table says what it is.
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            import pm4py  # noqa: F401
    except ImportError:
        print("\n(e) pm4py side by side: skipped (pm4py is not installed; pip install '.[bench]')")
        return
    import bench_pm4py

    print("\n(e) side by side with pm4py DECLARE conformance over enumerated traces")
    print("    (a chain without dates; in-process times of the check itself, no start-up)")
    print(f"  {'k':>3} {'plan':7} {'traces':>7}  {'procesregels':>24}  {'pm4py':>26}  {'ratio':>9}"
          "  verdicts agree")
    for row in bench_pm4py.compare(repeats=repeats):
        violated = ",".join(r for r, v in sorted(row["verdicts"].items()) if v) or "none"
        print(f"  {row['k']:>3} {row['variant']:7} {row['traces']:>7}  {_ms(row['ours']):>24}  "
              f"{_ms(row['pm4py']):>26}  {row['ratio']:8.1f}x  "
              f"{'yes' if row['agree'] else 'NO'} (violated: {violated})")


def _ms(times: tuple[float, float, float]) -> str:
    median, low, high = (t * 1000 for t in times)
    return f"{median:.1f} ms ({low:.1f}-{high:.1f})"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="runs per figure (default 5)")
    parser.add_argument("--only", default=",".join(SECTIONS),
                        help=f"comma-separated sections, of {', '.join(SECTIONS)}")
    parser.add_argument("--keep", metavar="DIR", help="write the generated files to DIR and keep them")
    options = parser.parse_args(argv)
    if options.repeat < 1:
        parser.error("--repeat must be at least 1")
    chosen = [s.strip() for s in options.only.split(",") if s.strip()]
    unknown = sorted(set(chosen) - set(SECTIONS))
    if unknown:
        parser.error(f"unknown section(s): {', '.join(unknown)}")

    sys.stdout.reconfigure(line_buffering=True)  # each figure shows as soon as it is measured
    print_header(options.repeat)
    work = Path(options.keep) if options.keep else Path(tempfile.mkdtemp(prefix="procesregels-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        for name, run in (("startup", startup), ("growth", growth), ("optional", optional_steps),
                          ("parse", parse)):
            if name in chosen:
                run(work, options.repeat)
        if "pm4py" in chosen:
            side_by_side(min(options.repeat, 3))
    finally:
        if not options.keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
