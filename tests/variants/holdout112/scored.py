"""Project returns (§3.1) with points or units inside the values (青溪县 and 白鹭湾区, invented),
budget year 2026."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout112.common import (
    HEAD4,
    YEAR,
    footer,
    one_year_money,
    w,
)
from tests.variants.holdout112.registry import variant
from tests.variants.kit import Book, mk, ok, pct


@variant(
    "lr08-图书馆",
    (10,),
    "project, OLD-NAT, 分值 column adding to 100 with 预算执行率 apart; correct",
)
def lr08() -> Book:
    b = Book()
    s = b.sheet("绩效目标", (14, 14, 30, 16, 10, 20))
    project_head(
        s,
        year=YEAR,
        name="白鹭湾区公共图书馆免费开放运行保障",
        dept="白鹭湾区文化旅游体育局（409）",
        unit="白鹭湾区图书馆",
        attr="常年项目",
        money=one_year_money(w(65), w(60), w(5)),
        goals=["保障区图书馆及8个分馆全年免费开放，新增馆藏图书1.5万册，举办阅读推广活动120场。"],
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值", "分值", "指标值设定依据")
    s.table(
        [
            ("产出指标", "数量指标", "新增馆藏图书", "≥15000册", 10, "计划标准"),
            (None, None, "阅读推广活动场次", "≥120场", 10, "计划标准"),
            (None, None, "免费开放分馆数量", "=8个", 5, "计划标准"),
            (None, "质量指标", "图书编目著录准确率", pct(0.98), 10, "行业标准"),
            (None, "时效指标", "年度开放天数", "≥300天", 5, "行业标准"),
            (None, "成本指标", "新增图书平均采购单价", "≤38元/册", 10, "历史标准"),
            ("效益指标", "社会效益指标", "年接待读者人次", "≥45万人次", 10, "历史标准"),
            (None, None, "图书年外借册次", "≥30万册次", 10, "历史标准"),
            (None, "可持续影响指标", "总分馆通借通还服务", "持续运行", 10, "计划标准"),
            ("满意度指标", "服务对象满意度指标", "读者满意度", pct(0.92), 10, "历史标准"),
            ("合计", None, None, None, 90, "另预算执行率10分"),
        ],
        merged=(1, 2),
    )
    footer(s)
    return b


@variant(
    "lr09-消防站",
    (11,),
    "project, NAT-2021, values with units inside; a duplicate with two values, 满意度 =100",
)
def lr09() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 30, 18, 16, 18))
    project_head(
        s,
        year=YEAR,
        name="青溪县乡镇专职消防队运行经费",
        dept="青溪县消防救援大队（330）",
        unit="青溪县消防救援大队",
        attr="常年项目",
        money=one_year_money(w(180), w(180), w(0)),
        goals=["保障6支乡镇专职消防队全年运行，接警出动及时，开展消防宣传和隐患排查。"],
    )
    s.row(*HEAD4, "备注")
    s.table(
        [
            ("产出指标", "数量指标", "保障专职消防队数量", "=6支", None),
            (None, None, "开展消防宣传进村入户场次", "≥150场", None),
            (None, None, "火灾隐患排查单位数", ok("≥800家", note="first of the pair"), None),
            (None, "质量指标", "专职队员持证上岗率", pct(1), None),
            (None, None, "消防车辆完好率", pct(0.95), None),
            (
                None,
                None,
                "火灾隐患排查单位数",
                mk(
                    "≥650家",
                    "D102",
                    "error",
                    row=True,
                    alt=("D101", "D103"),
                    note="same indicator, two values",
                ),
                None,
            ),
            (None, "时效指标", "接警出动时间", "≤1分钟", None),
            ("成本指标", "经济成本指标", "每支专职队年运行经费", "≤30万元", None),
            ("效益指标", "社会效益指标", "农村火灾起数", "较上年下降", None),
            (None, "可持续影响指标", "乡镇消防救援力量", "持续加强", None),
            (
                "满意度指标",
                "服务对象满意度指标",
                "群众对消防救援服务满意度",
                mk(
                    "=100",
                    "T105",
                    "error",
                    alt=("T107", "T114", "T104"),
                    note="100% written as =100",
                ),
                None,
            ),
        ],
        merged=(1, 2),
    )
    footer(s)
    return b
