"""What the twenty-second blind round found, on invented returns: heads that join the name and
its value (绩效指标（含指标值）, 三级指标（指标值）); tiers joined in short (产出/数量) and in the
first row of their merged block; an amount with its parts after it (，其中：…); the unit in a
备注 (单位：个；依据：…); names signed in one cell with a stamp; 迟报率 and “三公”经费 反向."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
import pytest

from goalbook.check import CheckOptions, check_file
from goalbook.reader import read_tables

Found = list[tuple[str, str, str]]


def _save(tmp_path: Path, rows: list[list[Any]], merges: tuple[str, ...] = ()) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    for row in rows:
        ws.append(row)
    for block in merges:
        ws.merge_cells(block)
    wb.save(path := tmp_path / "return.xlsx")
    return path


def _check(path: Path) -> Found:
    result, _ = check_file(path, CheckOptions())
    return [(f.code, f.severity.value, f.at.a1 if f.at else "") for f in result.findings]


def _said(found: Found) -> Found:
    return [f for f in found if f[1] in ("error", "warning")]


@pytest.mark.parametrize("head", ["绩效指标（含指标值）", "三级指标（指标值）"])
@pytest.mark.parametrize("sep", ["/", "-"])
def test_joined_heads_and_short_tier_pairs(tmp_path: Path, head: str, sep: str) -> None:
    rows = [
        ["2027年度项目支出绩效目标申报表"],
        ["项目名称：中小微企业融资担保风险补偿"],
        ["项目资金（万元）：年度资金总额500，其中财政拨款500，其他资金0"],
        [f"一级指标{sep}二级指标", head, "评分标准"],
        [f"产出{sep}数量", "支持中小微企业≥400户", "完成得满分"],
        [None, "合作担保机构≥6家", "完成得满分"],
        [f"产出{sep}质量", "风险补偿资金使用合规率100%", "违规不得分"],
        [f"效益{sep}社会效益", "企业融资成本明显降低", "定性评价"],
        [f"满意度{sep}服务对象满意度", "受益企业满意度≥90%", "按调查结果"],
    ]
    path = _save(tmp_path, rows, ("A5:A6",))
    assert _said(_check(path)) == []
    first = read_tables(path)[0].indicators[0]
    tiers = (first.tier1.text if first.tier1 else "", first.tier2.text if first.tier2 else "")
    assert (tiers, first.label, first.annual.text if first.annual else "") == (
        ("产出", "数量"),
        "支持中小微企业",
        "≥400户",
    )


def _project(
    head: list[list[Any]], rows: list[list[Any]], foot: list[list[Any]] | None = None
) -> list[list[Any]]:
    if foot is None:
        foot = []
    return [
        ["2027年度项目支出绩效目标表"],
        ["项目名称", "生活垃圾分类收运"],
        *head,
        ["年度绩效目标", "覆盖全县126个行政村的生活垃圾分类收运。"],
        ["一级指标", "二级指标", "三级指标", "比较符", "指标值", "备注（计量单位、设定依据）"],
        *rows,
        ["效益指标", "生态效益指标", "村庄环境卫生状况", None, "明显改善", "依据：计划标准"],
        ["满意度指标", "服务对象满意度指标", "村民满意度", "≥", 90, "单位：%；依据：行业标准"],
        *foot,
    ]


_OUTPUT = [["产出指标", "数量指标", "覆盖行政村数", "≥", 126, "单位：个；依据：计划标准"]]
_MONEY = [["项目资金（万元）", "年度资金总额", 150, "其中：财政拨款", 150]]


def test_the_unit_in_a_remark(tmp_path: Path) -> None:
    path = _save(tmp_path, _project(_MONEY, _OUTPUT))
    assert _said(_check(path)) == []
    first = read_tables(path)[0].indicators[0]
    assert first.annual_target is not None and first.annual_target.unit == "个"


@pytest.mark.parametrize(
    ("cell", "found"),
    [
        ("资金总额：150万元，其中：财政拨款120万元、其他资金20万元", [("B101", "warning", "A3")]),
        ("资金总额：150万元，其中：财政拨款130万元、其他资金20万元", []),
    ],
)
def test_an_amount_with_its_parts_after_it(tmp_path: Path, cell: str, found: Found) -> None:
    money = [f for f in _check(_save(tmp_path, _project([[cell]], _OUTPUT))) if f[0][0] in "BX"]
    assert money == found


@pytest.mark.parametrize(
    "line",
    [
        "镇长：吴国栋   经办人：潘丽   （盖章）",
        "所长：钟立群            经办人：严冬梅",  # (a merge across lost: spaces between)
        "白沙河区水利局（盖章）    2026年11月25日",
    ],
)
def test_names_signed_in_one_cell_with_a_stamp(tmp_path: Path, line: str) -> None:
    foot = [[], [line]]
    assert _said(_check(_save(tmp_path, _project(_MONEY, _OUTPUT, foot)))) == []


@pytest.mark.parametrize(
    ("name", "value", "unit"),
    [("法定传染病报告迟报率", 1, "单位：%"), ("“三公”经费支出", 36.5, "单位：万元")],
)
def test_late_reports_and_official_spending_are_caps(
    tmp_path: Path, name: str, value: float, unit: str
) -> None:
    rows = [*_OUTPUT, [None, "质量指标", name, "≥", value, unit]]
    found = _check(_save(tmp_path, _project(_MONEY, rows)))
    assert [f[0] for f in found if f[0] == "T108"] == ["T108"], found
