"""Scored tables of 衔接资金 到户产业奖补: tier-1 labels carry their points (产出指标（40分）), each
indicator its own score, a rise stated in 百分点."""

from __future__ import annotations

from typing import Any

from tests.variants.holdout24.registry import variant
from tests.variants.kit import Book, C, Sheet, mk, pct

AMT = "#,##0.00"


def _head(s: Sheet, *, county: str, total: float, parts: tuple[float, float, float],
          goal: str) -> None:  # fmt: skip
    s.title(f"{county}2026年度到户产业奖补项目绩效目标表", 6)
    s.row("项目名称", "到户产业奖补（衔接推进乡村振兴补助资金）", None, "主管部门",
          f"{county}农业农村局", None, merge=[(2, 3), (5, 6)])  # fmt: skip
    s.row("项目资金（万元）", "年度资金总额", C(total, AMT), "其中：中央衔接资金", C(parts[0], AMT),
          None)  # fmt: skip
    s.row(None, "省级衔接资金", C(parts[1], AMT), "县级衔接资金", C(parts[2], AMT), None)
    s.ws.merge_cells(start_row=s.r - 1, start_column=1, end_row=s.r, end_column=1)
    s.row("年度绩效目标", goal, merge=[(2, 6)])


def _table(s: Sheet, rows: list[tuple[Any, ...]]) -> None:
    s.table([("一级指标", "二级指标", "三级指标", "指标值", "分值", "指标解释"), *rows],
            merged=(1, 2))  # fmt: skip


@variant("ih17-household-awards-scored-ok", (5, 10), "points on tier-1 labels, 百分点")
def household_awards_scored_ok() -> Book:
    b = Book()
    s = b.sheet("绩效目标表", (16, 16, 32, 16, 8, 24))
    _head(s, county="湄水县", total=1260, parts=(900, 240, 120),
          goal="对4200户脱贫户（含监测户）发展种养产业给予奖补，户均奖补不超过3000元，带动脱贫户"
               "户均增收2000元以上，脱贫户家庭经营性收入占比较上年提高2个百分点以上。")  # fmt: skip
    _table(s, [
        ("产出指标（40分）", "数量指标", "奖补到户户数", "≥4200户", 10, ""),
        (None, None, "奖补发展种养产业规模", "≥1.6万亩", 10, "含折算养殖规模"),
        (None, "质量指标", "奖补资金兑付准确率", pct(1.0), 10, ""),
        (None, "时效指标", "奖补资金兑付完成时间", "2026年10月31日前", 10, ""),
        ("成本指标（10分）", "经济成本指标", "户均奖补标准", "≤3000元/户", 10, "1260万元÷4200户"),
        ("效益指标（40分）", "经济效益指标", "带动脱贫户户均增收", "≥2000元/户", 15, ""),
        (None, None, "脱贫户家庭经营性收入占比较上年提高", "≥2百分点", 10, ""),
        (None, "社会效益指标", "受益脱贫人口", "≥1.3万人", 10, ""),
        (None, "可持续影响指标", "产业持续带动增收效果", "逐步改善", 5, ""),
        ("满意度指标（10分）", "服务对象满意度指标", "受益脱贫户满意度", "≥90%", 10, ""),
    ])  # fmt: skip
    s.row("合计", None, None, None, 100, None)
    s.row("注：分值合计100分；一级指标括号内为该级分值。", merge=[(1, 6)])
    s.row("填表人：欧阳兰", None, "审核人：钱志强", None, "填报日期：2025-11-28", None)
    return b


@variant("ih18-household-awards-scored", (5, 10), "points on tier-1 labels, a row pasted twice")
def household_awards_scored() -> Book:
    b = Book()
    s = b.sheet("绩效目标表", (16, 16, 32, 16, 8, 24))
    _head(s, county="枫坪县", total=1050, parts=(760, 190, 100),
          goal="对3500户脱贫户（含监测户）发展产业给予奖补，带动户均增收1800元以上，受益脱贫人口"
               "1.1万人以上。")  # fmt: skip
    _table(s, [
        ("产出指标（40分）", "数量指标", "奖补到户户数", "≥3500户", 10, ""),
        (None, None, "奖补发展种养产业规模", "≥1.2万亩", 10, ""),
        (None, "质量指标", "奖补资金兑付准确率", "=100%", 10, ""),
        (None, "时效指标", "奖补资金兑付完成时间", "2026年10月31日前", 10, ""),
        ("成本指标（10分）", "经济成本指标", "户均奖补标准",
         mk("≤0万元/户", "T115", "error", note="0.3万元 rounded to 0"), 10, ""),
        (mk("效益指标（40分）", "W103", "error", note="15+10+10+10 = 45"), "经济效益指标",
         "带动脱贫户户均增收", "≥1800元/户", 15, ""),
        (None, "社会效益指标", "受益脱贫人口", "≥1.1万人", 10, ""),
        (None, None, "脱贫户家庭经营性收入占比较上年提高", "≥2百分点", 10, ""),
        (None, None, "受益脱贫人口", mk("≥1.1万人", "D101", "warning", row=True), 10, ""),
        ("满意度指标（10分）", "服务对象满意度指标", "受益脱贫户满意度", "≥90%", 10, ""),
    ])  # fmt: skip
    b.file_mark("W101", "error", required=False, note="the pasted row makes 105")
    s.row("合计", None, None, None, 105, None)
    s.row("填表人：庞卫国        联系电话：7316058", merge=[(1, 6)])
    return b
