"""A block under the indicator table titled on a row of its own (建设内容及投资构成, 2026年度
资金测算, 项目收益与融资平衡情况（运营期15年）) ends the table: its numbered lines and its
label │ amount pairs are no indicators. A page head repeated after a page break (the unit's name
│ 打印日期：…) is no indicator either, and the table goes on under it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl

from goalbook.check import CheckOptions, check_file
from goalbook.reader import read_table

_HEAD: list[list[Any]] = [
    ["2026年度项目支出绩效目标申报表"],
    ["项目名称", "石湄县城区雨污分流改造工程", None, "主管部门", "石湄县住房和城乡建设局"],
    ["项目期", "1年", "计划开始日期", "2026年1月1日", "计划完成日期", "2026年12月31日"],
    ["项目资金（万元）", "年度资金总额", 2400, "其中：财政拨款", 2400],
    ["年度绩效目标", "改造雨污分流管网6公里，新建检查井120座，消除城区污水直排口9处。"],
    ["一级指标", "二级指标", "三级指标", "指标值"],
    ["产出指标", "数量指标", "改造雨污分流管网长度", "≥6公里"],
    [None, None, "新建检查井", "≥120座"],
    [None, "质量指标", "工程竣工验收合格率", "100%"],
    [None, "时效指标", "工程完工时间", "2026年11月30日前"],
    [None, "成本指标", "管网改造单价", "≤380万元/公里"],
    ["效益指标", "生态效益指标", "消除污水直排口", "≥9处"],
    ["满意度指标", "服务对象满意度指标", "沿线居民满意度", "≥90%"],
]
_LAST = 13  # the table's last row (1-based)


def _save(path: Path, rows: list[list[Any]], merges: tuple[str, ...] = ()) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    for row in rows:
        ws.append(row)
    for ref in merges:
        ws.merge_cells(ref)
    wb.save(path)
    return path


def _below(path: Path, block: list[list[Any]], merges: tuple[str, ...] = ()) -> Path:
    return _save(path, [*_HEAD, [], *block], merges)


def _read_and_checked(path: Path) -> tuple[list[str], list[tuple[str, str, str]]]:
    table = read_table(path)
    result, _ = check_file(path, CheckOptions())
    found = [(f.code, f.severity.value, f.at.a1 if f.at else "") for f in result.findings]
    return [i.label for i in table.indicators], found


def test_a_numbered_block_titled_on_its_own_row_ends_the_table(tmp_path: Path) -> None:
    block = [
        ["建设内容及投资构成"],
        ["序号", "建设内容", None, "规模及单价", "投资（万元）"],
        [1, "雨污分流管网", None, "6公里×380万元/公里", 2280],
        [2, "检查井", None, "120座×1万元/座", 120],
        ["合计", None, None, None, 2400],
    ]
    names, found = _read_and_checked(_below(tmp_path / "b.xlsx", block, ("A15:F15",)))
    assert names[-1] == "沿线居民满意度" and len(names) == 7
    assert not [f for f in found if f[2] and int(f[2].lstrip("ABCDEFG")) > _LAST], found


def test_a_year_s_calculation_titled_on_its_own_row_ends_the_table(tmp_path: Path) -> None:
    block = [
        ["2026年度资金测算"],
        ["序号", "测算内容", None, "计算依据", "金额（万元）"],
        [1, "管网改造", None, "6公里×380万元/公里", 2280],
        [2, "检查井", None, "120座×1万元/座", 120],
    ]
    names, found = _read_and_checked(_below(tmp_path / "c.xlsx", block))
    assert len(names) == 7
    assert not [f for f in found if f[2] and int(f[2].lstrip("ABCDEFG")) > _LAST], found


def test_a_bond_s_income_balance_is_no_indicator(tmp_path: Path) -> None:
    """The 专项债券 income balance: label │ amount pairs three to a row, none a goal."""
    block = [
        ["项目收益与融资平衡情况（运营期15年）"],
        ["专项债券资金", 2000, "债券期限", "15年", "预计票面利率", 0.03],
        ["年污水处理收入", 310, "年运营成本", 90, "运营期净收益", 3300],
        ["债券本息合计", 2900, "本息覆盖倍数", "1.14倍"],
    ]
    names, found = _read_and_checked(_below(tmp_path / "d.xlsx", block, ("A15:F15",)))
    assert len(names) == 7
    assert not [f for f in found if f[2] and int(f[2].lstrip("ABCDEFG")) > _LAST], found


def test_a_page_head_repeated_after_a_break_is_skipped(tmp_path: Path) -> None:
    rows = [
        *_HEAD[:10],
        ["打印日期：2026-01-08 10:26", None, None, None, "第1页 共2页"],
        [],
        ["石湄县住房和城乡建设局", None, None, "打印日期：2026-01-08 10:26"],
        ["第2页 共2页"],
        *_HEAD[5:6],
        *_HEAD[10:],
    ]
    names, found = _read_and_checked(_save(tmp_path / "p.xlsx", rows, ("A13:C13",)))
    assert "石湄县住房和城乡建设局" not in names
    assert names[-1] == "沿线居民满意度" and len(names) == 7
    assert not [f for f in found if f[2] in ("A13", "D13")], found
    assert not [f for f in found if f[1] == "error"], found


def test_numbered_rows_left_empty_are_no_indicators(tmp_path: Path) -> None:
    """A 序号 column numbers the rows, and the last two numbers stand on rows left empty."""
    rows = [*_HEAD[:5], ["序号", *_HEAD[5]]]
    rows += [[n, *row] for n, row in enumerate(_HEAD[6:], start=1)]
    rows += [[8], [9], ["合计"]]
    names, found = _read_and_checked(_save(tmp_path / "n.xlsx", rows))
    assert len(names) == 7
    assert not [f for f in found if f[2] and int(f[2].lstrip("ABCDEFG")) > _LAST], found
