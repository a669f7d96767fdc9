"""check --previous: the P rules firing and not firing, matching, resolved findings."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from goalbook.check import CheckOptions, check_file
from goalbook.cli import main
from goalbook.diff.run import load_previous
from goalbook.names import summary_name
from tests.returns import Return

Edit = Callable[[Return, Return], None]


def _lowered_with_more_money(old: Return, new: Return) -> None:
    new.row("驿站验收合格率")[5] = 90
    new.fields["年度资金总额"] = 160
    new.fields["年度其他资金"] = 10


def _dropped(old: Return, new: Return) -> None:
    del new.rows[5]  # 入住青年就业率


def _count_kept_budget_up(old: Return, new: Return) -> None:
    new.fields["年度资金总额"] = 210
    new.fields["年度其他资金"] = 60


def _goal_copied(old: Return, new: Return) -> None:
    pass  # the clean return: 年度目标 the same both years


# (code, edit, cell of the finding) — each fires; the cases of test_catalogue's every-code test
CASES: list[tuple[str, Edit, str | None]] = [
    ("P101", _lowered_with_more_money, "F5"),
    ("P102", _dropped, "C8"),
    ("P103", _count_kept_budget_up, "F3"),
    ("P104", _goal_copied, "B26"),
]


def _rewrite_goal(ret: Return) -> None:
    ret.fields["年度目标"] = "今年建成另外6个驿站。"


def _lowered_same_budget(old: Return, new: Return) -> None:
    new.row("驿站验收合格率")[5] = 90


def _raised_more_money(old: Return, new: Return) -> None:
    new.row("驿站验收合格率")[5] = 99
    _count_kept_budget_up(old, new)


def _renamed(old: Return, new: Return) -> None:
    new.row("入住青年就业率")[2] = "入住青年的就业率"


def _budget_up_a_little(old: Return, new: Return) -> None:  # +8%
    new.fields.update({"年度资金总额": 170, "年度其他资金": 20})


def _counts_follow_the_budget(old: Return, new: Return) -> None:
    _count_kept_budget_up(old, new)
    new.row("建设青年人才驿站数量")[5] = 8
    new.row("提供住宿服务人次")[5] = 4000


def _goal_rewritten(old: Return, new: Return) -> None:
    _rewrite_goal(new)


# the same situations, not firing
NOT_FIRING: list[tuple[str, Edit]] = [
    ("P101", _lowered_same_budget),
    ("P101", _raised_more_money),
    ("P102", _renamed),
    ("P103", _budget_up_a_little),
    ("P103", _counts_follow_the_budget),
    ("P104", _goal_rewritten),
]


def _check(tmp: Path, edit: Edit, threshold: str = "0.2") -> list[tuple[str, str | None]]:
    old, new = Return(year=2025), Return()
    edit(old, new)
    (tmp / "prev").mkdir(parents=True, exist_ok=True)
    old_path, new_path = old.write(tmp / "prev" / "a.xlsx"), new.write(tmp / "a.xlsx")
    options = CheckOptions.make()
    previous, bad = load_previous(old_path, options, Decimal(threshold))
    assert bad == ()
    result, _ = check_file(new_path, replace(options, previous=previous))
    assert result.previous == str(old_path)
    return [(f.code, f.at.a1 if f.at else None) for f in result.findings if f.code[0] == "P"]


@pytest.mark.parametrize(("code", "edit", "cell"), CASES, ids=[c[0] for c in CASES])
def test_each_p_rule_fires(tmp_path: Path, code: str, edit: Edit, cell: str | None) -> None:
    assert (code, cell) in _check(tmp_path, edit)


@pytest.mark.parametrize(("code", "edit"), NOT_FIRING, ids=[c[0] for c in NOT_FIRING])
def test_each_p_rule_does_not_fire(tmp_path: Path, code: str, edit: Edit) -> None:
    assert code not in {c for c, _ in _check(tmp_path, edit)}


def test_one_finding_per_dropped_indicator(tmp_path: Path) -> None:
    def drop_two(old: Return, new: Return) -> None:
        del new.rows[5]
        del new.rows[4]

    assert [c for c, _ in _check(tmp_path, drop_two)].count("P102") == 2


def test_the_threshold_is_an_option(tmp_path: Path) -> None:
    def plus_ten(old: Return, new: Return) -> None:  # 157.45 → 173.2: +10%
        new.fields["年度资金总额"] = 173.2
        new.fields["年度其他资金"] = 23.2

    assert "P103" not in {c for c, _ in _check(tmp_path / "a", plus_ten)}
    assert "P103" in {c for c, _ in _check(tmp_path / "b", plus_ten, "0.05")}


def test_a_check_without_previous_has_no_p_finding_and_no_previous_field(tmp_path: Path) -> None:
    path = Return().write(tmp_path / "a.xlsx")
    result, _ = check_file(path, CheckOptions.make())
    assert result.previous == "" and not any(f.code[0] == "P" for f in result.findings)
    done = CliRunner().invoke(main, ["check", str(path), "--format", "json"])
    assert "previous" not in json.loads(done.stdout)["files"][0]


def _season(tmp: Path) -> tuple[Path, Path]:
    """Last year's folder (two units, one with an impossible satisfaction target) and this
    year's (the target fixed, the other unit's return not in yet)."""
    prev, cur = tmp / "2025", tmp / "2026"
    prev.mkdir()
    cur.mkdir()
    for name, project in (("a", "青年人才驿站建设"), ("b", "社区服务中心")):
        old = Return(year=2025)
        old.fields["计划开始日期"] = dt.datetime(2025, 1, 1)
        old.fields["计划完成日期"] = dt.datetime(2026, 12, 31)
        old.fields["项目名称"] = project
        if name == "a":
            old.row("入住青年满意度")[5] = 800
        old.write(prev / f"{name}.xlsx")
    new = Return()
    new.fields["年度目标"] = "今年建成另外6个驿站。"
    new.write(cur / "a-2026.xlsx")
    new.fields["项目名称"] = "新项目"
    new.write(cur / "c.xlsx")
    return prev, cur


def test_resolved_findings_in_text_json_and_summary(tmp_path: Path) -> None:
    prev, cur = _season(tmp_path)
    runner = CliRunner()
    text = runner.invoke(main, ["check", str(cur), "--previous", str(prev)])
    assert "对比上一版：" in text.stdout
    resolved = [line for line in text.stdout.splitlines() if "已解决" in line]
    assert {line.split()[1] for line in resolved} == {"T106"}  # (800%: T106 alone, no T114)
    assert all("F10" in line for line in resolved)
    doc = json.loads(
        runner.invoke(main, ["check", str(cur), "--previous", str(prev), "--format", "json"]).stdout
    )
    by_name = {Path(f["path"]).name: f for f in doc["files"]}
    assert Path(by_name["a-2026.xlsx"]["previous"]).name == "a.xlsx"
    assert {r["code"] for r in by_name["a-2026.xlsx"]["resolved"]} == {"T106"}
    assert "previous" not in by_name["c.xlsx"]  # matched nothing last year
    out = tmp_path / "out"
    done = runner.invoke(main, ["check", str(cur), "--previous", str(prev), "-o", str(out)])
    assert done.exit_code in (0, 1), done.output
    wb = openpyxl.load_workbook(out / summary_name("zh"))
    sheet = wb["已解决"]
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    assert {(r[0], r[2], r[3], r[5]) for r in rows} == {
        ("a-2026.xlsx", "a.xlsx", "T106", "绩效指标!F10"),
    }


def test_no_resolved_sheet_without_previous(tmp_path: Path) -> None:
    _prev, cur = _season(tmp_path)
    out = tmp_path / "out"
    CliRunner().invoke(main, ["check", str(cur), "-o", str(out)])
    assert "已解决" not in openpyxl.load_workbook(out / summary_name("zh")).sheetnames


def test_a_return_is_never_its_own_previous_version(tmp_path: Path) -> None:
    path = Return().write(tmp_path / "a.xlsx")
    options = CheckOptions.make()
    previous, _bad = load_previous(tmp_path, options)
    result, _ = check_file(path, replace(options, previous=previous))
    assert result.previous == "" and not any(f.code[0] == "P" for f in result.findings)


def test_one_previous_table_is_not_the_previous_version_of_another_units_return(
    tmp_path: Path,
) -> None:
    """Last year's table of one unit, given alone, is compared with that unit's return, not with
    every other unit's return in the folder checked (that would drop all its indicators)."""
    (tmp_path / "prev").mkdir()
    old_path = Return(year=2025).write(tmp_path / "prev" / "a.xlsx")
    mine = Return().write(tmp_path / "a.xlsx")
    other = Return()
    other.fields["实施单位"] = "另一个单位"
    other_path = other.write(tmp_path / "b.xlsx")
    options = CheckOptions.make()
    previous, _ = load_previous(old_path, options)
    with_previous = replace(options, previous=previous)
    assert check_file(mine, with_previous)[0].previous == str(old_path)
    assert check_file(other_path, with_previous)[0].previous == ""


def test_the_resolved_sheet_prints_on_a4_like_the_other_sheets(tmp_path: Path) -> None:
    """It used to print column by column over several pages, with no header on the next."""
    prev, cur = _season(tmp_path)
    out = tmp_path / "out"
    CliRunner().invoke(main, ["check", str(cur), "--previous", str(prev), "-o", str(out)])
    ws = openpyxl.load_workbook(out / summary_name("zh"))["已解决"]
    setup = ws.page_setup
    assert setup.paperSize == 9 and ws.sheet_properties.pageSetUpPr.fitToPage
    assert (setup.fitToWidth, setup.fitToHeight) in ((1, 0), (None, 0))
    assert ws.print_title_rows in ("1:1", "$1:$1")
    assert (ws.column_dimensions["B"].width or 0) >= 30  # a unit's full name, not cut
