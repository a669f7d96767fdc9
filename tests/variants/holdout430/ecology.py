"""Juncao ecology and feed: erosion control on collapsed slopes, Juncao forage, flat lists,
stacked projects and points at two levels."""

from __future__ import annotations

from typing import Any

from tests.variants.holdout430.common import (
    FLAT_WIDTHS,
    HEAD4,
    department,
    funds,
    grid,
    project,
    sign,
    start,
)
from tests.variants.holdout430.registry import variant
from tests.variants.kit import Book, Sheet, day, mk, pct

POINTS = ("一级指标", "一级指标分值", "二级指标", "三级指标", "指标值", "指标分值")


@variant("xx07-flat-department", (3, 1),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "a 下降率 with ≥, 0起 on an incident count, weights add to 100 (correct)")  # fmt: skip
def xx07() -> Book:
    b, s = start(widths=FLAT_WIDTHS)
    department(s, "岫岭县水土保持工作站", [(260, 230, 30, 95, 165)],
               "在桐坑乡崩岗区种植菌草护坡固土，治理崩岗12处，水土流失面积下降15%以上。",
               [("菌草护坡治理", "崩岗区种植菌草护坡固土", 120, "治理崩岗12处"),
                ("水土保持监测", "坡面径流和侵蚀监测", 45, "监测点稳定运行"),
                ("金额合计", None, 165, None)])  # fmt: skip
    s.skip()
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("菌草护坡治理崩岗", 20, "处", "≥", 12),
        ("种植菌草固土", 15, "亩", "≥", 400),
        ("菌草成活率", 15, "%", "≥", 85),
        ("水土流失面积下降率", 10, "%", "≥", 15),
        ("每亩菌草种植成本", 10, "万元/亩", "≤", 0.25),
        ("治理区滑坡崩塌伤人事故", 10, "起", "≤", 0),
        ("坡面土壤侵蚀模数", 10, "吨/平方公里·年", "≤", 2500),
        ("治理区农户满意度", 10, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    sign(s, "饶志坚", "0596-7252318", day(2024, 11, 12))
    return b


@variant("xx08-flat-defects", (3, 11),
         "department, flat list (指标名称 · 指标值 · 指标性质 as direction · 计量单位 · 权重): a "
         "unit conflict, a 反向 rate with ≥, weights adding to 95")  # fmt: skip
def xx08() -> Book:
    b, s = start(widths=FLAT_WIDTHS)
    department(s, "岫岭县畜牧兽医中心", [(180, 160, 20, 70, 110)],
               "推广菌草青贮饲料，降低养殖户饲料成本，减少牛羊疫病。",
               [("菌草饲料加工推广", "建设青贮池并加工菌草饲料", 70, "加工3000吨"),
                ("养殖户技术指导", "饲喂技术培训和巡回指导", 40, "指导200户"),
                ("金额合计", None, 110, None)])  # fmt: skip
    s.skip()
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重")
    s.table([
        ("菌草饲料加工", "≥3000吨", "正向", "吨", 20),
        ("菌草青贮饲料推广养殖户", "≥200户", "正向", "户", 20),
        ("菌草饲料种植面积",
         mk("≥12万元", "T112", "error", note="指标值写万元，计量单位列是亩"), "正向", "亩", 15),
        ("饲喂牛羊疫病发生率",
         mk("≥2%", "T108", "warning", row=True, note="标为反向指标，比较符却是≥"),
         "反向", "%", 15),
        ("养殖户饲料成本下降率", "≥15%", "正向", "%", 15),
        ("养殖户满意度", "≥90%", "正向", "%", 10),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="权重合计20+20+15+15+15+10=95，应为100")
    sign(s, "黄德顺", "0596-7263105", day(2024, 11, 20))
    return b


def _slope(s: Sheet, rate: Any) -> None:
    """The first stacked project: 菌草崩岗治理 (correct in both stacked returns)."""
    project(s, "菌草崩岗治理项目", "桐坑乡人民政府", funds(120, 110, 10),
            ["种植菌草300亩治理崩岗10处，治理区土壤流失量下降30%以上。"])  # fmt: skip
    grid(s, HEAD4, [
        ("产出指标", "数量指标", "治理崩岗", "≥10处"),
        (None, None, "种植护坡菌草", "≥300亩"),
        (None, "质量指标", "菌草成活率", rate),
        (None, "时效指标", "治理工程完工时间", "2025年10月31日前"),
        (None, "成本指标", "每亩菌草种植成本", "≤0.3万元/亩"),
        ("效益指标", "生态效益指标", "治理区土壤流失量下降率", "≥30%"),
        (None, "社会效益指标", "受益农户", "≥160户"),
        ("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥90%"),
    ])  # fmt: skip


@variant("xx09-stacked-two", (2,),
         "two projects stacked in one sheet, OLD-NAT, one value column, the same indicator "
         "names with different values (correct)")  # fmt: skip
def xx09() -> Book:
    b, s = start("绩效目标表")
    _slope(s, "≥85%")
    s.skip(2)
    project(s, "菌草饲料化利用示范项目", "上垅乡农业服务中心", funds(64, 60, 4),
            ["加工菌草饲料1500吨，建成示范养殖场6家，养殖户饲料成本下降10%以上。"],
            title="")  # fmt: skip
    grid(s, HEAD4, [
        ("产出指标", "数量指标", "加工菌草饲料", "≥1500吨"),
        (None, None, "建成示范养殖场", "≥6家"),
        (None, "质量指标", "饲料粗蛋白含量达标率", "≥95%"),
        (None, "时效指标", "示范场建设完成时间", "2025年9月30日前"),
        (None, "成本指标", "每吨饲料加工补助", "≤200元/吨"),
        ("效益指标", "经济效益指标", "养殖户饲料成本下降率", "≥10%"),
        (None, "社会效益指标", "受益农户", "≥60户"),
        ("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥85%"),
    ])  # fmt: skip
    sign(s, "邹建华", "0596-7270392", day(2024, 12, 5))
    return b


@variant("xx10-stacked-defects", (2, 12),
         "two projects stacked, OLD-NAT, one value column: the second project's total is not "
         "its parts, one of its rates is a count")  # fmt: skip
def xx10() -> Book:
    b, s = start("绩效目标表")
    _slope(s, "≥88%")
    s.skip(2)
    total = mk(75, "B101", "error", note="财政拨款66+其他资金5=71，不等于75")
    project(s, "菌草生态茶园套种示范项目", "石篁镇农业综合服务中心",
            [("年度资金总额", total, "其中：财政拨款", 66), ("其他资金", 5, None, None)],
            ["在茶园行间套种菌草200亩，减少茶园水土流失，菌草就地作茶园绿肥。"],
            title="")  # fmt: skip
    grid(s, HEAD4, [
        ("产出指标", "数量指标", "茶园套种菌草", "≥200亩"),
        (None, "质量指标", "套种菌草成活率",
         mk("≥5000株", "T105", "error", note="成活率是比率，指标值却是株数")),
        (None, "时效指标", "套种完成时间", "2025年4月30日前"),
        (None, "成本指标", "每亩套种补助", "≤0.25万元/亩"),
        ("效益指标", "生态效益指标", "茶园化肥使用量下降率", "≥10%"),
        (None, "经济效益指标", "套种茶园亩均增收", "≥800元"),
        ("满意度指标", "服务对象满意度指标", "茶农满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "邹建华", "0596-7270392", day(2024, 12, 5))
    return b


def _points(s: Sheet, out: Any, eff: Any) -> None:
    """A tier-1 score column and an indicator score column; ``out`` and ``eff`` are the
    declared scores of 产出指标 and 效益指标."""
    project(s, "菌草生态修复示范项目", "岫岭县林业局", funds(110, 100, 10),
            ["在石篁镇开展菌草生态修复600亩，治理区植被覆盖率提高5个百分点以上。"])  # fmt: skip
    grid(s, POINTS, [
        ("产出指标", out, "数量指标", "菌草生态修复面积", "≥600亩", 15),
        (None, None, None, "建设菌草生态监测点", "≥8个", 10),
        (None, None, "质量指标", "菌草三年保存率", "≥80%", 10),
        (None, None, "时效指标", "年度种植完成时间", "2025年6月30日前", 10),
        ("成本指标", 20, "经济成本指标", "每亩生态修复成本", "≤0.15万元/亩", 20),
        ("效益指标", eff, "生态效益指标", "治理区植被覆盖率提高", "≥5百分点", 10),
        (None, None, None, "治理区年土壤侵蚀量减少", "≥1.2万吨", 5),
        (None, None, "可持续影响指标", "菌草生态修复管护制度", "健全", 10),
        ("满意度指标", 10, "服务对象满意度指标", "周边村民满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip


@variant("xx11-points-two-levels", (10,),
         "project, NAT-2021, tier-1 score column and indicator score column (both 100), a "
         "植被覆盖率 raised in 百分点 (correct)")  # fmt: skip
def xx11() -> Book:
    b, s = start(widths=(14, 10, 18, 28, 18, 10))
    _points(s, 45, 25)
    sign(s, "卢永福", "0596-7281264", day(2024, 11, 28))
    return b


@variant("xx12-points-mismatch", (10,),
         "project, NAT-2021, tier-1 score column: 产出 and 效益 declared scores differ from the "
         "indicator scores under them")  # fmt: skip
def xx12() -> Book:
    b, s = start(widths=(14, 10, 18, 28, 18, 10))
    _points(s, mk(40, "W103", "error", note="产出指标下各指标分值合计45，不是40"),
            mk(30, "W103", "error", note="效益指标下各指标分值合计25，不是30"))  # fmt: skip
    sign(s, "卢永福", "0596-7281264", day(2024, 11, 28))
    return b
