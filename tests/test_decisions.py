"""Reviewer decisions that stick: typed in the summary's finding sheet or a copy's report sheet
(or given as a plain file), carried over to the next check, bound to the cell's value."""

from __future__ import annotations

import csv
import json
import shutil
import subprocess
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from goalbook.decisionio import plain_toml, read_plain, write_plain
from goalbook.decisions import Listed, Record
from goalbook.findings import Decision, FileResult, Finding, Severity
from goalbook.model import CellRef
from goalbook.names import VERDICTS
from tests.returns import Return

Convert = Any


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "goalbook", *args], capture_output=True,
                          text=True, check=False, timeout=300)  # fmt: skip


def _returns(folder: Path, names: tuple[str, ...] = ("a", "b")) -> list[Path]:
    """``a``: B101 at 基本信息!B16 and T105 at 绩效指标!E5 (errors), D202 at F5 (warning); the
    others clean."""
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for name in names:
        ret = Return()
        if name == "a":
            ret.row("驿站验收合格率")[4:7] = [2, 2, "篇"]
            ret.fields["中期财政拨款"] = 290
        ret.fields["项目名称"] = f"项目{name}"  # each its own project
        out.append(ret.write(folder / f"{name}.xlsx"))
    return out


def _json(folder: Path, *args: str) -> tuple[int, dict[str, Any]]:
    done = run("check", str(folder), "--format", "json", *args)
    assert done.returncode in (0, 1), done.stderr
    return done.returncode, json.loads(done.stdout)


def _findings(doc: dict[str, Any], name: str) -> dict[tuple[str, str], Any]:
    entry = next(f for f in doc["files"] if Path(f["path"]).name == name)
    return {(f["code"], f["cell"]): f for f in entry["findings"]}


def _type_in_summary(out: Path, decisions: dict[tuple[str, str], tuple[str, str]]) -> None:
    """A reviewer types decisions into the summary's finding sheet (by code and cell)."""
    wb = openpyxl.load_workbook(out / "汇总.xlsx")
    ws = wb["问题清单"]
    head = [c.value for c in ws[1]]
    code, cell = head.index("代码") + 1, head.index("单元格") + 1
    said, why = head.index("处理意见") + 1, head.index("说明") + 1
    for r in range(2, ws.max_row + 1):
        key = (ws.cell(r, code).value, ws.cell(r, cell).value)
        if key in decisions:
            ws.cell(r, said).value, ws.cell(r, why).value = decisions.pop(key)
    assert not decisions, f"not in the sheet: {decisions}"
    wb.save(out / "汇总.xlsx")


def _plain(out: Path) -> dict[tuple[str, str, str], dict[str, str]]:
    with (out / "处理意见.csv").open(encoding="utf-8-sig", newline="") as fh:
        return {(r["file"], r["code"], r["cell"]): r for r in csv.DictReader(fh)}


def test_decisions_carried_over_and_accepted_do_not_count(tmp_path: Path) -> None:
    folder, out = tmp_path / "returns", tmp_path / "out"
    _returns(folder)
    assert run("check", str(folder), "-o", str(out)).returncode == 1
    assert not (out / "处理意见.csv").exists()  # no decision yet: no plain file
    _type_in_summary(out, {("B101", "B16"): ("接受", "资金另有批复"),
                           ("T105", "E5"): ("退回", "请改为百分比")})  # fmt: skip
    status, doc = _json(folder, "-o", str(out))
    found = _findings(doc, "a.xlsx")
    assert found["B101", "B16"]["decision"]["decision"] == "accept"
    assert found["B101", "B16"]["decision"]["reason"] == "资金另有批复"
    assert found["T105", "E5"]["decision"]["status"] == "returned"
    assert "decision" not in found["D202", "F5"]
    a = next(f for f in doc["files"] if f["path"].endswith("a.xlsx"))
    assert a["counts"] == {"error": 1, "warning": 1, "info": 0, "accepted": 1}
    assert doc["counts"]["accepted"] == 1 and status == 1  # 退回 keeps its error counted
    # the copy shows the decisions in its report sheet; the plain file holds them
    report = openpyxl.load_workbook(out / "a-审核.xlsx").worksheets[0]
    rows = {r[2]: r for r in report.iter_rows(min_row=12, values_only=True)}
    assert rows["B101"][8:10] == ("接受", "资金另有批复") and rows["T105"][8] == "退回"
    plain = _plain(out)
    assert plain["a.xlsx", "B101", "B16"]["decision"] == "accept"
    assert plain["a.xlsx", "B101", "B16"]["value"] == "300"
    assert plain["a.xlsx", "T105", "E5"]["state"] == "current"
    # accepting the rest: the exit status ignores accepted findings, the verdict says so
    _type_in_summary(out, {("T105", "E5"): ("接受", "已说明"), ("D202", "F5"): ("接受", "")})
    status, doc = _json(folder, "-o", str(out))
    a = next(f for f in doc["files"] if f["path"].endswith("a.xlsx"))
    assert status == 0 and a["counts"]["accepted"] == 3 and a["counts"]["error"] == 0
    text = run("check", str(folder), "-o", str(out))
    assert text.returncode == 0 and "已接受：已说明" in text.stdout and "已接受" in text.stdout
    summary = openpyxl.load_workbook(out / "汇总.xlsx")["汇总"]
    verdicts = {r[0]: r[6] for r in summary.iter_rows(min_row=2, values_only=True)}
    assert verdicts["a.xlsx"] == "已接受" and verdicts["b.xlsx"] == "通过"


