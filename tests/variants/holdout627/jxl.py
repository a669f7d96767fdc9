"""金线莲 under-forest farms: project heads, stacked projects, department returns (fm01–fm06)."""

from __future__ import annotations

from tests.variants.holdout627.common import (
    department,
    indicators,
    one_year,
    project,
    signature,
    start,
    wan,
)
from tests.variants.holdout627.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

OPS = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
ONE = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("fm01-jxl-operator-columns", (1, 12),
         "project, OLD-NAT, operator and unit columns, typed percent cells, 万元 in the number "
         "format, a cost standard × area equal to the grant (correct)")  # fmt: skip
def fm01() -> Book:
    b, s = start()
    project(s, name="雾溪乡林下金线莲仿野生种植基地建设", unit="槎岭县雾溪乡人民政府",
            money_rows=one_year(210, 180, 30),
            goals=["在雾溪乡杉木林下建设金线莲仿野生种植基地300亩（其中核心示范区100亩），"
                   "带动脱贫户和监测户60户增收。"])  # fmt: skip
    indicators(s, OPS, [
        ("产出指标", "数量指标", "林下金线莲种植面积", "≥", 300, "亩"),
        (None, None, "核心示范区面积", "≥", 100, "亩"),
        (None, "质量指标", "种苗定植成活率", "≥", pct(0.85), None),
        (None, None, "林下种植区病害发生率", "≤", pct(0.05), None),
        (None, "时效指标", "种苗定植完成时间", "≤", day(2026, 5, 31, CN_DATE), None),
        (None, "成本指标", "种苗及定植补助标准", "≤", 0.6, "万元/亩"),
        ("效益指标", "经济效益指标", "亩均鲜草产值", "≥", 1.2, "万元/亩"),
        (None, "社会效益指标", "带动脱贫户和监测户户数", "≥", 60, "户"),
        (None, "生态效益指标", "林下种植区林木保存率", "≥", pct(0.98), None),
        (None, "可持续影响指标", "基地管护机制", "定性", "建立并执行", None),
        ("满意度指标", "服务对象满意度指标", "参与农户满意度", "≥", pct(0.9), None),
    ])  # fmt: skip
    signature(s, day(2025, 12, 8, CN_DATE), "韦岚清", "0597-6634218", "莫振邦")
    return b


@variant("fm02-jxl-goal-deadline", (12,),
         "project, OLD-NAT, one value column: the goal's area against the indicator, a "
         "deadline in the year before, money parts not adding up")  # fmt: skip
def fm02() -> Book:
    b, s = start()
    total = mk(wan(160), "B101", "error",
               note="资金总额 160 ≠ 财政拨款 120 + 其他资金 30 = 150")  # fmt: skip
    project(s, name="坳背村林下金线莲扩面种植", unit="槎岭县坳背村股份经济合作社",
            money_rows=one_year(total, 120, 30),
            goals=["在坳背村、石门村阔叶林下新植金线莲200亩，6月底前完成种苗定植，"
                   "带动农户45户。"])  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标",
         "金线莲新植面积", mk("≥150亩", "D104", "warning", row=True,
                              note="年度目标写新植200亩，指标只要150亩")),
        (None, "质量指标", "种苗定植成活率", "≥85%"),
        (None, "时效指标", "种苗定植完成时间",
         mk("2025年6月30日前", "Y102", "error", alt=("Y103",),
            note="2026年度项目的定植期限写成上一年（去年的表沿用）")),
        (None, "成本指标", "种苗补助标准", "≤0.5万元/亩"),
        ("效益指标", "经济效益指标", "参与农户户均增收", "≥3000元"),
        (None, "社会效益指标", "带动农户户数", "≥45户"),
        (None, "生态效益指标", "林下植被保存率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "参与农户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("fm03-jxl-stacked-two", (2,),
         "two projects stacked in one sheet, OLD-NAT, one value column, the same indicator "
         "names with different values in the two projects (correct)")  # fmt: skip
def fm03() -> Book:
    b, s = start()
    project(s, name="金线莲林下种植技术示范推广", unit="槎岭县林业技术推广站",
            money_rows=one_year(90, 80, 10),
            goals=["建设技术示范点6个，培训林农400人次，带动农户40户。"])  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "技术示范点", "≥6个"),
        (None, None, "林农技术培训", "≥400人次"),
        (None, "质量指标", "培训考核合格率", "≥90%"),
        (None, "时效指标", "示范点建成时间", "2026年9月30日前"),
        (None, "成本指标", "示范点建设补助标准", "≤10万元/个"),
        ("效益指标", "社会效益指标", "带动农户户数", "≥40户"),
        (None, "可持续影响指标", "示范点持续运行年限", "≥3年"),
        ("满意度指标", "服务对象满意度指标", "参与农户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project(s, name="金线莲鲜草初加工烘干房建设", unit="槎岭县云岫镇人民政府",
            money_rows=one_year(60, 60, 0), title="",
            goals=["在云岫镇建设金线莲烘干房2座、配套烘干设备4台，带动农户25户。"])  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "烘干房建设数量", "≥2座"),
        (None, None, "烘干设备购置数量", "≥4台"),
        (None, "质量指标", "工程验收合格率", "100%"),
        (None, "时效指标", "烘干房投入使用时间", "2026年8月31日前"),
        (None, "成本指标", "烘干房建设补助标准", "≤25万元/座"),
        ("效益指标", "社会效益指标", "带动农户户数", "≥25户"),
        (None, "经济效益指标", "鲜草烘干损耗率", "≤8%"),
        ("满意度指标", "服务对象满意度指标", "参与农户满意度", "≥85%"),
    ])  # fmt: skip
    return b


