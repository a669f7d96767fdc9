"""Blocks of foreign layouts read as what they are: a regional table's county blocks stacked
under the province's block, each its own table with its head rows as fields."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl

from goalbook.check import CheckOptions, check_file

_TIERS = [  # OLD-NAT, every tier-1 present; {n}: the county's own target
    ["产出指标", "数量指标", "村道清扫保洁里程", "≥{n}公里"],
    [None, "质量指标", "保洁路段达标率", "≥85%"],
    [None, "时效指标", "年度保洁任务完成时间", "2026年12月31日前"],
    [None, "成本指标", "每公里年均保洁补助", "≤0.3万元/公里"],
    ["效益指标", "社会效益指标", "村容村貌", "明显改善"],
    ["满意度指标", "服务对象满意度指标", "村民满意度", "≥{m}%"],
]


def _county(rows: list[list[Any]], name: str, total: int, central: int, n: int) -> None:
    rows.append(["地区", name, "年度资金总额（万元）", total])
    rows.append(["其中：中央补助", central, "地方资金", total - central])
    rows.append(["年度目标", f"保洁村道{n}公里，村民满意度稳步提高。"])
    rows.append(["一级指标", "二级指标", "三级指标", "指标值", "备注"])
    for row in _TIERS:
        rows.append([str(v).format(n=n, m=80 + n % 10) if v else v for v in row])
    rows.append([])


def _regional(path: Path) -> Path:
    rows: list[list[Any]] = [
        ["2026年中央对地方转移支付区域绩效目标表（分县）"],
        ["转移支付名称", "农村人居环境整治补助资金"],
        ["全省合计（万元）", 900, "其中：中央补助", 700],
        [None, None, "地方资金", 200],
        [],
    ]
    _county(rows, "东湖县", 500, 400, 310)
    _county(rows, "西山区", 400, 300, 260)
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "分县目标"
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def test_each_county_block_is_its_own_table(tmp_path: Path) -> None:
    result, _ = check_file(_regional(tmp_path / "r.xlsx"), CheckOptions())
    assert len(result.tables) == 2
    codes = {f.code for f in result.findings}
    assert not codes & {"D101", "D102", "F201", "S101", "T102", "T103", "T104", "B101"}, (
        result.findings
    )
    assert not [f for f in result.findings if f.severity.value == "error"], result.findings


def test_a_money_table_below_the_indicators_ends_them(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    for row in [
        ["2026年度项目支出绩效目标申报表"],
        ["项目名称", "社区养老服务提升", None, "主管部门", "某县民政局"],
        ["实施单位", "某县养老服务中心"],
        ["项目资金（万元）", "资金总额", 300, "其中：财政拨款", 300],
        ["年度绩效目标", "新建社区助餐点，开展居家养老上门服务。"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "新建社区助餐点", "≥12个"],
        [None, "质量指标", "助餐点验收合格率", "100%"],
        [None, "时效指标", "助餐点建成时间", "2026年9月底前"],
        [None, "成本指标", "单个助餐点建设成本", "≤15万元/个"],
        ["效益指标", "社会效益指标", "老年人就餐便利程度", "明显提高"],
        ["满意度指标", "服务对象满意度指标", "老年人满意度", "≥90%"],
        [],
        ["资金用途明细（万元）", None, None, "金额"],
        ["助餐点建设", None, None, "180万180万"],
        ["上门服务购买", None, None, 120],
        ["合计", None, None, 300],
    ]:
        ws.append(row)
    result, _ = check_file(_save(wb, tmp_path / "m.xlsx"), CheckOptions())
    at_rows = {f.at.row for f in result.findings if f.at is not None and f.code != "X106"}
    assert not at_rows & {14, 15, 16, 17}, result.findings
    assert "X106" in {f.code for f in result.findings}


def _save(wb: openpyxl.Workbook, path: Path) -> Path:
    wb.save(path)
    return path


def test_a_table_continued_on_the_next_sheet_is_one_table(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    first = wb.active
    assert first is not None
    first.title = "申报表"
    head = ["一级指标", "二级指标", "三级指标", "指标值"]
    for row in [
        ["2026年度项目支出绩效目标申报表"],
        ["项目名称", "城乡供水管网改造", None, "主管部门", "某县水利局"],
        ["实施单位", "某县供水服务中心"],
        ["项目资金（万元）", "资金总额", 500, "其中：财政拨款", 500],
        ["年度绩效目标", "改造老旧供水管网，提高供水保证率。"],
        head,
        ["产出指标", "数量指标", "改造供水管网长度", "≥45公里"],
        [None, "质量指标", "管网改造验收合格率", "100%"],
        [None, "时效指标", "管网改造完成时间", "2026年10月底前"],
        ["成本指标", "经济成本指标", "每公里改造成本", "≤11万元/公里"],
    ]:
        first.append(row)
    second = wb.create_sheet("指标（续表）")
    for row in [
        ["项目支出绩效目标申报表（续）"],
        head,
        ["效益指标", "社会效益指标", "供水保证率", "≥95%"],
        [None, "可持续影响指标", "改造管网使用年限", "≥20年"],
        ["满意度指标", "服务对象满意度指标", "用水户满意度", "≥90%"],
        [None, None, "改造供水管网长度", "≥60公里"],  # the same name as on the first sheet
    ]:
        second.append(row)
    result, _ = check_file(_save(wb, tmp_path / "s.xlsx"), CheckOptions())
    assert not result.tables  # one table
    codes = [f.code for f in result.findings]
    assert "F106" not in codes and "Y105" not in codes, result.findings
    assert "D102" in codes


def _one_project(money: list[list[Any]], below: list[list[Any]] | None = None) -> openpyxl.Workbook:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    for row in [
        ["2026年度项目支出绩效目标申报表"],
        ["项目名称", "乡村学校取暖设施改造", None, "主管部门", "某县教育局"],
        ["实施单位", "某县教育服务中心"],
        *money,
        ["年度绩效目标", "改造乡村学校取暖设施，保障冬季教学。"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "改造学校取暖设施", "≥18所"],
        [None, "质量指标", "改造工程验收合格率", "100%"],
        [None, "时效指标", "改造完成时间", "2026年10月底前"],
        [None, "成本指标", "单所学校改造成本", "≤20万元/所"],
        ["效益指标", "社会效益指标", "冬季教室温度达标率", "≥95%"],
        ["满意度指标", "服务对象满意度指标", "师生满意度", "≥90%"],
        *(below or []),
    ]:
        ws.append(row)
    return wb


def test_a_part_with_a_note_in_brackets_is_still_a_part(tmp_path: Path) -> None:
    money: list[list[Any]] = [
        ["资金总额（万元）", 360, "财政拨款", 300],
        [None, None, "其他资金（贷款）", 60],
    ]
    result, _ = check_file(_save(_one_project(money), tmp_path / "p.xlsx"), CheckOptions())
    assert "B101" not in {f.code for f in result.findings}, result.findings


def test_a_detail_block_in_yuan_is_read_in_yuan(tmp_path: Path) -> None:
    money: list[list[Any]] = [
        ["项目资金（万元）", "资金总额", 250.6, "其中：财政拨款", 250.6],
        ["支出明细（单位：元）", "支出内容", "测算依据", "金额（元）"],
        [None, "设备购置", "取暖锅炉18台", 1806000],
        [None, "安装施工", "按设备费约39%", 700000],
        [None, "合计", None, 2506000],
    ]
    result, _ = check_file(_save(_one_project(money), tmp_path / "y.xlsx"), CheckOptions())
    assert not {"B102", "B101", "B110"} & {f.code for f in result.findings}, result.findings


def test_a_row_without_a_name_keeps_its_operator_column(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    for row in [
        ["2026年度项目支出绩效目标申报表"],
        ["项目名称", "食品安全抽检", None, "主管部门", "某县市场监督管理局"],
        ["实施单位", "某县食品检验所"],
        ["项目资金（万元）", "资金总额", 90, "其中：财政拨款", 90],
        ["年度绩效目标", "完成食品安全抽检任务，及时处置不合格食品。"],
        ["一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位", "指标方向"],
        ["产出指标", "数量指标", "食品安全抽检批次", "≥", 2400, "批次", "正向"],
        [None, None, None, "≥", 30, "场", "正向"],  # a value without its name
        [None, "质量指标", "抽检任务完成率", "=", 100, "%", "正向"],
        [None, "时效指标", "不合格食品处置时限", "≤", 7, "日", "反向"],
        [None, "成本指标", "单批次抽检成本", "≤", 350, "元/批次", "反向"],
        ["效益指标", "社会效益指标", "食品安全抽检合格率", "≥", 97, "%", "正向"],
        ["满意度指标", "服务对象满意度指标", "群众满意度", "≥", 90, "%", "正向"],
    ]:
        ws.append(row)
    result, _ = check_file(_save(wb, tmp_path / "o.xlsx"), CheckOptions())
    found = {(f.code, f.at.a1 if f.at else "") for f in result.findings}
    assert ("F110", "C8") in found, result.findings
    assert "S101" not in {f.code for f in result.findings}
