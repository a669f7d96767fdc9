"""Benchmark goalbook against the physical floor, in one run, on one corpus.

    python bench/run.py --sizes 100 1000 [--repeat 3] [--work /tmp/goalbook-bench] [--skip-slow]

For each size it builds (or reuses) a corpus with bench/corpus.py, then runs one after another,
each in a fresh process:

1. floor: python-calamine reads every cell of every sheet and does nothing else;
2. openpyxl: ``openpyxl.load_workbook`` on every file (what a hand-written checker would do);
3. ``goalbook check --format json`` with one job, and with ``--jobs 2``;
4. ``goalbook check -o DIR`` (annotated copies and summary);
5. ``goalbook template --roster`` for as many units.

With ``--compiled`` the checks of steps 3 and 4 run a second time, with a copy of goalbook
compiled by mypyc (setup.py's ``GOALBOOK_COMPILE=1`` build, made by bench/compiled.py), and
the targets are printed for both.

goalbook is byte-compiled first, as ``pip install`` does. With ``--repeat N`` it runs N rounds
of all steps and keeps each step's fastest run. It prints wall seconds, files per second, every
time as a ratio to the floor of the same size, CPU seconds (all processes), peak memory of the
largest process and of the whole process tree (with workers), whether each of issue 5's targets
is met, and how time grows between sizes.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))


def floor(folder: Path) -> None:
    import python_calamine as pc

    cells = 0
    for path in sorted(folder.glob("return-*.xlsx")):
        wb = pc.CalamineWorkbook.from_path(str(path))
        for name in wb.sheet_names:
            for row in wb.get_sheet_by_name(name).to_python(skip_empty_area=False):
                cells += len(row)
        wb.close()
    print(cells, file=sys.stderr)


def openpyxl_load(folder: Path) -> None:
    import openpyxl

    for path in sorted(folder.glob("return-*.xlsx")):
        openpyxl.load_workbook(path).close()


def measure(command: list[str]) -> dict[str, float]:
    """Run ``command``; wall seconds, the largest single process and the whole process tree.

    The tree (the command and its workers) is sampled every 20 ms; its figure is the sum of
    resident set sizes, which counts pages shared between forked workers more than once.
    """
    import psutil

    start = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    tree_peak = 0
    root = psutil.Process(proc.pid)
    while proc.poll() is None:
        try:
            members = [root, *root.children(recursive=True)]
            total = 0
            for member in members:
                with contextlib.suppress(psutil.Error):
                    total += member.memory_info().rss
            tree_peak = max(tree_peak, total)
        except psutil.Error:
            pass
        time.sleep(0.02)
    seconds = time.perf_counter() - start
    stderr = proc.stderr.read() if proc.stderr else b""
    if proc.returncode not in (0, 1):
        raise SystemExit(f"{command} failed ({proc.returncode}): {stderr.decode()[-500:]}")
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return {"seconds": seconds, "cpu": usage.ru_utime + usage.ru_stime,
            "peak_mb": usage.ru_maxrss / 1024, "tree_mb": tree_peak / 2**20}  # fmt: skip


def timed(command: list[str], clear: list[Path], where: Path | None = None) -> dict[str, float]:
    """One run in its own wrapper process, so that peak memory is its own; ``where``: the folder
    of the goalbook to run (the compiled copy), else the one installed."""
    for target in clear:  # every run writes its output afresh
        shutil.rmtree(target, ignore_errors=True)
    wrapper = [sys.executable, str(Path(__file__)), "--measure", json.dumps(command)]
    env = None if where is None else {**os.environ, "PYTHONPATH": str(where)}
    # (run from that folder: python -m puts the working folder first on the path)
    done = subprocess.run(wrapper, capture_output=True, text=True, check=True, env=env, cwd=where)
    return json.loads(done.stdout)  # type: ignore[no-any-return]


def byte_compile() -> str:
    """Byte-compile the goalbook the steps run, as ``pip install`` does (its dependencies are
    compiled already): every step then starts as an installed goalbook does, also where
    PYTHONDONTWRITEBYTECODE is set (without it, each run would compile goalbook's source
    again, ~0.1 s of every step). Returns the package folder."""
    code = "import goalbook, os; print(os.path.dirname(goalbook.__file__))"
    found = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    where = found.stdout.strip()
    # a read-only install is left as it is (pip compiled it)
    subprocess.run([sys.executable, "-m", "compileall", "-q", where], check=False)
    return where


def run_size(
    work: Path, files: int, skip_slow: bool, repeat: int, compiled: Path | None = None
) -> dict[str, dict[str, float]]:
    corpus = work / f"corpus-{files}"
    from bench.corpus import build  # not at the top: the floor process imports calamine only

    build(corpus, files)
    py = sys.executable
    out = work / f"out-{files}"
    roster = work / f"roster-{files}.csv"
    roster.write_text("单位名称\n" + "".join(f"单位{i:05d}\n" for i in range(files)), "utf-8")
    check = [py, "-m", "goalbook", "check", "--format", "json"]
    steps: list[tuple[str, list[str]]] = [
        ("floor (calamine)", [py, __file__, "--floor", str(corpus)]),
        ("openpyxl load", [py, __file__, "--openpyxl", str(corpus)]),
        ("check json, 1 job", [*check, "--jobs", "1", str(corpus)]),
        ("check json, 2 jobs", [*check, "--jobs", "2", str(corpus)]),
        ("check -o DIR", [py, "-m", "goalbook", "check", "--jobs", "2", "-o", str(out), "--force",
                          str(corpus)]),
        ("template --roster",
         [py, "-m", "goalbook", "template", "--roster", str(roster), "-o", str(work / "t")]),
    ]  # fmt: skip
    if skip_slow:
        steps = [s for s in steps if s[0] != "openpyxl load"]
    if compiled is not None:  # the same checks, run by the compiled copy
        steps += [(f"{label}, compiled", command) for label, command in steps
                  if label.startswith("check")]  # fmt: skip
    # Rounds of every step, not every repeat of one step in a row: a slow spell of the (shared)
    # machine then hits all steps alike. The fastest run of each step counts; memory the largest.
    runs: dict[str, list[dict[str, float]]] = {label: [] for label, _ in steps}
    for _ in range(repeat):
        for label, command in steps:
            where = compiled if label.endswith(", compiled") else None
            runs[label].append(timed(command, [out, work / "t"], where))
    results = {
        label: {"seconds": min(r["seconds"] for r in rs), "cpu": min(r["cpu"] for r in rs),
                "peak_mb": max(r["peak_mb"] for r in rs), "tree_mb": max(r["tree_mb"] for r in rs)}
        for label, rs in runs.items()
    }  # fmt: skip
    base = results["floor (calamine)"]["seconds"]
    print(f"\n{files} files (fastest of {repeat})")
    print(f"{'step':32} {'seconds':>8} {'files/s':>8} {'× floor':>8} {'CPU s':>7} {'peak MB':>8}"
          f" {'tree MB':>8}")  # fmt: skip
    for label, r in results.items():
        rate = files / r["seconds"] if r["seconds"] else float("inf")
        ratio = r["seconds"] / base if base else float("inf")
        print(f"{label:32} {r['seconds']:8.2f} {rate:8.1f} {ratio:8.2f} {r['cpu']:7.2f}"
              f" {r['peak_mb']:8.0f} {r['tree_mb']:8.0f}")  # fmt: skip
    _targets(results)
    if compiled is not None:
        _targets(results, ", compiled")
    return results


def _targets(results: dict[str, dict[str, float]], build: str = "") -> None:
    """The issue's targets, each with its measured figure (``build``: of the compiled copy)."""
    floor_s = results["floor (calamine)"]["seconds"]
    one = results[f"check json, 1 job{build}"]["seconds"]
    two = results[f"check json, 2 jobs{build}"]["seconds"]
    copies = results[f"check -o DIR{build}"]["seconds"]
    tree = max(r["tree_mb"] for label, r in results.items()
               if label.startswith("check") and label.endswith(build))  # fmt: skip
    lines = [
        ("check json ≤ 3× floor (2 jobs)", two / floor_s, "≤", 3.0),
        ("  the same on one core (stricter reading)", one / floor_s, "≤", 3.0),
        ("check -o ≤ 10× floor", copies / floor_s, "≤", 10.0),
        ("--jobs 2 speed-up ≥ 1.6×", one / two, "≥", 1.6),
        ("check peak memory, tree, MB", tree, "<", 300.0),
    ]
    if "openpyxl load" in results:
        lines.append(("openpyxl load / check json (2 jobs) ≥ 3×",
                      results["openpyxl load"]["seconds"] / two, "≥", 3.0))  # fmt: skip
    print(f"targets{' of the compiled copy (setup.py, GOALBOOK_COMPILE=1)' if build else ''}:")
    for label, value, op, limit in lines:
        met = value <= limit if op == "≤" else value >= limit if op == "≥" else value < limit
        print(f"  {label:42} {value:8.2f}  {'met' if met else 'NOT met'} ({op} {limit:g})")


