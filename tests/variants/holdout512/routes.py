"""Migration routes (转场牧道): department money, points at two levels, exports, artefacts."""

from __future__ import annotations

from typing import Any

from tests.variants.heads import department_head
from tests.variants.holdout512.common import OLD4, book, indicators, one_year, project
from tests.variants.holdout512.registry import variant
from tests.variants.kit import Book, Sheet, mk, money, pct

BUREAU = "乌讷格图旗农牧局"
NAT4 = (("产出指标", "数量指标"), ("成本指标", "经济成本指标"), ("效益指标", "生态效益指标"),
        ("满意度指标", "服务对象满意度指标"))  # fmt: skip
SCORED = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "指标分值")


def route_indicators(s: Sheet) -> int:
    """The department's NAT-2021 indicators for patrols, water points and fire safety."""
    (t1, t2), (c1, c2), (e1, e2), (m1, m2) = NAT4
    return indicators(s, OLD4, [
        (t1, t2, "巡护转场牧道里程", "≥260公里"),
        (None, None, "维护牧道饮水点数量", "≥40个"),
        (None, "质量指标", "饮水点水质检测达标率", "≥95%"),
        (None, "时效指标", "转场期巡护到岗及时率", "≥98%"),
        (c1, c2, "每个饮水点维护费用", "≤1.3万元/个"),
        (e1, e2, "牧道沿线草场碾压投诉", "≤3起"),
        (None, "社会效益指标", "毡房防火宣传覆盖牧户数", "≥1200户"),
        (m1, m2, "转场牧户满意度", "≥90%"),
    ])  # fmt: skip


def tasks(total: Any, amounts: tuple[Any, Any, Any]) -> list[tuple[Any, ...]]:
    """年度主要任务 rows, the last one the 金额合计."""
    a, b, c = amounts
    return [("转场牧道巡护", "春秋转场期巡护牧道260公里", a, "转场期无人畜伤亡事故"),
            ("饮水点维护", "维护牧道饮水点40个", b, "饮水点水质达标"),
            ("毡房防火宣传", "入户宣传冬窝子毡房防火", c, "覆盖牧户1200户"),
            ("金额合计", None, total, None)]  # fmt: skip


@variant("bb13-route-department-money", (12,),
         "department, NAT-2021: budget with shares typed as percents, key tasks adding up to "
         "金额合计 = 项目支出, a cost standard within its task (correct)")  # fmt: skip
def bb13() -> Book:
    b, s = book()
    shares = [pct(x, "0.00%") for x in (1, 0.8846, 0.1154, 0.3846, 0.6154)]
    department_head(s, year=2025, dept=BUREAU, budget=[(260, 230, 30, 100, 160), shares],
                    tasks=tasks(160, (60, 55, 45)),
                    goal="保障转场牧道畅通，饮水点运行正常，毡房火灾零发生。")  # fmt: skip
    route_indicators(s)
    return b


@variant("bb14-route-department-money-wrong", (12,),
         "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, tasks not adding up to "
         "金额合计")  # fmt: skip
def bb14() -> Book:
    b, s = book()
    total = mk(300, "B101", "error", note="基本支出110 + 项目支出180 = 290 ≠ 300")
    whole = mk(180, "B102", "error", note="任务 80 + 60 + 45 = 185 ≠ 金额合计180")
    department_head(s, year=2025, dept="巴图温都尔苏木人民政府",
                    budget=[(total, 270, 30, 110, 180)], tasks=tasks(whole, (80, 60, 45)),
                    goal="保障转场牧道畅通，维护饮水点40个，开展毡房防火宣传。")  # fmt: skip
    route_indicators(s)
    return b


@variant("bb15-route-points", (10,),
         "project, NAT-2021, tier-1 score column and indicator score column both adding to "
         "100, rate changes in 百分点 (correct)")  # fmt: skip
