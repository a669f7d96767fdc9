"""仙人掌 plots: edible cactus (米邦塔) planting, an export, years and money (hq07–hq12)."""

from __future__ import annotations

from tests.variants.holdout683.common import (
    HEAD,
    book,
    department,
    footer,
    indicators,
    lines,
    one_year,
    project,
    w,
)
from tests.variants.holdout683.registry import variant
from tests.variants.kit import Book, day, mk

UNIT = "砾原县特色作物技术推广站"


@variant(
    "hq07-cactus-points",
    (5, 10),
    "project, NAT-2021, numbered tier labels with points "
    "and an indicator points column (100 both ways), 百分点 and a 下降率 with ≥ (correct)",
)
def cactus_points() -> Book:
    b, s = book()
    project(s, 2025, "食用仙人掌提质增效示范项目", UNIT, one_year(40, 35, 5),
            ["2025年建设食用仙人掌示范园80亩，鲜茎片商品率提高3个百分点。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值"), [
        ("一、产出指标（50分）", "（一）数量指标", "1.示范园建设面积", "≥80亩", 20),
        (None, "（二）质量指标", "2.鲜茎片商品率提高", "≥3百分点", 15),
        (None, "（三）时效指标", "3.示范园建成时间", "2025年6月30日前", 15),
        ("二、成本指标（10分）", "（一）经济成本指标", "4.亩均投入", "≤4500元/亩", 10),
        ("三、效益指标（30分）", "（一）经济效益指标", "5.示范园亩产值", "≥1.2万元", 15),
        (None, "（二）生态效益指标", "6.灰霉病发生下降率", "≥10%", 15),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "7.种植户满意度", "≥90%", 10),
    ])  # fmt: skip
    footer(s, ["说明：分值合计100分；一级指标分值为其下各指标分值之和。"], "何青禾",
           "0937-6613317", day(2024, 12, 2))  # fmt: skip
    return b


