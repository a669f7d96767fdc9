"""Annotated copies, the summary workbook and export, as openpyxl and LibreOffice see them."""

from __future__ import annotations

import csv
import hashlib
import json
import shutil
import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pandas as pd

from goalbook.export import export_frame
from tests.returns import Return

Convert = Callable[..., Path]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "goalbook", *args], capture_output=True,
                          text=True, check=False, timeout=300)  # fmt: skip


def _returns(tmp: Path) -> list[Path]:
    bad = Return()
    bad.row("驿站验收合格率")[4:7] = [2, 2, "篇"]
    bad.fields["中期财政拨款"] = 290
    good = Return()
    folder = tmp / "returns"
    folder.mkdir()
    return [bad.write(folder / "a.xlsx"), good.write(folder / "b.xlsx")]


def test_annotated_copy(tmp_path: Path) -> None:
    paths = _returns(tmp_path)
    before = {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in paths}
    out = tmp_path / "out"
    done = run("check", str(paths[0]), "--format", "json", "-o", str(out))
    assert done.returncode == 1, done.stderr
    doc = json.loads(done.stdout)
    copy = out / "a-审核.xlsx"
    wb = openpyxl.load_workbook(copy)
    assert wb.sheetnames[0] == "审核报告"
    report = wb["审核报告"]
    rows = list(report.iter_rows(min_row=12, values_only=True))
    findings = doc["files"][0]["findings"]
    assert len([r for r in rows if r[0]]) == len(findings)
    for f, row in zip(findings, rows, strict=False):
        assert (row[2], row[4]) == (f["code"], f"{f['sheet']}!{f['cell']}" if f["cell"] else "—")
    for r in range(12, 12 + len(findings)):
        link = report.cell(r, 5).hyperlink
        f = findings[r - 12]
        if f["cell"]:
            assert link is not None and link.location == f"'{f['sheet']}'!{f['cell']}"
            target = wb[f["sheet"]][f["cell"]]
            assert target.fill.fgColor.rgb.endswith(("FFC7CE", "FFEB9C", "DDEBF7"))
            assert target.comment is not None and f["code"] in target.comment.text
    assert report.auto_filter.ref and report.freeze_panes == "A12"
    # what the return had is kept: dropdowns, protection, formulas, metadata
    ind = wb["绩效指标"]
    assert ind.protection.sheet and ind.data_validations.dataValidation
    assert wb["预算明细"]["C33"].value == "=SUM(C3:C32)"
    assert wb["_meta"].sheet_state == "hidden"
    assert {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in paths} == before


def test_existing_copy_is_not_overwritten(tmp_path: Path) -> None:
    paths = _returns(tmp_path)
    out = tmp_path / "out"
    assert run("check", str(paths[1]), "-o", str(out)).returncode == 0
    again = run("check", str(paths[1]), "-o", str(out))  # checked again, the copy kept
    assert again.returncode == 0 and "1 份批注副本已是最新" in again.stderr
    assert run("check", str(paths[1]), "-o", str(out), "--force").returncode == 0


