"""A whole season walked through as a coordinator and a reviewer do it: what broke or misled
when roster, decisions and re-runs were used together."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import openpyxl

from tests.test_decisions import _returns, run


def _type_in_copy(copy: Path, code: str, said: str, why: str) -> None:
    """A reviewer types a decision into a copy's report sheet (the first sheet)."""
    wb = openpyxl.load_workbook(copy)
    ws = wb.worksheets[0]
    row = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 3).value == code)
    ws.cell(row, 9).value, ws.cell(row, 10).value = said, why
    wb.save(copy)


def _plain(out: Path) -> dict[tuple[str, str], dict[str, str]]:
    with (out / "处理意见.csv").open(encoding="utf-8-sig", newline="") as fh:
        return {(r["code"], r["cell"]): r for r in csv.DictReader(fh)}


def test_a_decision_typed_in_a_copy_is_listed_whole_once_its_cell_changed(
    tmp_path: Path,
) -> None:
    folder, out = tmp_path / "returns", tmp_path / "out"
    _returns(folder)
    run("check", str(folder), "-o", str(out))
    _type_in_copy(out / "a-审核.xlsx", "T105", "接受", "按篇计")
    wb = openpyxl.load_workbook(folder / "a.xlsx")  # meanwhile staff change the cell
    wb["绩效指标"]["E5"] = 3
    wb.save(folder / "a.xlsx")
    run("check", str(folder), "-o", str(out))
    row = _plain(out)["T105", "E5"]
    assert row["state"] == "changed" and row["reason"] == "按篇计"
    # the plain file speaks one language: the severity as written for current rows
    assert row["severity"] == "error"
    # the unit and project of the file checked, though the copy's report has no such column
    assert (row["unit"], row["project"]) == ("某区团委", "项目a")
    sheet = openpyxl.load_workbook(out / "汇总.xlsx")["问题清单"]
    stale = [r for r in sheet.iter_rows(min_row=2, values_only=True) if r[9] == "单元格已修改"]
    assert [(r[1], r[2]) for r in stale] == [("某区团委", "项目a")]


def test_finding_rows_are_as_tall_as_a_long_file_name(tmp_path: Path) -> None:
    """A long file name wraps in 问题清单: its row is made tall enough (LibreOffice does not fit
    rows on opening, and wrapped text printed over the next row)."""
    folder, out = tmp_path / "returns", tmp_path / "out"
    a, _b = _returns(folder)
    long = a.with_name("东莞市文化广电旅游体育局-公共文化服务体系建设（第二次修改稿）.xlsx")
    a.rename(long)
    run("check", str(folder), "-o", str(out))
    ws = openpyxl.load_workbook(out / "汇总.xlsx")["问题清单"]
    rows = [r for r in range(2, ws.max_row + 1) if ws.cell(r, 1).value == long.name]
    assert rows and all((ws.row_dimensions[r].height or 15) >= 45 for r in rows)


def test_a_warning_the_reviewer_sends_back_sends_the_return_back(tmp_path: Path) -> None:
    """退回 typed on a warning: the unit is 退回 (sent back), not 待核 (still to review) — the
    reviewer has looked at it and decided. The exit status still follows the errors."""
    folder = tmp_path / "returns"
    _returns(folder, ("a",))
    roster = tmp_path / "units.csv"
    roster.write_text("单位名称,项目名称\n某区团委,项目a\n", encoding="utf-8")
    plain = tmp_path / "decisions.csv"
    plain.write_text(
        "file,code,sheet,cell,decision,reason\na.xlsx,B101,基本信息,B16,接受,批复\n"
        "a.xlsx,T105,绩效指标,E5,接受,按篇\na.xlsx,D202,绩效指标,F5,退回,请改\n",
        encoding="utf-8",
    )
    done = run("check", str(folder), "--roster", str(roster), "--decisions", str(plain),
               "--format", "json")  # fmt: skip
    doc = json.loads(done.stdout)
    assert done.returncode == 0 and doc["counts"]["error"] == 0
    assert [u["status"] for u in doc["roster"]["units"]] == ["return"]
    text = run("check", str(folder), "--roster", str(roster), "--decisions", str(plain))
    assert "a.xlsx — 退回修改：0 个错误，1 个警告" in text.stdout
    assert "名单 1 个单位：退回 1" in text.stdout


def test_a_plain_file_without_a_sheet_column_binds_to_the_cell(tmp_path: Path) -> None:
    """The README needs only code, cell and decision: a script's file of file,code,cell was
    read but applied to nothing, silently."""
    folder = tmp_path / "returns"
    _returns(folder, ("a",))
    plain = tmp_path / "decisions.csv"
    plain.write_text("file,code,cell,decision,reason\na.xlsx,B101,B16,接受,批复\n"
                     "a.xlsx,T105,E5,接受,按篇\n", encoding="utf-8")  # fmt: skip
    done = run("check", str(folder), "--decisions", str(plain), "--format", "json")
    assert done.returncode == 0
    assert json.loads(done.stdout)["counts"]["accepted"] == 2


def test_a_roster_against_an_empty_folder_lists_every_unit_not_returned(tmp_path: Path) -> None:
    """Day one of the season: no return yet. With a roster that is an answer (every unit 未交),
    not an error; without one it stays an error."""
    folder, out = tmp_path / "returns", tmp_path / "out"
    folder.mkdir()
    roster = tmp_path / "units.csv"
    roster.write_text("单位名称\n甲单位\n乙单位\n", encoding="utf-8")
    done = run("check", str(folder), "--roster", str(roster), "-o", str(out))
    assert done.returncode == 0, done.stderr
    assert "未交：甲单位、乙单位" in done.stdout and "名单 2 个单位：未交 2" in done.stdout
    ws = openpyxl.load_workbook(out / "汇总.xlsx")["单位状态"]
    assert [ws.cell(r, 4).value for r in (3, 4)] == ["未交", "未交"]
    assert run("check", str(folder)).returncode == 2
    assert run("check", str(out), "--roster", str(roster)).returncode == 2  # only outputs