def test_decision_typed_in_copy_wins_over_unchanged_summary(tmp_path: Path) -> None:
    folder, out = tmp_path / "returns", tmp_path / "out"
    _returns(folder)
    run("check", str(folder), "-o", str(out))
    _type_in_summary(out, {("B101", "B16"): ("接受", "先接受")})
    run("check", str(folder), "-o", str(out))  # now in the plain file, summary and copy
    wb = openpyxl.load_workbook(out / "a-审核.xlsx")
    ws = wb.worksheets[0]
    row = next(r for r in range(12, ws.max_row + 1) if ws.cell(r, 3).value == "B101")
    ws.cell(row, 9).value, ws.cell(row, 10).value = "退回", "改主意了"
    wb.save(out / "a-审核.xlsx")
    _status, doc = _json(folder, "-o", str(out))
    said = _findings(doc, "a.xlsx")["B101", "B16"]["decision"]
    assert (said["decision"], said["reason"]) == ("return", "改主意了")


def test_edited_cell_makes_the_finding_new(tmp_path: Path) -> None:
    folder, out = tmp_path / "returns", tmp_path / "out"
    _returns(folder)
    run("check", str(folder), "-o", str(out))
    _type_in_summary(out, {("T105", "E5"): ("接受", "按篇计"), ("B101", "B16"): ("接受", "")})
    run("check", str(folder), "-o", str(out))
    wb = openpyxl.load_workbook(folder / "a.xlsx")  # staff change the cell: still wrong
    wb["绩效指标"]["E5"] = 3
    wb.save(folder / "a.xlsx")
    _status, doc = _json(folder, "-o", str(out))
    found = _findings(doc, "a.xlsx")
    assert "decision" not in found["T105", "E5"]  # new again
    assert found["B101", "B16"]["decision"]["decision"] == "accept"  # its cell unchanged
    plain = _plain(out)
    assert plain["a.xlsx", "T105", "E5"]["state"] == "changed"
    assert plain["a.xlsx", "T105", "E5"]["reason"] == "按篇计"  # kept, not applied
    sheet = openpyxl.load_workbook(out / "汇总.xlsx")["问题清单"]
    states = [(r[5], r[8], r[9]) for r in sheet.iter_rows(min_row=2, values_only=True)]
    assert ("T105", "2", "单元格已修改") in states and ("T105", "3", "本次发现") in states


def test_decisions_kept_when_a_return_is_removed(tmp_path: Path) -> None:
    folder, out = tmp_path / "returns", tmp_path / "out"
    paths = _returns(folder, ("a", "b", "c"))
    run("check", str(folder), "-o", str(out))
    _type_in_summary(out, {("B101", "B16"): ("接受", "资金另有批复")})
    run("check", str(folder), "-o", str(out))
    kept = paths[0].read_bytes()
    paths[0].unlink()  # a.xlsx taken out of the folder for now
    assert run("check", str(folder), "-o", str(out)).returncode == 0
    plain = _plain(out)
    assert plain["a.xlsx", "B101", "B16"]["state"] == "absent"
    assert plain["a.xlsx", "B101", "B16"]["reason"] == "资金另有批复"
    sheet = openpyxl.load_workbook(out / "汇总.xlsx")["问题清单"]
    rows = [r for r in sheet.iter_rows(min_row=2, values_only=True) if r[5] == "B101"]
    assert rows and rows[0][9] == "本次未检查" and rows[0][11] == "资金另有批复"
    run("check", str(folder), "-o", str(out))  # twice: still there
    assert _plain(out)["a.xlsx", "B101", "B16"]["decision"] == "accept"
    paths[0].write_bytes(kept)  # back again: the decision applies again
    _status, doc = _json(folder, "-o", str(out))
    assert _findings(doc, "a.xlsx")["B101", "B16"]["decision"]["reason"] == "资金另有批复"


