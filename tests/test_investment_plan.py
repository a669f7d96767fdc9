"""The 中央预算内投资 plan layout: a 总投资 block (合计 │ 中央预算内投资 │ 专项债券 │ 地方财政
资金, the amounts below) and a 本年下达投资 block of its own sources, the period as 建设起止年限
2025年—2027年. Each block's 合计 is its own whole (the year's sources are no part of the total),
and a date in 2027 lies inside the period. Invented."""

from __future__ import annotations

from pathlib import Path

from goalbook.check import CheckOptions, check_file
from goalbook.reader import read_table
from tests.test_values_read import Row, write

HEAD = ["一级指标", "二级指标", "三级指标", "指标值"]


def _rows(year_parts: tuple[float, float] = (1800, 1200)) -> list[Row]:
    return [
        ["2026年中央预算内投资计划项目绩效目标表"],
        ["单位：万元"],
        ["项目名称", "北溪县城区供水管网改造工程"],
        ["建设地点", "北溪县", None, "建设起止年限", "2025年—2027年"],
        ["总投资", "合计", "中央预算内投资", "地方政府专项债券", "地方财政资金"],
        [None, 9600, 4000, 3600, 2000],
        ["本年下达投资", "合计", "中央预算内投资", "地方配套"],
        [None, sum(year_parts), *year_parts],
        ["年度绩效目标", "改造供水管网18公里，2027年底前全部建成通水。"],
        HEAD,
        ["产出指标", "数量指标", "改造供水管网", "≥18公里"],
        [None, "时效指标", "工程建成通水时间", "2027年12月31日前"],
        ["效益指标", "社会效益指标", "受益人口", "≥6万人"],
        ["满意度指标", "服务对象满意度指标", "用水群众满意度", "≥90%"],
    ]


def test_each_block_has_its_own_whole(tmp_path: Path) -> None:
    table = read_table(write(tmp_path / "r.xlsx", *_rows()))
    fields = {k: v.value for k, v in table.fields.items()}
    assert fields["total"] == 9600 and fields["annual"] == 3000
    assert "part:total:地方配套" not in fields and fields["part:annual:地方配套"] == 1200


def test_a_correct_plan_draws_nothing(tmp_path: Path) -> None:
    result, _table = check_file(write(tmp_path / "r.xlsx", *_rows()), CheckOptions())
    assert [(f.code, f.at.a1 if f.at else None) for f in result.findings] == []


def test_the_years_sources_not_adding_up(tmp_path: Path) -> None:
    rows = _rows()
    rows[7] = [None, 3000, 1800, 1000]  # 1800 + 1000 ≠ 3000
    result, _table = check_file(write(tmp_path / "r.xlsx", *rows), CheckOptions())
    assert "B101" in {f.code for f in result.findings}
