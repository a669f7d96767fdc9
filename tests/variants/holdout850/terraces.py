"""Terrace returns (kgb01–kgb06): 坡改梯 and 梯田 repair projects of 砾峪县."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout850.common import HEAD4, YEAR, book, indicators, multi_year, one_year, w
from tests.variants.holdout850.registry import variant
from tests.variants.kit import Book, mk, pct

DEPT = "砾峪县水利局（417003）"
UNIT = "砾峪县水土保持工作站"


@variant("kgb01-terrace-percent", (1, 12),
         "project, OLD-NAT, operator and unit columns, typed percent cells, 万元 in the number "
         "format, a goal total with its parts in brackets (correct)")  # fmt: skip
def terrace_percent() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="蒿沟小流域坡耕地改造梯田工程", dept=DEPT, unit=UNIT,
                 money=one_year(w(360), w(300), w(60)),
                 goals=["2025年在蒿沟小流域新修梯田1200亩（石坎梯田400亩、土坎梯田800亩），"
                        "配套田间道路和排水沟，减少坡耕地水土流失。"])  # fmt: skip
    header = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
    indicators(s, header, [
        ("产出指标", "数量指标", "新修梯田面积", "≥", 1200, "亩"),
        (None, None, "石坎梯田面积", "≥", 400, "亩"),
        (None, None, "土坎梯田面积", "≥", 800, "亩"),
        (None, "质量指标", "梯田工程验收合格率", "≥", pct(0.95), None),
        (None, None, "田面宽度达标率", "≥", pct(0.9), None),
        (None, "时效指标", "梯田工程完工时间", "≤", "2025年11月30日", None),
        (None, "成本指标", "新修梯田建设补助标准", "≤", 3000, "元/亩"),
        ("效益指标", "经济效益指标", "项目区粮食亩均增产", "≥", 50, "公斤"),
        (None, "生态效益指标", "项目区土壤侵蚀模数下降率", "≥", pct(0.3), None),
        (None, "可持续影响指标", "梯田管护责任落实率", "=", pct(1), None),
        ("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥", pct(0.9), None),
    ])  # fmt: skip
    return b


@variant("kgb02-terrace-goal-area", (7, 12),
         "project, OLD-NAT, headers 指标内容 and 绩效标准: the goal's area against the indicator, "
         "a subsidy standard beyond the money, a deadline in the next year")  # fmt: skip
def terrace_goal_area() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="槐坪镇石坳片区坡改梯项目", dept=DEPT,
                 unit="槐坪镇农业综合服务中心",
                 money=one_year(w(300), w(270), w(30)), attr="新增项目",
                 goals=["2025年在石坳片区新修水平梯田1500亩，配套蓄水池12口，项目区坡耕地"
                        "基本实现梯田化。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "指标内容", "绩效标准"), [
        ("产出指标", "数量指标",
         mk("新修水平梯田面积", "D104", "warning", row=True,
            note="年度目标写新修梯田1500亩，指标却是≥1300亩"), "≥1300亩"),
        (None, None, "新建蓄水池数量", "≥12口"),
        (None, "质量指标", "梯田工程验收合格率", "≥95%"),
        (None, "时效指标", "梯田工程完工时间",
         mk("2026年6月30日前", "Y102", "error", row=True, alt=("Y101", "Y103"),
            note="一年期项目（2025-01-01至2025-12-31），完工期限却在2026年")),
        (None, "成本指标",
         mk("坡改梯建设补助标准", "B107", "warning", row=True,
            note="2500元/亩 × 1300亩 = 325万元（按目标1500亩为375万元），超过年度资金300万元"),
         "≤2500元/亩"),
        ("效益指标", "生态效益指标", "项目区水土流失治理度", "≥70%"),
        (None, "社会效益指标", "受益农户数量", "≥420户"),
        ("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kgb03-terrace-stacked", (2,),
         "two terrace projects stacked in one sheet, NAT-2021, one value column, the same "
         "satisfaction indicator with different values in each project (correct)")  # fmt: skip
def terrace_stacked() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="杏湾沟坡耕地改梯田项目", dept=DEPT, unit=UNIT,
                 money=one_year(w(300), w(250), w(50)),
                 goals=["新修梯田1000亩，治理坡耕地水土流失，梯田验收合格率"
                        "不低于95%。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "新修梯田面积", "≥1000亩"),
        (None, "质量指标", "梯田验收合格率", "≥95%"),
        (None, "时效指标", "工程完工时间", "2025年10月31日前"),
        ("成本指标", "经济成本指标", "坡改梯补助标准", "≤2800元/亩"),
        ("效益指标", "生态效益指标", "坡耕地年土壤流失量减少", "≥1.2万吨"),
        ("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=YEAR, name="老梯田田埂修复项目", dept=DEPT, unit=UNIT, title="",
                 money=one_year(w(120), w(120), w(0)),
                 goals=["修复水毁梯田田埂8000米，恢复梯田保水保土功能。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "修复梯田田埂长度", "≥8000米"),
        (None, "质量指标", "修复田埂验收合格率", "≥95%"),
        (None, "时效指标", "修复完成时间", "2025年5月31日前"),
        ("成本指标", "经济成本指标", "田埂修复补助标准", "≤150元/米"),
        ("效益指标", "可持续影响指标", "修复田埂三年完好率", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥92%"),
    ])  # fmt: skip
    return b


@variant("kgb04-terrace-stacked-wrong", (2, 12),
         "two terrace projects stacked, NAT-2021: the second project's money does not add up, "
         "one indicator given twice with a word more under two tier-2s")  # fmt: skip
def terrace_stacked_wrong() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="鹰嘴梁坡改梯项目", dept=DEPT, unit=UNIT,
                 money=one_year(w(240), w(200), w(40)),
                 goals=["新修梯田800亩，配套田间生产道路3公里。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "新修梯田面积", "≥800亩"),
        (None, None, "配套田间生产道路", "≥3公里"),
        (None, "质量指标", "梯田验收合格率", "≥95%"),
        ("成本指标", "经济成本指标", "坡改梯补助标准", "≤3000元/亩"),
        ("效益指标", "生态效益指标", "项目区水土流失治理度", "≥75%"),
        ("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(w(150), "B101", "error", note="年度资金总额150万元 ≠ 财政拨款100 + 其他资金40")
    project_head(s, year=YEAR, name="梯田地埂植物带建设项目", dept=DEPT, unit=UNIT, title="",
                 money=one_year(total, w(100), w(40)),
                 goals=["在已建梯田地埂栽植黄花菜等护埂植物带60公里，稳固田坎。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "地埂植物带栽植长度", "≥60公里"),
        (None, "质量指标", "田坎完好率", "≥90%"),
        (None, "时效指标", "栽植完成时间", "2025年4月30日前"),
        ("成本指标", "经济成本指标", "植物带栽植补助标准", "≤2万元/公里"),
        ("效益指标", "可持续影响指标",
         mk("梯田田坎完好率", "D103", "warning", row=True, alt=("D101",),
            note="与质量指标“田坎完好率 ≥90%”是同一指标，多一个词"), "≥90%"),
        ("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kgb05-terrace-multiyear", (8,),
         "three-year terrace project, OLD-NAT, 中期 and 年度 columns: the period's counts beside "
         "the year's smaller ones, equal rates, a later year the work prepares for "
         "(correct)")  # fmt: skip
def terrace_multiyear() -> Book:
    b, s = book()
    project_head(s, year=YEAR, years=3, name="砾峪县机修梯田三年建设项目", dept=DEPT, unit=UNIT,
                 money=multi_year((w(900), w(780), w(120)), (w(300), w(260), w(40))),
                 goals=["2025—2027年累计新修机修梯田3600亩，为2028年在全县推广机修梯田积累经验。",
                        "2025年新修机修梯田1200亩，梯田验收合格率不低于95%。"])  # fmt: skip
    header = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "计量单位")
    indicators(s, header, [
        ("产出指标", "数量指标", "新修机修梯田面积", "≥3600", "≥1200", "亩"),
        (None, None, "配套排水沟长度", "≥18", "≥6", "公里"),
        (None, "质量指标", "梯田验收合格率", "≥95%", "≥95%", None),
        (None, "时效指标", "年度建设任务完成时间", "2027年11月30日前", "2025年11月30日前", None),
        (None, "成本指标", "机修梯田建设补助标准", "≤2500", "≤2500", "元/亩"),
        ("效益指标", "生态效益指标", "项目区土壤侵蚀模数下降率", "≥30%", "≥10%", None),
        (None, "可持续影响指标", "梯田管护制度建立", "建立并执行", "建立并执行", None),
        ("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥90%", "≥90%", None),
    ])  # fmt: skip
    return b


@variant("kgb06-terrace-multiyear-wrong", (8,),
         "three-year terrace project, OLD-NAT, 中期 and 年度 columns: 年度目标 copied from the "
         "中期目标, a cumulative count copied, a year's length above the period's")  # fmt: skip
def terrace_multiyear_wrong() -> Book:
    b, s = book()
    goal = "2025—2027年累计新修梯田3000亩，栽植地埂植物带45公里。"
    copied = mk(goal, "D204", "warning", note="三年期项目的年度目标与中期目标逐字相同")
    project_head(s, year=YEAR, years=3, name="岔口乡梯田提质三年项目", dept=DEPT,
                 unit="岔口乡人民政府", money=multi_year((w(750), w(600), w(150)),
                                                  (w(250), w(200), w(50))),
                 goals=[goal, copied])  # fmt: skip
    header = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "计量单位")
    indicators(s, header, [
        ("产出指标", "数量指标", "新修梯田面积", "≥3000",
         mk("≥3000", "D202", "warning", note="三年累计面积原样抄进年度列"), "亩"),
        (None, None, "地埂植物带栽植长度", "≥45",
         mk("≥60", "D201", "error", note="一年60公里超过三年合计45公里"), "公里"),
        (None, "质量指标", "梯田验收合格率", "≥95%", "≥95%", None),
        (None, "成本指标", "梯田建设补助标准", "≤2500",
         mk("≤2500", "B107", "warning", row=True, required=False,
            note="抄来的年度面积3000亩 × 2500元/亩超过年度资金，是 D202 的后果，可报可不报"),
         "元/亩"),
        ("效益指标", "生态效益指标", "项目区水土流失治理度", "≥70%", "≥60%", None),
        ("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥90%", "≥90%", None),
    ])  # fmt: skip
    return b