def test_decisions_from_csv_and_toml_without_output(tmp_path: Path) -> None:
    folder = tmp_path / "returns"
    _returns(folder, ("a",))
    status, doc = _json(folder)
    assert status == 1
    rows = [
        Listed("current", Record("a.xlsx", "基本信息", "B16", "B101", "300", "accept", "批复")),
        Listed("current", Record("a.xlsx", "绩效指标", "E5", "T105", "2", "accept", "按篇")),
    ]
    for suffix in (".csv", ".toml"):
        plain = write_plain(tmp_path / f"decisions{suffix}", rows)
        assert [r.ident for r in read_plain(plain)] == [r.record.ident for r in rows]
        status, doc = _json(folder, "--decisions", str(plain))
        found = _findings(doc, "a.xlsx")
        assert found["B101", "B16"]["decision"]["reason"] == "批复"
        assert status == 0 and doc["counts"]["error"] == 0 and doc["counts"]["accepted"] == 2
    # a script's file: Chinese words, no value column (any value), a formula-like reason
    script = tmp_path / "mine.csv"
    script.write_text("code,sheet,cell,decision,reason,file\nD202,绩效指标,F5,接受,=ok,a.xlsx\n",
                      encoding="utf-8")  # fmt: skip
    _status, doc = _json(folder, "--decisions", str(script))
    assert _findings(doc, "a.xlsx")["D202", "F5"]["decision"]["reason"] == "=ok"
    toml = tmp_path / "mine.toml"
    toml.write_text('[[decision]]\nfile = "a.xlsx"\ncode = "D202"\ncell = "绩效指标!F5"\n'
                    'decision = "return"\n', encoding="utf-8")  # fmt: skip
    _status, doc = _json(folder, "--decisions", str(toml))
    assert _findings(doc, "a.xlsx")["D202", "F5"]["decision"]["decision"] == "return"
    assert 'decision = "accept"' in plain_toml(rows)


def test_sent_back_copy_has_its_old_report_replaced(tmp_path: Path) -> None:
    folder, out = tmp_path / "returns", tmp_path / "out"
    _returns(folder, ("a",))
    run("check", str(folder / "a.xlsx"), "-o", str(out))
    # the reviewer accepts D202 in the copy and sends it back; staff fix the budget and return it
    wb = openpyxl.load_workbook(out / "a-审核.xlsx")
    ws = wb["审核报告"]
    row = next(r for r in range(12, ws.max_row + 1) if ws.cell(r, 3).value == "D202")
    ws.cell(row, 9).value, ws.cell(row, 10).value = "接受", "两年同值"
    wb["基本信息"]["B17"] = 280  # 中期财政拨款: the budget adds up now
    back = tmp_path / "back"
    back.mkdir()
    wb.save(back / "a-审核.xlsx")
    out2 = tmp_path / "out2"
    status, doc = _json(back, "-o", str(out2))
    assert status == 1  # T105 is still an error
    found = _findings(doc, "a-审核.xlsx")
    assert ("B101", "B16") not in found and found["D202", "F5"]["decision"]["reason"] == "两年同值"
    copy = openpyxl.load_workbook(out2 / "a-审核-审核.xlsx")
    reports = [n for n in copy.sheetnames if n.startswith("审核报告")]
    assert reports == ["审核报告"] and copy.sheetnames[0] == "审核报告"
    codes = [r[2] for r in copy["审核报告"].iter_rows(min_row=12, values_only=True)]
    assert "B101" not in codes and "D202" in codes


@pytest.mark.libreoffice
def test_dropdowns_survive_libreoffice_and_decisions_typed_there_are_read(
    tmp_path: Path, soffice: Convert
) -> None:
    folder, out = tmp_path / "returns", tmp_path / "out"
    _returns(folder)
    run("check", str(folder), "-o", str(out))
    for name, sheet in (("汇总.xlsx", "问题清单"), ("a-审核.xlsx", "审核报告")):
        saved = soffice(out / name, "xlsx", tmp_path / "lo1")  # a re-save in LibreOffice
        wb = openpyxl.load_workbook(saved)
        lists = [dv for dv in wb[sheet].data_validations.dataValidation if dv.type == "list"]
        assert lists and "接受" in (lists[0].formula1 or ""), name
        ws = wb[sheet]  # the reviewer's decision typed, and saved by LibreOffice again
        head_row = next(r for r in range(1, 20) if "代码" in [c.value for c in ws[r]])
        head = [c.value for c in ws[head_row]]
        code = "B101" if sheet == "问题清单" else "T105"
        for r in range(head_row + 1, ws.max_row + 1):
            if ws.cell(r, head.index("代码") + 1).value == code:
                ws.cell(r, head.index("处理意见") + 1).value = "接受"
                ws.cell(r, head.index("说明") + 1).value = f"在 LibreOffice 中填写（{name}）"
        typed = tmp_path / "typed"
        typed.mkdir(exist_ok=True)
        wb.save(typed / name)
        again = soffice(typed / name, "xlsx", tmp_path / "lo2")
        shutil.copy(again, out / name)
    _status, doc = _json(folder, "-o", str(out))
    found = _findings(doc, "a.xlsx")
    assert found["B101", "B16"]["decision"]["reason"] == "在 LibreOffice 中填写（汇总.xlsx）"
    assert found["T105", "E5"]["decision"]["reason"] == "在 LibreOffice 中填写（a-审核.xlsx）"