def bb15() -> Book:
    b, s = book()
    project(s, "转场途中临时接羔点毡房配置项目", one_year(40, 36, 4),
            ["在春季转场牧道配置接羔毡房24顶，服务牧户360户。"], dept=BUREAU)  # fmt: skip
    indicators(s, SCORED, [
        ("产出指标", 40, "数量指标", "配置接羔点毡房数量", "≥24顶", 15),
        (None, None, None, "接羔点服务牧户数", "≥360户", 10),
        (None, None, "质量指标", "接羔毡房保温达标率", "≥95%", 10),
        (None, None, "时效指标", "接羔点启用时间", "2025年3月10日前", 5),
        ("成本指标", 20, "经济成本指标", "每顶接羔毡房配置费用", "≤1.5万元/顶", 20),
        ("效益指标", 30, "经济效益指标", "春羔成活率提高", "≥3百分点", 15),
        (None, None, "社会效益指标", "转场牲畜途中死亡率降低", "≥1.5百分点", 15),
        ("满意度指标", 10, "服务对象满意度指标", "牧户满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    return b


@variant("bb16-route-points-wrong", (10, 5),
         "project, NAT-2021, tier-1 and indicator score columns: 效益 declared 30 over 25 points, "
         "a 生态效益指标 under 产出指标")  # fmt: skip
def bb16() -> Book:
    b, s = book()
    project(s, "转场临时接羔点建设项目", one_year(32, 30, 2),
            ["在秋季转场牧道设置临时接羔点12个，受益牧户240户。"], dept=BUREAU)  # fmt: skip
    wrong = mk("生态效益指标", "F105", "error", note="生态效益指标属效益指标，不在产出指标下")
    score = mk(30, "W103", "error", alt=("W101",), note="效益指标下分值 15 + 10 = 25 ≠ 30")
    indicators(s, SCORED, [
        ("产出指标", 40, "数量指标", "设置临时接羔点数量", "≥12个", 15),
        (None, None, "质量指标", "接羔毡房保温达标率", "≥95%", 10),
        (None, None, wrong, "接羔点周边草场植被恢复率", "≥85%", 15),
        ("成本指标", 20, "经济成本指标", "每个接羔点建设费用", "≤2.5万元/个", 20),
        ("效益指标", score, "经济效益指标", "春羔成活率提高", "≥2百分点", 15),
        (None, None, "社会效益指标", "受益转场牧户数", "≥240户", 10),
        ("满意度指标", 10, "服务对象满意度指标", "牧户满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    return b


@variant("bb17-route-export-second-sheet", (7, 1),
         "budget-system export: head on sheet 05-1, indicators on sheet 05-2 with project code "
         "columns, header 预期实现值 on the third row: a deadline as 100 %, a rate as a "
         "count")  # fmt: skip
def bb17() -> Book:
    b, s = book("部门项目支出预算05-1")
    project(s, "转场牧道饮水点建设项目", one_year(42, 36, 6),
            ["在转场牧道新建饮水点20个，保障牲畜转场饮水。"], dept=BUREAU)  # fmt: skip
    t = b.sheet("部门项目支出绩效目标05-2", (16, 22, 12, 14, 26, 16))
    t.title("部门项目支出绩效目标表", 6)
    t.row("单位：乌讷格图旗农牧局", None, None, None, None, "金额单位：万元", merge=[(1, 5)])
    code, name = "150726251003", "转场牧道饮水点建设项目"
    late = mk(pct(1), "T113", "warning", note="完成时限写成百分比")
    count = mk("≥300户", "T105", "error", note="覆盖率写成户数")
    indicators(t, ("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "预期实现值"), [
        (code, name, "产出指标", "数量指标", "新建牧道饮水点数量", "≥20个"),
        (None, None, None, "质量指标", "饮水点水质检测达标率", "≥95%"),
        (None, None, None, "时效指标", "饮水点建设完成时限", late),
        (None, None, None, "成本指标", "每个饮水点建设费用", "≤2万元/个"),
        (None, None, "效益指标", "社会效益指标", "转场牧户饮水保障覆盖率", count),
        (None, None, "满意度指标", "服务对象满意度指标", "转场牧户满意度", pct(0.9)),
    ], merged=(1, 2, 3, 4))  # fmt: skip
    return b


@variant("bb18-route-artefacts", (9,),
         "project, OLD-NAT, one value column, detail lines below the table: a total split by a "
         "space, an amount pasted twice")  # fmt: skip
def bb18() -> Book:
    b, s = book()
    split = mk("150.452 8", "X105", "warning", alt=("X103",), note="150.4528 被空格断开")
    project(s, "转场牧道配套设施项目", one_year(split, money(130.4528, "0.0000"), 20),
            ["为转场牧道配置饮水槽150个、标识牌300块。"], dept=BUREAU)  # fmt: skip
    indicators(s, OLD4, [
        ("产出指标", "数量指标", "配置牧道饮水槽数量", "≥150个"),
        (None, None, "设置牧道标识牌数量", "≥300块"),
        (None, "质量指标", "设施验收合格率", "≥95%"),
        (None, "时效指标", "设施安装完成时间", "2025年9月30日前"),
        (None, "成本指标", "饮水槽采购单价", "≤4000元/个"),
        ("效益指标", "社会效益指标", "转场牲畜饮水保障率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "转场牧户满意度", "≥90%"),
    ])  # fmt: skip
    twice = mk("36万36万（含油费）", "X106", "error", alt=("B108",), note="金额粘贴了两次")
    s.skip()
    s.row("资金明细", "支出内容", "金额（万元）")
    s.table([
        (None, "牧道饮水槽采购", money(60.4528, "0.0000")),
        (None, "毡房运输车辆租赁", twice),
        (None, "转场牧道标识牌", money(54, "0.0000")),
        ("合计", None, money(150.4528, "0.0000")),
    ])  # fmt: skip
    return b