def test_decisions_not_applied_are_said_in_text_and_json(tmp_path: Path) -> None:
    """A decision invalidated by an edited cell was only in 问题清单 and 处理意见.csv: the
    coordinator reading the terminal (or a script reading JSON) never learnt of it."""
    folder, out = tmp_path / "returns", tmp_path / "out"
    _returns(folder)
    run("check", str(folder), "-o", str(out))
    _type_in_copy(out / "a-审核.xlsx", "T105", "接受", "按篇计")
    _type_in_copy(out / "a-审核.xlsx", "B101", "退回", "请核对")
    wb = openpyxl.load_workbook(folder / "a.xlsx")  # staff change one, fix the other
    wb["绩效指标"]["E5"] = 3
    wb["基本信息"]["B16"] = 310
    wb.save(folder / "a.xlsx")
    text = run("check", str(folder), "-o", str(out)).stdout
    assert "处理意见未用上：单元格已修改 1，已不再出现 1（均保留在 处理意见.csv）" in text
    assert "  a.xlsx 绩效指标 E5 T105：单元格已修改，原处理意见“接受：按篇计”不再适用" in text
    doc = json.loads(run("check", str(folder), "-o", str(out), "--format", "json").stdout)
    said = {(d["state"], d["code"], d["decision"], d["reason"]) for d in doc["decisions"]}
    assert said == {
        ("changed", "T105", "accept", "按篇计"),
        ("resolved", "B101", "return", "请核对"),
    }
    plain = json.loads(run("check", str(folder), "--format", "json").stdout)
    assert "decisions" not in plain  # without -o (and decisions) the document is as before


def test_on_a_tie_the_roster_rows_own_project_is_the_current_return() -> None:
    """A unit sent its roster project and, later, a table of another project: both pass. The
    row showed the other project as its current return (the newest), its own only as 'also'."""
    from goalbook.docprops import PackageFacts
    from goalbook.season import roster_status
    from tests.test_season import result, roster

    units = roster(("东莞市教育局", "中小学校舍维修改造"))
    own = result("r/校舍.xlsx", "东莞市教育局", project="中小学校舍维修改造")
    other = result("r/校园安全.xlsx", "东莞市教育局", project="校园安全提升")
    facts = {own.path: PackageFacts(mtime=1.0), other.path: PackageFacts(mtime=2.0)}
    unit = roster_status(units, [own, other], facts).units[0]
    assert (unit.status, unit.current, unit.also) == ("pass", own, (other,))
    worse = result("r/校园安全.xlsx", "东莞市教育局", project="校园安全提升", warnings=1)
    unit = roster_status(units, [own, worse], facts).units[0]  # the worst still gives it
    assert (unit.status, unit.current, unit.also) == ("review", worse, (own,))


def test_the_unused_decision_lines_in_english() -> None:
    from goalbook.decisionnote import stale_lines
    from goalbook.decisions import Listed, Record

    rec = Record("a.xlsx", "绩效指标", "E5", "T105", "2", "accept", "按篇计")
    lines = stale_lines([Listed("changed", rec), Listed("absent", rec)], "en")
    assert lines[1:] == [
        "Decisions not applied: cell changed 1, not checked 1 (all kept in decisions.csv)",
        "  a.xlsx 绩效指标 E5 T105: the cell changed;"
        " the decision “accept: 按篇计” no longer applies",
    ]


def test_the_units_sheet_headings_fit_their_columns(tmp_path: Path) -> None:
    """English 'Warnings' in a column 6 wide printed as 'gs' (the heading wraps in a row one
    line tall)."""
    folder, out = tmp_path / "returns", tmp_path / "out"
    _returns(folder)
    roster = tmp_path / "units.csv"
    roster.write_text("单位名称\n某区团委\n", encoding="utf-8")
    run("check", str(folder), "--roster", str(roster), "-o", str(out), "--lang", "en")
    ws = openpyxl.load_workbook(out / "summary.xlsx")["Units"]
    for cell in ws[2]:
        width = ws.column_dimensions[cell.column_letter].width
        assert len(str(cell.value)) <= width - 1, (cell.value, width)


def test_a_decision_cleared_in_the_summary_is_withdrawn(tmp_path: Path) -> None:
    """The reviewer changes their mind and empties 处理意见 and 说明: the decision came back
    from 处理意见.csv on every run, and Excel offered no way to withdraw it."""
    from tests.test_decisions import _type_in_summary

    folder, out = tmp_path / "returns", tmp_path / "out"
    _returns(folder)
    run("check", str(folder), "-o", str(out))
    _type_in_summary(out, {("B101", "B16"): ("接受", "先接受"), ("T105", "E5"): ("接受", "按篇")})
    run("check", str(folder), "-o", str(out))
    assert set(_plain(out)) == {("B101", "B16"), ("T105", "E5")}
    _type_in_summary(out, {("B101", "B16"): (None, None)})  # cleared
    doc = json.loads(run("check", str(folder), "-o", str(out), "--format", "json").stdout)
    found = {(f["code"], f["cell"]): f for f in doc["files"][0]["findings"]}
    assert "decision" not in found["B101", "B16"]
    assert found["T105", "E5"]["decision"]["reason"] == "按篇"  # the other stays
    assert set(_plain(out)) == {("T105", "E5")}
    run("check", str(folder), "-o", str(out))  # and stays withdrawn
    assert set(_plain(out)) == {("T105", "E5")}