@variant(
    "hq08-cactus-wrong-tier",
    (5,),
    "project, OLD-NAT, tier labels with marks (*, ★): a "
    "rate of quality under 时效, a count under 质量, one indicator twice under two tier-2s",
)
def cactus_wrong_tier() -> Book:
    b, s = book()
    project(s, 2025, "米邦塔食用仙人掌种植推广项目", UNIT, one_year(28, 24, 4),
            ["2025年推广米邦塔食用仙人掌种植60亩，鲜茎片产量达到240吨。"])  # fmt: skip
    indicators(s, HEAD, [
        ("*产出指标", "★数量指标", "推广种植面积", "≥60亩"),
        (None, None, "鲜茎片产量", "≥240吨"),
        (None, "★质量指标",
         mk("示范户数量", "F201", "warning", row=True, note="户数是数量指标，填在质量下"),
         "≥20户"),
        (None, None, "鲜茎片抽检合格率", "≥95%"),
        (None, "★时效指标",
         mk("种苗质量达标率", "F201", "warning", row=True, note="质量达标率填在时效下"),
         "≥90%"),
        (None, None, "定植完成时间", "2025年5月31日前"),
        (None, "★成本指标", "亩均推广成本", "≤4000元/亩"),
        ("*效益指标", "经济效益指标",
         mk("鲜茎片总产量", "D103", "warning", row=True, alt=("D101", "D102", "F201"),
            note="与数量指标“鲜茎片产量”是同一指标，多一个字，值不同"), "≥200吨"),
        ("*满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "hq09-cactus-export",
    (4, 7),
    "budget-system export: sheet 部门项目支出绩效目标05-2, "
    "header on the third row, codes in the first columns, unit column, 0起 (correct)",
)
def cactus_export() -> Book:
    b = Book()
    s = b.sheet("部门项目支出绩效目标05-2", (14, 22, 14, 14, 26, 12, 10))
    s.row("部门项目支出绩效目标表", merge=[(1, 7)])
    s.row("单位：砾原县特色作物技术推广站", None, None, None, None, "单位：万元",
          merge=[(1, 5)])  # fmt: skip
    s.row("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值", "计量单位")
    code, name = "62112525000000004117", "仙人掌采后分级包装设施项目"
    s.table([
        (code, name, "产出指标", "数量指标", "分级包装线", "=1", "条"),
        (None, None, None, None, "日分级处理能力", "≥5", "吨"),
        (None, None, None, "质量指标", "分级准确率", "≥95", "%"),
        (None, None, "成本指标", "经济成本指标", "包装线购置成本", "≤38", "万元"),
        (None, None, "效益指标", "社会效益指标", "安全生产事故", "=0", "起"),
        (None, None, None, "经济效益指标", "分级后鲜茎片售价提高", "≥8", "%"),
        (None, None, "满意度指标", "服务对象满意度指标", "合作社满意度", "≥90", "%"),
    ], merged=(1, 2, 3, 4))  # fmt: skip
    s.row("注：包装线购置成本在项目资金40万元之内，其余用于安装调试。", merge=[(1, 7)])
    return b


@variant(
    "hq10-cactus-years",
    (12,),
    "project, NAT-2021, 2025 title: plan dates of 2024, a "
    "goal naming 2023, a drip cost above its money",
)
def cactus_years() -> Book:
    b, s = book()
    goal = mk("完成2023年确定的食用仙人掌滴灌改造80亩，亩产提高10%。", "Y103", "warning",
              alt=("Y101",), note="上一季留下的年份")  # fmt: skip
    project(s, 2025, "食用仙人掌节水滴灌改造项目", UNIT, one_year(60, 50, 10), [goal],
            start=mk(day(2024, 3, 1), "Y101", "error", alt=("Y102",),
                     note="2025年度项目的开始日期在2024年"),
            end=day(2025, 11, 30))  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "滴灌改造面积", "≥80亩"),
        (None, "质量指标", "滴灌设施验收合格率", "≥95%"),
        (None, "时效指标", "改造完成时间", "2025年11月30日前"),
        ("成本指标", "经济成本指标", "亩均滴灌改造成本",
         mk("≤1.2万元/亩", "B107", "warning", row=True,
            note="1.2万元/亩×80亩=96万元，超过年度资金60万元")),
        ("效益指标", "生态效益指标", "亩均节水率", "≥30%"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "hq11-cactus-department",
    (4, 7, 12),
    "department, NAT-2021: budget and key tasks that "
    "add up, two-row header, a 注 row inside the table, signature lines (correct)",
)
def cactus_department() -> Book:
    b, s = book("部门整体")
    tasks = [
        ("食用仙人掌种植推广", "示范园建设、种苗供应", w(60), "推广种植100亩"),
        ("仙人掌加工技术服务", "技术培训与指导", w(20), "培训200人次"),
        ("金额合计", None, w(80), None),
    ]  # fmt: skip
    department(s, 2025, "砾原县仙人掌产业发展中心",
               [(w(200), w(180), w(20), w(120), w(80))],
               "推广食用仙人掌种植100亩（其中新建示范园40亩），培训种植户200人次。",
               tasks)  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "绩效目标", None, merge=[(4, 5)])
    s.row(None, None, None, "预期目标", "计量单位")
    indicators(s, (), [
        ("产出指标", "数量指标", "推广种植面积", "≥100", "亩"),
        (None, None, "培训种植户人次", "≥200", "人次"),
        (None, "质量指标", "种苗成活率", "≥90", "%"),
        ("注：推广面积含新建示范园40亩。", None, None, None, None),
        ("成本指标", "经济成本指标", "亩均推广补助", "≤6000", "元/亩"),
        ("效益指标", "社会效益指标", "带动种植户数", "≥50", "户"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90", "%"),
    ])  # fmt: skip
    footer(s, ["填表说明：指标值为年度目标值。"], "苏砾明", "0937-6615520",
           day(2024, 11, 26))  # fmt: skip
    return b


@variant(
    "hq12-cactus-money-wrong",
    (12,),
    "project, NAT-2021: annual money not the sum of its "
    "sources, detail lines not adding to their total",
)
def cactus_money_wrong() -> Book:
    b, s = book()
    rows = [("年度资金总额", mk(w(45), "B101", "error", note="财政拨款38+其他资金5=43，不是45"),
             "其中：财政拨款", w(38)),
            ("其他资金", w(5), None, None)]  # fmt: skip
    project(s, 2025, "仙人掌鲜食品种引进试种项目", UNIT, rows,
            ["2025年引进食用仙人掌鲜食品种3个，试种30亩。"])  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "引进鲜食品种", "≥3个"),
        (None, None, "试种面积", "≥30亩"),
        (None, "质量指标", "试种成活率", "≥85%"),
        ("成本指标", "经济成本指标", "亩均试种成本", "≤9000元/亩"),
        ("效益指标", "可持续影响指标", "筛选适宜推广品种", "≥1个"),
        ("满意度指标", "服务对象满意度指标", "试种户满意度", "≥90%"),
    ])  # fmt: skip
    lines(s, "资金明细", [("种苗引进", w(12)), ("试种地整理", w(15)), ("滴灌与遮阳网", w(10)),
                        ("技术服务", w(6))],
          mk(w(45), "B102", "error", note="12+15+10+6=43，不是45"))  # fmt: skip
    return b
