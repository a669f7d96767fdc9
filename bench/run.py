"""Benchmark goalbook against the physical floor, in one run, on one corpus.

    python bench/run.py --sizes 100 1000 [--work /tmp/goalbook-bench] [--skip-slow]

For each size it builds (or reuses) a corpus with bench/corpus.py, then runs one after another,
each in a fresh process:

1. floor: python-calamine reads every cell of every sheet and does nothing else;
2. openpyxl: ``openpyxl.load_workbook`` on every file (what a hand-written checker would do);
3. ``goalbook check --format json`` with one job, and with ``--jobs 2``;
4. ``goalbook check -o DIR`` (annotated copies and summary);
5. ``goalbook template --roster`` for as many units.

It prints seconds, files per second, peak memory of the largest process, and every time as a
ratio to the floor of the same size; then how time grows from the smallest to the largest size.
"""

from __future__ import annotations

import argparse
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

from bench.corpus import build  # noqa: E402


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
    """Run ``command`` in this (fresh) wrapper process; seconds and the largest RSS."""
    start = time.perf_counter()
    done = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False)
    seconds = time.perf_counter() - start
    if done.returncode not in (0, 1):
        raise SystemExit(f"{command} failed ({done.returncode}): {done.stderr.decode()[-500:]}")
    peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return {"seconds": seconds, "peak_mb": peak_kb / 1024}


def timed(command: list[str]) -> dict[str, float]:
    """Each measurement in its own wrapper process, so that peak memory is its own."""
    wrapper = [sys.executable, str(Path(__file__)), "--measure", json.dumps(command)]
    done = subprocess.run(wrapper, capture_output=True, text=True, check=True)
    return json.loads(done.stdout)  # type: ignore[no-any-return]


def run_size(work: Path, files: int, skip_slow: bool) -> dict[str, dict[str, float]]:
    corpus = work / f"corpus-{files}"
    build(corpus, files)
    py = sys.executable
    out = work / f"out-{files}"
    roster = work / f"roster-{files}.csv"
    roster.write_text("单位名称\n" + "".join(f"单位{i:05d}\n" for i in range(files)), "utf-8")
    steps: list[tuple[str, list[str]]] = [
        ("floor (calamine)", [py, __file__, "--floor", str(corpus)]),
        ("openpyxl load", [py, __file__, "--openpyxl", str(corpus)]),
        ("check json, 1 job", [py, "-m", "goalbook", "check", "--format", "json", str(corpus)]),
        ("check json, 2 jobs",
         [py, "-m", "goalbook", "check", "--format", "json", "--jobs", "2", str(corpus)]),
        ("check -o DIR", [py, "-m", "goalbook", "check", "-o", str(out), "--force", str(corpus)]),
        ("template --roster",
         [py, "-m", "goalbook", "template", "--roster", str(roster), "-o", str(work / "t")]),
    ]  # fmt: skip
    if skip_slow:
        steps = [s for s in steps if s[0] != "openpyxl load"]
    results: dict[str, dict[str, float]] = {}
    for label, command in steps:
        for target in (out, work / "t"):
            shutil.rmtree(target, ignore_errors=True)
        results[label] = timed(command)
    base = results["floor (calamine)"]["seconds"]
    print(f"\n{files} files")
    print(f"{'step':22} {'seconds':>9} {'files/s':>9} {'peak MB':>8} {'× floor':>8}")
    for label, r in results.items():
        rate = files / r["seconds"] if r["seconds"] else float("inf")
        ratio = r["seconds"] / base if base else float("inf")
        print(f"{label:22} {r['seconds']:9.2f} {rate:9.1f} {r['peak_mb']:8.0f} {ratio:8.2f}")
    one, two = results["check json, 1 job"]["seconds"], results["check json, 2 jobs"]["seconds"]
    print(f"--jobs 2 speed-up: {one / two:.2f}×")
    if "openpyxl load" in results:
        print(f"openpyxl load / check json: {results['openpyxl load']['seconds'] / one:.2f}×")
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000])
    parser.add_argument("--work", type=Path, default=Path("/tmp/goalbook-bench"))
    parser.add_argument("--skip-slow", action="store_true", help="leave out the openpyxl load")
    parser.add_argument("--floor", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--openpyxl", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--measure", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.floor:
        return floor(args.floor)
    if args.openpyxl:
        return openpyxl_load(args.openpyxl)
    if args.measure:
        print(json.dumps(measure(json.loads(args.measure))))
        return None
    args.work.mkdir(parents=True, exist_ok=True)
    print(f"goalbook benchmark on {os.cpu_count()} cores, python {sys.version.split()[0]}")
    all_results = {n: run_size(args.work, n, args.skip_slow) for n in sorted(args.sizes)}
    if len(all_results) > 1:
        small, large = min(all_results), max(all_results)
        print(f"\ngrowth {small} → {large} files (×{large / small:.0f} files):")
        for label in all_results[small]:
            growth = all_results[large][label]["seconds"] / all_results[small][label]["seconds"]
            print(f"  {label:22} ×{growth:.1f}")
    return None


if __name__ == "__main__":
    main()
