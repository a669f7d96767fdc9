"""Project returns lk05–lk07: 分值 with the tier's points in the tier-1 row, money that does not
add up, tier-2 filled down under a merged tier-1 and a hidden empty column."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout105.common import blocks, finish, sign, wan
from tests.variants.holdout105.registry import variant
from tests.variants.kit import Book, C, mk, pct

GE = '"≥"0'
GE_PCT = '"≥"0%'
HEAD6 = ("一级指标", "二级指标", "三级指标", "指标值", "计量单位", "备注")


@variant(
    "lk05-library-points",
    (10,),
    "project, NAT-2021, 一级分值 merged along the tier-1 and "
    "an indicator 分值 column, spacer rows, frozen header",
)
def lk05() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (12, 8, 16, 26, 16, 8))
    project_head(
        s,
        year=2027,
        name="栖霞市全民阅读推广项目",
        dept="栖霞市文化广电旅游局 302",
        unit="栖霞市图书馆",
        money=[("资金总额", wan(95), "其中：财政拨款", wan(90)), ("其他资金", wan(5), None, None)],
        goals=["开展全民阅读活动，新增图书，提升公共图书馆服务效能。"],
    )
    h = s.row("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")
    blocks(
        s,
        [
            [
                ("产出指标", 50, "数量指标", "新增馆藏图书", C(12000, '"≥"0"册"'), 15),
                (None, None, None, "举办阅读推广活动", C(60, '"≥"0"场"'), 15),
                (None, None, "质量指标", "新购图书\n验收合格率", pct(1), 10),
                (None, None, "时效指标", "图书采购\n完成时间", "2027年9月底前", 10),
            ],
            [("成本指标", 10, "经济成本指标", "单场活动\n平均成本", C(0.8, '"≤"0.0"万元"'), 10)],
            [
                ("效益指标", 30, "社会效益指标", "年度到馆读者", C(150000, '"≥"0"人次"'), 15),
                (None, None, None, "图书外借\n册次", C(200000, '"≥"0"册次"'), 15),
            ],
            [("满意度指标", 10, "服务对象满意度指标", "读者满意度", pct(0.92, GE_PCT), 10)],
        ],
        merged=(1, 2, 3),
    )
    s.row("合计", 100, None, None, None, 100)
    sign(s, "卢一鸣", "0589-3316270", "2026年11月10日")
    finish(s, h, 6)
    return b


@variant(
    "lk06-roads-money-wrong",
    (12,),
    "project, OLD-NAT, unit column, lines broken inside "
    "cells, dates as text; the money does not add up",
)
def lk06() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 14, 28, 18, 10, 26))
    project_head(
        s,
        year=2027,
        name="桐溪县农村公路安全生命防护工程",
        dept="桐溪县交通运输局 406",
        unit="桐溪县农村公路管理所",
        money=[
            (
                "资金总额",
                mk(wan(860), "B101", "error", note="860 ≠ 720 + 120"),
                "其中：财政拨款",
                wan(720),
            ),
            ("其他资金", wan(120), None, None),
        ],
        goals=["完成农村公路安全防护设施建设，消除临水临崖路段安全隐患。"],
    )
    h = s.row(*HEAD6)
    blocks(
        s,
        [
            [
                ("产出指标", "数量指标", "安装波形护栏", C(46, '"≥"0'), "公里", ""),
                (None, None, "整治临水临崖\n隐患路段", C(32, '"≥"0'), "处", ""),
                (None, None, "设置警示标志", C(280, '"≥"0'), "块", ""),
                (None, "质量指标", "工程交工验收\n合格率", pct(1), "%", ""),
                (None, "时效指标", "工程完工时间", "2027年11月底前", "", "汛期后集中施工"),
                (None, "成本指标", "护栏综合单价", C(15, '"≤"0'), "万元/公里", ""),
            ],
            [
                ("效益指标", "社会效益指标", "农村公路交通事故\n起数下降", "较上年下降", "", ""),
                (None, "可持续影响指标", "防护设施\n管养机制", "健全", "", ""),
            ],
            [("满意度指标", "服务对象满意度指标", "沿线群众满意度", pct(0.9, GE_PCT), "%", "")],
        ],
        merged=(1, 2),
    )
    sign(s, "龚远", "0735-4417733", "2026年11月21日")
    finish(s, h, 6)
    return b


@variant(
    "lk07-elderly-filled-down",
    (1,),
    "project, NAT-2021, tier-1 merged, tier-2 filled down, "
    "a hidden empty template column, 备注 with long notes",
)
def lk07() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 28, 18, 6, 34))
    project_head(
        s,
        year=2027,
        name="梅岭区居家养老服务补贴项目",
        dept="梅岭区民政局 215",
        unit="梅岭区养老服务指导中心",
        money=[
            ("资金总额", wan(288), "其中：财政拨款", wan(288)),
            ("其他资金", wan(0), None, None),
        ],
        goals=["为经济困难的高龄、失能老年人购买居家养老服务，提升服务质量。"],
    )
    h = s.row("一级指标", "二级指标", "三级指标", "指标值", None, "备注")
    blocks(
        s,
        [
            [
                (
                    "产出指标",
                    "数量指标",
                    "享受居家养老\n服务补贴老人",
                    C(1600, '"≥"0"人"'),
                    None,
                    "对象为本区户籍80周岁以上经济困难老人及失能老人，按季度动态调整",
                ),
                (None, "数量指标", "上门服务", C(60000, '"≥"0"人次"'), None, ""),
                (None, "质量指标", "服务工单回访率", pct(1), None, "每月电话回访"),
                (None, "时效指标", "补贴发放时间", "每季度首月底前", None, ""),
            ],
            [
                (
                    "成本指标",
                    "经济成本指标",
                    "人均补贴标准",
                    C(150, '"≤"0"元/人·月"'),
                    None,
                    "1600人×150元×12个月=288万元，与年度预算一致",
                )
            ],
            [
                (
                    "效益指标",
                    "社会效益指标",
                    "困难老人居家养老\n服务覆盖率",
                    pct(0.95, GE_PCT),
                    None,
                    "",
                ),
                (None, "可持续影响指标", "服务机构\n考核机制", "建立并执行", None, ""),
            ],
            [("满意度指标", "服务对象满意度指标", "服务对象满意度", pct(0.9, GE_PCT), None, "")],
        ],
        merged=(1,),
    )
    sign(s, "孟可", "0571-8620439", "2026年11月19日")
    finish(s, h, 6, hide_cols=(5,))
    return b