def test_summary_workbook_and_unreadable_files(tmp_path: Path) -> None:
    paths = _returns(tmp_path)
    broken = paths[0].parent / "c.xlsx"
    broken.write_bytes(b"PK\x03\x04 truncated")
    out = tmp_path / "out"
    done = run("check", str(paths[0].parent), "-o", str(out), "--jobs", "2")
    assert done.returncode == 2
    assert sorted(p.name for p in out.iterdir()) == ["a-审核.xlsx", "b-审核.xlsx", "汇总.xlsx"]
    wb = openpyxl.load_workbook(out / "汇总.xlsx")
    assert wb.sheetnames == ["汇总", "按规则", "按单位", "问题清单"]
    rows = list(wb["汇总"].iter_rows(min_row=2, values_only=True))
    by_file = {r[0]: r for r in rows}
    assert by_file["c.xlsx"][6] == "无法读取" and "损坏" in by_file["c.xlsx"][11]
    assert by_file["a.xlsx"][6] == "退回修改" and by_file["b.xlsx"][6] == "通过"
    assert rows[0][0] == "c.xlsx"  # worst first
    links = {wb["汇总"].cell(r, 1).value: wb["汇总"].cell(r, 11).hyperlink for r in range(2, 5)}
    assert links["a.xlsx"] is not None and links["a.xlsx"].target == "a-审核.xlsx"
    assert links["c.xlsx"] is None
    by_rule = {r[0]: r for r in wb["按规则"].iter_rows(min_row=2, values_only=True)}
    assert by_rule["T105"][3] == 1 and by_rule["B101"][3] == 1
    with zipfile.ZipFile(out / "汇总.xlsx") as zf:
        assert "xl/charts/chart1.xml" in zf.namelist()


def test_libreoffice_renders_copy_and_summary(tmp_path: Path, soffice: Convert) -> None:
    paths = _returns(tmp_path)
    out = tmp_path / "out"
    run("check", str(paths[0].parent), "-o", str(out))
    for name in ("a-审核.xlsx", "汇总.xlsx"):
        pdf = soffice(out / name, "pdf", tmp_path / "pdf")
        assert pdf.read_bytes().startswith(b"%PDF")
    # totals show their values without a manual recalculation
    resaved = soffice(out / "b-审核.xlsx", "xlsx", tmp_path / "resaved")
    total = openpyxl.load_workbook(resaved, data_only=True)["预算明细"]["C33"].value
    assert abs(float(total) - 157.45) < 1e-9


def test_export_csv_and_frame(tmp_path: Path) -> None:
    paths = _returns(tmp_path)
    frame, errors = export_frame(paths)
    assert errors == [] and isinstance(frame, pd.DataFrame) and len(frame) == 16
    first = frame.iloc[0]
    assert (first["tier1"], first["tier3"], first["annual"]) == (
        "产出指标",
        "建设青年人才驿站数量",
        "≥6个",
    )
    dest = tmp_path / "all.csv"
    before = {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in paths}
    done = run("export", str(paths[0].parent), "-o", str(dest))
    assert done.returncode == 0, done.stderr
    assert {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in paths} == before
    with dest.open(encoding="utf-8-sig") as fh:
        assert len(list(csv.DictReader(fh))) == 16
    xlsx = tmp_path / "all.xlsx"
    assert run("export", *map(str, paths), "-o", str(xlsx)).returncode == 0
    assert len(pd.read_excel(xlsx, engine="calamine")) == 16


def test_interrupt_leaves_inputs_and_no_half_written_copies(tmp_path: Path) -> None:
    import signal
    import time

    folder = tmp_path / "returns"
    folder.mkdir()
    first = Return().write(folder / "r00.xlsx")
    paths = [first] + [Path(shutil.copy(first, folder / f"r{i:02d}.xlsx")) for i in range(1, 40)]
    before = {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in paths}
    out = tmp_path / "out"
    command = [sys.executable, "-m", "goalbook", "check", str(folder), "-o", str(out)]
    proc = subprocess.Popen(
        command,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        # Ctrl-C as a terminal delivers it: a shell's background job ignores SIGINT, and its
        # children inherit that
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    deadline = time.monotonic() + 60
    while not list(out.glob("*-审核.xlsx")) and time.monotonic() < deadline:
        time.sleep(0.05)  # interrupt once copies are being written, not during start-up
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert "已中断" in err and "interrupted" not in err  # in the run's language (zh)
    assert len(list(out.glob("*.xlsx"))) < 40  # it was stopped part of the way
    assert "Traceback" not in err
    assert list(out.glob(".*.tmp")) == []
    for copy in out.glob("*.xlsx"):
        assert zipfile.is_zipfile(copy)  # every copy left behind is whole
    assert {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in paths} == before
