"""``check --decisions DIR``: the decisions recorded in an earlier run's output folder, read
without -o (a roster status that knows what the reviewer accepted); nothing written there."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import openpyxl

from tests.returns import Return


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "goalbook", *args], cwd=cwd,
                          capture_output=True, text=True, check=False, timeout=300)  # fmt: skip


def _season(base: Path) -> None:
    """returns/a.xlsx of 某区团委 (B101, T105 errors; D202 a warning), a roster of it and one
    more unit, and the output folder of a first run where the reviewer accepted all three."""
    (base / "returns").mkdir()
    ret = Return()
    ret.row("驿站验收合格率")[4:7] = [2, 2, "篇"]
    ret.fields["中期财政拨款"] = 290
    ret.write(base / "returns" / "a.xlsx")
    (base / "units.csv").write_text("单位名称\n某区团委\n某区教育局\n", encoding="utf-8")
    done = run("check", "returns", "--roster", "units.csv", "-o", "out", cwd=base)
    assert done.returncode == 1, done.stderr
    wb = openpyxl.load_workbook(base / "out" / "汇总.xlsx")
    ws = wb["问题清单"]
    head = [c.value for c in ws[1]]
    said, why = head.index("处理意见") + 1, head.index("说明") + 1
    for r in range(2, ws.max_row + 1):
        ws.cell(r, said).value, ws.cell(r, why).value = "接受", "已核实"
    wb.save(base / "out" / "汇总.xlsx")


def _json(base: Path, *args: str) -> tuple[int, dict[str, Any]]:
    done = run("check", "returns", "--roster", "units.csv", "--format", "json", *args, cwd=base)
    assert done.returncode in (0, 1), done.stderr
    return done.returncode, json.loads(done.stdout)


def test_roster_without_output_reads_the_decisions_of_a_folder(tmp_path: Path) -> None:
    _season(tmp_path)
    status, doc = _json(tmp_path)
    units = {u["unit"]: u["status"] for u in doc["roster"]["units"]}
    assert status == 1 and units == {"某区团委": "return", "某区教育局": "missing"}
    before = {p.name: p.stat().st_mtime_ns for p in (tmp_path / "out").iterdir()}
    status, doc = _json(tmp_path, "--decisions", "out")
    units = {u["unit"]: u["status"] for u in doc["roster"]["units"]}
    assert status == 0 and units == {"某区团委": "accepted", "某区教育局": "missing"}
    findings = doc["files"][0]["findings"]
    assert {f["code"] for f in findings} == {"B101", "T105", "D202"}
    assert all(f["decision"]["status"] == "accepted" for f in findings)
    assert all(f["decision"]["source"] == "汇总.xlsx" for f in findings)
    assert doc["counts"]["accepted"] == 3
    after = {p.name: p.stat().st_mtime_ns for p in (tmp_path / "out").iterdir()}
    assert after == before  # read only: nothing written into the folder


def test_decisions_of_a_folder_then_the_plain_file_of_the_next_run(tmp_path: Path) -> None:
    _season(tmp_path)
    done = run("check", "returns", "--roster", "units.csv", "-o", "out", cwd=tmp_path)
    assert done.returncode == 0 and (tmp_path / "out" / "处理意见.csv").exists()
    done = run("check", "returns", "--roster", "units.csv", "--decisions", "out", "--summary",
               cwd=tmp_path)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1] == "名单 2 个单位：未交 1，已接受 1"
    # carried into another output folder: its own plain file starts from them
    done = run("check", "returns", "-o", "round-2", "--decisions", "out", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "已核实" in (tmp_path / "round-2" / "处理意见.csv").read_text("utf-8-sig")


def test_a_folder_that_holds_no_decisions_is_a_usage_error(tmp_path: Path) -> None:
    _season(tmp_path)
    done = run("check", "returns", "--decisions", "returns", cwd=tmp_path)
    assert done.returncode == 2 and done.stdout == ""
    assert "returns" in done.stderr and "-o" in done.stderr