def test_a_decision_bound_to_any_value_stays_so(tmp_path: Path) -> None:
    rows = [Listed("absent", Record("x.xlsx", "绩效指标", "E5", "T105", None, "accept", "任意值"))]
    for suffix in (".csv", ".toml"):
        back = read_plain(write_plain(tmp_path / f"d{suffix}", rows))
        assert [(r.value, r.decision, r.reason) for r in back] == [(None, "accept", "任意值")]
    typed = read_plain(write_plain(tmp_path / "e.csv", [
        Listed("current", Record("x.xlsx", "绩效指标", "E5", "T105", "", "return", "")),
        Listed("current", Record("x.xlsx", "绩效指标", "E6", "T105", "=1", "", "只写了说明")),
        Listed("current", Record("x.xlsx", "绩效指标", "E7", "T105", "", "", "")),  # nothing
    ]))  # fmt: skip
    assert [(r.cell, r.value, r.decision, r.reason) for r in typed] == [
        ("E5", "", "return", ""), ("E6", "=1", "", "只写了说明")]  # fmt: skip


def test_decisions_survive_a_deleted_plain_file(tmp_path: Path) -> None:
    folder, out = tmp_path / "returns", tmp_path / "out"
    _returns(folder)
    run("check", str(folder), "-o", str(out))
    _type_in_summary(out, {("B101", "B16"): ("接受", "资金另有批复")})
    run("check", str(folder), "-o", str(out))  # summary and copy rewritten with the decision
    (out / "处理意见.csv").unlink()
    _status, doc = _json(folder, "-o", str(out))  # read back from the outputs goalbook wrote
    assert _findings(doc, "a.xlsx")["B101", "B16"]["decision"]["reason"] == "资金另有批复"
    assert _plain(out)["a.xlsx", "B101", "B16"]["decision"] == "accept"


def test_a_resubmission_under_another_name_keeps_its_decisions(tmp_path: Path) -> None:
    folder, out = tmp_path / "returns", tmp_path / "out"
    paths = _returns(folder)
    run("check", str(folder), "-o", str(out))
    _type_in_summary(out, {("B101", "B16"): ("接受", "资金另有批复")})
    run("check", str(folder), "-o", str(out))
    paths[0].rename(folder / "a-第二版.xlsx")  # same unit and project, another file name
    _status, doc = _json(folder, "-o", str(out))
    said = _findings(doc, "a-第二版.xlsx")["B101", "B16"]["decision"]
    assert said["reason"] == "资金另有批复"
    plain = _plain(out)
    assert plain["a-第二版.xlsx", "B101", "B16"]["state"] == "current"
    assert ("a.xlsx", "B101", "B16") not in plain  # carried by the new file, not listed twice


def test_verdict_accepted_when_every_error_and_warning_is() -> None:
    at = CellRef("绩效指标", 5, 5)
    error = Finding("T105", "rate-as-count", Severity.ERROR, "m", "h", at)
    info = Finding("X101", "x", Severity.INFO, "m", "h", None)
    yes, no = Decision("accept", "理由"), Decision("return", "请改")
    assert FileResult("a", "findings", findings=(error, info)).verdict == "return"
    accepted = FileResult("a", "findings", findings=(replace(error, decision=yes), info))
    assert accepted.verdict == "accepted" and VERDICTS["zh"]["accepted"] == "已接受"
    assert accepted.counts == {"error": 0, "warning": 0, "info": 1, "accepted": 1}
    returned = FileResult("a", "findings", findings=(replace(error, decision=no),))
    assert returned.verdict == "return" and returned.counts["error"] == 1
    assert replace(error, decision=yes).as_dict("zh")["decision"] == {
        "decision": "accept", "status": "accepted", "reason": "理由", "source": None}  # fmt: skip
