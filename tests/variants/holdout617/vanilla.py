"""Vanilla (香草兰) plantations: department flat lists, scored tiers, a second-sheet table and a
curing-house project."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout617.common import HEAD4, book, indicators, note, one_year, sign, wan
from tests.variants.holdout617.registry import variant
from tests.variants.kit import Book, mk, pct

DEPT = "沐椰县香草兰产业服务中心"
FLAT = ("指标名称", "权重", "计量单位", "指标性质", "指标值")


@variant("fc07-vanilla-flat", (1, 3),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "tasks adding to 金额合计, a typed percent cell, weights to 100 (correct)")  # fmt: skip
def vanilla_flat() -> Book:
    b, s = book()
    department_head(s, year=2025, dept=DEPT,
                    budget=[(wan(260), wan(230), wan(30), wan(110), wan(150))],
                    tasks=[("人工授粉推广", "授粉技术培训与巡回指导", wan(60), "覆盖1200亩"),
                           ("生香加工指导", "杀青、发汗、晾晒工艺指导", wan(50), "加工鲜荚40吨"),
                           ("种苗繁育", "组培苗繁育与分发", wan(40), "繁育种苗8万株"),
                           ("金额合计", None, wan(150), None)],
                    goal="推广香草兰人工授粉技术1200亩，指导生香加工鲜荚40吨，"
                         "繁育种苗8万株。")  # fmt: skip
    s.row(*FLAT)
    s.table([
        ("人工授粉技术推广面积", 20, "亩", "≥", 1200),
        ("生香加工指导鲜荚量", 15, "吨", "≥", 40),
        ("香草兰种苗繁育数量", 15, "万株", "≥", 8),
        ("授粉结荚率", 10, "%", "≥", 85),
        ("生香加工损耗率", 10, "%", "≤", 6),
        ("技术指导到位率", 10, "%", "≥", pct(0.95)),
        ("带动种植户增收", 10, "万元", "≥", 300),
        ("服务对象满意度", 10, "%", "≥", 92),
    ])  # fmt: skip
    return b


@variant("fc08-vanilla-flat-defects", (3, 12),
         "department, flat list: tasks not adding to 金额合计, the goal's 12万朵 given as 10万朵, "
         "one indicator twice with two values")  # fmt: skip
def vanilla_flat_defects() -> Book:
    b, s = book()
    total = mk(wan(140), "B102", "error", note="tasks 55 + 45 + 30 = 130 ≠ 金额合计 140")
    department_head(s, year=2025, dept="沐椰县乌岽农场香草兰分场",
                    budget=[(wan(220), wan(200), wan(20), wan(80), wan(140))],
                    tasks=[("荫棚维修", "钢架荫棚换网", wan(55), "维修荫棚60亩"),
                           ("人工授粉", "雇工授粉与质量抽检", wan(45), "授粉12万朵"),
                           ("鲜荚收储", "鲜荚收购、暂存与运输", wan(30), "收储鲜荚25吨"),
                           ("金额合计", None, total, None)],
                    goal="全年维修荫棚60亩，人工授粉香草兰花朵12万朵，收储鲜荚25吨。")  # fmt: skip
    pollen = mk(10, "D104", "warning", row=True,
                note="the goal and the task state 12万朵 of hand pollination")  # fmt: skip
    twice = mk("生香豆荚一级品比率", "D102", "error", row=True, alt=("D103", "D101"),
               note="the same indicator as 生香豆荚一级品率 above, with 70 against 60")  # fmt: skip
    s.row(*FLAT)
    s.table([
        ("荫棚维修面积", 20, "亩", "≥", 60),
        ("人工授粉花朵数", 20, "万朵", "≥", pollen),
        ("鲜荚收储量", 15, "吨", "≥", 25),
        ("生香豆荚一级品率", 10, "%", "≥", 60),
        ("授粉结荚率", 10, "%", "≥", 80),
        (twice, 5, "%", "≥", 70),
        ("鲜荚霉变率", 10, "%", "≤", 3),
        ("服务对象满意度", 10, "%", "≥", 90),
    ])  # fmt: skip
    return b


SCORED = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位", "分值")


@variant("fc09-vanilla-scored-tiers", (5, 10, 11),
         "project, NAT-2021, numbered tier labels with points and indicator points (both 100), "
         "operators in words, 提高 in 百分点, 化肥 zero growth with ≤0 (correct)")  # fmt: skip
def vanilla_scored_tiers() -> Book:
    b, s = book()
    project_head(s, year=2025, name="香草兰荫棚扩建", dept=DEPT, unit="沐椰县香草兰产业服务中心",
                 money=one_year(wan(75), wan(65), wan(10)),
                 goals=["扩建香草兰钢架荫棚40亩，定植种苗6万株，"
                        "结荚率提高5个百分点。"])  # fmt: skip
    indicators(s, SCORED, [
        ("一、产出指标（50分）", "（一）数量指标", "新建荫棚面积", "大于等于", 40, "亩", 10),
        (None, None, "定植香草兰种苗", "大于等于", 6, "万株", 10),
        (None, "（二）质量指标", "定植成活率", "大于等于", 90, "%", 10),
        (None, None, "荫棚工程验收合格率", "等于", 100, "%", 10),
        (None, "（三）时效指标", "荫棚完工时间", "小于等于", "2025年8月31日", None, 10),
        ("二、成本指标（10分）", "经济成本指标", "荫棚建设单价", "小于等于", 1.2, "万元/亩", 10),
        ("三、效益指标（30分）", "经济效益指标", "授粉结荚率提高", "大于等于", 5, "百分点", 10),
        (None, "社会效益指标", "带动种植户参与", "大于等于", 40, "户", 10),
        (None, "生态效益指标", "荫棚区化肥使用量增长率", "小于等于", 0, "%", 10),
        ("四、满意度指标（10分）", "服务对象满意度指标", "种植户满意度", "大于等于", 90, "%", 10),
    ])  # fmt: skip
    return b


@variant("fc10-vanilla-scored-wrong", (5, 10),
         "project, NAT-2021, scored tier labels: two tier-1 scores against their indicators, a "
         "satisfaction rate under 社会效益")  # fmt: skip
def vanilla_scored_wrong() -> Book:
    b, s = book()
    project_head(s, year=2026, name="香草兰种苗组培扩繁", dept=DEPT, unit="沐椰县热带作物组培中心",
                 money=one_year(wan(58), wan(58), wan(0)),
                 goals=["组培扩繁香草兰种苗10万株，出圃合格苗8万株。"])  # fmt: skip
    out = mk("一、产出指标（50分）", "W103", "error", note="indicators under it score 45")
    eff = mk("三、效益指标（30分）", "W103", "error", note="indicators under it score 35")
    happy = mk("合作社满意度", "F201", "warning", row=True,
               note="a satisfaction rate under 社会效益指标, not 服务对象满意度指标")  # fmt: skip
    indicators(s, SCORED, [
        (out, "（一）数量指标", "组培扩繁种苗", "大于等于", 10, "万株", 15),
        (None, None, "出圃合格苗", "大于等于", 8, "万株", 10),
        (None, "（二）质量指标", "组培苗污染率", "小于等于", 5, "%", 10),
        (None, "（三）时效指标", "出圃完成时间", "小于等于", "2026年10月31日", None, 10),
        ("二、成本指标（10分）", "经济成本指标", "组培苗单株成本", "小于等于", 5, "元/株", 10),
        (eff, "经济效益指标", "种苗自给率", "大于等于", 60, "%", 15),
        (None, "社会效益指标", "带动育苗户", "大于等于", 15, "户", 10),
        (None, None, happy, "大于等于", 90, "%", 10),
        ("四、满意度指标（10分）", "服务对象满意度指标", "种植户满意度", "大于等于", 90, "%", 10),
    ])  # fmt: skip
    return b


@variant("fc11-vanilla-curing-sheet", (4, 7),
         "project, OLD-NAT: head on the first sheet, the table on a second sheet under 预期实现值, "
         "a goal total with its parts in brackets, footnotes, a fill date in the prior year "
         "(correct)")  # fmt: skip
def vanilla_curing_sheet() -> Book:
    b, s = book("项目信息")
    project_head(s, year=2025, name="香草兰生香加工车间改造", dept=DEPT, unit="沐椰县乌岽农场",
                 money=one_year(wan(52), wan(52), wan(0)),
                 goals=["改造生香加工车间1处，年加工鲜荚18吨（其中合作社鲜荚12吨、农户散收6吨）。"
                        ])  # fmt: skip
    t = b.sheet("绩效指标", (14, 16, 30, 18))
    t.title("2025年度项目绩效指标", 4)
    indicators(t, ("一级指标", "二级指标", "三级指标", "预期实现值"), [
        ("产出指标", "数量指标", "改造生香加工车间", "=1处"),
        (None, None, "年加工鲜荚量", "≥18吨"),
        (None, "质量指标", "生香豆荚一级品率", pct(0.55)),
        (None, None, "生香加工损耗率", "≤8%"),
        (None, "时效指标", "车间改造完成时间", "2025年6月30日前"),
        (None, "成本指标", "车间改造成本", "≤45万元"),
        ("效益指标", "经济效益指标", "生香豆荚销售收入", "≥260万元"),
        ("满意度指标", "服务对象满意度指标", "交售农户满意度", "≥90%"),
    ])  # fmt: skip
    note(t, "注：1. 年加工鲜荚量含合作社交售和农户散收两部分。", 4)
    note(t, "    2. 车间改造成本45万元，其余7万元用于烘房温控设备更新。", 4)
    note(t, "填表说明：指标值应可考核，定量指标须填写比较符和计量单位。", 4)
    sign(t, "符晓岚", "0898-6231 4570", (2024, 11, 18))
    return b


@variant("fc12-vanilla-curing-house", (12,),
         "project, NAT-2021: a goal naming last year, a deadline in the next year, curing-house "
         "cost × count above the money")  # fmt: skip
def vanilla_curing_house() -> Book:
    b, s = book()
    goal = mk("2024年度建成香草兰发酵烘房2座，年加工鲜荚20吨。", "Y103", "warning",
              alt=("Y101",), note="last year's goal left in a 2025 return")  # fmt: skip
    project_head(s, year=2025, name="香草兰发酵烘房建设", dept=DEPT, unit="沐椰县香草兰合作联社",
                 attr="新增项目", money=one_year(wan(48), wan(40), wan(8)),
                 goals=[goal])  # fmt: skip
    due = mk("2026年3月31日前", "Y102", "error", alt=("Y103",),
             note="a deadline after the 2025 one-year project ends")  # fmt: skip
    cost = mk("≤28万元/座", "B107", "warning", row=True,
              note="28万元 × 2座 = 56万元, above the 48万元 of the project")  # fmt: skip
    indicators(s, HEAD4, [
        ("成本指标", "经济成本指标", "发酵烘房建设单价", cost),
        ("产出指标", "数量指标", "发酵烘房建设", "≥2座"),
        (None, None, "年加工鲜荚", "≥20吨"),
        (None, "质量指标", "烘房竣工验收合格率", "=100%"),
        (None, "时效指标", "烘房建成投用时间", due),
        ("效益指标", "经济效益指标", "生香豆荚增值", "≥40万元"),
        ("满意度指标", "服务对象满意度指标", "社员满意度", "≥90%"),
    ])  # fmt: skip
    return b