DEV_EXTRA = "pip install -e '.[dev]'"


def _need_psutil() -> None:
    """One line instead of a traceback when the dev extra is not installed."""
    try:
        import psutil  # noqa: F401
    except ImportError:
        sys.exit(f"bench/run.py needs psutil, which comes with the dev extra: {DEV_EXTRA}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000])
    parser.add_argument("--work", type=Path, default=Path("/tmp/goalbook-bench"))
    parser.add_argument("--repeat", type=int, default=1, help="runs per step; the fastest counts")
    parser.add_argument("--skip-slow", action="store_true", help="leave out the openpyxl load")
    compiled_help = "also run the checks with a mypyc-compiled copy (bench/compiled.py)"
    parser.add_argument("--compiled", action="store_true", help=compiled_help)
    parser.add_argument("--floor", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--openpyxl", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--measure", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.floor:
        return floor(args.floor)
    if args.openpyxl:
        return openpyxl_load(args.openpyxl)
    _need_psutil()
    if args.measure:
        print(json.dumps(measure(json.loads(args.measure))))
        return None
    args.work.mkdir(parents=True, exist_ok=True)
    print(f"goalbook benchmark on {os.cpu_count()} cores, python {sys.version.split()[0]}")
    print(f"goalbook byte-compiled first, as pip install does: {byte_compile()}")
    compiled = None
    if args.compiled:
        from bench.compiled import build  # not at the top: the steps' processes never need it

        compiled = build(args.work)
        print(f"compiled copy (setup.py, GOALBOOK_COMPILE=1): {compiled}")
    all_results = {
        n: run_size(args.work, n, args.skip_slow, max(1, args.repeat), compiled)
        for n in sorted(args.sizes)
    }
    if len(all_results) > 1:
        small, large = min(all_results), max(all_results)
        factor = large / small
        print(f"\ngrowth {small} → {large} files (×{factor:.0f} files; linear is ×{factor:.0f}):")
        for label in all_results[small]:
            growth = all_results[large][label]["seconds"] / all_results[small][label]["seconds"]
            print(f"  {label:32} ×{growth:.1f}  (per file ×{growth / factor:.2f})")
    return None


if __name__ == "__main__":
    main()
