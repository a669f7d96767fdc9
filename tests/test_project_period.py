"""A project's period as forms state it: 开工时间 / 竣工时间 beside 建设周期 (中央预算内投资
forms), or one cell giving the span (项目起止时间：2026年4月—2027年10月). The reader gives the
start and end, so that a deadline in the project's second year is not outside its period.
Each workbook is built inline (invented names and numbers)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from goalbook.reader import read_table
from tests.test_values_read import HEAD, Row, found, write


def _rows(*head: Row, deadline: str) -> list[Row]:
    return [
        ["2026年中央预算内投资计划绩效目标表"],
        ["项目名称", "某县城区供水管网改造工程", None, "项目单位", "某县水务局"],
        *head,
        ["总投资（万元）", "总投资", "中央预算内投资", "地方政府投资"],
        [None, 8600, 5000, 3600],
        ["年度绩效目标", "完成城区供水管网改造26公里。"],
        HEAD,
        ["产出指标", "数量指标", "改造供水管网", "≥26公里"],
        ["产出指标", "质量指标", "管网工程验收合格率", "=100%"],
        ["产出指标", "时效指标", "管网改造完工时间", deadline],
        ["产出指标", "成本指标", "每公里改造造价", "≤330万元/公里"],
        ["效益指标", "社会效益指标", "受益人口", "≥8万人"],
        ["满意度指标", "服务对象满意度指标", "用水群众满意度", "≥90%"],
    ]


WORKS = (
    ["建设周期", "2年", "开工时间", (dt.datetime(2026, 4, 1), "yyyy-mm-dd")],
    [None, None, "竣工时间", (dt.datetime(2027, 10, 31), "yyyy-mm-dd")],
)


def test_start_and_end_of_works_are_the_project_period(tmp_path: Path) -> None:
    rows = _rows(*WORKS, deadline="2027年6月30日前")
    table = read_table(write(tmp_path / "r.xlsx", *rows))
    assert table.fields["start"].at.a1 == "D3"
    assert table.fields["end"].at.a1 == "D4"
    assert "Y102" not in {code for code, _at in found(tmp_path, *rows)}
    late = _rows(*WORKS, deadline="2028年6月30日前")
    assert ("Y102", "D11") in found(tmp_path, *late)


@pytest.mark.parametrize(
    ("label", "span"),
    [
        ("项目起止时间", "2026年4月—2027年10月"),
        ("实施周期", "2026.04-2027.10"),
        ("起止日期", "2026年4月1日至2027年10月31日"),
    ],
)
def test_a_span_in_one_cell_gives_start_and_end(tmp_path: Path, label: str, span: str) -> None:
    rows = _rows([label, span], deadline="2027年6月30日前")
    table = read_table(write(tmp_path / "r.xlsx", *rows))
    assert table.fields["start"].text == "2026-04-01"
    assert table.fields["end"].text == "2027-10-31"
    assert table.fields["end"].at.a1 == "B3"
    assert "Y102" not in {code for code, _at in found(tmp_path, *rows)}


def test_a_period_in_years_only_gives_no_dates(tmp_path: Path) -> None:
    table = read_table(write(tmp_path / "r.xlsx", *_rows(["建设周期", "2年"], deadline="≤2年")))
    assert "start" not in table.fields and "end" not in table.fields
    assert table.fields["period_years"].text == "2年"


@pytest.mark.parametrize("years", ["3年", "三年", "3年（2026—2028年）", "2026—2028年", 3])
def test_a_period_in_years_makes_a_count_copied_into_the_year_d202(
    tmp_path: Path, years: object
) -> None:
    rows: list[Row] = [
        ["2026年度项目支出绩效目标表"],
        ["项目名称", "某县公共视频监控建设", None, "项目期", years],
        ["项目资金（万元）", "中期资金总额", 2400, "年度资金总额", 800],
        ["一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"],
        ["产出指标", "数量指标", "新建监控点位", "≥1200个", "≥1200个"],
        ["产出指标", "质量指标", "点位在线率", "≥95%", "≥95%"],
        ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "≥90%"],
    ]
    codes = found(tmp_path, *rows)
    assert ("D202", "E5") in codes
    assert not {c for c in codes if c[0] == "D202" and c[1] != "E5"}  # rates may be equal


def test_the_years_in_the_money_blocks_period_head_make_the_table_multi_year(
    tmp_path: Path,
) -> None:
    """资金情况 │ 实施期（2025—2027年） │ 2025年度 above a table whose value heads name no years
    (中期指标值 │ 年度指标值): three years, so a count copied into the year is D202 — and a note
    in the table's body naming years is no period."""
    rows: list[Row] = [
        ["2025年度区域绩效目标表"],
        ["转移支付名称", "基层卫生人才培养补助资金"],
        ["资金情况（万元）", None, "实施期（2025—2027年）", "2025年度"],
        [None, "资金总额", 2700, 900],
        ["一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"],
        ["产出指标", "数量指标", "全科医生转岗培训人数", "≥1200人", "≥1200人"],
        ["满意度指标", "服务对象满意度指标", "学员满意度", "≥90%", "≥90%"],
    ]
    assert ("D202", "E6") in found(tmp_path, *rows)
    rows[2] = ["资金情况（万元）", None, "实施期", "2025年度"]
    rows[5] = [*rows[5], "实施周期2025—2027年"]
    assert ("D202", "E6") not in found(tmp_path, *rows)