@variant("fm04-jxl-stacked-defects", (2, 12),
         "two projects stacked, OLD-NAT, one value column: in the second an indicator repeated "
         "under two tier-2s and a cost standard × area above the project's money")  # fmt: skip
def fm04() -> Book:
    b, s = start()
    project(s, name="金线莲良种繁育圃建设", unit="槎岭县国有翠屏林场",
            money_rows=one_year(50, 45, 5),
            goals=["建设金线莲良种繁育圃20亩，年供良种苗60万株，带动农户30户。"])  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "良种繁育圃面积", "≥20亩"),
        (None, None, "良种苗供应量", "≥60万株"),
        (None, "质量指标", "良种苗合格率", "≥95%"),
        (None, "时效指标", "繁育圃建成时间", "2026年6月30日前"),
        (None, "成本指标", "繁育圃建设补助标准", "≤2万元/亩"),
        ("效益指标", "社会效益指标", "带动农户户数", "≥30户"),
        ("满意度指标", "服务对象满意度指标", "用苗农户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project(s, name="金线莲林下套种扩面", unit="槎岭县雾溪乡人民政府",
            money_rows=one_year(80, 70, 10), title="",
            goals=["在毛竹林下套种金线莲200亩，带动农户50户。"])  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "林下套种面积", "≥200亩"),
        (None, None, "带动农户户数", "≥50户"),
        (None, "质量指标", "套种成活率", "≥85%"),
        (None, "时效指标", "套种完成时间", "2026年5月31日前"),
        (None, "成本指标", "套种补助标准",
         mk("≤0.5万元/亩", "B107", "warning", row=True,
            note="0.5万元/亩 × 200亩 = 100万元，超过项目资金80万元")),
        ("效益指标", "社会效益指标",
         mk("带动农户户数", "D101", "warning", row=True, alt=("D103", "D102"),
            note="与数量指标下的“带动农户户数 ≥50户”是同一指标"), "≥50户"),
        (None, "生态效益指标", "林下植被保存率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "参与农户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("fm05-jxl-flat-department", (3, 1, 11),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "typed percent cells, a 下降率 with ≥, 0起 on an incident count (correct)")  # fmt: skip
def fm05() -> Book:
    b, s = start()
    department(s, dept="槎岭县林下经济发展中心", budget=(860, 800, 60, 320, 540),
               goal="管护林下金线莲示范基地300亩，培训林农600人次，参加产品推介展会3场，"
                    "林下经济产值稳步提高。",
               tasks=[("示范基地管护", "雾溪、坳背两乡示范基地管护", 240, "管护示范基地300亩"),
                      ("林下经济技术服务", "技术培训与巡回指导", 180, "培训林农600人次"),
                      ("林下产品推介", "展会与电商推介", 120, "参加推介展会3场"),
                      ("金额合计", None, 540, None)])  # fmt: skip
    s.row("序号", "指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        (1, "示范基地管护面积", 15, "亩", "≥", 300),
        (2, "林农技术培训人次", 15, "人次", "≥", 600),
        (3, "产品推介展会场次", 10, "场", "≥", 3),
        (4, "培训考核合格率", 10, "%", "≥", pct(0.9)),
        (5, "林下种植区病害发生率下降率", 10, "%", "≥", 15),
        (6, "林区生产安全事故", 10, "起", "≤", 0),
        (7, "林下经济产值增长率", 10, "%", "≥", 8),
        (8, "重点任务完成及时率", 10, "%", "≥", 95),
        (9, "林农满意度", 10, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    s.row(None, "合计", 100)
    signature(s, day(2025, 11, 20, CN_DATE), "蓝晓薇", "0597-6621305", "覃国梁")
    return b


@variant("fm06-jxl-department-wrong", (12, 5),
         "department, NAT-2021, numbered tier labels: tasks not adding to 金额合计, a "
         "satisfaction rate under 社会效益, last year's year in the goal")  # fmt: skip
def fm06() -> Book:
    b, s = start()
    goal = mk("2025年新增林下金线莲种植800亩，培训林农500人次，林下金线莲产值稳步增长。",
              "Y103", "warning", alt=("Y101",),
              note="2026年度的年度目标写“2025年”，去年的目标未改")  # fmt: skip
    total = mk(wan(420), "B102", "error", note="任务金额 200 + 130 + 100 = 430 ≠ 金额合计 420")
    department(s, dept="槎岭县林下中药材产业服务中心", budget=(720, 660, 60, 300, 420),
               goal=goal,
               tasks=[("林下金线莲扩面", "新增林下种植", 200, "新增种植800亩"),
                      ("林农技术培训", "集中培训与田间指导", 130, "培训林农500人次"),
                      ("产地初加工扶持", "烘干设备补助", 100, "补助烘干设备10台"),
                      ("金额合计", None, total, None)])  # fmt: skip
    indicators(s, ONE, [
        ("一、产出指标", "（一）数量指标", "新增林下金线莲种植面积", "≥800亩"),
        (None, None, "林农培训人次", "≥500人次"),
        (None, None, "补助烘干设备", "≥10台"),
        (None, "（二）质量指标", "新植成活率", "≥85%"),
        (None, "（三）时效指标", "种植任务完成时间", "2026年6月30日前"),
        ("二、成本指标", "（一）经济成本指标", "新增种植补助标准", "≤0.25万元/亩"),
        ("三、效益指标", "（一）经济效益指标", "林下金线莲产值增长率", "≥10%"),
        (None, "（二）社会效益指标", "带动农户户数", "≥150户"),
        (None, None, mk("林农培训满意度", "F201", "warning", row=True,
                        note="满意度指标填在社会效益指标下"), "≥90%"),
        ("四、满意度指标", "（一）服务对象满意度指标", "种植户满意度", "≥90%"),
    ])  # fmt: skip
    return b
