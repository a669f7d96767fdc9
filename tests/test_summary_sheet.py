"""A workbook with a summary sheet (总表: 序号 │ 项目名称 │ 实施单位 │ 金额) before one sheet a
project: the summary's column heads are no fields (实施单位 is not "金额（万元）"), each project
is read from its own sheet, and the summary draws no finding. Invented."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from goalbook.check import CheckOptions, check_file
from goalbook.reader import read_tables

PROJECTS = {"河道清淤疏浚": 420.0, "农村饮水提升": 380.0}


def _write(path: Path) -> Path:
    wb = openpyxl.Workbook()
    summary = wb.active
    assert summary is not None
    summary.title = "总表"
    summary.append(["2026年度水利专项资金项目汇总表"])
    summary.append(["序号", "项目名称", "实施单位", "金额（万元）", "备注"])
    for i, (name, money) in enumerate(PROJECTS.items(), start=1):
        summary.append([i, name, "某县水利局", money, None])
    summary.append([None, "合计", None, sum(PROJECTS.values()), None])
    for name, money in PROJECTS.items():
        ws = wb.create_sheet(name)
        for row in (
            ["2026年度项目支出绩效目标表"],
            ["项目名称", name, "主管部门", "某县水利局"],
            ["年度资金总额（万元）", money, "其中：财政拨款", money],
            ["年度绩效目标", f"完成{name}任务。"],
            ["一级指标", "二级指标", "三级指标", "指标值"],
            ["产出指标", "数量指标", "完成工程", "≥3处"],
            [None, "质量指标", "工程验收合格率", "≥95%"],
            ["效益指标", "社会效益指标", "受益人口", "≥5000人"],
            ["满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%"],
        ):
            ws.append(row)
    wb.save(path)
    return path


def test_the_summarys_column_heads_are_no_fields(tmp_path: Path) -> None:
    tables = read_tables(_write(tmp_path / "r.xlsx"))
    assert [t.project for t in tables] == list(PROJECTS)
    assert all("unit" not in t.fields for t in tables), [t.fields.get("unit") for t in tables]
    assert [t.fields["annual"].value for t in tables] == list(PROJECTS.values())


def test_a_summary_sheet_draws_no_finding(tmp_path: Path) -> None:
    result, _table = check_file(_write(tmp_path / "r.xlsx"), CheckOptions())
    assert [f for f in result.findings if f.severity.value != "info"] == []


def test_a_summary_whose_columns_are_money_labels(tmp_path: Path) -> None:
    """序号 │ 项目名称 │ 资金总额（万元）│ 其中：财政拨款 │ 其他资金 with the amounts below: a list,
    no money block of the project beside it (a false B103 and B109 before)."""
    wb = openpyxl.Workbook()
    summary = wb.active
    assert summary is not None
    summary.title = "汇总"
    summary.append(["序号", "项目名称", "资金总额（万元）", "其中：财政拨款", "其他资金"])
    summary.append([1, "河道清淤疏浚", 480, 420, 60])
    ws = wb.create_sheet("项目表")
    for row in (
        ["2026年度项目支出绩效目标表"],
        ["项目名称", "河道清淤疏浚", "项目期", "1年"],
        ["年度资金总额（万元）", 500, "其中：财政拨款", 420, "其他资金", 80],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "疏浚河道", "≥12公里"],
        ["满意度指标", "服务对象满意度指标", "沿河居民满意度", "≥90%"],
    ):
        ws.append(row)
    wb.save(tmp_path / "r.xlsx")
    table = read_tables(tmp_path / "r.xlsx")[0]
    assert "total" not in table.fields and table.fields["annual"].value == 500


def test_an_example_rows_labels_and_a_tag_after_a_value() -> None:
    from goalbook.frameworks import label_key
    from goalbook.targets import parse_target

    assert label_key("示例：产出指标") == label_key("产出指标")
    tagged = parse_target("≥65%<br>")
    assert (tagged.number, tagged.unit) == (65, "%")
