"""A two-line header whose upper line groups the columns into sets (中期指标（2026—2027年） │
年度指标（2026年）) over 二级指标 │ 三级指标 │ 指标值 twice, with 一级指标 merged down over both
lines: the tier-1 column belongs to the header, so every row keeps its tier-1 (no F101) and the
framework is the one its labels name (no F107)."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from goalbook.check import CheckOptions, check_file
from goalbook.reader import read_table

_ROWS = [  # tier-1, tier-2, name, the period's value, the year's value
    ("产出指标", "数量指标", "新建村级污水处理站", "≥40座", "≥24座"),
    (None, "质量指标", "出水水质达标率", "≥90%", "≥90%"),
    (None, "时效指标", "站点建成时间", "2027年10月31日前", "2026年11月30日前"),
    ("成本指标", "经济成本指标", "单站建设成本", "≤45万元/座", "≤45万元/座"),
    ("效益指标", "生态效益指标", "农村生活污水治理率", "≥60%", "≥48%"),
    ("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%", "≥88%"),
]


def _book(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["2026年度项目支出绩效目标申报表"])
    ws.append(["项目名称", "澄湖镇农村生活污水治理", None, "主管部门", "澄湖镇人民政府"])
    ws.append(["项目期", "2年", "计划开始日期", "2026年1月1日", "计划完成日期", "2027年12月31日"])
    ws.append(["项目资金（万元）", "中期资金总额", 1800, "年度资金总额", 1080])
    ws.append(["一级指标", "中期指标（2026—2027年）", None, None, "年度指标（2026年）"])
    ws.append([None, "二级指标", "三级指标", "指标值", "二级指标", "三级指标", "指标值"])
    for tier1, tier2, name, period, annual in _ROWS:
        ws.append([tier1, tier2, name, period, tier2, name, annual])
    for ref in ("A5:A6", "B5:D5", "E5:G5", "A7:A9"):
        ws.merge_cells(ref)
    wb.save(path)
    return path


def test_the_tier1_merged_over_both_lines_heads_its_column(tmp_path: Path) -> None:
    table = read_table(_book(tmp_path / "t.xlsx"))
    assert [i.tier1.text if i.tier1 else None for i in table.indicators] == [
        "产出指标", "产出指标", "产出指标", "成本指标", "效益指标", "满意度指标"
    ]  # fmt: skip
    first = table.indicators[0]
    assert first.period is not None and first.period.text == "≥40座"
    assert first.annual is not None and first.annual.text == "≥24座"


def test_a_correct_table_with_set_headings_draws_no_tier_finding(tmp_path: Path) -> None:
    result, _ = check_file(_book(tmp_path / "t.xlsx"), CheckOptions())
    assert not [f for f in result.findings if f.code.startswith("F")], result.findings
    assert not [f for f in result.findings if f.severity.value == "error"], result.findings
