"""Traditional houses: repair of 吊脚楼, 石板房 and 土掌房, and the preservation office's budget."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout800.common import (
    HOUSING,
    YEAR,
    book,
    indicators,
    multi_year,
    one_year,
    sign,
)
from tests.variants.holdout800.registry import variant
from tests.variants.kit import WAN, Book, day, mk, money, pct

H5 = ("一级指标", "二级指标", "三级指标", "指标值", "指标解释")
H6 = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
HP = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant("ked01-diaojiaolou-repair", (1, 5),
         "project, NAT-2021, numbered tier labels with points, a typed 100% cell "
         "(correct)")  # fmt: skip
def ked01() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="芒坝村吊脚楼群保护修缮项目", dept=HOUSING,
                 unit="雾溪县桐岭乡人民政府", money=one_year(120, 100, 20),
                 goals=["修缮芒坝村吊脚楼42栋（其中村集体公房6栋），更换糟朽木构件，完善消防设施，"
                        "2025年12月31日前完成竣工验收。"])  # fmt: skip
    indicators(s, H5, [
        ("一、产出指标（50分）", "1.数量指标", "修缮吊脚楼数量", "≥42栋", "含村集体公房6栋"),
        (None, None, "更换糟朽木构件", "≥380根", None),
        (None, "2.质量指标", "修缮工程竣工验收合格率", pct(1), "一次验收合格"),
        (None, None, "木构件虫蛀复发率", "≤3%", "反向指标"),
        (None, "3.时效指标", "竣工验收完成时间", "2025年12月31日前", None),
        ("二、成本指标（20分）", "（一）经济成本指标", "每栋平均修缮费用", "≤2.5万元/栋",
         "42栋×2.5万元=105万元，其余用于消防设施"),
        ("三、效益指标（20分）", "（一）社会效益指标", "修缮后吊脚楼继续居住户数", "≥36户", None),
        (None, "（二）可持续影响指标", "木构件防腐处理有效年限", "≥10年", None),
        ("四、满意度指标（10分）", "服务对象满意度指标", "修缮户满意度", "≥90%", None),
    ])  # fmt: skip
    sign(s, "罗阿朵", "0857-6613208")
    return b


@variant("ked02-stone-house-money", (12,),
         "project, NAT-2021, operator and unit columns: count, unit cost and deadline against "
         "the goal, the money and the year")  # fmt: skip
def ked02() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="央仰寨石板房风貌修缮项目", dept=HOUSING,
                 unit="雾溪县乌榕镇人民政府", money=one_year(120, 100, 20),
                 goals=["修缮央仰寨石板房30栋，翻铺石板屋面，加固石砌墙体，"
                        "2025年11月底前完工。"])  # fmt: skip
    indicators(s, H6, [
        ("产出指标", "数量指标",
         "修缮石板房数量", "≥", mk(36, "D104", "warning", row=True,
                                 note="年度目标写修缮30栋，指标却是36栋"), "栋"),
        (None, None, "翻铺石板屋面面积", "≥", 5400, "平方米"),
        (None, "质量指标", "修缮工程验收合格率", "≥", 95, "%"),
        (None, "时效指标", "完工时间", "≤",
         mk(day(2026, 11, 30), "Y102", "error", alt=("Y103",),
            note="2025年一年期项目，目标写11月底前完工，指标的日期却在2026年"), None),
        ("成本指标", "经济成本指标", "每栋修缮补助标准", "≤",
         mk(4, "B107", "warning", row=True, note="4万元/栋×36栋=144万元，超过年度资金120万元"),
         "万元/栋"),
        ("效益指标", "社会效益指标", "传统风貌保持完好的石板房数量", "≥", 30, "栋"),
        ("满意度指标", "服务对象满意度指标", "修缮户满意度", "≥", 90, "%"),
    ])  # fmt: skip
    sign(s, "杨光宇", "0857-6620417")
    return b


@variant("ked03-tuzhangfang-three-year", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns, period counts above the year's, "
         "a later year the work prepares for inside the period (correct)")  # fmt: skip
def ked03() -> Book:
    b, s = book()
    project_head(s, year=YEAR, years=3, name="岩脚村土掌房集中连片保护项目",
                 dept=HOUSING, unit="雾溪县岩脚乡人民政府",
                 attr="新增项目", money=multi_year((300, 240, 60), (100, 80, 20)),
                 goals=["修缮土掌房60栋，建成村落消防管网1套，为2027年申报省级传统村落集中连片"
                        "保护示范积累经验。",
                        "修缮土掌房20栋（第一批），铺设消防管网主管3.2公里。"])  # fmt: skip
    indicators(s, HP, [
        ("产出指标", "数量指标", "修缮土掌房数量", "≥60栋", "≥20栋"),
        (None, None, "消防管网铺设长度", "≥8公里", "≥3.2公里"),
        (None, "质量指标", "修缮工程验收合格率", "≥95%", "≥95%"),
        (None, "时效指标", "当期任务完成时间", "2027年12月31日前", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "每栋修缮补助标准", "≤3万元/栋", "≤3万元/栋"),
        ("效益指标", "社会效益指标", "传统建筑空置率", "≤15%", "≤20%"),
        (None, "可持续影响指标", "村民自主维护管护制度", "建立并执行", "建立"),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "普秀芬", "0873-5521936")
    return b


@variant("ked04-diaojiaolou-period", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns: a year above the period, a "
         "cumulative count copied, the period count against the 中期目标")  # fmt: skip
def ked04() -> Book:
    b, s = book()
    project_head(s, year=YEAR, years=3, name="高坡寨吊脚楼群整体保护项目",
                 dept=HOUSING, unit="雾溪县高坡乡人民政府",
                 attr="新增项目", money=multi_year((360, 300, 60), (120, 100, 20)),
                 goals=["三年修缮吊脚楼80栋，修复古巷道石板路，建成消防水池，整体保护村寨格局。",
                        "2025年修缮吊脚楼25栋，修复古巷道石板路0.8公里，"
                        "新建消防水池2座。"])  # fmt: skip
    indicators(s, HP, [
        ("产出指标", "数量指标", "修缮吊脚楼数量",
         mk("≥60栋", "D104", "warning", row=True, note="中期目标写三年修缮80栋，中期指标却是60栋"),
         "≥25栋"),
        (None, None, "新建消防水池",
         "≥4座", mk("≥6座", "D201", "error", note="年度6座多于实施期4座，年度目标写2座")),
        (None, None, "修复古巷道石板路", "≥2.4公里",
         mk("≥2.4公里", "D202", "warning", note="累计长度从中期列照抄，年度目标写0.8公里")),
        (None, "质量指标", "修缮工程验收合格率", "≥95%", "≥95%"),
        (None, "时效指标", "当期任务完成时间", "2027年12月31日前", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "每栋修缮补助标准", "≤3.5万元/栋", "≤3.5万元/栋"),
        ("效益指标", "社会效益指标", "传统建筑空置率", "≤15%", "≤20%"),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "吴正邦", "0855-3317720")
    return b


@variant("ked05-preservation-centre", (12, 1),
         "department, NAT-2021, budget and key tasks adding up, operator column, typed percent "
         "cells (correct)")  # fmt: skip
def ked05() -> Book:
    b, s = book()
    department_head(s, year=YEAR, dept="雾溪县传统村落保护发展中心",
                    budget=[[money(560, WAN), money(500, WAN), money(60, WAN), money(180, WAN),
                             money(380, WAN)]],
                    tasks=[("传统民居修缮", "吊脚楼、石板房修缮补助", money(200, WAN), "修缮60栋"),
                           ("村寨博物馆运维", "8个村寨博物馆日常运行", money(110, WAN), "全年开放"),
                           ("民俗节庆扶持", "扶持3个村寨传统节庆", money(70, WAN), "办好节庆"),
                           ("金额合计", None, money(380, WAN), None)],
                    goal="完成传统民居修缮60栋，保障8个村寨博物馆全年开放，"
                         "扶持3个传统节庆。")  # fmt: skip
    indicators(s, H6, [
        ("产出指标", "数量指标", "修缮传统民居数量", "≥", 60, "栋"),
        (None, None, "扶持传统节庆数量", "≥", 3, "个"),
        (None, "质量指标", "村寨博物馆开放率", "≥", pct(0.95), "%"),
        (None, "时效指标", "修缮补助资金拨付及时率", "≥", pct(0.95), "%"),
        ("成本指标", "经济成本指标", "每栋民居修缮补助", "≤", 3, "万元/栋"),
        ("效益指标", "社会效益指标", "传统村落挂牌保护数量", "≥", 18, "个"),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "龙美兰", "0857-6609315")
    return b


@variant("ked06-culture-station-tasks", (12,),
         "department, NAT-2021: key tasks not adding to 金额合计, a near-duplicate count, a "
         "satisfaction rate under 社会效益")  # fmt: skip
def ked06() -> Book:
    b, s = book()
    department_head(s, year=YEAR, dept="雾溪县桐岭乡民族文化站",
                    budget=[[money(260, WAN), money(230, WAN), money(30, WAN), money(90, WAN),
                             money(170, WAN)]],
                    tasks=[("民族刺绣传习", "举办刺绣培训班", money(120, WAN), "培训6期"),
                           ("民居档案整理", "传统民居测绘建档", money(30, WAN), "建档90栋"),
                           ("节庆活动组织", "组织芦笙节", money(25, WAN), "办节1届"),
                           ("金额合计", None, mk(money(170, WAN), "B102", "error",
                                               note="120+30+25=175，与金额合计170不符"), None)],
                    goal="举办民族刺绣培训班6期，完成传统民居测绘建档90栋，"
                         "组织芦笙节1届。")  # fmt: skip
    indicators(s, H5, [
        ("产出指标", "数量指标", "举办民族刺绣培训班", "≥6期", None),
        (None, None, "传统民居测绘建档数量", "≥90栋", None),
        (None, None, mk("民族刺绣培训班举办期数", "D103", "warning", row=True, alt=("D101",),
                        note="与第一行是同一指标，只多了几个字"), "≥6期", None),
        (None, "质量指标", "测绘档案验收合格率", "≥95%", None),
        (None, "时效指标", "芦笙节举办时间", "2025年11月30日前", None),
        ("成本指标", "经济成本指标", "每期培训班费用", "≤20万元/期", "6期×20万元=120万元"),
        ("效益指标", "社会效益指标", "参训绣娘持证上岗人数", "≥60人", None),
        (None, None, mk("参训学员满意度", "F201", "warning", row=True,
                        note="满意度指标填在社会效益下"), "≥90%", None),
        ("满意度指标", "服务对象满意度指标", "群众对芦笙节满意度", "≥90%", None),
    ])  # fmt: skip
    sign(s, "石妹英", "0857-6630442")
    return b
